// Property tests: fødselsnummer, D-numbers, phone numbers and e-mail addresses written the ways people
// write them (grouped, with dots, full-width digits, "[at]", percent-encoded in a URL) are redacted
// wherever they stand in a message; redaction never throws, is idempotent, and its work grows linearly
// with the length of the text.
import fc from 'fast-check';
import { OBFUSCATED_AT_MARK, OBFUSCATED_EMAIL } from '../../src/privacy/email';
import { REDACTED, givesIdOrAddress, redact, redactObject } from '../../src/privacy/redact';
import { CRIMINAL_STEMS, HEALTH_STEMS, HEALTH_WORDS } from '../../src/privacy/clauses';
import { redactUrl } from '../../src/privacy/url';

// ---------------------------------------------------------------- generators

/** Control digits from the published algorithm (Skatteetaten), independently of the module under test. */
function withControlDigits(nine: string): string | undefined {
  const d = [...nine].map(Number);
  const mod = (weights: number[], digits: number[]) => {
    const r = 11 - (weights.reduce((s, w, i) => s + w * digits[i], 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = mod([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
  if (k1 === 10) return undefined;
  const k2 = mod([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
  if (k2 === 10) return undefined;
  return `${nine}${k1}${k2}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Valid fødselsnummer (or D-number: day + 40) for dates that exist in every year. */
const nationalId = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
    dNumber: fc.boolean(),
  })
  .map(({ day, month, year, individual, dNumber }) =>
    withControlDigits(`${pad(dNumber ? day + 40 : day)}${pad(month)}${pad(year)}${pad(individual, 3)}`),
  )
  .filter((n): n is string => n !== undefined);

const SPACES = [' ', '\u00a0', '\u202f'];

/** How people write an 11-digit number: together, 6 5, 4 4 3, dd.mm.yy 5, 3 3 3 2. */
const nationalIdWritten = fc.tuple(nationalId, fc.integer({ min: 0, max: 5 }), fc.constantFrom(...SPACES)).map(([n, form, sp]) => {
  switch (form) {
    case 0:
      return n;
    case 1:
      return `${n.slice(0, 6)}${sp}${n.slice(6)}`;
    case 2:
      return `${n.slice(0, 4)}${sp}${n.slice(4, 8)}${sp}${n.slice(8)}`;
    case 3:
      return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}${sp}${n.slice(6)}`;
    case 4:
      return `${n.slice(0, 6)}-${n.slice(6)}`;
    default:
      return `${n.slice(0, 3)}${sp}${n.slice(3, 6)}${sp}${n.slice(6, 9)}${sp}${n.slice(9)}`;
  }
});

const phone = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 9_999_999 }))
  .map(([first, rest]) => `${first}${pad(rest, 7)}`);

/** 8 together, 3 2 3, 2 2 2 2, 4 4, 3 3 2 (with spaces, hyphens or dots), with or without +47 / 0047. */
const phoneWritten = fc
  .tuple(phone, fc.integer({ min: 0, max: 4 }), fc.constantFrom(...SPACES, '-', '.'), fc.constantFrom('', '+47 ', '+47', '0047 '))
  .map(([p, form, sep, prefix]) => {
    const s = form === 3 && sep !== ' ' ? ' ' : sep; // "9123-4567" reads as a year range
    const grouped = [
      p,
      `${p.slice(0, 3)}${s}${p.slice(3, 5)}${s}${p.slice(5)}`,
      `${p.slice(0, 2)}${s}${p.slice(2, 4)}${s}${p.slice(4, 6)}${s}${p.slice(6)}`,
      `${p.slice(0, 4)}${s}${p.slice(4)}`,
      `${p.slice(0, 3)}${s}${p.slice(3, 6)}${s}${p.slice(6)}`,
    ][form];
    return { digits: p, text: `${prefix}${grouped}` };
  });

const FULL_WIDTH_ZERO = 0xff10;
const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));

/**
 * A word that is no health, benefit or criminal-record term: a clause holding one ("ocd", "rus") is
 * replaced as a whole, number or address with it, which the sensitive-clause tests cover.
 */
