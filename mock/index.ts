/** sage-mock: a stateful fake of the Sage Business Cloud Accounting API v3.1. */
import './core/node-version.ts'; // first: refuses an unsupported Node before any dependency loads
export { createSageMock, API_BASE, type SageMock, type SageMockOptions, type MockState } from './sage-mock.ts';
export type { ResetOptions } from './state.ts';
/** Renders any thrown error as the mock's answer (Sage error array or OAuth error): what adapters send for their own failures. */
export { errorToResponse } from './core/render.ts';
export type { ReceivedOn } from './core/http.ts';
export { createClock, DEFAULT_EPOCH, type Clock, type ClockMode } from './core/clock.ts';
export { createRng, type Rng } from './core/rng.ts';
export {
  API_ERRORS,
  OAUTH_ERRORS,
  OAUTH_MESSAGES,
  SageApiError,
  OAuthError,
  apiError,
  oauthError,
  type ApiErrorCode,
  type OAuthMessageKey,
} from './core/errors.ts';
export type { MockRequest, MockResponse, Fault, Surface, BodyCut } from './core/http.ts';
/** What adapters push a body's chunks into: it keeps the bytes the core needs and counts the rest. */
export { BodyReceiver } from './http/receive.ts';
export { JOURNAL_FLAGS, type JournalEntry, type JournalFacts, type JournalFlag, type JournalQuery } from './journal/journal.ts';
export { PIPELINE, type Step } from './pipeline.ts';
export type { Admin, WorldView } from './admin/admin.ts';
export type { TokenResponse, Scope } from './auth/tokens.ts';
export { COUNTRIES, type CountryCode } from './world/types.ts';
export type { WorldOptions } from './world/types.ts';
export type {
  Scenario,
  ScenarioStep,
  StepMatch,
  StepAt,
  ScenarioFault,
  FaultType,
  ScenarioSurface,
  ScenarioApi,
  ScenarioStatus,
  StepStatus,
  FaultFiring,
  LatencyFault,
  SlowBodyFault,
  ResetFault,
  DropAfterCommitFault,
  TruncateFault,
  HangFault,
  StatusFault,
  RateLimitFault,
  UnauthorizedFault,
  RevokeChainFault,
  ExpireAccessTokenFault,
  SupersedeRefreshTokenFault,
  LeadBusinessFault,
  SubscriptionOffFault,
  ClockFault,
  LimitsFault,
  ChurnFault,
} from './chaos/types.ts';
export { FAULT_TYPES } from './chaos/types.ts';
export { clientEnvironment, type ClientEnvironment, type ClientEnvironmentOptions, type EnvironmentTarget } from './client/environment.ts';
export { loadScenario, parseScenario, checkScenario, builtInNames, ScenarioError, type ScenarioIssue } from './chaos/load.ts';
export { trickle } from './chaos/trickle.ts';
