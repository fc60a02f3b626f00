/**
 * (What the token service and the authorization codes sweep by.)
 * Values by the clock time they fall due, oldest first. Times arrive in (nearly) rising order: a
 * clock set back only delays what follows until the earlier item is due, never loses anything.
 */
export class DueQueue<T> {
  #at: number[] = [];
  #values: T[] = [];
  #head = 0;
  add(at: number, value: T): void {
    this.#at.push(at);
    this.#values.push(value);
  }
  /** The oldest value due at `now` (removed), or undefined. */
  takeDue(now: number): T | undefined {
    if (this.#head >= this.#at.length || this.#at[this.#head]! > now) return undefined;
    const v = this.#values[this.#head]!;
    this.#values[this.#head] = undefined as T;
    this.#head++;
    if (this.#head >= 1024 && this.#head * 2 >= this.#at.length) {
      this.#at = this.#at.slice(this.#head);
      this.#values = this.#values.slice(this.#head);
      this.#head = 0;
    }
    return v;
  }
  get size(): number {
    return this.#at.length - this.#head;
  }
}
