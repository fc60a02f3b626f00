/**
 * /migration_tax_returns: tax returns filed before the business came to Sage, kept for its
 * records: list, get, create (`from_date`, `to_date`, `total_amount`, `tax_return_frequency_id`
 * required, as Sage's description says; `gb` boxes 1-9 or `ie` boxes T1-T4, E1, E2, ES1, ES2 as
 * amounts, null when not sent). `to_date` may not be before `from_date` (422, *guess*).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { formatDecimal } from '../core/money.ts';
import { refLink } from '../core/records.ts';
import { TAX_RETURN_FREQUENCIES } from '../world/reference_data.ts';
import { FieldReader, recordRoutes } from './kit.ts';

const BOXES = {
  gb: ['box_1', 'box_2', 'box_3', 'box_4', 'box_5', 'box_6', 'box_7', 'box_8', 'box_9'],
  ie: ['box_T1', 'box_T2', 'box_T3', 'box_T4', 'box_E1', 'box_E2', 'box_ES1', 'box_ES2'],
} as const;

function read(_ctx: RequestContext, f: FieldReader): Record<string, unknown> {
  const from = f.date('from_date', { required: true });
  const to = f.date('to_date', { required: true });
  if (from && to && to < from) f.fail('to_date', 'cannot be before the from date');
  const total = f.money('total_amount', { required: true });
  const freq = f.string('tax_return_frequency_id', { required: true });
  if (freq !== undefined && !TAX_RETURN_FREQUENCIES.some((x) => x.id === freq)) f.fail('tax_return_frequency_id', 'is invalid');
  const out: Record<string, unknown> = {
    from_date: from,
    to_date: to,
    total_amount: total && formatDecimal(total),
    tax_return_frequency: freq && refLink('tax_return_frequencies', TAX_RETURN_FREQUENCIES, freq),
  };
  for (const [country, boxes] of Object.entries(BOXES)) {
    const data = f.object(country);
    if (!data) {
      out[country] = null;
      continue;
    }
    const bf = new FieldReader(data, country);
    out[country] = Object.fromEntries(
      boxes.map((b) => {
        const v = bf.money(b);
        return [b, v === undefined ? null : formatDecimal(v)];
      }),
    );
    f.v.items.push(...bf.v.items);
  }
  return out;
}

export const migrationTaxReturnRoutes: RouteDef[] = recordRoutes({
  resource: 'migration_tax_returns',
  singular: 'migration_tax_return',
  methods: ['POST'],
  read,
  displayed: (r) => `${r.from_date} - ${r.to_date}`,
});
