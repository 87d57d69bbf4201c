// The words around a place name that tell whose place it is and what happens there: Norwegian
// (bokmål, nynorsk, common dialect and chat forms) and English. Written as people write them; a word
// in a message matches as written (in lower case) or, typed without æ/ø/å, by its folded form.
import { foldPhrase, type Token } from './place-tokens';

/** Words after which a place name is read. */
export const PREPOSITIONS = ['i', 'på', 'fra', 'ifra', 'frå', 'ved', 'utenfor', 'utafor', 'nær', 'rundt', 'omkring', 'hos', 'in', 'from', 'near', 'outside', 'around'];
/** Prepositions that name a place only after a move or a commute ("flyttet til", "pendler til", "moved to"). */
export const DIRECTIONAL = ['til', 'to'];
/** English "at" names a place only after a work or residence word ("work at"). */
export const AFTER_CUE_ONLY = ['at'];
/** Labels in form-like messages: "Bosted: Namsos". */
export const LABELS = ['bosted', 'bustad', 'bostad', 'hjemsted', 'heimstad', 'bostedskommune', 'hjemkommune', 'heimkommune', 'arbeidssted', 'arbeidsstad'];
/** Living there, written in a note without a preposition: "bor Namsos", "bosatt Bodø". */
export const BARE_RESIDENCE = ['bor', 'bur', 'bosatt', 'busett', 'busatt'];
/** Labels that count only with a colon after them: "Fylke: Trøndelag". */
export const COLON_LABELS = ['fylke', 'kommune', 'sted', 'county', 'location', 'municipality', 'adresse'];
/** Words between the preposition and the name: "i nærheten av Namsos", "like utenfor Bodø". */
export const CONNECTORS = ['nærheten', 'naerheten', 'av', 'området', 'regionen', 'distriktet', 'rundt', 'utenfor', 'like', 'rett', 'ved', 'nord', 'sør', 'øst', 'vest', 'for', 'midt', 'sentrum', 'the', 'area', 'of', 'city', 'town', 'byen'];
/** Ends of a word that make it "the area around" a place: "Bodø-området", "Trondheimsregionen". */
export const AREA_SUFFIXES = ['området', 'regionen', 'distriktet', 'kanten', 'trakten', 'traktene', 'omegn'];

export type Cue = 'residence' | 'work' | 'origin' | 'moved' | 'commute';
/** Work in the simple past: where they worked before, weaker than where they live or work now. */
export const PAST_WORK = ['jobbet', 'jobba', 'arbeidet', 'arbeida', 'worked', 'jobbæt', 'kjørte', 'drove'];

export const CUES: Record<Cue, string[]> = {
  residence: ['bor', 'bur', 'bu', 'bo', 'boe', 'bodd', 'budd', 'bosatt', 'busett', 'busatt', 'bosett', 'hjemmehørende', 'hjemme', 'heime', 'folkeregistrert', 'live', 'lives', 'living', 'reside', 'resides', 'stay', 'staying', 'based', 'located', 'home'],
  work: ['jobber', 'jobbe', 'jobba', 'jobbar', 'jobbet', 'jobb', 'jobben', 'arbeider', 'arbeide', 'arbeida', 'arbeidet', 'arbeidar', 'arbeie', 'ansatt', 'ansett', 'tilsatt', 'sysselsatt', 'permittert', 'oppsagt', 'lærling', 'lærebedrift', 'work', 'works', 'working', 'worked', 'employed', 'job'],
  origin: ['kommer', 'kjem', 'født', 'fødd', 'oppvokst', 'oppvaksen', 'vokste', 'vaks', 'born', 'grew', 'raised', 'come', 'comes'],
  moved: ['flyttet', 'flytta', 'flytted', 'moved', 'relocated'],
  commute: ['pendler', 'pendla', 'pendlar', 'commute', 'commutes', 'commuting'],
};

