/**
 * The one error catalogue. Every error the mock returns is created here, by code, so a newcomer
 * finds every status, `$dataCode` and message in one place.
 *
 * API errors use Sage's body: a JSON array of `{$severity,$dataCode,$message,$source}`.
 * OAuth errors (token and revoke endpoints) use RFC 6749's `{"error","error_description"}` with 400.
 * Entries marked `guess` are behaviour Sage does not document; the docs say so.
 */
import { json, type MockResponse } from './http.ts';
import type { components } from '../../openapi/types.ts';

export interface ApiErrorSpec {
  status: number;
  dataCode: string;
  message: string;
  guess?: boolean;
}

export const API_ERRORS = {
  // 401
  MissingToken: {
    status: 401,
    dataCode: 'AuthorizationFailure',
    message: 'Authorization header with a Bearer token is required.',
    guess: true,
  },
  InvalidToken: { status: 401, dataCode: 'AuthorizationFailure', message: 'The access token is invalid.', guess: true },
  ExpiredToken: { status: 401, dataCode: 'AuthorizationFailure', message: 'The access token has expired.', guess: true },
  NoActiveSubscription: { status: 401, dataCode: 'AuthorizationFailure', message: 'No active subscription. (MSE)' },
  // 403
  MultiUserAccessDenied: {
    status: 403,
    dataCode: 'MultiUserAccessDenied',
    message: 'The current user is not allowed to access that resource with that method.',
  },
  // The control plane refuses a request from a host or page that is not its own (admin/guard.ts).
  ControlPlaneForbidden: {
    status: 403,
    dataCode: 'ControlPlaneForbidden',
    message: 'The control plane does not answer this request.',
    guess: true,
  },
  // 404 / 405 / 413 / 415
  RouteNotFound: { status: 404, dataCode: 'RouteNotFound', message: 'The requested path does not exist.', guess: true },
  RecordNotFound: { status: 404, dataCode: 'RecordNotFound', message: 'Record not found.', guess: true },
  MethodNotAllowed: {
    status: 405,
    dataCode: 'MethodNotAllowed',
    message: 'The HTTP method is not allowed for this resource.',
    guess: true,
  },
  RequestTooLarge: { status: 413, dataCode: 'RequestTooLarge', message: 'The request body is too large.', guess: true },
  // 400 / 431: what a front proxy answers before the application sees the request (method or framing
  // it cannot parse; request line and headers too large).
  MalformedRequest: { status: 400, dataCode: 'BadRequest', message: 'The request is malformed.', guess: true },
  RequestTimeout: { status: 408, dataCode: 'RequestTimeout', message: 'The request was not received in time.', guess: true },
  HeadersTooLarge: {
    status: 431,
    dataCode: 'RequestHeaderFieldsTooLarge',
    message: 'The request line and headers are too large.',
    guess: true,
  },
  UnsupportedMediaType: {
    status: 415,
    dataCode: 'UnsupportedMediaType',
    message: 'Only application/json request bodies are supported.',
    guess: true,
  },
  // 422
  RecordInvalid: { status: 422, dataCode: 'RecordInvalid', message: 'The record is invalid.' },
  // 422 rules of the ledger (invoices, payments, allocations, journals). `$source` names the field.
  CustomerNotFound: { status: 422, dataCode: 'RecordInvalid', message: "can't find customer" },
  VendorNotFound: { status: 422, dataCode: 'RecordInvalid', message: "can't find vendor", guess: true },
  InvoiceNotPayable: { status: 422, dataCode: 'RecordInvalid', message: 'You can only pay unpaid or part-paid invoices.' },
  AllocationExceedsOutstanding: { status: 422, dataCode: 'RecordInvalid', message: 'is more than the outstanding amount', guess: true },
  AllocationExceedsPayment: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The allocated amounts are more than the total amount of the payment.',
    guess: true,
  },
  AllocationWrongSign: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'must be positive for an invoice and negative for a credit note or a payment on account',
    guess: true,
  },
  AllocationsNotBalanced: { status: 422, dataCode: 'RecordInvalid', message: 'The allocated amounts must add up to zero.', guess: true },
  RefundNotAllocated: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'A refund must be allocated in full to payments on account.',
    guess: true,
  },
  DiscountNotSupported: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'settlement discounts are not supported by sage-mock',
    guess: true,
  },
  CreditsExceedInvoices: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The credit notes allocated are more than the invoices allocated.',
    guess: true,
  },
  ItemInUse: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The item is used on documents and cannot be deleted; deactivate it instead.',
    guess: true,
  },
  PaymentLinesTotal: { status: 422, dataCode: 'RecordInvalid', message: 'The payment lines must add up to the total amount.', guess: true },
  SameBankAccount: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'must be another bank account than the one the money comes from',
    guess: true,
  },
  BankAccountInUse: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The bank account has transactions and cannot be deleted.',
    guess: true,
  },
  JournalCodeReserved: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'A reserved journal code cannot be changed or deleted.',
    guess: true,
  },
  JournalCodeInUse: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The journal code is used by journals and cannot be deleted.',
    guess: true,
  },
  TaxRatesUsOnly: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'Tax rates can only be created, changed or deleted in US businesses.',
    guess: true,
  },
  TaxRateFixed: { status: 422, dataCode: 'RecordInvalid', message: 'This tax rate cannot be changed or deleted.', guess: true },
  TaxRateInUse: { status: 422, dataCode: 'RecordInvalid', message: 'The tax rate is in use and cannot be deleted.', guess: true },
  CorrectiveInvoiceCountry: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'Corrective invoices are only available in Spanish businesses.',
    guess: true,
  },
  PaymentOnAccountAllocated: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The payment on account of this payment has been allocated; delete those allocations first.',
    guess: true,
  },
  JournalUnbalanced: { status: 422, dataCode: 'RecordInvalid', message: 'The total debits must equal the total credits.', guess: true },
  JournalLineDebitAndCredit: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'A journal line must have either a debit or a credit, not both.',
    guess: true,
  },
  JournalLineEmpty: { status: 422, dataCode: 'RecordInvalid', message: 'A journal line must have a debit or a credit.', guess: true },
  JournalControlAccount: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'cannot be a trade debtors or trade creditors control account',
    guess: true,
  },
  ContactControlAccount: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'cannot be a trade debtors or trade creditors control account',
    guess: true,
  },
  DiscountExceedsLine: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'cannot be more than the quantity times the unit price',
    guess: true,
  },
  DueBeforeDate: { status: 422, dataCode: 'RecordInvalid', message: 'cannot be before the invoice date', guess: true },
  CurrencyNotBusiness: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: "must be the business's currency (sage-mock keeps one currency per business)",
    guess: true,
  },
  ControlNameReadOnly: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'cannot be set: control accounts are created and named by Sage only',
    guess: true,
  },
  InvoiceHasPayments: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The invoice has payments or allocations; delete them first.',
    guess: true,
  },
  InvoiceVoid: { status: 422, dataCode: 'RecordInvalid', message: 'A void invoice cannot be changed.', guess: true },
  InvoiceNotDraft: { status: 422, dataCode: 'RecordInvalid', message: 'Only a draft or pro-forma invoice can be released.', guess: true },
  NegativeInvoiceTotal: {
    status: 422,
    dataCode: 'RecordInvalid',
    message: 'The total amount of an invoice cannot be negative.',
    guess: true,
  },
  MalformedJson: { status: 422, dataCode: 'RecordInvalid', message: 'The request body is not valid JSON.', guess: true },
  InvalidParameter: { status: 422, dataCode: 'RecordInvalid', message: 'A query parameter is invalid.', guess: true },
  IdempotencyResourceMismatch: { status: 422, dataCode: 'IdempotencyResourceMismatch', message: 'Entity type mismatch' },
  IdempotencyBodyMismatch: {
    status: 422,
    dataCode: 'IdempotencyBodyMismatch',
    message: 'The idempotency_id was already used with a different request body.',
    guess: true,
  },
  // 429
  DailyQuotaExceeded: {
    status: 429,
    dataCode: 'TooManyRequests',
    message: 'The daily request quota for this application has been exceeded.',
    guess: true,
  },
  ConcurrencyLimitExceeded: {
    status: 429,
    dataCode: 'TooManyRequests',
    message: 'Too many concurrent requests for this application.',
    guess: true,
  },
  // 5xx
  UnexpectedError: { status: 500, dataCode: 'UnexpectedError', message: 'An unexpected error occurred.' },
  ServiceUnavailable: {
    status: 503,
    dataCode: 'ServiceUnavailable',
    message: 'The service is temporarily unavailable. Please retry later.',
    guess: true,
  },
  // 502 and 504 are what a chaos scenario's `status` fault injects (a gateway in front of Sage).
  BadGateway: {
    status: 502,
    dataCode: 'BadGateway',
    message: 'The service received an invalid response from an upstream server.',
    guess: true,
  },
  GatewayTimeout: { status: 504, dataCode: 'GatewayTimeout', message: 'The upstream server did not answer in time.', guess: true },
} as const satisfies Record<string, ApiErrorSpec>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** One item of Sage's error array, as openapi/sage-mock.openapi.yaml defines it (`SageError`). */
export type SageErrorItem = components['schemas']['SageError'];

