// extractProfile: the Profile fields a free-text message really states, e.g.
// "jeg har jobbet 6 år som operatør på Elkem uten fagbrev, 80 % stilling, bor i Trøndelag"
// → { practiceYears: 6, trade: 'operatør', hasTradeCertificate: false, employmentPercent: 80, employed: true,
//     county: 'Trøndelag' }.
// Never guesses: a field is only set when the text says it, and contradicting statements leave it unset;
// uncertain, hypothetical and "er jeg …?" clauses are not read as facts.
// Longer than most modules: every field's patterns sit here beside the clause and contradiction rules
// they all go through, so one reading of a message decides every field.
import { ProfileSchema, type Profile } from '../catalogue/schema';
import { matchCounty, type CountyMatch } from './county';
import { rewriteNumbers } from './numbers';
import { foldText } from '../normalise';
import { joinNorwegian, wordRegex } from './text';
import { findAge, findPercent, parseYears, withoutAgeMentions } from './values';
import { plainText } from '../privacy/markup';

/** Splits on sentence ends, commas (not decimal commas), and "men". */
function clauses(t: string): string[] {
  return t
    .split(/[.;!?\n]+(?!\d)|,(?!\d)|\s+men\s+/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Clauses that state no fact about the person: uncertain ("vet ikke om", "kanskje"), hypothetical
 * ("hvis", "dersom") or a question about themselves ("er jeg registrert hos NAV?").
 */
const NOT_A_STATEMENT = wordRegex('vet ikke om|veit ikke om|husker ikke om|usikker|ikke sikker|lurer på|kanskje|muligens|hvis|dersom');
const QUESTION_ABOUT_ME = /^(?:er|har|jobber|bor|går|får) jeg(?![\p{L}])/u;

function statements(clauseList: string[]): string[] {
  return clauseList.filter((c) => !NOT_A_STATEMENT.test(c) && !QUESTION_ABOUT_ME.test(c));
}

// ---------------------------------------------------------------- polarity near a keyword

interface PolarityWords {
  keyword: RegExp;
  positive: ReadonlySet<string>;
  negative: ReadonlySet<string>;
  /** Words that make the mention a wish, plan or question rather than a fact: skip it. */
  neutral: ReadonlySet<string>;
  /** A mention followed by this is skipped (e.g. "fagbrev på jobb" is the name of a scheme). */
  skipIfFollowedBy?: RegExp;
}

const NEGATIVE = ['ikke', 'ikkje', 'uten', 'mangler', 'manglar', 'ingen', 'aldri'];
const WISH = ['vil', 'ønsker', 'ønske', 'skal', 'ta', 'få', 'skaffe', 'trenger', 'interessert', 'mulighet', 'muligheter',
  'hvordan', 'kan', 'søke', 'søkt', 'begynt', 'startet', 'går', 'holder', 'tar', 'planlegger', 'drømmer', 'om'];

const CERTIFICATE: PolarityWords = {
  keyword: /^(?:fagbrev|fagbrevet|svennebrev|svennebrevet)$/u,
  positive: new Set(['har', 'fikk', 'tok', 'tatt', 'fått', 'med', 'fullført', 'fullførte', 'innehar', 'avlagt', 'bestått', 'besto', 'mitt']),
  negative: new Set(NEGATIVE),
  neutral: new Set(WISH),
  skipIfFollowedBy: /^på jobb/u,
};

const PRIMARY_SCHOOL: PolarityWords = {
  keyword: /^(?:grunnskole|grunnskolen|grunnskoleutdanning|ungdomsskole|ungdomsskolen)$/u,
  positive: new Set(['fullført', 'fullførte', 'ferdig', 'tatt', 'har', 'bestått', 'ut']),
  negative: new Set([...NEGATIVE, 'droppet', 'sluttet', 'avbrøt', 'avbrutt', 'hoppet']),
  neutral: new Set(WISH),
};

const UPPER_SECONDARY: PolarityWords = {
  keyword: /^(?:videregående|vgs|studiekompetanse|yrkeskompetanse)$/u,
  positive: new Set(['fullført', 'fullførte', 'ferdig', 'tatt', 'har', 'bestått', 'ut', 'generell']),
  negative: new Set([...NEGATIVE, 'droppet', 'sluttet', 'avbrøt', 'avbrutt', 'hoppet']),
  neutral: new Set(WISH),
};

const LOOKBACK = 3;

/** true/false when every factual mention agrees; undefined when there is none or they disagree. */
function polarity(clauseList: string[], words: PolarityWords): boolean | undefined {
  const found = new Set<boolean>();
  for (const clause of clauseList) {
    const toks = clause.split(/\s+/);
    toks.forEach((tok, i) => {
      if (!words.keyword.test(tok)) return;
      if (words.skipIfFollowedBy?.test(toks.slice(i + 1).join(' '))) return;
      const before = toks.slice(Math.max(0, i - LOOKBACK), i);
      if (before.some((w) => words.negative.has(w))) {
        // "vil ikke ta fagbrev" is a wish, not a fact; "har ikke fagbrev" is a fact.
        if (!before.some((w) => words.neutral.has(w))) found.add(false);
        return;
      }
      if (before.some((w) => words.neutral.has(w))) return;
      if (before.some((w) => words.positive.has(w))) found.add(true);
    });
  }
  return found.size === 1 ? [...found][0] : undefined;
}

// ---------------------------------------------------------------- single fields

const WORK_CUE = wordRegex('jobb\\p{L}*|arbeid\\p{L}*|erfaring|praksis|yrkeserfaring|ansatt|bransjen|industrien|fagarbeider|operatør');
const DURATION = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:år|års|måned|måneder|måneders|mnd)(?:\s*(?:og|,)\s*\d+(?:\.\d+)?\s*(?:måned|måneder|mnd))?(?![\p{L}\p{N}])(?!\s+(?:siden|gam))/gu;

function practiceYears(clauseList: string[]): number | undefined {
  const values = new Set<number>();
  for (const clause of clauseList) {
    if (!WORK_CUE.test(clause)) continue;
    for (const m of withoutAgeMentions(clause).matchAll(DURATION)) {
      const years = parseYears(m[0]);
      if (years !== undefined) values.add(years);
    }
  }
  return values.size === 1 ? [...values][0] : undefined;
}

const NOT_EMPLOYED = wordRegex(
  'arbeidsledig|arbeidsløs|jobber ikke|arbeider ikke|ikke i (?:jobb|arbeid)|har ikke (?:noen |en )?(?:jobb|arbeid)|' +
    'uten (?:fast )?(?:jobb|arbeid)|står uten (?:jobb|arbeid)|mistet (?:jobben|arbeidet)|er ledig|helt ledig|ikke ansatt',
);
const EMPLOYED = wordRegex(
  'jobber|arbeider|er ansatt|fast ansatt|midlertidig ansatt|har (?:en )?(?:fast )?jobb|er i (?:jobb|arbeid)|' +
    'i (?:fast )?jobb|har (?:en )?(?:fast )?stilling|er vikar|jobber som vikar',
);

function employment(t: string, percent: number | undefined): boolean | undefined {
  const negative = NOT_EMPLOYED.test(t);
  const positive = EMPLOYED.test(t.replace(new RegExp(NOT_EMPLOYED.source, 'gu'), ' ')) || percent !== undefined;
  if (negative && positive) return undefined;
  if (negative) return false;
  return positive ? true : undefined;
}

const PERCENT_CUE = wordRegex('stilling\\p{L}*|jobb\\p{L}*|deltid|heltid|fulltid|halvtid|ansatt|arbeider|stillingsprosent');

function employmentPercent(clauseList: string[]): number | undefined {
  const values = new Set<number>();
  for (const clause of clauseList) {
    if (!PERCENT_CUE.test(clause)) continue;
    const p = findPercent(clause);
    if (p !== undefined) values.add(p);
  }
  return values.size === 1 ? [...values][0] : undefined;
}

const RESIDENCE_CUE = /(?<![\p{L}\p{N}])(?:bor|bur|bosatt|holder til|hjemme|hjemmehørende)(?:\s+(?:i|på|ved|like ved|utenfor|nær|i nærheten av))?\s+((?:\S+\s*){1,5})/gu;
const COUNTY_WORD = /(?<![\p{L}\p{N}])(?:fylke|fylket)(?:\s+mitt)?(?:\s+er|:)\s+((?:\S+\s*){1,4})|((?:\S+\s+){1,3})fylke(?![\p{L}])/gu;

interface CountyResult {
  county?: string;
  ambiguous?: Extract<CountyMatch, { kind: 'ambiguous' }>;
}

function county(t: string, original: string): CountyResult {
  const phrases: string[] = [];
  for (const m of t.matchAll(RESIDENCE_CUE)) phrases.push(m[1]);
  for (const m of t.matchAll(COUNTY_WORD)) phrases.push(m[1] ?? m[2]);
  // The whole message is a place ("Trøndelag", "Mo i Rana", "i Bodø"), not a place inside other words ("kurs i Oslo").
  if (phrases.length === 0) {
    const whole = matchCounty(original);
    const rest = foldText(original).replace(/^(?:i|pa|fra) /u, '');
    if (whole.kind !== 'none' && whole.matched === rest) phrases.push(original);
  }
  const matches = phrases
    .map((p) => matchCounty(p.split(/[,.;!?]| og | men /u)[0] ?? p))
    .filter((m) => m.kind !== 'none');
  const named = new Set(matches.flatMap((m) => (m.kind === 'county' ? [m.county] : [])));
  if (named.size === 1) return { county: [...named][0] };
  const ambiguous = matches.find((m): m is Extract<CountyMatch, { kind: 'ambiguous' }> => m.kind === 'ambiguous');
  if (named.size === 0 && ambiguous) return { ambiguous };
  return {};
}

const NAV_NEGATIVE = /(?<![\p{L}])(?:ikke|aldri)\s+(?:\p{L}+\s+){0,2}(?:registrert|meldt)(?:\s+\p{L}+){0,3}\s+nav(?![\p{L}])/u;
const NAV_POSITIVE = wordRegex(
  'registrert (?:som )?(?:arbeidssøker |jobbsøker |ledig )?(?:hos|i|på|med|ved) nav|' +
    '(?:arbeidssøker|jobbsøker) (?:hos|i|via|gjennom|registrert hos) nav|registrert arbeidssøker|' +
    'meldt (?:meg )?(?:som arbeidssøker )?(?:hos|til|i) nav|nav-registrert',
);

function navJobSeeker(t: string): boolean | undefined {
  if (NAV_NEGATIVE.test(t)) return false;
  return NAV_POSITIVE.test(t) ? true : undefined;
}

const TRADE_STOP = new Set(['på', 'i', 'hos', 'ved', 'for', 'med', 'uten', 'og', 'men', 'siden', 'til', 'fra', 'der', 'hvor',
  'nå', 'de', 'da', 'som', 'eller', 'det', 'jeg', 'har', 'er']);

function tradeAfter(rest: string): string | undefined {
  const words: string[] = [];
  for (const w of rest.split(/\s+/)) {
    if (!w || TRADE_STOP.has(w) || /^\d/.test(w) || words.length === 3) break;
    words.push(w);
  }
  const trade = words.join(' ').replace(/[^\p{L}\p{N} -]+$/u, '');
  return trade.length >= 3 ? trade : undefined;
}

const TRADE_CUES = [
  // "jobbet 6 år som operatør", "jobber som fagoperatør", "ansatt som prosessoperatør"
  /(?<![\p{L}])(?:jobber|jobbet|jobba|arbeider|arbeidet|ansatt|erfaring|praksis|vikar)\s+(?:\S+\s+){0,5}?som\s+(.+)$/u,
  // "har fagbrev som industrimekaniker", "fagbrev i kjemiprosessfaget"
  /(?<![\p{L}])(?:har|med|tok|tatt|fått|fikk)\s+(?:\S+\s+){0,1}?(?:fagbrev|svennebrev|fagbrevet)\s+(?:som|i)\s+(.+)$/u,
  // "er utdannet sveiser", "utdannet som elektriker"
  /(?<![\p{L}])utdannet\s+(?:som\s+)?(.+)$/u,
];

function trade(clauseList: string[]): string | undefined {
  const values = new Set<string>();
  for (const clause of clauseList) {
    for (const cue of TRADE_CUES) {
      const m = cue.exec(clause);
      const t = m ? tradeAfter(m[1]) : undefined;
      if (t) values.add(t);
    }
  }
  return values.size === 1 ? [...values][0] : undefined;
}

const INTEREST_CUE =
  /(?<![\p{L}])(?:interessert i|interessert av|interesse for|interesserer meg for|nysgjerrig på|liker(?! ikke)|vil (?:gjerne )?jobbe med|ønsker å jobbe med|vil lære (?:mer )?om|drømmer om å jobbe med)\s+(.+)$/u;
const INTEREST_FILLER = /^(?:å\s+)?(?:jobbe med|arbeide med|lære (?:mer )?om|lære|mer om|ta|det å|å)\s+/u;
const NOT_INTERESTS = new Set(['det', 'dette', 'noe', 'mye', 'alt', 'ting', 'å', 'meg']);

function interests(clauseList: string[]): string[] | undefined {
  const out: string[] = [];
  for (const clause of clauseList) {
    const m = INTEREST_CUE.exec(clause);
    if (!m) continue;
    for (const part of m[1].split(/\s*(?:,|\bog\b|\beller\b|\bsamt\b|\/)\s*/u)) {
      let item = part.trim();
      for (let i = 0; i < 3 && INTEREST_FILLER.test(item); i++) item = item.replace(INTEREST_FILLER, '');
      item = item.split(/\s+/).slice(0, 4).join(' ').replace(/[^\p{L}\p{N} -]+$/u, '').trim();
      if (item.length >= 2 && !NOT_INTERESTS.has(item) && !out.includes(item)) out.push(item);
    }
  }
  return out.length ? out : undefined;
}

// ---------------------------------------------------------------- answers to a single question

const NOT_AN_ANSWER = /^(?:ja|jo|nei|ok|okei|hei|hjelp|takk|vet ikke|usikker|ingen|ingenting|kanskje)$/u;

function shortAnswerWords(t: string): string[] | undefined {
  const cleaned = t.replace(/[.!]+$/u, '').trim();
  if (!cleaned || cleaned.endsWith('?') || NOT_AN_ANSWER.test(cleaned)) return undefined;
  const words = cleaned.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{L}-]+$/u.test(w)) ? words : undefined;
}

