/**
 * The one clock every time-based behaviour reads: token and code expiry, refresh expiry,
 * idempotency windows, daily quotas, Retry-After, record timestamps.
 *
 * - `frozen` (the default for tests): time moves only when told to (`advance`, `set`).
 * - `system`: real time plus an offset; `advance` and `set` move the offset, so a long-running
 *   server still ages tokens in real time and can be pushed forward.
 */
export type ClockMode = 'frozen' | 'system';

export interface Clock {
  readonly mode: ClockMode;
  /** Milliseconds since the epoch. */
  now(): number;
  /** ISO 8601 text of `now()`. */
  iso(): string;
  advance(ms: number): void;
  set(date: Date | number | string): void;
}

/**
 * The range the clock may show: 1970-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z. Every time
 * the mock renders (ISO 8601, Sage's dates, token `exp`) stays a four-digit-year date inside it;
 * `advance` and `set` refuse to leave it (RangeError) and leave the clock as it was.
 */
export const CLOCK_MIN = 0;
export const CLOCK_MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The default start of a frozen clock: fixed so that one seed gives one world, byte for byte. */
export const DEFAULT_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);

export function createClock(options: { mode?: ClockMode; start?: Date | number | string } = {}): Clock {
  const mode = options.mode ?? 'frozen';
  const start = options.start === undefined ? (mode === 'frozen' ? DEFAULT_EPOCH : Date.now()) : inRange(toMillis(options.start));
  let frozenAt = start;
  let offset = mode === 'system' ? start - Date.now() : 0;
  const now = mode === 'frozen' ? () => frozenAt : () => Date.now() + offset;
  return {
    mode,
    now,
    iso: () => new Date(now()).toISOString(),
    advance(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
        throw new RangeError('clock.advance takes a non-negative number of milliseconds');
      inRange(now() + ms);
      if (mode === 'frozen') frozenAt += ms;
      else offset += ms;
    },
    set(date) {
      const target = inRange(toMillis(date));
      if (mode === 'frozen') frozenAt = target;
      else offset = target - Date.now();
    },
  };
}

function inRange(ms: number): number {
  if (ms < CLOCK_MIN || ms > CLOCK_MAX) {
    throw new RangeError(`the clock must stay between ${new Date(CLOCK_MIN).toISOString()} and ${new Date(CLOCK_MAX).toISOString()}`);
  }
  return ms;
}

function toMillis(d: Date | number | string): number {
  const ms = d instanceof Date ? d.getTime() : typeof d === 'number' ? d : Date.parse(d);
  if (!Number.isFinite(ms)) throw new RangeError(`not a date: ${String(d)}`);
  return ms;
}
