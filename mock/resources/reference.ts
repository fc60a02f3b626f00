/**
 * Reference lists: Sage's read-only type, code and lookup lists (`/contact_types`, `/currencies`,
 * `/countries`, `/payment_methods`, `/tax_types`, `/coa_accounts`, ...). One small kit serves them
 * all: a list is a few lines of data (`mock/world/reference.ts`, `mock/world/reference_data.ts`),
 * fixed or a function of the routed business; each answers `GET /{resource}` (the list envelope,
 * `attributes`, its filters) and `GET /{resource}/{id}`, and its links resolve.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json } from '../core/http.ts';
import { listResponse } from '../core/pagination.ts';
import { Dec, formatDecimal } from '../core/money.ts';
import { link, refLink, sageTime } from '../core/records.ts';
import { CHART_OF_ACCOUNTS, COUNTRY_PROFILES } from '../world/countries.ts';
import {
  ARTEFACT_STATUSES,
  BANK_ACCOUNT_TYPES,
  CONTACT_TYPES,
  LEDGER_ACCOUNT_TYPES,
  TRANSACTION_TYPES,
  type RefItem,
} from '../world/reference.ts';
import {
  ADDRESS_REGIONS,
  ADDRESS_TYPES,
  ATTACHMENT_CONTEXTS,
  BUSINESS_ACTIVITY_TYPES,
  BUSINESS_TYPES,
  CATALOG_ITEM_TYPES,
  CONTACT_OPENING_BALANCE_TYPES,
  CONTACT_PERSON_TYPES,
  CORRECTIVE_REASON_CODES,
  COUNTRIES,
  COUNTRIES_OF_REGISTRATION,
  COUNTRY_GROUPS,
  CURRENCIES,
  EU_GOODS_SERVICES_TYPES,
  EU_SALES_DESCRIPTIONS,
  JOURNAL_CODE_TYPES,
  LEDGER_ACCOUNT_CLASSIFICATIONS,
  LEGAL_FORM_TYPES,
  PAYMENT_METHODS,
  QUICK_ENTRY_TYPES,
  TAX_OFFICES,
  TAX_RETURN_FREQUENCIES,
  TAX_SCHEMES,
  TAX_TYPES,
  countryGroupLink,
  countryLink,
  currencyLink,
  ledgerAccountGroupOf,
  paymentMethodLink,
  unitsPerPound,
} from '../world/reference_data.ts';
import type { BusinessRecord, CountryCode } from '../world/types.ts';
import { business, col, found, registerResolver, singleView } from './kit.ts';

/** A reference item as served: `{id, displayed_as, $path, ...attributes}`, plus what filters read. */
interface RefRecord {
  id: string;
  displayed_as: string;
  $path: string;
  [key: string]: unknown;
}

type Items = readonly RefItem[] | ((ctx: RequestContext, b: BusinessRecord) => readonly RefItem[]);

interface RefSpec {
  resource: string;
  items: Items;
  /** Query parameter -> the item field it must equal (`country_id` -> `country`). */
  filters?: Record<string, string>;
}

const recordOf = (resource: string, item: RefItem & Record<string, unknown>): RefRecord => ({
  id: item.id,
  displayed_as: item.displayed_as,
  $path: `/${resource}/${item.id}`,
  ...item.attributes,
  _item: item,
});

/** Served shape: the record without what only filters read. */
const shown = ({ _item, ...rest }: RefRecord): Record<string, unknown> => rest;

function recordsOf(ctx: RequestContext, spec: RefSpec, cache: WeakMap<readonly RefItem[], RefRecord[]>): RefRecord[] {
  const items = typeof spec.items === 'function' ? spec.items(ctx, business(ctx)) : spec.items;
  let records = cache.get(items);
  if (!records) {
    records = items.map((i) => recordOf(spec.resource, i as RefItem & Record<string, unknown>));
    cache.set(items, records);
  }
  return records;
}

