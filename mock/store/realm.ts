/**
 * jest runs each test file in a `vm` context but gives it Node's own `structuredClone`, whose copies
 * are objects of Node's main realm, not of the test's. @msw/data copies a record with
 * `structuredClone` before every update and hands the copy to mutative, which accepts only plain
 * objects of its own realm: under jest every update failed with "Invalid base state". When this
 * realm's `structuredClone` gives foreign objects, it is wrapped (in this realm only) so that its
 * copies are rebuilt as plain objects and arrays of this realm. Elsewhere (Node, vitest) nothing
 * changes.
 */
export function adoptStructuredCloneRealm(): void {
  const g = globalThis as { structuredClone: typeof structuredClone; [WRAPPED]?: true };
  if (g[WRAPPED] || typeof g.structuredClone !== 'function') return;
  const probe = g.structuredClone({ a: [] as unknown[] });
  if (Object.getPrototypeOf(probe) === Object.prototype && Array.isArray(probe.a) && Object.getPrototypeOf(probe.a) === Array.prototype)
    return;
  const native = g.structuredClone;
  g.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => adopt(native(value, options))) as typeof structuredClone;
  g[WRAPPED] = true;
}

const WRAPPED = Symbol.for('sage-mock.structuredCloneRealm');

/** Rebuilds foreign plain objects and arrays (and Maps and Sets) as this realm's, without recursion. */
function adopt<T>(value: T): T {
  const root: { v: unknown } = { v: value };
  const stack: [Record<PropertyKey, unknown> | unknown[], PropertyKey, unknown][] = [[root as Record<PropertyKey, unknown>, 'v', value]];
  while (stack.length > 0) {
    const [holder, key, v] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    let copy: unknown;
    if (Array.isArray(v)) {
      const arr = new Array<unknown>(v.length);
      v.forEach((item, i) => stack.push([arr, i, (arr[i] = item)]));
      copy = arr;
    } else if (v instanceof Map || Object.prototype.toString.call(v) === '[object Map]') {
      copy = new Map(v as Map<unknown, unknown>);
    } else if (Object.prototype.toString.call(v) === '[object Set]') {
      copy = new Set(v as Set<unknown>);
    } else if (isPlainObject(v)) {
      const obj: Record<PropertyKey, unknown> = {};
      for (const k of Object.keys(v)) stack.push([obj, k, (obj[k] = (v as Record<string, unknown>)[k])]);
      copy = obj;
    } else {
      continue;
    }
    (holder as Record<PropertyKey, unknown>)[key] = copy;
  }
  return root.v as T;
}

/** A plain object of any realm: its prototype is null or some realm's `Object.prototype`. */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
