// Whether a sentence holds the kind of value a question asks for: a number of the thing counted
// ("408 personer", "fem studiesentre"), a price ("gratis", "500 kroner"), something about paying, a
// length of time ("fire år", "18 måneder", "treårig") or a point in time ("januar 2023", "høsten 2024"). A
// fact that only talks about the topic does not answer "hvor mange", "hva koster" or "når".
import type { ValueKind } from './cues';

const NUMBER_WORDS =
  'en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tretti|førti|femti|seksti|sytti|åtti|nitti|hundre|tusen|halvt|halv|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|half';
const NUMBER = `(?:\\d[\\d\\u00a0\\u202f ]*(?:[.,]\\d+)?|${NUMBER_WORDS})`;
const TIME_UNITS = 'år|året|års|måneder|måned|måneders|uker|uke|ukers|dager|dag|timer|time|semester|semestre|studiepoeng|skoleår|years?|months?|weeks?|days?|hours?|semesters?|credits';
const MONTHS =
  'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december';

const PATTERNS: Record<Exclude<ValueKind, 'count'>, RegExp> = {
  amount: new RegExp(`(?:${NUMBER}\\s*(?:kr\\b|kroner|nok\\b|millioner|milliarder|mrd|millions?|billions?)|\\bgratis\\b|kostnadsfri|\\bfree\\b(?! time)|\\bfree of charge\\b)`, 'iu'),
  cost: /\b(?:kost\w*|pris\w*|betal\w*|\w*avgift\w*|gratis|gebyr\w*|egenandel\w*|cost\w*|fees?|pay\b|free(?! time))\b/iu,
  // Who pays: someone paying, covering or funding ("støtte fra Sørlandets kompetansefond", "tilskudd fra HK-dir").
  payer: /\b(?:betal\w*|dekk\w*|finansier\w*|tilskudd\w*|tilskot\w*|støtte (?:fra|av)|støttet av|midler (?:fra|av)|bevilg\w*|spons\w*|support(?:ed)? (?:from|by)|pays?|paid|covers?|covered|fund(?:s|ed|ing)?|financed|grants?)\b/iu,
  // An age ("fra det året du fyller 21 år", "turns 21") is no length of time.
  duration: new RegExp(`(?:(?<![\\p{L}\\d])(?<!\\b(?:fyller|fylte|fylt|turns?|turned|aged?) )${NUMBER}\\s+(?:\\p{L}+\\s+)?(?:${TIME_UNITS})(?![\\p{L}])|\\bsiden (?:19|20)\\d{2}\\b|\\bsince (?:19|20)\\d{2}\\b|\\bhele året\\b|all year|(?<![\\p{L}\\d])(?:ett|to|tre|fire|fem|seks|sju|syv|åtte|ti|halv|\\d+)-?(?:årig|årige)(?![\\p{L}])|\\b(?:one|two|three|four|five|six|\\d+)-(?:year|month|week)\\b)`, 'iu'),
  // A benefit from NAV ("dagpenger", "uføretrygd", "AAP", "stønad"), not a level of benefits ("trygdenivå").
  benefit: /\b(?:\w*trygd(?!enivå)\w*|dagpeng\w*|aap|arbeidsavklaringspeng\w*|sykepeng\w*|tiltakspeng\w*|\w*stønad\w*|unemployment benefits?|disability benefits?|sickness benefits?|welfare benefits?)\b/iu,
  // A plan or something after the reports were written: "skal", "planlegger", "fram mot 2027", "fra 2025".
  future: /\b(?:skal|planlegger|planlagt|fram mot|frem mot|kommer til å|will|plans?|planned)\b|\b(?:fra|from|innen|by) (?:høsten |våren )?20(?:2[5-9]|[3-9]\d)\b/iu,
  detail: /(?:\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b|[\w.-]+@[\w-]+\.\w+|\bwww\.\S+|https?:\/\/\S+)/u,
  date: new RegExp(`(?:\\b(?:19|20)\\d{2}\\b|\\b(?:${MONTHS})\\b|\\b(?:høsten|våren|sommeren|vinteren|autumn|spring)\\b|\\bhele året\\b|all year)`, 'iu'),
};

/** In a count, "en" and "ei" are articles more often than numbers; "det eneste studiesenteret" counts one. */
const NUMBER_TOKEN = new RegExp(`^(?:\\d+(?:[.,]\\d+)?|eneste|${NUMBER_WORDS.replace(/^en\|/u, '').replace('|ei|', '|')})$`, 'iu');
const YEAR_TOKEN = /^(?:19|20)\d{2}$/u;

/** The years a text writes ("2020", "1998"), in order. */
export function yearsIn(text: string): string[] {
  return text.match(/\b(?:19|20)\d{2}\b/gu) ?? [];
}
/** What follows a number that is a share or an amount rather than a count of things. */
const SHARE = /^(?:%|prosent|percent|per|andel|kr|kroner|nok|millioner|milliarder|mrd|millions?|billions?)$/iu;

const OF = /^(?:av|of)$/u;
/** A number that rose or fell: the sentence gives the count of what it opens with. */
const CHANGED = /^(?:rose|increased|grew|fell|dropped|declined|doubled|økte|steg|falt|sank|doblet|auka|auke)$/u;
const NUMBER_OF = /^(?:antall|antallet|number)$/u;
/** After a number and what it counts, a difference: "1 time lengre eksamen", "two more weeks". */
const MORE_OR_LESS = /^(?:lengre|lenger|kortere|mer|mindre|ekstra|flere|færre|longer|shorter|more|less|fewer|extra)$/u;
const PHRASE_END = /^(?:en|ei|et|i|på|av|per|og|eller|til|fra|for|med|som|om|hver|a|an|the|of|in|on|and|or|to|from|with|that|who|each|every)$/u;