const notSensitive = (w: string) =>
  !HEALTH_WORDS.includes(w) && ![...HEALTH_STEMS, ...CRIMINAL_STEMS].some((stem) => w.startsWith(stem));
const word = fc.stringMatching(/^[a-zæøå]{2,10}$/).filter(notSensitive);
/** Norwegian-looking words around the number, never digits, '@' or a sensitive term. */
const context = fc.array(word, { minLength: 0, maxLength: 5 }).map((ws) => ws.join(' '));
const embed = (before: string, value: string, after: string, punctuation: string) =>
  `${before}${before ? ' ' : ''}${value}${punctuation}${after ? ' ' : ''}${after}`;
const punctuation = fc.constantFrom('', '.', ',', '!', '?', ':');

const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

const emailLocal = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:[._-][a-z0-9]{1,8}){0,2}$/);
const domain = fc.tuple(fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/), { minLength: 1, maxLength: 3 }), fc.constantFrom('no', 'com', 'org', 'net'));
const emailWritten = fc
  .tuple(
    emailLocal,
    domain,
    fc.constantFrom('@', ' [at] ', '[at]', ' (at) ', '(at)', ' {at} ', ' snabel-a ', ' (a) ', '＠'),
    fc.constantFrom('.', ' [dot] ', '(dot)', '．'),
  )
  .map(([local, [labels, tld], at, dot]) => ({
    address: `${local}@${labels.join('.')}.${tld}`,
    text: `${local}${at}${labels.join(dot)}${dot}${tld}`,
  }));

// ---------------------------------------------------------------- properties

