/** Records of the global scope: who exists, which apps are registered, who may reach which business. */
export const COUNTRIES = ['GB', 'IE', 'US', 'CA', 'FR', 'ES', 'DE'] as const;
export type CountryCode = (typeof COUNTRIES)[number];

export interface UserRecord {
  id: string;
  displayed_as: string;
  first_name: string;
  last_name: string;
  initials: string;
  email: string;
  locale: string;
  created_at: string;
  updated_at: string;
  /** Internal: the lead business (first business the user created, or first they were invited to). */
  lead_business_id: string | null;
  [key: string]: unknown;
}

export interface AppRecord {
  id: string;
  client_id: string;
  client_secret: string;
  name: string;
  redirect_uris: string[];
  created_at: string;
  [key: string]: unknown;
}

export interface BusinessRecord {
  id: string;
  displayed_as: string;
  name: string;
  country: CountryCode;
  currency: string;
  address_line_1: string;
  address_line_2: string;
  city: string;
  region: string;
  postal_code: string;
  telephone: string;
  mobile: string;
  website: string;
  is_demo: boolean;
  subscription_active: boolean;
  /** The subscription is paid by the business's accountant (`status: "accountant_pays"`) rather than the business. */
  accountant_pays?: boolean;
  owner_id: string;
  created_at: string;
  updated_at: string;
  [key: string]: unknown;
}

export interface MembershipRecord {
  id: string;
  user_id: string;
  business_id: string;
  role: 'owner' | 'invited';
  created_at: string;
  [key: string]: unknown;
}

/** Scope name of the records that belong to no business. */
export const GLOBAL = 'global';

export interface WorldOptions {
  /** Contacts per business: one number for all, or per country. Default 24. */
  contacts?: number | Partial<Record<CountryCode, number>>;
}

/** What a seeded world holds: its users, apps and one business per country. */
export interface SeedSummary {
  users: string[];
  apps: string[];
  businesses: Record<CountryCode, string>;
}
