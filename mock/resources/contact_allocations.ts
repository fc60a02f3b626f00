/**
 * /contact_allocations: set artefacts of one contact against each other without money moving,
 * typically a payment on account against invoices.
 *
 * - `transaction_type_id`: CUSTOMER_ALLOCATION (a customer: else "can't find customer") or
 *   VENDOR_ALLOCATION (a vendor: else "can't find vendor" [guess]); `date` defaults to today.
 * - `allocated_artefacts[]` (`artefact_id`, `amount`): the contact's invoices take positive
 *   amounts, its payments on account negative ones [guess: Sage's sign convention for credits];
 *   the amounts must add up to exactly zero; each invoice must be UNPAID or PART_PAID ("You can
 *   only pay unpaid or part-paid invoices.") and no artefact can take more than is outstanding.
 *
 * Ledger: the allocation moves amounts between artefacts on the same control account, so it writes
 * a transaction whose entries (one per artefact, on trade debtors or trade creditors for the
 * contact) net to zero. DELETE (204) reverses it and gives the amounts back to the artefacts.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';

import { json, noContent } from '../core/http.ts';
import { Dec, dec, formatDecimal, sum } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import { artefactLink, transactionTypeLink } from '../ledger/artefacts.ts';
import {
  allocate,
  deallocate,
  readAllocatedArtefacts,
  readTransactionType,
  type AllocatedItem,
  type AllocationTarget,
} from '../ledger/allocation.ts';
import { controlAccounts, controlOf } from '../ledger/accounts.ts';
import { readParty, type ContactRecord, type Side } from '../ledger/parties.ts';
import { post, postedFields, reverse, type PostedDocument } from '../ledger/entries.ts';
import { FieldReader, bury, col, envelopeOf, found, linkFilter, mnemonicFilter, newId, now, publicView, readRoutes, today } from './kit.ts';

export const CONTACT_ALLOCATIONS = 'contact_allocations';

export const ALLOCATION_TYPES = ['CUSTOMER_ALLOCATION', 'VENDOR_ALLOCATION'] as const;
type AllocationType = (typeof ALLOCATION_TYPES)[number];

export interface ContactAllocationRecord extends PostedDocument {
  links: never[];
  contact: Link;
  allocated_artefacts: { id: string; artefact: Link; amount: string }[];
}

const sideOf = (t: AllocationType): Side => (t === 'CUSTOMER_ALLOCATION' ? 'customer' : 'vendor');

/** What an allocation type may allocate: any artefact of its side, invoices and payments on account alike. */
function targetOf(t: AllocationType): AllocationTarget {
  return {
    side: sideOf(t),
    kinds: ['invoice', 'credit_note', 'payment_on_account'],
    message: `cannot be allocated by a ${t.toLowerCase().replace('_', ' ')}`,
  };
}

interface ReadAllocation {
  type: AllocationType;
  contact: ContactRecord;
  date: string;
  items: AllocatedItem[];
}

function readAllocation(ctx: RequestContext, data: Record<string, unknown>, own?: ReadonlyMap<string, Dec>): ReadAllocation {
  const f = new FieldReader(data);
  const type = readTransactionType(f, ALLOCATION_TYPES);
  const contact = readParty(f, ctx, type && sideOf(type));
  const date = f.date('date');
  const raw = f.array('allocated_artefacts', { required: true }) ?? [];
  const items = readAllocatedArtefacts(ctx, f, raw, { target: type && targetOf(type), contact, sign: 'by_kind', discount: false, own });
  if (f.v.empty && !sum(items.map((x) => x.amount)).isZero()) f.rule('base', 'AllocationsNotBalanced');
  f.check();
  return { type: type!, contact: contact!, date: date ?? today(ctx), items };
}

