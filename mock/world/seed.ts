/**
 * The seeded world: the same seed gives the same world, byte for byte.
 *
 * - Users: an owner of three businesses (GB first, so GB is their lead) who is also invited to
 *   a Canadian business; two more owners; one user who was only invited (lead = first invitation).
 * - Apps: two registered apps with client ids of the form `<hex>/<hex>`, secrets, redirect URIs.
 * - Businesses in GB, IE, US, CA, FR, ES, DE with currency, address and an active subscription;
 *   each with its country's tax rates, chart of accounts, bank accounts and contacts
 *   (customers, vendors, some both). Each business draws from its own seeded faker, so its data
 *   does not change when another business is made bigger.
 */
// Faker's per-locale entry points, not its index: the index loads all ~70 locales (~100 ms of
// start-up); these load the seven countries' locales, each already chained to en and base.
import type { Faker, LocaleDefinition } from '@faker-js/faker';
import { faker as fakerDE } from '@faker-js/faker/locale/de';
import { faker as fakerCA } from '@faker-js/faker/locale/en_CA';
import { faker as fakerGB } from '@faker-js/faker/locale/en_GB';
import { faker as fakerIE } from '@faker-js/faker/locale/en_IE';
import { faker as fakerUS } from '@faker-js/faker/locale/en_US';
import { faker as fakerES } from '@faker-js/faker/locale/es';
import { faker as fakerFR } from '@faker-js/faker/locale/fr';
import type { Rng } from '../core/rng.ts';
import { sageTime } from '../core/records.ts';
import type { Store } from '../store/index.ts';
import { CHART_OF_ACCOUNTS, COUNTRY_PROFILES } from './countries.ts';
import { electLead, membershipId } from './access.ts';
import {
  GLOBAL,
  type AppRecord,
  type BusinessRecord,
  type CountryCode,
  type MembershipRecord,
  type SeedSummary,
  type UserRecord,
  type WorldOptions,
} from './types.ts';

export type { SeedSummary, WorldOptions };
import { buildTaxRate, TAX_RATES, type TaxRateRecord } from './records/tax_rates.ts';
import { buildLedgerAccount, LEDGER_ACCOUNTS, type LedgerAccountRecord } from './records/ledger_accounts.ts';
import { buildBankAccount, BANK_ACCOUNTS } from './records/bank_accounts.ts';
import { buildContact, CONTACTS, countryLink, type AddressSeed as Address } from './records/contacts.ts';
import type { PersonInput } from './records/contact_persons.ts';
import { buildBusinessLists } from './records/business_lists.ts';
import { buildTaxProfiles, TAX_PROFILES, type TaxProfileRecord } from './records/tax_profiles.ts';
import { seedJournalCodes } from './records/journal_codes.ts';

type Person = PersonInput;

/** Each country's locale chain (the locale, then en, then base), as faker's own instances merge it. */
const LOCALES: Record<CountryCode, LocaleDefinition> = {
  GB: fakerGB.rawDefinitions,
  IE: fakerIE.rawDefinitions,
  US: fakerUS.rawDefinitions,
  CA: fakerCA.rawDefinitions,
  FR: fakerFR.rawDefinitions,
  ES: fakerES.rawDefinitions,
  DE: fakerDE.rawDefinitions,
};
const FakerClass = fakerGB.constructor as typeof Faker;

/** Who owns what. Index into the users list; the first business a user owns is their lead. */
const LAYOUT: { country: CountryCode; owner: number; invited: number[]; accountantPays?: boolean }[] = [
  { country: 'GB', owner: 0, invited: [3] },
  { country: 'IE', owner: 0, invited: [] },
  { country: 'US', owner: 0, invited: [] },
  { country: 'CA', owner: 1, invited: [0], accountantPays: true },
  { country: 'FR', owner: 1, invited: [] },
  { country: 'ES', owner: 2, invited: [] },
  { country: 'DE', owner: 2, invited: [] },
];

const USER_LOCALES = ['en-GB', 'en-GB', 'es-ES', 'en-GB'];