/** The catalogue key each error item was made from (items travel between readers; the key stays with the item). */
const ITEM_KEYS = new WeakMap<SageErrorItem, ApiErrorCode>();

/** One error item of the catalogue entry `key`: its `$dataCode`, its message unless a more precise one is given. */
export function errorItem(key: ApiErrorCode, source = '', message?: string): SageErrorItem {
  const spec = API_ERRORS[key];
  const item: SageErrorItem = { $severity: 'error', $dataCode: spec.dataCode, $message: message ?? spec.message, $source: source };
  ITEM_KEYS.set(item, key);
  return item;
}

/** Thrown anywhere in the pipeline; rendered into Sage's error array. */
export class SageApiError extends Error {
  readonly status: number;
  readonly items: SageErrorItem[];
  readonly code: ApiErrorCode;
  /** The catalogue key of each item (what the journal records as `errorKeys`). */
  readonly keys: ApiErrorCode[];
  readonly headers: Record<string, string>;
  constructor(code: ApiErrorCode, items: SageErrorItem[], headers: Record<string, string> = {}) {
    super(items.map((i) => i.$message).join('; '));
    this.code = code;
    this.status = API_ERRORS[code].status;
    this.items = items;
    this.keys = items.map((i) => ITEM_KEYS.get(i) ?? code);
    this.headers = headers;
  }
  toResponse(): MockResponse {
    return { ...json(this.status, this.items, this.headers), errorKeys: [...this.keys] };
  }
}

