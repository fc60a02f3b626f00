/**
 * /unallocated_artefacts: the credits of the business not yet set against invoices, read-only:
 * posted credit notes (sales and purchase) that are UNPAID or PART_PAID, and payments on account
 * with something left [guess: Sage describes the resource only by its fields]. Each shows what
 * Sage lists (`id`, `displayed_as`, `$path` of the artefact itself, `links`). Filters:
 * `contact_id`, `search` (in `displayed_as`).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json } from '../core/http.ts';
import { listResponse, type Predicate } from '../core/pagination.ts';
import { allArtefacts, isOpen, type ArtefactFields } from '../ledger/artefacts.ts';
import { found } from './kit.ts';

const RESOURCE = 'unallocated_artefacts';

function unallocated(ctx: RequestContext): ArtefactFields[] {
  const out: ArtefactFields[] = [];
  for (const ref of allArtefacts(ctx)) if (ref.kind !== 'invoice' && isOpen(ref)) out.push(ref.record);
  return out;
}

const render = (a: ArtefactFields) => ({ id: a.id, displayed_as: a.displayed_as, $path: a.$path, links: [] });

export const unallocatedArtefactRoutes: RouteDef[] = [
  {
    surface: 'api',
    method: 'GET',
    path: `/${RESOURCE}`,
    handler: (ctx) =>
      listResponse(ctx, {
        resource: RESOURCE,
        source: unallocated(ctx),
        render,
        timestamps: false,
        filters: {
          contact_id:
            (v): Predicate<ArtefactFields> =>
            (a) =>
              a.contact.id === v.trim(),
          search:
            (v): Predicate<ArtefactFields> =>
            (a) =>
              a.displayed_as.toLowerCase().includes(v.trim().toLowerCase()),
        },
      }),
  },
  {
    surface: 'api',
    method: 'GET',
    path: `/${RESOURCE}/:id`,
    handler: (ctx) => json(200, render(found(new Map(unallocated(ctx).map((a) => [a.id, a])), ctx.params.id))),
  },
];
