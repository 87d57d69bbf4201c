// "Jeg vil snakke med en veileder / et menneske", "I want to talk to a human", or the hand-off button.
import { isTextInAnyLanguage } from '../text';

const ASKS_FOR_A_PERSON = [
  /(?:snakke?|prate?|chatte?|skrive|kontakt|kontakte|komme i kontakt|få kontakt)\s+(?:med\s+)?(?:en\s+|et\s+|ei\s+)?(?:ekte\s+|menneskelig\s+|levende\s+)?(?:veileder|veiledar|karriereveileder|menneske|person|rådgiver|rådgjevar|saksbehandler|ansatt|noen)(?![\p{L}])/u,
  /(?:menneskelig|ekte)\s+(?:veileder|person|hjelp)(?![\p{L}])/u,
  /(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:real\s+|human\s+|live\s+)?(?:human|person|counsellor|counselor|adviser|advisor|agent|someone|somebody|staff)(?![\p{L}])/u,
  /(?:human|live|real)\s+(?:agent|person|counsellor|counselor|adviser|advisor|help)(?![\p{L}])/u,
];

/** Longer messages that mention a counsellor are questions about one, not a request to be handed over. */
const MAX_WORDS = 14;

export function isHandoffRequest(text: string): boolean {
  if (isTextInAnyLanguage(text, (t) => t.handoff.button)) return true;
  const said = text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (said.split(' ').length > MAX_WORDS) return false;
  return ASKS_FOR_A_PERSON.some((re) => re.test(said));
}
