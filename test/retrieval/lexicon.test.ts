// The lexicon data files are validated with zod; broken edits must fail loudly.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadLexicon } from '../../src/retrieval/lexicon';
import { KNOWLEDGE_DIR } from '../support/knowledge';

describe('loadLexicon', () => {
  it('loads the real knowledge/ data', () => {
    const lex = loadLexicon(KNOWLEDGE_DIR);
    expect(lex.stopwords.has('og')).toBe(true);
    expect(lex.stopwords.has('fagbrev')).toBe(false);
    expect(lex.stopwords.has('jobb')).toBe(false);
    expect(lex.synonyms.some((g) => g.terms.includes('fagbrev') && g.terms.includes('svennebrev'))).toBe(true);
    expect(lex.keepAlphanumeric.has('vg3')).toBe(true);
    expect(lex.answerCues.length).toBeGreaterThan(0);
  });

  describe('with broken files', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-lexicon-'));
      for (const f of ['stopwords.json', 'synonyms.json']) cpSync(path.join(KNOWLEDGE_DIR, f), path.join(dir, f));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('rejects a synonym group with one term', () => {
      writeFileSync(path.join(dir, 'synonyms.json'), JSON.stringify({ groups: [{ terms: ['fagbrev'] }] }));
      expect(() => loadLexicon(dir)).toThrow(/synonyms\.json is invalid/u);
    });

    it('rejects upper-case stop words', () => {
      writeFileSync(path.join(dir, 'stopwords.json'), JSON.stringify({ stopwords: ['Og'] }));
      expect(() => loadLexicon(dir)).toThrow(/stopwords\.json is invalid/u);
    });

    it('rejects an answer cue with an invalid regular expression', () => {
      const lexDir = path.join(dir, 'lexicon');
      cpSync(path.join(KNOWLEDGE_DIR, 'lexicon'), lexDir, { recursive: true });
      writeFileSync(
        path.join(lexDir, 'answer-cues.json'),
        JSON.stringify({ cues: [{ name: 'x', questionPatterns: ['(unclosed'], cueWords: ['krav'] }] }),
      );
      expect(() => loadLexicon(dir)).toThrow(/answer-cues\.json is invalid/u);
    });

    it('rejects files that are not JSON', () => {
      writeFileSync(path.join(dir, 'synonyms.json'), '{ not json');
      expect(() => loadLexicon(dir)).toThrow(/cannot read JSON/u);
    });

    it('works without the optional lexicon/ files', () => {
      const lex = loadLexicon(dir);
      expect(lex.compoundWords).toEqual([]);
      expect(lex.answerCues).toEqual([]);
    });
  });
});
