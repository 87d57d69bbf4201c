// Which language a message is written in: bokmål/nynorsk or English, from the small words every
// sentence has (function words, common verbs), not from names. A message that does not say clearly
// (a number, a county, "ok", a Norwegian scheme name, a Teams command title) returns undefined, and
// the conversation keeps its language.
import type { Lang } from './index';

/** Words that are English and not Norwegian. Left out on purpose: i, to, for, at, by, man, men, so, her, no, de, help, ask, find. */
const ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'of', 'in', 'on', 'with', 'from', 'about', 'into', 'than', 'as', 'that', 'this',
  'these', 'those', 'there', 'here', 'it', 'its', "it's", 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'have', 'has',
  'had', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'not', "can't", 'cannot', 'can', 'could', 'would', 'should', 'will',
  "won't", 'shall', 'may', 'might', 'must', 'my', 'me', 'mine', 'you', 'your', "you're", 'we', 'our', 'they', 'their', 'he',
  'she', 'his', 'what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', "i'm", "i've", "i'd", "i'll", 'want', 'need',
  'would', 'like', 'get', 'take', 'work', 'working', 'worked', 'job', 'live', 'living', 'lived', 'years', 'year', 'old',
  'months', 'please', 'thanks', 'thank', 'hello', 'some', 'any', 'all', 'also', 'very', 'just', 'only', 'still', 'now',
  'since', 'without', 'speak', 'talk', 'human', 'person', 'someone', 'certificate', 'school', 'course', 'apprenticeship',
  'lives', 'registered', 'unemployed', 'employed', 'courses', 'offers', 'question', 'questions', 'answer', 'finished', 'completed', 'become', 'english', 'options', 'route', 'way',
  'offer', 'provide', 'provides', 'apply', 'applying', 'cost', 'costs', 'pay', 'paid', 'allowed', 'possible', 'enough', 'much', 'many', 'long',
]);

/** Words that are Norwegian (bokmål, nynorsk, common dialect spellings) and not English. */
const NORWEGIAN = new Set([
  'jeg', 'eg', 'æ', 'og', 'er', 'har', 'hadde', 'det', 'den', 'dei', 'ikke', 'ikkje', 'itj', 'ikkje', 'å', 'på',
  'med', 'til', 'som', 'en', 'et', 'ei', 'hva', 'kva', 'hvordan', 'korleis', 'hvorfor', 'hvem', 'kven', 'hvor', 'kor', 'når',
  'kan', 'vil', 'skal', 'må', 'meg', 'min', 'mitt', 'mine', 'du', 'deg', 'din', 'ditt', 'seg', 'sin', 'om', 'av', 'fra',
  'frå', 'bor', 'år', 'jobber', 'jobbet', 'jobba', 'jobb', 'arbeid', 'arbeider', 'også', 'eller', 'bare', 'berre', 'hvis',
  'viss', 'dersom', 'så', 'fått', 'få', 'ta', 'være', 'vært', 'hei', 'takk', 'veileder', 'snakke', 'gjerne', 'noe', 'noko',
  'noen', 'nokon', 'nå', 'mer', 'mye', 'litt', 'etter', 'hos', 'uten', 'utan', 'fullført', 'videregående', 'gammel',
  'kurs', 'stilling', 'prosent', 'fylke', 'fylket', 'trenger', 'treng', 'ønsker', 'lurer', 'ja', 'nei', 'vet', 'veit', 'ble',
  'blir', 'bli', 'kunne', 'skulle', 'ville', 'mitt', 'vår', 'dere', 'dykk', 'hvilke', 'hvilken', 'kva', 'sånn', 'slik',
  'utdanning', 'muligheter', 'registrert', 'arbeidsledig', 'ledig', 'norsk', 'snakk',
]);

/** Whole messages that say it on their own. */
const ENGLISH_ALONE = new Set(['hello', 'hi', 'hi there', 'hello there', 'thanks', 'thank you', 'thank you very much', 'good morning', 'good afternoon', 'good evening']);
const NORWEGIAN_ALONE = new Set(['hei', 'heisann', 'hallo', 'takk', 'tusen takk', 'mange takk', 'god morgen', 'god dag', 'god kveld', 'morn', 'hei hei']);

/** Norwegian names an English text uses too (schemes, counties named with "og"): they say nothing about the language. */
const SCHEME_NAMES =
  /(?<!\p{L})(?:(?:møre|vestfold|troms|sogn) og (?:romsdal|telemark|finnmark|fjordane)|fagbrev på jobb|fagbrev|svennebrev|praksiskandidat|voksenopplæring|fagskole|fagskolen|trøndelagsmodellen|kompetanseprøve|lærling|karrieresenter(?:et)?|fylkeskommunen?|videregående opplæring|vurder kandidat)(?!\p{L})/giu;

/** The text without the Norwegian names English uses too ("Does Rogaland offer fagbrev på jobb?" has no Norwegian word of its own). */
export function withoutNorwegianNames(text: string): string {
  return text.replace(SCHEME_NAMES, ' ');
}

/** An answer that opens with yes or no and goes on says the language ("ja, 100 %", "yes, full time"); "Ja" or "Yes" alone may be a button. */
const NORWEGIAN_ANSWERS = new Set(['ja', 'nei', 'jo', 'jada', 'neida', 'japp']);
const ENGLISH_ANSWERS = new Set(['yes', 'yeah', 'yep']);

/** At least this many marker words before a message counts as one language… */
const MIN_MARKERS = 2;
/** …and more than this many times as many as of the other language. */
const DOMINANCE = 2;

export function detectLanguage(text: string): Lang | undefined {
  const words = (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/gu, "'")
      .replace(SCHEME_NAMES, ' ')
      .match(/[\p{L}]+(?:'[\p{L}]+)?/gu) ?? []
  ).slice(0, 200);
  const whole = words.join(' ');
  if (ENGLISH_ALONE.has(whole)) return 'en';
  if (NORWEGIAN_ALONE.has(whole)) return 'nb';
  let english = 0;
  let norwegian = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) english += 1;
    else if (NORWEGIAN.has(word)) norwegian += 1;
  }
  const goesOn = /[\p{L}\p{N}]/u.test(text.trim().replace(/^\p{L}+/u, ''));
  if (goesOn && english === 0 && NORWEGIAN_ANSWERS.has(words[0] ?? '')) return 'nb';
  if (goesOn && norwegian === 0 && ENGLISH_ANSWERS.has(words[0] ?? '')) return 'en';
  if (english >= MIN_MARKERS && english > DOMINANCE * norwegian) return 'en';
  if (norwegian >= MIN_MARKERS && norwegian > DOMINANCE * english) return 'nb';
  return undefined;
}
