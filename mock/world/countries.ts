/**
 * What differs per country: currency, locale, tax rates and the chart of accounts. Clients must
 * read these from the tenant (`/tax_rates`, `/ledger_accounts`), never hard-code them; the mock
 * makes that visible by giving each country its own ids, nominal codes and names.
 */
import type { CountryCode } from './types.ts';

export interface CountryProfile {
  name: string;
  currency: string;
  locale: string;
  /** US and CA tax rate ids are per-business hex GUIDs; the others are mnemonic (`GB_STANDARD`). */
  mnemonicTaxIds: boolean;
  taxRates: TaxRateSeed[];
}

export interface TaxRateSeed {
  /** Mnemonic id (where the country has them) and name. */
  key: string;
  name: string;
  percentage: string;
  agency?: string;
}

export const COUNTRY_PROFILES: Record<CountryCode, CountryProfile> = {
  GB: {
    name: 'United Kingdom',
    currency: 'GBP',
    locale: 'en-GB',
    mnemonicTaxIds: true,
    taxRates: [
      { key: 'GB_STANDARD', name: 'Standard', percentage: '20.0' },
      { key: 'GB_LOWER', name: 'Lower Rate', percentage: '5.0' },
      { key: 'GB_ZERO', name: 'Zero Rated', percentage: '0.0' },
      { key: 'GB_EXEMPT', name: 'Exempt', percentage: '0.0' },
      { key: 'GB_NO_TAX', name: 'No Tax', percentage: '0.0' },
    ],
  },
  IE: {
    name: 'Ireland',
    currency: 'EUR',
    locale: 'en-IE',
    mnemonicTaxIds: true,
    taxRates: [
      { key: 'IE_STANDARD', name: 'Standard', percentage: '23.0' },
      { key: 'IE_LOWER_1', name: 'Reduced', percentage: '13.5' },
      { key: 'IE_LOWER_2', name: 'Second Reduced', percentage: '9.0' },
      { key: 'IE_ZERO', name: 'Zero', percentage: '0.0' },
      { key: 'IE_EXEMPT', name: 'Exempt', percentage: '0.0' },
    ],
  },
  US: {
    name: 'United States',
    currency: 'USD',
    locale: 'en-US',
    mnemonicTaxIds: false,
    taxRates: [
      { key: 'US_STATE', name: 'State Sales Tax', percentage: '6.25', agency: 'State Department of Revenue' },
      { key: 'US_COMBINED', name: 'State and City Sales Tax', percentage: '8.875', agency: 'State Department of Revenue' },
      { key: 'US_NO_TAX', name: 'No Tax', percentage: '0.0' },
    ],
  },
  CA: {
    name: 'Canada',
    currency: 'CAD',
    locale: 'en-CA',
    mnemonicTaxIds: false,
    taxRates: [
      { key: 'CA_GST', name: 'GST', percentage: '5.0', agency: 'Canada Revenue Agency' },
      { key: 'CA_HST_ON', name: 'HST ON', percentage: '13.0', agency: 'Canada Revenue Agency' },
      { key: 'CA_PST_BC', name: 'PST BC', percentage: '7.0', agency: 'BC Ministry of Finance' },
      { key: 'CA_QST', name: 'QST', percentage: '9.975', agency: 'Revenu Québec' },
      { key: 'CA_EXEMPT', name: 'Exempt', percentage: '0.0' },
    ],
  },
  FR: {
    name: 'France',
    currency: 'EUR',
    locale: 'fr-FR',
    mnemonicTaxIds: true,
    taxRates: [
      { key: 'FR_STANDARD', name: 'Taux normal', percentage: '20.0' },
      { key: 'FR_INTERMEDIATE', name: 'Taux intermédiaire', percentage: '10.0' },
      { key: 'FR_REDUCED', name: 'Taux réduit', percentage: '5.5' },
      { key: 'FR_SUPER_REDUCED', name: 'Taux particulier', percentage: '2.1' },
      { key: 'FR_EXEMPT', name: 'Exonéré', percentage: '0.0' },
    ],
  },
  ES: {
    name: 'Spain',
    currency: 'EUR',
    locale: 'es-ES',
    mnemonicTaxIds: true,
    taxRates: [
      { key: 'ES_STANDARD', name: 'General', percentage: '21.0' },
      { key: 'ES_REDUCED', name: 'Reducido', percentage: '10.0' },
      { key: 'ES_SUPER_REDUCED', name: 'Superreducido', percentage: '4.0' },
      { key: 'ES_EXEMPT', name: 'Exento', percentage: '0.0' },
    ],
  },
  DE: {
    name: 'Germany',
    currency: 'EUR',
    locale: 'de-DE',
    mnemonicTaxIds: true,
    taxRates: [
      { key: 'DE_STANDARD', name: 'Regelsteuersatz', percentage: '19.0' },
      { key: 'DE_REDUCED', name: 'Ermäßigter Steuersatz', percentage: '7.0' },
      { key: 'DE_ZERO', name: 'Nullsatz', percentage: '0.0' },
      { key: 'DE_EXEMPT', name: 'Steuerfrei', percentage: '0.0' },
    ],
  },
};

