import type {
  AdapterCapabilities,
  AdapterContext,
  PlatformActionRequest,
  PlatformActionResult,
  PlatformAdapter,
} from '../../adapters/types.js';
import type { Platform } from '../../src/store/types.js';

/**
 * A platform adapter that records what it was asked to do. `failNext` queues errors to throw
 * on the next calls, to exercise retries and pauses. Typed against PlatformAdapter, so it
 * breaks when the interface changes.
 */
export class FakeAdapter implements PlatformAdapter {
  readonly calls: PlatformActionRequest[] = [];
  readonly failures: unknown[] = [];
  context: AdapterContext | undefined;
  readonly capabilities: AdapterCapabilities = {
    hide: true,
    unhide: true,
    delete: false,
    reply: false,
    hideIsReversible: true,
    hideMeans: 'hidden from everyone but the author',
  };

  constructor(readonly platform: Platform = 'facebook') {}

  failNext(...errors: unknown[]): this {
    this.failures.push(...errors);
    return this;
  }

  async start(context: AdapterContext): Promise<void> {
    this.context = context;
  }

  async stop(): Promise<void> {}

  async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    this.calls.push(action);
    if (this.failures.length > 0) throw this.failures.shift();
    return { success: true, kind: action.kind };
  }
}
