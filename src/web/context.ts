/**
 * What every dashboard route builder gets: the app's core, the review service every human
 * decision goes through, sessions, the sign-in throttle and a clock.
 */
import type { AdapterCapabilities } from '../../adapters/types.js';
import type { LoginThrottle } from '../accounts/login-throttle.js';
import type { ScryptParams } from '../accounts/passwords.js';
import type { SessionManager } from '../accounts/sessions.js';
import type { AppCore } from '../app.js';
import type { Logger } from '../logger.js';
import type { ReviewService } from '../review/service.js';
import type { AppealService } from '../appeals/service.js';
import type { Platform, Store } from '../store/types.js';

export interface DashboardContext {
  readonly core: AppCore;
  readonly store: Store;
  readonly logger: Logger;
  readonly review: ReviewService;
  /** Appeals from the public and the Chief's decisions on them. */
  readonly appeals: AppealService;
  readonly sessions: SessionManager;
  readonly throttle: LoginThrottle;
  /** Secure cookies (and HSTS): COOKIE_SECURE, or on when PUBLIC_URL is https. */
  readonly cookieSecure: boolean;
  readonly now: () => Date;
  /** Password hashing cost for accounts made on the admin page (tests lower it). */
  readonly scrypt: ScryptParams;
  /** How often an open queue asks for new comments. */
  readonly queuePollMs: number;
  capabilities(platform: Platform): AdapterCapabilities | undefined;
}
