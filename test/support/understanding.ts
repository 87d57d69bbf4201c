// The understander built from the repository's knowledge/, the way src/app.ts builds it, shared by
// the understanding and dialog tests.
import { loadCatalogue } from '../../src/catalogue/loader';
import type { Profile } from '../../src/catalogue/schema';
import { loadUnderstandingLexicon } from '../../src/catalogue/lexicon';
import { createUnderstander } from '../../src/nlu';
import { KNOWLEDGE_DIR } from './knowledge';

export const catalogue = loadCatalogue(KNOWLEDGE_DIR);
export const lexicon = loadUnderstandingLexicon(KNOWLEDGE_DIR);
export const understander = createUnderstander(catalogue.places, lexicon);

/** What a message is understood to say. */
export const understand = (text: string): Profile => understander.understand(text).profile;

/** A message and every field it states, nothing else. */
export type ProfileCase = [string, Profile];

/** One test per message: it is understood to say exactly the fields listed. */
export function eachProfile(cases: ProfileCase[]): void {
  it.each(cases)('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });
}
