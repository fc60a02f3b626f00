/**
 * The control plane, in-process: `mock.admin.*`. `/__mock/*` (admin/routes.ts) serves the same
 * functions over HTTP, so both adapters have them.
 */
import type { MockCore } from '../state.ts';
import { apiError } from '../core/errors.ts';
import { CLOCK_MAX, CLOCK_MIN } from '../core/clock.ts';
import { VERSION } from '../core/version.ts';
import type { JournalEntry, JournalQuery } from '../journal/journal.ts';
import type { Scope, TokenResponse } from '../auth/tokens.ts';
import { businessesOf, canAccess } from '../world/access.ts';
import { GLOBAL, type AppRecord, type BusinessRecord, type UserRecord } from '../world/types.ts';
import { trialBalance, type TrialBalance } from '../ledger/trial_balance.ts';
import { limitsAdmin, type LimitsAdmin } from '../limits/admin.ts';
import { latchesAdmin, type LatchesAdmin } from '../latches/admin.ts';
import { idempotencyAdmin, type IdempotencyAdmin } from '../idempotency/admin.ts';
import { appView, connect, oauthAdmin, type AppView, type OAuthAdmin } from '../auth/control.ts';
import { businessAdmin, businessView, type BusinessAdmin, type BusinessView } from '../world/admin.ts';

export interface WorldView {
  seed: number;
  users: {
    id: string;
    name: string;
    email: string;
    lead_business_id: string | null;
    businesses: { id: string; role: 'owner' | 'invited' }[];
  }[];
  apps: AppView[];
  businesses: BusinessView[];
}

export interface Admin extends LimitsAdmin, LatchesAdmin, IdempotencyAdmin, OAuthAdmin, BusinessAdmin {
  reset(options?: { seed?: number; keepJournal?: boolean }): Promise<WorldView>;
  world(): WorldView;
  /** Readiness: `{status: 'ok', version, seed, clock}` (served without a token at `GET /__mock/health`). */
  health(): { status: 'ok'; version: string; seed: number; clock: { now: string; epoch_ms: number; mode: string } };
  /** A token pair for a user of an app, as Sage's `/token` would answer (no browser). */
  mintToken(input: { user_id: string; client_id: string; scope?: Scope }): TokenResponse;
  clock(): { now: string; epoch_ms: number; mode: string };
  advanceClock(seconds: number): { now: string; epoch_ms: number; mode: string };
  setClock(date: string | number): { now: string; epoch_ms: number; mode: string };
  journal(query?: JournalQuery): JournalEntry[];
  setLeadBusiness(userId: string, businessId: string): Promise<WorldView['users'][number]>;
  /** The business's trial balance from its ledger entries: `total_debit` always equals `total_credit`. */
  trialBalance(businessId: string): TrialBalance;
}

export function createAdmin(mock: MockCore): Admin {
  const store = () => mock.state.store;
  const users = () => store().collection<UserRecord>(GLOBAL, 'users');
  const apps = () => store().collection<AppRecord>(GLOBAL, 'apps');
  const businesses = () => store().collection<BusinessRecord>(GLOBAL, 'businesses');

  const userView = (u: UserRecord): WorldView['users'][number] => ({
    id: u.id,
    name: u.displayed_as,
    email: u.email,
    lead_business_id: u.lead_business_id,
    businesses: businessesOf(store(), u.id).map((b) => ({ id: b.id, role: b.owner_id === u.id ? 'owner' : 'invited' })),
  });
  const clockView = () => ({ now: mock.clock.iso(), epoch_ms: mock.clock.now(), mode: mock.clock.mode });

  const admin: Admin = {
    ...limitsAdmin(mock),
    ...latchesAdmin(mock),
    ...idempotencyAdmin(mock),
    ...oauthAdmin(mock),
    ...businessAdmin(mock),
    async reset(options = {}) {
      await mock.reset(options);
      return admin.world();
    },
    world() {
      return {
        seed: mock.state.seed,
        users: [...users().values()].map(userView),
        apps: [...apps().values()].map(appView),
        businesses: [...businesses().values()].map(businessView),
      };
    },
    health: () => ({ status: 'ok', version: VERSION, seed: mock.state.seed, clock: clockView() }),
    // The same as `connect` (POST /__mock/connect), kept under the name the README introduces first.
    mintToken: (input) => connect(mock, input),
    clock: clockView,
    // Both refuse (422, the clock untouched) a move that would leave the clock's range.
    advanceClock(seconds) {
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
        throw apiError('RecordInvalid', { source: 'seconds', message: 'seconds must be a non-negative number.' });
      }
      if (mock.clock.now() + seconds * 1000 > CLOCK_MAX) {
        throw apiError('RecordInvalid', {
          source: 'seconds',
          message: `seconds would move the clock past ${new Date(CLOCK_MAX).toISOString()}.`,
        });
      }
      mock.clock.advance(seconds * 1000);
      // A scenario's clock steps that are now due fire (the HTTP route waits for them).
      void mock.chaos.tick();
      return clockView();
    },
    setClock(date) {
      const ms = typeof date === 'number' ? date : Date.parse(String(date));
      if (!Number.isFinite(ms) || ms < CLOCK_MIN || ms > CLOCK_MAX) {
        throw apiError('RecordInvalid', {
          source: 'now',
          message: `now must be an ISO 8601 date-time from ${new Date(CLOCK_MIN).toISOString()} to ${new Date(CLOCK_MAX).toISOString()}.`,
        });
      }
      mock.clock.set(ms);
      void mock.chaos.tick();
      return clockView();
    },
    journal: (query) => mock.state.journal.query(query),
    trialBalance(businessId) {
      const b = businesses().get(businessId);
      if (!b) throw apiError('RecordNotFound', { message: `No business ${businessId}.` });
      return trialBalance(store(), b);
    },
    async setLeadBusiness(userId, businessId) {
      const u = users().get(userId);
      if (!u) throw apiError('RecordNotFound', { message: `No user ${userId}.` });
      if (!businesses().get(businessId) || !canAccess(store(), userId, businessId)) {
        throw apiError('RecordInvalid', { source: 'business_id', message: 'The user cannot access that business.' });
      }
      const next = { ...u, lead_business_id: businessId };
      await users().put(next);
      return userView(next);
    },
  };
  return admin;
}
