/**
 * What each fault does. HTTP faults and `reset`/`hang` are answers given instead of the request;
 * Sage-level faults change the state through the same functions the control plane uses, then the
 * request (if one carried the fault) goes on (`churn` is in `churn.ts`).
 */
import type { SageMock } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { html, type MockResponse } from '../core/http.ts';
import { apiError, OAuthError, type ApiErrorCode } from '../core/errors.ts';
import type { ChainRecord } from '../auth/tokens.ts';
import { businessesOf } from '../world/access.ts';
import { GLOBAL, type UserRecord } from '../world/types.ts';
import type { RequestFacts } from './match.ts';
import type { ScenarioFault } from './types.ts';

type AnswerFault = Extract<ScenarioFault, { type: 'reset' | 'hang' | 'status' | 'rate-limit' | 'unauthorized' }>;

/** The catalogue entry an injected status answers with (other statuses: the generic 4xx or 5xx entry). */
const STATUS_KEYS: Record<number, ApiErrorCode> = {
  400: 'MalformedRequest',
  401: 'InvalidToken',
  403: 'MultiUserAccessDenied',
  404: 'RecordNotFound',
  422: 'RecordInvalid',
  429: 'ConcurrencyLimitExceeded',
  500: 'UnexpectedError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

const REASONS: Record<number, string> = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };

/** The answer given instead of the request. */
export function answerFor(fault: AnswerFault, ctx: RequestContext): MockResponse {
  switch (fault.type) {
    case 'reset':
      return { status: 0, headers: {}, body: '', fault: { kind: 'reset' } };
    case 'hang':
      return { status: 0, headers: {}, body: '', fault: { kind: 'hang' } };
    case 'unauthorized':
      ctx.facts.flags.push('chaos-unauthorized');
      // On the token endpoint, in OAuth's words: the client's (valid) credentials refused.
      if (ctx.surface === 'token') return new OAuthError('invalid_client', undefined, 401).toResponse();
      return apiError('InvalidToken').toResponse();
    case 'rate-limit': {
      ctx.facts.flags.push('rate-limited');
      const headers: Record<string, string> = fault.retry_after === undefined ? {} : { 'retry-after': String(fault.retry_after) };
      return apiError('ConcurrencyLimitExceeded', { headers }).toResponse();
    }
    case 'status': {
      const headers: Record<string, string> = fault.retry_after === undefined ? {} : { 'retry-after': String(fault.retry_after) };
      if (fault.body === 'html') {
        const title = `${fault.status} ${REASONS[fault.status] ?? 'Error'}`;
        return html(
          fault.status,
          `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`,
          headers,
        );
      }
      // The token endpoint answers errors in OAuth's shape (RFC 6749), the API in Sage's array.
      if (ctx.surface === 'token') {
        const error = fault.status >= 500 ? 'server_error' : 'invalid_request';
        const res = new OAuthError(error, fault.message, fault.status).toResponse();
        return { ...res, headers: { ...res.headers, ...headers } };
      }
      const key = STATUS_KEYS[fault.status] ?? (fault.status >= 500 ? 'UnexpectedError' : 'MalformedRequest');
      const res = apiError(key, { message: fault.message, headers }).toResponse();
      // The catalogue entry's status, unless the scenario asked for one the catalogue has no entry for.
      return { ...res, status: fault.status };
    }
  }
}

/** The chains a token fault acts on: the ones its filters name, else the request's own, else every live chain. */
function targetChains(mock: SageMock, fault: { client_id?: string; user_id?: string }, facts: RequestFacts | null): ChainRecord[] {
  const tokens = mock.state.tokens;
  const live = tokens.chains().filter((c) => c.revokedAt === null);
  const any = (v: string | undefined) => v === undefined || v === '*';
  if (fault.client_id !== undefined || fault.user_id !== undefined) {
    return live.filter(
      (c) => (any(fault.client_id) || c.clientId === fault.client_id) && (any(fault.user_id) || c.userId === fault.user_id),
    );
  }
  if (facts?.chainId) return live.filter((c) => c.id === facts.chainId);
  return facts ? [] : live;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A Sage-level fault: changes the state and says what it did. `ctx`/`facts` are null for a clock step. */
export async function sageFault(
  mock: SageMock,
  fault: ScenarioFault,
  ctx: RequestContext | null,
  facts: RequestFacts | null,
): Promise<string> {
  const tokens = mock.state.tokens;
  switch (fault.type) {
    case 'revoke-chain': {
      const chains = targetChains(mock, fault, facts);
      for (const c of chains) tokens.revokeChain(c.id, 'admin');
      return `revoked ${plural(chains.length, 'chain')}`;
    }
    case 'expire-access-token': {
      if (fault.client_id === undefined && fault.user_id === undefined && facts?.tokenId) {
        tokens.expireAccessNow(facts.tokenId);
        return "expired the request's access token";
      }
      let n = 0;
      for (const c of targetChains(mock, fault, facts)) n += tokens.expireAccessOfChain(c.id);
      return `expired ${plural(n, 'access token')}`;
    }
    case 'supersede-refresh-token': {
      const chains = targetChains(mock, fault, facts);
      for (const c of chains) tokens.supersede(c.id);
      return `superseded the refresh token of ${plural(chains.length, 'chain')}`;
    }
    case 'lead-business': {
      const users = mock.state.store.collection<UserRecord>(GLOBAL, 'users');
      const targets = fault.user_id !== undefined ? [fault.user_id] : facts?.userId ? [facts.userId] : [...users.values()].map((u) => u.id);
      const moved: string[] = [];
      for (const id of targets) {
        const user = users.get(id);
        if (!user) continue;
        const ids = businessesOf(mock.state.store, id).map((b) => b.id);
        const target = fault.business_id ?? ids[(ids.indexOf(user.lead_business_id ?? '') + 1) % Math.max(1, ids.length)];
        if (!target || target === user.lead_business_id || !ids.includes(target)) continue;
        await mock.admin.setLeadBusiness(id, target);
        moved.push(`${id} -> ${target}`);
      }
      return moved.length > 0 ? `lead business moved: ${moved.join(', ')}` : 'no lead business to move';
    }
    case 'subscription-off': {
      const id = fault.business_id ?? facts?.businessId ?? ctx?.business?.id;
      if (!id) return 'no business';
      try {
        await mock.admin.setSubscription(id, false);
        return `subscription of ${id} off`;
      } catch {
        return `no business ${id}`;
      }
    }
    case 'clock':
      mock.clock.advance(fault.advance_seconds * 1000);
      return `clock advanced ${fault.advance_seconds} s to ${mock.clock.iso()}`;
    case 'limits': {
      mock.admin.setLimits({
        ...(fault.client_id !== undefined && fault.client_id !== '*' ? { client_id: fault.client_id } : {}),
        ...(fault.max_in_flight !== undefined ? { concurrency: fault.max_in_flight } : {}),
        ...(fault.daily_quota !== undefined ? { daily_quota: fault.daily_quota } : {}),
      });
      const parts = [
        fault.max_in_flight !== undefined ? `max in flight ${fault.max_in_flight}` : '',
        fault.daily_quota !== undefined ? `daily quota ${fault.daily_quota}` : '',
      ].filter(Boolean);
      return `limits: ${parts.join(', ') || 'unchanged'}`;
    }
    default:
      return `${fault.type} needs a request`;
  }
}
