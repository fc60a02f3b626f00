/** The contact person record: its shape and the one place it is built (seeding, contacts, `/contact_persons`). */
import { link, refLink, type Link } from '../../core/records.ts';
import { CONTACT_PERSON_TYPES } from '../reference_data.ts';
import { ADDRESSES, type AddressRecord } from './addresses.ts';

export interface ContactPersonRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  contact_person_types: Link[];
  name: string;
  job_title: string;
  telephone: string;
  mobile: string;
  email: string;
  fax: string;
  is_main_contact: boolean;
  is_preferred_contact: boolean;
  address: Link | null;
  /** Internal: the contact of its address, for `contact_id` and the contact's embedded copy. */
  _contact_id?: string | null;
  [key: string]: unknown;
}

export const CONTACT_PERSONS = 'contact_persons';

export interface PersonInput {
  name?: string;
  contact_person_type_ids?: string[];
  job_title?: string;
  telephone?: string;
  mobile?: string;
  email?: string;
  fax?: string;
  is_main_contact?: boolean;
  is_preferred_contact?: boolean;
}

const typeLinks = (ids: string[]) => ids.map((id) => refLink('contact_person_types', CONTACT_PERSON_TYPES, id));

/** The one place a contact person record is shaped. */
export function buildPerson(input: PersonInput & { id: string; at: string; address: AddressRecord | null }): ContactPersonRecord {
  return {
    id: input.id,
    displayed_as: input.name ?? '',
    $path: `/${CONTACT_PERSONS}/${input.id}`,
    created_at: input.at,
    updated_at: input.at,
    deleted_at: null,
    contact_person_types: typeLinks(input.contact_person_type_ids ?? ['ACCOUNTS']),
    name: input.name ?? '',
    job_title: input.job_title ?? '',
    telephone: input.telephone ?? '',
    mobile: input.mobile ?? '',
    email: input.email ?? '',
    fax: input.fax ?? '',
    is_main_contact: input.is_main_contact ?? false,
    is_preferred_contact: input.is_preferred_contact ?? false,
    address: input.address ? link(ADDRESSES, input.address.id, input.address.displayed_as) : null,
    _contact_id: input.address?.contact?.id ?? null,
  };
}

/** A contact person with the fields of `input` applied. */
export function applyPerson(prev: ContactPersonRecord, input: PersonInput, at: string): ContactPersonRecord {
  const next: ContactPersonRecord = { ...prev, updated_at: at };
  for (const k of ['name', 'job_title', 'telephone', 'mobile', 'email', 'fax'] as const) if (input[k] !== undefined) next[k] = input[k]!;
  for (const k of ['is_main_contact', 'is_preferred_contact'] as const) if (input[k] !== undefined) next[k] = input[k]!;
  if (input.contact_person_type_ids) next.contact_person_types = typeLinks(input.contact_person_type_ids);
  next.displayed_as = next.name;
  return next;
}
