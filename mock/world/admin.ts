/**
 * Control-plane changes to who owns what, the events that move a user's lead business in Sage:
 * a business created (by an invited-only user it becomes their lead), a business deleted (its
 * users' lead moves on), and a subscription that lapses (401 "No active subscription. (MSE)").
 */
import type { MockCore } from '../state.ts';
import type { components } from '../../openapi/types.ts';
import { apiError } from '../core/errors.ts';
import { sageTime } from '../core/records.ts';
import { electLead, membershipId } from './access.ts';
import { createBusiness } from './seed.ts';
import { COUNTRIES, GLOBAL, type BusinessRecord, type CountryCode, type MembershipRecord, type UserRecord } from './types.ts';

/** A business as the control plane shows it (`WorldBusiness` in openapi/sage-mock.openapi.yaml). */
export type BusinessView = components['schemas']['WorldBusiness'];

export interface BusinessAdmin {
  /** A new business for `owner_id` (its lead business if they only had invitations). */
  createBusiness(input: {
    owner_id: string;
    country: CountryCode;
    name?: string;
    contacts?: number;
    invited_user_ids?: string[];
  }): Promise<BusinessView>;
  /** Deletes a business; every user whose lead it was gets the next one. */
  deleteBusiness(businessId: string): Promise<{ id: string; lead_changed_for: string[] }>;
  /** Turns a business's subscription on or off. */
  setSubscription(businessId: string, active: boolean): Promise<BusinessView>;
}

export function businessView(b: BusinessRecord): BusinessView {
  return {
    id: b.id,
    name: b.name,
    country: b.country,
    currency: b.currency,
    owner_id: b.owner_id,
    subscription_active: b.subscription_active,
  };
}

export function businessAdmin(mock: MockCore): BusinessAdmin {
  const store = () => mock.state.store;
  const users = () => store().collection<UserRecord>(GLOBAL, 'users');
  const businesses = () => store().collection<BusinessRecord>(GLOBAL, 'businesses');
  const business = (id: string) => {
    const b = businesses().get(id);
    if (!b) throw apiError('RecordNotFound', { message: `No business ${id}.` });
    return b;
  };

  return {
    async createBusiness({ owner_id, country, name, contacts = 0, invited_user_ids = [] }) {
      for (const [source, id] of [['owner_id', owner_id], ...invited_user_ids.map((u) => ['invited_user_ids', u])] as [string, string][]) {
        if (!users().get(id)) throw apiError('RecordInvalid', { source, message: `No user ${id}.` });
      }
      if (!COUNTRIES.includes(country))
        throw apiError('RecordInvalid', { source: 'country', message: `country must be one of ${COUNTRIES.join(', ')}.` });
      if (!Number.isInteger(contacts) || contacts < 0 || contacts > 100_000) {
        throw apiError('RecordInvalid', { source: 'contacts', message: 'contacts must be a whole number from 0 to 100000.' });
      }
      const b = await createBusiness(store(), mock.state.rng, {
        // A label drawn from the seeded generator: never reused, even after a deletion (a count of
        // businesses would come round again and give a new business the id of an existing one).
        label: `created:${mock.state.rng.hexId()}`,
        country,
        name,
        ownerId: owner_id,
        invitedIds: invited_user_ids.filter((u) => u !== owner_id),
        createdAt: sageTime(mock.clock.now()),
        contacts,
      });
      // An invited-only user who creates their own business gets it as their lead business.
      const ownsAnother = [...store().collection<MembershipRecord>(GLOBAL, 'memberships').values()].some(
        (m) => m.user_id === owner_id && m.role === 'owner' && m.business_id !== b.id,
      );
      await electLead(store(), owner_id, { force: !ownsAnother });
      for (const u of invited_user_ids) await electLead(store(), u);
      return businessView(b);
    },

    async deleteBusiness(businessId) {
      business(businessId);
      const memberships = store().collection<MembershipRecord>(GLOBAL, 'memberships');
      const affected = [...memberships.values()].filter((m) => m.business_id === businessId).map((m) => m.user_id);
      for (const u of affected) await memberships.remove(membershipId(u, businessId));
      await businesses().remove(businessId);
      const changed: string[] = [];
      for (const u of affected) {
        const before = users().get(u)?.lead_business_id;
        if ((await electLead(store(), u)) !== before) changed.push(u);
      }
      return { id: businessId, lead_changed_for: changed };
    },

    async setSubscription(businessId, active) {
      if (typeof active !== 'boolean') throw apiError('RecordInvalid', { source: 'active', message: 'active must be true or false.' });
      const b = business(businessId);
      const next: BusinessRecord = { ...b, subscription_active: active, updated_at: sageTime(mock.clock.now()) };
      await businesses().put(next);
      return businessView(next);
    },
  };
}
