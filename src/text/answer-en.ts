// What Veiviser says when it answers a question in English: the `answer` section of the English
// catalogue, with exactly the keys of nb.answer (src/text/nb.ts). The English catalogue takes it as its
// `answer` section.
import type { Texts } from './texts';

const ABSTAIN_OPENING = "I can't find that in my knowledge base";

export const enAnswer: Texts['answer'] = {
  intro: 'This is what my sources say:',
  advice: 'Schemes and rules can differ between counties and change. Check with the county authority (fylkeskommunen) or the career centre where you live before you decide.',
  abstainOpening: ABSTAIN_OPENING,
  abstain:
    `${ABSTAIN_OPENING}, so I won't guess. ` +
    'The career centre in your county gives free career guidance and can help. ' +
    'If you are a job seeker, NAV can help you. ' +
    'For upper secondary education, trade certificates or fagskole, the county authority (fylkeskommunen) can answer.',
  empty: "I didn't get a question. Tell me what you would like to know, for example «Can I take fagbrev på jobb?».",
  injection:
    "I can't do that. I follow fixed rules and only answer questions about education, courses and work " +
    'from my sources. Ask me about fagbrev på jobb, fagskole or adult education, for example.',
  offTopic:
    `${ABSTAIN_OPENING}. I'm Veiviser, and I only answer questions about education, courses, trade certificates and careers ` +
    'for adults – for example fagbrev på jobb, praksiskandidat, fagskole or jobs in the battery and process ' +
    'industries. Ask me about one of those, or contact the career centre in your county for personal guidance.',
  sourceLine: (n: number, source: string) => `[${n}] Source: ${source}`,
  reportSource: (label: string) => `${label} – in Norwegian`,
  label: {
    recommendation: 'Recommended in the report:',
    proposal: 'Proposal (not decided):',
    scope: (where: string) => `${where}:`,
  },
  verdict: {
    'not-eligible': "No, from what you write it doesn't look possible now.",
    eligible: 'Yes, from what you write it looks possible.',
    'needs-info': 'It depends.',
  },
  stillUnknown: (what: string) => `What I don't know yet is ${what}.`,
  unknownField: {
    age: 'how old you are',
    county: 'which county you live or work in',
    completedPrimarySchool: 'whether you have completed lower secondary school (grunnskole)',
    completedUpperSecondary: 'whether you have completed upper secondary school',
    hasTradeCertificate: 'whether you already hold a trade certificate',
    certificateTrade: 'which trade your certificate is in',
    employed: 'whether you are in work',
    employmentPercent: 'how large your position is',
    practiceYears: 'how many years of practice you have',
    practicePercent: 'how large your position was during your practice',
    trade: 'which trade you want a certificate in',
    navJobSeeker: 'whether you are registered with NAV',
    interests: 'what you are interested in',
  },
  offerAssessment: 'For an assessment of your whole situation, choose «Finn min vei til fagbrev».',
  gap: {
    cost: "What it costs isn't in my sources.",
    'how-many': "That number isn't in my sources.",
    duration: "How long it lasts isn't in my sources.",
    when: "That date or deadline isn't in my sources.",
    contact: "Contact details like that aren't in my sources.",
    other: "That isn't in my sources.",
  },
  knownAbout: (topic: string) => `This is what I know about ${topic}:`,
  referral: {
    fylkeskommunen: 'The county authority (fylkeskommunen) where you live can answer that.',
    karrieresenter: 'The career centre in your county gives free career guidance and can help you further.',
    nav: 'NAV can answer that, especially if you are a job seeker.',
    fagskole: 'The fagskole that runs the programme can answer that.',
    studiesenter: 'The study centre where you live can answer that.',
    annet: 'The career centre in your county can help you further.',
    named: (name: string) => `${name} can answer that.`,
  },
};
