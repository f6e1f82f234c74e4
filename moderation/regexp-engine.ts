/**
 * V8 runs a regular expression in its bytecode interpreter until it has been used, then
 * compiles it to machine code ("tier-up"). The engine's rules are hundreds of long patterns, most
 * of them tried only when a comment holds one of their words; measured on the bench corpus
 * (Node 20), comments were classified 11% faster with every pattern compiled to machine code
 * from its first use (60.9 → 54.1 µs per comment), and the start-up of `civicmod classify` on one
 * line did not change measurably. The matches are the same: only how V8 runs them changes.
 *
 * Imported first by the engine, before any of its patterns has run: the flag is read when a
 * pattern is compiled.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
