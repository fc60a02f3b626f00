/** Readers for control-plane request bodies: Sage-format 422s naming the field at fault. */
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';

/** The JSON body as an object (an absent body is `{}`). */
export function bodyObject(ctx: RequestContext): Record<string, unknown> {
  const b = ctx.body;
  if (b === undefined) return {};
  if (!b || typeof b !== 'object' || Array.isArray(b))
    throw apiError('RecordInvalid', { source: 'base', message: 'The body must be a JSON object.' });
  return b as Record<string, unknown>;
}

export function optionalString(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw apiError('RecordInvalid', { source: key, message: `${key} must be a non-empty string.` });
  return v;
}

export function requiredString(o: Record<string, unknown>, key: string): string {
  const v = optionalString(o, key);
  if (v === undefined) throw apiError('RecordInvalid', { source: key, message: `${key} is required and must be a string.` });
  return v;
}
