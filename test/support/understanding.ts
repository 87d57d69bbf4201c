// The understander built from the repository's knowledge/, the way src/app.ts builds it, shared by
// the understanding and dialog tests.
import { loadCatalogue } from '../../src/catalogue/loader';
import { loadUnderstandingLexicon } from '../../src/catalogue/lexicon';
import { createUnderstander } from '../../src/nlu';
import { KNOWLEDGE_DIR } from './knowledge';

export const catalogue = loadCatalogue(KNOWLEDGE_DIR);
export const lexicon = loadUnderstandingLexicon(KNOWLEDGE_DIR);
export const understander = createUnderstander(catalogue.places, lexicon);
