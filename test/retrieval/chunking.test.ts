// The chunker must keep exact 1-based line ranges while repairing the PDF text.
import { loadSources, type SourceDocument } from '../../src/catalogue/sources';
import type { SourceEntry } from '../../src/catalogue/schema';
import { quoteInLines } from '../../src/catalogue/verify';
import { loadLexicon, type Lexicon } from '../../src/retrieval/lexicon';
import { chunkDocuments, type Chunk } from '../../src/retrieval/chunking/chunks';
import { splitSentences } from '../../src/retrieval/chunking/sentences';
import { normalizeForMatching } from '../../src/normalise';
import { wordTokens } from '../../src/retrieval/text';
import { KNOWLEDGE_DIR } from '../support/knowledge';

let lexicon: Lexicon;
let docs: SourceDocument[];
let chunks: Chunk[];

beforeAll(() => {
  lexicon = loadLexicon(KNOWLEDGE_DIR);
  docs = loadSources(KNOWLEDGE_DIR);
  chunks = chunkDocuments(docs, lexicon);
});

/** Letters and digits only: what is left of a text when spaces, hyphens and punctuation are ignored. */
const squash = (text: string): string => wordTokens(normalizeForMatching(text)).join('');

function rawRange(doc: SourceDocument, [a, b]: [number, number]): string {
  return doc.lines.slice(a - 1, b).join('\n');
}

const entry = (file = '009_0000000000000000.txt'): SourceEntry => ({
  file,
  title: 'Testrapport',
  shortTitle: 'Test',
  publisher: 'Testforlaget',
  year: 2024,
  covers: 'test',
});

function chunkText(text: string): Chunk[] {
  return chunkDocuments([{ entry: entry(), lines: text.split('\n') }], lexicon);
}

