import type { Store } from '../store/index.ts';
import { GLOBAL, type BusinessRecord, type MembershipRecord } from './types.ts';

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

export function canAccess(store: Store, userId: string, businessId: string): boolean {
  return store.collection<MembershipRecord>(GLOBAL, 'memberships').has(membershipId(userId, businessId));
}

export function membershipId(userId: string, businessId: string): string {
  return `${userId}:${businessId}`;
}
