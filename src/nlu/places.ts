// Where a person lives or works, read from what they write. Built once from the place index
// (src/catalogue/places.ts); matching is pure and linear in the length of the message.
//
// A name counts only where it stands after a place word ("bor i", "jobber på", "fra", "hos … i",
// "I live in", "Bosted:") and nothing in its clause says it is someone else's place or something
// else happening there (a course, a trip, a relative, a plan, a negation). Names that are also
// everyday words count only when written with a capital letter. Misspellings are found through a
// precomputed deletion index (Damerau-Levenshtein ≤ 1 from 5 letters, ≤ 2 from 9), only where a
// place word makes a name likely. Several mentions are combined: the strongest kind of statement
// wins (lives/works over "fra" or a bare "i …"), a correction ("forresten …") replaces what came
// before, and mentions that agree narrow each other ("Herøy i Nordland").
import { COUNTIES, type County, type PlaceIndex } from '../catalogue/places';
import { createNameLookup, type AmbiguityReason, type Entry, type NameHit } from './place-names';
import { SEP, foldPhrase, tokenize, type Token } from './place-tokens';
import * as W from './place-words';

export type { AmbiguityReason } from './place-names';

export type PlaceMatch =
  | {
      kind: 'county';
      county: County;
      /** The words in the message the county was taken from, as written. */
      phrase: string;
      /** The name(s) they matched, as the data writes them. */
      place: string;
      via: 'name' | 'misspelling';
    }
  | { kind: 'ambiguous'; candidates: County[]; phrase: string; place: string; reason: AmbiguityReason }
  | { kind: 'none' };

export interface PlaceMatcher {
  /** Where the person lives or works, from free text. */
  /** `person`: words (lower case) naming whom the message is written for: their places count. */
  matchPlace(text: string, person?: ReadonlySet<string>): PlaceMatch;
  /** A whole short answer to "Hvilket fylke bor du i?" ("Namsos", "trøndelag", "i bodø", "Viken"). */
  matchCountyAnswer(text: string): PlaceMatch;
}

interface Context {
  cue: W.Cue | null;
  blocked: boolean;
  correction: boolean;
  /** The cue is work in the simple past ("jobbet i Båtsfjord"): where they worked before. */
  pastWork: boolean;
}

/** 0: lives/works/moved there; 1: comes from there, or a bare "i …". */
type Strength = 0 | 1;

interface Mention {
  counties: County[];
  entries: Entry[];
  strength: Strength;
  correction: boolean;
  fuzzy: boolean;
  /** "først i Oslo og nå i Drammen": said to be the place now (1) or before (-1); 0 when neither. */
  time: -1 | 0 | 1;
  start: number;
  end: number;
}

const LOOKBACK = 14;
const NORWAY_KEYS = new Set(['norge', 'noreg', 'norway', 'norga']);
const LONG_ANSWER_TOKENS = 25;

