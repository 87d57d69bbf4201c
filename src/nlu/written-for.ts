// A message written on someone else's behalf ("jeg skriver for mannen min, han har jobbet …",
// "spør på vegne av broren min", "I am writing for my husband. He is 50 …") is about that person:
// then "han"/"hun" and the word for the person are the subject the readers take facts from, as in a
// counsellor's note. "Jeg skriver for å spørre om …" is not on anyone's behalf. A message that names
// someone as one's own ("min sønn", "kona mi", "my wife") and asks about "han"/"hun" ("… kan han ta fagbrev
// på jobb?", "hva kan han gjøre?", "er det for seint for han?") is written for that person too.

/** Words for the person a message may be written for (as written, lower case; dialect and English). */
const PERSONS = new Set([
  'mann', 'mannen', 'kone', 'kona', 'konen', 'samboer', 'samboeren', 'sambo', 'sambuar', 'ektefelle', 'ektefellen', 'kjæreste', 'kjæresten', 'partner', 'partneren',
  'far', 'faren', 'mor', 'mora', 'moren', 'mamma', 'mammaen', 'pappa', 'pappaen', 'sønn', 'sønnen', 'sonen', 'datter', 'datteren', 'dattera', 'dotter', 'dottera',
  'bror', 'broren', 'brodern', 'søster', 'søstera', 'søsteren', 'søstra', 'syster', 'systera', 'venn', 'vennen', 'venninne', 'venninna', 'venninnen', 'kompis', 'kompisen',
  'kollega', 'kollegaen', 'nabo', 'naboen', 'bekjent', 'svoger', 'svogeren', 'svigerinne', 'svigerinna', 'svigerfar', 'svigerfaren', 'svigermor', 'svigermora', 'svigermoren', 'onkel', 'onkelen', 'tante', 'tanta',
  'fetter', 'fetteren', 'kusine', 'kusina', 'nevø', 'nevøen', 'niese', 'niesen',
  'husband', 'wife', 'father', 'mother', 'mom', 'mum', 'dad', 'son', 'daughter', 'brother', 'sister', 'friend', 'cousin', 'neighbour', 'neighbor', 'colleague',
  'uncle', 'aunt', 'boyfriend', 'girlfriend', 'nephew', 'niece',
  // (Someone at work one asks for: "en av de ansatte våre", "one of our guys".)
  'ansatt', 'ansatte', 'medarbeider', 'medarbeideren', 'medarbeidere', 'employee', 'employees', 'guy', 'guys', 'worker', 'workers',
]);
/** Who is asking, named by their work rather than their kin ("som journalist", "I'm an HR adviser"). */
const ASKERS = new Set([
  'journalist', 'journalisten', 'politiker', 'politikeren', 'student', 'studenten', 'rådgiver', 'rådgjevar', 'saksbehandler', 'saksbehandleren', 'politician', 'adviser', 'advisor',
  'klubbleder', 'klubbleiar', 'tillitsvalgt', 'tillitsvalgte', 'hovedtillitsvalgt', 'verneombud', 'personalsjef', 'steward',
]);
/** A group someone asks for ("hele gjengen på 40", "kollegaene mine", "my workmates"). */
const GROUPS = new Set([
  'gjeng', 'gjengen', 'gutta', 'karene', 'folka', 'mannskapet', 'kollegaer', 'kollegaene', 'kolleger', 'kollegene', 'arbeidskamerater', 'arbeidskameratene',
  'colleagues', 'workmates', 'coworkers', 'co-workers', 'crew', 'lads',
]);

/** Whether a word (lower case, as written) names a person or group someone asks for or about, or the asker's own role: told about, not asked. */
export function namesPerson(word: string): boolean {
  return PERSONS.has(word) || ASKERS.has(word) || GROUPS.has(word);
}

