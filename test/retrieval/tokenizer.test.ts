// The Norwegian analyzer: tokens, stop words, footnote digits, compounds and synonyms, with the real
// lexicon from knowledge/ and a decompounding dictionary built from the real reports.
import type { Analyzer } from '../../src/retrieval/analyzer';
import type { Decompounder } from '../../src/retrieval/decompounder';
import { loadLexicon } from '../../src/retrieval/lexicon';
import { loadSources } from '../../src/catalogue/sources';
import { chunkDocuments } from '../../src/retrieval/chunking/chunks';
import { buildAnalyzer } from '../../src/retrieval/retriever';
import { stemNorwegian } from '../../src/retrieval/stemmer';
import { KNOWLEDGE_DIR } from '../support/knowledge';

let analyzer: Analyzer;
let decompounder: Decompounder;

beforeAll(() => {
  const lexicon = loadLexicon(KNOWLEDGE_DIR);
  const chunks = chunkDocuments(loadSources(KNOWLEDGE_DIR), lexicon);
  analyzer = buildAnalyzer(
    chunks.flatMap((c) => c.sentences.map((s) => s.text)),
    lexicon,
  );
  decompounder = analyzer.decompounder;
});

const stems = (text: string): string[] => analyzer.words(text).map((w) => w.stem);

describe('tokens', () => {
  it('lowercases and keeps æ, ø and å', () => {
    expect(analyzer.tokens('Kjemiprosessfaget på Vg3 i TRØNDELAG og Ålesund')).toEqual([
      'kjemiprosessfaget', 'på', 'vg3', 'i', 'trøndelag', 'og', 'ålesund',
    ]);
  });

  it('drops footnote numbers glued to words but keeps real alphanumeric words', () => {
    expect(analyzer.tokens('i samarbeid med Battery Norway2 og LO')).toContain('norway');
    expect(analyzer.tokens('utdanningsprogram3 som er relevante')).toContain('utdanningsprogram');
    expect(analyzer.tokens('Vg3 og VG2 og CO2 og Prosess21')).toEqual(['vg3', 'og', 'vg2', 'og', 'co2', 'og', 'prosess21']);
  });

  it('ignores URLs', () => {
    expect(analyzer.tokens('Les mer her: https://www.nav.no/no/lokalt/trondelag/satsinger')).toEqual(['les', 'mer', 'her']);
  });

  it('keeps a one-letter prefix with its word: "T-modellen"', () => {
    expect(analyzer.tokens('T-modellen')).toEqual(['tmodellen']);
  });
});

describe('stop words', () => {
  it('removes function and question words but keeps the content', () => {
    expect(stems('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?')).toEqual([
      stemNorwegian('fagbrev'),
      stemNorwegian('jobb'),
      stemNorwegian('arbeidsledig'),
    ]);
  });

  it('a question of only stop words has no content words', () => {
    expect(analyzer.words('Hva er det som er hvor?')).toEqual([]);
  });
});