/** `GET /{resource}` and `GET /{resource}/:id` for one reference list. */
export function referenceRoutes(spec: RefSpec): RouteDef[] {
  const { resource } = spec;
  // Records built once per item list (fixed lists once, per-country lists once per country).
  const cache = new WeakMap<readonly RefItem[], RefRecord[]>();
  const byId = (ctx: RequestContext, id: string) => recordsOf(ctx, spec, cache).find((r) => r.id === id);
  registerResolver(resource, (ctx, id) => {
    const r = byId(ctx, id);
    return r ? shown(r) : undefined;
  });
  const filters = Object.fromEntries(
    Object.entries(spec.filters ?? {}).map(([param, field]) => [
      param,
      (v: string) => (r: RefRecord) => (r._item as Record<string, unknown>)[field] === v,
    ]),
  );
  return [
    {
      surface: 'api',
      method: 'GET',
      path: `/${resource}`,
      handler(ctx) {
        const source = recordsOf(ctx, spec, cache);
        return listResponse(ctx, {
          resource,
          source,
          render: shown,
          baseAsStored: true,
          filters,
          timestamps: source.some((r) => 'updated_at' in r),
        });
      },
    },
    {
      surface: 'api',
      method: 'GET',
      path: `/${resource}/:id`,
      handler: (ctx) => json(200, singleView(ctx, shown(found({ get: (id: string) => byId(ctx, id) }, ctx.params.id)))),
    },
  ];
}

// Links into the lists live with the data (world/reference_data.ts); re-exported for resources.
export { countryGroupLink, countryLink, currencyLink, paymentMethodLink };

// ------------------------------------------------------------------ lists that read the business

const perCountry = (f: (c: CountryCode) => readonly RefItem[]) => (_ctx: RequestContext, b: BusinessRecord) => f(b.country);

/** Tax types of the business's country, linking the business's own tax rates of each type. */
function taxTypes(ctx: RequestContext, b: BusinessRecord): RefItem[] {
  const seeds = COUNTRY_PROFILES[b.country].taxRates;
  const rates = [...col<{ id: string; displayed_as: string; name: string }>(ctx, 'tax_rates').values()];
  return TAX_TYPES[b.country].map((t) => ({
    id: t.id,
    displayed_as: t.name,
    attributes: {
      federal_tax: t.federal,
      country: countryLink(b.country),
      address_regions: (t.regions ?? []).map((r) => refLink('address_regions', ADDRESS_REGIONS, r)),
      tax_rates: rates
        .filter((r) => t.rates(seeds.find((s) => s.name === r.name)?.key ?? ''))
        .map((r) => link('tax_rates', r.id, r.displayed_as)),
    },
  }));
}

/** One chart-of-accounts template per country, made of the country's accounts (`coa_accounts`). */
const COA_AT = '2011-01-04T00:00:00Z';
const coaTemplateId = (c: CountryCode) => `${c}_STANDARD`;
const eachCountry = (f: (c: CountryCode) => RefItem[]): Record<CountryCode, RefItem[]> =>
  Object.fromEntries((Object.keys(COUNTRY_PROFILES) as CountryCode[]).map((c) => [c, f(c)])) as Record<CountryCode, RefItem[]>;

const COA_TEMPLATES = eachCountry((c) => [
  {
    id: coaTemplateId(c),
    displayed_as: `${COUNTRY_PROFILES[c].name} Standard`,
    attributes: { created_at: COA_AT, updated_at: COA_AT, name: `${COUNTRY_PROFILES[c].name} Standard`, country: countryLink(c) },
  },
]);

const COA_ACCOUNTS = eachCountry((c) =>
  CHART_OF_ACCOUNTS.map((spec) => {
    const [code, name] = spec.local[c];
    return {
      id: `${coaTemplateId(c)}_${code}`,
      displayed_as: `${name} (${code})`,
      template: coaTemplateId(c),
      attributes: {
        created_at: COA_AT,
        updated_at: COA_AT,
        ledger_account_group: ledgerAccountGroupOf(spec.type),
        name,
        control_name: spec.control,
        nominal_code: code,
        ledger_account_type: refLink('ledger_account_types', LEDGER_ACCOUNT_TYPES, spec.type),
        ledger_account_classification: null,
        tax_rate: null,
        fixed_tax_rate: false,
        cis_materials: false,
        cis_labour: false,
      },
    };
  }),
);

/**
 * Exchange rates from the business's currency to every other currency, from a fixed table
 * (`CURRENCY_TABLE`; *guess*: the mock has no market). `/exchange_rates` are the day's rates
 * (updated at midnight of the clock's day), `/live_exchange_rates` the rates retrieved now.
 */