/** Verbs of writing or asking, before "for" ("skriver for", "spør for", "writing for"). */
const WRITES = new Set(['skriver', 'skriv', 'skrive', 'spør', 'spørre', 'spor', 'sporre', 'henvender', 'writing', 'write', 'asking', 'ask', 'messaging', 'contacting']);
/** Between "for" and the person: "for min far", "for ei venninne", "for my husband". */
const DETERMINERS = new Set(['min', 'mi', 'mitt', 'mine', 'vår', 'en', 'ei', 'et', 'my', 'our', 'a', 'an', 'the']);
/** Pronouns that name that person once the message says whom it is for. */
const PRONOUNS = ['han', 'hun', 'ho', 'hu', 'he', 'she'];
/** Possessives that make a person one's own: before the word ("min sønn", "my wife") or after it ("sønnen min"). */
const POSSESSIVES = new Set(['min', 'mi', 'mitt', 'mine', 'vår', 'våre', 'my', 'our']);
/** Verbs opening a yes/no question about someone ("Kan han …?", "…, can she …?", "Kan kona mi …?"). */
const ASKS = '(?:kan|får|må|har|er|blir|vil|holder|gjelder|kvalifiserer|can|could|does|is|will|would|may|has)';
/** Words opening an open question ("Hva kan han gjøre …?", "what can she do", "hvilke muligheter har han?"). */
const OPENS = '(?:hva|ka|kva|hvordan|korleis|koss|åssen|hvilke|hvilken|kva for|what|how|which)';
const ASKS_ABOUT = new RegExp(
  // … or a question ending on the person ("er det for seint for han?", "is it too late for him?").
  `(?:^|[.!?,;:]\\s*)(?:${ASKS}|${OPENS} (?:\\S+ ){0,2}?${ASKS}) (?:han|hun|ho|hu|he|she)\\b|\\b(?:for|til) (?:han|ham|henne|ho|hu|him|her)\\s*\\?`,
  'imu',
);

export interface WrittenFor {
  /** The word for the person, in lower case as written ("mannen", "husband"). */
  person: string;
  /** Words, in lower case as written, that name the person in the message: the word and the pronouns. */
  words: ReadonlySet<string>;
}

/** Whom the message is written for, when it says so; undefined when it is the writer's own. */
export function writtenFor(text: string): WrittenFor | undefined {
  const words = text.toLowerCase().match(/[\p{L}]+/gu);
  if (!words) return undefined;
  for (let i = 0; i < words.length && i < 60; i++) {
    let at = -1;
    // "skriver for", "spør for", "writing for", "skriver på vegne av", "on behalf of"
    if (WRITES.has(words[i]) && words[i + 1] === 'for') at = i + 2;
    else if ((words[i] === 'vegne' && words[i + 1] === 'av') || (words[i] === 'behalf' && words[i + 1] === 'of')) at = i + 2;
    if (at < 0) continue;
    while (at < words.length && DETERMINERS.has(words[at]) && at < i + 5) at++;
    const person = words[at];
    if (person !== undefined && PERSONS.has(person)) return { person, words: new Set([person, ...PRONOUNS]) };
  }
  return askedAbout(words, text);
}

/** "Min sønn jobber 70 % … Kan han ta fagbrev på jobb?": one's own person, then a yes/no about "han"/"hun". */
function askedAbout(words: readonly string[], text: string): WrittenFor | undefined {
  const n = Math.min(words.length, 60);
  let person: string | undefined;
  for (let i = 0; i < n && person === undefined; i++) {
    if (!PERSONS.has(words[i])) continue;
    if (POSSESSIVES.has(words[i - 1] ?? '') || POSSESSIVES.has(words[i + 1] ?? '')) person = words[i];
  }
  if (person === undefined) return undefined;
  const asksAboutThem = ASKS_ABOUT.test(text) || new RegExp(`(?:^|[.!?,;:]\\s*)${ASKS} (?:(?:${[...POSSESSIVES].join('|')}) )?${person}\\b`, 'imu').test(text);
  if (!asksAboutThem) return undefined;
  return { person, words: new Set([person, ...PRONOUNS]) };
}