export function createPlaceMatcher(index: PlaceIndex): PlaceMatcher {
  const words = W.wordSets();
  const prepositions = words.set(W.PREPOSITIONS);
  const directional = words.set(W.DIRECTIONAL);
  const afterCueOnly = words.set(W.AFTER_CUE_ONLY);
  const labels = words.set(W.LABELS);
  const bareResidence = words.set(W.BARE_RESIDENCE);
  const colonLabels = words.set(W.COLON_LABELS);
  const connectors = words.set(W.CONNECTORS);
  const events = words.set(W.EVENTS);
  const institutions = words.set(W.INSTITUTIONS);
  const eventEndings = W.EVENT_ENDINGS.map(foldPhrase);
  const modals = words.set(W.MODALS);
  const questionModals = words.set(W.QUESTION_MODALS);
  const negations = words.set(W.NEGATIONS);
  const closers = words.set(W.CLOSERS);
  const others = words.set(W.OTHERS);
  const self = words.set(W.SELF);
  const corrections = words.set(W.CORRECTIONS);
  const fillers = words.set(W.ANSWER_FILLERS);
  const relativeStarts = words.set(['som', 'der', 'who', 'which']);
  const fromWords = words.set(['fra', 'ifra', 'frå', 'from']);
  const perfect = words.set(['ve', 'have', 'has']);
  const companySkip = words.set(['på', 'hos', 'at', 'ved', 'i']);
  const hos = words.set(['hos']);
  const atWord = words.set(['at']);
  const beenWords = words.set(['been']);
  const nowWords = words.set(['nå', 'no', 'now']);
  const beforeWords = words.set(['først', 'tidligere', 'før', 'first', 'previously', 'before']);
  /** "har vært lagermedarbeider …": been something, a role, not a stay (which is "vært i/på …"). */
  const roleBeen = words.set(['vært', 'vore', 'vøri', 'vori']);
  const articles = words.set(['de', 'dei']);
  /** "I'm (a single) mom …", "jeg er (ei) alenemor …": what the writer is, after these, is no one else. */
  const copulas = words.set(['er', 'm', 'am']);
  const possessives = words.set(['min', 'mi', 'mitt', 'my']);
  const timeWords = words.set(['siste', 'første', 'neste', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti']);
  /** "de fleste i Kristiansund" (most of the years just named): no people, when a place follows. */
  const most = words.set(['fleste', 'flesta']);
  const englishDeterminers = words.set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their']);
  const lived = words.set(['lived']);
  const back = words.set(['tilbake', 'back']);
  const sharedSubject = words.set(['og', 'and']);
  const pastWork = words.set(W.PAST_WORK);
  const driveVerbs = words.set(W.DRIVE_VERBS);
  const vehicles = words.set(W.VEHICLES);
  const hadWords = words.set(['har', 'hadde', 'have', 'has', 'had', "i've", 've']);
  const qualifierPrepositions = words.set(['på', 'i', 'in']);
  const cues = (Object.keys(W.CUES) as W.Cue[]).map((cue) => [cue, words.set(W.CUES[cue])] as const);
  const cueOf = (t: Token): W.Cue | null => cues.find(([, set]) => set.has(t))?.[0] ?? null;
  words.seal();
  const names = createNameLookup(index, (t) => fillers.has(t));
  const { exactAt, fuzzyAt } = names;

  /** The word at `k` follows "I'm", "I am" or "jeg er" and at most two words ("a single"): the writer's role. */
  const isWhatSelfIs = (tokens: readonly Token[], k: number): boolean => {
    // ("jeg er 40 mannen min …": an age said, and a person of one's own, is someone else.)
    if (k + 1 < tokens.length && possessives.has(tokens[k + 1])) return false;
    for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
      if (tokens[j + 1].sep >= SEP.soft || /\d/u.test(tokens[j].key)) return false;
      if (copulas.has(tokens[j])) return self.has(tokens[j - 1]) || tokens[j - 1].key === 'i';
    }
    return false;
  };
  const isEvent = (t: Token) => events.has(t) || eventEndings.some((end) => t.key.length > end.length + 2 && t.key.endsWith(end));

  /** Reads the clause before token `from`: the cue word, and whatever rules the place out. */
  function classify(tokens: Token[], from: number, question: boolean, person?: ReadonlySet<string>): Context {
    let cue: W.Cue | null = null;
    let cueAt = -1;
    let hosAt = -1;
    let otherAt = -1;
    let closed = false;
    let subjectOpen = true;
    let subjectFound = false;
    let blocked = false;
    let atInstitution = false;
    let correction = false;
    let past = false;
    for (let k = from - 1, steps = 0; k >= 0 && steps < LOOKBACK; k--, steps++) {
      const after = tokens[k + 1];
      if (after.sep === SEP.hard) break;
      if (after.sep === SEP.soft) {
        closed = true;
        if (!relativeStarts.has(after)) subjectOpen = false;
      }
      const w = tokens[k];
      if (corrections.has(w)) correction = true;
      if (!closed) {
        // Norwegian "at" (that) ends a clause; English "work at a school in …" does not.
        const englishAt = atWord.has(w) && (englishDeterminers.has(tokens[k + 1]) || (k > 0 && cueOf(tokens[k - 1]) !== null));
        if (closers.has(w) && !englishAt) {
          closed = true;
          // "Min sønn er 17 og går på vgs i Molde": after "og" the subject may be the one before it.
          if (!sharedSubject.has(w)) subjectOpen = false;
          continue;
        }
        // "skal tilbake i jobben på …": going back to where they work.
        const goingBack = modals.has(w) && back.has(tokens[k + 1]);
        if (negations.has(w) || (modals.has(w) && !goingBack) || (question && questionModals.has(w))) blocked = true;
        if (cue === null) {
          // "I've lived in …", "have lived": the present perfect is where they live now.
          // "kjører buss i Tromsø", and with the subject after the verb: "Nå kjører jeg buss i Tromsø".
          const vehicleAt = k + 2 < from && self.has(tokens[k + 1]) ? k + 2 : k + 1;
          const drives = driveVerbs.has(w) && vehicleAt < from && vehicles.has(tokens[vehicleAt]);
          const c = drives ? 'work' : lived.has(w) && k > 0 && perfect.has(tokens[k - 1]) ? 'residence' : cueOf(w);
          if (c) {
            [cue, cueAt] = [c, k];
            past = c === 'work' && pastWork.has(w) && !(k > 0 && hadWords.has(tokens[k - 1])) && !(k > 1 && hadWords.has(tokens[k - 2]));
          } else if (isEvent(w) && !(beenWords.has(w) && englishDeterminers.has(tokens[k + 1])) && !(roleBeen.has(w) && k + 1 < from && !prepositions.has(tokens[k + 1]))) {
            // ("have been a bus driver in Oslo": a role, not a stay)
            if (institutions.has(w)) atInstitution = true;
            else blocked = true;
          }
        }
        if (hos.has(w)) hosAt = k;
      }
      if (subjectOpen && !subjectFound) {
        if (self.has(w) || person?.has(w.lower)) subjectFound = true;
        // "Jeg og samboeren min bor i …": the person is one of the subjects.
        else if (others.has(w) && k >= 2 && sharedSubject.has(tokens[k - 1]) && self.has(tokens[k - 2])) subjectFound = true;
        // "I'm a single mom working in …": what the writer is.
        else if (others.has(w) && isWhatSelfIs(tokens, k)) subjectFound = true;
        // "de siste 25 årene": "de" is an article there, not the people.
        else if (others.has(w) && !(articles.has(w) && (timeWords.has(tokens[k + 1]) || (most.has(tokens[k + 1]) && k + 2 < tokens.length && prepositions.has(tokens[k + 2]))))) [subjectFound, otherAt] = [true, k];
      }
    }
    // "vært lagermedarbeider hos Posten på Lillestrøm": at a firm in a place is where they work.
    if (cue === null && hosAt >= 0 && hosAt < from - 1 && tokens[hosAt + 1].upper) cue = 'work';
    // "bor hos mora mi i Bergen": the relative is where the person lives, not the subject.
    const other = otherAt >= 0 && !(cueAt >= 0 && hosAt > cueAt && otherAt > hosAt);
    // "går på skole i Molde" is no place of theirs; "jobber på en skole i Bodø" is.
    if (atInstitution && cue !== 'work') blocked = true;
    return { cue, blocked: blocked || other, correction, pastWork: past };
  }

  function strengthOf(anchor: Token | undefined, kind: AnchorKind, ctx: Context, question: boolean): Strength | null {
    if (ctx.blocked) return null;
    const { cue } = ctx;
    switch (kind) {
      case 'label':
        return 0;
      case 'directional':
        return cue === 'moved' || cue === 'commute' ? 0 : null;
      case 'after-cue':
        return cue === 'work' || cue === 'residence' ? 0 : null;
      case 'none':
      case 'preposition':
        if (anchor && fromWords.has(anchor)) return cue === 'moved' ? null : cue && cue !== 'origin' ? 0 : 1;
        if (cue === 'origin' || ctx.pastWork) return 1;
        if (cue) return 0;
        return question && kind === 'preposition' ? null : 1;
    }
  }

  type AnchorKind = 'preposition' | 'directional' | 'after-cue' | 'label' | 'none';

  function anchorKind(tokens: Token[], a: number): AnchorKind | null {
    const t = tokens[a];
    if (prepositions.has(t)) return 'preposition';
    if (directional.has(t)) return 'directional';
    if (afterCueOnly.has(t)) return 'after-cue';
    if (labels.has(t) || bareResidence.has(t)) return 'label';
    if (colonLabels.has(t) && tokens[a + 1]?.sep === SEP.soft) return 'label';
    return null;
  }

  function mentionOf(tokens: Token[], hit: NameHit, strength: Strength, correction: boolean, time: Mention['time'] = 0): Mention {
    let { counties } = hit.entry;
    const entries = [hit.entry];
    let end = tokens[hit.to - 1].end;
    // "Herøy, Nordland" / "Bø (Vesterålen)": a qualifier right after an ambiguous name narrows it.
    const next = tokens[hit.to];
    if (counties.length > 1 && next && next.sep === SEP.soft) {
      const q = exactAt(tokens, hit.to, () => true);
      const narrowed = q ? counties.filter((c) => q.entry.counties.includes(c)) : [];
      if (q && narrowed.length > 0) {
        counties = narrowed;
        entries.push(q.entry);
        end = tokens[q.to - 1].end;
      }
    }
    return { counties, entries, strength, correction, fuzzy: hit.fuzzy, time, start: tokens[hit.from].start, end };
  }

  function findMentions(text: string, person?: ReadonlySet<string>): Mention[] {
    const { tokens, questions } = tokenize(text);
    const capital = (from: number) => tokens[from].upper;
    const never = () => false;
    const mentions: Mention[] = [];
    for (let a = 0; a < tokens.length - 1; a++) {
      const kind = anchorKind(tokens, a);
      if (!kind) continue;
      const s = a + 1;
      if (tokens[s].sep === SEP.hard) continue;
      // After "hos" comes a person or a firm: "hos Lena" is not the village Lena.
      const ordinaryOk = hos.has(tokens[a]) ? never : capital;
      let hit = exactAt(tokens, s, ordinaryOk);
      if (!hit) {
        let k = s;
        while (k < s + 3 && k < tokens.length && tokens[k].sep < SEP.hard && connectors.has(tokens[k])) k++;
        if (k > s && k < tokens.length && tokens[k].sep < SEP.hard) hit = exactAt(tokens, k, ordinaryOk);
      }
      if (!hit && companySkip.has(tokens[a]) && tokens[s].upper && s + 1 < tokens.length && tokens[s + 1].sep <= SEP.hyphen) {
        hit = exactAt(tokens, s + 1, capital);
      }
      let ctx: Context | null = null;
      if (!hit && names.mayBeMisspeltAt(tokens, s)) {
        ctx = classify(tokens, a, questions.has(tokens[a].sentence), person);
        if ((ctx.cue !== null || kind === 'label' || tokens[s].upper) && !ctx.blocked) hit = fuzzyAt(tokens, s);
      }
      if (!hit) continue;
      hit = withQualifier(tokens, hit);
      a = hit.to - 1;
      if (isEventTail(tokens, hit)) continue;
      ctx ??= classify(tokens, s - 1, questions.has(tokens[s - 1].sentence), person);
      const strength = strengthOf(tokens[s - 1], kind, ctx, questions.has(tokens[s - 1].sentence));
      const said = s > 1 && tokens[s - 1].sep < SEP.hard ? tokens[s - 2] : undefined;
      const time = said && nowWords.has(said) ? 1 : said && beforeWords.has(said) ? -1 : 0;
      if (strength !== null) mentions.push(mentionOf(tokens, hit, strength, ctx.correction, time));
    }
    return mentions;
  }

  /**
   * "Herøy på Helgeland", "Frosta i Trøndelag": a broader name right after, in the same county,
   * belongs to this mention (and goes with it when the mention does not count: "flyttet fra Herøy på
   * Helgeland til Larvik").
   */
  function withQualifier(tokens: Token[], hit: NameHit): NameHit {
    const prep = tokens[hit.to];
    if (!prep || prep.sep !== SEP.space || !qualifierPrepositions.has(prep) || hit.to + 1 >= tokens.length || tokens[hit.to + 1].sep !== SEP.space) return hit;
    const q = exactAt(tokens, hit.to + 1, (from) => tokens[from].upper);
    if (!q || !q.entry.counties.some((c) => hit.entry.counties.includes(c))) return hit;
    const counties = hit.entry.counties.filter((c) => q.entry.counties.includes(c));
    return { ...hit, to: q.to, entry: { ...hit.entry, counties } };
  }

  /** "Oslo-kurset": the name is part of a word about something else. */
  function isEventTail(tokens: Token[], hit: NameHit): boolean {
    const next = tokens[hit.to];
    return !!next && next.sep === SEP.hyphen && isEvent(next);
  }

  function matchPlace(text: string, person?: ReadonlySet<string>): PlaceMatch {
    return decide(text, findMentions(text, person));
  }

  function matchCountyAnswer(text: string): PlaceMatch {
    const { tokens, questions } = tokenize(text);
    if (tokens.length > LONG_ANSWER_TOKENS) return matchPlace(text);
    const content = tokens.map((t, i) => (fillers.has(t) ? -1 : i)).filter((i) => i >= 0);
    const wholeAnswer = (from: number, to: number) => content.every((i) => i >= from && i < to);
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (fillers.has(tokens[i]) && !names.isName(tokens[i].key)) continue;
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const afterPreposition = !!prev && prev.sep !== SEP.hard && tokens[i].sep !== SEP.hard && (prepositions.has(prev) || labels.has(prev));
      let hit = exactAt(tokens, i, (from, to) => afterPreposition || wholeAnswer(from, to));
      if (!hit && !fillers.has(tokens[i])) {
        // A misspelling only where a place is expected: after "i/på/fra", or as the whole answer.
        const guess = fuzzyAt(tokens, i);
        if (guess && (afterPreposition || wholeAnswer(guess.from, guess.to))) hit = guess;
      }
      if (!hit) continue;
      const anchorAt = afterPreposition ? i - 1 : i;
      const ctx = classify(tokens, anchorAt, questions.has(tokens[anchorAt].sentence));
      // The question supplies "bor du i": a name without a cue word answers it as fully as "bor i …".
      const anchor = afterPreposition ? tokens[i - 1] : undefined;
      const answersQuestion = ctx.cue === null && !ctx.blocked && !(anchor && fromWords.has(anchor));
      const strength = answersQuestion ? 0 : strengthOf(anchor, afterPreposition ? 'preposition' : 'none', ctx, false);
      if (strength !== null) mentions.push(mentionOf(tokens, hit, strength, ctx.correction));
      i = hit.to - 1;
    }
    return decide(text, mentions);
  }

  return { matchPlace, matchCountyAnswer };
}

