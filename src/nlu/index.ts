// Understanding free text without an LLM: pure functions over one user message, built once from the
// place index and the lexicons (createUnderstander), plus the few functions that need no data.
export { abroadVocabulary, createUnderstander, type Understander, type UnderstanderOptions, type Understanding, type Understood } from './understand';
export { readAnswer, type AnswerReading } from './answers';
export { describesPerson } from './describes-person';
export { createPlaceMatcher, type PlaceMatch, type PlaceMatcher } from './places';
export type { AmbiguousCounty } from './read-county';
export { parseYesNo } from './yes-no';
export { detectIntent, isHedgedReply, isQuestion, INTENTS, IntentSchema, type Intent } from './intent';
