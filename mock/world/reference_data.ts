/**
 * The rest of Sage's reference lists: currencies, countries, payment methods, address and contact
 * person types, tax types and schemes, charts-of-accounts templates and the other type lists.
 * Plain data; `mock/resources/reference.ts` serves it. Lists that differ per country are functions
 * of the country. Mnemonic ids follow Sage where its guides show them (`GBP`, `GB`, `BACS`,
 * `DELIVERY`, `SALES_INVOICE`); the others, and every list's contents beyond that, are a *guess*.
 */
import { refLink, type Link } from '../core/records.ts';
import type { CountryCode } from './types.ts';
import type { RefItem } from './reference.ts';

const items = (pairs: [string, string][]): RefItem[] => pairs.map(([id, displayed_as]) => ({ id, displayed_as }));

/** ISO 4217 code, name, and units per 1 GBP (a fixed table: the mock's exchange rates; *guess*). */
export const CURRENCY_TABLE: [string, string, string][] = [
  ['GBP', 'Pound Sterling', '1.0'],
  ['EUR', 'Euro', '1.17'],
  ['USD', 'US Dollar', '1.27'],
  ['CAD', 'Canadian Dollar', '1.73'],
  ['AUD', 'Australian Dollar', '1.93'],
  ['CHF', 'Swiss Franc', '1.12'],
  ['JPY', 'Japanese Yen', '190.5'],
  ['SEK', 'Swedish Krona', '13.6'],
  ['NOK', 'Norwegian Krone', '13.7'],
  ['DKK', 'Danish Krone', '8.72'],
  ['PLN', 'Polish Zloty', '5.05'],
  ['CZK', 'Czech Koruna', '29.4'],
  ['HUF', 'Hungarian Forint', '460.0'],
  ['NZD', 'New Zealand Dollar', '2.12'],
  ['ZAR', 'South African Rand', '23.4'],
  ['HKD', 'Hong Kong Dollar', '9.9'],
  ['SGD', 'Singapore Dollar', '1.7'],
  ['CNY', 'Yuan Renminbi', '9.15'],
  ['INR', 'Indian Rupee', '106.0'],
  ['MXN', 'Mexican Peso', '21.9'],
  ['BRL', 'Brazilian Real', '6.9'],
];

export const CURRENCIES: RefItem[] = CURRENCY_TABLE.map(([id, name]) => ({ id, displayed_as: `${name} (${id})` }));

/** Units of `code` per 1 GBP. */
export function unitsPerPound(code: string): string | undefined {
  return CURRENCY_TABLE.find(([c]) => c === code)?.[2];
}

const EU = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

const COUNTRY_NAMES: [string, string][] = [
  ['AT', 'Austria'],
  ['AU', 'Australia'],
  ['BE', 'Belgium'],
  ['BG', 'Bulgaria'],
  ['BR', 'Brazil'],
  ['CA', 'Canada'],
  ['CH', 'Switzerland'],
  ['CN', 'China'],
  ['CY', 'Cyprus'],
  ['CZ', 'Czech Republic'],
  ['DE', 'Germany'],
  ['DK', 'Denmark'],
  ['EE', 'Estonia'],
  ['ES', 'Spain'],
  ['FI', 'Finland'],
  ['FR', 'France'],
  ['GB', 'United Kingdom'],
  ['GR', 'Greece'],
  ['HK', 'Hong Kong'],
  ['HR', 'Croatia'],
  ['HU', 'Hungary'],
  ['IE', 'Ireland'],
  ['IN', 'India'],
  ['IS', 'Iceland'],
  ['IT', 'Italy'],
  ['JP', 'Japan'],
  ['LI', 'Liechtenstein'],
  ['LT', 'Lithuania'],
  ['LU', 'Luxembourg'],
  ['LV', 'Latvia'],
  ['MT', 'Malta'],
  ['MX', 'Mexico'],
  ['NL', 'Netherlands'],
  ['NO', 'Norway'],
  ['NZ', 'New Zealand'],
  ['PL', 'Poland'],
  ['PT', 'Portugal'],
  ['RO', 'Romania'],
  ['SE', 'Sweden'],
  ['SG', 'Singapore'],
  ['SI', 'Slovenia'],
  ['SK', 'Slovakia'],
  ['US', 'United States'],
  ['ZA', 'South Africa'],
];

