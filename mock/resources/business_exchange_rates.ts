/**
 * /business_exchange_rates: the rates a business fixes itself, one per foreign currency (the id is
 * the currency code, *guess*). POST needs `currency_id` (not the business's own currency, and not
 * one that already has a rate) and `rate`; `inverse_rate` is 1 / rate unless sent;
 * `base_currency_id`, if sent, must be the business's currency. PUT changes the rates; DELETE 204.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json } from '../core/http.ts';
import { Dec, formatDecimal, type Dec as DecT } from '../core/money.ts';
import type { Link } from '../core/records.ts';
import { CURRENCIES } from '../world/reference_data.ts';
import { FieldReader, deleteRoute, business, col, envelopeOf, now, publicView, readRoutes, updateRoute } from './kit.ts';
import { currencyLink } from './reference.ts';

export interface BusinessExchangeRateRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  rate: string;
  inverse_rate: string;
  base_currency: Link;
  currency: Link;
  [key: string]: unknown;
}

const RESOURCE = 'business_exchange_rates';

function readRate(ctx: RequestContext, data: Record<string, unknown>, creating: boolean) {
  const f = new FieldReader(data);
  const b = business(ctx);
  let currency: string | undefined;
  if (creating) {
    currency = f.string('currency_id', { required: true });
    if (currency !== undefined) {
      if (!CURRENCIES.some((c) => c.id === currency)) f.fail('currency_id', 'is invalid');
      else if (currency === b.currency) f.fail('currency_id', "can't be the base currency");
      else if (col(ctx, RESOURCE).has(currency)) f.fail('currency_id', 'has already been taken');
    }
  }
  const base = f.string('base_currency_id');
  if (base !== undefined && base !== b.currency) f.fail('base_currency_id', 'is invalid');
  const positive = (key: string, required: boolean): DecT | undefined => {
    const v = f.money(key, { required });
    if (v?.lte(0)) return f.fail(key, 'must be greater than 0');
    return v;
  };
  const rate = positive('rate', creating);
  const inverse = positive('inverse_rate', false);
  f.check();
  return { currency, rate, inverse };
}

const inverseOf = (rate: DecT) => formatDecimal(new Dec(1).div(rate).toDecimalPlaces(6));

export const businessExchangeRateRoutes: RouteDef[] = [
  ...readRoutes<BusinessExchangeRateRecord>({ resource: RESOURCE, deletable: true, sortable: ['created_at', 'updated_at'] }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${RESOURCE}`,
    resource: 'business_exchange_rate',
    async handler(ctx) {
      const r = readRate(ctx, envelopeOf(ctx, 'business_exchange_rate'), true);
      const b = business(ctx);
      const at = now(ctx);
      const rec: BusinessExchangeRateRecord = {
        id: r.currency!,
        displayed_as: `${b.currency}/${r.currency}`,
        $path: `/${RESOURCE}/${r.currency}`,
        created_at: at,
        updated_at: at,
        rate: formatDecimal(r.rate!),
        inverse_rate: r.inverse ? formatDecimal(r.inverse) : inverseOf(r.rate!),
        base_currency: currencyLink(b.currency),
        currency: currencyLink(r.currency!),
      };
      await col<BusinessExchangeRateRecord>(ctx, RESOURCE).insert(rec);
      return json(201, publicView(rec));
    },
  },
  updateRoute<BusinessExchangeRateRecord>({
    resource: RESOURCE,
    singular: 'business_exchange_rate',
    update(ctx, prev, data) {
      const r = readRate(ctx, data, false);
      const next = { ...prev, updated_at: now(ctx) };
      if (r.rate) {
        next.rate = formatDecimal(r.rate);
        next.inverse_rate = r.inverse ? formatDecimal(r.inverse) : inverseOf(r.rate);
      } else if (r.inverse) next.inverse_rate = formatDecimal(r.inverse);
      return next;
    },
  }),
  deleteRoute<BusinessExchangeRateRecord>({ resource: RESOURCE }),
];
