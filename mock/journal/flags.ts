/**
 * The journal's flags: every mark a step can put on an entry, with what it means. Contracts filter
 * on them (`journal({ flag })`); a flag not in this catalogue cannot be recorded (the type says so).
 */
export const JOURNAL_FLAGS = {
  // auth step: the access token used
  'superseded-access-token':
    'An access token of an older generation of its chain (the chain has refreshed since); still valid for its 300 s.',
  'revoked-chain-access-token': 'An access token whose refresh chain was revoked; still valid for its 300 s.',
  // token endpoint: authorization codes
  'code-used': 'An authorization code presented a second time (Sage refuses it: invalid_grant).',
  'code-expired': 'An authorization code presented after its lifetime.',
  'code-unknown': 'An authorization code the server never issued.',
  'code-of-another-client': 'An authorization code presented by an app other than the one it was issued to.',
  // token endpoint: refresh tokens
  'refresh-token-superseded': 'A refresh token that was already rotated (an older generation of its chain).',
  'refresh-token-expired': 'A refresh token presented after its 31 days.',
  'refresh-token-revoked': 'A refresh token of a revoked chain.',
  'refresh-token-unknown': 'A refresh token the server never issued.',
  'refresh-token-of-another-client': 'A refresh token presented by an app other than the one its chain belongs to.',
  // revoke endpoint
  'revoke-foreign-token': 'A revoke of a chain that belongs to another app.',
  'revoke-with-access-token': 'A revoke that sent an access token (Sage revokes by refresh token).',
  'revoke-unknown-token': 'A revoke of a token the server does not know.',
  // authorize and consent
  'consent-allowed': 'The user allowed the app on the consent page.',
  'consent-denied': 'The user denied the app on the consent page.',
  'headless-consent': 'Consent decided without the page (a test shortcut on the authorization request).',
  'preapproved-consent': 'The user had already allowed this app and scope: no consent page.',
  'sign-in-without-business': 'The user signing in has no business.',
  'sign-in-country-mismatch': 'The user signing in has no business in the country the request asked for.',
  // limits step
  'rate-limited': 'Refused with 429 by the app limits.',
  'daily-quota-exceeded': 'Refused because the app used its daily quota.',
  'concurrency-limit-exceeded': 'Refused because the app had its limit of requests in flight.',
  // latches
  latched: 'Held by a latch before going on.',
  // chaos scenarios (the entry's `chaos` names the scenario, step and fault)
  chaos: 'A chaos scenario faulted this exchange.',
  'chaos-event': 'Not an exchange: a scenario fault that no request carried (a clock step).',
  'chaos-unauthorized': 'Refused 401 by a scenario although the token was valid.',
  // idempotency step
  'idempotency-recorded': 'The first request with its idempotency_id: the answer is remembered.',
  'idempotent-replay': 'A repeat of a remembered idempotency_id: the first answer, replayed.',
  'idempotent-concurrent': 'A repeat that arrived while the first request was still running, and waited for its answer.',
  'idempotency-not-stored': 'The answer was not remembered (a 5xx, or a 4xx with replayFailures off): a retry runs again.',
  'idempotency-window-expired': 'The idempotency_id was remembered once but its window has passed: the request ran again.',
  'idempotency-body-mismatch': 'The idempotency_id was used before with a different request.',
  'idempotency-resource-mismatch': 'The idempotency_id was used before on another resource type (422).',
  'idempotency-id-invalid': 'A malformed idempotency_id or Idempotency-Key (422).',
  'idempotency-id-unsupported': 'An idempotency_id on a resource Sage does not list: ignored.',
  'idempotency-key-header-ignored': 'An Idempotency-Key header, which Sage ignores.',
  'idempotency-key-header-honoured': 'An Idempotency-Key header honoured as an idempotency_id (option honourIdempotencyKeyHeader).',
} as const satisfies Record<string, string>;

/** A flag of the journal (`JOURNAL_FLAGS` says what each means). */
export type JournalFlag = keyof typeof JOURNAL_FLAGS;