/** `displayed_as` as Sage's links show it: `United Kingdom (GB)`. */
export const COUNTRIES: RefItem[] = COUNTRY_NAMES.map(([id, name]) => ({ id, displayed_as: `${name} (${id})` }));

/** The country group an address in `code` belongs to (*guess*: EU members, everyone else). */
export function countryGroupOf(code: string): string {
  return EU.has(code) ? 'EU' : 'NON_EU';
}

export const COUNTRY_GROUPS: RefItem[] = items([
  ['EU', 'European Union'],
  ['NON_EU', 'Rest of the World'],
]);

export const PAYMENT_METHODS: RefItem[] = items([
  ['BACS', 'Bank Transfer'],
  ['CASH', 'Cash'],
  ['CHEQUE', 'Cheque'],
  ['CREDIT_DEBIT', 'Credit/Debit Card'],
  ['ALTERNATIVE_PAYMENT', 'Alternative Payment'],
  ['CHECK', 'Check'],
]);

export const ADDRESS_TYPES: RefItem[] = items([
  ['DELIVERY', 'Delivery'],
  ['ACCOUNTS', 'Accounts'],
  ['SALES', 'Sales'],
  ['PURCHASING', 'Purchasing'],
]);

export const CONTACT_PERSON_TYPES: RefItem[] = items([
  ['ACCOUNTS', 'Accounts'],
  ['SALES', 'Sales'],
  ['PURCHASING', 'Purchasing'],
]);

/** What an attachment can hang on, and the collection holding those records. */
export const ATTACHMENT_CONTEXTS: (RefItem & { collection: string })[] = [
  ['SALES_INVOICE', 'Sales Invoice', 'sales_invoices'],
  ['SALES_CREDIT_NOTE', 'Sales Credit Note', 'sales_credit_notes'],
  ['SALES_QUOTE', 'Sales Quote', 'sales_quotes'],
  ['SALES_ESTIMATE', 'Sales Estimate', 'sales_estimates'],
  ['PURCHASE_INVOICE', 'Purchase Invoice', 'purchase_invoices'],
  ['PURCHASE_CREDIT_NOTE', 'Purchase Credit Note', 'purchase_credit_notes'],
  ['CONTACT', 'Contact', 'contacts'],
  ['CONTACT_PAYMENT', 'Contact Payment', 'contact_payments'],
  ['OTHER_PAYMENT', 'Other Payment', 'other_payments'],
  ['BANK_TRANSFER', 'Bank Transfer', 'bank_transfers'],
  ['BANK_DEPOSIT', 'Bank Deposit', 'bank_deposits'],
  ['JOURNAL', 'Journal', 'journals'],
].map(([id, displayed_as, collection]) => ({ id: id!, displayed_as: displayed_as!, collection: collection! }));

