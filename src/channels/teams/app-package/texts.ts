// What Teams shows about the app (store listing, app details, the command menu), in bokmål (the
// manifest's default language) and English (a localization file). Teams sends a command's title as
// the message text when a user picks it, so the bot has to recognise the titles in both languages.

export type TeamsCommandId = 'ask' | 'assessCandidate' | 'findCourses' | 'help';

/** The order the commands appear in the menu. */
export const TEAMS_COMMAND_IDS: readonly TeamsCommandId[] = ['ask', 'assessCandidate', 'findCourses', 'help'];

export interface TeamsAppTexts {
  nameFull: (name: string) => string;
  descriptionShort: string;
  descriptionFull: (name: string, publisher: string) => string;
  commands: Record<TeamsCommandId, { title: string; description: (name: string) => string }>;
}

const nb: TeamsAppTexts = {
  nameFull: (name) => `${name} – karriere- og kursveileder for voksne`,
  descriptionShort: 'Svar om fagbrev, kurs og voksenopplæring – alltid med kilde.',
  descriptionFull: (name, publisher) =>
    `${name} hjelper voksne som vil ta fagbrev, bytte yrke eller finne kurs. ` +
    'Still spørsmål om fagbrev på jobb, praksiskandidat, lærling, voksenopplæring, kompetanseprøve og fagskole: ' +
    'svarene bygger på offentlige rapporter og regler og viser alltid kilden, og sier fra når kildene ikke dekker spørsmålet. ' +
    `${name} kan også vurdere hvilke veier til fagbrev som passer for deg, og finne kurs og tilbud i fylket. ` +
    'Karriereveiledere og NAV-veiledere kan beskrive en kandidat og få en samlet vurdering med kilder og det som fortsatt er uklart. ' +
    'Samtalen slettes automatisk etter en tid, og du kan når som helst skrive «slett mine data». ' +
    `${name} gir veiledning, ikke vedtak. Tjenesten kommer fra ${publisher}.`,
  commands: {
    ask: { title: 'spør', description: () => 'Still et spørsmål om fagbrev, kurs eller utdanning – svaret viser kilden.' },
    assessCandidate: {
      title: 'vurder kandidat',
      description: () => 'For veiledere: beskriv kandidaten (alder, fylke, utdanning, praksis) og få en vurdering av veiene til fagbrev.',
    },
    findCourses: { title: 'finn kurs', description: () => 'Finn kurs og tilbud i fylket ditt.' },
    help: { title: 'hjelp', description: (name) => `Vis hva ${name} kan hjelpe deg med.` },
  },
};

const en: TeamsAppTexts = {
  nameFull: (name) => `${name} – career and course guidance for adults`,
  descriptionShort: 'Answers on trade certificates, courses and adult education, always with sources.',
  descriptionFull: (name, publisher) =>
    `${name} helps adults in Norway who want a trade certificate (fagbrev), a change of career or a course. ` +
    'Ask about fagbrev på jobb, praksiskandidat, apprenticeships, adult education, kompetanseprøve and fagskole: ' +
    'the answers are based on public Norwegian reports and rules, always show their source, and say so when the sources do not cover the question. ' +
    `${name} can also assess which routes to a trade certificate fit you, and find courses and offers in your county. ` +
    'Career counsellors and NAV advisers can describe a candidate and get an assessment with sources and what is still unclear. ' +
    'Conversations are deleted automatically after a while, and you can type "slett mine data" (delete my data) at any time. ' +
    `${name} gives guidance, not decisions. The service is provided by ${publisher}.`,
  commands: {
    ask: { title: 'ask', description: () => 'Ask a question about trade certificates, courses or education – the answer shows its source.' },
    assessCandidate: {
      title: 'assess candidate',
      description: () => 'For counsellors: describe the candidate (age, county, education, work practice) and get an assessment of the routes to a trade certificate.',
    },
    findCourses: { title: 'find courses', description: () => 'Find courses and offers in your county.' },
    help: { title: 'help', description: (name) => `Show what ${name} can help you with.` },
  },
};

export const TEAMS_APP_TEXTS = { nb, en } as const;
export type TeamsAppLanguage = keyof typeof TEAMS_APP_TEXTS;