/** Combines the mentions in a message into one answer. */
function decide(text: string, all: Mention[]): PlaceMatch {
  // "har bodd i Norge i 9 år": living in Norway says nothing about where, so it outweighs no place named.
  const named = all.filter((m) => !(m.counties.length === 0 && m.entries.every((e) => NORWAY_KEYS.has(e.key))));
  const placed = named.length > 0 ? named : all;
  // "først i Oslo og nå i Drammen": the place said to be now, over one said to be before.
  const now = placed.filter((m) => m.time === 1);
  const mentions = now.length > 0 ? now : placed.some((m) => m.time === -1) && placed.some((m) => m.time === 0) ? placed.filter((m) => m.time === 0) : placed;
  if (mentions.length === 0) return { kind: 'none' };
  const strongest = Math.min(...mentions.map((m) => m.strength));
  let pool = mentions.filter((m) => m.strength === strongest);
  const corrected = pool.filter((m) => m.correction);
  if (corrected.length > 0) pool = [corrected[corrected.length - 1]];
  pool = pool.filter((m) => m.counties.length > 0); // abroad, "Norge": no county
  if (pool.length === 0) return { kind: 'none' };

  let counties = pool[0].counties;
  for (const m of pool.slice(1)) counties = counties.filter((c) => m.counties.includes(c));
  if (counties.length === 0) {
    const union = new Set(pool.flatMap((m) => m.counties));
    counties = COUNTIES.filter((c) => union.has(c));
  }
  const phrase = unique(pool.map((m) => text.slice(m.start, m.end))).join(', ');
  const entries = unique(pool.flatMap((m) => m.entries));
  const place = unique(entries.map((e) => e.display)).join(', ');
  if (counties.length === 1) {
    return { kind: 'county', county: counties[0], phrase, place, via: pool.some((m) => m.fuzzy) ? 'misspelling' : 'name' };
  }
  const reason = entries.length === 1 && entries[0].reason ? entries[0].reason : 'several-places';
  return { kind: 'ambiguous', candidates: [...counties], phrase, place, reason };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