export const CATALOG_ITEM_TYPES: RefItem[] = items([
  ['STOCK_ITEM', 'Stock'],
  ['NON_STOCK_ITEM', 'Non-Stock'],
  ['SERVICE', 'Service'],
]);
export const QUICK_ENTRY_TYPES: RefItem[] = items([
  ['INVOICE', 'Invoice'],
  ['CREDIT_NOTE', 'Credit Note'],
]);
export const EU_GOODS_SERVICES_TYPES: RefItem[] = items([
  ['GOODS', 'Goods'],
  ['SERVICES', 'Services'],
]);
export const EU_SALES_DESCRIPTIONS: RefItem[] = items([
  ['GOODS', 'Goods'],
  ['SERVICES', 'Services'],
  ['TRIANGULATION', 'Triangulation'],
]);
export const CONTACT_OPENING_BALANCE_TYPES: RefItem[] = items([
  ['INVOICE', 'Invoice'],
  ['CREDIT_NOTE', 'Credit Note'],
]);
export const JOURNAL_CODE_TYPES: RefItem[] = items([
  ['SALES', 'Sales'],
  ['PURCHASES', 'Purchases'],
  ['BANK', 'Bank'],
  ['CASH', 'Cash'],
  ['OTHER', 'Other Operations'],
]);
export const CORRECTIVE_REASON_CODES: RefItem[] = items([
  ['R1', 'Error fundado en derecho y art. 80 Uno, Dos y Seis LIVA'],
  ['R2', 'Art. 80 Tres LIVA'],
  ['R3', 'Art. 80 Cuatro LIVA'],
  ['R4', 'Resto'],
  ['R5', 'Facturas simplificadas'],
]);

/** Classifications, each under one ledger account type (the `ledger_account_type_id` filter). */
export const LEDGER_ACCOUNT_CLASSIFICATIONS: (RefItem & { type: string })[] = [
  ['SALES_REVENUE', 'Sales Revenue', 'SALES'],
  ['OTHER_INCOME', 'Other Income', 'OTHER_INCOME'],
  ['COST_OF_SALES', 'Cost of Sales', 'DIRECT_EXPENSES'],
  ['ADMINISTRATIVE_EXPENSES', 'Administrative Expenses', 'OVERHEADS'],
  ['DEPRECIATION', 'Depreciation', 'DEPRECIATION'],
  ['TRADE_DEBTORS', 'Trade Debtors', 'CURRENT_ASSETS'],
  ['PREPAYMENTS', 'Prepayments', 'CURRENT_ASSETS'],
  ['TANGIBLE_ASSETS', 'Tangible Assets', 'FIXED_ASSETS'],
  ['CASH_AT_BANK', 'Cash at Bank and in Hand', 'BANK'],
  ['TRADE_CREDITORS', 'Trade Creditors', 'CURRENT_LIABILITY'],
  ['TAXATION', 'Taxation and Social Security', 'CURRENT_LIABILITY'],
  ['LONG_TERM_LOANS', 'Long Term Loans', 'FUTURE_LIABILITY'],
  ['SHARE_CAPITAL', 'Share Capital', 'EQUITY'],
  ['RESERVES', 'Reserves', 'EQUITY'],
].map(([id, displayed_as, type]) => ({ id: id!, displayed_as: displayed_as!, type: type! }));

/** The group a ledger account type reports under (`ledger_account_group`; *guess*). */
export function ledgerAccountGroupOf(type: string): { id: string; displayed_as: string } {
  if (type === 'SALES' || type === 'OTHER_INCOME') return { id: 'INCOME', displayed_as: 'Income' };
  if (type === 'DIRECT_EXPENSES' || type === 'OVERHEADS' || type === 'DEPRECIATION')
    return { id: 'EXPENDITURE', displayed_as: 'Expenditure' };
  if (type === 'EQUITY') return { id: 'EQUITY', displayed_as: 'Equity' };
  if (type === 'CURRENT_LIABILITY' || type === 'FUTURE_LIABILITY' || type === 'LINE_OF_CREDIT')
    return { id: 'LIABILITY', displayed_as: 'Liability' };
  return { id: 'ASSET', displayed_as: 'Asset' };
}

export const BUSINESS_TYPES: RefItem[] = [
  ['SOLE_TRADER', 'Sole Trader', 'A business owned and run by one person'],
  ['PARTNERSHIP', 'Partnership', 'A business owned by two or more partners'],
  ['LIMITED_COMPANY', 'Limited Company', 'A company with its own legal identity'],
  ['LLP', 'Limited Liability Partnership', 'A partnership whose partners have limited liability'],
  ['CHARITY', 'Charity', 'A charity or not-for-profit organisation'],
].map(([id, name, description]) => ({ id: id!, displayed_as: name!, attributes: { name, description } }));