/**
 * The chart of accounts, one row per role, with each country's nominal code and name.
 * `control` marks the accounts the ledger posts to on its own (debtors, creditors, tax).
 */
export type AccountRole =
  | 'debtors'
  | 'creditors'
  | 'bank_current'
  | 'bank_savings'
  | 'cash'
  | 'sales_tax'
  | 'purchase_tax'
  | 'capital'
  | 'retained_earnings'
  | 'sales_goods'
  | 'sales_services'
  | 'other_income'
  | 'cost_of_sales'
  | 'rent'
  | 'office'
  | 'telephone'
  | 'bank_charges'
  | 'depreciation'
  | 'equipment'
  | 'suspense';

export interface AccountRoleSpec {
  role: AccountRole;
  type: string;
  control: string | null;
  /** Where the account is offered: `sales`, `purchasing`, `expenses`, `journals`, `banking`, `other_payments`, `other_receipts`, `reporting`. */
  visibleIn: string[];
  /** [nominal code, name] for GB, IE, US, CA, FR, ES, DE. */
  local: Record<CountryCode, [number, string]>;
}

const ALL = ['journals', 'reporting'];
export const CHART_OF_ACCOUNTS: AccountRoleSpec[] = [
  {
    role: 'equipment',
    type: 'FIXED_ASSETS',
    control: null,
    visibleIn: [...ALL, 'purchasing', 'expenses'],
    local: {
      GB: [20, 'Office Equipment'],
      IE: [20, 'Office Equipment'],
      US: [1500, 'Office Equipment'],
      CA: [1500, 'Office Equipment'],
      FR: [218300, 'Matériel de bureau'],
      ES: [217000, 'Equipos para procesos de información'],
      DE: [420, 'Büroeinrichtung'],
    },
  },
  {
    role: 'debtors',
    type: 'CURRENT_ASSETS',
    control: 'trade_debtors',
    visibleIn: ['reporting'],
    local: {
      GB: [1100, 'Trade Debtors'],
      IE: [1100, 'Trade Debtors'],
      US: [1200, 'Accounts Receivable'],
      CA: [1200, 'Accounts Receivable'],
      FR: [411000, 'Clients'],
      ES: [430000, 'Clientes'],
      DE: [1400, 'Forderungen aus Lieferungen und Leistungen'],
    },
  },
  {
    role: 'bank_current',
    type: 'BANK',
    control: null,
    visibleIn: [...ALL, 'banking'],
    local: {
      GB: [1200, 'Current'],
      IE: [1200, 'Current'],
      US: [1010, 'Checking'],
      CA: [1010, 'Chequing'],
      FR: [512000, 'Banque'],
      ES: [572000, 'Bancos'],
      DE: [1200, 'Bank'],
    },
  },
  {
    role: 'bank_savings',
    type: 'BANK',
    control: null,
    visibleIn: [...ALL, 'banking'],
    local: {
      GB: [1210, 'Savings'],
      IE: [1210, 'Savings'],
      US: [1020, 'Savings'],
      CA: [1020, 'Savings'],
      FR: [512100, 'Banque épargne'],
      ES: [572100, 'Bancos ahorro'],
      DE: [1210, 'Sparkonto'],
    },
  },
  {
    role: 'cash',
    type: 'BANK',
    control: null,
    visibleIn: [...ALL, 'banking'],
    local: {
      GB: [1230, 'Petty Cash'],
      IE: [1230, 'Petty Cash'],
      US: [1000, 'Cash on Hand'],
      CA: [1000, 'Petty Cash'],
      FR: [530000, 'Caisse'],
      ES: [570000, 'Caja'],
      DE: [1000, 'Kasse'],
    },
  },
  {
    role: 'purchase_tax',
    type: 'CURRENT_ASSETS',
    control: 'purchase_tax',
    visibleIn: ['reporting'],
    local: {
      GB: [2201, 'Purchase Tax Control Account'],
      IE: [2201, 'VAT on Purchases'],
      US: [1300, 'Sales Tax Recoverable'],
      CA: [1310, 'GST/HST Input Tax Credits'],
      FR: [445660, 'TVA déductible sur autres biens et services'],
      ES: [472000, 'Hacienda Pública, IVA soportado'],
      DE: [1576, 'Abziehbare Vorsteuer 19%'],
    },
  },
  {
    role: 'creditors',
    type: 'CURRENT_LIABILITY',
    control: 'trade_creditors',
    visibleIn: ['reporting'],
    local: {
      GB: [2100, 'Trade Creditors'],
      IE: [2100, 'Trade Creditors'],
      US: [2000, 'Accounts Payable'],
      CA: [2000, 'Accounts Payable'],
      FR: [401000, 'Fournisseurs'],
      ES: [400000, 'Proveedores'],
      DE: [1600, 'Verbindlichkeiten aus Lieferungen und Leistungen'],
    },
  },
  {
    role: 'sales_tax',
    type: 'CURRENT_LIABILITY',
    control: 'sales_tax',
    visibleIn: ['reporting'],
    local: {
      GB: [2200, 'Sales Tax Control Account'],
      IE: [2200, 'VAT on Sales'],
      US: [2200, 'Sales Tax Payable'],
      CA: [2310, 'GST/HST Payable'],
      FR: [445710, 'TVA collectée'],
      ES: [477000, 'Hacienda Pública, IVA repercutido'],
      DE: [1776, 'Umsatzsteuer 19%'],
    },
  },
  {
    role: 'suspense',
    type: 'CURRENT_LIABILITY',
    control: null,
    visibleIn: ALL,
    local: {
      GB: [9998, 'Suspense Account'],
      IE: [9998, 'Suspense Account'],
      US: [2900, 'Suspense'],
      CA: [2900, 'Suspense'],
      FR: [471000, "Compte d'attente"],
      ES: [555000, 'Partidas pendientes de aplicación'],
      DE: [1590, 'Durchlaufende Posten'],
    },
  },
  {
    role: 'capital',
    type: 'EQUITY',
    control: null,
    visibleIn: ALL,
    local: {
      GB: [3000, 'Capital'],
      IE: [3000, 'Capital'],
      US: [3000, "Owner's Equity"],
      CA: [3000, "Owner's Equity"],
      FR: [101300, 'Capital souscrit - appelé, versé'],
      ES: [100000, 'Capital social'],
      DE: [800, 'Gezeichnetes Kapital'],
    },
  },
  {
    role: 'retained_earnings',
    type: 'EQUITY',
    control: 'retained_earnings',
    visibleIn: ['reporting'],
    local: {
      GB: [3200, 'Retained Earnings'],
      IE: [3200, 'Retained Earnings'],
      US: [3200, 'Retained Earnings'],
      CA: [3200, 'Retained Earnings'],
      FR: [120000, "Résultat de l'exercice"],
      ES: [129000, 'Resultado del ejercicio'],
      DE: [860, 'Gewinnvortrag'],
    },
  },
  {
    role: 'sales_goods',
    type: 'SALES',
    control: null,
    visibleIn: [...ALL, 'sales', 'other_receipts'],
    local: {
      GB: [4000, 'Sales Type A'],
      IE: [4000, 'Sales Type A'],
      US: [4000, 'Sales'],
      CA: [4000, 'Sales'],
      FR: [707000, 'Ventes de marchandises'],
      ES: [700000, 'Ventas de mercaderías'],
      DE: [8400, 'Erlöse 19% USt'],
    },
  },
  {
    role: 'sales_services',
    type: 'SALES',
    control: null,
    visibleIn: [...ALL, 'sales', 'other_receipts'],
    local: {
      GB: [4001, 'Sales Type B'],
      IE: [4001, 'Sales Type B'],
      US: [4100, 'Service Revenue'],
      CA: [4100, 'Service Revenue'],
      FR: [706000, 'Prestations de services'],
      ES: [705000, 'Prestaciones de servicios'],
      DE: [8300, 'Erlöse 7% USt'],
    },
  },
  {
    role: 'other_income',
    type: 'OTHER_INCOME',
    control: null,
    visibleIn: [...ALL, 'sales', 'other_receipts'],
    local: {
      GB: [4900, 'Miscellaneous Income'],
      IE: [4900, 'Miscellaneous Income'],
      US: [4900, 'Other Income'],
      CA: [4900, 'Other Income'],
      FR: [758000, 'Produits divers de gestion courante'],
      ES: [759000, 'Ingresos por servicios diversos'],
      DE: [2700, 'Sonstige Erträge'],
    },
  },
  {
    role: 'cost_of_sales',
    type: 'DIRECT_EXPENSES',
    control: null,
    visibleIn: [...ALL, 'purchasing', 'expenses', 'other_payments'],
    local: {
      GB: [5000, 'Cost of sales - goods'],
      IE: [5000, 'Cost of sales - goods'],
      US: [5000, 'Cost of Goods Sold'],
      CA: [5000, 'Cost of Goods Sold'],
      FR: [607000, 'Achats de marchandises'],
      ES: [600000, 'Compras de mercaderías'],
      DE: [3400, 'Wareneingang 19% Vorsteuer'],
    },
  },
  {
    role: 'rent',
    type: 'OVERHEADS',
    control: null,
    visibleIn: [...ALL, 'purchasing', 'expenses', 'other_payments'],
    local: {
      GB: [7100, 'Rent and rates'],
      IE: [7100, 'Rent and rates'],
      US: [6300, 'Rent Expense'],
      CA: [6300, 'Rent Expense'],
      FR: [613200, 'Locations immobilières'],
      ES: [621000, 'Arrendamientos y cánones'],
      DE: [4210, 'Miete'],
    },
  },
  {
    role: 'office',
    type: 'OVERHEADS',
    control: null,
    visibleIn: [...ALL, 'purchasing', 'expenses', 'other_payments'],
    local: {
      GB: [7500, 'Office costs'],
      IE: [7500, 'Office costs'],
      US: [6400, 'Office Supplies'],
      CA: [6400, 'Office Supplies'],
      FR: [606400, 'Fournitures administratives'],
      ES: [629000, 'Otros servicios'],
      DE: [4930, 'Bürobedarf'],
    },
  },
  {
    role: 'telephone',
    type: 'OVERHEADS',
    control: null,
    visibleIn: [...ALL, 'purchasing', 'expenses', 'other_payments'],
    local: {
      GB: [7502, 'Telephone and internet'],
      IE: [7502, 'Telephone and internet'],
      US: [6500, 'Telephone Expense'],
      CA: [6500, 'Telephone Expense'],
      FR: [626000, 'Frais postaux et de télécommunications'],
      ES: [628000, 'Suministros'],
      DE: [4920, 'Telefon'],
    },
  },
  {
    role: 'bank_charges',
    type: 'OVERHEADS',
    control: null,
    visibleIn: [...ALL, 'purchasing', 'expenses', 'other_payments', 'banking'],
    local: {
      GB: [7900, 'Bank charges and interest'],
      IE: [7900, 'Bank charges and interest'],
      US: [6600, 'Bank Service Charges'],
      CA: [6600, 'Bank Service Charges'],
      FR: [627000, 'Services bancaires et assimilés'],
      ES: [626000, 'Servicios bancarios y similares'],
      DE: [4970, 'Nebenkosten des Geldverkehrs'],
    },
  },
  {
    role: 'depreciation',
    type: 'DEPRECIATION',
    control: null,
    visibleIn: ALL,
    local: {
      GB: [8000, 'Depreciation'],
      IE: [8000, 'Depreciation'],
      US: [6900, 'Depreciation Expense'],
      CA: [6900, 'Depreciation Expense'],
      FR: [681100, 'Dotations aux amortissements'],
      ES: [681000, 'Amortización del inmovilizado material'],
      DE: [4830, 'Abschreibungen auf Sachanlagen'],
    },
  },
];
