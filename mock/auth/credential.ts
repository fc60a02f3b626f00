import type { ApiErrorCode } from '../core/errors.ts';
import type { AccessTokenRecord } from './tokens.ts';
import type { AppRecord, UserRecord } from '../world/types.ts';

/** The verdict on a request's bearer token (auth/step.ts `credentialOf`): valid with its user and app, or the 401 to answer. */
export type Credential = { ok: true; token: AccessTokenRecord; user: UserRecord; app: AppRecord } | { ok: false; error: ApiErrorCode };
