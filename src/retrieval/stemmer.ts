// A light stemmer for Norwegian bokmål, written after the Snowball Norwegian algorithm
// (https://snowballstem.org/algorithms/norwegian/stemmer.html) with a few extra derivational endings
// (-ing/-ingen/-inger, -else/-elsen, -heten) that matter for career-guidance vocabulary
// ("opplæringen" ~ "opplæring", "vurderingen" ~ "vurdere", "ledelsen" ~ "ledelse").
// It only has to be consistent: documents and questions go through the same function.
import { memoize } from '../memo';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å']);
const VALID_S_ENDING = new Set(['b', 'c', 'd', 'f', 'g', 'h', 'j', 'l', 'm', 'n', 'o', 'p', 'r', 't', 'v', 'y', 'z']);

// Step 1 endings; computeStem takes the longest one that fits, so their order does not matter.
const STEP1_SUFFIXES = [
  'hetenes', 'hetene', 'hetens', 'ingene', 'ingens', 'elsene', 'heten', 'heter', 'endes', 'ingen', 'inger',
  'elsen', 'elser', 'ande', 'ende', 'edes', 'enes', 'else', 'ene', 'ane', 'ens', 'ers', 'ets', 'ede', 'het',
  'ast', 'ing', 'en', 'ar', 'er', 'as', 'es', 'et', 'a', 'e',
];
const STEP1_ALL = [...STEP1_SUFFIXES, 'erte', 'ert', 's'];
const DEFINITE = new Set(['en', 'et', 'ene', 'ens', 'ets']);
const PLURAL_TRE = new Set(['e', 'ene', 'enes', 'a']);
/** Irregular forms that the suffix rules would split from their base form. */
const IRREGULAR: Record<string, string> = {
  voksne: 'voksen', voksnes: 'voksen', andre: 'annen', års: 'år', åra: 'år', årene: 'år', året: 'år',
  står: 'stå', sto: 'stå', stod: 'stå', stått: 'stå', går: 'gå', gikk: 'gå', gått: 'gå',
};

const STEP3_SUFFIXES = ['hetslov', 'eleg', 'elig', 'elov', 'slov', 'leg', 'eig', 'lig', 'els', 'lov', 'ig'].sort(
  (a, b) => b.length - a.length,
);

/** Start of region R1: after the first non-vowel that follows a vowel, but never before index 3. */
function regionR1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return Math.max(3, i + 1);
  }
  return word.length;
}

const stemOf = memoize(computeStem, 200_000);

/** Stems one lowercase word. Words shorter than 3 letters and tokens with digits are returned unchanged. */
export function stemNorwegian(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word;
  return stemOf(word);
}

function computeStem(word: string): string {
  let w = IRREGULAR[word] ?? word;
  const r1 = regionR1(w);

  // Step 1: the longest inflectional ending in R1 ("-erte"/"-ert" become "-er", "-s" only after a
  // valid s-ending). Definite forms of -er nouns ("lederen", "læreren") lose the "-er" as well, so
  // they meet the indefinite forms ("leder", "lærer").
  let best = '';
  for (const suffix of STEP1_ALL) {
    if (suffix.length > best.length && w.endsWith(suffix) && w.length - suffix.length >= r1) best = suffix;
  }
  if (best === 'erte' || best === 'ert') {
    w = w.slice(0, -best.length) + 'er';
  } else if (best === 's') {
    const before = w[w.length - 2] ?? '';
    const kOk = before === 'k' && !VOWELS.has(w[w.length - 3] ?? '');
    if (VALID_S_ENDING.has(before) || kOk) w = w.slice(0, -1);
  } else if (best) {
    w = w.slice(0, -best.length);
    if (DEFINITE.has(best) && w.endsWith('er') && w.length - 2 >= r1) w = w.slice(0, -2);
    // So do the inflected forms of "-en" nouns ("eksamenen", "eksamener" ~ "eksamen"), whose base form loses its "-en" above.
    else if ((DEFINITE.has(best) || best === 'er') && w.endsWith('en') && w.length - 2 >= r1) w = w.slice(0, -2);
  }

  // Plurals of "-ter" nouns in "-tre" meet their singular: "sentre"/"sentrene" ~ "senter", "teatre" ~ "teater".
  if (PLURAL_TRE.has(best) && /(?:n|[aei])tr$/u.test(w)) w = w.slice(0, -1);

  // Step 2: "-dt"/"-vt" -> drop the t.
  if ((w.endsWith('dt') || w.endsWith('vt')) && w.length - 2 >= r1) w = w.slice(0, -1);

  // Step 3: derivational endings; keep at least 4 letters so "ledig" does not collapse onto "leder".
  for (const suffix of STEP3_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= r1 && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}
