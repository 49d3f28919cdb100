/**
 * A `Map` that keeps at most `limit` entries, letting go of the least recently used one when a new
 * key would go over: for memo caches keyed by strings (formatters by locale and zone, label widths
 * by text, parsed searches by query), which a page open for a whole shift must not let grow with
 * every text it ever saw. Reading a key (`get`) counts as using it.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly #limit: number;

  constructor(limit: number) {
    super();
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`BoundedMap: limit must be a whole number ≥ 1, got ${limit}`);
    this.#limit = limit;
  }

  get limit(): number {
    return this.#limit;
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    // Moved to the end: the oldest key is the least recently used.
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.#limit) super.delete(this.keys().next().value as K);
    return this;
  }
}
