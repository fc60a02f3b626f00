/**
 * Settings: one record per business for each of `/financial_settings`, `/invoice_settings`,
 * `/business_settings`, `/cis_settings`, `/datev_settings`, `/email_settings` and `/migrations`.
 * `GET` answers the business's settings (its country's defaults until a `PUT` changed them);
 * `PUT` takes the writable fields Sage lists, checks them (422 naming the field) and answers the
 * whole record. Other modules read them through `settingsOf` (credit days, number prefixes...).
 *
 * One small table per settings resource says what each field is; the kit does the rest.
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { json } from '../core/http.ts';
import { formatDecimal } from '../core/money.ts';
import { link, type Link } from '../core/records.ts';
import type { StoredRecord } from '../store/index.ts';
import { CHART_OF_ACCOUNTS, type AccountRole } from '../world/countries.ts';
import { GLOBAL, type BusinessRecord, type UserRecord } from '../world/types.ts';
import { FieldReader, business, col, envelopeOf, linkTo, now } from './kit.ts';
import { currencyLink } from './reference.ts';
import type { LedgerAccountRecord } from './ledger_accounts.ts';

/** A settings field: its kind; `ref` fields are written as `<name>_id` and shown as a link. */
type Kind =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'timestamp'
  | 'messages'
  | { ref: string }
  | { choice: readonly { id: string; displayed_as: string }[] }
  | { object: Record<string, Kind> }
  | { counter: string };

interface SettingsSpec {
  resource: string;
  /** Writable fields (read-only ones are only in `defaults`). */
  fields: Record<string, Kind>;
  defaults: (ctx: RequestContext, b: BusinessRecord) => Record<string, unknown>;
}

const SETTINGS = 'settings';

interface SettingsRecord extends StoredRecord {
  values: Record<string, unknown>;
}

const specs = new Map<string, SettingsSpec>();

/** The stored settings, or the country's defaults (not stored until changed). */
function stored(ctx: RequestContext, spec: SettingsSpec): Record<string, unknown> {
  return col<SettingsRecord>(ctx, SETTINGS).get(spec.resource)?.values ?? spec.defaults(ctx, business(ctx));
}

/** Counters live with the ledger's numbering (`counters` collection, one per document series). */
interface CounterRecord extends StoredRecord {
  next: number;
}

function render(ctx: RequestContext, spec: SettingsSpec): Record<string, unknown> {
  const values = stored(ctx, spec);
  const out: Record<string, unknown> = { $path: `/${spec.resource}`, ...values };
  for (const [k, kind] of Object.entries(spec.fields)) {
    if (typeof kind === 'object' && 'counter' in kind) out[k] = col<CounterRecord>(ctx, 'counters').get(kind.counter)?.next ?? 1;
  }
  return out;
}

/** The current settings of the routed business (what `GET /{resource}` shows). */
export function settingsOf(
  ctx: RequestContext,
  resource:
    | 'financial_settings'
    | 'invoice_settings'
    | 'business_settings'
    | 'cis_settings'
    | 'datev_settings'
    | 'email_settings'
    | 'migrations',
): Record<string, unknown> {
  return render(ctx, specs.get(resource)!);
}

/** Credit days for a new contact: the invoice settings' customer or vendor credit days. */
export function defaultCreditDays(ctx: RequestContext, vendor: boolean): number {
  const s = settingsOf(ctx, 'invoice_settings');
  return Number((vendor ? s.vendor_credit_days : s.customer_credit_days) ?? 30);
}