export const TAX_RETURN_FREQUENCIES: RefItem[] = items([
  ['MONTHLY', 'Monthly'],
  ['QUARTERLY', 'Quarterly'],
  ['ANNUALLY', 'Annually'],
]);

const byCountry =
  <T>(table: Partial<Record<CountryCode, T[]>>) =>
  (c: CountryCode): T[] =>
    table[c] ?? [];

export const BUSINESS_ACTIVITY_TYPES = byCountry<RefItem>({
  FR: items([
    ['COMMERCIAL', 'Commerciale'],
    ['ARTISANAL', 'Artisanale'],
    ['LIBERAL', 'Libérale'],
    ['AGRICULTURAL', 'Agricole'],
  ]),
});

export const LEGAL_FORM_TYPES = byCountry<RefItem>({
  FR: items([
    ['EI', 'Entreprise individuelle'],
    ['EURL', 'EURL'],
    ['SARL', 'SARL'],
    ['SAS', 'SAS'],
    ['SASU', 'SASU'],
    ['SA', 'SA'],
  ]),
  ES: items([
    ['AUTONOMO', 'Autónomo'],
    ['SL', 'Sociedad Limitada'],
    ['SA', 'Sociedad Anónima'],
  ]),
  DE: items([
    ['EINZELUNTERNEHMEN', 'Einzelunternehmen'],
    ['GBR', 'GbR'],
    ['GMBH', 'GmbH'],
    ['UG', 'UG (haftungsbeschränkt)'],
    ['AG', 'AG'],
  ]),
});

export const COUNTRIES_OF_REGISTRATION = byCountry<RefItem>({
  GB: items([
    ['ENGLAND_WALES', 'England and Wales'],
    ['SCOTLAND', 'Scotland'],
    ['NORTHERN_IRELAND', 'Northern Ireland'],
    ['WALES', 'Wales'],
  ]),
});

export const TAX_OFFICES = byCountry<RefItem>({
  DE: [
    ['1116', 'Finanzamt Berlin Mitte/Tiergarten'],
    ['2743', 'Finanzamt München'],
    ['5117', 'Finanzamt Köln-Altstadt'],
  ].map(([n, name]) => ({ id: `DE_${n}`, displayed_as: `${name} (${n})`, attributes: { office_number: n, name } })),
  ES: [
    ['28600', 'Delegación de Madrid'],
    ['08600', 'Delegación de Barcelona'],
  ].map(([n, name]) => ({ id: `ES_${n}`, displayed_as: `${name} (${n})`, attributes: { office_number: n, name } })),
});

export const TAX_SCHEMES = byCountry<RefItem>({
  GB: items([
    ['STANDARD', 'Standard'],
    ['CASH_BASED', 'Cash Accounting'],
    ['FLAT_RATE_ACCRUAL', 'Flat Rate (Invoice Based)'],
    ['FLAT_RATE_CASH', 'Flat Rate (Cash Based)'],
    ['NOT_REGISTERED', 'Not Registered'],
  ]),
  IE: items([
    ['STANDARD', 'Invoice Basis'],
    ['CASH_BASED', 'Cash Receipts Basis'],
    ['NOT_REGISTERED', 'Not Registered'],
  ]),
  FR: items([
    ['STANDARD', 'Débits'],
    ['CASH_BASED', 'Encaissements'],
    ['FRANCHISE', 'Franchise en base'],
  ]),
  ES: items([
    ['STANDARD', 'Régimen general'],
    ['CASH_BASED', 'Criterio de caja'],
  ]),
  DE: items([
    ['STANDARD', 'Soll-Versteuerung'],
    ['CASH_BASED', 'Ist-Versteuerung'],
    ['SMALL_BUSINESS', 'Kleinunternehmer'],
  ]),
});

