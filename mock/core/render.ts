import { apiError, OAuthError, SageApiError } from './errors.ts';
import type { MockResponse } from './http.ts';

/** Any thrown value -> a response: catalogue errors as themselves, anything else a Sage 500. */
export function errorToResponse(e: unknown): MockResponse {
  if (e instanceof SageApiError || e instanceof OAuthError) return e.toResponse();
  if (process.env.SAGE_MOCK_DEBUG) console.error('sage-mock: unexpected error', e);
  return apiError('UnexpectedError').toResponse();
}
