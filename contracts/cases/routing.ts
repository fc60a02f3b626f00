/** The `routing` and `business` plans: X-Business on every business-scoped call, lead drift, discovery. */
import type { JournalEntry } from '../../mock/index.ts';
import { describe, isApi, isBusinessScoped, isWrite, seqs } from '../evidence.ts';
import { fail, notApplicable, pass, type ContractCase } from '../model.ts';
import { list, otherBusiness, SOURCES } from './support.ts';

const hasXBusiness = (e: JournalEntry) => typeof e.headers['x-business'] === 'string' && e.headers['x-business'] !== '';

function countryOf(world: { businesses: { id: string; country: string }[] }, id: string | null): string {
  return world.businesses.find((b) => b.id === id)?.country ?? String(id);
}

export const routingCases: ContractCase[] = [
  {
    id: 'routing.x-business-always',
    title: 'Sends X-Business on every business-scoped request, of every method',
    rule: "Without X-Business Sage serves the user's lead business. Every request about a business (all but /businesses and /user) names it with X-Business, reads and writes alike.",
    source: SOURCES.bestPractices,
    arrange: {
      business: otherBusiness,
      task: (ctx) => ({
        business_id: ctx.businessId,
        sync: { resources: ['contacts'] },
        contacts: {
          create: [{ reference: 'CTR-ROUTE-1', name: 'Routing Check Ltd', contact_type: 'CUSTOMER' }],
          rename: [{ reference: 'CTR-ROUTE-1', name: 'Routing Check Renamed Ltd' }],
          delete: ['CTR-ROUTE-1'],
        },
      }),
    },
    judge({ journal, ctx }) {
      const scoped = journal.filter(isBusinessScoped);
      if (scoped.length === 0) return notApplicable('the client made no business-scoped request');
      const missing = scoped.filter((e) => !hasXBusiness(e));
      if (missing.length > 0) {
        const first = missing.find(isWrite) ?? missing[0]!;
        const methods = [...new Set(missing.map((e) => e.method))].join(', ');
        return fail(
          `${describe(first)} sent without X-Business: it went to the lead business ${countryOf(ctx.world, first.businessId)} (${missing.length} requests without it: ${methods})`,
          [first.seq, ...seqs(missing.filter((e) => e !== first))],
        );
      }
      const methods = [...new Set(scoped.map((e) => e.method))].sort().join(', ');
      return pass(`all ${scoped.length} business-scoped requests (${methods}) sent X-Business`);
    },
  },
  {
    id: 'routing.lead-drift-safe',
    title: 'When the lead business changes mid-run, every write still lands in the named business',
    rule: 'The lead business can change (a business deleted, an invited user creating their own). A client that relies on the fallback writes into the wrong books; X-Business pins every write.',
    source: SOURCES.bestPractices,
    arrange: {
      // The lead moves away from the task's business as the first contact is created.
      scenario: (ctx) => ({
        name: 'lead-drift-mid-run',
        steps: [
          {
            match: { method: 'POST', path: '/contacts' },
            times: 1,
            fault: { type: 'lead-business', user_id: ctx.userId, business_id: otherBusiness(ctx.world, ctx.userId) },
          },
        ],
      }),
      task: (ctx) => ({
        business_id: ctx.businessId,
        contacts: {
          create: [
            { reference: 'CTR-DRIFT-1', name: 'Drift One Ltd', contact_type: 'CUSTOMER' },
            { reference: 'CTR-DRIFT-2', name: 'Drift Two Ltd', contact_type: 'CUSTOMER' },
          ],
          rename: [{ reference: 'CTR-DRIFT-1', name: 'Drift One Renamed Ltd' }],
          delete: ['CTR-DRIFT-2'],
        },
      }),
    },
    judge({ journal, ctx }) {
      const lead = ctx.mock.admin.world().users.find((u) => u.id === ctx.userId)?.lead_business_id;
      if (lead === ctx.businessId) return notApplicable('the lead business did not change during the run');
      const writes = journal.filter((e) => isWrite(e) && e.businessId !== null && e.status < 500);
      if (writes.length === 0) return notApplicable('the client made no write');
      const astray = writes.filter((e) => e.businessId !== ctx.businessId);
      if (astray.length > 0) {
        const first = astray[0]!;
        return fail(
          `${describe(first)} landed in business ${countryOf(ctx.world, first.businessId)} (${first.businessSource === 'lead' ? 'the new lead business, no X-Business' : 'X-Business'}); the task named ${countryOf(ctx.world, ctx.businessId)}`,
          seqs(astray),
        );
      }
      return pass(
        `all ${writes.length} writes landed in business ${countryOf(ctx.world, ctx.businessId)} although the lead moved to ${countryOf(ctx.world, lead ?? null)}`,
      );
    },
  },
  {
    id: 'business.discovery',
    title: 'Reads /businesses before business-scoped calls; calls no endpoint Sage does not have',
    rule: 'v3.1 lists the businesses a user reaches at GET /businesses (and GET /businesses/lead); a client confirms the business there first. There is no GET /business.',
    source: SOURCES.migrating,
    arrange: {
      task: (ctx) => ({ business_id: ctx.businessId, sync: { resources: ['contacts'] } }),
    },
    judge({ journal }) {
      const api = journal.filter(isApi);
      if (api.length === 0) return notApplicable('the client made no API call');
      const unknown = api.filter((e) => e.status === 404 && e.errorCodes.includes('RouteNotFound'));
      if (unknown.length > 0) return fail(`${list(unknown)}: Sage has no such endpoint (404 RouteNotFound)`, seqs(unknown));
      const firstScoped = api.find(isBusinessScoped);
      if (!firstScoped) return notApplicable('the client made no business-scoped request');
      const discovery = api.find(
        (e) => /^\/v3\.1\/businesses(\/|$)/.test(e.path) && e.method === 'GET' && e.status === 200 && e.seq < firstScoped.seq,
      );
      if (!discovery) return fail(`${describe(firstScoped)} was sent before any GET /businesses or /businesses/lead`, [firstScoped.seq]);
      return pass(`${describe(discovery)} came before the first business-scoped request (${describe(firstScoped)})`, [discovery.seq]);
    },
  },
];
