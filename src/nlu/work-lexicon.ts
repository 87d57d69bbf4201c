// The trades and interests lexicons (knowledge/lexicon/) compiled for reading canonical words: what
// a person's work is called ("lagermedarbeider"), where it is done ("på et lager"), what they drive
// ("kjører lastebil"), how a trade itself is named ("fagbrev i logistikk"), and the interests
// vocabulary ("batteriindustrien" → batteri).
import type { UnderstandingLexicon } from '../catalogue/lexicon';
import { ENGLISH_WORDS } from './language-words';
import { PhraseLexicon, type PhraseHit } from './phrase-lexicon';

/** An English term as written and as canonical.ts maps its words ("care work" → "care jobber"). */
function englishForms(term: string): string[] {
  if (!term.includes(' ')) return [term];
  const mapped = term
    .split(' ')
    .map((w) => (w in ENGLISH_WORDS ? ENGLISH_WORDS[w] : w))
    .filter(Boolean)
    .join(' ');
  return mapped && mapped !== term ? [term, mapped] : [term];
}

export type WorkWord =
  | { kind: 'title'; trade: string }
  | { kind: 'workplace'; trade: string }
  /** A role that needs its workplace ("assistent", "ufaglært"). */
  | { kind: 'role' }
  /** A title that names no trade ("operatør", "lærer"). */
  | { kind: 'no-trade' }
  /** A workplace of a field none of the trades covers ("fiskebruk", "forsvaret"). */
  | { kind: 'other-field' };

export interface WorkLexicon {
  /** Titles, workplaces and roles at words[i] (compounds too: "barnehageassistent"). */
  workAt(words: readonly string[], i: number, english: boolean): PhraseHit<WorkWord> | undefined;
  /** A trade named at words[i] ("logistikk", "kjemiprosessfaget", "helsefagarbeider"). */
  tradeAt(words: readonly string[], i: number, english: boolean): PhraseHit<string> | undefined;
  /** A vehicle or machine whose driving is a trade ("lastebil" → yrkessjåførfaget). */
  driven(word: string): string | undefined;
  /** An interest at words[i]; `capitals` says whether the word was written in capitals. */
  interestAt(words: readonly string[], i: number, english: boolean, capitals: boolean): PhraseHit<string> | undefined;
  /** Standard training length per canonical trade. */
  trainingYears: ReadonlyMap<string, number>;
  /** Every single word worth correcting a misspelling towards. */
  vocabulary: string[];
  /** The same for messages in English: the words of the English terms. */
  englishVocabulary: string[];
}

