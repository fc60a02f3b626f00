/**
 * Reading the fields of a write body, collecting every violation at once as Sage does (its 422
 * lists every bad field). Messages follow Rails' wording, as Sage's do: "can't be blank", "is
 * invalid". Shared by every resource and by the ledger's document readers.
 */
import { Violations, type ApiErrorCode } from './errors.ts';
import { parseDecimal, type Dec } from './money.ts';
import { isIsoDate } from './records.ts';
import type { Collection, StoredRecord } from './store.ts';

/**
 * Reads fields of a write body, collecting every violation (Sage reports all fields at once).
 * Messages follow Rails' wording, as Sage's do: "can't be blank", "is invalid".
 */
export class FieldReader {
  readonly v = new Violations();
  readonly data: Record<string, unknown>;
  readonly prefix: string;
  constructor(data: Record<string, unknown>, prefix = '') {
    this.data = data;
    this.prefix = prefix;
  }
  src(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }
  has(key: string): boolean {
    return this.data[key] !== undefined;
  }
  fail(key: string, message: string): undefined {
    this.v.add(this.src(key), message);
    return undefined;
  }
  /** The field breaks a rule of the error catalogue (its message, its key in the journal). */
  rule(key: string, code: ApiErrorCode): undefined {
    this.v.rule(this.src(key), code);
    return undefined;
  }
  string(key: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      return opts.required ? this.fail(key, "can't be blank") : raw === null ? undefined : (raw as string | undefined);
    }
    if (typeof raw !== 'string') return this.fail(key, 'is invalid');
    if (opts.max !== undefined && [...raw].length > opts.max) return this.fail(key, `is too long (maximum is ${opts.max} characters)`);
    return raw;
  }
  boolean(key: string): boolean | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'boolean') return this.fail(key, 'is invalid');
    return raw;
  }
  integer(key: string, opts: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return undefined;
    const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n)) return this.fail(key, 'is not a number');
    if (opts.min !== undefined && n < opts.min) return this.fail(key, `must be greater than or equal to ${opts.min}`);
    if (opts.max !== undefined && n > opts.max) return this.fail(key, `must be less than or equal to ${opts.max}`);
    return n;
  }
  money(key: string, opts: { required?: boolean; min?: number } = {}): Dec | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null || raw === '') return opts.required ? this.fail(key, "can't be blank") : undefined;
    const d = parseDecimal(raw);
    if (!d) return this.fail(key, 'is not a number');
    if (opts.min !== undefined && d.lt(opts.min)) return this.fail(key, `must be greater than or equal to ${opts.min}`);
    return d;
  }
  date(key: string, opts: { required?: boolean } = {}): string | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null || raw === '') return opts.required ? this.fail(key, "can't be blank") : undefined;
    if (!isIsoDate(raw)) return this.fail(key, 'is not a valid date');
    return raw;
  }
  array(key: string, opts: { required?: boolean } = {}): unknown[] | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return opts.required ? this.fail(key, "can't be blank") : undefined;
    if (!Array.isArray(raw)) return this.fail(key, 'is invalid');
    if (opts.required && raw.length === 0) return this.fail(key, "can't be blank");
    return raw;
  }
  object(key: string): Record<string, unknown> | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'object' || Array.isArray(raw)) return this.fail(key, 'is invalid');
    return raw as Record<string, unknown>;
  }
  /** An id that must name a record of `c` (same business); `what` for the message. */
  ref<T extends StoredRecord>(key: string, c: Collection<T>, opts: { required?: boolean; what?: string } = {}): T | undefined {
    const id = this.string(key, { required: opts.required });
    if (id === undefined) return undefined;
    const rec = c.get(id);
    if (!rec) return this.fail(key, `${opts.what ?? 'record'} is invalid or does not exist in this business`);
    return rec;
  }
  /** Throws the collected 422 if anything failed. */
  check(): void {
    this.v.throwIfAny();
  }
}