export async function seedWorld(store: Store, rng: Rng, epoch: number, options: WorldOptions = {}): Promise<SeedSummary> {
  const people = new FakerClass({ locale: LOCALES.GB });
  people.seed(rng.fork('people').int(2 ** 31));
  const at = (minutesBefore: number) => sageTime(epoch - minutesBefore * 60_000);

  const users = store.collection<UserRecord>(GLOBAL, 'users');
  const userIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const first = people.person.firstName();
    const last = people.person.lastName();
    const id = rng.uuid();
    userIds.push(id);
    await users.insert({
      id,
      displayed_as: `${first} ${last}`,
      first_name: first,
      last_name: last,
      initials: `${first[0]}${last[0]}`.toUpperCase(),
      email: people.internet.email({ firstName: first, lastName: last, provider: 'example.com' }).toLowerCase(),
      locale: USER_LOCALES[i]!,
      created_at: at(60 * 24 * 400 - i),
      updated_at: at(60 * 24 * 400 - i),
      lead_business_id: null,
    });
  }

  const apps = store.collection<AppRecord>(GLOBAL, 'apps');
  const appIds: string[] = [];
  const appNames = ['Ledger Sync', 'Invoice Bridge'];
  for (let i = 0; i < appNames.length; i++) {
    const clientId = `${rng.hex(20)}/${rng.hex(20)}`;
    appIds.push(clientId);
    await apps.insert({
      id: clientId,
      client_id: clientId,
      client_secret: rng.hex(40),
      name: appNames[i]!,
      redirect_uris: [
        'http://localhost:3000/callback',
        'http://127.0.0.1:8080/oauth/callback',
        `https://${appNames[i]!.toLowerCase().replace(/ /g, '-')}.example.com/oauth/callback`,
      ],
      created_at: at(60 * 24 * 500 - i),
    });
  }

  const businessIds = {} as Record<CountryCode, string>;
  for (let i = 0; i < LAYOUT.length; i++) {
    const { country, owner, invited, accountantPays } = LAYOUT[i]!;
    const b = await createBusiness(store, rng, {
      label: country,
      country,
      ownerId: userIds[owner]!,
      invitedIds: invited.map((x) => userIds[x]!),
      createdAt: at(60 * 24 * (365 - i * 7)),
      contacts: contactCount(options, country),
      accountantPays,
    });
    businessIds[country] = b.id;
  }
  for (const uid of userIds) await electLead(store, uid);
  return { users: userIds, apps: appIds, businesses: businessIds };
}

/**
 * A business with everything its country brings: tax rates, chart of accounts, bank accounts and
 * `contacts` contacts, owned by one user and shared with others. Its data comes from its own
 * seeded generators (`label` names them), so it does not depend on any other business.
 */
export async function createBusiness(
  store: Store,
  rng: Rng,
  input: {
    label: string;
    country: CountryCode;
    ownerId: string;
    invitedIds?: string[];
    createdAt: string;
    contacts: number;
    name?: string;
    accountantPays?: boolean;
  },
): Promise<BusinessRecord> {
  const { country } = input;
  const profile = COUNTRY_PROFILES[country];
  const fk = new FakerClass({ locale: LOCALES[country] });
  fk.seed(rng.fork(`business:${input.label}`).int(2 ** 31));
  const bRng = rng.fork(`business-ids:${input.label}`);
  const id = bRng.hexId();
  const name = fk.company.name();
  const record: BusinessRecord = {
    id,
    displayed_as: input.name ?? name,
    name: input.name ?? name,
    country,
    currency: profile.currency,
    address_line_1: fk.location.streetAddress(),
    address_line_2: '',
    city: fk.location.city(),
    region: country === 'US' || country === 'CA' ? fk.location.state({ abbreviated: true }) : '',
    postal_code: fk.location.zipCode(),
    telephone: fk.phone.number(),
    mobile: '',
    website: `https://www.${fk.internet.domainWord()}.example.com`,
    is_demo: false,
    subscription_active: true,
    ...(input.accountantPays ? { accountant_pays: true } : {}),
    owner_id: input.ownerId,
    created_at: input.createdAt,
    updated_at: input.createdAt,
  };
  await store.collection<BusinessRecord>(GLOBAL, 'businesses').insert(record);
  const memberships = store.collection<MembershipRecord>(GLOBAL, 'memberships');
  const members: [string, 'owner' | 'invited'][] = [
    [input.ownerId, 'owner'],
    ...(input.invitedIds ?? []).map((u) => [u, 'invited'] as [string, 'invited']),
  ];
  for (const [userId, role] of members) {
    await memberships.insert({ id: membershipId(userId, id), user_id: userId, business_id: id, role, created_at: input.createdAt });
  }
  await seedBusiness(store, bRng, fk, record, input.createdAt, input.contacts);
  return record;
}

function contactCount(options: WorldOptions, country: CountryCode): number {
  const c = options.contacts;
  if (c === undefined) return 24;
  return typeof c === 'number' ? c : (c[country] ?? 24);
}