/**
 * The answer to "Hvilket fag …?": "Kjemiprosessfaget" → "kjemiprosessfaget", "jeg jobber som operatør" → "operatør",
 * "fagbrev i industrimekanikerfaget" → "industrimekanikerfaget". Lower case. Undefined for "ja", "vet ikke", questions.
 */
export function parseTrade(text: string): string | undefined {
  const t = rewriteNumbers(text);
  const fromSentence = trade(clauses(t));
  if (fromSentence) return fromSentence;
  const words = shortAnswerWords(t);
  if (!words) return undefined;
  const stripped = words.join(' ').replace(/^(?:i|som|faget|fagbrev i|fagbrev som)\s+/u, '');
  return stripped.length >= 3 ? stripped : undefined;
}

/**
 * The answer to "Hva er du interessert i …?": "Batteri" → ["batteri"], "batteri og automasjon" → ["batteri", "automasjon"],
 * "jeg er interessert i kjemi" → ["kjemi"]. Lower case. Undefined for "ja", "vet ikke", questions.
 */
export function parseInterests(text: string): string[] | undefined {
  const t = rewriteNumbers(text);
  const fromSentence = interests(clauses(t));
  if (fromSentence) return fromSentence;
  const cleaned = t.replace(/[.!]+$/u, '').trim();
  if (!cleaned || cleaned.endsWith('?') || NOT_AN_ANSWER.test(cleaned)) return undefined;
  const items = cleaned
    .split(/\s*(?:,|\bog\b|\beller\b|\/)\s*/u)
    .map((i) => i.trim())
    .filter((i) => i.length >= 2 && !NOT_INTERESTS.has(i) && !NOT_AN_ANSWER.test(i));
  if (items.length === 0 || items.some((i) => i.split(/\s+/).length > 4 || !/^[\p{L}\p{N} -]+$/u.test(i))) return undefined;
  return [...new Set(items)];
}