/** Reads one field of a PUT body by its kind; undefined when not sent. */
function readField(ctx: RequestContext, f: FieldReader, key: string, kind: Kind, prev: unknown): [string, unknown] | undefined {
  if (typeof kind === 'object' && 'ref' in kind) {
    const k = `${key}_id`;
    if (!(k in f.data)) return undefined;
    if (f.data[k] === null || f.data[k] === '') return [key, null];
    const id = f.string(k);
    if (id === undefined) return undefined;
    const l = linkTo(ctx, kind.ref, id);
    if (!l) return void f.fail(k, 'is invalid');
    return [key, l];
  }
  if (typeof kind === 'object' && 'choice' in kind) {
    const k = `${key}_id`;
    const id = f.string(k);
    if (id === undefined) return undefined;
    const item = kind.choice.find((c) => c.id === id);
    if (!item) return void f.fail(k, 'is invalid');
    return [key, { id: item.id, displayed_as: item.displayed_as }];
  }
  if (!f.has(key)) return undefined;
  if (f.data[key] === null && kind !== 'boolean' && typeof kind !== 'object') return [key, null];
  switch (kind) {
    case 'string':
      return [key, f.string(key, { max: 2000 }) ?? ''];
    case 'boolean': {
      const v = f.boolean(key);
      return v === undefined ? undefined : [key, v];
    }
    case 'integer': {
      const v = f.integer(key, { min: 0, max: 2 ** 31 - 1 });
      return v === undefined ? undefined : [key, v];
    }
    case 'decimal': {
      const v = f.money(key, { min: 0 });
      return v === undefined ? undefined : [key, formatDecimal(v)];
    }
    case 'date': {
      const v = f.date(key);
      return v === undefined ? undefined : [key, v];
    }
    case 'timestamp': {
      const v = f.string(key);
      if (v === undefined) return undefined;
      if (Number.isNaN(Date.parse(v))) return void f.fail(key, 'is invalid');
      return [key, v];
    }
    case 'messages': {
      const list = f.array(key);
      if (!list) return undefined;
      const out: Record<string, string>[] = [];
      list.forEach((m, i) => {
        const mf = new FieldReader(m && typeof m === 'object' && !Array.isArray(m) ? (m as Record<string, unknown>) : {}, `${key}[${i}]`);
        out.push({
          message_type: mf.string('message_type', { required: true }) ?? '',
          locale: mf.string('locale') ?? '',
          message: mf.string('message', { max: 5000 }) ?? '',
        });
        f.v.items.push(...mf.v.items);
      });
      return [key, out];
    }
  }
  if ('object' in kind) {
    const obj = f.object(key);
    if (!obj) return undefined;
    const inner = new FieldReader(obj, f.src(key));
    const base = (prev && typeof prev === 'object' ? prev : {}) as Record<string, unknown>;
    const next: Record<string, unknown> = { ...base };
    for (const [k, kk] of Object.entries(kind.object)) {
      const r = readField(ctx, inner, k, kk, base[k]);
      if (r) next[r[0]] = r[1];
    }
    f.v.items.push(...inner.v.items);
    return [key, next];
  }
  // counter
  const v = f.integer(key, { min: 1, max: 2 ** 31 - 1 });
  return v === undefined ? undefined : [key, v];
}

function settingsRoutes(spec: SettingsSpec): RouteDef[] {
  specs.set(spec.resource, spec);
  return [
    { surface: 'api', method: 'GET', path: `/${spec.resource}`, handler: (ctx) => json(200, render(ctx, spec)) },
    {
      surface: 'api',
      method: 'PUT',
      path: `/${spec.resource}`,
      resource: spec.resource,
      async handler(ctx) {
        const f = new FieldReader(envelopeOf(ctx, spec.resource));
        const prev = stored(ctx, spec);
        const next: Record<string, unknown> = { ...prev };
        const counters: [string, number][] = [];
        for (const [key, kind] of Object.entries(spec.fields)) {
          const r = readField(ctx, f, key, kind, prev[key]);
          if (!r) continue;
          if (typeof kind === 'object' && 'counter' in kind) counters.push([kind.counter, r[1] as number]);
          else next[r[0]] = r[1];
        }
        f.check();
        if ('updated_at' in next) next.updated_at = now(ctx);
        const settings = col<SettingsRecord>(ctx, SETTINGS);
        const rec = { id: spec.resource, values: next };
        if (settings.has(spec.resource)) await settings.put(rec);
        else await settings.insert(rec);
        const counterCol = col<CounterRecord>(ctx, 'counters');
        for (const [series, n] of counters) {
          if (counterCol.has(series)) await counterCol.put({ id: series, next: n });
          else await counterCol.insert({ id: series, next: n });
        }
        return json(200, render(ctx, spec));
      },
    },
  ];
}

// ------------------------------------------------------------------ defaults

/** The business's ledger account of a chart-of-accounts role, as a link (null if it is gone). */
function roleAccount(ctx: RequestContext, b: BusinessRecord, role: AccountRole): Link | null {
  const spec = CHART_OF_ACCOUNTS.find((s) => s.role === role);
  if (!spec) return null;
  const code = spec.local[b.country][0];
  for (const a of col<LedgerAccountRecord>(ctx, 'ledger_accounts').values()) {
    if (a.nominal_code === code) return link('ledger_accounts', a.id, a.displayed_as);
  }
  return null;
}

