// Free-text understanding without an LLM: pure functions over one user message.
export { parseYears, parsePercent, parseYesNo, parseAge, findAge, findPercent } from './values';
export { rewriteNumbers, parseBareNumber, numberWordValue } from './numbers';
export {
  COUNTIES,
  CountySchema,
  CountyMatchSchema,
  matchCounty,
  parseCounty,
  countyClarification,
  type County,
  type CountyMatch,
} from './county';
export {
  extractProfile,
  extractProfileDetails,
  describeProfile,
  profilePhrases,
  parseTrade,
  parseInterests,
  type ProfileExtraction,
} from './profile';
export { detectIntent, isQuestion, INTENTS, IntentSchema, type Intent } from './intent';
