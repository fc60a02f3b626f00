/**
 * The limits step: admits a request against its app's daily quota and in-flight limit (state.ts),
 * or answers Sage's 429. The request counts as in flight until the inner steps have answered
 * (including the time it waits at an `arrival` latch, the next step).
 */
import type { RequestContext, Step } from '../context.ts';
import type { MockResponse } from '../core/http.ts';
import { apiError } from '../core/errors.ts';
import { credentialOf } from '../auth/step.ts';
import type { AppCounters, AppLimits, LimitsState } from './state.ts';

export const limitsStep: Step = {
  name: 'limits',
  async run(ctx, next) {
    const limits = ctx.mock.state.limits;
    if (ctx.surface !== 'api' || !limits.options.enabled) return next();
    const credential = credentialOf(ctx);
    if (!credential.ok) return next();
    const clientId = credential.app.client_id;
    const verdict = limits.admit(clientId, ctx.at);
    if (!verdict.ok) return refuse(ctx, limits, verdict.reason, verdict.counters, verdict.limits);
    if (limits.options.rateLimitHeaders)
      Object.assign(ctx.responseHeaders, rateLimitHeaders(limits, verdict.counters, verdict.limits, ctx.at));
    try {
      return await next();
    } finally {
      verdict.counters.inFlight--;
    }
  },
};

function refuse(ctx: RequestContext, limits: LimitsState, reason: 'quota' | 'concurrency', c: AppCounters, l: AppLimits): MockResponse {
  ctx.facts.flags.push('rate-limited', reason === 'quota' ? 'daily-quota-exceeded' : 'concurrency-limit-exceeded');
  const headers: Record<string, string> = {};
  if (limits.options.retryAfter) {
    const seconds =
      reason === 'quota' ? Math.max(1, Math.ceil((limits.dayEnd(ctx.at) - ctx.at) / 1000)) : limits.options.concurrencyRetryAfterSeconds;
    headers['retry-after'] = String(seconds);
  }
  if (limits.options.rateLimitHeaders) Object.assign(headers, rateLimitHeaders(limits, c, l, ctx.at));
  const err =
    reason === 'quota'
      ? apiError('DailyQuotaExceeded', {
          message: `The daily request quota of ${l.dailyQuota} for this application has been exceeded.`,
          headers,
        })
      : apiError('ConcurrencyLimitExceeded', { message: `More than ${l.concurrency} concurrent requests for this application.`, headers });
  return err.toResponse();
}

/**
 * `X-RateLimit-*` for the daily quota (a common convention; Sage sends none): the limit, what is
 * left today, and the epoch second when the quota day ends (clock time).
 */
function rateLimitHeaders(limits: LimitsState, c: AppCounters, l: AppLimits, at: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(l.dailyQuota),
    'x-ratelimit-remaining': String(Math.max(0, l.dailyQuota - c.today)),
    'x-ratelimit-reset': String(Math.floor(limits.dayEnd(at) / 1000)),
  };
}