const DEFAULT_LEDGER_ACCOUNTS: Record<string, AccountRole | null> = {
  bank_charges_ledger_account: 'bank_charges',
  bank_interest_received_ledger_account: 'other_income',
  bank_interest_charges_paid_ledger_account: 'bank_charges',
  exchange_rate_gains_ledger_account: null,
  exchange_rate_losses_ledger_account: null,
  sales_ledger_account: 'sales_goods',
  sales_discount_ledger_account: null,
  purchase_ledger_account: 'cost_of_sales',
  purchase_discount_ledger_account: null,
  product_sales_ledger_account: 'sales_goods',
  product_purchase_ledger_account: 'cost_of_sales',
  service_sales_ledger_account: 'sales_services',
  service_purchase_ledger_account: 'cost_of_sales',
  stock_purchase_ledger_account: 'cost_of_sales',
  other_receipt_ledger_account: 'other_income',
  other_payment_ledger_account: 'office',
  customer_receipt_discount_ledger_account: null,
  vendor_payment_discount_ledger_account: null,
  carriage_ledger_account: null,
};

/** Migration statuses (*guess*: Sage lists no values). */
const MIGRATION_STATUSES = [
  { id: 'NOT_STARTED', displayed_as: 'Not Started' },
  { id: 'IN_PROGRESS', displayed_as: 'In Progress' },
  { id: 'COMPLETED', displayed_as: 'Completed' },
  { id: 'FAILED', displayed_as: 'Failed' },
];

const yearOf = (ctx: RequestContext) => new Date(ctx.mock.clock.now()).getUTCFullYear();

const EU_VAT = new Set(['GB', 'IE', 'FR', 'ES', 'DE']);