export function compileWorkLexicon(lexicon: UnderstandingLexicon): WorkLexicon {
  const work = new PhraseLexicon<WorkWord>();
  const workEnglish = new PhraseLexicon<WorkWord>();
  const trades = new PhraseLexicon<string>();
  const tradesEnglish = new PhraseLexicon<string>();
  const drives = new Map<string, string>();
  const interests = new PhraseLexicon<string>();
  const interestsEnglish = new PhraseLexicon<string>();
  const vocabulary: string[] = [];
  const words = (term: string) => term.split(' ').forEach((w) => vocabulary.push(w.replace(/-$/, '')));
  const englishVocabulary: string[] = [];
  const englishWords = (term: string) => term.split(' ').forEach((w) => englishVocabulary.push(w));

  const t = lexicon.trades;
  for (const trade of t.trades) {
    for (const title of trade.titles) work.add(title, { kind: 'title', trade: trade.name });
    for (const place of trade.workplaces) work.add(place, { kind: 'workplace', trade: trade.name });
    for (const name of [trade.name, ...trade.aliases, ...trade.titles]) trades.add(name, trade.name);
    for (const v of trade.drives ?? []) drives.set(v, trade.name);
    for (const title of (trade.english?.titles ?? []).flatMap(englishForms)) {
      workEnglish.add(title, { kind: 'title', trade: trade.name });
      tradesEnglish.add(title, trade.name);
    }
    for (const place of (trade.english?.workplaces ?? []).flatMap(englishForms)) workEnglish.add(place, { kind: 'workplace', trade: trade.name });
    for (const alias of (trade.english?.aliases ?? []).flatMap(englishForms)) tradesEnglish.add(alias, trade.name);
    [...(trade.english?.titles ?? []), ...(trade.english?.workplaces ?? []), ...(trade.english?.aliases ?? [])].forEach(englishWords);
    [trade.name, ...trade.aliases, ...trade.titles, ...trade.workplaces].forEach(words);
  }
  for (const role of t.genericRoles) work.add(role, { kind: 'role' });
  [...t.genericRoles, ...t.notTrades].forEach(words);
  for (const role of t.genericRolesEnglish.flatMap(englishForms)) workEnglish.add(role, { kind: 'role' });
  for (const title of t.notTrades) work.add(title, { kind: 'no-trade' });
  for (const place of t.otherFieldWorkplaces ?? []) work.add(place, { kind: 'other-field' });

  const capitalsOnly = new Set(lexicon.interests.writtenInCapitals);
  for (const interest of lexicon.interests.interests) {
    for (const term of interest.terms) interests.add(term, interest.name, { compoundStart: !capitalsOnly.has(term) });
    for (const term of interest.english.flatMap(englishForms)) interestsEnglish.add(term, interest.name);
    interest.terms.forEach(words);
    interest.english.forEach(englishWords);
  }

  /** "skolebuss", "søppelbilen": a vehicle at the end of a compound. */
  function drivenCompound(word: string): string | undefined {
    for (let k = 3; k <= word.length - 4 && k < 30; k++) {
      const hit = drives.get(word.slice(k));
      if (hit) return hit;
    }
    return undefined;
  }

  return {
    workAt(ws, i, english) {
      let hit = (english ? workEnglish.at(ws, i) : undefined) ?? work.at(ws, i, true);
      // Mixed writing: "jobber som cleaner", "som welder": an English title right after "som".
      if (!hit && !english && ws[i - 1] === 'som') {
        const mixed = workEnglish.at(ws, i);
        if (mixed?.value.kind === 'title' && mixed.length === 1) hit = mixed;
      }
      // "tømrerlærling", "kokkelærling": an apprentice in the trade named before it.
      const word = ws[i] ?? '';
      // and "rørleggerfirma": a firm of that trade.
      const apprentice = word.length < 9 ? 0 : word.endsWith('lærling') ? 7 : word.endsWith('lærlingen') ? 9 : word.endsWith('firma') ? 5 : word.endsWith('firmaet') ? 7 : 0;
      if (apprentice > 0 && word.length >= apprentice + 4 && (!hit || hit.value.kind === 'role')) {
        const stem = word.slice(0, word.length - apprentice);
        const title = work.get(stem) ?? work.get(stem.replace(/[e]$/u, ''));
        if (title?.kind === 'title') return { value: title, length: 1, via: 'compound-end' };
      }
      if (hit?.via === 'compound-end' && hit.value.kind === 'role' && hit.prefix) {
        // "barnehageassistent", "sykehjemsassistent": the workplace before the role decides.
        const prefix = hit.prefix.replace(/-$/, '');
        const place = work.get(prefix) ?? work.get(prefix.replace(/[se]$/, ''));
        if (place?.kind === 'workplace') return { ...hit, value: { kind: 'title', trade: place.trade } };
      }
      return hit;
    },
    tradeAt(ws, i, english) {
      return (english ? tradesEnglish.at(ws, i) : undefined) ?? trades.at(ws, i, true);
    },
    driven: (word) => drives.get(word) ?? drivenCompound(word),
    interestAt(ws, i, english, capitals) {
      const hit = (english ? interestsEnglish.at(ws, i) : undefined) ?? interests.at(ws, i, true);
      if (hit && hit.length === 1 && capitalsOnly.has(ws[i]) && !capitals) return undefined;
      return hit;
    },
    trainingYears: new Map(t.trades.map((trade) => [trade.name, trade.trainingYears])),
    vocabulary: [...new Set(vocabulary.filter((w) => w.length >= 6))],
    englishVocabulary: [...new Set(englishVocabulary.filter((w) => w.length >= 6 && /^\p{L}+$/u.test(w)))],
  };
}
