// Which topics a question names: with the real topic list, in the forms people write them.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTopics } from '../../src/catalogue/topics';
import { TopicMatcher } from '../../src/retrieval/topic-matcher';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const matcher = new TopicMatcher(loadTopics(KNOWLEDGE_DIR), 'nb');
const topics = (text: string) => matcher.match(TopicMatcher.tokens(text)).map((h) => h.topic);

describe('TopicMatcher', () => {
  test('a term of several words, its words inflected ("fagbrevet gjennom jobben")', () => {
    expect(topics('sjefen sier jeg er for ung til å ta fagbrevet gjennom jobben')).toContain('fagbrev-paa-jobb');
    expect(topics('fagbrev på jobb')).toContain('fagbrev-paa-jobb');
  });

  test('a short word is not read as an inflection of another', () => {
    expect(topics('jeg tar bussen på jobb')).not.toContain('fagbrev-paa-jobb');
  });

  test('a long name half remembered, its start and last word right ("trøndermodellen"), is that name', () => {
    expect(topics('naboen snakket om trøndermodellen')).toContain('trondelagsmodellen');
    expect(topics('hva sier trøndelagsstrategien om fagskole')).not.toContain('trondelagsmodellen');
  });

  test('a name of several words whose last word is typed one letter wrong, after the rest typed right, is that name', () => {
    expect(topics('kan man ta fagbrev på jbob når man er 50')).toContain('fagbrev-paa-jobb');
    expect(topics('fagbrev pa jobv i barnehage')).toContain('fagbrev-paa-jobb');
    // (Two letters wrong, or the words before it wrong too, is not.)
    expect(topics('fagbrev på bjbo')).not.toContain('fagbrev-paa-jobb');
    expect(topics('fagbrevet ble på jbob')).not.toContain('fagbrev-paa-jobb');
  });

  test('a one-word name typed apart ("batteri fag skolen", "praksis kandidaten") is that name', () => {
    expect(topics('får man studiepoeng på batteri fag skolen')[0]).toBe('batterifagskolen');
    expect(topics('er praksis kandidaten nødt til å betale')).toContain('praksiskandidat');
    // (An ending is the last word's: a word after the name is no ending of it.)
    expect(matcher.match(TopicMatcher.tokens('kjemiprosess vg2 hvor'))[0].tokens).toEqual([0]);
  });
});

describe('loadTopics', () => {
  test('a topic may only be part of a topic the list has', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'topics-'));
    mkdirSync(path.join(dir, 'lexicon'));
    const file = JSON.parse(readFileSync(path.join(KNOWLEDGE_DIR, 'lexicon', 'topics.json'), 'utf8')) as { topics: Array<{ partOf?: string[] }> };
    file.topics[0].partOf = ['no-such-topic'];
    writeFileSync(path.join(dir, 'lexicon', 'topics.json'), JSON.stringify(file));
    expect(() => loadTopics(dir)).toThrow(/part of unknown topic\(s\) no-such-topic/u);
  });

  test('the battery and industry vocational colleges are kinds of fagskole', () => {
    const byId = new Map(loadTopics(KNOWLEDGE_DIR).map((t) => [t.id, t]));
    expect(byId.get('batterifagskolen')?.partOf).toEqual(['fagskole']);
    expect(byId.get('industrifagskolen')?.partOf).toEqual(['fagskole']);
  });
});
