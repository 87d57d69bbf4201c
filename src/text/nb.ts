// Everything Veiviser says to people, in bokmål: dialogs, bot, answers, feedback and Direct Line.
// One catalogue per language; src/text/texts.ts derives the key set (`Texts`) from this file, and
// every other language's catalogue must have exactly that shape. Words the bot understands (button
// texts, "vet ikke", "hele landet") are here too, since a person types them in their language.
// Not here: the rules' reasons (knowledge/rules/, read by counsellors), understanding's phrases
// (src/nlu/) and the web page's HTML (src/web/).

const menu = {
  guidance: 'Finn min vei til fagbrev',
  courseFinder: 'Finn kurs og tilbud',
  question: 'Still et spørsmål',
  help: 'Hjelp',
} as const;

const CONFIRM_WITH_COUNTY =
  'Reglene varierer mellom fylkene og kan endres. Bekreft alltid med fylkeskommunen eller karrieresenteret før du gjør noe.';

const ABSTAIN_OPENING = 'Det finner jeg ikke i kunnskapsgrunnlaget mitt';

export const nb = {
  /** The menu buttons; the router also recognises these texts. */
  menu,
  /** Commands a card button stands for (the router reads them like typed words). */
  commands: {
    restart: 'start på nytt',
    help: 'hjelp',
    menu: 'meny',
    deleteMyData: 'slett mine data',
  },

  welcome: (botName: string) =>
    `Hei, jeg er ${botName} – en digital veileder for voksne som vil ta fagbrev eller mer utdanning.\n\n` +
    'Jeg kan:\n' +
    '- finne ut hvilke veier til fag- eller svennebrev som passer deg (fagbrev på jobb, praksiskandidat, lærling, voksenopplæring, Trøndelagsmodellen, fagskole)\n' +
    '- finne kurs og studietilbud, også innen batteri og prosessindustri\n' +
    '- svare på spørsmål, alltid med kilde\n\n' +
    'Ikke skriv fødselsnummer eller helseopplysninger her. Skriv «slett mine data» når du vil at jeg skal glemme samtalen.',
  help:
    'Slik bruker du meg:\n' +
    `- «${menu.guidance}»: jeg stiller noen korte spørsmål og anbefaler veier til fagbrev, med regelen og kilden bak.\n` +
    `- «${menu.courseFinder}»: filtrer kurs og tilbud etter interesse, nivå, form og fylke.\n` +
    '- Skriv et spørsmål med egne ord, for eksempel «Hva er Batterifagskolen?».\n' +
    '- «avbryt» stopper det vi holder på med, «start på nytt» nullstiller, «slett mine data» sletter alt jeg har lagret om deg.\n\n' +
    'Reglene varierer mellom fylkene. Bekreft alltid med fylkeskommunen, karrieresenteret eller NAV før du tar en beslutning.',
  menuIntro: 'Hva vil du gjøre nå?',
  /** The answer to "hei" in the middle of a conversation (the welcome opens it). */
  greeted: 'Hei! Hva kan jeg hjelpe deg med? Still et spørsmål med egne ord, eller velg noe her.',
  restarted: 'Greit, vi starter på nytt. Hva vil du gjøre?',
  cancelled: 'Ok, jeg avbrøt. Hva vil du gjøre nå?',
  thanksReply: 'Bare hyggelig! Er det noe mer jeg kan hjelpe med?',
  acknowledgeReply: 'Greit! Er det noe mer du lurer på?',
  /** A thanks at a dialog's question: the question comes again after it. */
  thanksInPrompt: 'Bare hyggelig!',
  unclearYesNo: 'Jeg er ikke sikker på hva du svarer på. Hva vil du gjøre?',
  askForQuestion: 'Skriv spørsmålet ditt med egne ord, så svarer jeg med kilde.',
  /** Said before a prompt is asked again, after answering a question typed in its place. */
  backToQuestion: 'Tilbake til spørsmålet mitt:',
  /** After a second question in a row at a prompt: the dialog is set aside (dialogs/answer-in-prompt.ts). */
  setAside: 'Jeg legger spørsmålene mine til side så lenge. Du kan ta dem opp igjen når du vil, fra menyen.',
  tooLong: (chars: number, suggestedMax: number) =>
    `Meldingen din er veldig lang (${chars} tegn), så jeg har ikke lest den. Skriv et kortere spørsmål, gjerne under ${suggestedMax} tegn.`,
  emptyMessage: 'Jeg fikk en tom melding. Skriv et spørsmål, eller velg noe fra menyen.',
  /** Before the reply to a message that gives a fødselsnummer, phone number or e-mail address. */
  noIdNeeded: 'Du trenger ikke skrive fødselsnummer, telefonnummer eller e-post her – jeg trenger det ikke for å svare.',
  rateLimited: 'Du sender meldinger raskere enn jeg rekker å svare. Vent et minutt, så svarer jeg igjen.',
  stateUnavailable: 'Beklager, jeg får ikke lagret samtalen akkurat nå – prøv igjen om litt.',
  /** Any failure in a turn, on every channel. */
  somethingWentWrong:
    'Beklager, noe gikk galt hos meg. Prøv igjen, eller skriv «start på nytt». Haster det, kontakt karrieresenteret i fylket ditt eller NAV.',

  answer: {
    intro: 'Dette står i kildene mine:',
    advice:
      'Ordninger og regler kan variere mellom fylkene og endre seg. Sjekk med fylkeskommunen eller karrieresenteret der du bor før du bestemmer deg.',
    /** Every "I don't know" starts with exactly this. */
    abstainOpening: ABSTAIN_OPENING,
    abstain:
      `${ABSTAIN_OPENING}, så jeg vil ikke gjette. ` +
      'Spør gjerne karrieresenteret i fylket ditt, som gir karriereveiledning. ' +
      'Er du arbeidssøker, kan NAV hjelpe deg. ' +
      'Gjelder det videregående opplæring, fagbrev eller fagskole, er det fylkeskommunen som kan svare.',
    empty: 'Jeg fikk ikke med meg noe spørsmål. Skriv gjerne hva du lurer på, for eksempel «Kan jeg ta fagbrev på jobb?».',
    injection:
      'Det kan jeg ikke gjøre. Jeg følger faste regler og svarer bare på spørsmål om utdanning, kurs og arbeid ' +
      'ut fra kildene mine. Spør meg gjerne om for eksempel fagbrev på jobb, fagskole eller voksenopplæring.',
    /** Said before the answer to a question asked beside an attempt to make the bot behave otherwise. */
    steered: 'Jeg følger de faste reglene mine, men svarer gjerne på spørsmålet.',
    /** A question naming nothing it is about ("er det gratis?") with nothing asked before it. */
    whichTopic: 'Hva gjelder spørsmålet ditt? Skriv gjerne hvilken ordning, hvilket kurs eller hvilken utdanning du tenker på, for eksempel «Hva koster det å ta fagbrev på jobb?».',
    offTopic:
      `${ABSTAIN_OPENING}. Jeg er Veiviser og svarer bare på spørsmål om utdanning, kurs, fagbrev og karriere ` +
      'for voksne – for eksempel fagbrev på jobb, praksiskandidat, fagskole eller jobb i batteri- og ' +
      'prosessindustrien. Spør meg gjerne om noe av det, eller kontakt karrieresenteret i fylket ditt for ' +
      'personlig veiledning.',
    /** "[1] Kilde: <link>" under an answer; n matches the [n] markers in the text. */
    sourceLine: (n: number, source: string) => `[${n}] Kilde: ${source}`,
    /** Labels in front of a fact that is not a rule or a plain fact. */
    label: {
      recommendation: 'Anbefaling i rapporten:',
      proposal: 'Forslag (ikke vedtatt):',
      scope: (where: string) => `${where}:`,
    },
    /** The opening of a yes/no answer the rules decide for the person's own situation. */
    verdict: {
      'not-eligible': 'Nei, ut fra det du skriver ser det ikke ut til at det går nå.',
      eligible: 'Ja, ut fra det du skriver ser det ut til at det kan gå.',
      'needs-info': 'Det kommer an på.',
    },
    /** Before a verdict on someone else's situation (a relative, a candidate), whose "du" the verdict speaks to. */
    verdictForOther: 'Svaret er skrevet som til den du spør for.',
    /** "Er fagbrev på jobb eller praksiskandidat best for meg?": each route's verdict, then the reason that decides it. */
    verdictEach: 'Ut fra det du skriver, vei for vei:',
    /** "Hva kan jeg gjøre?" from someone without a certificate whose situation the rules cannot weigh yet: the routes through work. */
    routesThroughWork: 'To veier til fag- eller svennebrev for voksne bygger på arbeid:',
    /** "Hva er neste steg?" from someone with a certificate: what builds on it. */
    routesFurther: 'Med fag- eller svennebrev kan du bygge videre:',
    routeVerdict: {
      'not-eligible': (route: string) => `${route}: ser ikke ut til å gå nå.`,
      eligible: (route: string) => `${route}: ser ut til å kunne gå.`,
      'needs-info': (route: string) => `${route}: kommer an på.`,
    },
    /** What the rules still need to know, as words: "om du er i jobb, hvor mange års praksis du har i faget". */
    stillUnknown: (what: string) => `Det jeg ikke vet ennå, er ${what}.`,
    unknownField: {
      age: 'hvor gammel du er',
      county: 'hvilket fylke du bor eller jobber i',
      completedPrimarySchool: 'om du har fullført grunnskolen',
      completedUpperSecondary: 'om du har fullført videregående',
      hasTradeCertificate: 'om du har fag- eller svennebrev fra før',
      certificateTrade: 'hvilket fag du har fagbrev i',
      employed: 'om du er i jobb',
      employmentPercent: 'hvor stor stilling du har',
      practiceYears: 'hvor mange års praksis du har i faget',
      practicePercent: 'hvor stor stilling du har hatt i praksistiden',
      practiceUntil: 'når praksisen din sluttet',
      practiceAbroad: 'om praksisen din er fra Norge',
      trade: 'hvilket fag du vil ta fagbrev i',
      navJobSeeker: 'om du er registrert hos NAV',
      interests: 'hva du er interessert i',
    },
    /** After an answer about the person's own situation. */
    offerAssessment: `Vil du ha en vurdering av hele situasjonen din, velg «${menu.guidance}».`,
    /** After an answer about someone else's situation (a spouse, a relative): the guided assessment, answered for them. */
    offerAssessmentForOther: `Vil du ha en vurdering av hele situasjonen til den du spør for, velg «${menu.guidance}» og svar for hen.`,
    /** After an answer on a counsellor's note about a candidate. */
    offerCandidateAssessment: 'For en vurdering av kandidaten til saksnotatet, skriv «vurder kandidat:» fulgt av notatet.',
    /** When the sources cover the topic but not the point asked, by what was asked. */
    gap: {
      cost: 'Hva det koster, står ikke i kildene mine.',
      'how-many': 'Det tallet står ikke i kildene mine.',
      duration: 'Hvor lenge det varer, står ikke i kildene mine.',
      when: 'Det tidspunktet eller den fristen står ikke i kildene mine.',
      contact: 'Slike kontaktopplysninger står ikke i kildene mine.',
      pay: 'Hvor mye du får i lønn eller støtte, står ikke i kildene mine.',
      payer: 'Hvem som betaler, står ikke i kildene mine.',
      benefit: 'Hva som skjer med trygd eller stønad fra NAV, står ikke i kildene mine.',
      abroad: 'Hvordan praksis fra utlandet regnes for et norsk fagbrev, står ikke i kildene mine.',
      other: 'Akkurat det står ikke i kildene mine.',
      /** A message asking several things, of which the sources lack some. */
      several: 'Ikke alt du spør om, står i kildene mine.',
    },
    /** Two things asked that the sources lack both of ("Hvor lenge varer den, og hva koster den?"), as parts of one sentence. */
    gapPart: {
      cost: 'hva det koster',
      'how-many': 'tallet du spør om',
      duration: 'hvor lenge det varer',
      when: 'tidspunktet eller fristen',
      contact: 'kontaktopplysningene',
      pay: 'hvor mye du får i lønn eller støtte',
      payer: 'hvem som betaler',
      benefit: 'hva som skjer med trygd eller stønad fra NAV',
    },
    gapBoth: (first: string, second: string) => `${String(first).replace(/^\p{Ll}/u, (c) => c.toUpperCase())} og ${second}, står ikke i kildene mine.`,
    countyGap: (county: string) => `Hva som gjelder i ${county}, står ikke i kildene mine.`,
    /** "Finnes det kurs i batteri i Nordland?": the course catalogue's offers on it. */
    offers: {
      found: 'Dette er tilbud jeg kjenner til som passer:',
      foundIn: (county: string) => `Dette er tilbud jeg kjenner til i ${county} eller for hele landet som passer:`,
      foundOnlyIn: (county: string) => `Dette er tilbud jeg kjenner til i ${county}:`,
      /** Asked only by a place with no offers of its own ("Hvilke kurs finnes i Mo i Rana?"): those for the whole country. */
      noneIn: (place: string) => `Tilbud i ${place} kjenner jeg ikke til. Dette er tilbud for hele landet jeg kjenner til:`,
      /** Asked on a subject no offer is on ("fagskolekurs i hydrogen"): what the other words found. */
      noneOnSubject: 'Tilbud på akkurat det kjenner jeg ikke til. Dette er beslektede tilbud jeg kjenner til:',
      noneOnSubjectIn: (county: string) => `Tilbud på akkurat det kjenner jeg ikke til. Dette er beslektede tilbud jeg kjenner til i ${county} eller for hele landet:`,
      /** `where`: the region, and where the offer stands unless it is simply offered ("Åkrehamn, pilot"). */
      line: (name: string, where: string, description: string) => `${name} – ${where}: ${description}`,
      more: `Velg «${menu.courseFinder}» for å søke blant alle tilbudene, etter nivå, form og fylke.`,
      nationwide: 'Hele landet',
      /** Before the offers after an answer from the facts. */
      alsoKnown: 'Tilbud jeg kjenner til som kan passe:',
    },
    countyReferral: (county: string) => `${county} fylkeskommune kan svare på hva som gjelder der.`,
    knownAbout: (topic: string) => `Dette vet jeg om ${topic}:`,
    /** Who can answer, by the county the question names (when the knowledge has no contact of that county). */
    referralIn: {
      fylkeskommunen: (county: string) => `Fylkeskommunen i ${county} kan svare på det.`,
      karrieresenter: (county: string) => `Karrieresenteret i ${county} gir karriereveiledning og kan hjelpe deg videre.`,
      nav: (county: string) => `NAV i ${county} kan svare på det, særlig hvis du er arbeidssøker.`,
    },
    /** Who can answer what the sources do not, by the kind of contact (knowledge/contacts.json). */
    referral: {
      fylkeskommunen: 'Fylkeskommunen der du bor kan svare på det.',
      karrieresenter: 'Karrieresenteret i fylket ditt gir karriereveiledning og kan hjelpe deg videre.',
      nav: 'NAV kan svare på det, særlig hvis du er arbeidssøker.',
      fagskole: 'Fagskolen som har tilbudet, kan svare på det.',
      studiesenter: 'Studiesenteret der du bor kan svare på det.',
      annet: 'Karrieresenteret i fylket ditt kan hjelpe deg videre.',
      named: (name: string) => `${name} kan svare på det.`,
    },
    /** Shown while a streamed answer is being written (Teams' progress bar, Web Chat's typing indicator). */
    searching: 'Leter i kildene mine …',
  },

  teams: {
    /** Added to the welcome in a team or group chat, where the bot answers only when @mentioned. */
    mentionHint: (botName: string) =>
      `I kanaler og gruppechatter svarer jeg når noen nevner meg: skriv @${botName} og spørsmålet, for eksempel «@${botName} hva er fagbrev på jobb?».`,
  },

  citation: {
    /** "BattKOMP 3 (Norsk Industri, 2022)": what a citizen recognises; the lines are in the link. */
    report: (shortTitle: string, who: string | undefined, year: number | null) => {
      const details = [who, year ?? undefined].filter((d) => d !== undefined && d !== '');
      return details.length > 0 ? `${shortTitle} (${details.join(', ')})` : shortTitle;
    },
    /** Where in the report, for plain text without a link: "linje 773" or "linje 773–797". */
    lines: (start: number, end: number) => (start === end ? `linje ${start}` : `linje ${start}–${end}`),
  },

  courseFinder: {
    topicPrompt: 'Hvilket tema er du interessert i?',
    levelPrompt: 'Hvilket nivå?',
    formatPrompt: 'Hvordan vil du helst lære?',
    allTopics: 'Alle tema',
    allLevels: 'Alle nivåer',
    allFormats: 'Alle former',
    /** Typed words that choose "Alle …". */
    anyWords: ['alle', 'alt', 'uansett', 'spiller ingen rolle', 'vet ikke', 'usikker', 'ikke sikker', 'hva som helst', 'samme for meg'],
    tookAll: 'Da tar jeg med alle, så kan du se hva som finnes.',
    tookWholeCountry: 'Da søker jeg i hele landet.',
    chooseOneOf: (options: readonly string[]) => `Velg et av alternativene: ${options.join(', ')}.`,
    regionPrompt: 'Hvilket fylke? Skriv fylket, eller «hele landet».',
    regionRetry: 'Jeg kjente ikke igjen fylket. Skriv for eksempel «Nordland» eller «hele landet».',
    wholeCountry: 'Hele landet',
    /** Typed answers that mean "anywhere". */
    wholeCountryWords: ['hele landet', 'alle', 'overalt', 'hele norge', 'norge', 'nett', 'spiller ingen rolle'],
    noOffers:
      'Jeg fant ingen tilbud med disse valgene i kunnskapsgrunnlaget mitt. Karrieresenteret i fylket ditt, fylkeskommunen eller NAV kan vite om flere.',
    found: (total: number, shown: number) => (total > shown ? `Jeg fant ${total} tilbud. Her er de ${shown} første:` : `Jeg fant ${total} tilbud:`),
    level: {
      grunnskole: 'Grunnskole',
      vgs: 'Videregående',
      fagbrev: 'Fagbrev',
      fagskole: 'Fagskole',
      hoyere: 'Høyere utdanning',
      kurs: 'Kurs',
    },
    status: {
      active: 'Tilbys',
      pilot: 'Pilot',
      proposed: 'Foreslått – ikke startet',
      ended: 'Avsluttet',
    },
    sourceYear: (year: number) => `kilde fra ${year}`,
    source: (label: string) => `Kilde: ${label}`,
    seeSource: 'Se kilden',
    forWhom: (group: string) => `For: ${group}`,
  },

  deleteData: {
    confirm: 'Vil du at jeg sletter alt jeg har lagret om deg – svarene dine og samtalen? Det kan ikke angres.',
    yes: 'Ja, slett alt',
    no: 'Nei, behold',
    yesWords: ['ja', 'jepp', 'slett', 'yes'],
    noWords: ['nei', 'nope', 'behold', 'no'],
    retry: (yes: string, no: string) => `Svar «${yes}» eller «${no}».`,
    kept: 'Greit, jeg sletter ingenting.',
    deleted: 'Ferdig – jeg har slettet alt jeg hadde lagret om deg og denne samtalen.',
  },

  guidance: {
    /** Typed answers that mean "I don't know" (the dialog then stops asking about that field). */
    dontKnowWords: ['vet ikke', 'vet ikkje', 'usikker', 'aner ikke', 'hopp over', 'ingen anelse', 'ikke sikker'],
    questions: {
      county: {
        ask: 'Hvilket fylke bor eller jobber du i?',
        retry: 'Jeg kjente ikke igjen fylket. Skriv navnet på fylket, for eksempel «Trøndelag» eller «Nordland».',
        suggestions: ['Trøndelag', 'Nordland', 'Vestland', 'Agder', 'Vet ikke'],
      },
      employed: {
        ask: 'Er du i jobb nå?',
        retry: 'Svar «ja» eller «nei»: er du i jobb nå?',
        suggestions: ['Ja', 'Nei', 'Vet ikke'],
      },
      employmentPercent: {
        ask: 'Hvor stor stilling har du, i prosent?',
        retry: 'Skriv stillingsprosenten som et tall, for eksempel «80 %» eller «100».',
        suggestions: ['100 %', '80 %', '50 %', 'Vet ikke'],
      },
      practiceYears: {
        ask: 'Hvor mange år med praksis har du i faget du vil ta fagbrev i? Regn hele tiden, også år med deltid – jeg spør om deltiden etterpå hvis det trengs.',
        retry: 'Skriv antall år, for eksempel «6 år» eller «2,5».',
        suggestions: ['Et halvt år', '1 år', '3 år', '5 år', 'Vet ikke'],
      },
      practicePercent: {
        ask: 'Hvor stor stilling har du hatt i den tiden, i prosent? Har du for eksempel hatt 70 % hele tiden?',
        retry: 'Skriv stillingsprosenten som et tall, for eksempel «100 %» eller «70».',
        suggestions: ['100 %', '80 %', '50 %', 'Vet ikke'],
      },
      /** The practicePercent question for someone in a smaller stilling now. */
      practicePercentAsNow: {
        ask: (percent: string) => `Du har ${percent} % stilling nå. Har du hatt ${percent} % hele tiden du har hatt praksis i faget? Skriv stillingsprosenten du har hatt, for eksempel «${percent} %».`,
        /** The button that answers "yes, the same all along". */
        same: (percent: string) => `${percent} %`,
      },
      practiceUntil: {
        ask: 'Hvilket år sluttet du å jobbe i faget? Jobber du der fortsatt, skriv «jobber fortsatt».',
        retry: 'Skriv årstallet praksisen din sluttet, for eksempel «2009», eller «jobber fortsatt».',
        suggestions: ['Jobber fortsatt', 'Vet ikke'],
      },
      certificateTrade: {
        ask: 'Hvilket fag har du fag- eller svennebrev i?',
        retry: 'Skriv navnet på faget, for eksempel «tømrerfaget».',
        suggestions: ['Vet ikke'],
      },
      hasTradeCertificate: {
        ask: 'Har du fag- eller svennebrev fra før?',
        retry: 'Svar «ja» eller «nei»: har du fag- eller svennebrev?',
        suggestions: ['Ja', 'Nei', 'Vet ikke'],
      },
      completedPrimarySchool: {
        ask: 'Har du fullført grunnskolen eller tilsvarende?',
        retry: 'Svar «ja» eller «nei»: har du fullført grunnskolen?',
        suggestions: ['Ja', 'Nei', 'Vet ikke'],
      },
      completedUpperSecondary: {
        ask: 'Har du fullført og bestått videregående opplæring?',
        retry: 'Svar «ja» eller «nei»: har du fullført videregående?',
        suggestions: ['Ja', 'Nei', 'Vet ikke'],
      },
      practiceAbroad: {
        ask: 'Er noe av praksisen din fra utlandet?',
        retry: 'Svar «ja» eller «nei»: er noe av praksisen din fra utlandet?',
        suggestions: ['Ja', 'Nei', 'Vet ikke'],
      },
      navJobSeeker: {
        ask: 'Er du registrert som arbeidssøker hos NAV?',
        retry: 'Svar «ja» eller «nei»: er du registrert som arbeidssøker hos NAV?',
        suggestions: ['Ja', 'Nei', 'Vet ikke'],
      },
      age: {
        ask: 'Hvor gammel er du?',
        retry: 'Skriv alderen din som et tall, for eksempel «34».',
        suggestions: ['Vet ikke'],
      },
      trade: {
        ask: 'Hvilket fag vil du ta fagbrev i? For eksempel kjemiprosessfaget, industrimekanikerfaget eller elektrikerfaget.',
        retry: 'Skriv navnet på faget, for eksempel «kjemiprosessfaget».',
        suggestions: ['Kjemiprosessfaget', 'Industrimekanikerfaget', 'Vet ikke'],
      },
      interests: {
        ask: 'Hva er du interessert i å lære mer om?',
        retry: 'Velg et tema, for eksempel «batteri» eller «prosessindustri».',
        suggestions: ['Batteri', 'Prosessindustri', 'Kjemiprosess', 'Vet ikke'],
      },
    },
    /** Asked instead of the plain school question when the school was taken abroad. */
    equivalentSchool: {
      completedPrimarySchool: 'Du nevnte skolegang fra utlandet. Er den godkjent som tilsvarende norsk grunnskole?',
      completedUpperSecondary: 'Du nevnte videregående fra utlandet. Er den godkjent som tilsvarende norsk videregående?',
    },
    /** A value said with «rundt», «ca.» or «tror jeg»: confirmed before it is used. */
    confirmHedged: (what: string) => `Du skrev ${what}. Skal jeg regne med det?`,
    confirmSuggestions: ['Ja', 'Nei'],
    /** After "nei" to a hedged value: the question for that field comes again. */
    hedgedRejected: 'Greit, da spør jeg på nytt.',
    /** A value the person changed: «Jeg har endret fylke fra Nordland til Trøndelag.» */
    changed: (field: string, from: string, to: string) => `Jeg har endret ${field} fra ${from} til ${to}.`,
    /** Facts an answer gave besides the one asked for. */
    /** Said first when a message, not the menu button, starts the assessment. */
    opening: 'Hvilken vei til fagbrev som passer, kommer an på situasjonen din. Jeg stiller noen korte spørsmål og anbefaler veiene som passer, med regelen og kilden bak. Skriv «avbryt» når du vil slutte.',
    alsoNoted: (facts: string) => `Jeg noterte også: ${facts}.`,
    /** The county question when a place is in several counties or a former county was named. */
    whichCounty: (place: string, counties: string) => `${place} finnes i flere fylker (${counties}). Hvilket fylke bor eller jobber du i?`,
    whichCountyFormer: (place: string, counties: string) => `${place} er nå delt i ${counties}. Hvilket fylke bor eller jobber du i?`,
    /** "Et par år": a number is needed. */
    practiceNeedsNumber: 'Omtrent hvor mange år? Skriv et tall, for eksempel «2» eller «2,5».',
    leftUnanswered: 'Det spørsmålet hopper jeg over, så går vi videre. Du kan alltid fortelle det senere.',
    /** "Hvorfor spør du om det?" */
    whyIntro: 'Jeg spør fordi reglene trenger dette:',
    whyReason: (reason: string, source: string) => `- ${reason} (Kilde: ${source})`,
    whyNoRule: 'Jeg spør for å finne ut hvilke veier til fagbrev som passer deg.',
    whyCounty: (path: string, counties: string) => `${path}: reglene er egne i ${counties}, og ellers de nasjonale.`,
    /** How fields are named when a change is reported. */
    fieldNames: {
      age: 'alder',
      county: 'fylke',
      completedPrimarySchool: 'grunnskole',
      completedUpperSecondary: 'videregående',
      hasTradeCertificate: 'fagbrev',
      certificateTrade: 'faget du har fagbrev i',
      employed: 'om du er i jobb',
      employmentPercent: 'stillingsprosent',
      practiceYears: 'år med praksis',
      practicePercent: 'stillingsprosent i praksistiden',
      practiceUntil: 'når praksisen sluttet',
      practiceAbroad: 'praksis fra utlandet',
      trade: 'fag',
      navJobSeeker: 'registrering hos NAV',
      interests: 'interesser',
    },
    yes: 'ja',
    no: 'nei',
    /** The practiceUntil question when the trade is known. */
    practiceUntilIn: (trade: string) => `Hvilket år sluttet du å jobbe i ${trade}? Jobber du der fortsatt, skriv «jobber fortsatt».`,
    /** practiceUntil said back: "now" and "past". */
    untilNow: 'fram til i dag',
    ended: 'avsluttet',
    /** "Møre og Romsdal, Nordland og Vestland" */
    list: (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`),
  },

  recommendation: {
    verdict: {
      eligible: 'Passer for deg',
      'needs-info': 'Kan passe – trenger mer informasjon',
      'not-eligible': 'Passer ikke nå',
    },
    confirmWithCounty: CONFIRM_WITH_COUNTY,
    cardSpeak: 'Her er mulighetene dine.',
    cardTitle: 'Dine muligheter',
    cardText: 'Her er mulighetene dine, med regelen og kilden bak hver vurdering.',
    reasonWithSource: (reason: string, source: string) => `${reason} Kilde: ${source}`,
    nextStepBold: (step: string) => `**Neste steg:** ${step}`,
    restart: 'Start på nytt',
    offersFound: (count: number) => `Jeg fant også ${count} tilbud som kan passe. Vil du se dem, eller har du spørsmål?`,
    askAboutPaths: 'Har du spørsmål om noen av veiene? Skriv dem med egne ord.',
    /** Follow-up buttons; the router recognises these texts. */
    showOffers: 'Vis tilbudene',
    showAsText: 'Vis vurderingen som tekst',
    textTitle: 'Vurdering av mulige veier',
    textReason: (reason: string, source: string) => `- ${reason} (Kilde: ${source})`,
    textMissing: (fields: string) => `- Mangler opplysninger om: ${fields}`,
    textNextStep: (step: string) => `- Neste steg: ${step}`,
    recommended: 'Anbefalt for deg',
    notAdvised: 'Mulig, men ikke anbefalt for deg',
    noRecommendationYet:
      'Jeg kan ikke anbefale én bestemt vei ut fra det jeg vet nå. Se de andre mulighetene, eller snakk med karrieresenteret der du bor.',
    otherOptions: (count: number) => `Andre muligheter (${count})`,
    wouldChange: (change: string) => `**Dette kan endre det:** ${change}`,
    textRecommended: (why: string, source?: string) => `- ANBEFALT: ${why}${source ? ` (Kilde: ${source})` : ''}`,
    textNotAdvised: (why: string, source?: string) => `- Ikke anbefalt: ${why}${source ? ` (Kilde: ${source})` : ''}`,
    textWouldChange: (change: string) => `- Dette kan endre vurderingen: ${change}`,
  },

  feedback: {
    upTitle: '👍 Nyttig',
    downTitle: '👎 Ikke nyttig',
    thanksUp: 'Takk for tilbakemeldingen! Det er fint å vite at svaret var nyttig.',
    thanksComment: 'Takk! Kommentaren er lagret uten personopplysninger, og hjelper oss å forbedre svarene.',
    thanksNoComment: 'Takk for tilbakemeldingen!',
    notUnderstood: 'Jeg klarte ikke å lese tilbakemeldingen. Du kan prøve igjen, eller bare stille et nytt spørsmål.',
    commentSpeak: 'Takk. Vil du fortelle hva som manglet?',
    commentTitle: 'Takk! Vil du fortelle hva som manglet eller var feil?',
    commentHint: 'Valgfritt. Ikke skriv navn, fødselsnummer eller helseopplysninger.',
    commentLabel: 'Kommentar til svaret',
    commentPlaceholder: 'F.eks. «Svaret gjaldt ikke mitt fylke»',
    commentSend: 'Send kommentar',
  },
  /** The conversation's language: the menu button that switches to the other one, and the reply. */
  language: {
    switchButton: 'English',
    switched: 'Greit, nå skriver jeg norsk.',
  },

  /** What was understood about a person, as short phrases ("34 år", "6 års praksis i logistikkfaget"). */
  profileSummary: {
    understood: (phrases: readonly string[]) => `Jeg har forstått: ${phrases.join(', ')}.`,
    nothing: 'Jeg fant ingen opplysninger om deg i det du skrev.',
    age: (years: number) => `${years} år`,
    practice: (years: string, trade?: string) => (trade ? `${years} års praksis i ${trade}` : `${years} års praksis`),
    noPractice: 'ingen praksis',
    halfYearPractice: 'et halvt års praksis',
    practicePercent: (percent: string) => `praksis i ${percent} % stilling`,
    practiceUntil: (year: string) => `praksis fram til ${year}`,
    practiceOngoing: 'praksis fram til i dag',
    practiceEnded: 'praksisen er avsluttet',
    trade: (trade: string) => `yrke/fag: ${trade}`,
    employmentPercent: (percent: string) => `${percent} % stilling`,
    employed: 'i jobb',
    notEmployed: 'ikke i jobb',
    county: (county: string) => `bor i ${county}`,
    hasCertificate: { yes: 'har fagbrev', no: 'ikke fagbrev' },
    certificateTrade: (trade: string) => `fagbrev i ${trade}`,
    primarySchool: { yes: 'fullført grunnskole', no: 'ikke fullført grunnskole' },
    upperSecondary: { yes: 'fullført videregående', no: 'ikke fullført videregående' },
    practiceAbroad: { yes: 'noe av praksisen fra utlandet', no: 'praksis i Norge' },
    navJobSeeker: { yes: 'registrert som arbeidssøker hos NAV', no: 'ikke registrert hos NAV' },
    interests: (list: readonly string[]) =>
      `interessert i ${list.length > 1 ? `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}` : list.join('')}`,
    /** "2,5" */
    number: (n: number) => String(n).replace('.', ','),
  },

  /** Paths and texts from the Norwegian knowledge shown in this language. */
  knowledge: {
    /** A course finder choice from knowledge/offers.json. */
    categoryLabel: (label: string) => `${label}`,
    /** An answer composed from the (bokmål) sources, in a conversation in this language. */
    answerFromSources: (answer: string) => `${answer}`,
  },

  /** Counsellor mode: «vurder kandidat: …» gives a dense assessment for case notes. */
  counsellor: {
    /** The command that starts it (also the Teams command title); a description may follow after ":". */
    commandWords: ['vurder kandidat', 'vurder kandidaten', 'vurder en kandidat', 'kandidatvurdering'],
    askForCandidate:
      'Beskriv kandidaten i én melding: alder, bosted eller fylke, skole (grunnskole, videregående), fagbrev, praksis (år og stillingsprosent), jobb eller NAV-status og hva kandidaten vil. Ikke skriv navn eller fødselsnummer.',
    cardTitle: 'Kandidatvurdering',
    verdict: {
      eligible: 'Passer',
      'needs-info': 'Kan passe – mangler opplysninger',
      'not-eligible': 'Passer ikke nå',
    },
    /** A path that fits but that the rules advise against (its «Ikke anbefalt» line says why). */
    possibleNotAdvised: 'Mulig, men ikke anbefalt',
    cardSpeak: 'Kandidatvurdering med kilder.',
    understoodLabel: 'Forstått',
    nothingUnderstood: 'Ingen opplysninger funnet i beskrivelsen.',
    recommended: 'Anbefalt',
    why: (text: string) => `Hvorfor anbefalt: ${text}`,
    notAdvised: (text: string) => `Ikke anbefalt: ${text}`,
    whatWouldChange: (text: string) => `Dette kan endre vurderingen: ${text}`,
    unknownHeading: 'Ukjent – spør kandidaten',
    noUnknowns: 'Vurderingen trenger ingen flere opplysninger.',
    offersHeading: (county?: string) => (county ? `Tilbud i ${county} og for hele landet` : 'Tilbud for hele landet (fylke ukjent)'),
    noOffers: 'Ingen tilbud i katalogen passer det som er kjent om kandidaten ennå.',
    offerLine: (name: string, provider: string, region: string, status: string) => `${name} – ${provider}, ${region} (${status})`,
    contactsHeading: 'Kontakt',
    textTitle: 'KANDIDATVURDERING (Veiviser)',
    textUnderstood: (summary: string) => `Opplysninger: ${summary}`,
    /** The rules word their reasons to the person ("Du har nok praksis …"): said once, so the note reads right. */
    addressedToCandidate: 'Begrunnelsene er skrevet som til kandidaten («du»).',
    textPath: (title: string, verdict: string, recommended: boolean) => `${title}: ${verdict}${recommended ? ' (anbefalt)' : ''}`,
    textReason: (reason: string, source: string) => `- ${reason} [${source}]`,
    textNextStep: (step: string) => `- Neste steg: ${step}`,
    textQuestion: (question: string) => `- ${question}`,
    /** What to ask the candidate when a field is unknown. */
    ask: {
      county: 'Hvilket fylke bor eller jobber kandidaten i?',
      employed: 'Er kandidaten i jobb nå?',
      employmentPercent: 'Hvor stor stilling har kandidaten nå (prosent)?',
      practiceYears: 'Hvor mange års relevant praksis har kandidaten, omregnet til full stilling?',
      practicePercent: 'I hvilken stillingsprosent er praksisen opparbeidet?',
      practiceUntil: 'Hvilket år sluttet kandidatens praksis i faget, eller pågår den fortsatt?',
      certificateTrade: 'I hvilket fag har kandidaten fag- eller svennebrev?',
      hasTradeCertificate: 'Har kandidaten fag- eller svennebrev fra før?',
      completedPrimarySchool: 'Har kandidaten fullført grunnskolen eller tilsvarende?',
      completedUpperSecondary: 'Har kandidaten fullført og bestått videregående opplæring?',
      practiceAbroad: 'Er noe av kandidatens praksis fra utlandet, og fra hvilket land?',
      navJobSeeker: 'Er kandidaten registrert som arbeidssøker hos NAV?',
      age: 'Hvor gammel er kandidaten?',
      trade: 'Hvilket fag vil kandidaten ta fagbrev i?',
      interests: 'Hva vil kandidaten jobbe med eller lære mer om?',
    },
  },

  /** Hand-off to a person: a contact-centre integration, and always the right contacts for the county. */
  handoff: {
    /** A contact's name in this language (knowledge/contacts.json writes it in Norwegian, and in English where it is no proper name). */
    contactName: (name: string, _nameEn: string) => `${name}`,
    /** The button offered after 👎 and after answers that found nothing; the router recognises it. */
    button: 'Snakk med en veileder',
    connecting: 'Jeg sender samtalen videre til en veileder. Det kan ta litt tid før noen svarer her.',
    notConnected: 'Jeg kan ikke koble deg til en veileder her i chatten, men disse kan hjelpe deg:',
    contactsIntro: (county?: string) =>
      county ? `Du kan også kontakte disse i ${county}:` : 'Du kan også kontakte disse (du har ikke sagt hvilket fylke du bor i, så her er de nasjonale):',
    who: { karrieresenter: 'Karrieresenter', nav: 'NAV', fylkeskommunen: 'Fylkeskommunen' },
    contactLine: (who: string, name: string, description: string, url?: string) => `- ${who}: ${name} – ${description}${url ? ` ${url}` : ''}`,
    /** For the person who takes over: what the user asked, in one line. */
    agentSummary: (county: string, question: string) => `Veiviser: brukeren vil snakke med en veileder. Fylke: ${county}. Spørsmål: ${question}`,
    unknownCounty: 'ukjent',
    noQuestion: 'ingen',
    status: {
      accepted: 'En veileder har tatt over samtalen.',
      failed: 'Jeg fikk ikke tak i en veileder nå. Prøv igjen senere, eller bruk kontaktene over.',
      completed: 'Veilederen har avsluttet samtalen. Du kan fortsette å spørre meg.',
    },
  },
} as const;
