// How an answer is shown per channel: the citation entity on every answer (shape and positions checked
// against test/support/citation-entity-schema.ts), the AI label only on LLM-written text and in each
// client's own field, Teams' feedback loop, Web Chat's reference definitions, the plain "Kilde:" lines.
import type { Activity } from 'botbuilder';
import fc from 'fast-check';
import type { AskResult, Citation } from '../../src/catalogue/schema';
import { loadSources } from '../../src/catalogue/sources';
import { answerActivity, answerSurface } from '../../src/replies/answer';
import { createCitationFormatter } from '../../src/replies/citations';
import { markersIn, shorten, withEveryMarker } from '../../src/replies/message-entity';
import { KNOWLEDGE_DIR } from '../support/knowledge';
import { CitationEntitySchema, TeamsCitationEntitySchema, citationEntityOf } from '../support/citation-entity-schema';

const entries = loadSources(KNOWLEDGE_DIR).map((s) => s.entry);
const FILE = '002_373d7c6cf6bd4a35.txt';
const report: Citation = { source: FILE, title: 'BattKOMP 3', lines: [773, 797], quote: 'Batterifagskolen ble startet for å gi fagarbeidere i industrien en vei inn i batteriproduksjon, og den er nettbasert med samlinger, slik at man kan ta den ved siden av jobben uten å flytte.' };
const page: Citation = { source: 'web', title: 'Offentlig informasjon: Batterifagskolen', url: 'https://www.kongsberg.no/norges-forste-batterifagskole/', quote: 'Batterifagskolen består av seks moduler.' };

const extractive: AskResult = { question: 'Hva er Batterifagskolen?', answer: 'Den er nettbasert [1]. Den har seks moduler [2].', citations: [report, page] };
const llm: AskResult = { ...extractive, generatedByLlm: true };

