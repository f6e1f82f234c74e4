/**
 * A worker thread that classifies comments for ClassifyThreads (classify-threads.ts): the same
 * moderator the main thread would run, loaded once, answering one message per comment.
 */
import { parentPort } from 'node:worker_threads';
import { createModerator } from '../../moderation/index.js';
import type { ClassifyRequest, ClassifyReply } from './classify-threads.js';

const port = parentPort;
if (port === null) throw new Error('classify-worker.ts runs only as a worker thread');
const moderator = createModerator();
port.on('message', (request: ClassifyRequest) => {
  let reply: ClassifyReply;
  try {
    reply = { id: request.id, verdict: moderator.classify(request.input, request.settings) };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: moderator.version });