export function exchangeRate(base: string, code: string): { rate: string; inverse_rate: string } | undefined {
  const b = unitsPerPound(base),
    c = unitsPerPound(code);
  if (!b || !c) return undefined;
  const rate = new Dec(c).div(b);
  return { rate: formatDecimal(rate.toDecimalPlaces(6)), inverse_rate: formatDecimal(new Dec(1).div(rate).toDecimalPlaces(6)) };
}

function exchangeRates(live: boolean) {
  return (ctx: RequestContext, b: BusinessRecord): RefItem[] => {
    const at = sageTime(ctx.mock.clock.now());
    const day = `${at.slice(0, 10)}T00:00:00Z`;
    return CURRENCIES.filter((c) => c.id !== b.currency).map((c) => ({
      id: c.id,
      displayed_as: `${b.currency}/${c.id}`,
      attributes: {
        ...(live ? {} : { created_at: day }),
        ...exchangeRate(b.currency, c.id),
        base_currency: currencyLink(b.currency),
        currency: currencyLink(c.id),
        ...(live ? { retrieved_at: at } : {}),
        updated_at: live ? at : day,
      },
    }));
  };
}

// ------------------------------------------------------------------ the lists

const SPECS: RefSpec[] = [
  { resource: 'contact_types', items: CONTACT_TYPES },
  { resource: 'ledger_account_types', items: LEDGER_ACCOUNT_TYPES.map(({ id, displayed_as }) => ({ id, displayed_as })) },
  { resource: 'artefact_statuses', items: ARTEFACT_STATUSES },
  { resource: 'transaction_types', items: TRANSACTION_TYPES },
  { resource: 'bank_account_types', items: BANK_ACCOUNT_TYPES },
  { resource: 'currencies', items: CURRENCIES },
  { resource: 'countries', items: COUNTRIES },
  { resource: 'country_groups', items: COUNTRY_GROUPS },
  { resource: 'payment_methods', items: PAYMENT_METHODS },
  { resource: 'address_types', items: ADDRESS_TYPES },
  { resource: 'contact_person_types', items: CONTACT_PERSON_TYPES },
  { resource: 'attachment_context_types', items: ATTACHMENT_CONTEXTS.map(({ id, displayed_as }) => ({ id, displayed_as })) },
  { resource: 'catalog_item_types', items: CATALOG_ITEM_TYPES },
  { resource: 'quick_entry_types', items: QUICK_ENTRY_TYPES },
  { resource: 'eu_goods_services_types', items: EU_GOODS_SERVICES_TYPES },
  { resource: 'eu_sales_descriptions', items: EU_SALES_DESCRIPTIONS },
  { resource: 'contact_opening_balance_types', items: CONTACT_OPENING_BALANCE_TYPES },
  { resource: 'journal_code_types', items: JOURNAL_CODE_TYPES },
  { resource: 'corrective_reason_codes', items: CORRECTIVE_REASON_CODES },
  { resource: 'ledger_account_classifications', items: LEDGER_ACCOUNT_CLASSIFICATIONS, filters: { ledger_account_type_id: 'type' } },
  { resource: 'business_types', items: BUSINESS_TYPES },
  { resource: 'tax_return_frequencies', items: TAX_RETURN_FREQUENCIES },
  { resource: 'address_regions', items: ADDRESS_REGIONS, filters: { country_id: 'country' } },
  { resource: 'business_activity_types', items: perCountry(BUSINESS_ACTIVITY_TYPES) },
  { resource: 'legal_form_types', items: perCountry(LEGAL_FORM_TYPES) },
  { resource: 'countries_of_registration', items: perCountry(COUNTRIES_OF_REGISTRATION) },
  { resource: 'tax_offices', items: perCountry(TAX_OFFICES) },
  { resource: 'tax_schemes', items: perCountry(TAX_SCHEMES) },
  { resource: 'tax_types', items: taxTypes },
  { resource: 'coa_templates', items: perCountry((c) => COA_TEMPLATES[c]) },
  { resource: 'exchange_rates', items: exchangeRates(false) },
  { resource: 'live_exchange_rates', items: exchangeRates(true) },
  { resource: 'coa_accounts', items: perCountry((c) => COA_ACCOUNTS[c]), filters: { coa_template_id: 'template' } },
];

/** Every reference list's resource name (tests walk them all). */
export const REFERENCE_RESOURCES: readonly string[] = SPECS.map((s) => s.resource);

export const referenceRoutesAll: RouteDef[] = SPECS.flatMap(referenceRoutes);
