/**
 * /businesses and /user: the user's view of who they are and which businesses they reach.
 * Not routed to a business, so these responses carry no `X-Business` header.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import { businessesOf, canAccess } from '../world/access.ts';
import { GLOBAL, type BusinessRecord, type UserRecord } from '../world/types.ts';
import { FieldReader, envelopeOf, found, now } from './kit.ts';
import { countryLink } from './reference.ts';
import type { components } from '../../openapi/types.ts';

type Business = components['schemas']['Business'];
type BusinessList = components['schemas']['BusinessList'];
type User = components['schemas']['User'];

export function renderBusiness(b: BusinessRecord): Business {
  return {
    id: b.id,
    displayed_as: b.displayed_as,
    $path: `/businesses/${b.id}`,
    created_at: b.created_at,
    updated_at: b.updated_at,
    name: b.name,
    address_line_1: b.address_line_1,
    address_line_2: b.address_line_2,
    city: b.city,
    postal_code: b.postal_code,
    country: countryLink(b.country),
    region: b.region,
    telephone: b.telephone,
    mobile: b.mobile,
    website: b.website,
    is_demo: b.is_demo,
    ni_based: false,
    subscriptions: [
      {
        id: 'ACCOUNTING',
        displayed_as: 'Accounting',
        created_at: b.created_at,
        updated_at: b.updated_at,
        active: b.subscription_active,
        status: b.subscription_active ? (b.accountant_pays ? 'accountant_pays' : 'paying') : 'cancelled',
      },
    ],
  };
}

export function renderUser(u: UserRecord): User {
  return {
    id: u.id,
    displayed_as: u.displayed_as,
    $path: '/user',
    created_at: u.created_at,
    updated_at: u.updated_at,
    first_name: u.first_name,
    last_name: u.last_name,
    initials: u.initials,
    email: u.email,
    locale: u.locale,
  };
}

function me(ctx: RequestContext): UserRecord {
  return ctx.auth!.user;
}

function businessFor(ctx: RequestContext, id: string): BusinessRecord {
  const b = ctx.mock.state.store.collection<BusinessRecord>(GLOBAL, 'businesses').get(id);
  if (!b) throw apiError('RecordNotFound', { message: `Business not found: ${id}` });
  if (!canAccess(ctx.mock.state.store, me(ctx).id, id)) throw apiError('MultiUserAccessDenied');
  return b;
}

const USER_LOCALES = ['en-GB', 'en-IE', 'en-US', 'es-US', 'en-CA', 'fr-CA', 'fr-FR', 'de-DE', 'es-ES'];

export const businessRoutes: RouteDef[] = [
  {
    surface: 'api',
    method: 'GET',
    path: '/businesses',
    business: false,
    handler(ctx) {
      const items = businessesOf(ctx.mock.state.store, me(ctx).id).map(renderBusiness);
      // Sage's published example of this envelope spells `$items_per_page` and is not paged.
      const body: BusinessList = { $total: items.length, $page: 1, $next: null, $back: null, $items_per_page: 2147483647, $items: items };
      return json(200, body);
    },
  },
  {
    surface: 'api',
    method: 'GET',
    path: '/businesses/lead',
    business: false,
    handler(ctx) {
      const lead = me(ctx).lead_business_id;
      if (!lead) throw apiError('RecordNotFound', { message: 'The user has no lead business.' });
      return json(200, renderBusiness(businessFor(ctx, lead)));
    },
  },
  {
    surface: 'api',
    method: 'GET',
    path: '/businesses/:id',
    business: false,
    handler: (ctx) => json(200, renderBusiness(businessFor(ctx, ctx.params.id!))),
  },
  {
    surface: 'api',
    method: 'PUT',
    path: '/businesses/:id',
    business: false,
    resource: 'business',
    async handler(ctx) {
      const b = businessFor(ctx, ctx.params.id!);
      // Only the owner may change the business; invited users read it (Sage: MultiUserAccessDenied).
      if (b.owner_id !== me(ctx).id) throw apiError('MultiUserAccessDenied');
      const f = new FieldReader(envelopeOf(ctx, 'business'));
      const patch: Partial<BusinessRecord> = {};
      for (const key of [
        'name',
        'address_line_1',
        'address_line_2',
        'city',
        'region',
        'postal_code',
        'telephone',
        'mobile',
        'website',
      ] as const) {
        const v = f.string(key, { required: key === 'name' && f.has('name'), max: 255 });
        if (v !== undefined) patch[key] = v;
      }
      f.check();
      const next: BusinessRecord = { ...b, ...patch, updated_at: now(ctx) };
      next.displayed_as = next.name;
      await ctx.mock.state.store.collection<BusinessRecord>(GLOBAL, 'businesses').put(next);
      return json(200, renderBusiness(next));
    },
  },
  {
    surface: 'api',
    method: 'GET',
    path: '/user',
    business: false,
    handler: (ctx) => json(200, renderUser(me(ctx))),
  },
  {
    surface: 'api',
    method: 'PUT',
    path: '/user',
    business: false,
    resource: 'user',
    async handler(ctx) {
      const users = ctx.mock.state.store.collection<UserRecord>(GLOBAL, 'users');
      const u = found(users, me(ctx).id);
      const f = new FieldReader(envelopeOf(ctx, 'user'));
      const patch: Partial<UserRecord> = {};
      for (const key of ['first_name', 'last_name', 'initials'] as const) {
        const v = f.string(key, { required: f.has(key), max: 255 });
        if (v !== undefined) patch[key] = v;
      }
      const locale = f.string('locale');
      if (locale !== undefined) {
        if (!USER_LOCALES.includes(locale)) f.fail('locale', 'is not included in the list');
        else patch.locale = locale;
      }
      f.check();
      const next: UserRecord = { ...u, ...patch, updated_at: now(ctx) };
      next.displayed_as = `${next.first_name} ${next.last_name}`;
      await users.put(next);
      ctx.auth!.user = next;
      return json(200, renderUser(next));
    },
  },
];
