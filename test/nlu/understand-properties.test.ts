// Properties of understanding over any text (fast-check): a valid Profile, phrases that are in the
// message, a bounded amount of work (words never multiply, lookups are capped, text beyond the read
// limit changes nothing), and the same answer every time.
import fc from 'fast-check';
import { ProfileSchema } from '../../src/catalogue/schema';
import { createCanonicaliser, UNDERSTAND_MAX_CHARS } from '../../src/nlu/canonical';
import { tokenizeMessage } from '../../src/nlu/message-tokens';
import { describesPerson } from '../../src/nlu';
import { understander } from '../support/understanding';

const WORDS = [
  'jeg', 'er', 'æ', 'e', 'bor', 'i', 'på', 'Bodø', 'Herøy', 'Namsos', 'jobber', 'jobba', 'ikke', 'ikkje', 'fagbrev', 'som', 'kokk', 'lager', 'år', '80', '%',
  'prosent', 'tre', 'og', 'et', 'halvt', 'halvannet', '1,5', 'vil', 'ta', 'bli', 'helse', 'batteri', 'NAV', 'registrert', 'arbeidsledig', 'permittert',
  'grunnskole', 'videregående', 'fullført', ',', '.', '?', 'I', 'work', 'live', 'in', 'no', 'certificate', 'hvis', 'kanskje', 'forresten', 'mente',
  // Names of properties every JavaScript object has: ordinary words here.
  'constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(sentence, fc.string({ maxLength: 200 }), fc.string({ maxLength: 100, unit: 'binary' }));

describe('understanding, for any text', () => {
  it('gives a valid profile whose phrases are words of the message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const u = understander.understand(text);
        expect(ProfileSchema.safeParse(u.profile).success).toBe(true);
        for (const { phrase } of u.understood) expect(text.includes(phrase)).toBe(true);
        expect(u.understood.every((x) => u.profile[x.field] !== undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer every time', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(understander.understand(text)).toEqual(understander.understand(text));
        expect(describesPerson(text)).toBe(describesPerson(text));
      }),
      { numRuns: 100 },
    );
  });

  it('does bounded work: never more words than the text has tokens (times 3), and nothing beyond the read limit', () => {
    const canonical = createCanonicaliser([]);
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenizeMessage(text).tokens.length;
        expect(canonical.read(text).words.length).toBeLessThanOrEqual(tokens * 3);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(sentence, fc.string({ minLength: 1, maxLength: 50 }), (text, tail) => {
        const head = text.padEnd(UNDERSTAND_MAX_CHARS, ' ');
        expect(understander.understand(head + tail).profile).toEqual(understander.understand(head).profile);
      }),
      { numRuns: 30 },
    );
  });

  it('reads a place the same when a question mark follows beyond the read limit', () => {
    const head = 'in Namsos jeg jeg jeg'.padEnd(UNDERSTAND_MAX_CHARS, ' ');
    expect(understander.understand(head + '? ').profile).toEqual({ county: 'Trøndelag' });
  });

  it('reads hostile repetitions to the end (they are linear: see npm run bench:understand for the time)', () => {
    for (const unit of ['7', '1 og ', 'et halvt ', 'jobber ikke ', 'bor i ', '1,1,', 'fagbrev som ', 'Herøy på ', 'a']) {
      const text = unit.repeat(Math.ceil(UNDERSTAND_MAX_CHARS / unit.length));
      expect(ProfileSchema.safeParse(understander.understand(text).profile).success).toBe(true);
    }
  });
});
