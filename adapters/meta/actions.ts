import { PlatformError } from '../../src/errors.js';
import type { PlatformActionRequest } from '../types.js';
import { isGraphId } from './graph.js';
import type { GraphUsageThrottle } from './usage.js';

/**
 * What Facebook and Instagram refuse alike before a hide or unhide is sent: civicmod never
 * deletes there (a hide is reversible and keeps the record), the id must be a Graph id, and a
 * reached Meta rate limit makes the action wait (the executor retries it after `retryAfterMs`).
 */
export function checkMetaAction(
  platform: 'facebook' | 'instagram',
  name: string,
  action: PlatformActionRequest,
  throttle: GraphUsageThrottle,
): void {
  if (action.kind === 'remove') {
    throw new PlatformError(
      platform,
      `civicmod does not delete ${name} comments (a hide is reversible and keeps the record); delete it on ${name} if the policy requires`,
      { retryable: false },
    );
  }
  if (!isGraphId(action.platformCommentId)) {
    throw new PlatformError(
      platform,
      `"${action.platformCommentId}" is not a${name === 'Instagram' ? 'n' : ''} ${name} comment id`,
      {
        retryable: false,
      },
    );
  }
  const blocked = throttle.blockedForMs();
  if (blocked > 0) {
    throw new PlatformError(platform, 'Meta rate limit reached; the action waits', {
      retryable: true,
      retryAfterMs: blocked,
    });
  }
}
