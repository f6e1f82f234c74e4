/**
 * One error base class with a stable code and a message that is safe to show to the person who
 * caused it. Operator-facing errors say what to fix. The express error handler and the CLI both
 * print `publicMessage` and log the rest.
 */
export class CivicmodError extends Error {
  readonly code: string;
  readonly status: number;
  readonly publicMessage: string;

  constructor(code: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = options.status ?? 500;
    this.publicMessage = message;
  }
}

/** A missing or malformed configuration value; start-up stops. */
export class ConfigError extends CivicmodError {
  constructor(message: string) {
    super('config_invalid', message, { status: 500 });
  }
}

/** Input that cannot be accepted (a bad JSON line, a malformed webhook body, a bad form value). */
export class InputError extends CivicmodError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('input_invalid', message, { status: 400, ...options });
  }
}

export class NotFoundError extends CivicmodError {
  constructor(message: string) {
    super('not_found', message, { status: 404 });
  }
}

/** Too many requests from one source; `retryAfterSeconds` says when to try again. */
export class RateLimitError extends CivicmodError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message, { status: 429 });
  }
}

export class ForbiddenError extends CivicmodError {
  constructor(message = 'Your role does not allow this action.') {
    super('forbidden', message, { status: 403 });
  }
}

export class UnauthorizedError extends CivicmodError {
  constructor(message = 'Sign in first.') {
    super('unauthorized', message, { status: 401 });
  }
}

/**
 * A platform API call failed. `retryable` says whether trying again later can help (5xx, 429,
 * time-outs); `pausePage` says the credentials are no longer valid and an operator must act.
 */
export class PlatformError extends CivicmodError {
  readonly platform: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly pausePage: boolean;
  /** The object is not there any more (deleted on the platform, e.g. by its author). */
  readonly gone: boolean;

  constructor(
    platform: string,
    message: string,
    options: {
      retryable: boolean;
      retryAfterMs?: number;
      pausePage?: boolean;
      status?: number;
      gone?: boolean;
      cause?: unknown;
    },
  ) {
    super('platform_error', message, { status: options.status ?? 502, cause: options.cause });
    this.platform = platform;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
    this.pausePage = options.pausePage ?? false;
    this.gone = options.gone ?? false;
  }
}

/** The store refused a write (disk full, database locked for too long, read-only file). */
export class StorageError extends CivicmodError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('storage_error', message, { status: 503, ...options });
  }
}
