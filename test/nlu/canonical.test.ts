import { createCanonicaliser } from '../../src/nlu/canonical';

const canonical = createCanonicaliser(['arbeidsledig', 'registrert', 'fullført', 'videregående', 'helsefagarbeider', 'helsefagarbeidar', 'prosent', 'logistikk']);
const read = (text: string) => canonical.read(text).words.map((w) => w.w).join(' ');

describe('canonical form: dialect, English, misspellings and numbers', () => {
  it.each([
    ['æ e 38 og har jobba tre og et halvt år', 'jeg er 38 og har jobbet 3.5 år'],
    ['e jobbe på sagbruket', 'jeg jobber på sagbruket'],
    ['Eg bur i Bergen og har ikkje fagbrev', 'jeg bor i bergen og har ikke fagbrev'],
    ['har vert arbeidsledi', 'har vært arbeidsledig'],
    ['regisrert pa nav', 'registrert på nav'],
    ['ikke fullfort videregaende', 'ikke fullført videregående'],
    ['80 porsent', '80 prosent'],
    ['vil ta fagbrev som helsefagarbeidr', 'vil ta fagbrev som helsefagarbeider'],
    ["I'm 41 and I work full time", 'jeg er 41 og jeg jobber fulltid'],
    ['I have no trade certificate', 'jeg har ingen fagbrev'],
    ['I work with IT', 'jeg jobber med it'],
    ['I am a 45-year-old woman', 'jeg er 45 år gammel woman'],
  ])('%s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('reads English only in an English message', () => {
    expect(canonical.read('I dag bor jeg i Bodø').english).toBe(false);
    expect(canonical.read('I live in Bodø and work as a cleaner').english).toBe(true);
    expect(read('no jobbar eg i Bergen')).toBe('nå jobber jeg i bergen');
  });

  it('keeps the span each word came from', () => {
    const text = "I'm 41, tre og et halvt år";
    for (const w of canonical.read(text).words) expect(w.end).toBeGreaterThan(w.start);
    const half = canonical.read(text).words.find((w) => w.num === 3.5)!;
    expect(text.slice(half.start, half.end)).toBe('tre og et halvt');
  });
});
