// What the user wants with a message, from keywords. The table is read top to bottom; the first row that
// matches wins. Commands (cancel, help, menu, …) only count when they are the whole message (polite
// filler words allowed), so "kan NAV hjelpe meg?" is a question, not a request for help.
import { z } from 'zod';
import { normalizeText } from '../normalise';
import { NORWEGIAN_FORMS } from './language-words';
import { wordRegex } from './text';

export const INTENTS = [
  'deleteMyData',
  'restart',
  'cancel',
  'help',
  'menu',
  'greeting',
  'thanks',
  'acknowledge',
  'guidance',
  'courseFinder',
  'question',
  'unknown',
] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;

interface IntentRule {
  intent: Intent;
  /** Matches when the whole message, without filler words, is one of these. */
  whole?: string[];
  /** Matches anywhere in the message (whole words). */
  anywhere?: RegExp[];
  /** Matches when this function says so. */
  test?: (normalized: string) => boolean;
}

const QUESTION_WORD = /^(?:hva|hvordan|hvorfor|hvem|hvor|når|hvilke|hvilken|hvilket|what|how|why|who|where|when|which)(?![\p{L}'])/u;
/**
 * Inverted word order: "kan jeg …", "er det …", "finnes det …", "kan bedrifta …", "har mine ansatte …".
 * The subject must follow: "Har fagbrev" and "Er 34 år" leave the subject out and tell, not ask.
 */
const QUESTION_VERB = new RegExp(
  '^(?:kan|har|er|må|skal|vil|får|trenger|gjelder|finnes|fins|koster|passer|tilbyr)\\s+' +
    '(?:jeg|du|det|man|dere|vi|noen|en|de|han|hun|nav|fylket|fylkeskommunen|' +
    'min|mi|mitt|mine|vår|vårt|våre|din|ditt|dine|hans|hennes|deres|' +
    'bedriften|bedrifta|firmaet|arbeidsgiveren|arbeidsgiver|sjefen|kommunen|staten|ansatte|voksne|folk|alle)(?![\\p{L}])',
  'u',
);
/** The same in English: "can I …", "do I need …", "is there …". */
const ENGLISH_QUESTION_VERB = /^(?:can|could|do|does|did|is|are|am|should|will|would|must|may|have|has)\s+(?:i|you|it|there|we|they|one|my|nav|the|a|an|he|she|someone|anyone)(?![\p{L}])/u;

/**
 * A question asked without a question mark, anywhere in the message: "Lurer på om det finnes kurs for meg.",
 * "Vil gjerne vite hva det koster.", "Kindly advise whether …", "I would like to know if …".
 */
const INDIRECT_QUESTION = new RegExp(
  String.raw`(?:^|[\s.,!;:])(?:(?:lurer|lure|lurte|lurar|undrer) (?:jeg |eg |æ )?på (?:om|hva|hvordan|hvor|når|hvem|hvilke|hvilken|hvilket|hvorfor|åssen|ka|kva|kor|korleis)` +
    String.raw`|(?:vil|ville|skulle) (?:gjerne |bare )?(?:vite|høre)|(?:kan|kunne) (?:du|dere) (?:si|fortelle|forklare|svare på)` +
    String.raw`|i (?:wonder|was wondering|would like to know|want to know|'d like to know|need to know)|(?:kindly|please) (?:advise|tell|let me know|explain|confirm)` +
    String.raw`|(?:could|can|would) you (?:please )?(?:tell|explain|advise|let me know|confirm))(?=[\s,]|$)`,
  'u',
);

/**
 * A question: has a sentence ending with "?" (also before a last remark, "… ved sida av jobb? Bur i Sogndal."), starts
 * with a question word, starts with a verb before its subject, or asks indirectly.
 */
export function isQuestion(text: string): boolean {
  const t = normalizeText(text);
  if (/\?(?:\s|$)/.test(t)) return true;
  const opened = inBokmål(t);
  return QUESTION_WORD.test(opened) || QUESTION_VERB.test(opened) || ENGLISH_QUESTION_VERB.test(t) || INDIRECT_QUESTION.test(t);
}

/** Words of doubt a reply may carry its question mark for: "tja, kanskje 4-5 år?", "ca 70 %?", "maybe Nordland?". */
const HEDGE = /(?:^|[\s,])(?:tja|kanskje|kansje|ca|cirka|rundt|omtrent|vel|tror|trur|sånn|maybe|perhaps|about|around|roughly|approximately)(?=[\s,.?!]|$)/u;
/** A reply, not a question, however it ends: no more words than this. */
const HEDGED_REPLY_WORDS = 8;

/**
 * A reply given with a question mark only for doubt ("tja, kanskje 4-5 år?", "rundt 70 %?"): a number or a word of doubt,
 * few words, and nothing that asks (no question word, no verb before its subject, no "lurer på").
 */
export function isHedgedReply(text: string): boolean {
  const t = normalizeText(text);
  if (!/\?\s*$/.test(t) || t.split(' ').length > HEDGED_REPLY_WORDS) return false;
  // (Each part between commas may ask: "kanskje 4 år, holder det?".)
  const parts = t.split(/,\s*/u).map(inBokmål);
  if (parts.some((p) => QUESTION_WORD.test(p) || QUESTION_VERB.test(p) || ENGLISH_QUESTION_VERB.test(p)) || INDIRECT_QUESTION.test(t)) return false;
  return /\d/.test(t) || HEDGE.test(t);
}

/** The message with every dialect or nynorsk word in bokmål ("kva kan eg gjere" → "hva kan jeg gjøre"). */
function inBokmålWords(normalized: string): string {
  return normalized.replace(/\p{L}+/gu, (w) => (Object.hasOwn(NORWEGIAN_FORMS, w) ? NORWEGIAN_FORMS[w] : w));
}

/** The message with its first two words in bokmål: "ka e …", "kor lenge …", "nar ble …" (typed without å). */
function inBokmål(normalized: string): string {
  const words = normalized.split(' ');
  for (let i = 0; i < Math.min(2, words.length); i++) if (Object.hasOwn(NORWEGIAN_FORMS, words[i])) words[i] = NORWEGIAN_FORMS[words[i]];
  return words.join(' ');
}

/** "fagbrevet" ending what is asked ("… å få fagbrevet?"), not "fagbrevet mitt godkjent". */
const THE_CERTIFICATE = '(?:fagbrevet|svennebrevet)(?=\\s*(?:[?.!,]|$))';
/** After "fagbrev" in a how-to-get-one question: words that name the route asked about. */
const NOT_A_ROUTE = '(?! på jobb| gjennom| via| som (?:praksiskandidat|lærling|lærekandidat|privatist)| at work| through| as an? (?:apprentice|practice candidate))';

const RULES: IntentRule[] = [
  {
    intent: 'deleteMyData',
    anywhere: [
      wordRegex('slett(?:e)? (?:alle )?(?:mine data|dataene mine|data(?:ene)? om meg|opplysningene mine|opplysninger om meg|profilen min|alt om meg|meg)'),
      wordRegex('glem meg|glem alt om meg|fjern (?:mine data|dataene mine|opplysningene mine)'),
      wordRegex('delete (?:all )?(?:my data|my information|everything about me|my profile)|forget (?:me|everything about me)'),
    ],
  },
  { intent: 'restart', anywhere: [wordRegex('(?:start|begynn|starte|begynne) (?:på )?nytt|nullstill|restart|omstart|start (?:over|again)')] },
  { intent: 'cancel', whole: ['avbryt', 'avbryte', 'stopp', 'stop', 'slutt', 'avslutt', 'glem det', 'cancel'] },
  {
    intent: 'help',
    whole: ['hjelp', 'help', 'trenger hjelp', 'hva kan du', 'hva kan du gjøre', 'hva kan du hjelpe med', 'hvordan virker dette',
      'hvordan fungerer dette', 'hva gjør jeg nå', 'what can you do', 'how does this work'],
  },
  { intent: 'menu', whole: ['meny', 'menyen', 'menu', 'hovedmeny', 'hovedmenyen', 'tilbake til menyen', 'main menu', 'the menu', 'back to the menu'] },
  { intent: 'greeting', whole: ['hei', 'heisann', 'hallo', 'halla', 'hei hei', 'god morgen', 'god dag', 'god kveld', 'morn', 'hi', 'hello', 'hi there', 'hello there', 'hey', 'good morning', 'good afternoon', 'good evening'] },
  { intent: 'thanks', whole: ['takk', 'tusen takk', 'takk skal du ha', 'takk for hjelpen', 'mange takk', 'flott takk', 'supert', 'thanks', 'thank you', 'thanks a lot', 'thank you very much', 'thanks for the help'] },
  // "takk, det var nyttig", "supert, takk!", "thanks, that helped": thanks and a word on the answer, nothing asked.
  { intent: 'thanks', test: isThanksWithRemark },
  // "ok", "greit", "skjønner": the answer was read, nothing asked.
  {
    intent: 'acknowledge',
    whole: ['ok', 'okei', 'okay', 'oki', 'ok da', 'ok då', 'greit', 'den er grei', 'skjønner', 'ok skjønner', 'jeg skjønner', 'forstår', 'jeg forstår', 'aha', 'ah ok',
      'fint', 'flott', 'kult', 'got it', 'i see', 'understood', 'alright', 'all right', 'fine', 'cool', 'ok got it'],
  },
  // Asking who to turn to is a question, whatever it wants help with ("hvem kan jeg ringe for å få hjelp til å velge utdanning?").
  {
    intent: 'question',
    anywhere: [wordRegex('hvem kan jeg (?:ringe|snakke med|kontakte|spørre|henvende meg til)'), wordRegex('who (?:can|should) i (?:call|talk to|contact|ask|speak to)|who i (?:can|should|must) (?:call|talk to|contact|ask|speak to)')],
  },
  // Asking for one's own options is a request for guidance, also when it is phrased as a question.
  {
    intent: 'guidance',
    anywhere: [
      wordRegex('hva kan jeg bli|hva skal jeg bli|hvilke muligheter har jeg|mine muligheter|hvilken vei|hvilke veier|finn min vei|min vei til fagbrev|' +
        'hva passer for meg|hjelp til å velge|fagbrev for meg|hva (?:kan|bør) jeg gjøre?|hva jeg (?:kan|bør|skal) gjøre|hva skal jeg gjøre?(?! for)|hva gjør jeg nå|hva (?:for )?muligheter har jeg'),
      wordRegex('what are my options|my options|(?:which|what) (?:routes?|paths?)|(?:my )?route to a trade certificate|what can i become|what suits me|assess me|' +
        'what can i do|what should i do|what do i do now|what options do i have|help me choose'),
      // How to get a trade certificate, no route named: which route depends on the person ("hva må jeg gjøre for å få fagbrev?"),
      // not "… for å ta fagbrev på jobb?" or "… som praksiskandidat?", which ask about that route.
      wordRegex(`(?:(?:hva|hvordan) (?:må|skal|bør|kan) jeg (?:gjøre|gå fram|gå frem) for å|hvordan (?:kan|skal|får|tar) jeg|hvordan (?:får|tar) man) ` +
        `(?:få |ta |skaffe meg )?(?:meg )?(?:et )?(?:fagbrev|svennebrev|fag- og svennebrev|fag- eller svennebrev|${THE_CERTIFICATE})${NOT_A_ROUTE}`),
      // How long it will take the writer to get one: it depends on their route ("Hvor lang tid vil det ta for meg å få fagbrevet?").
      wordRegex(`(?:hvor lang tid|hvor lenge) (?:vil|kommer|tar|kan) (?:det )?(?:å )?(?:ta )?(?:for meg|meg) (?:å )?(?:få|ta) (?:et )?(?:fagbrev|svennebrev|${THE_CERTIFICATE})${NOT_A_ROUTE}`),
      wordRegex(`how long (?:will|would|does) it take (?:me|for me) to (?:get|earn|take) (?:a |my )?(?:fagbrev|trade certificate|journeyman'?s? certificate)${NOT_A_ROUTE}`),
      wordRegex(`(?:how (?:do|can|could|should) i|what (?:do|must|should) i (?:need to |have to )?do to) (?:get|take|earn|obtain) ` +
        `(?:a |my )?(?:fagbrev|trade certificate|journeyman'?s? certificate|craft certificate)${NOT_A_ROUTE}`),
      // "… Hvor begynner jeg?" as the whole question (not "hvor begynner jeg for å søke fagbrev på jobb?").
      /(?:^|[\s.,!])(?:hvor|kor) (?:skal jeg |skal eg |kan jeg |kan eg )?(?:begynner|begynne|starter|starte|byrjar|byrje) ?(?:jeg|eg)?\s*[?.!]*$/iu,
      /(?:^|[\s.,!])where (?:do|should|can) i (?:start|begin)\s*[?.!]*$/iu,
      // Which of two routes suits the writer best is what the assessment weighs ("Er fagbrev på jobb eller praksiskandidat best for meg?").
      wordRegex('(?:er|blir|passer) (?:det )?(?:\\S+ ){1,5}eller (?:\\S+ ){1,5}(?:best|lurest|smartest|beste valget|riktigst) for (?:meg|oss|ho|han|henne)'),
      wordRegex('(?:is|would) (?:\\S+ ){1,5}or (?:\\S+ ){1,5}(?:better|best|the best choice|smarter) for (?:me|us|him|her)'),
      // What help there is for oneself ("Jeg droppet ut av videregående. Hva slags hjelp finnes for meg?").
      wordRegex('(?:hva slags|hvilken|hvilke) hjelp (?:finnes|fins|finst|er det|kan jeg få|får jeg) (?:det )?for meg|what (?:kind of )?help (?:is there|can i get|do i get) for me'),
      // "… Hvordan går jeg fram?" as the whole question (not "hvordan går jeg fram for å søke om fagbrev på jobb?").
      /(?:^|[\s.,!])(?:hvordan|korleis|koss|kossen|åssen|hvorledes) (?:går|skal|bør|kan) (?:jeg|eg|e|man) (?:gå )?(?:fram|frem|videre)\s*[?.!]*$/iu,
      /(?:^|[\s.,!])how (?:do|should|can) i (?:proceed|go about (?:it|this|that)|get started|move forward)\s*[?.!]*$/iu,
    ],
  },
  {
    intent: 'courseFinder',
    anywhere: [wordRegex('finn kurs|finne kurs|finn tilbud|finne tilbud|vis kurs|vis tilbud'), wordRegex('find (?:a )?courses?|show (?:me )?courses')],
  },
  // A question is answered first, whatever it mentions ("kurs", "tilbud", "karriereveiledning"); the
  // answer then offers guidance and the course finder as next steps.
  { intent: 'question', test: isQuestion },
  // Not a question: these words ask for guidance or for courses.
  {
    intent: 'guidance',
    anywhere: [
      wordRegex('veiledning|karriereveiledning|vei til fagbrev|bytte yrke|omskolere|omskolering'),
      wordRegex('career guidance|change (?:my )?career|retrain'),
    ],
  },
  {
    intent: 'courseFinder',
    anywhere: [
      wordRegex('kurs|kursene|kurset|tilbud|tilbudene|studietilbud|utdanningstilbud|nettkurs|studiested|studiesenter'),
      wordRegex('courses and offers|study offers|online courses?'),
    ],
  },
];

const THANKS = /(?:^| )(?:takk|tusen takk|mange takk|thanks|thank you)(?: |$)/u;
/** What may stand beside a thanks: a word on the answer or the help ("det var nyttig", "that helped a lot"). */
const THANKS_REMARK = new Set([
  'takk', 'tusen', 'mange', 'for', 'hjelpen', 'svaret', 'svarene', 'infoen', 'informasjonen', 'det', 'dette', 'var', 'er', 'veldig', 'så', 'kjempe', 'mye',
  'nyttig', 'bra', 'fint', 'flott', 'supert', 'topp', 'perfekt', 'hjalp', 'hjelp', 'hjelper', 'godt', 'greit', 'ok', 'okei', 'skal', 'du', 'ha', 'dere', 'deg',
  'thanks', 'thank', 'you', 'that', 'this', 'was', 'is', 'very', 'so', 'much', 'a', 'lot', 'helpful', 'useful', 'great', 'helped', 'nice', 'perfect', 'good',
  'for', 'the', 'help', 'answer', 'info', 'meg', 'oss', 'me', 'us', 'really',
]);

function isThanksWithRemark(normalized: string): boolean {
  if (normalized.includes('?')) return false;
  const words = normalized.replace(/[^\p{L}\s]/gu, ' ').split(/\s+/u).filter(Boolean);
  return THANKS.test(words.join(' ')) && words.length <= THANKS_MAX_WORDS && words.every((w) => THANKS_REMARK.has(w));
}
const THANKS_MAX_WORDS = 10;

/** Words that do not change a command: "avbryt takk", "jeg vil gå til menyen", "vis meny". */
const FILLER = new Set(['jeg', 'vil', 'ønsker', 'å', 'bare', 'takk', 'vær', 'så', 'snill', 'please', 'nå', 'gå', 'til', 'vis',
  'meg', 'kan', 'du', 'gi', 'ok', 'okei', 'da', 'i', 'want', 'to', 'just', 'show', 'me', 'can', 'you', 'go', 'the']);

function withoutFiller(normalized: string, keepTakk: boolean): string {
  const words = normalized.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !FILLER.has(word) || (keepTakk && word === 'takk'));
  return kept.join(' ');
}

/** The intent of one user message. Free text that is none of the known intents is 'unknown'. */
export function detectIntent(text: string): Intent {
  const normalized = normalizeText(text);
  if (!normalized) return 'unknown';
  const plain = normalized.replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  // The filler-free forms, worked out once for all the command rules that need them.
  const stripped = { dropTakk: undefined as string | undefined, keepTakk: undefined as string | undefined };
  let bokmal: string | undefined;
  for (const rule of RULES) {
    if (rule.whole) {
      const form = rule.intent === 'thanks' ? (stripped.keepTakk ??= withoutFiller(normalized, true)) : (stripped.dropTakk ??= withoutFiller(normalized, false));
      if (rule.whole.some((phrase) => plain === phrase || form === phrase)) return rule.intent;
    }
    // (Also in bokmål words: "kva kan eg gjere?" asks what "hva kan jeg gjøre?" does.)
    if (rule.anywhere?.some((re) => re.test(normalized) || re.test((bokmal ??= inBokmålWords(normalized))))) return rule.intent;
    if (rule.test?.(normalized)) return rule.intent;
  }
  return 'unknown';
}
