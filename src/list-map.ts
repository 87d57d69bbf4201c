// Lists by key where a list of one is kept as its item. A deletion index (symmetric delete) has a key
// for every way of dropping a letter or two from every word, and most keys lead to one word: an array
// each would cost several times the word it holds. (The items must not be arrays themselves.)
export class ListMap<T extends string | object> {
  private readonly lists = new Map<string, T | T[]>();

  /** Adds `item` at the end of the key's list, unless that is `max` long already, or has it and `unique` is set. */
  add(key: string, item: T, options: { max?: number; unique?: boolean } = {}): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, item);
    else if (Array.isArray(list)) {
      if (list.length < (options.max ?? Infinity) && !(options.unique && list.includes(item))) list.push(item);
    } else if ((options.max ?? Infinity) > 1 && !(options.unique && list === item)) this.lists.set(key, [list, item]);
  }

  /** The key's list, in the order added (empty for a key with none). */
  get(key: string): readonly T[] {
    const list = this.lists.get(key);
    return list === undefined ? [] : Array.isArray(list) ? list : [list];
  }

  get size(): number {
    return this.lists.size;
  }
}
