import type { Store } from '../store/index.ts';
import { GLOBAL, type BusinessRecord, type CountryCode, type MembershipRecord, type UserRecord } from './types.ts';

/** The businesses a user may reach (owned and invited), in the order they joined them. */
export function businessesOf(store: Store, userId: string): BusinessRecord[] {
  const businesses = store.collection<BusinessRecord>(GLOBAL, 'businesses');
  const out: BusinessRecord[] = [];
  for (const m of store.collection<MembershipRecord>(GLOBAL, 'memberships').values()) {
    if (m.user_id !== userId) continue;
    const b = businesses.get(m.business_id);
    if (b) out.push(b);
  }
  return out;
}

/**
 * [guess] The country a sign-in lands in when the client names none: the country of the user's
 * lead business, or GB for a user without one.
 */
export function homeCountry(store: Store, user: UserRecord): CountryCode {
  const lead = user.lead_business_id ? store.collection<BusinessRecord>(GLOBAL, 'businesses').get(user.lead_business_id) : undefined;
  return lead?.country ?? 'GB';
}

export function canAccess(store: Store, userId: string, businessId: string): boolean {
  return store.collection<MembershipRecord>(GLOBAL, 'memberships').has(membershipId(userId, businessId));
}

export function membershipId(userId: string, businessId: string): string {
  return `${userId}:${businessId}`;
}

/**
 * Sage's lead business: the first business the user created; for a user who was only invited,
 * the first business they were invited to. Called when the world is made and when a change can
 * move it: the lead business is deleted, or an invited-only user creates their own business.
 * A lead that still exists and is still the user's is kept (it may have been set on purpose).
 */
export async function electLead(store: Store, userId: string, opts: { force?: boolean } = {}): Promise<string | null> {
  const users = store.collection<UserRecord>(GLOBAL, 'users');
  const user = users.get(userId);
  if (!user) return null;
  const current = user.lead_business_id;
  if (!opts.force && current && canAccess(store, userId, current)) return current;
  const mine = [...store.collection<MembershipRecord>(GLOBAL, 'memberships').values()].filter((m) => m.user_id === userId);
  const lead = (mine.find((m) => m.role === 'owner') ?? mine[0])?.business_id ?? null;
  if (lead !== current) await users.put({ ...user, lead_business_id: lead });
  return lead;
}