/** One error from the catalogue, optionally with a more precise message and the field at fault. */
export function apiError(
  code: ApiErrorCode,
  detail: { message?: string; source?: string; headers?: Record<string, string> } = {},
): SageApiError {
  return new SageApiError(code, [errorItem(code, detail.source ?? '', detail.message)], detail.headers);
}

/** A 422 naming the field at fault (`base` for record-level rules), Sage's RecordInvalid. */
export function invalid(source: string, message: string): SageApiError {
  return apiError('RecordInvalid', { source, message });
}

/** Collects field errors, then throws them together as one 422 (Sage reports every field at once). */
export class Violations {
  readonly items: SageErrorItem[] = [];
  /** A field error in words of its own (Rails' wording: "can't be blank", "is invalid"): `RecordInvalid`. */
  add(source: string, message: string): this {
    this.items.push(errorItem('RecordInvalid', source, message));
    return this;
  }
  /** A rule of the catalogue broken by a field (`base` for the record), with the catalogue's message. */
  rule(source: string, key: ApiErrorCode): this {
    this.items.push(errorItem(key, source));
    return this;
  }
  get empty(): boolean {
    return this.items.length === 0;
  }
  throwIfAny(): void {
    if (this.items.length > 0) throw new SageApiError('RecordInvalid', this.items);
  }
}

