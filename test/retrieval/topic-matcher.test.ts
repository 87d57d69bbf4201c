// Which topics a question names: with the real topic list, in the forms people write them.
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
});
