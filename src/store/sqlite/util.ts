import { hash } from 'node:crypto';

export type Clock = () => Date;

/**
 * Hex SHA-256 of the UTF-8 text. The one-shot `crypto.hash` (Node 20.12+) costs half of a Hash
 * object for the short inputs every ingest hashes.
 */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}