/** Driving these is work: "kjører buss i Oslo" is where they work, "kjørte til Oslo" a trip. */
export const DRIVE_VERBS = ['kjører', 'kjøre', 'kjørte', 'kjørt', 'kjøyrer', 'drive', 'drives', 'driving', 'drove'];
export const VEHICLES = [
  'buss', 'bussen', 'busser', 'lastebil', 'lastebilen', 'lastebiler', 'taxi', 'taxien', 'drosje', 'drosjen', 'trailer', 'traileren', 'vogntog', 'truck', 'trucken',
  'gravemaskin', 'anleggsmaskin', 'anleggsmaskiner', 'hjullaster', 'kran', 'kranen', 'tog', 'toget', 'trikk', 'trikken', 'søppelbil', 'søppelbilen', 'ambulanse',
  'varebil', 'varebilen', 'budbil', 'bus', 'lorry', 'forklift', 'tractor', 'traktor',
];
/** Something else happens at the place: a course, a trip, a visit, a past stay, a school's offer. */
export const EVENTS = [
  'kurs', 'kurset', 'kursene', 'kurser', 'samling', 'samlinga', 'samlingen', 'samlinger', 'samlingene', 'eksamen',
  'eksamenen', 'fagprøve', 'fagprøven', 'konferanse', 'konferansen', 'seminar', 'seminaret', 'messe', 'messa',
  'messen', 'møte', 'møtet', 'ferie', 'ferien', 'ferier', 'sommerferie', 'vinterferie', 'påskeferie', 'høstferie',
  'juleferie', 'tur', 'turen', 'turer', 'hyttetur', 'reise', 'reiste', 'reiser', 'reist', 'reisa', 'besøk',
  'besøke', 'besøkte', 'besøker', 'besøkt', 'hytte', 'hytta', 'hytten', 'hyttene', 'konsert', 'konserten', 'kamp',
  'kampen', 'bryllup', 'begravelse', 'festival', 'festivalen', 'bursdag', 'helg', 'helga', 'helgen', 'weekend',
  'studerte', 'studert', 'studere', 'studerer', 'studerar', 'studier', 'studiene', 'tok', 'tatt', 'var', 'vært', 'dro', 'drar', 'kjørte',
  'kjører', 'fløy', 'bodde', 'budde', 'lived', 'used', 'hovedkontor', 'hovedkontoret', 'fagskole', 'fagskolen',
  'fagskoler', 'tilbud', 'tilbudet', 'tilbudene', 'tilbys', 'tilbyr', 'holdes', 'arrangeres', 'avholdes',
  'foregår', 'kurssted', 'studiested', 'studiesenter', 'studiesenteret', 'vgs', 'videregående', 'skole', 'skolen', 'universitet',
  'universitetet', 'høgskole', 'høgskolen', 'høyskole', 'høyskolen', 'school', 'university', 'college', 'visit', 'visited', 'visiting',
  'holiday', 'holidays', 'vacation', 'trip', 'course', 'courses', 'conference', 'exam', 'studied', 'study',
  'studying', 'travelled', 'traveled', 'went', 'was', 'were', 'been', 'drove', 'flew', 'cabin', 'offered', 'held',
];
/** Events that are also workplaces: with a work word before them the place counts ("jobber på en skole i Bodø"). */
export const INSTITUTIONS = [
  'vgs', 'videregående', 'skole', 'skolen', 'universitet', 'universitetet', 'høgskole', 'høgskolen', 'høyskole', 'høyskolen', 'fagskole', 'fagskolen',
  'school', 'university', 'college', 'hovedkontor', 'hovedkontoret', 'studiesenter', 'studiesenteret',
];
/** Words ending like this are courses too ("truckkurs", "sveisekurset"). */
export const EVENT_ENDINGS = ['kurs', 'kurset', 'kursene', 'kurser', 'ferie', 'ferien'];

