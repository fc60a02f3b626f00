/**
 * A slow body's pieces: ten a second at `bytesPerSecond` (at least one byte each), each with the
 * wait that follows it. Both adapters send a `slow-body` fault through this one schedule.
 */
export function* trickle(body: Uint8Array, bytesPerSecond: number): Generator<[Uint8Array, number]> {
  const size = Math.max(1, Math.floor(bytesPerSecond / 10));
  for (let at = 0; at < body.length; at += size) {
    const chunk = body.subarray(at, at + size);
    yield [chunk, Math.round((chunk.length / bytesPerSecond) * 1000)];
  }
}