describe('compounds', () => {
  it('splits "batterifagskole" into batteri + fagskole', () => {
    expect(decompounder.split('batterifagskole')).toEqual(['batteri', 'fagskole']);
    const [w] = analyzer.words('batterifagskolen');
    expect(w.parts).toEqual(expect.arrayContaining([stemNorwegian('batteri'), stemNorwegian('fagskole')]));
  });

  it('finds "kjemiprosess" inside "kjemiprosessfaget"', () => {
    const [w] = analyzer.words('kjemiprosessfaget');
    expect(w.parts).toContain(stemNorwegian('kjemiprosess'));
  });

  it('handles the linking -s- ("fylkeskommunen", "arbeidsledig")', () => {
    expect(decompounder.split('fylkeskommunen')).toEqual(['fylke', 'kommunen']);
    expect(decompounder.split('arbeidsledige')).toEqual(['arbeid', 'ledige']);
  });

  it('does not split ordinary words into fragments', () => {
    for (const w of ['kompetanse', 'utdanning', 'bedriften', 'samarbeid', 'industrien', 'forutsetning']) {
      expect(decompounder.split(w)).toBeNull();
    }
  });

  it('does not split adverbs in -vis ("delvis" is no compound of "vis")', () => {
    for (const w of ['delvis', 'gradvis', 'trinnvis']) expect(decompounder.split(w)).toBeNull();
  });

  it('makes "batteri fagskole" and "batterifagskolen" share index terms (both ways)', () => {
    const doc = analyzer.documentTerms('Egen satsing på Batterifagskole ved Fagskolen i Viken.');
    for (const w of analyzer.query('batteri fagskole').words) expect(doc.has(w.stem)).toBe(true);
    const doc2 = analyzer.documentTerms('Egen satsing på batteri ved Fagskolen i Viken.');
    for (const w of analyzer.query('batterifagskolen').words) {
      expect(w.parts.every((p) => doc2.has(p))).toBe(true);
    }
  });

  it('reads a number written as a word as a number ("de tre funksjonene": three, not wood)', () => {
    const words = analyzer.query('de tre funksjonene').words;
    expect(words.find((w) => w.surface === 'tre')?.numeric).toBe(true);
    expect(words.find((w) => w.surface === 'funksjonene')?.numeric).toBe(false);
  });

  it('uses the parts of a compound the reports never use as the query terms', () => {
    const q = analyzer.query('batterioperatør', (t) => t !== stemNorwegian('batterioperatør'));
    expect(q.terms.get(stemNorwegian('batteri'))).toBe(1);
    expect(q.terms.get(stemNorwegian('operatør'))).toBe(1);
  });

  it('reads a question again for another index as reading it afresh would, reusing its words only when its tokens are the same', () => {
    const factKnown = (t: string) => t !== stemNorwegian('batterioperatør');
    const passageKnown = () => true;
    for (const question of ['Hvordan blir jeg batterioperatør, og hva trenger jeg for å komme inn på fagskole?', 'fagbrev på jobb fagbrev']) {
      const first = analyzer.query(question, factKnown);
      // The reader drops repeated words from its own reading; the words read stay whole for the next.
      first.words = first.words.slice(0, 1);
      const again = analyzer.query(question, passageKnown, first);
      const afresh = analyzer.query(question, passageKnown);
      expect(again.words).toEqual(afresh.words);
      expect([...again.terms]).toEqual([...afresh.terms]);
      expect(again.words[0]).toBe(first.readFrom?.words[0]);
    }
    // Other tokens ("batterioperatoer" is not "batterioperatør"): read afresh.
    const other = analyzer.query('Hvordan blir jeg batterioperatoer?', passageKnown, analyzer.query('Hvordan blir jeg batterioperatør?', factKnown));
    expect(other.words.map((w) => w.surface)).toEqual(analyzer.query('Hvordan blir jeg batterioperatoer?').words.map((w) => w.surface));
  });
});

describe('synonyms', () => {
  it('expands svennebrev with fagbrev', () => {
    const q = analyzer.query('Hvordan får jeg svennebrev?');
    expect(q.terms.has(stemNorwegian('fagbrev'))).toBe(true);
    expect(q.terms.get(stemNorwegian('fagbrev'))).toBeLessThan(1);
  });

  it('expands NAV with arbeidssøker and arbeidsledig', () => {
    const q = analyzer.query('Hva kan NAV hjelpe meg med?');
    expect(q.terms.has(stemNorwegian('arbeidssøker'))).toBe(true);
    expect(q.terms.has(stemNorwegian('arbeidsledig'))).toBe(true);
  });

  it('matches multi-word members only as a phrase', () => {
    const phrase = analyzer.query('høyere yrkesfaglig utdanning');
    expect(phrase.terms.has(stemNorwegian('fagskole'))).toBe(true);
    const loose = analyzer.query('utdanning i høyere stillinger');
    expect(loose.terms.has(stemNorwegian('fagskole'))).toBe(false);
  });

  it('asks for a phrase made only of stop words ("komme inn på") as its group\'s one-word member ("opptak")', () => {
    const q = analyzer.query('Hva trenger jeg for å komme inn på fagskole?');
    const opptak = q.words.find((w) => w.stem === stemNorwegian('opptak'));
    expect(opptak?.synonyms.some((s) => s.stems.includes(stemNorwegian('opptakskrav')))).toBe(true);
    expect(q.terms.has(stemNorwegian('opptak'))).toBe(true);
    expect(analyzer.query('Hva trenger jeg for å komme på fagskole?').words.some((w) => w.stem === stemNorwegian('opptak'))).toBe(false);
    // Said once when the question also has the word itself.
    expect(analyzer.query('opptak: hvordan komme inn på fagskole').words.filter((w) => w.stem === stemNorwegian('opptak'))).toHaveLength(1);
  });

  it('reads a text\'s phrase of stop words ("fra før") as the word it means ("allerede"), so a question with that word finds it', () => {
    expect(stems('du har fagbrev fra før')).toContain(stemNorwegian('allerede'));
    expect(stems('du har fagbrev fra Førde')).not.toContain(stemNorwegian('allerede'));
    expect(stems('allerede fra før').filter((s) => s === stemNorwegian('allerede'))).toHaveLength(1);
  });

  it('maps stp to studiepoeng and Vg 3 to vg3', () => {
    expect(analyzer.query('10 stp').terms.has(stemNorwegian('studiepoeng'))).toBe(true);
    expect(analyzer.query('fordypning på Vg 3').terms.has('vg3')).toBe(true);
  });

  it('adds bigrams of neighbouring content words', () => {
    const q = analyzer.query('fagbrev på jobb');
    expect(q.terms.has(`${stemNorwegian('fagbrev')} ${stemNorwegian('jobb')}`)).toBe(true);
  });
});
