// Everything Veiviser says to people, in English: the same keys as src/text/nb.ts (the `Texts` type
// makes a missing or extra key a compile error). Names of Norwegian schemes stay Norwegian (fagbrev på
// jobb, praksiskandidat, fagskole), with an explanation where a reader needs one. The rules' reasons,
// path names and offers come in English from knowledge/ (their English fields); the reports are bokmål
// and are marked as Norwegian sources.
import type { Texts } from './texts';

const menu = {
  guidance: 'Find my route to a trade certificate',
  courseFinder: 'Find courses and offers',
  question: 'Ask a question',
  help: 'Help',
} as const;

const CONFIRM_WITH_COUNTY =
  'The rules differ between counties and can change. Always check with the county authority (fylkeskommunen) or the career centre before you act.';

const ABSTAIN_OPENING = 'I cannot find that in my knowledge base';

/** The course finder's choices in knowledge/offers.json, by their bokmål label. */
const CATEGORY_LABELS: Record<string, string> = {
  Batteri: 'Batteries',
  Prosessindustri: 'Process industry',
  Kjemiprosess: 'Chemical process',
  Fagskole: 'Vocational college (fagskole)',
  'Videregående / fagbrev': 'Upper secondary / trade certificate',
  Kurs: 'Courses',
  'Nett og samlinger': 'Online with gatherings',
  'På stedet': 'On site',
  'På arbeidsplassen': 'At the workplace',
};

