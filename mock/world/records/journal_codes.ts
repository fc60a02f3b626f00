/**
 * The journal code record: its shape, the one place it is built, and the seeded codes. Journal
 * codes are the books (sales, purchases, bank, miscellaneous...) French, Spanish and German
 * accounting files every journal under. Businesses in FR, ES and DE are seeded with a reserved code
 * per type (`control_name` set, `reserved: true`, never deletable), and their journals need a
 * `journal_code_id` (mock/resources/journals.ts); other countries may name one but need none
 * [guess: Sage documents the requirement, not the seeded codes, whose names and codes are the
 * usual ones of each country]. Seeded ids are derived from the business id and the code (md5), so
 * seeding them draws nothing from the seeded generator.
 */
import { createHash } from 'node:crypto';
import { refLink, type Link } from '../../core/records.ts';
import type { Store, StoredRecord } from '../../store/index.ts';
import type { BusinessRecord, CountryCode } from '../types.ts';

export const JOURNAL_CODES = 'journal_codes';

/** Journal code types [guess: Sage serves them at /journal_code_types without documenting the ids]. */
export const JOURNAL_CODE_TYPES = [
  { id: 'SALES', displayed_as: 'Sales' },
  { id: 'PURCHASES', displayed_as: 'Purchases' },
  { id: 'BANK', displayed_as: 'Bank' },
  { id: 'OTHER', displayed_as: 'Other' },
  { id: 'OPENING_BALANCES', displayed_as: 'Opening balances' },
] as const;

/** Countries whose journals need a journal code. */
export const JOURNAL_CODE_COUNTRIES: readonly CountryCode[] = ['FR', 'ES', 'DE'];

export interface JournalCodeRecord extends StoredRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  name: string;
  code: string;
  journal_code_type: Link;
  control_name: string | null;
  reserved: boolean;
}

export function journalCodeTypeLink(id: string): Link {
  return refLink('journal_code_types', JOURNAL_CODE_TYPES, id);
}

export function buildJournalCode(o: {
  id: string;
  at: string;
  name: string;
  code: string;
  type: string;
  control: string | null;
}): JournalCodeRecord {
  return {
    id: o.id,
    displayed_as: `${o.code} - ${o.name}`,
    $path: `/${JOURNAL_CODES}/${o.id}`,
    created_at: o.at,
    updated_at: o.at,
    name: o.name,
    code: o.code,
    journal_code_type: journalCodeTypeLink(o.type),
    control_name: o.control,
    reserved: o.control !== null,
  };
}

const DEFAULTS: Partial<Record<CountryCode, [code: string, name: string, type: string, control: string][]>> = {
  FR: [
    ['VT', 'Ventes', 'SALES', 'sales'],
    ['AC', 'Achats', 'PURCHASES', 'purchases'],
    ['BQ', 'Banque', 'BANK', 'bank'],
    ['OD', 'Opérations diverses', 'OTHER', 'other'],
    ['AN', 'À-nouveaux', 'OPENING_BALANCES', 'opening_balances'],
  ],
  ES: [
    ['VEN', 'Ventas', 'SALES', 'sales'],
    ['COM', 'Compras', 'PURCHASES', 'purchases'],
    ['BAN', 'Bancos', 'BANK', 'bank'],
    ['DIV', 'Operaciones diversas', 'OTHER', 'other'],
    ['APE', 'Apertura', 'OPENING_BALANCES', 'opening_balances'],
  ],
  DE: [
    ['AR', 'Ausgangsrechnungen', 'SALES', 'sales'],
    ['ER', 'Eingangsrechnungen', 'PURCHASES', 'purchases'],
    ['BK', 'Bank', 'BANK', 'bank'],
    ['SO', 'Sonstige', 'OTHER', 'other'],
    ['EB', 'Eröffnungsbuchungen', 'OPENING_BALANCES', 'opening_balances'],
  ],
};

/** The reserved journal codes of a new business of a country that has them. */
export async function seedJournalCodes(store: Store, b: BusinessRecord, at: string): Promise<void> {
  const codes = store.collection<JournalCodeRecord>(b.id, JOURNAL_CODES);
  for (const [code, name, type, control] of DEFAULTS[b.country] ?? []) {
    const id = createHash('md5').update(`${b.id}/${code}`).digest('hex');
    await codes.insert(buildJournalCode({ id, at, name, code, type, control }));
  }
}
