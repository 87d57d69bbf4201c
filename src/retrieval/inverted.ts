// An inverted list: for each term, the items (by index) whose set of terms has it, in index order.

export function itemsByTerm(sets: ReadonlyArray<ReadonlySet<string>>): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const term of set) {
      const list = lists.get(term);
      if (list) list.push(i);
      else lists.set(term, [i]);
    }
  });
  return lists;
}