// ---------------------------------------------------------------- public API

export interface ProfileExtraction {
  profile: Profile;
  /** A split region or old county was named (e.g. "Viken"): ask which county with countyClarification(). */
  ambiguousCounty?: Extract<CountyMatch, { kind: 'ambiguous' }>;
}

/** extractProfile plus what the dialog should follow up on. */
export function extractProfileDetails(text: string): ProfileExtraction {
  const parts = statements(clauses(rewriteNumbers(text)));
  const t = parts.join('. ');
  const percent = employmentPercent(parts);
  const countyResult = county(t, text);
  const draft: Profile = {
    age: parts.map(findAge).find((a) => a !== undefined),
    county: countyResult.county,
    completedPrimarySchool: polarity(parts, PRIMARY_SCHOOL),
    completedUpperSecondary: polarity(parts, UPPER_SECONDARY),
    hasTradeCertificate: polarity(parts, CERTIFICATE),
    employed: employment(t, percent),
    employmentPercent: percent,
    practiceYears: practiceYears(parts),
    trade: trade(parts),
    navJobSeeker: navJobSeeker(t),
    interests: interests(parts),
  };
  const profile = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
  return { profile: ProfileSchema.parse(profile), ambiguousCounty: countyResult.ambiguous };
}

/** The Profile fields the text states. Only fields the text really says are present. */
export function extractProfile(text: string): Profile {
  return extractProfileDetails(text).profile;
}

function formatNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** The profile as a short bokmål list of phrases, in a fixed order ("6 års praksis", "80 % stilling", …). */
export function profilePhrases(p: Profile): string[] {
  const out: string[] = [];
  if (p.age !== undefined) out.push(`${p.age} år`);
  if (p.practiceYears !== undefined) {
    const years =
      p.practiceYears === 0
        ? 'ingen praksis'
        : p.practiceYears === 0.5
          ? 'et halvt års praksis'
          : `${formatNumber(p.practiceYears)} års praksis`;
    out.push(p.trade !== undefined && p.practiceYears > 0 ? `${years} som ${p.trade}` : years);
  }
  if (p.trade !== undefined && !(p.practiceYears !== undefined && p.practiceYears > 0)) out.push(`yrke/fag: ${p.trade}`);
  if (p.employmentPercent !== undefined) out.push(`${formatNumber(p.employmentPercent)} % stilling`);
  else if (p.employed === true) out.push('i jobb');
  if (p.employed === false) out.push('ikke i jobb');
  if (p.county !== undefined) out.push(`bor i ${p.county}`);
  if (p.hasTradeCertificate !== undefined) out.push(p.hasTradeCertificate ? 'har fagbrev' : 'ikke fagbrev');
  if (p.completedPrimarySchool !== undefined) {
    out.push(p.completedPrimarySchool ? 'fullført grunnskole' : 'ikke fullført grunnskole');
  }
  if (p.completedUpperSecondary !== undefined) {
    out.push(p.completedUpperSecondary ? 'fullført videregående' : 'ikke fullført videregående');
  }
  if (p.navJobSeeker !== undefined) {
    out.push(p.navJobSeeker ? 'registrert som arbeidssøker hos NAV' : 'ikke registrert hos NAV');
  }
  if (p.interests !== undefined && p.interests.length > 0) out.push(`interessert i ${joinNorwegian(p.interests)}`);
  return out;
}

/** "Jeg har forstått: 6 års praksis, 80 % stilling, bor i Trøndelag, ikke fagbrev." */
export function describeProfile(p: Profile): string {
  const phrases = profilePhrases(p);
  return phrases.length === 0
    ? 'Jeg fant ingen opplysninger om deg i det du skrev.'
    : `Jeg har forstått: ${phrases.map(plainText).join(', ')}.`; // trade words are the person's own: no markup
}