/** Intentions, wishes and plans: the place is not where they are now. */
export const MODALS = [
  'skal', 'ska', 'sku', 'vil', 'ville', 'ønsker', 'ønske', 'ønskjer', 'håper', 'håpe', 'drømmer', 'planlegger',
  'planlegge', 'vurderer', 'vurdere', 'tenker', 'tenkte', 'kunne', 'kanskje', 'søke', 'søker', 'søkte', 'søkt',
  'begynne', 'flytte', 'flytter', 'would', 'will', 'want', 'wants', 'wanted', 'hope', 'hoping', 'plan', 'planning',
  'considering', 'thinking', 'might', 'maybe', 'apply', 'applying', 'move', 'moving', 'going', 'gonna', 'looking',
  'tidligere', 'forhenværende', 'previously', 'formerly',
];
/** In a question these make the place hypothetical: "Må jeg jobbe i Trøndelag for å …?", "Can I work in Oslo?" */
export const QUESTION_MODALS = ['må', 'kan', 'bør', 'burde', 'får', 'kunne', 'can', 'could', 'must', 'should', 'do', 'does', 'is', 'are'];
export const NEGATIONS = ['ikke', 'ikkje', 'ikkj', 'itj', 'inte', 'not', 'never', 'aldri', 'don', 'didn', 'doesn', 'isn', 'wasn', 'aren', 'haven', 'hasn'];
/** Words that end the clause a cue belongs to. */
export const CLOSERS = ['og', 'men', 'mens', 'når', 'fordi', 'siden', 'så', 'eller', 'dersom', 'hvis', 'viss', 'om', 'and', 'but', 'while', 'because', 'when', 'so', 'or', 'if', 'at'];
/** Subjects other than the writer: the place is theirs. */
export const OTHERS = [
  'han', 'hun', 'ho', 'hu', 'dei', 'dem', 'de', 'søster', 'søsteren', 'søstera', 'søstra', 'syster', 'systera',
  'bror', 'broren', 'brødre', 'brødrene', 'mor', 'moren', 'mora', 'mamma', 'mammaen', 'far', 'faren', 'pappa',
  'pappaen', 'foreldre', 'foreldrene', 'foreldra', 'sønn', 'sønnen', 'sønnene', 'sonen', 'datter', 'datteren',
  'dattera', 'dotter', 'dottera', 'døtre', 'barna', 'barnet', 'ungene', 'ungen', 'kona', 'konen', 'mannen',
  'ektefelle', 'ektefellen', 'samboer', 'samboeren', 'sambo', 'kjæreste', 'kjæresten', 'vennen', 'venner',
  'vennene', 'venninne', 'venninna', 'venninnen', 'kompis', 'kompisen', 'familien', 'familia', 'slekt', 'slekta',
  'tante', 'tanta', 'tanten', 'onkel', 'onkelen', 'bestemor', 'bestemora', 'bestemoren', 'bestefar', 'bestefaren', 'fetteren', 'kusina', 'kusinen', 'nevøen', 'niesen',
  'barnebarna', 'barnebarnet', 'svogeren', 'svigerinna', 'kollegaen', 'besteforeldre', 'besteforeldrene', 'svigermor', 'svigerfar',
  'svigerforeldre', 'svoger', 'svigerinne', 'fetter', 'kusine', 'sjefen', 'kollega', 'kollegaen', 'kollegaene',
  'kollegene', 'naboen', 'he', 'she', 'they', 'his', 'their', 'sister', 'brother', 'mother', 'mom', 'mum',
  'father', 'dad', 'parents', 'son', 'daughter', 'wife', 'husband', 'girlfriend', 'boyfriend', 'friend',
  'friends', 'family', 'cousin', 'aunt', 'uncle', 'boss', 'colleague',
];
export const SELF = ['jeg', 'eg', 'æ', 'je', 'vi', 'me', 'we', 'meg'];
/** A correction in the same sentence: this mention replaces what was said before. */
export const CORRECTIONS = ['forresten', 'forøvrig', 'egentlig', 'rettelse', 'korrigering', 'feil', 'mente', 'unnskyld', 'sorry', 'beklager', 'oops', 'actually', 'correction', 'meant'];
/** Words a short answer to "Hvilket fylke bor du i?" may carry around the place. */
export const ANSWER_FILLERS = [
  'jeg', 'eg', 'æ', 'e', 'je', 'vi', 'bor', 'bur', 'bu', 'bosatt', 'i', 'på', 'fra', 'frå', 'det', 'er', 'ja', 'nei',
  'hei', 'fylke', 'fylket', 'kommune', 'kommunen', 'fylkeskommune', 'nå', 'takk', 'tror', 'trur', 'vel', 'altså', 'da',
  'live', 'in', 'im', 'm', 'the', 'county', 'municipality', 'of', 'thanks', 'it', 's', 'its', 'hmm', 'eh', 'ehm', 'ok',
];