// ---------------------------------------------------------------- OAuth (token, revoke)

export const OAUTH_ERRORS = {
  invalid_request: 'The request is missing a required parameter or is otherwise malformed.',
  invalid_client: 'Client authentication failed.',
  invalid_grant: 'The provided authorization grant or refresh token is invalid, expired, revoked or was issued to another client.',
  unauthorized_client: 'The client is not authorized to use this grant type.',
  unsupported_grant_type: 'The authorization grant type is not supported.',
  invalid_scope: 'The requested scope is invalid.',
  access_denied: 'The resource owner denied the request.',
  unsupported_response_type: 'The authorization server does not support this response type.',
  server_error: 'The authorization server met an unexpected condition.',
} as const;

export type OAuthErrorCode = keyof typeof OAUTH_ERRORS;

/**
 * Every OAuth error the mock answers (token and revoke endpoints, authorize and consent), by key:
 * the RFC 6749 error code and the description. `{name}` in a description is filled in where the
 * error is raised (`oauthError('GrantTypeUnsupported', { grant })`).
 */
export const OAUTH_MESSAGES = {
  ConsentFormNotUrlencoded: { error: 'invalid_request', message: 'The consent form must be posted as application/x-www-form-urlencoded.' },
  ConsentFormTooLarge: { error: 'invalid_request', message: 'The consent form is too large.' },
  AuthorizeParameterRepeated: { error: 'invalid_request', message: '{name} must not be repeated.' },
  AuthorizeClientIdRequired: { error: 'invalid_request', message: 'client_id is required.' },
  AuthorizeUnknownClient: { error: 'unauthorized_client', message: 'No registered application has the client_id {clientId}.' },
  AuthorizeRedirectUriRequired: { error: 'invalid_request', message: 'redirect_uri is required.' },
  RedirectUriCaseMismatch: {
    error: 'invalid_request',
    message:
      'The redirect_uri {redirectUri} differs in case from the registered callback URL {near}; the match is exact and case-sensitive.',
  },
  RedirectUriNotRegistered: {
    error: 'invalid_request',
    message: 'The redirect_uri {redirectUri} is not a callback URL registered for {app}.',
  },
  HeadlessUserUnknown: { error: 'invalid_request', message: '{param}: no user has the id or email {wanted}.' },
  HeadlessDecisionInvalid: { error: 'invalid_request', message: '{param} must be allow or deny.' },
  AuthorizeParametersRepeated: { error: 'invalid_request', message: 'Parameters must not be repeated: {names}.' },
  ResponseTypeRequired: { error: 'invalid_request', message: 'response_type is required and must be code.' },
  ResponseTypeUnsupported: { error: 'unsupported_response_type', message: 'response_type {responseType} is not supported; use code.' },
  ScopeInvalid: { error: 'invalid_scope', message: 'scope must be full_access or readonly, not {scope}.' },
  CountryInvalid: { error: 'invalid_request', message: 'country must be one of {countries}.' },
  ChallengeMethodWithoutChallenge: { error: 'invalid_request', message: 'code_challenge_method was sent without code_challenge.' },
  ChallengeMethodInvalid: { error: 'invalid_request', message: 'code_challenge_method must be S256 or plain, not {method}.' },
  ChallengeInvalid: { error: 'invalid_request', message: 'code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~.' },
  ChallengeS256Length: { error: 'invalid_request', message: 'An S256 code_challenge is 43 base64url characters.' },
  CodeUnknown: { error: 'invalid_grant', message: 'The authorization code is unknown.' },
  CodeUsed: { error: 'invalid_grant', message: 'The authorization code has already been used.' },
  CodeExpired: { error: 'invalid_grant', message: 'The authorization code has expired.' },
  CodeOfAnotherClient: { error: 'invalid_grant', message: 'The authorization code was issued to another client.' },
  TokenRedirectUriRequired: { error: 'invalid_request', message: 'redirect_uri is required with the authorization_code grant.' },
  RedirectUriMismatch: { error: 'invalid_grant', message: 'The redirect_uri does not match the one of the authorization request.' },
  VerifierWithoutChallenge: {
    error: 'invalid_grant',
    message: 'code_verifier was sent but the authorization request had no code_challenge.',
  },
  VerifierRequired: { error: 'invalid_grant', message: 'code_verifier is required: the authorization request had a code_challenge.' },
  VerifierInvalid: { error: 'invalid_grant', message: 'code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~.' },
  VerifierMismatch: { error: 'invalid_grant', message: 'The code_verifier does not match the code_challenge.' },
  RefreshTokenNotCurrent: { error: 'invalid_grant', message: 'The refresh token is {state}.' },
  RefreshTokenOfAnotherClient: { error: 'invalid_grant', message: 'The refresh token was issued to another client.' },
  FormNotUrlencoded: { error: 'invalid_request', message: 'The request body must be application/x-www-form-urlencoded, not {type}.' },
  FormTooLarge: { error: 'invalid_request', message: 'The request body is too large.' },
  FormParametersRepeated: { error: 'invalid_request', message: 'Parameters must not be repeated: {names}.' },
  BasicCredentialsMalformed: { error: 'invalid_client', message: 'The HTTP Basic credentials are malformed.' },
  ClientIdTwoWays: { error: 'invalid_request', message: 'client_id in the form differs from the one in HTTP Basic: use one method only.' },
  ClientAuthenticationRequired: {
    error: 'invalid_client',
    message: 'Client authentication is required: client_id and client_secret, as form fields or HTTP Basic.',
  },
  ClientSecretRequired: { error: 'invalid_client', message: 'client_secret is required.' },
  ClientAuthenticationFailed: { error: 'invalid_client', message: 'Client authentication failed: unknown client or wrong secret.' },
  GrantTypeRequired: { error: 'invalid_request', message: 'grant_type is required.' },
  GrantTypeUnsupported: {
    error: 'unsupported_grant_type',
    message: 'grant_type {grant} is not supported; use authorization_code or refresh_token.',
  },
  RevokeTokenRequired: { error: 'invalid_request', message: 'token is required (the refresh token to revoke).' },
  RevokeTokenOfAnotherClient: { error: 'unauthorized_client', message: 'The token was issued to another client.' },
  CodeRequired: { error: 'invalid_request', message: 'code is required.' },
  GrantUserGone: { error: 'invalid_grant', message: 'The user who granted the authorization no longer exists.' },
  RefreshTokenRequired: { error: 'invalid_request', message: 'refresh_token is required.' },
} as const satisfies Record<string, { error: OAuthErrorCode; message: string }>;

export type OAuthMessageKey = keyof typeof OAUTH_MESSAGES;

/** The description of an OAuth catalogue entry, its `{name}` placeholders filled in. */
export function oauthText(key: OAuthMessageKey, params: Record<string, string | number> = {}): string {
  return OAUTH_MESSAGES[key].message.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export class OAuthError extends Error {
  readonly error: OAuthErrorCode;
  readonly status: number;
  /** The catalogue key (`OAUTH_MESSAGES`), when the error was raised by one. */
  readonly key: string | undefined;
  constructor(error: OAuthErrorCode, description?: string, status = 400, key?: string) {
    super(description ?? OAUTH_ERRORS[error]);
    this.error = error;
    this.status = status;
    this.key = key;
  }
  toResponse(): MockResponse {
    return {
      ...json(this.status, { error: this.error, error_description: this.message }, { 'cache-control': 'no-store' }),
      errorKeys: [this.key ?? this.error],
    };
  }
}

/** One OAuth error of the catalogue (400 with RFC 6749's body). */
export function oauthError(key: OAuthMessageKey, params?: Record<string, string | number>): OAuthError {
  return new OAuthError(OAUTH_MESSAGES[key].error, oauthText(key, params), 400, key);
}
