// describesPerson(text): whether a message describes the writer's own situation (two facts or more,
// or one fact and a request for guidance) in any way people write, bokmål, dialect or English:
// "Jeg er 34 og jobber på lager", "e jobbe på sagbruket på orkanger … ka ska æ gjør",
// "I live in Bodø and work 80 % as a cleaner". The router starts the guided assessment for such a
// message. Pure and data-free (the language words are code), so the router can call it as it is.
import { createCanonicaliser, type Canonicaliser } from './canonical';
import { clausesOf, states } from './clauses';

const FACTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['age', /(?:^|(?:^| )(?:jeg|bruker|kandidat|kandidaten|brukeren)(?: er)?) (?:er )?(?:en |ei )?\d{2}(?: år)?(?: |$)|(?:^| )\d{2} år gammel(?: |$)|^\d{2} år$|(?:mann|kvinne) på \d{2}/u],
  ['residence', /(?:^| )(?:bor|bosatt|bodd|flyttet) (?:i|på|utenfor|ved|nær|til) \S+/u],
  ['work', /(?:^| )(?:jobber|arbeider|ansatt|jobbet|arbeidet|jobbe) (?:som|på|i|hos|ved|med|fulltid|deltid|\d)|(?:^| )(?:kjører|kjørt) (?:lastebil|buss|truck|taxi|trailer)/u],
  ['not-working', /(?:^| )(?:arbeidsledig|arbeidsløs|permittert|sykmeldt|uføretrygdet|ufør|pensjonist|mellom jobber|jobber ikke|ikke (?:i )?jobb|ingen jobb|uten jobb|arbeidstrening)(?: |$)/u],
  ['stilling', /(?:^| )(?:\d{1,3} prosent|fulltid|heltid|deltid|halvtid)(?: |$)/u],
  ['practice', /(?:^| )\d+(?:\.\d+)? (?:år|års|måneder)(?: \S+){0,3} (?:erfaring|praksis|fartstid)|(?:erfaring|praksis|jobbet|arbeidet|jobber)(?: \S+){0,4} \d+(?:\.\d+)? (?:år|års)(?: |$)/u],
  ['certificate', /(?:^| )(?:har|med|uten|ikke|ingen|mangler|tok|fått|tatt) (?:\S+ )?(?:fagbrev|fagbrevet|svennebrev)(?: |$)|(?:^| )ufaglært(?: |$)/u],
  ['school', /(?:fullført|ferdig med|droppet ut av|har|ikke) (?:\S+ )?(?:grunnskole|grunnskolen|ungdomsskolen|videregående|vgs)(?: |$)/u],
  ['nav', /(?:registrert|meldt) (?:\S+ ){0,3}nav|(?:får|mottar) dagpenger|(?:på|nav-)tiltak/u],
  ['goal', /(?:vil|ønsker|skal|drømmer om å|lyst til å) (?:gjerne )?(?:ta fagbrev|bli |jobbe med|omskolere|over i|utdanne)/u],
];
/** "hva skal jeg gjøre", "ka ska æ gjør", "what should I do", "hvilke muligheter har jeg". */
const ASKS_FOR_GUIDANCE = /(?:hva|hvordan) (?:skal|bør|kan|må) (?:jeg|eg) (?:gjøre|gjør|gå fram|komme i gang|begynne)|hva (?:er|blir) (?:mulighetene|veien) (?:mine|min|videre)|hvilke muligheter har jeg|hjelp meg|hva (?:gjør|kan) jeg (?:nå|gjøre)|what (?:should|can) (?:i|jeg) do|(?:hva|ka) (?:skal|ska) (?:jeg|æ|eg) (?:gjøre|gjør)/u;

let canonical: Canonicaliser | undefined;

/** `minFacts`: how many kinds of fact make a description (one fewer is enough with a request for guidance). */
export function describesPerson(text: string, minFacts = 2): boolean {
  canonical ??= createCanonicaliser([]);
  const message = canonical.read(text);
  const clauses = clausesOf(message);
  const kinds = new Set<string>();
  for (const clause of clauses) {
    if (!states(clause)) continue;
    for (const [kind, re] of FACTS) if (re.test(clause.text)) kinds.add(kind);
  }
  if (kinds.size >= minFacts) return true;
  return kinds.size === minFacts - 1 && kinds.size > 0 && ASKS_FOR_GUIDANCE.test(clauses.map((c) => c.text).join(' '));
}