describe.each([
  ['without PUBLIC_BASE_URL', undefined],
  ['with PUBLIC_BASE_URL', 'https://veiviser.example.no'],
])('answers %s', (_name, base) => {
  const cite = createCitationFormatter(entries, base);

  it('Teams: the text with markers, a valid entity with absolute links only, the feedback loop, the label only for LLM text', () => {
    const plain = answerActivity(extractive.question, extractive, cite, 'teams');
    const entity = citationEntityOf(plain, TeamsCitationEntitySchema);
    expect(plain.text).toBe(extractive.answer);
    expect(entity.additionalType).toBeUndefined();
    expect(entity.keywords).toBeUndefined();
    expect(entity.citation[0].appearance.url).toBe(base ? `${base}/kilder/${FILE}?fra=773&til=797#L773` : undefined);
    expect(entity.citation[1].appearance.url).toBe(page.url);
    expect(plain.channelData).toMatchObject({ feedbackLoop: { type: 'default' } });
    expect(plain.suggestedActions?.actions.some((a) => a.type === 'messageBack')).toBe(false);

    const generated = answerActivity(llm.question, llm, cite, 'teams');
    expect(citationEntityOf(generated, TeamsCitationEntitySchema).additionalType).toEqual(['AIGeneratedContent']);
    expect(citationEntityOf(generated).keywords).toBeUndefined();
  });

  it('Web Chat: the same claims plus Markdown reference definitions, and keywords for LLM text', () => {
    const reply = answerActivity(llm.question, llm, cite, 'webchat');
    const entity = citationEntityOf(reply);
    expect(entity.keywords).toEqual(['AIGeneratedContent']);
    expect(entity.additionalType).toBeUndefined();
    const [body, definitions] = (reply.text ?? '').split('\n\n');
    expect(body).toBe(llm.answer);
    expect(definitions.split('\n')).toEqual([
      `[1]: ${base ?? ''}/kilder/${FILE}?fra=773&til=797#L773 "BattKOMP 3 (Norsk Industri, 2022)"`,
      `[2]: ${page.url} "Offentlig informasjon: Batterifagskolen (www.kongsberg.no)"`,
    ]);
    expect(reply.text).not.toMatch(/Kilde:/);
    expect(citationEntityOf(answerActivity(extractive.question, extractive, cite, 'webchat')).keywords).toBeUndefined();
  });

  it('Web Chat: 👍/👎 on the answer itself (Like/DislikeAction with the rating), not among the suggestions; Markdown Web Chat reads', () => {
    const listed: AskResult = { ...extractive, answer: 'Dette står i kildene mine:\n\n• Nettbasert. [1][2]\n• Seks moduler. [2]' };
    const reply = answerActivity(listed.question, listed, cite, 'webchat');
    const entity = citationEntityOf(reply);
    expect(entity.potentialAction?.map((a) => [a['@type'], a.value.rating, a.value.question, a.value.sources])).toEqual([
      ['LikeAction', 'up', listed.question, [`${FILE}#773-797`, page.url]],
      ['DislikeAction', 'down', listed.question, [`${FILE}#773-797`, page.url]],
    ]);
    expect(reply.suggestedActions?.actions.some((a) => a.type === 'messageBack')).toBe(false);
    expect(reply.text?.split('\n\n').slice(0, 2)).toEqual(['Dette står i kildene mine:', '- Nettbasert. [1] [2]\n- Seks moduler. [2]']);
    expect((reply.channelData as { veiviser: { answer: string } }).veiviser.answer).toBe(listed.answer);
    // Two facts of one page are one source to rate.
    const samePage: AskResult = { ...extractive, answer: 'Nettbasert [1]. Seks moduler [2].', citations: [page, { ...page, quote: 'Batterifagskolen er nettbasert.' }] };
    expect(citationEntityOf(answerActivity(samePage.question, samePage, cite, 'webchat')).potentialAction?.map((a) => a.value.sources)).toEqual([[page.url], [page.url]]);
    // Without sources there is nothing to rate.
    expect(citationEntityOf(answerActivity('q', { question: 'q', answer: 'Vet ikke.', citations: [] }, cite, 'webchat')).potentialAction).toBeUndefined();
  });

  it('other channels: "[n] Kilde:" lines, the entity, 👍/👎 buttons, citations in channelData', () => {
    const reply = answerActivity(extractive.question, extractive, cite);
    expect(reply.text).toMatch(/\n\n\[1\] Kilde: \[BattKOMP 3 \(Norsk Industri, 2022\)\]\(/);
    expect(citationEntityOf({ ...reply, text: extractive.answer }).citation).toHaveLength(2);
    expect(reply.suggestedActions?.actions.filter((a) => a.type === 'messageBack')).toHaveLength(2);
    expect((reply.channelData as { veiviser: { citations: Citation[] } }).veiviser.citations).toEqual([report, page]);
  });
});

describe('claims', () => {
  const cite = createCitationFormatter(entries, 'https://veiviser.example.no');

  it('keep names within 80 and abstracts within 160 characters, cut at a word', () => {
    const long: Citation = { ...page, title: 'En svært lang tittel '.repeat(8), quote: 'Et langt sitat om fagbrev '.repeat(12) };
    const entity = citationEntityOf(answerActivity('q', { question: 'q', answer: 'Svar [1].', citations: [long] }, cite, 'teams'));
    expect(entity.citation[0].appearance.name.length).toBeLessThanOrEqual(80);
    expect(entity.citation[0].appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(entity.citation[0].appearance.abstract).toMatch(/\S…$/);
    expect(shorten('ord '.repeat(50), 20)).toBe('ord ord ord ord…');
  });

  it('shorten a long text as if its whitespace were collapsed whole (it collapses only the beginning it keeps)', () => {
    const whole = (text: string, max: number) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean.length <= max) return clean;
      const cut = clean.slice(0, max - 1);
      const space = cut.lastIndexOf(' ');
      return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
    };
    const piece = fc.oneof(fc.constantFrom(' ', '  ', '\n', '\t\n ', '\u00a0', 'ord', 'sitat', '…', '😀'), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 2, max: 60 }), (pieces, max) => {
        const text = pieces.join('');
        expect(shorten(text, max)).toBe(whole(text, max));
      }),
      { numRuns: 3000 },
    );
  });

  it('are at most 20, and every citation gets a marker in the text', () => {
    const many = Array.from({ length: 24 }, (_, i): Citation => ({ ...page, url: `https://example.no/${i}`, quote: `Sitat ${i}` }));
    const reply = answerActivity('q', { question: 'q', answer: 'Mange kilder [1].', citations: many }, cite, 'teams') as Partial<Activity>;
    const entity = CitationEntitySchema.parse(reply.entities?.[0]);
    expect(entity.citation).toHaveLength(20);
    expect(markersIn(reply.text ?? '')).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('markers the answerer left out are added at the end', () => {
    expect(withEveryMarker('Svar [2].', 3)).toBe('Svar [2]. [1] [3]');
    expect(withEveryMarker('Svar [1, 2].', 2)).toBe('Svar [1, 2].');
  });

  it('an answer without sources still carries the entity, with no claims and no label', () => {
    const reply = answerActivity('q', { question: 'q', answer: 'Det vet jeg ikke.', citations: [] }, cite, 'teams');
    expect(citationEntityOf(reply).citation).toEqual([]);
    expect(reply.channelData).not.toHaveProperty('feedbackLoop');
  });
});

it('names the surface by channel', () => {
  expect(['msteams', 'directline', 'webchat', 'emulator', 'test', undefined].map(answerSurface)).toEqual([
    'teams',
    'webchat',
    'webchat',
    'plain',
    'plain',
    'plain',
  ]);
});
