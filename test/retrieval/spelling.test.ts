import { SpellingCorrector } from '../../src/retrieval/spelling';

describe('SpellingCorrector', () => {
  const vocabulary = new Map<string, number>([
    ['praksiskandidat', 12],
    ['trøndelag', 30],
    ['reuse', 1],
    ['når', 40],
    ['neste', 50],
    ['for', 300],
    ['før', 60],
    ['bør', 170],
    ['bor', 30],
    ['videregående', 360],
    ['videregaende', 2],
    ['trade', 5],
    ['trøndelagsmodellen', 9],
    ['søke', 20],
    ['lønn', 15],
  ]);
  const spelling = new SpellingCorrector(vocabulary, { preferred: new Set(['praksiskandidat']), asTyped: new Set(['nekte']) });

  it('reads a word typed without æøå as the known word', () => {
    expect(spelling.correct('trondelag')).toBe('trøndelag');
  });

  it('reads "aa" as å', () => {
    expect(spelling.correct('naar')).toBe('når');
    // (And "oe" for ø, alone or with "aa".)
    expect(spelling.correct('soeke')).toBe('søke');
    expect(spelling.correct('loenn')).toBe('lønn');
  });

  it('expands a word cut short to the most frequent known word it begins (and ends), unless it is a word itself', () => {
    expect(spelling.expand('trønd', 'modellen')).toBe('trøndelagsmodellen');
    expect(spelling.expand('praksis')).toBe('praksiskandidat');
    expect(spelling.expand('bor')).toBeUndefined();
    expect(spelling.expand('praksis', 'lærling')).toBeUndefined();
  });

  it('reads a typo as the known word one or two edits away', () => {
    expect(spelling.correct('prakiskandidat')).toBe('praksiskandidat');
  });

  it('does not read a word as one the knowledge uses only once', () => {
    expect(spelling.correct('reise')).toBe('reise');
  });

  it('keeps known words', () => {
    expect(spelling.correct('reuse')).toBe('reuse');
  });

  it('keeps a word typed with æøå, and a word common in its own right, though a spelling without æøå is more frequent', () => {
    expect(spelling.correct('før')).toBe('før');
    expect(spelling.correct('for')).toBe('for');
    expect(spelling.correct('bor')).toBe('bor');
    // Seen only a couple of times (in a web address): the usual spelling is meant.
    expect(spelling.correct('videregaende')).toBe('videregående');
  });

  it('counts a letter typed as æ, ø or å as meant: no unknown word is read as a known one that lacks it', () => {
    expect(spelling.correct('trådte')).toBe('trådte');
    expect(spelling.correct('trøndelagsmodelen')).toBe('trøndelagsmodellen');
    expect(spelling.correct('tradte')).toBe('trade');
  });

  it('reads an everyday word the knowledge lacks as typed, not as the known word one edit away', () => {
    expect(spelling.correct('nekte')).toBe('nekte');
    expect(spelling.correct('nexte')).toBe('neste');
  });

  it('reads a typo with several readings equally near as the one its question speaks of, else the most frequent', () => {
    const words = new SpellingCorrector(new Map([['legge', 40], ['ledige', 8], ['jenter', 30]]));
    expect(words.correct('ledge')).toBe('legge');
    expect(words.correct('ledge', undefined, (reading) => (reading === 'ledige' ? 3 : 0))).toBe('ledige');
    expect(words.correct('ledge')).toBe('legge');
  });

  it('reads a word of four letters as a very common word one edit away, and a capital as no letter typed', () => {
    const words = new SpellingCorrector(new Map([['mange', 260], ['lenge', 31], ['fagbrev', 400]]));
    expect(words.correct('mnge')).toBe('mange');
    expect(words.correct('lege')).toBe('lege');
    expect(words.correct('Fgbrev')).toBe('fagbrev');
  });

  it('reads a word with æ, ø or å left out as the word with it ("opplring")', () => {
    const words = new SpellingCorrector(new Map([['opplæring', 90], ['søknad', 12]]));
    expect(words.correct('opplring')).toBe('opplæring');
    expect(words.correct('sknad')).toBe('søknad');
  });

  it('reads a word spelt by ear as the known word that sounds the same, when no edit reaches one ("jåbb", "vordan", "skrifftli")', () => {
    const words = new SpellingCorrector(new Map([['jobb', 120], ['ferdig', 60], ['hvordan', 200], ['skriftlig', 9], ['aap', 1]]));
    expect(words.correct('jåbb')).toBe('jobb');
    expect(words.correct('jåb')).toBe('jobb');
    expect(words.correct('vordan')).toBe('hvordan');
    expect(words.correct('skrifftli')).toBe('skriftlig');
    // (Not a word the knowledge uses once, nor a short one read as a rare word.)
    expect(words.correct('ap')).toBe('ap');
    expect(new SpellingCorrector(new Map([['lønn', 3]])).correct('løn')).toBe('løn');
  });
});