export const settingsRoutesAll: RouteDef[] = [
  ...settingsRoutes({
    resource: 'financial_settings',
    fields: {
      year_end_date: 'date',
      year_end_lockdown_date: 'date',
      accounting_type: 'string',
      accounts_start_date: 'date',
      base_currency: { ref: 'currencies' },
      multi_currency_enabled: 'boolean',
      use_live_exchange_rates: 'boolean',
      mtd_activation_status: 'string',
      mtd_connected: 'boolean',
      mtd_authenticated_date: 'date',
      tax_scheme: { ref: 'tax_schemes' },
      tax_return_frequency: { ref: 'tax_return_frequencies' },
      tax_number: 'string',
      general_tax_number: 'string',
      tax_office: { ref: 'tax_offices' },
      default_irpf_rate: 'decimal',
      flat_rate_tax_percentage: 'decimal',
      recoverable_percentage: 'decimal',
      sales_tax_calculation: 'string',
      purchase_tax_calculation: 'string',
      postponed_accounting: 'boolean',
      destination_vat: 'boolean',
    },
    defaults: (ctx, b) => ({
      year_end_date: `${yearOf(ctx)}-12-31`,
      year_end_lockdown_date: null,
      accounting_type: 'accrual',
      accounts_start_date: b.created_at.slice(0, 10),
      base_currency: currencyLink(b.currency),
      multi_currency_enabled: false,
      use_live_exchange_rates: false,
      mtd_activation_status: b.country === 'GB' ? 'active' : null,
      mtd_connected: false,
      mtd_authenticated_date: null,
      tax_scheme: EU_VAT.has(b.country) ? (linkTo(ctx, 'tax_schemes', 'STANDARD') ?? null) : null,
      tax_return_frequency: EU_VAT.has(b.country) ? (linkTo(ctx, 'tax_return_frequencies', 'QUARTERLY') ?? null) : null,
      tax_number: '',
      general_tax_number: '',
      tax_office: null,
      default_irpf_rate: b.country === 'ES' ? '15.0' : null,
      flat_rate_tax_percentage: null,
      recoverable_percentage: null,
      sales_tax_calculation: b.country === 'US' ? 'line' : null,
      purchase_tax_calculation: b.country === 'US' ? 'line' : null,
      updated_at: b.created_at,
      postponed_accounting: false,
      destination_vat: false,
    }),
  }),
  ...settingsRoutes({
    resource: 'invoice_settings',
    fields: {
      next_invoice_number: { counter: 'sales_invoices' },
      next_credit_note_number: { counter: 'sales_credit_notes' },
      separate_invoice_credit_note_numbering: 'boolean',
      sales_invoice_number_prefix: 'string',
      sales_credit_note_number_prefix: 'string',
      invoice_terms_and_conditions: 'string',
      default_note_on_invoice: 'string',
      default_note_on_credit_note: 'string',
      default_note_on_estimate: 'string',
      default_note_on_quote: 'string',
      next_quote_number: { counter: 'sales_quotes' },
      quote_number_prefix: 'string',
      estimate_number_prefix: 'string',
      quote_default_days_to_expiry: 'integer',
      estimate_default_days_to_expiry: 'integer',
      quote_terms_and_conditions: 'string',
      estimate_terms_and_conditions: 'string',
      delivery_note_terms_and_conditions: 'string',
      delivery_note_show_signature: 'boolean',
      delivery_note_show_picked: 'boolean',
      delivery_note_show_notes: 'boolean',
      delivery_note_show_contact_details: 'boolean',
      quick_entry_prefix: 'string',
      late_payment_percentage: 'decimal',
      prompt_payment_percentage: 'decimal',
      show_auto_entrepreneur: 'boolean',
      show_insurance: 'boolean',
      insurer: { ref: 'contacts' },
      insurance_area: 'string',
      insurance_type: 'string',
      insurance_text: 'string',
      payment_bank_account: { ref: 'bank_accounts' },
      sales_corrective_invoice_number_prefix: 'string',
      next_sales_corrective_invoice_number: { counter: 'sales_corrective_invoices' },
      document_headings: {
        object: Object.fromEntries(
          [
            'sales_invoice',
            'sales_credit_note',
            'sales_corrective_invoice',
            'sales_quote',
            'sales_estimate',
            'pro_forma',
            'remittance_advice',
            'statement',
            'delivery_note',
          ].map((k) => [k, 'string' as const]),
        ),
      },
      line_item_titles: { object: { description: 'string', unit_price: 'string', quantity: 'string', discount: 'string' } },
      footer_details: { object: { column_1: 'string', column_2: 'string', column_3: 'string' } },
      print_contact_details: {
        object: Object.fromEntries(
          ['business_name', 'website', 'telephone', 'mobile', 'email_address', 'due_date', 'default_delivery_address'].map((k) => [
            k,
            'boolean' as const,
          ]),
        ),
      },
      print_statements: { object: { days_overdue: 'boolean', table_of_balances: 'boolean' } },
      customer_credit_days: 'integer',
      vendor_credit_days: 'integer',
      customer_credit_terms: 'string',
      vendor_credit_terms: 'string',
    },
    defaults: (_ctx, b) => ({
      separate_invoice_credit_note_numbering: true,
      sales_invoice_number_prefix: 'SI-',
      sales_credit_note_number_prefix: 'SCN-',
      invoice_terms_and_conditions: '',
      default_note_on_invoice: '',
      default_note_on_credit_note: '',
      default_note_on_estimate: '',
      default_note_on_quote: '',
      quote_number_prefix: 'SQ-',
      estimate_number_prefix: 'SE-',
      quote_default_days_to_expiry: 30,
      estimate_default_days_to_expiry: 30,
      quote_terms_and_conditions: '',
      estimate_terms_and_conditions: '',
      delivery_note_terms_and_conditions: '',
      delivery_note_show_signature: true,
      delivery_note_show_picked: true,
      delivery_note_show_notes: true,
      delivery_note_show_contact_details: true,
      quick_entry_prefix: 'QE-',
      late_payment_percentage: null,
      prompt_payment_percentage: null,
      show_auto_entrepreneur: false,
      show_insurance: false,
      insurer: null,
      insurance_area: null,
      insurance_type: null,
      insurance_text: null,
      payment_bank_account: null,
      sales_corrective_invoice_number_prefix: b.country === 'ES' ? 'R-' : null,
      document_headings: {
        sales_invoice: 'Sales Invoice',
        sales_credit_note: 'Sales Credit Note',
        sales_corrective_invoice: 'Corrective Invoice',
        sales_quote: 'Quote',
        sales_estimate: 'Estimate',
        pro_forma: 'Pro-Forma Invoice',
        remittance_advice: 'Remittance Advice',
        statement: 'Statement',
        delivery_note: 'Delivery Note',
      },
      line_item_titles: { description: 'Description', unit_price: 'Unit Price', quantity: 'Qty', discount: 'Discount' },
      footer_details: { column_1: '', column_2: '', column_3: '' },
      print_contact_details: {
        business_name: true,
        website: true,
        telephone: true,
        mobile: false,
        email_address: true,
        due_date: true,
        default_delivery_address: false,
      },
      print_statements: { days_overdue: true, table_of_balances: true },
      customer_credit_days: 30,
      vendor_credit_days: 30,
      customer_credit_terms: '',
      vendor_credit_terms: '',
      updated_at: b.created_at,
    }),
  }),
  ...settingsRoutes({
    resource: 'business_settings',
    fields: {
      siret: 'string',
      management_centre_member: 'boolean',
      rcs_number: 'string',
      share_capital: 'decimal',
      business_activity_type: { ref: 'business_activity_types' },
      legal_form_type: { ref: 'legal_form_types' },
      auxiliary_accounts_visible: 'boolean',
      business_type: { ref: 'business_types' },
      country_of_registration: { ref: 'countries_of_registration' },
      wizard_complete: 'boolean',
      default_ledger_accounts: {
        object: Object.fromEntries(Object.keys(DEFAULT_LEDGER_ACCOUNTS).map((k) => [k, { ref: 'ledger_accounts' }])),
      },
    },
    defaults: (ctx, b) => ({
      siret: null,
      management_centre_member: false,
      rcs_number: null,
      share_capital: null,
      business_activity_type: null,
      legal_form_type: null,
      auxiliary_accounts_visible: false,
      default_ledger_accounts: Object.fromEntries(
        Object.entries(DEFAULT_LEDGER_ACCOUNTS).map(([k, role]) => [k, role ? roleAccount(ctx, b, role) : null]),
      ),
      business_type: linkTo(ctx, 'business_types', 'LIMITED_COMPANY') ?? null,
      country_of_registration: b.country === 'GB' ? (linkTo(ctx, 'countries_of_registration', 'ENGLAND_WALES') ?? null) : null,
      business_created_at: b.created_at,
      updated_at: b.created_at,
      wizard_complete: true,
    }),
  }),
  ...settingsRoutes({
    resource: 'cis_settings',
    fields: {
      unique_tax_reference: 'string',
      contractor: 'boolean',
      subcontractor: 'boolean',
      accounts_office_reference: 'string',
      paye_reference: 'string',
      tax_rate: { ref: 'tax_rates' },
    },
    defaults: () => ({
      unique_tax_reference: null,
      contractor: false,
      subcontractor: false,
      accounts_office_reference: null,
      paye_reference: null,
      tax_rate: null,
    }),
  }),
  ...settingsRoutes({
    resource: 'datev_settings',
    fields: {
      tax_consultant_number: 'integer',
      client_number: 'integer',
      next_customer_number: 'integer',
      next_supplier_number: 'integer',
    },
    defaults: (_ctx, b) => ({
      tax_consultant_number: null,
      client_number: null,
      next_customer_number: 10000,
      next_supplier_number: 70000,
      updated_at: b.created_at,
    }),
  }),
  ...settingsRoutes({
    resource: 'email_settings',
    fields: { pdf_attached: 'boolean', send_bcc: 'boolean', default_messages: 'messages' },
    defaults: (ctx, b) => ({
      default_messages: ['sales_invoice', 'sales_credit_note', 'sales_quote', 'sales_estimate', 'statement'].map((t) => ({
        message_type: t,
        locale: ctx.mock.state.store.collection<UserRecord>(GLOBAL, 'users').get(b.owner_id)?.locale ?? 'en-GB',
        message: '',
      })),
      pdf_attached: true,
      send_bcc: false,
      updated_at: b.created_at,
    }),
  }),
  ...settingsRoutes({
    resource: 'migrations',
    fields: {
      status: { choice: MIGRATION_STATUSES },
      started_at: 'timestamp',
      completed_at: 'timestamp',
      source_product: 'string',
      source_product_version: 'string',
      source_license: 'string',
      source_tool: 'string',
      source_tool_version: 'string',
      schema_id: 'string',
    },
    defaults: (_ctx, b) => ({
      id: b.id,
      status: MIGRATION_STATUSES[0],
      started_at: null,
      completed_at: null,
      source_product: null,
      source_product_version: null,
      source_license: null,
      source_tool: null,
      source_tool_version: null,
      schema_id: null,
    }),
  }),
];
