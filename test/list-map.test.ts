import { ListMap } from '../src/list-map';

describe('ListMap', () => {
  it('gives each key its items in the order added, and none for a key without', () => {
    const lists = new ListMap<string>();
    lists.add('a', 'x');
    lists.add('b', 'y');
    lists.add('a', 'z');
    lists.add('a', 'w');
    expect(lists.get('a')).toEqual(['x', 'z', 'w']);
    expect(lists.get('b')).toEqual(['y']);
    expect(lists.get('c')).toEqual([]);
    expect(lists.size).toBe(2);
  });

  it('adds no item a unique list has, nor past max', () => {
    const lists = new ListMap<string>();
    for (const w of ['x', 'x', 'y', 'x']) lists.add('u', w, { unique: true });
    for (const w of ['x', 'y', 'z']) lists.add('m', w, { max: 2 });
    lists.add('one', 'x', { max: 1 });
    lists.add('one', 'y', { max: 1 });
    expect(lists.get('u')).toEqual(['x', 'y']);
    expect(lists.get('m')).toEqual(['x', 'y']);
    expect(lists.get('one')).toEqual(['x']);
  });

  it('keeps objects by identity', () => {
    const a = { name: 'a' };
    const lists = new ListMap<{ name: string }>();
    lists.add('k', a, { unique: true });
    lists.add('k', a, { unique: true });
    lists.add('k', { name: 'a' }, { unique: true });
    expect(lists.get('k')).toHaveLength(2);
    expect(lists.get('k')[0]).toBe(a);
  });
});