async function seedBusiness(store: Store, rng: Rng, fk: Faker, b: BusinessRecord, at: string, contacts: number): Promise<void> {
  const profile = COUNTRY_PROFILES[b.country];
  const taxRates = store.collection<TaxRateRecord>(b.id, TAX_RATES);
  for (const t of profile.taxRates) {
    await taxRates.insert(buildTaxRate(profile.mnemonicTaxIds ? t.key : rng.hexId(), t, at));
  }
  for (const [resource, records] of Object.entries(buildBusinessLists(rng.fork('business-lists'), at))) {
    const c = store.collection(b.id, resource);
    for (const r of records) await c.insert(r);
  }
  const profiles = store.collection<TaxProfileRecord>(b.id, TAX_PROFILES);
  for (const p of buildTaxProfiles(b, at)) await profiles.insert(p);
  const ledger = store.collection<LedgerAccountRecord>(b.id, LEDGER_ACCOUNTS);
  const byRole = new Map<string, LedgerAccountRecord>();
  for (const spec of CHART_OF_ACCOUNTS) {
    const [code, name] = spec.local[b.country];
    const rec = buildLedgerAccount({
      id: rng.hexId(),
      at,
      name,
      nominal_code: code,
      type: spec.type,
      control: spec.control,
      visibleIn: spec.visibleIn,
    });
    byRole.set(spec.role, rec);
    await ledger.insert(rec);
  }
  const banks = store.collection(b.id, BANK_ACCOUNTS);
  for (const [role, type] of [
    ['bank_current', 'CHECKING'],
    ['bank_savings', 'SAVINGS'],
    ['cash', 'CASH_IN_HAND'],
  ] as const) {
    const iban =
      role === 'cash' ? '' : fk.finance.iban({ formatted: false, countryCode: ['US', 'CA'].includes(b.country) ? 'GB' : b.country });
    await banks.insert(
      buildBankAccount({
        id: rng.hexId(),
        at,
        ledger: byRole.get(role)!,
        type,
        currency: b.currency,
        details:
          role === 'cash'
            ? {}
            : {
                account_number: fk.finance.accountNumber(8),
                sort_code: b.country === 'GB' ? fk.string.numeric(6) : '',
                bic: fk.finance.bic(),
                iban,
              },
      }),
    );
  }
  await seedJournalCodes(store, b, at);
  const contactsCol = store.collection(b.id, CONTACTS);
  const epoch = Date.parse(at);
  // The first FAKER_CONTACTS contacts are drawn from faker one by one; beyond them (a big world)
  // each contact combines a company, a person and an address drawn from those first ones with a
  // generator of its own: faker's templates cost ~25 µs a contact, a pick costs nothing, and the
  // picked values (strings, and the person and address objects, read-only like every stored
  // value) are shared instead of held once per contact.
  type Drawn = { name: string; letters: string; email: string; person: Person; address: Address };
  const pool: Drawn[] = [];
  const picks = rng.fork('contact-pool');
  const country = countryLink(b.country);
  let inserts: Promise<unknown>[] = [];
  for (let i = 0; i < contacts; i++) {
    const roll = rng.next();
    const types = roll < 0.6 ? CUSTOMER : roll < 0.9 ? VENDOR : BOTH;
    let c: Drawn;
    if (i < FAKER_CONTACTS) {
      const name = fk.company.name();
      const person = `${fk.person.firstName()} ${fk.person.lastName()}`;
      const email = `${person.toLowerCase().replace(/[^a-z]+/g, '.')}@${fk.internet.domainWord()}.example.com`;
      const letters = name
        .toUpperCase()
        .replace(/[^A-Z]/g, '')
        .slice(0, 3)
        .padEnd(3, 'X');
      c = {
        name,
        letters,
        email,
        person: {
          name: person,
          email,
          telephone: fk.phone.number(),
          mobile: '',
          is_main_contact: true,
          contact_person_type_ids: ['ACCOUNTS'],
        },
        address: {
          address_line_1: fk.location.streetAddress(),
          address_line_2: '',
          city: fk.location.city(),
          region: '',
          postal_code: fk.location.zipCode(),
          country,
        },
      };
      pool.push(c);
    } else {
      const company = pool[picks.int(pool.length)]!;
      const person = pool[picks.int(pool.length)]!;
      const address = pool[picks.int(pool.length)]!;
      c = { name: company.name, letters: company.letters, email: person.email, person: person.person, address: address.address };
    }
    const created = sageTime(epoch + (i + 1) * 60_000);
    inserts.push(
      contactsCol.insert(
        buildContact(b, {
          id: rng.hexId(),
          // The address and person ids derive from the contact's; the records are built when needed.
          defer: true,
          at: created,
          name: c.name,
          reference: `${c.letters}${String(i + 1).padStart(3, '0')}`,
          types,
          email: c.email,
          person: c.person,
          main_address: c.address,
        }),
      ),
    );
    // Inserts are awaited in batches: one await per record costs a microtask turn each.
    if (inserts.length >= 1024) {
      await Promise.all(inserts);
      inserts = [];
    }
  }
  await Promise.all(inserts);
}

/** Contacts per business drawn from faker; beyond them, contacts are combinations of these. */
const FAKER_CONTACTS = 500;
const CUSTOMER = ['CUSTOMER'];
const VENDOR = ['VENDOR'];
const BOTH = ['CUSTOMER', 'VENDOR'];
