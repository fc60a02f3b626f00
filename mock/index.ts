/** sage-mock: a stateful fake of the Sage Business Cloud Accounting API v3.1. */
import './core/node-version.ts'; // first: refuses an unsupported Node before any dependency loads
export { createSageMock, API_BASE, type SageMock, type SageMockOptions, type MockState } from './core/engine.ts';
export { createClock, DEFAULT_EPOCH, type Clock, type ClockMode } from './core/clock.ts';
export { createRng, type Rng } from './core/rng.ts';
export { API_ERRORS, OAUTH_ERRORS, SageApiError, OAuthError, apiError } from './core/errors.ts';
export type { MockRequest, MockResponse, Fault, Surface } from './core/http.ts';
export type { JournalEntry, JournalQuery } from './core/journal.ts';
export { PIPELINE } from './core/pipeline.ts';
export type { Admin, WorldView } from './admin/admin.ts';
export type { TokenResponse, Scope } from './auth/tokens.ts';
export { COUNTRIES, type CountryCode } from './world/types.ts';
export type { WorldOptions } from './world/seed.ts';