export interface WordSet {
  has(t: Token): boolean;
}

/** Each family of word sets marks tokens with its own id, so two never read each other's marks. */
let nextOwner = 0;

/**
 * Sets of context words, matched on the word as written in lower case, or else on its folded form
 * ("pa" for "på") unless two listed words fold alike ("bør" and "bor", "får" and "far"): such a fold
 * is matched only as written. Once sealed, a token's membership in every set is worked out once (two
 * look-ups) and kept on the token, so the many checks on the words around a place cost a bit test.
 */
export function wordSets(): { set(words: readonly string[]): WordSet; seal(): void } {
  const lowersByFold = new Map<string, Set<string>>();
  const folded: Array<Set<string>> = [];
  const lowered: Array<Set<string>> = [];
  const byLower = new Map<string, number[]>();
  const byFold = new Map<string, number[]>();
  const owner = nextOwner++;
  let sealed = false;
  const NONE = [0, 0];
  /** A word written in a–z and digits is its own folded form: its sets by either, in one look-up. */
  const byPlain = new Map<string, number[]>();
  const remember = (t: Token): void => {
    if (t.key === t.lower) {
      const m = byPlain.get(t.key) ?? NONE;
      t.sets0 = m[0];
      t.sets1 = m[1];
    } else {
      const a = byLower.get(t.lower) ?? NONE;
      const b = byFold.get(t.key) ?? NONE;
      t.sets0 = a[0] | b[0];
      t.sets1 = a[1] | b[1];
    }
    t.setsOwner = owner;
  };
  const mark = (map: Map<string, number[]>, word: string, index: number) => {
    let m = map.get(word);
    if (!m) map.set(word, (m = [0, 0]));
    m[index >> 5] |= 1 << (index & 31);
  };
  return {
    set(words) {
      const index = lowered.length;
      if (index >= 64) throw new Error('wordSets: at most 64 sets');
      const lowers = new Set(words.map((w) => w.normalize('NFC').toLowerCase()));
      const folds = new Set<string>();
      for (const w of lowers) {
        const f = foldPhrase(w);
        folds.add(f);
        lowersByFold.set(f, (lowersByFold.get(f) ?? new Set()).add(w));
      }
      folded.push(folds);
      lowered.push(lowers);
      const word = index >> 5;
      const bit = 1 << (index & 31);
      if (word === 0) {
        return {
          has: (t: Token) => {
            if (!sealed) return lowers.has(t.lower) || folds.has(t.key);
            if (t.setsOwner !== owner) remember(t);
            return (t.sets0 & bit) !== 0;
          },
        };
      }
      return {
        has: (t: Token) => {
          if (!sealed) return lowers.has(t.lower) || folds.has(t.key);
          if (t.setsOwner !== owner) remember(t);
          return (t.sets1 & bit) !== 0;
        },
      };
    },
    seal() {
      for (const [f, lowers] of lowersByFold) if (lowers.size > 1) for (const folds of folded) folds.delete(f);
      lowered.forEach((lowers, index) => {
        for (const w of lowers) mark(byLower, w, index);
        for (const f of folded[index]) mark(byFold, f, index);
      });
      for (const w of new Set([...byLower.keys(), ...byFold.keys()])) {
        const a = byLower.get(w) ?? NONE;
        const b = byFold.get(w) ?? NONE;
        byPlain.set(w, [a[0] | b[0], a[1] | b[1]]);
      }
      sealed = true;
    },
  };
}