/** Posts a read allocation as document `id` (created at `createdAt`) and settles its artefacts. */
async function writeAllocation(ctx: RequestContext, r: ReadAllocation, id: string, createdAt: string): Promise<ContactAllocationRecord> {
  const controls = controlAccounts(ctx);
  const at = now(ctx);
  const type = transactionTypeLink(r.type);
  const side = sideOf(r.type);
  const allocated = r.items.map((x) => ({ id: newId(ctx), artefact: artefactLink(x.ref.record), amount: formatDecimal(x.amount) }));
  // An invoice settled (positive amount) is credited on trade debtors (debited on trade creditors);
  // a credit note or payment on account used (negative amount) the other way round. The entries net to zero.
  const control = controlOf(controls, side);
  const txn = await post(ctx, {
    transaction_type: r.type,
    origin: { resource: CONTACT_ALLOCATIONS, id },
    date: r.date,
    contact_id: r.contact.id,
    lines: r.items.map((x) => ({
      ledger_account_id: control.id,
      contact_id: r.contact.id,
      amount: side === 'customer' ? x.amount.neg() : x.amount,
      details: x.ref.record.displayed_as,
    })),
  });
  await allocate(
    ctx,
    r.items.map((x) => ({
      artefactId: x.ref.record.id,
      trace: {
        kind: 'contact_allocation' as const,
        id,
        transaction_type: r.type,
        date: r.date,
        reference: '',
        amount: formatDecimal(x.amount.abs()),
      },
    })),
  );
  return {
    ...postedFields({ resource: CONTACT_ALLOCATIONS, id, displayed_as: type.displayed_as, at, transactionId: txn, type: r.type }),
    created_at: createdAt,
    links: [],
    date: r.date,
    contact: link('contacts', r.contact.id, r.contact.displayed_as),
    allocated_artefacts: allocated,
  };
}

async function createAllocation(ctx: RequestContext) {
  const r = readAllocation(ctx, envelopeOf(ctx, 'contact_allocation'));
  const rec = await writeAllocation(ctx, r, newId(ctx), now(ctx));
  await col<ContactAllocationRecord>(ctx, CONTACT_ALLOCATIONS).insert(rec);
  return json(201, publicView(rec));
}

/**
 * PUT: the allocation as it stands with the fields sent changed (`allocated_artefacts`, when sent,
 * replaces the list), checked with what it already allocated given back to its artefacts, then
 * reversed and written again under the same id [guess].
 */
async function updateAllocation(ctx: RequestContext) {
  const allocations = col<ContactAllocationRecord>(ctx, CONTACT_ALLOCATIONS);
  const prev = found(allocations, ctx.params.id);
  const data = envelopeOf(ctx, 'contact_allocation');
  const own = new Map<string, Dec>();
  for (const a of prev.allocated_artefacts) own.set(a.artefact.id, (own.get(a.artefact.id) ?? new Dec(0)).plus(dec(a.amount).abs()));
  const merged = {
    transaction_type_id: prev.transaction_type.id,
    contact_id: prev.contact.id,
    date: prev.date,
    allocated_artefacts: prev.allocated_artefacts.map((a) => ({ artefact_id: a.artefact.id, amount: a.amount })),
    ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
  };
  const r = readAllocation(ctx, merged, own);
  if (prev.transaction) await reverse(ctx, prev.transaction.id);
  await deallocate(
    ctx,
    prev.allocated_artefacts.map((a) => a.artefact.id),
    'contact_allocation',
    prev.id,
  );
  const next = await writeAllocation(ctx, r, prev.id, prev.created_at);
  await allocations.put(next);
  return json(200, publicView(next));
}

async function deleteAllocation(ctx: RequestContext) {
  const allocations = col<ContactAllocationRecord>(ctx, CONTACT_ALLOCATIONS);
  const rec = found(allocations, ctx.params.id);
  if (rec.transaction) await reverse(ctx, rec.transaction.id);
  await deallocate(
    ctx,
    rec.allocated_artefacts.map((a) => a.artefact.id),
    'contact_allocation',
    rec.id,
  );
  await allocations.remove(rec.id);
  await bury(ctx, CONTACT_ALLOCATIONS, rec);
  return noContent();
}

export const contactAllocationRoutes: RouteDef[] = [
  ...readRoutes<ContactAllocationRecord>({
    resource: CONTACT_ALLOCATIONS,
    filters: {
      contact_id: linkFilter<ContactAllocationRecord>((a) => a.contact),
      transaction_type_id: mnemonicFilter<ContactAllocationRecord>('transaction_type_id', ALLOCATION_TYPES, (a) => a.transaction_type),
    },
    sortable: ['created_at', 'updated_at', 'date'],
    deletable: true,
  }),
  { surface: 'api', method: 'POST', path: '/contact_allocations', resource: 'contact_allocation', handler: createAllocation },
  { surface: 'api', method: 'PUT', path: '/contact_allocations/:id', resource: 'contact_allocation', handler: updateAllocation },
  { surface: 'api', method: 'DELETE', path: '/contact_allocations/:id', resource: 'contact_allocation', handler: deleteAllocation },
];