describe('chunks of the real reports', () => {
  it('covers all five reports', () => {
    expect(new Set(chunks.map((c) => c.source)).size).toBe(docs.length);
  });

  it('every word of every sentence is on the lines the sentence claims', () => {
    const byFile = new Map(docs.map((d) => [d.entry.file, d]));
    for (const c of chunks) {
      const doc = byFile.get(c.source)!;
      for (const s of c.sentences) {
        const [a, b] = s.lines;
        expect(a).toBeGreaterThanOrEqual(c.lines[0]);
        expect(b).toBeLessThanOrEqual(c.lines[1]);
        const range = squash(rawRange(doc, [a, b]));
        const lines = doc.lines.slice(a - 1, b).map(squash);
        // A word broken at a line end may have a footnote between its halves ("nett-" … "verksbygging").
        const brokenAround = (w: string): boolean => {
          for (let i = 1; i < w.length; i++) {
            const head = w.slice(0, i);
            const tail = w.slice(i);
            const at = lines.findIndex((l) => l.endsWith(head));
            if (at >= 0 && lines.slice(at + 1).some((l) => l.startsWith(tail))) return true;
          }
          return false;
        };
        for (const w of wordTokens(normalizeForMatching(s.text))) {
          if (!range.includes(w) && !brokenAround(w)) {
            throw new Error(`"${w}" of ${c.id} is not on lines ${a}–${b}: ${s.text}`);
          }
        }
        // Exact ends: the sentence's first character is on line a and its last character on line b
        // (a word broken over two lines may continue on the next line).
        const toks = wordTokens(normalizeForMatching(s.text));
        expect(doc.lines[a - 1]).toContain(s.text[0]);
        expect(doc.lines[b - 1]).toContain(s.text[s.text.length - 1]);
        const first = toks[0];
        const last = toks[toks.length - 1];
        expect(squash(doc.lines[a - 1])).toContain(first.slice(0, Math.min(2, first.length)));
        if (/[\p{L}\p{N}][.,;:!?»”")\]]*$/u.test(s.text)) {
          expect(squash(doc.lines[b - 1])).toContain(last.slice(-Math.min(2, last.length)));
        }
      }
    }
  });

  it('almost every sentence can be quoted from its own lines as kb:check reads quotes', () => {
    // The few that cannot (sentences running across a multi-line footnote) are never quoted by the
    // extractive answerer; test/answer checks that the citations it gives verify.
    const byFile = new Map(docs.map((d) => [d.entry.file, d]));
    const sentences = chunks.flatMap((c) => c.sentences.map((s) => ({ doc: byFile.get(c.source)!, s })));
    const unquotable = sentences.filter(({ doc, s }) => !quoteInLines(s.text, doc.lines, s.lines));
    expect(sentences.length).toBeGreaterThan(2000);
    expect(unquotable.length / sentences.length).toBeLessThan(0.01);
  });

  it('never starts or ends a chunk on a blank line', () => {
    const byFile = new Map(docs.map((d) => [d.entry.file, d]));
    for (const c of chunks) {
      const doc = byFile.get(c.source)!;
      expect(doc.lines[c.lines[0] - 1].trim()).not.toBe('');
      expect(doc.lines[c.lines[1] - 1].trim()).not.toBe('');
    }
  });

  it('joins words hyphenated across lines and keeps real hyphens', () => {
    const battkomp = chunks.filter((c) => c.source === '002_373d7c6cf6bd4a35.txt').map((c) => c.text).join(' ');
    expect(battkomp).toContain('gjenbruk av batterimaterialer');
    expect(battkomp).not.toMatch(/batteri- ?materialer/u);
    expect(battkomp).toContain('etter- og videreutdanning');
    expect(battkomp).toContain('BattKOMP-prosjektet');
  });

  it('removes footnote numbers glued to words', () => {
    const prosess = chunks.filter((c) => c.source === '000_def992d1852a3a44.txt').map((c) => c.text).join(' ');
    expect(prosess).toContain('Stortingsmelding 14 (2019-2020), «Kompetansereformen');
    const battkomp = chunks.filter((c) => c.source === '002_373d7c6cf6bd4a35.txt').map((c) => c.text).join(' ');
    expect(battkomp).toContain('i samarbeid med Battery Norway og LO');
    const trondelag = chunks.filter((c) => c.source === '001_904e4940690e368f.txt').map((c) => c.text).join(' ');
    expect(trondelag).toContain('få tilbud om læreplass.');
    expect(trondelag).toContain('ungdomsopplæringen er viktig');
  });

  it('keeps passages between a few sentences and about 150 words', () => {
    const sizes = chunks.map((c) => c.text.split(/\s+/u).length);
    const inRange = sizes.filter((n) => n >= 20 && n <= 200).length;
    expect(inRange / sizes.length).toBeGreaterThan(0.9);
    expect(Math.max(...sizes)).toBeLessThan(320);
  });

  it('keeps the heading with its paragraph', () => {
    const fpj = chunks.find((c) => c.source === '002_373d7c6cf6bd4a35.txt' && c.lines[0] <= 773 && c.lines[1] >= 773)!;
    expect(fpj.sentences[0]).toMatchObject({ text: '7.2 Fagbrev på jobb', kind: 'heading', lines: [771, 771] });
    expect(fpj.sentences[1].text).toBe('"Fagbrev på jobb" er en ordning for voksne som er i et arbeidsforhold.');
    expect(fpj.sentences[1].lines).toEqual([773, 773]);
  });

  it('overlaps neighbouring chunks by at most one sentence', () => {
    for (let i = 1; i < chunks.length; i++) {
      if (chunks[i].source !== chunks[i - 1].source) continue;
      const shared = chunks[i].sentences.filter((s) => chunks[i - 1].sentences.some((p) => p.lines[0] === s.lines[0] && p.text === s.text));
      expect(shared.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('chunking a small document', () => {
  const text = [
    '1. Innledning',
    '',
    'Vi trenger flere batteri-',
    '',
    'materialer og mer etter- ',
    '',
    'og videreutdanning i Nord-',
    '',
    'Troms. Les mer på https://www.example.no/side ',
    '',
    'https://www.example.no/en-fotnote-som-bare-er-lenke ',
    '',
    'Dette er f.eks. viktig for NAV2 og Vg3. Møtet var 29. november 2022.',
    '',
    'https://www.example.no/en-lang-fotnote-',
    'lenke',
  ].join('\n');

  it('repairs the text and keeps the line numbers of the file', () => {
    const [c] = chunkText(text);
    expect(c.lines).toEqual([1, 13]);
    expect(c.sentences.map((s) => [s.text, s.lines, s.kind])).toEqual([
      ['1. Innledning', [1, 1], 'heading'],
      ['Vi trenger flere batterimaterialer og mer etter- og videreutdanning i Nord-Troms.', [3, 9], 'text'],
      ['Les mer på https://www.example.no/side', [9, 9], 'text'],
      ['Dette er f.eks. viktig for NAV og Vg3.', [13, 13], 'text'],
      ['Møtet var 29. november 2022.', [13, 13], 'text'],
    ]);
  });

  it('drops URL-only lines and their continuations', () => {
    const all = chunkText(text).flatMap((c) => c.sentences.map((s) => s.text)).join(' ');
    expect(all).not.toContain('fotnote');
    expect(all).toContain('https://www.example.no/side');
    expect(all).not.toContain('lenke');
  });

  it('gives an empty document no chunks', () => {
    expect(chunkText('\n\n  \n')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations, ordinals or enumerators', () => {
    expect(splitSentences('Dette gjelder bl.a. lærlinger. Fristen er 1. mars. 2. Neste punkt kommer her.')).toEqual([
      'Dette gjelder bl.a. lærlinger.',
      'Fristen er 1. mars.',
      '2. Neste punkt kommer her.',
    ]);
  });
});