export const en: Texts = {
  menu,
  commands: {
    restart: 'start over',
    help: 'help',
    menu: 'menu',
    deleteMyData: 'delete my data',
  },

  welcome: (botName: string) =>
    `Hi, I am ${botName} – a digital guide for adults in Norway who want a trade certificate (fagbrev) or more education.\n\n` +
    'I can:\n' +
    '- find out which routes to a trade or journeyman certificate fit you (fagbrev på jobb, praksiskandidat, apprenticeship, adult education, the Trøndelag model, fagskole)\n' +
    '- find courses and study offers, also in batteries and the process industry\n' +
    '- answer questions, always with a source\n\n' +
    'My sources are Norwegian reports and rules; I tell you when I quote them. Do not write your national identity number or health details here. Write "delete my data" when you want me to forget the conversation.',
  help:
    'How to use me:\n' +
    `- "${menu.guidance}": I ask a few short questions and recommend routes to a trade certificate, with the rule and the source behind each.\n` +
    `- "${menu.courseFinder}": filter courses and offers by interest, level, format and county.\n` +
    '- Write a question in your own words, for example "What is Batterifagskolen?".\n' +
    '- "cancel" stops what we are doing, "start over" resets, "delete my data" deletes everything I have stored about you.\n\n' +
    'The rules differ between counties. Always check with the county authority, the career centre or NAV before you decide.',
  menuIntro: 'What would you like to do now?',
  /** The answer to "hi" in the middle of a conversation (the welcome opens it). */
  greeted: 'Hi! What can I help you with? Ask a question in your own words, or choose something here.',
  restarted: 'Fine, we start over. What would you like to do?',
  cancelled: 'OK, I stopped. What would you like to do now?',
  thanksReply: 'You are welcome! Is there anything else I can help with?',
  acknowledgeReply: 'All right! Is there anything else you are wondering about?',
  thanksInPrompt: 'You are welcome!',
  unclearYesNo: 'I am not sure what you are answering. What would you like to do?',
  askForQuestion: 'Write your question in your own words, and I will answer with a source.',
  backToQuestion: 'Back to my question:',
  setAside: "I'll set my questions aside for now. You can pick them up again whenever you like, from the menu.",
  tooLong: (chars: number, suggestedMax: number) =>
    `Your message is very long (${chars} characters), so I have not read it. Write a shorter question, preferably under ${suggestedMax} characters.`,
  emptyMessage: 'I got an empty message. Write a question, or choose something from the menu.',
  noIdNeeded: "You don't need to give your national identity number, phone number or e-mail here – I don't need them to answer.",
  rateLimited: 'You are sending messages faster than I can answer. Wait a minute and I will answer again.',
  stateUnavailable: 'Sorry, I cannot save the conversation right now – please try again in a moment.',
  somethingWentWrong:
    'Sorry, something went wrong on my side. Try again, or write "start over". If it is urgent, contact the career centre in your county or NAV.',

  answer: {
    intro: 'This is what my sources say:',
    advice:
      'Schemes and rules can differ between counties and change. Check with the county authority or the career centre where you live before you decide.',
    abstainOpening: ABSTAIN_OPENING,
    abstain:
      `${ABSTAIN_OPENING}, so I will not guess. ` +
      'Ask the career centre in your county, which gives career guidance. ' +
      'If you are a job seeker, NAV can help you. ' +
      'For upper secondary education, trade certificates or fagskole, the county authority (fylkeskommunen) can answer.',
    empty: 'I did not get a question. Write what you would like to know, for example "Can I take fagbrev på jobb?".',
    injection:
      'I cannot do that. I follow fixed rules and only answer questions about education, courses and work ' +
      'from my sources. Ask me for example about fagbrev på jobb, fagskole or adult education.',
    /** Said before the answer to a question asked beside an attempt to make the bot behave otherwise. */
    steered: 'I follow my fixed rules, but I am glad to answer the question.',
    /** A question naming nothing it is about ("is it free?") with nothing asked before it. */
    whichTopic: 'What is your question about? Tell me which scheme, course or education you mean, for example "What does it cost to take fagbrev på jobb?".',
    offTopic:
      `${ABSTAIN_OPENING}. I am Veiviser and only answer questions about education, courses, trade certificates and careers ` +
      'for adults – for example fagbrev på jobb, praksiskandidat, fagskole or jobs in the battery and ' +
      'process industry. Ask me about one of those, or contact the career centre in your county for ' +
      'personal guidance.',
    sourceLine: (n: number, source: string) => `[${n}] Source (in Norwegian): ${source}`,
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
    verdictForOther: 'The answer is written as if to the person you are asking for.',
    verdictEach: 'From what you write, route by route:',
    routesThroughWork: 'Two routes to a trade certificate for adults build on work:',
    routesFurther: 'With a trade certificate you can build further:',
    routeVerdict: {
      'not-eligible': (route: string) => `${route}: doesn't look possible now.`,
      eligible: (route: string) => `${route}: looks possible.`,
      'needs-info': (route: string) => `${route}: it depends.`,
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
      practiceYears: 'how many years of practice you have in the trade',
      practicePercent: 'how large your position was during your practice',
      practiceUntil: 'when your practice ended',
      practiceAbroad: 'whether your practice is from Norway',
      trade: 'which trade you want a certificate in',
      navJobSeeker: 'whether you are registered with NAV',
      interests: 'what you are interested in',
    },
    offerAssessment: `For an assessment of your whole situation, choose «${menu.guidance}».`,
    /** After an answer about someone else's situation (a spouse, a relative): the guided assessment, answered for them. */
    offerAssessmentForOther: `For an assessment of the whole situation of the person you ask for, choose «${menu.guidance}» and answer for them.`,
    offerCandidateAssessment: 'For an assessment of the candidate for your case notes, write «assess candidate:» followed by the note.',
    gap: {
      cost: "What it costs isn't in my sources.",
      'how-many': "That number isn't in my sources.",
      duration: "How long it lasts isn't in my sources.",
      when: "That date or deadline isn't in my sources.",
      contact: "Contact details like that aren't in my sources.",
      pay: "How much you are paid or get in support isn't in my sources.",
      payer: "Who pays isn't in my sources.",
      benefit: "What happens to benefits from NAV isn't in my sources.",
      abroad: "How practice from abroad counts towards a Norwegian trade certificate isn't in my sources.",
      other: "That isn't in my sources.",
      /** A message asking several things, of which the sources lack some. */
      several: "Not everything you ask is in my sources.",
    },
    gapPart: {
      cost: 'what it costs',
      'how-many': 'the number you ask for',
      duration: 'how long it lasts',
      when: 'the date or deadline',
      contact: 'the contact details',
      pay: 'how much you are paid or get in support',
      payer: 'who pays',
      benefit: 'what happens to benefits from NAV',
    },
    gapBoth: (first: string, second: string) => `${String(first).replace(/^\p{Ll}/u, (c) => c.toUpperCase())} and ${second} aren't in my sources.`,
    countyGap: (county: string) => `What applies in ${county} isn't in my sources.`,
    /** "Are there battery courses in Nordland?": the course catalogue's offers on it. */
    offers: {
      found: 'These are offers I know of that fit:',
      foundIn: (county: string) => `These are offers I know of in ${county} or for the whole country that fit:`,
      foundOnlyIn: (county: string) => `These are offers I know of in ${county}:`,
      noneIn: (place: string) => `I don't know of offers in ${place}. These are offers for the whole country I know of:`,
      noneOnSubject: "I don't know of offers on exactly that. These are related offers I know of:",
      noneOnSubjectIn: (county: string) => `I don't know of offers on exactly that. These are related offers I know of in ${county} or for the whole country:`,
      /** `where`: the region, and where the offer stands unless it is simply offered ("Åkrehamn, pilot"). */
      line: (name: string, where: string, description: string) => `${name} – ${where}: ${description}`,
      more: `Choose «${menu.courseFinder}» to search all the offers by level, format and county.`,
      nationwide: 'Whole country',
      /** Before the offers after an answer from the facts. */
      alsoKnown: 'Offers I know of that may fit:',
    },
    countyReferral: (county: string) => `The county authority (fylkeskommunen) in ${county} can tell you what applies there.`,
    knownAbout: (topic: string) => `This is what I know about ${topic}:`,
    referralIn: {
      fylkeskommunen: (county: string) => `The county authority (fylkeskommunen) in ${county} can answer that.`,
      karrieresenter: (county: string) => `The career centre in ${county} gives career guidance and can help you further.`,
      nav: (county: string) => `NAV in ${county} can answer that, especially if you are a job seeker.`,
    },
    referral: {
      fylkeskommunen: 'The county authority (fylkeskommunen) where you live can answer that.',
      karrieresenter: 'The career centre in your county gives career guidance and can help you further.',
      nav: 'NAV can answer that, especially if you are a job seeker.',
      fagskole: 'The fagskole that runs the programme can answer that.',
      studiesenter: 'The study centre where you live can answer that.',
      annet: 'The career centre in your county can help you further.',
      named: (name: string) => `${name} can answer that.`,
    },
    searching: 'Searching my sources …',
  },

  teams: {
    mentionHint: (botName: string) =>
      `In channels and group chats I answer when someone mentions me: write @${botName} and the question, for example "@${botName} what is fagbrev på jobb?".`,
  },

  citation: {
    report: (shortTitle: string, who: string | undefined, year: number | null) => {
      const details = [who, year ?? undefined].filter((d) => d !== undefined && d !== '');
      return details.length > 0 ? `${shortTitle} (${details.join(', ')})` : shortTitle;
    },
    lines: (start: number, end: number) => (start === end ? `line ${start}` : `lines ${start}–${end}`),
  },

  courseFinder: {
    topicPrompt: 'Which topic are you interested in?',
    levelPrompt: 'Which level?',
    formatPrompt: 'How would you prefer to learn?',
    allTopics: 'All topics',
    allLevels: 'All levels',
    allFormats: 'All formats',
    anyWords: ['all', 'any', 'anything', 'does not matter', "doesn't matter", "don't know", 'not sure', 'whatever', 'no idea'],
    tookAll: "Then I'll include them all, so you can see what there is.",
    tookWholeCountry: "Then I'll search the whole country.",
    chooseOneOf: (options: readonly string[]) => `Choose one of: ${options.join(', ')}.`,
    regionPrompt: 'Which county? Write the county, or "the whole country".',
    regionRetry: 'I did not recognise the county. Write for example "Nordland" or "the whole country".',
    wholeCountry: 'The whole country',
    wholeCountryWords: ['the whole country', 'whole country', 'all', 'anywhere', 'everywhere', 'norway', 'all of norway', 'online', 'does not matter'],
    noOffers:
      'I found no offers with these choices in my knowledge base. The career centre in your county, the county authority or NAV may know of more.',
    found: (total: number, shown: number) => (total > shown ? `I found ${total} offers. Here are the first ${shown}:` : `I found ${total} offers:`),
    level: {
      grunnskole: 'Primary and lower secondary school',
      vgs: 'Upper secondary',
      fagbrev: 'Trade certificate',
      fagskole: 'Vocational college (fagskole)',
      hoyere: 'Higher education',
      kurs: 'Course',
    },
    status: {
      active: 'Offered',
      pilot: 'Pilot',
      proposed: 'Proposed – not started',
      ended: 'Ended',
    },
    sourceYear: (year: number) => `source from ${year}`,
    source: (label: string) => `Source (in Norwegian): ${label}`,
    seeSource: 'See the source',
    forWhom: (group: string) => `For: ${group}`,
  },

  deleteData: {
    confirm: 'Do you want me to delete everything I have stored about you – your answers and the conversation? This cannot be undone.',
    yes: 'Yes, delete everything',
    no: 'No, keep it',
    yesWords: ['yes', 'yep', 'delete', 'ja'],
    noWords: ['no', 'nope', 'keep', 'nei'],
    retry: (yes: string, no: string) => `Answer "${yes}" or "${no}".`,
    kept: 'Fine, I delete nothing.',
    deleted: 'Done – I have deleted everything I had stored about you and this conversation.',
  },

  guidance: {
    dontKnowWords: ["don't know", 'do not know', 'dont know', 'not sure', 'unsure', 'no idea', 'skip', "i don't know", 'i do not know'],
    questions: {
      county: {
        ask: 'Which county do you live or work in?',
        retry: 'I did not recognise the county. Write the name of the county, for example "Trøndelag" or "Nordland".',
        suggestions: ['Trøndelag', 'Nordland', 'Vestland', 'Agder', "Don't know"],
      },
      employed: {
        ask: 'Do you have a job now?',
        retry: 'Answer "yes" or "no": do you have a job now?',
        suggestions: ['Yes', 'No', "Don't know"],
      },
      employmentPercent: {
        ask: 'How large is your position, in per cent of full time?',
        retry: 'Write the percentage as a number, for example "80 %" or "100".',
        suggestions: ['100 %', '80 %', '50 %', "Don't know"],
      },
      practiceYears: {
        ask: 'How many years of work practice do you have in the trade you want a certificate in? Count all of it, part-time years too – I ask about part time afterwards if it matters. Write a number.',
        retry: 'Write the number of years as a number, for example "6" or "2.5".',
        suggestions: ['0.5', '1', '3', '5', "Don't know"],
      },
      practicePercent: {
        ask: 'What was your position during that time, in per cent? For example, have you worked 70 % all along?',
        retry: 'Write the percentage as a number, for example "100 %" or "70".',
        suggestions: ['100 %', '80 %', '50 %', "Don't know"],
      },
      practicePercentAsNow: {
        ask: (percent: string) =>
          `You have a ${percent} % position now. Have you had ${percent} % all the time you have worked in the trade? Write the percentage you have had, for example "${percent} %".`,
        same: (percent: string) => `${percent} %`,
      },
      practiceUntil: {
        ask: 'In what year did you stop working in the trade? If you still work in it, write "still working".',
        retry: 'Write the year your practice ended, for example "2009", or "still working".',
        suggestions: ['Still working', "Don't know"],
      },
      certificateTrade: {
        ask: 'In which trade do you have a trade or journeyman certificate?',
        retry: 'Write the name of the trade, for example "tømrerfaget" (carpentry).',
        suggestions: ["Don't know"],
      },
      hasTradeCertificate: {
        ask: 'Do you already have a trade or journeyman certificate (fagbrev or svennebrev)?',
        retry: 'Answer "yes" or "no": do you have a trade or journeyman certificate?',
        suggestions: ['Yes', 'No', "Don't know"],
      },
      completedPrimarySchool: {
        ask: 'Have you completed Norwegian primary and lower secondary school (grunnskole) or equivalent?',
        retry: 'Answer "yes" or "no": have you completed primary and lower secondary school?',
        suggestions: ['Yes', 'No', "Don't know"],
      },
      completedUpperSecondary: {
        ask: 'Have you completed and passed upper secondary education (videregående)?',
        retry: 'Answer "yes" or "no": have you completed upper secondary education?',
        suggestions: ['Yes', 'No', "Don't know"],
      },
      practiceAbroad: {
        ask: 'Is any of your practice from abroad?',
        retry: 'Answer "yes" or "no": is any of your practice from abroad?',
        suggestions: ['Yes', 'No', "Don't know"],
      },
      navJobSeeker: {
        ask: 'Are you registered as a job seeker with NAV?',
        retry: 'Answer "yes" or "no": are you registered as a job seeker with NAV?',
        suggestions: ['Yes', 'No', "Don't know"],
      },
      age: {
        ask: 'How old are you?',
        retry: 'Write your age as a number, for example "34".',
        suggestions: ["Don't know"],
      },
      trade: {
        ask: 'Which trade do you want a certificate in? For example kjemiprosessfaget (chemical process), industrimekanikerfaget (industrial mechanic) or elektrikerfaget (electrician).',
        retry: 'Write the name of the trade, for example "kjemiprosessfaget".',
        suggestions: ['Kjemiprosessfaget', 'Industrimekanikerfaget', "Don't know"],
      },
      interests: {
        ask: 'What would you like to learn more about?',
        retry: 'Choose a topic, for example "batteri" (batteries) or "prosessindustri" (process industry).',
        suggestions: ['Batteri', 'Prosessindustri', 'Kjemiprosess', "Don't know"],
      },
    },
    equivalentSchool: {
      completedPrimarySchool: 'You mentioned schooling from abroad. Has it been approved as equivalent to Norwegian primary and lower secondary school (grunnskole)?',
      completedUpperSecondary: 'You mentioned upper secondary school from abroad. Has it been approved as equivalent to Norwegian upper secondary (videregående)?',
    },
    confirmHedged: (what: string) => `You wrote ${what}. Shall I count on that?`,
    confirmSuggestions: ['Yes', 'No'],
    hedgedRejected: 'Fine, then I will ask again.',
    changed: (field: string, from: string, to: string) => `I have changed ${field} from ${from} to ${to}.`,
    /** Said first when a message, not the menu button, starts the assessment. */
    opening: 'Which route to a trade certificate fits depends on your situation. I will ask a few short questions and recommend the routes that fit, with the rule and source behind each. Type "cancel" whenever you want to stop.',
    alsoNoted: (facts: string) => `I also noted: ${facts}.`,
    whichCounty: (place: string, counties: string) => `There is a ${place} in several counties (${counties}). Which county do you live or work in?`,
    whichCountyFormer: (place: string, counties: string) => `${place} is now split into ${counties}. Which county do you live or work in?`,
    practiceNeedsNumber: 'About how many years? Write a number, for example "2" or "2.5".',
    leftUnanswered: "I'll skip that question and we'll go on. You can always tell me later.",
    whyIntro: 'I ask because the rules need it:',
    whyReason: (reason: string, source: string) => `- ${reason} (Source: ${source})`,
    whyNoRule: 'I ask to find out which paths to a trade certificate fit you.',
    whyCounty: (path: string, counties: string) => `${path}: the rules are different in ${counties}, and national elsewhere.`,
    fieldNames: {
      age: 'age',
      county: 'county',
      completedPrimarySchool: 'primary and lower secondary school',
      completedUpperSecondary: 'upper secondary school',
      hasTradeCertificate: 'trade certificate',
      certificateTrade: 'the trade of your certificate',
      employed: 'whether you have a job',
      employmentPercent: 'position percentage',
      practiceYears: 'years of practice',
      practicePercent: 'position percentage during your practice',
      practiceUntil: 'when your practice ended',
      practiceAbroad: 'practice from abroad',
      trade: 'trade',
      navJobSeeker: 'registration with NAV',
      interests: 'interests',
    },
    yes: 'yes',
    no: 'no',
    practiceUntilIn: (trade: string) => `In what year did you stop working in ${trade}? If you still work in it, write "still working".`,
    untilNow: 'up to now',
    ended: 'ended',
    list: (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  },

  recommendation: {
    verdict: {
      eligible: 'Fits you',
      'needs-info': 'May fit – more information needed',
      'not-eligible': 'Does not fit now',
    },
    confirmWithCounty: CONFIRM_WITH_COUNTY,
    cardSpeak: 'Here are your options.',
    cardTitle: 'Your options',
    cardText: 'Here are your options, with the rule and the source behind each verdict. The sources are Norwegian.',
    reasonWithSource: (reason: string, source: string) => `${reason} Source (in Norwegian): ${source}`,
    nextStepBold: (step: string) => `**Next step:** ${step}`,
    restart: 'Start over',
    offersFound: (count: number) => `I also found ${count} offers that may fit. Would you like to see them, or do you have questions?`,
    askAboutPaths: 'Do you have questions about any of the routes? Write them in your own words.',
    showOffers: 'Show the offers',
    showAsText: 'Show the assessment as text',
    textTitle: 'Assessment of possible routes',
    textReason: (reason: string, source: string) => `- ${reason} (Source, in Norwegian: ${source})`,
    textMissing: (fields: string) => `- Information missing about: ${fields}`,
    textNextStep: (step: string) => `- Next step: ${step}`,
    recommended: 'Recommended for you',
    notAdvised: 'Possible, but not recommended for you',
    noRecommendationYet:
      'I cannot recommend one particular route from what I know now. See the other options, or talk to the career centre where you live.',
    otherOptions: (count: number) => `Other options (${count})`,
    wouldChange: (change: string) => `**This could change it:** ${change}`,
    textRecommended: (why: string, source?: string) => `- RECOMMENDED: ${why}${source ? ` (Source, in Norwegian: ${source})` : ''}`,
    textNotAdvised: (why: string, source?: string) => `- Not recommended: ${why}${source ? ` (Source, in Norwegian: ${source})` : ''}`,
    textWouldChange: (change: string) => `- This could change the verdict: ${change}`,
  },

  feedback: {
    upTitle: '👍 Useful',
    downTitle: '👎 Not useful',
    thanksUp: 'Thank you for the feedback! Good to know the answer was useful.',
    thanksComment: 'Thank you! The comment is stored without personal data, and helps us improve the answers.',
    thanksNoComment: 'Thank you for the feedback!',
    notUnderstood: 'I could not read the feedback. You can try again, or just ask a new question.',
    commentSpeak: 'Thank you. Would you like to tell us what was missing?',
    commentTitle: 'Thank you! Would you like to tell us what was missing or wrong?',
    commentHint: 'Optional. Do not write names, national identity numbers or health details.',
    commentLabel: 'Comment on the answer',
    commentPlaceholder: 'E.g. "The answer did not apply to my county"',
    commentSend: 'Send comment',
  },

  language: {
    switchButton: 'Norsk',
    switched: 'OK, I will write in English.',
  },

  profileSummary: {
    understood: (phrases: readonly string[]) => `I have understood: ${phrases.join(', ')}.`,
    nothing: 'I found no information about you in what you wrote.',
    age: (years: number) => `${years} years old`,
    practice: (years: string, trade?: string) => (trade ? `${years} years of practice in ${trade}` : `${years} years of practice`),
    noPractice: 'no practice',
    halfYearPractice: 'half a year of practice',
    practicePercent: (percent: string) => `practice in a ${percent} % position`,
    practiceUntil: (year: string) => `practice until ${year}`,
    practiceOngoing: 'practice up to now',
    practiceEnded: 'the practice has ended',
    trade: (trade: string) => `trade: ${trade}`,
    employmentPercent: (percent: string) => `${percent} % position`,
    employed: 'in work',
    notEmployed: 'not in work',
    county: (county: string) => `lives in ${county}`,
    hasCertificate: { yes: 'has a trade certificate', no: 'no trade certificate' },
    certificateTrade: (trade: string) => `trade certificate in ${trade}`,
    primarySchool: { yes: 'completed primary and lower secondary school', no: 'not completed primary and lower secondary school' },
    upperSecondary: { yes: 'completed upper secondary', no: 'not completed upper secondary' },
    practiceAbroad: { yes: 'some of the practice from abroad', no: 'practice in Norway' },
    navJobSeeker: { yes: 'registered as a job seeker with NAV', no: 'not registered with NAV' },
    interests: (list: readonly string[]) =>
      `interested in ${list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list.join('')}`,
    number: (n: number) => String(n),
  },

  knowledge: {
    categoryLabel: (label: string) => CATEGORY_LABELS[label] ?? `${label}`,
    answerFromSources: (answer: string) => `My sources are in Norwegian; this is what they say:\n\n${answer}`,
  },

  counsellor: {
    commandWords: ['assess candidate', 'assess a candidate', 'assess the candidate', 'candidate assessment'],
    askForCandidate:
      'Describe the candidate in one message: age, where they live or the county, schooling (primary, upper secondary), trade certificate, work practice (years and position %), job or NAV status and what the candidate wants. Do not write names or identity numbers.',
    cardTitle: 'Candidate assessment',
    verdict: {
      eligible: 'Fits',
      'needs-info': 'May fit – information missing',
      'not-eligible': 'Does not fit now',
    },
    /** A path that fits but that the rules advise against (its «Not recommended» line says why). */
    possibleNotAdvised: 'Possible, but not recommended',
    cardSpeak: 'Candidate assessment with sources.',
    understoodLabel: 'Understood',
    nothingUnderstood: 'No information found in the description.',
    recommended: 'Recommended',
    why: (text: string) => `Why recommended: ${text}`,
    notAdvised: (text: string) => `Not recommended: ${text}`,
    whatWouldChange: (text: string) => `What could change the verdict: ${text}`,
    unknownHeading: 'Unknown – ask the candidate',
    noUnknowns: 'The assessment needs no further information.',
    offersHeading: (county?: string) => (county ? `Offers in ${county} and nationwide` : 'Nationwide offers (county unknown)'),
    noOffers: 'No offers in the catalogue match what is known about the candidate yet.',
    offerLine: (name: string, provider: string, region: string, status: string) => `${name} – ${provider}, ${region} (${status})`,
    contactsHeading: 'Contacts',
    textTitle: 'CANDIDATE ASSESSMENT (Veiviser)',
    textUnderstood: (summary: string) => `Information: ${summary}`,
    addressedToCandidate: 'The reasons are written as if to the candidate ("you").',
    textPath: (title: string, verdict: string, recommended: boolean) => `${title}: ${verdict}${recommended ? ' (recommended)' : ''}`,
    textReason: (reason: string, source: string) => `- ${reason} [${source}]`,
    textNextStep: (step: string) => `- Next step: ${step}`,
    textQuestion: (question: string) => `- ${question}`,
    ask: {
      county: 'Which county does the candidate live or work in?',
      employed: 'Does the candidate have a job now?',
      employmentPercent: 'How large is the candidate’s current position (per cent)?',
      practiceYears: 'How many years of relevant work practice does the candidate have, converted to full time?',
      practicePercent: 'In what position percentage was the practice gained?',
      practiceUntil: 'In what year did the candidate’s practice in the trade end, or is it still going on?',
      certificateTrade: 'In which trade does the candidate hold a trade or journeyman certificate?',
      hasTradeCertificate: 'Does the candidate already hold a trade or journeyman certificate?',
      completedPrimarySchool: 'Has the candidate completed primary and lower secondary school (grunnskole) or equivalent?',
      completedUpperSecondary: 'Has the candidate completed and passed upper secondary education?',
      practiceAbroad: 'Is any of the candidate’s practice from abroad, and from which country?',
      navJobSeeker: 'Is the candidate registered as a job seeker with NAV?',
      age: 'How old is the candidate?',
      trade: 'Which trade does the candidate want a certificate in?',
      interests: 'What does the candidate want to work with or learn more about?',
    },
  },

  handoff: {
    contactName: (_name: string, nameEn: string) => `${nameEn}`,
    button: 'Talk to a counsellor',
    connecting: 'I am passing the conversation on to a counsellor. It may take a while before someone answers here.',
    notConnected: 'I cannot connect you to a counsellor here in the chat, but these can help you:',
    contactsIntro: (county?: string) =>
      county ? `You can also contact these in ${county}:` : 'You can also contact these (you have not said which county you live in, so here are the national ones):',
    who: { karrieresenter: 'Career centre (karrieresenter)', nav: 'NAV', fylkeskommunen: 'County authority (fylkeskommunen)' },
    contactLine: (who: string, name: string, description: string, url?: string) => `- ${who}: ${name} – ${description}${url ? ` ${url}` : ''}`,
    agentSummary: (county: string, question: string) =>
      `Veiviser: the user wants to talk to a counsellor (conversation in English). County: ${county}. Question: ${question}`,
    unknownCounty: 'unknown',
    noQuestion: 'none',
    status: {
      accepted: 'A counsellor has taken over the conversation.',
      failed: 'I could not reach a counsellor right now. Try again later, or use the contacts above.',
      completed: 'The counsellor has ended the conversation. You can go on asking me.',
    },
  },
};
