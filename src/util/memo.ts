/**
 * Answers kept by key so work done for one job is not redone for the next. Bounded: when full it
 * forgets everything, so a long-lived process (an action, the emulator) does not grow, and a
 * manifest's own answers come back at once.
 */
export class BoundedMemo<K, V> {
  private readonly known = new Map<K, V>();
  private readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  get(key: K): V | undefined {
    return this.known.get(key);
  }

  set(key: K, value: V): V {
    if (this.known.size >= this.max) this.known.clear();
    this.known.set(key, value);
    return value;
  }

  /** The answer for `key`, computed the first time it is asked for. */
  of(key: K, compute: (key: K) => V): V {
    const known = this.known.get(key);
    return known !== undefined || this.known.has(key) ? (known as V) : this.set(key, compute(key));
  }
}