describe('redaction of numbers and addresses, however written', () => {
  it('redacts a fødselsnummer or D-number in any usual grouping, also in full-width digits', () => {
    fc.assert(
      fc.property(context, nationalIdWritten, fc.boolean(), punctuation, context, (before, written, wide, punct, after) => {
        const out = redact(embed(before, wide ? fullWidth(written) : written, after, punct));
        expect(out).toContain(REDACTED.nationalId);
        expect(digitsOf(out)).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('redacts a phone number in any usual grouping, with or without +47, also in full-width digits', () => {
    fc.assert(
      fc.property(context, phoneWritten, fc.boolean(), punctuation, context, (before, { text }, wide, punct, after) => {
        const out = redact(embed(before, wide ? fullWidth(text) : text, after, punct));
        expect(out).toContain(REDACTED.phone);
        expect(digitsOf(out)).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('redacts an e-mail address, also written with [at], (at), snabel-a or full-width signs', () => {
    fc.assert(
      fc.property(context, emailWritten, punctuation, context, (before, { text, address }, punct, after) => {
        const out = redact(embed(before, text, after, punct));
        expect(out).toContain(REDACTED.email);
        expect(out).not.toContain(address);
        expect(out).not.toMatch(/\[at\]|\(at\)|snabel|＠|@/i);
      }),
      { numRuns: 400 },
    );
  });

  it('redacts e-mail addresses and numbers percent-encoded in a URL path or query', () => {
    fc.assert(
      fc.property(emailWritten, phone, fc.boolean(), ({ address }, p, twice) => {
        let encoded = encodeURIComponent(address);
        if (twice) encoded = encodeURIComponent(encoded);
        const out = redactUrl(`/kilder/${encoded}?q=${encodeURIComponent(`ring ${p}`)}&fra=3`);
        expect(out).toBe(`/kilder/${REDACTED.email}?q=ring ${REDACTED.phone}&fra=3`);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['1309 7210 181', REDACTED.nationalId],
    ['13.09.72 10181', REDACTED.nationalId],
    ['１３０９７２１０１８１', REDACTED.nationalId],
    ['912-34-567', REDACTED.phone],
    ['912 345 67', REDACTED.phone],
    ['ola.nordmann [at] example.no', REDACTED.email],
  ])('the forms from the probe: %s', (written, marker) => {
    expect(redact(`Jeg heter Ola, ${written}, og vil ta fagbrev`)).toBe(`Jeg heter Ola, ${marker}, og vil ta fagbrev`);
    expect(givesIdOrAddress(`Jeg heter Ola, ${written}, og vil ta fagbrev`)).toBe(true);
  });

  it('masks credentials in a logged query and leaves ordinary parameters readable', () => {
    expect(redactUrl('/v3/directline/conversations/abc/stream?t=eyJhbGciOi.x.y&watermark=3')).toBe(
      `/v3/directline/conversations/abc/stream?t=${REDACTED.secret}&watermark=3`,
    );
    expect(redactUrl('/kilder/x.txt?fra=773&til=797')).toBe('/kilder/x.txt?fra=773&til=797');
    expect(redactUrl('/bad%E0%A4%A')).toBe(redact(redactUrl('/bad%E0%A4%A')));
  });

  it.each([
    'Budsjettet var 45 000 000 kroner',
    'Søknadsfrist 24.12.2023',
    'Strategien gjelder 2020-2023 og 2019.2023',
    'Organisasjonsnummer 923 456 789',
    'Pi er 3.14159265',
    'Saksnummer 2024/123456',
  ])('keeps numbers that are not personal: "%s"', (text) => {
    expect(redact(text)).toBe(text);
    expect(givesIdOrAddress(text)).toBe(false);
  });
});

describe('redaction is total, idempotent and linear', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.oneof(word, nationalIdWritten, phoneWritten.map((p) => p.text), emailWritten.map((e) => e.text), fc.constantFrom(' ', ', ', ' og ', '. ', 'syk', '@', '[at]', '+47', '１', '\u200b')), { maxLength: 30 }).map((parts) => parts.join('')),
  );

  it('never throws and gives the same text when run twice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = redact(text);
        expect(typeof once).toBe('string');
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('an obfuscated address is never where its quick pre-check finds no "@" or "at" part', () => {
    const atPart = fc
      .tuple(fc.constantFrom('', ' ', '  ', '   '), fc.constantFrom('[', '(', '{', '<', ''), fc.constantFrom('at', 'a', 'snabel-a', 'snabela', 'alfakrøll', 'krøllalfa', 'dot'), fc.constantFrom(']', ')', '}', '>', ''))
      .chain(([space, open, name, close]) => fc.mixedCase(fc.constant(`${space}${open}${space.slice(1)}${name}${space.slice(1)}${close}${space}`)));
    const text = fc.array(fc.oneof(word, emailLocal, emailWritten.map((e) => e.text), atPart, fc.constantFrom('.', ' ', '＠', '(dot)', '\u212a', 'no')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        if (t.search(OBFUSCATED_EMAIL) !== -1) expect(OBFUSCATED_AT_MARK.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on log records of any shape', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withDate: true, withBigInt: true, withNullPrototype: true }), (value) => {
        expect(() => JSON.stringify(redactObject(value))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  /**
   * Not a speed test: the work for a 16× longer text must grow about 16× (linear), not 256×
   * (quadratic, as \s*-patterns retried along a run of spaces did). Work is the process's CPU time,
   * best of three, so other processes on the machine do not count; the factor 80 leaves room for the
   * garbage collector, whose share grows with the number of pieces a long text is cut into.
   */
  const ADVERSARIAL = [' ', '1 ', '9', 'a@', 'a.', 'a', 'a [at] ', 'aaaa (at) b', 'syk og ', ' og', '12.', '+47 ', '1-', '\u00a0', ', ', '１'];
  const work = (text: string) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const before = process.cpuUsage();
      redact(text);
      const used = process.cpuUsage(before);
      min = Math.min(min, (used.user + used.system) / 1000);
    }
    return min;
  };
  const growsLinearly = (unit: string, shortChars: number) => {
    const tail = ' syk @b.no 91234567';
    const short = work(unit.repeat(Math.ceil(shortChars / unit.length)) + tail);
    const long = work(unit.repeat(Math.ceil((16 * shortChars) / unit.length)) + tail);
    expect(long).toBeLessThan(80 * short + 20);
  };

  it.each(ADVERSARIAL)('work grows linearly for long runs of %j', (unit) => growsLinearly(unit, 8_000));

  it('work grows linearly for generated mixtures', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ADVERSARIAL, '0', '.', '-', 'og', '[dot]', 'ab'), { minLength: 1, maxLength: 6 }), (units) =>
        growsLinearly(units.join(''), 4_000),
      ),
      { numRuns: 20 },
    );
  });
});