/** Words of a sentence, numbers kept whole ("83 000" → "83000", "79,5") and names with digits too ("Vg2" is no number). */
function tokens(text: string): string[] {
  return text.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/gu, '$1').toLowerCase().match(/\p{L}[\p{L}\d]*|\d+(?:[.,]\d+)?|%/gu) ?? [];
}

/** A word of a sentence as counting reads it: is it a number, and the stems it may match. */
export interface CountToken {
  word: string;
  number: boolean;
  stems: ReadonlySet<string>;
}

/** A sentence's words for hasCount, worked out once per fact. */
export function countTokens(text: string, stems: (word: string) => ReadonlySet<string>): CountToken[] {
  return tokens(text).map((word) => countToken(word, stems));
}

function countToken(word: string, stems: (word: string) => ReadonlySet<string>): CountToken {
  return { word, number: NUMBER_TOKEN.test(word) && !YEAR_TOKEN.test(word), stems: stems(word) };
}

/**
 * countTokens for many sentences, a word's token made once and shared by every sentence that has it:
 * the facts' sentences have some 57 000 words, most of them the same few thousand.
 */
export function countTokenReader(stems: (word: string) => ReadonlySet<string>): (text: string) => CountToken[] {
  const made = new Map<string, CountToken>();
  return (text) =>
    tokens(text).map((word) => {
      let token = made.get(word);
      if (token === undefined) {
        token = countToken(word, stems);
        made.set(word, token);
      }
      return token;
    });
}

export interface CountCheck {
  /** Matches a word's stems against the thing counted ("studiesentre" ~ "studiesenter"). */
  isCounted?: (stems: ReadonlySet<string>) => boolean;
  /** Nouns a bare "hvor mange" counts (people and the like). */
  countable: ReadonlySet<string>;
  /**
   * The question asks for a share or an amount ("hvor stor andel", "hvor mye"): a percentage or a sum
   * answers it. 'of': it counts no thing it names ("hvor mange fullfører"), so a share of a group answers
   * ("79,5 % av elevene"), not any percentage ("80 % stilling").
   */
  share: boolean | 'of';
}

/** A countable noun, or a compound ending in one ("industriarbeidere", "prosessoperatører"). */
function isCountable(word: string, countable: ReadonlySet<string>): boolean {
  if (countable.has(word)) return true;
  for (const c of countable) if (c.length >= 5 && word.length > c.length + 2 && word.endsWith(c)) return true;
  return false;
}

/** A share said in words. */
const FRACTION = /^(?:halvparten|halvdelen|tredjedel\p{L}*|fjerdedel\p{L}*|femtedel\p{L}*|flertallet|mesteparten|majority|half|third|thirds|quarter|fifth)$/iu;

/** A number counting something: near the thing counted when the question names it, else near a countable noun. */
export function hasCount(t: readonly CountToken[], check: CountCheck): boolean {
  const counts = (k: number) => isCountable(t[k].word, check.countable) || check.isCounted?.(t[k].stems) === true;
  // "Antall søkere … økte fra 319 til 574": the sentence says up front what its numbers count.
  for (let i = 0; i < t.length; i++) {
    if (!NUMBER_OF.test(t[i].word)) continue;
    // The thing counted, or what it did ("antall jenter som søkte"), up to the next preposition.
    for (let k = i + 1; k <= Math.min(t.length - 1, i + 4) && !(PHRASE_END.test(t[k].word) && t[k].word !== 'som'); k++) {
      if (counts(k) && t.some((x) => x.number)) return true;
    }
  }
  // "Applicants to Vg2 chemical process rose from 319 … to 574", "Søkerne økte fra 319 til 574": the change of a number of what the sentence opens with.
  if (t.some((x) => x.number && /^\d/u.test(x.word)) && t.some((x) => CHANGED.test(x.word))) {
    for (let k = 0; k < Math.min(t.length, 3); k++) if (!t[k].number && check.isCounted?.(t[k].stems) === true) return true;
  }
  // "Minst halvparten av praksisen", "a third of them": a share in words answers "hvor mye av …", "how much of …".
  if (check.share === true && t.some((x) => FRACTION.test(x.word))) return true;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].number) continue;
    if (SHARE.test(t[i + 1]?.word ?? '')) {
      // A share of the very thing asked about answers too: "hvor mange fullfører" – "fullfører 79,5 %".
      if (check.share === true || (check.share === 'of' && OF.test(t[i + 2]?.word ?? '')) || near(t, i, check.isCounted)) return true;
      continue;
    }
    for (let k = i + 1; k <= Math.min(t.length - 1, i + 4); k++) {
      // The words counted come before the next article or preposition: "15 elever en dag i uka" counts pupils, not days.
      if (PHRASE_END.test(t[k].word)) break;
      if (counts(k)) {
        // (That many more or less of it is a difference, not how many there are.)
        if (MORE_OR_LESS.test(t[k + 1]?.word ?? '')) break;
        return true;
      }
    }
  }
  return false;
}

/** The thing counted is among the few words around word i. */
function near(t: readonly CountToken[], i: number, isCounted: CountCheck['isCounted']): boolean {
  if (!isCounted) return false;
  for (let k = Math.max(0, i - 4); k <= Math.min(t.length - 1, i + 5); k++) if (k !== i && isCounted(t[k].stems)) return true;
  return false;
}

/** True when the sentence holds a value of this kind (count needs hasCount). */
export function hasValue(text: string, kind: Exclude<ValueKind, 'count'>): boolean {
  return PATTERNS[kind].test(text);
}