const US_STATES: [string, string][] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];
const CA_PROVINCES: [string, string][] = [
  ['AB', 'Alberta'],
  ['BC', 'British Columbia'],
  ['MB', 'Manitoba'],
  ['NB', 'New Brunswick'],
  ['NL', 'Newfoundland and Labrador'],
  ['NS', 'Nova Scotia'],
  ['NT', 'Northwest Territories'],
  ['NU', 'Nunavut'],
  ['ON', 'Ontario'],
  ['PE', 'Prince Edward Island'],
  ['QC', 'Quebec'],
  ['SK', 'Saskatchewan'],
  ['YT', 'Yukon'],
];

/** Address regions (states, provinces) with the country they belong to (the `country_id` filter). */
export const ADDRESS_REGIONS: (RefItem & { country: string })[] = [
  ...US_STATES.map(([code, name]) => ({ id: `US_${code}`, displayed_as: name, country: 'US', attributes: { code, name } })),
  ...CA_PROVINCES.map(([code, name]) => ({ id: `CA_${code}`, displayed_as: name, country: 'CA', attributes: { code, name } })),
];

/**
 * Tax types per country; `rates` picks the business's tax rates of the type by their seed key
 * (`mock/world/countries.ts`), `regions` the address regions it applies to.
 */
export interface TaxTypeSeed {
  id: string;
  name: string;
  federal: boolean;
  rates: (key: string) => boolean;
  regions?: string[];
}

const all = () => true;
export const TAX_TYPES: Record<CountryCode, TaxTypeSeed[]> = {
  GB: [{ id: 'GB_VAT', name: 'VAT', federal: true, rates: all }],
  IE: [{ id: 'IE_VAT', name: 'VAT', federal: true, rates: all }],
  FR: [{ id: 'FR_TVA', name: 'TVA', federal: true, rates: all }],
  ES: [{ id: 'ES_IVA', name: 'IVA', federal: true, rates: all }],
  DE: [{ id: 'DE_UST', name: 'USt', federal: true, rates: all }],
  US: [{ id: 'US_SALES_TAX', name: 'Sales Tax', federal: false, rates: all }],
  CA: [
    { id: 'CA_GST', name: 'GST', federal: true, rates: (k) => k === 'CA_GST' || k === 'CA_EXEMPT' },
    {
      id: 'CA_HST',
      name: 'HST',
      federal: true,
      rates: (k) => k.startsWith('CA_HST'),
      regions: ['CA_ON', 'CA_NB', 'CA_NL', 'CA_NS', 'CA_PE'],
    },
    { id: 'CA_PST', name: 'PST', federal: false, rates: (k) => k.startsWith('CA_PST'), regions: ['CA_BC', 'CA_MB', 'CA_SK'] },
    { id: 'CA_QST', name: 'QST', federal: false, rates: (k) => k === 'CA_QST', regions: ['CA_QC'] },
  ],
};

// ------------------------------------------------------------------ links into the lists

/**
 * Links to reference data are shared objects, made once per id: a world of 100,000 contacts holds
 * one `GBP` link, not 100,000. Like every stored value they are read-only (writes go through `put`
 * with new objects).
 */
const sharedLinks = new Map<string, Link>();
export function shared(key: string, make: () => Link): Link {
  let l = sharedLinks.get(key);
  if (!l) sharedLinks.set(key, (l = make()));
  return l;
}

export function countryLink(code: string): Link {
  return shared(`countries/${code}`, () => refLink('countries', COUNTRIES, code));
}
export function currencyLink(code: string): Link {
  return shared(`currencies/${code}`, () => refLink('currencies', CURRENCIES, code));
}
export function countryGroupLink(code: string): Link {
  const group = countryGroupOf(code);
  return shared(`country_groups/${group}`, () => refLink('country_groups', COUNTRY_GROUPS, group));
}
export function paymentMethodLink(id: string): Link {
  return shared(`payment_methods/${id}`, () => refLink('payment_methods', PAYMENT_METHODS, id));
}
