// More messages written the way adults type them: school said every way (vgs, allmennfag,
// studiekompetanse, school abroad), employment and its in-betweens, practice with its stilling and
// years in words, fractions and dates, trades in dialect and with typos, chat without punctuation,
// English, and counsellors' case notes. Each profile lists every field the message states.
import { createUnderstander } from '../../src/nlu';
import { catalogue, eachProfile, lexicon, understand, understander, type ProfileCase } from '../support/understanding';


describe('upper secondary school', () => {
  eachProfile([
    ['har bare ungdomsskolen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['gikk ut av vgs i 2006', { completedUpperSecondary: true }],
    ['fullførte ikke vg2', { completedUpperSecondary: false }],
    ['Tok allmennfag på Lillehammer på 90-tallet.', { completedUpperSecondary: true }],
    ['tok VK2 allmennfag', { completedUpperSecondary: true }],
    ['har allmennfaglig påbygging', { completedUpperSecondary: true }],
    ['I finished high school back in 2004', { completedUpperSecondary: true }],
    ['har generell studiekompetanse', { completedUpperSecondary: true }],
    ['droppa ut av vidregåande etter vg1', { completedUpperSecondary: false }],
    ['e har itj fullført vgs', { completedUpperSecondary: false }],
    ['æ har fullført vidregåande og e 33 år', { age: 33, completedUpperSecondary: true }],
    ['har fullført videregåene', { completedUpperSecondary: true }],
    ['fullfrt vgs for lenge siden', { completedUpperSecondary: true }],
    ['jeg har vitnemål fra videregående', { completedUpperSecondary: true }],
    ['Kandidaten er 44 år, har fullført grunnskole, men ikke videregående.', { age: 44, completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har påbygg til generell studiekompetanse', { completedUpperSecondary: true }],
    ['har vg1 og vg2 helse- og oppvekstfag', { completedUpperSecondary: false }],
    ['fullførte videregående, studiespesialiserende', { completedUpperSecondary: true }],
    ['Videregående: ja. Grunnskole: ja.', { completedPrimarySchool: true, completedUpperSecondary: true }],
    ['ferdig med vidregående i 2008', { completedUpperSecondary: true }],
    ['avbrøt vgs etter ett år', { completedUpperSecondary: false }],
    ['slutta på vgs i andre klasse', { completedUpperSecondary: false }],
    ['har ikkje vidaregåande', { completedUpperSecondary: false }],
    ["I didn't finish high school", { completedUpperSecondary: false }],
    ['I never completed upper secondary school.', { completedUpperSecondary: false }],
    ['I only have lower secondary school', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har videregående fra Norge og fagbrev som tømrer', { completedUpperSecondary: true, hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['har fullført yrkesfag på vgs', { completedUpperSecondary: true }],
    ['gikk ut av videregående med studiekompetanse', { completedUpperSecondary: true }],
    ['fullført vgs i 2010, bor i Hamar', { county: 'Innlandet', completedUpperSecondary: true }],
    ['Ikke fullført videregående skole', { completedUpperSecondary: false }],
    ['vgs ikke fullført', { completedUpperSecondary: false }],
    ['eg fullførte aldri vidaregåande', { completedUpperSecondary: false }],
    ['har ungdomsskole og litt vgs', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har fullført videregående skole (yrkesfag)', { completedUpperSecondary: true }],
    ['fullført Vg3 påbygg', { completedUpperSecondary: true }],
    ['Har fullførtt vgs', { completedUpperSecondary: true }],
    ['gjennomført videregående', { completedUpperSecondary: true }],
    ['har studiekompetanse fra vgs', { completedUpperSecondary: true }],
    ['har eksamen artium', { completedUpperSecondary: true }],
    ['har bare grunnskolen fra Norge', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har ikke fullført vidregående', { completedUpperSecondary: false }],
    ['har ikke fullførtt videregående', { completedUpperSecondary: false }],
    ['æ har bærre ungdomsskolen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har ikke gått på videregående', { completedUpperSecondary: false }],
    ['har aldri gått videregående', { completedUpperSecondary: false }],
    ['I completed upper secondary school in Norway', { completedUpperSecondary: true }],
  ]);
});

describe('school abroad stays unknown until asked about', () => {
  eachProfile([
    ['I went to school in Syria for 12 years', {}],
    ['I have a high school diploma from the Philippines', {}],
    ['Kandidaten har ungdomsskole fra hjemlandet.', {}],
    ['gikk på videregående i Syria', {}],
    ['har 12 års skolegang fra Syria', {}],
    ['Skolegang: 9 år i Afghanistan.', {}],
    ['Grunnskole fra Norge, videregående fra Polen.', { completedPrimarySchool: true }],
    ['fullførte videregående i Eritrea', {}],
    ['high school in Ukraine, finished it', {}],
  ]);
});

describe('employment and its in-betweens', () => {
  eachProfile([
    ['e e arbeidsledig no', { employed: false }],
    ['jobbe ikkje for tida', { employed: false }],
    ['har vært uten jobb siden mars', { employed: false }],
    ['går på AAP nå', {}],
    ['er på arbeidsavklaringspenger', {}],
    ['er mellom to jobber for tiden', { employed: false }],
    ["I'm currently between jobs", { employed: false }],
    ["I'm unemployed and registered with NAV", { employed: false, navJobSeeker: true }],
    ['I work full time as a welder in Stavanger', { county: 'Rogaland', employed: true, employmentPercent: 100, trade: 'sveisefaget' }],
    ['jobber 37,5 timer i uka på lager', { employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['jobbar deltid på sjukeheimen', { employed: true, trade: 'helsearbeiderfaget' }],
    ['student og jobber ikke', { employed: false }],
    ['uføretrygdet 50 % og jobber 50 % som renholder', { employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' }],
    ['er pensjonist', { employed: false }],
    ['går på tiltak hos NAV', { employed: false, navJobSeeker: true }],
    ['jobber litt av og på som vikar', {}],
    ['har fast jobb', { employed: true }],
    ['har ikke jobb nå', { employed: false }],
    ['I lost my job in March', { employed: false }],
    ['e jobbe 100 % på sagbruket på Orkanger', { county: 'Trøndelag', employed: true, employmentPercent: 100, trade: 'trearbeiderfaget' }],
    ['har vore arbeidsledig i eit år', { employed: false }],
    ['eg er utan jobb', { employed: false }],
    ['mista jobben i fjor', { employed: false }],
    ['har nettopp fått fast jobb som lagerarbeider', { employed: true, trade: 'logistikkfaget' }],
    ['Jeg er hjemmeværende med tre barn', { employed: false }],
    ['jobber i full stilling som kokk', { employed: true, employmentPercent: 100, trade: 'kokkfaget' }],
    ['jobber heltid', { employed: true, employmentPercent: 100 }],
    ['I work 60% at a nursing home', { employed: true, employmentPercent: 60, trade: 'helsearbeiderfaget' }],
    ['I am retired', { employed: false }],
    ['jobber som vikar i barnehage, ca 60 %', { employed: true, employmentPercent: 60, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har ikkje jobb for tida', { employed: false }],
    ['I have no job at the moment', { employed: false }],
    ['e jobbe turnus på sjukeheimen', { employed: true, trade: 'helsearbeiderfaget' }],
    ['er sykmeldt fra jobben', {}],
    ['jobber 20 timer i uka', { employed: true, employmentPercent: 53 }],
    ['jobbær 80 prosent', { employed: true, employmentPercent: 80 }],
    ['æ jobbe fulltid', { employed: true, employmentPercent: 100 }],
    ['har vært arbeidsledig i to år', { employed: false }],
    ['jobber ikkje no', { employed: false }],
    ['e permittert', {}],
    ['mista jobben og e no arbeidsledig', { employed: false }],
    ['jobber halv stilling som renholder', { employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' }],
    ['jobber hundre prosent', { employed: true, employmentPercent: 100 }],
    ['I work part time in a shop', { employed: true, trade: 'salgsfaget' }],
  ]);
});

describe('practice with its stilling and years written every way', () => {
  eachProfile([
    ['Har jobbet 8 år som helsefagarbeider, de første 3 årene 50 % og resten 100 %.', { practiceYears: 6.5, trade: 'helsearbeiderfaget' }],
    ['e ha jobba på lager i 6 år', { practiceYears: 6, trade: 'logistikkfaget' }],
    ['Jobbet i halv stilling i 4 år som assistent i barnehage.', { practiceYears: 2, practicePercent: 50 }],
    ['jobba 10 år i 60 % på sjukeheim', { practiceYears: 6, practicePercent: 60 }],
    ['har jobbet i sju og et halvt år som elektriker', { practiceYears: 7.5, trade: 'elektrikerfaget' }],
    ['har jobba halvanna år som truckfører', { practiceYears: 1.5, trade: 'logistikkfaget' }],
    ['jobbet som kokk fra 2012 til 2020', { practiceYears: 8, practiceUntil: 2020 }],
    ['har jobba 12 år som røralegger', { practiceYears: 12, trade: 'rørleggerfaget' }],
    ['Jeg har jobbet 3 år i 50 % og 2 år i 100 % som barnehageassistent', { practiceYears: 3.5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobbet 6 år i 70 % stilling som pleieassistent', { practiceYears: 4.2, practicePercent: 70 }],
    ['Har 9 års erfaring fra lager, 75 % stilling hele tiden', { practiceYears: 6.75, practicePercent: 75, trade: 'logistikkfaget' }],
    ['har jobbet 2 år og 6 måneder som kokk', { practiceYears: 2.5, trade: 'kokkfaget' }],
    ['I have worked as a carpenter for 6 years at 70%', { practiceYears: 4.2, practicePercent: 70, trade: 'tømrerfaget' }],
    ['har jobbet 4 år som helsefagarbeider, hele tiden i 60 % stilling', { practiceYears: 2.4, practicePercent: 60, trade: 'helsearbeiderfaget' }],
    ['Har vært renholder i 7 år', { practiceYears: 7, trade: 'renholdsoperatørfaget' }],
    ['e har jobba på sjukeheimen i ni år', { practiceYears: 9, trade: 'helsearbeiderfaget' }],
    ['Har kjørt lastebil i 15 år', { practiceYears: 15, trade: 'yrkessjåførfaget' }],
    ['Har jobbet på sykehjem i 4 år i 100 % og 2 år i 40 %.', { practiceYears: 4.8, trade: 'helsearbeiderfaget' }],
    ['har 3,5 års praksis som industrimekaniker', { practiceYears: 3.5, trade: 'industrimekanikerfaget' }],
    ['jobbet halv stilling som renholder i 4 år', { practiceYears: 2, practicePercent: 50 }],
    ['har vore tømrar i tjue år', { practiceYears: 20, trade: 'tømrerfaget' }],
    ['har jobba i barnehage i fire og et halvt år', { practiceYears: 4.5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobbet 10 år som sveiser, i 60 prosent', { practiceYears: 6, practicePercent: 60 }],
    ['har jobbet i 5 år i 80 % som kokk', { practiceYears: 5, practicePercent: 80, trade: 'kokkfaget' }],
    ['har jobbet på lager i 18 måneder', { practiceYears: 1.5, trade: 'logistikkfaget' }],
    ["I've worked in a warehouse for three years", { practiceYears: 3, trade: 'logistikkfaget' }],
  ]);
});

describe('"siden 2015": years counted to the day the message is read', () => {
  const on = (iso: string) => createUnderstander(catalogue.places, lexicon, { today: () => new Date(iso) });
  const autumn2026 = on('2026-11-26T12:00:00Z');

  it.each<ProfileCase>([
    ['Har jobbet som helsefagarbeider siden 2015.', { employed: true, practiceYears: 11, trade: 'helsearbeiderfaget', practiceUntil: 'now' }],
    ['har jobba på lageret sia 2018', { employed: true, practiceYears: 8, trade: 'logistikkfaget', practiceUntil: 'now' }],
    ['Har jobbet i barnehage siden august 2020.', { employed: true, practiceYears: 6.25, trade: 'barne- og ungdomsarbeiderfaget', practiceUntil: 'now' }],
    ['I have worked as a cleaner since 2019', { employed: true, practiceYears: 7, trade: 'renholdsoperatørfaget', practiceUntil: 'now' }],
  ])('%s', (text, expected) => {
    expect(autumn2026.understand(text).profile).toEqual(expected);
  });

  it('reads the date when the message is read, not when the understander was built', () => {
    let now = new Date('2020-06-01T12:00:00Z');
    const u = createUnderstander(catalogue.places, lexicon, { today: () => now });
    expect(u.understand('Har jobbet som kokk siden 2015.').profile.practiceYears).toBe(5);
    now = new Date('2024-06-01T12:00:00Z');
    expect(u.understand('Har jobbet som kokk siden 2015.').profile.practiceYears).toBe(9);
  });

  it('takes no years from a start in the future or a past that ended', () => {
    expect(autumn2026.understand('Har jobbet som kokk siden 2030.').profile.practiceYears).toBeUndefined();
    expect(autumn2026.understand('Bodd i Norge siden 2015.').profile.practiceYears).toBeUndefined();
    expect(autumn2026.understand('Arbeidsledig siden 2024.').profile).toEqual({ employed: false });
  });
});

describe('trades in dialect and with typos', () => {
  eachProfile([
    ['vil bli røralegger', { trade: 'rørleggerfaget' }],
    ['ønske å ta fagbrev som elektrikar', { trade: 'elektrikerfaget' }],
    ['e vil ta fagbrev som helsefagarbeidar', { trade: 'helsearbeiderfaget' }],
    ['har lyst å bli ambulansearbeidar', { trade: 'ambulansefaget' }],
    ['tenkt å ta fagbrev som industrimekanikar', { trade: 'industrimekanikerfaget' }],
    ['vil ta fagbrev som barne og ungdomsarbeider', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobbe som helsefagarbeidar på sjukeheimen', { employed: true, trade: 'helsearbeiderfaget' }],
    ['vil bli elektirker', { trade: 'elektrikerfaget' }],
    ['ønsker fagbrev som rørlegegr', { trade: 'rørleggerfaget' }],
    ['jobber som helsefagarbeder', { employed: true, trade: 'helsearbeiderfaget' }],
    ['vil ta fagbrev som barne og ungdomsarbieder', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har fagbrev som industrimekanikker', { hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget' }],
    ['jobber som tømmrer', { employed: true, trade: 'tømrerfaget' }],
    ['har fagbrev som bilmekanikar', { hasTradeCertificate: true, certificateTrade: 'bilfaget' }],
    ['vil bli anleggsmaskinførar', { trade: 'anleggsmaskinførerfaget' }],
    ['vil ta fagbrev som yrkesjåfør', { trade: 'yrkessjåførfaget' }],
    ['jobbe som lagerarbeidar', { employed: true, trade: 'logistikkfaget' }],
    ['ønskjer fagbrev i logistikk', { trade: 'logistikkfaget' }],
    ['I want to become an electrician', { trade: 'elektrikerfaget' }],
    ['I would like a trade certificate as a plumber', { trade: 'rørleggerfaget' }],
    ['I work as a healthcare worker', { employed: true, trade: 'helsearbeiderfaget' }],
    ['har svennebrev som tømrar', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['vil bli barne- og ungdomsarbeidar', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['drømmer om å bli kokk', { trade: 'kokkfaget' }],
    ['ønsker å ta fagbrevet som ambulansearbeider', { trade: 'ambulansefaget' }],
    ['har fagbrev som elektrikar og vil bli automatiker', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget', trade: 'automatiseringsfaget' }],
    ['vil bli indutrimekaniker', { trade: 'industrimekanikerfaget' }],
    ['kunne tenke meg fagbrev som ambulansearbeidar', { trade: 'ambulansefaget' }],
    ['vil bli platearbeidar', { trade: 'platearbeiderfaget' }],
    ['vil bli betongarbeider', { trade: 'betongfaget' }],
    ['vil bli helsefagarbeidær', { trade: 'helsearbeiderfaget' }],
    ['ønsker å bli ambulansearbeder', { trade: 'ambulansefaget' }],
    ['vil bli barneogungdomsarbeider', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['vil ta fagbrev som barne og ungdoms arbeider', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['vil ta fagbrev som helse fagarbeider', { trade: 'helsearbeiderfaget' }],
    ['jobbe som elektrikerlærling', { employed: true, trade: 'elektrikerfaget' }],
    ['vil bli røyrleggar', { trade: 'rørleggerfaget' }],
    ['ønsker å bli sveisser', { trade: 'sveisefaget' }],
  ]);
});

describe('chat without punctuation, long stories and case notes', () => {
  eachProfile([
    [
      'Kandidaten er 44 år, bosatt i Mo i Rana. Jobber 100 % som operatør ved smelteverket og har 12 års erfaring. Fullført grunnskole, ikke videregående. Ønsker fagbrev i kjemiprosess.',
      { age: 44, county: 'Nordland', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 100, practiceYears: 12, trade: 'kjemiprosessfaget' },
    ],
    [
      'hei! e heite Kari og e 41 år. bur i Steinkjer. har jobba på sjukeheimen i 14 år, dei første 4 åra i 50 % og resten i 100 %. har itj fagbrev men vil ta det som helsefagarbeidar. fullført vgs.',
      { age: 41, county: 'Trøndelag', completedUpperSecondary: true, hasTradeCertificate: false, practiceYears: 12, trade: 'helsearbeiderfaget' },
    ],
    [
      "Hi, I'm 35 and I moved to Norway from Syria in 2015. I went to school in Syria for 12 years. I now live in Drammen and work full time in a warehouse. I have worked there for 5 years. I want to take a trade certificate in logistics.",
      { age: 35, county: 'Buskerud', employed: true, employmentPercent: 100, practiceYears: 5, trade: 'logistikkfaget' },
    ],
    [
      'hei jeg er 28 jobber på lager i sandnes 100% har jobbet der i 3 år ikke fagbrev vil ta fagbrev i logistikk har ikke fullført vgs',
      { age: 28, county: 'Rogaland', completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 3, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er 47 år. Først var jeg 5 år på fiskebruk i Vardø, så 10 år som renholder på sykehuset i Tromsø. Nå jobber jeg 80 % som renholder på en skole i Tromsø. Jeg vil ta fagbrev som renholdsoperatør.',
      { age: 47, county: 'Troms', employed: true, employmentPercent: 80, practiceYears: 10, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Kandidaten er 33 år, bosatt i Ålesund, permittert fra stilling som industrimekaniker. Har 8 års erfaring. Har fagbrev som industrimekaniker.',
      { age: 33, county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', practiceYears: 8 },
    ],
    [
      'æ e 45 å bor i Bodø. har jobba som hjelpepleiar i 20 år men har ikkje fagbrev. vil ta fagbrev som helsefagarbeidar',
      { age: 45, county: 'Nordland', hasTradeCertificate: false, practiceYears: 20, trade: 'helsearbeiderfaget' },
    ],
    [
      'Eg e 39 og bor i Mandal. Jobbe på verft som sveisar, fulltid. Har jobba der i 11 år.',
      { age: 39, county: 'Agder', employed: true, employmentPercent: 100, practiceYears: 11, trade: 'sveisefaget' },
    ],
    [
      'Eg er 50 år og bur på Stord. Eg har jobba på verftet i 25 år som platearbeidar, men har ikkje fagbrev. No er eg sjukmeld.',
      { age: 50, county: 'Vestland', hasTradeCertificate: false, practiceYears: 25, trade: 'platearbeiderfaget' },
    ],
    [
      'Æ e 36 år og bor i Levanger. Æ jobbe som barnehageassistent, 80 prosent. Har itj fullført vidregåande. Vil ta fagbrev som barne- og ungdomsarbeider.',
      { age: 36, county: 'Trøndelag', completedUpperSecondary: false, employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Deltaker, 51 år, Narvik. Arbeidsledig, mottar dagpenger. Har 20 års erfaring som sjåfør. Fullført grunnskole. Ønsker fagbrev som yrkessjåfør.',
      { age: 51, county: 'Nordland', completedPrimarySchool: true, employed: false, navJobSeeker: true, practiceYears: 20, trade: 'yrkessjåførfaget' },
    ],
    [
      'æ e 38 og har jobba tre og et halvt år på sagbruket',
      { age: 38, practiceYears: 3.5, trade: 'trearbeiderfaget' },
    ],
    [
      'jeg er 52 og har jobbet som snekker i 30 år uten fagbrev bor i Lillehammer vil ta fagbrev som tømrer gikk ut av ungdomsskolen',
      { age: 52, county: 'Innlandet', completedPrimarySchool: true, hasTradeCertificate: false, practiceYears: 30, trade: 'tømrerfaget' },
    ],
    [
      'Kvinne, 42 år, bosatt i Kirkenes. Jobber 75 % som helsefagarbeider uten fagbrev. Har bare grunnskole fra Norge.',
      { age: 42, county: 'Finnmark', completedPrimarySchool: true, completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' },
    ],
    [
      "I'm 29, I live in Trondheim and I work as a cook, 80%. I have worked as a cook for 6 years. I didn't finish high school.",
      { age: 29, county: 'Trøndelag', completedUpperSecondary: false, employed: true, employmentPercent: 80, practiceYears: 6, trade: 'kokkfaget' },
    ],
    [
      'Hei. Eg er 34 og bur i Førde. Eg har jobba som assistent i barnehage i 8 år, dei siste 3 åra i 100 %. Før det var eg heime med ungane. Har fullført vidaregåande.',
      // "dei siste 3 åra i 100 %" after "har jobba": work that runs until now, in 100 %.
      { age: 34, county: 'Vestland', completedUpperSecondary: true, employed: true, employmentPercent: 100, practiceYears: 8, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
  ]);
});

describe('more of the same, as people go on writing', () => {
  eachProfile([
    [
      'Jeg er 39 år og har jobbet som fagarbeider på Elkem i Salten i 14 år. Har ikke fullført vgs, droppet ut etter vg1. Ønsker fagbrev som prosessoperatør.',
      { age: 39, county: 'Nordland', completedUpperSecondary: false, practiceYears: 14, trade: 'kjemiprosessfaget' },
    ],
    ['Min utdanning: grunnskole.', { completedPrimarySchool: true }],
    ['Kari, 55, uføretrygdet 60 %, jobber 40 % som renholder.', { age: 55, employed: true, employmentPercent: 40, trade: 'renholdsoperatørfaget' }],
    ['har jobba offshore i 15 år som mekaniker, nå ledig.', { employed: false, practiceYears: 15 }],
    ['hei eg er 23 år og har ikkje fullført vgs har jobba på butikk sidan eg var 16', { age: 23, completedUpperSecondary: false, employed: true, practiceYears: 7, trade: 'salgsfaget' }],
    ['Jeg er 40 og har kjørt lastebil siden jeg var 21 år.', { age: 40, practiceYears: 19, trade: 'yrkessjåførfaget' }],
    ['har ikke jobbet på 5 år', {}],
    ['eg har jobba som røyrleggar i 9 år utan fagbrev. bur i Voss', { county: 'Vestland', hasTradeCertificate: false, practiceYears: 9, trade: 'rørleggerfaget' }],
    [
      'e jobbe på Coop Extra i Namsos, 60 prosent, har jobba der i 4 år. e 25 år og har itj vgs',
      { age: 25, county: 'Trøndelag', completedUpperSecondary: false, employed: true, employmentPercent: 60, practiceYears: 4, trade: 'salgsfaget' },
    ],
    [
      'Mann, 38 år, Hønefoss. Jobbet 12 år som maskinfører uten fagbrev. Nå permittert. Fullført grunnskole.',
      { age: 38, county: 'Buskerud', completedPrimarySchool: true, hasTradeCertificate: false, practiceYears: 12 },
    ],
    [
      "I'm a 33 year old mother of two from Eritrea. I live in Skien and I'm unemployed. I went to school for 10 years in Eritrea. I want to become a health worker.",
      { age: 33, county: 'Telemark', employed: false, trade: 'helsearbeiderfaget' },
    ],
    [
      'Har fagbrev som kokk, men jobber nå som lagerarbeider 100% og vil ta fagbrev i logistikk',
      { hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: true, employmentPercent: 100, trade: 'logistikkfaget' },
    ],
  ]);

  it('leaves "siden jeg var 18" to the question about years when the age is not said', () => {
    const u = understander.understand('har jobbet på lager siden jeg var 18');
    expect(u.profile.practiceYears).toBeUndefined();
    expect(u.vaguePractice).toBe(true);
  });
});

describe('workplaces that are also schools, stilling ranges, notes without prepositions', () => {
  eachProfile([
    ['jeg er 50 år og har jobba i mange år som vaktmester på en skole i Bodø', { age: 50, county: 'Nordland', trade: 'byggdrifterfaget' }],
    ['jobber på en skole i Bodø', { county: 'Nordland', employed: true }],
    ['går på skole i Molde', {}],
    ['har tatt fagskole i Porsgrunn', {}],
    ['Jobber som vikar på sykehjem, tilkalling, varierer fra 20 til 80 %.', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jobber mellom 50 og 100 prosent', { employed: true }],
    [
      'jobber 100% på sykehjem som pleieassistent, 15 års erfaring, vil ta fagbrev helsefagarbeider',
      { employed: true, employmentPercent: 100, practiceYears: 15, trade: 'helsearbeiderfaget' },
    ],
    ['har fagbrev kokk', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    [
      'My name is Anna, I am 27. I work part-time at a nursing home in Tromsø and I study nursing. I finished high school in Norway.',
      { age: 27, county: 'Troms', completedUpperSecondary: true, employed: true, trade: 'helsearbeiderfaget' },
    ],
    [
      'Heihei. Jeg er 46 år, bor i Tønsberg. Jobber på et bilverksted som mekaniker, 100 %, har gjort det i 12 år. Har ikke fagbrev og har bare grunnskolen.',
      { age: 46, county: 'Vestfold', completedPrimarySchool: true, completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 12, trade: 'bilfaget' },
    ],
    ['jeg jobbber som helsefagarbider på et sykehjem i arendal 75 prosent har ikke fagbrev', { county: 'Agder', hasTradeCertificate: false, employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['hei jeg er 34 og jobbr i barnehage 100% har ikke fullfort videregaende', { age: 34, completedUpperSecondary: false, employed: true, employmentPercent: 100, trade: 'barne- og ungdomsarbeiderfaget' }],
    [
      'Jeg er 43 og jobber i hjemmetjenesten. Har jobbet der i 10 år, hele tiden i 80 %. Ønsker å ta fagbrev som helsefagarbeider. Bor i Sarpsborg. Fullførte ikke videregående.',
      { age: 43, county: 'Østfold', completedUpperSecondary: false, employed: true, practiceYears: 10, practicePercent: 80, trade: 'helsearbeiderfaget' },
    ],
    ['jobba på fiskebruk i 10 år på Senja. no arbeidsledig. 48 år', { age: 48, county: 'Troms', employed: false, practiceYears: 10 }],
    [
      'I have finished 12 years of school in Somalia. Now I work in a kindergarten in Oslo, 100%. I want to become a child and youth worker.',
      { county: 'Oslo', employed: true, employmentPercent: 100, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    ['Jeg er 35 år og jobber som sveiser hos Aker Solutions på Stord, har jobbet her siden 2014.', { age: 35, county: 'Vestland', employed: true, practiceYears: expect.any(Number) as number, trade: 'sveisefaget', practiceUntil: 'now' }],
  ]);
});

describe('stories with work before and now', () => {
  eachProfile([
    [
      'Hei! Jeg er 37 år og bor på Gjøvik. Jeg har jobbet som helsefagarbeider uten fagbrev i 9 år, først på sykehjem og nå i hjemmetjenesten. Jeg jobber 90 % nå. Har fullført vgs på studiespesialisering for lenge siden.',
      { age: 37, county: 'Innlandet', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 90, practiceYears: 9, trade: 'helsearbeiderfaget' },
    ],
    [
      'Jeg er en mann på 48 år fra Irak. Jeg har bodd i Norge i 20 år. Jeg har jobbet som bussjåfør i Oslo i 12 år, men nå er jeg sykemeldt. Jeg har ikke fagbrev.',
      { age: 48, county: 'Oslo', hasTradeCertificate: false, practiceYears: 12, trade: 'yrkessjåførfaget' },
    ],
    [
      'Jeg jobbet i mange år på fabrikk, men fabrikken ble nedlagt i fjor. Siden da har jeg vært arbeidsledig. Jeg er 56 og bor i Mosjøen.',
      { age: 56, county: 'Nordland', employed: false },
    ],
    ['hei, 19 år, har slutta på vgs. jobber på mcdonalds 50%. vil bli elektriker', { age: 19, completedUpperSecondary: false, employed: true, employmentPercent: 50, trade: 'elektrikerfaget' }],
    [
      'Jeg jobber som kokk på et hotell i Bergen, men har ikke fagbrev. Har jobbet som kokk i ca 7 år. Er 30 år.',
      { age: 30, county: 'Vestland', hasTradeCertificate: false, employed: true, practiceYears: 7, trade: 'kokkfaget' },
    ],
    [
      "I'm 44, I work as a carpenter in Oslo for a construction company, full time. I have worked as a carpenter for 15 years in Poland and Norway. I don't have a Norwegian trade certificate.",
      { age: 44, county: 'Oslo', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 15, trade: 'tømrerfaget', practiceAbroad: true },
    ],
    [
      'har jobbet som assistent i barnehage i 3 år, 60 % stilling. Nå jobber jeg 100 % i en annen barnehage.',
      { employed: true, employmentPercent: 100, practiceYears: 1.8, practicePercent: 60, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    ['Jeg er arbeidsledig og går på AAP', { employed: false }],
    ['Jeg har ikke jobb nå, men jobbet 15 år som sveiser', { employed: false, practiceYears: 15 }],
    ['jobbet som truckfører fra 2015 til 2023, nå arbeidsledig', { employed: false, practiceYears: 8, practiceUntil: 2023 }],
    ['Jeg er 61 år og gikk av med AFP i fjor', { age: 61, employed: false }],
    ['e har jobba 5 år i 100% og 3 år i 50% på sjukeheimen', { practiceYears: 6.5, trade: 'helsearbeiderfaget' }],
    ['har ca 10 års erfaring som tømrer', { practiceYears: 10, trade: 'tømrerfaget' }],
    ['I have worked as a cleaner for 4 years and want to get a trade certificate in cleaning.', { practiceYears: 4, trade: 'renholdsoperatørfaget' }],
    [
      'Jeg har fagbrev som helsefagarbeider og jobber 100 % på sykehuset i Kristiansund.',
      { county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget', employed: true, employmentPercent: 100 },
    ],
  ]);
});

describe('typos in English and in Norwegian key words', () => {
  eachProfile([
    [
      'I am 39 years old and work as a welder in Karmøy. I have 12 years experiance. I dont have trade certificate.',
      { age: 39, county: 'Rogaland', hasTradeCertificate: false, employed: true, practiceYears: 12, trade: 'sveisefaget' },
    ],
    ['Hello! I am 50 and I am unemployd. I worked as a cook for 20 years.', { age: 50, employed: false, practiceYears: 20, practiceUntil: 'past' }],
    ['i have finnished high school in norway', { completedUpperSecondary: true }],
    ['jeg er 41 år og jobbr som lagermedarbeder i drammen. har jobet der i 7 år. har ikke fagbrv', { age: 41, county: 'Buskerud', hasTradeCertificate: false, employed: true, practiceYears: 7, trade: 'logistikkfaget' }],
    ['hei jeg er 35 og er arbeidsledg. har jobbe som renholer i 5 år', { age: 35, employed: false, practiceYears: 5 }],
    ['Jeg har fulført grunskolen men ikke videregånde', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har fagbrev som elektriker, jobber som elektirker i Ålesund 100 prosnet', { county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'elektrikerfaget', employed: true, employmentPercent: 100 }],
    ['jobber som barnhageassistent 80 prosnt har ikek fagbrev', { hasTradeCertificate: false, employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har vert arbeidsledig i 2 år. er registrer hos nav', { employed: false, navJobSeeker: true }],
    ['jeg har jobbet på sykhjem i 12 år 75% stiling', { practiceYears: 9, practicePercent: 75, trade: 'helsearbeiderfaget' }],
    ['jeg jobber som vekter i Oslo 100% har gjordt det i 4 år', { county: 'Oslo', employed: true, employmentPercent: 100, practiceYears: 4, trade: 'sikkerhetsfaget' }],
    ['ønkser å ta fagbrev som helsfagarbeider', { trade: 'helsearbeiderfaget' }],
    ['im 30, working in a warehouse 100%, no fagbrev, want to take fagbrev in logistics', { age: 30, hasTradeCertificate: false, employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
  ]);

  it('leaves an English word that is another form of a known one as written ("employer" is not "employed")', () => {
    expect(understand('My employer wants me to take the fagbrev.').employed).toBeUndefined();
  });
});

describe('life stories with several jobs and years', () => {
  const autumn2026 = createUnderstander(catalogue.places, lexicon, { today: () => new Date('2026-11-26T12:00:00Z') });

  eachProfile([
    [
      'Hei, jeg heter Lena og er 42 år. Jeg vokste opp i Kirkenes, men flyttet til Trondheim da jeg var 20. Der tok jeg allmennfag, og etter det jobbet jeg i butikk i noen år. Så fikk jeg barn og var hjemme en stund. De siste 8 årene har jeg jobbet som assistent i en barnehage i Malvik, nå i 80 % stilling. Jeg har lyst til å ta fagbrev som barne- og ungdomsarbeider.',
      { age: 42, county: 'Trøndelag', completedUpperSecondary: true, employed: true, employmentPercent: 80, practiceYears: 8, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg er 28 år og bor i Tromsø. Etter vgs (som jeg ikke fullførte) jobbet jeg på fiskebåt i 3 år. Nå jobber jeg på et oppdrettsanlegg utenfor Tromsø, 100 %, har vært der i 2 år. Vil gjerne ta fagbrev i akvakultur.',
      { age: 28, county: 'Troms', completedUpperSecondary: false, employed: true, employmentPercent: 100, practiceYears: 2, trade: 'akvakulturfaget' },
    ],
    [
      'Jeg er 60 år, har jobbet i 35 år på samme bedrift i Årdal, som prosessoperatør. Har ikke fagbrev. Jeg fullførte grunnskolen i 1980.',
      { age: 60, county: 'Vestland', completedPrimarySchool: true, hasTradeCertificate: false, practiceYears: 35, trade: 'kjemiprosessfaget' },
    ],
    [
      'Hei! Jeg er 33 år gammel, bor i Sandnes. Har gått yrkesfag (helse og oppvekst), men fikk ikke læreplass. Jobbet så 4 år i barnehage, 2 år på sykehjem. Nå jobber jeg 70 % i hjemmesykepleien. Vil ta fagbrev som helsefagarbeider.',
      { age: 33, county: 'Rogaland', employed: true, employmentPercent: 70, practiceYears: 2, trade: 'helsearbeiderfaget' },
    ],
    [
      'Kandidaten er 49 år, bosatt i Hamar, og har jobbet som sjåfør i ulike firma i til sammen 22 år. Han er nå ansatt i 100 % stilling hos et transportfirma. Han har ikke fullført videregående, men har grunnskole. Han ønsker fagbrev som yrkessjåfør.',
      { age: 49, county: 'Innlandet', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 100, practiceYears: 22, trade: 'yrkessjåførfaget' },
    ],
    [
      'Kandidaten er 36 år og bor i Lørenskog. Hun har jobbet som pleieassistent på sykehjem i 6 år, de to første årene i 50 % og deretter i 100 %. Hun har fullført vg1 og vg2 helse- og oppvekstfag. Ønsker fagbrev som helsefagarbeider.',
      { age: 36, county: 'Akershus', completedUpperSecondary: false, practiceYears: 5, trade: 'helsearbeiderfaget' },
    ],
    [
      'Bruker er 27 år, bor i Bodø, er registrert arbeidssøker hos NAV og har vært arbeidsledig siden i fjor. Har 3 års erfaring fra lager. Fullført vgs. Ønsker fagbrev i logistikk.',
      { age: 27, county: 'Nordland', completedUpperSecondary: true, employed: false, navJobSeeker: true, practiceYears: 3, trade: 'logistikkfaget' },
    ],
    ['I have worked as a nurse assistant for 10 years, the first 4 years at 50%.', { practiceYears: 8, trade: 'helsearbeiderfaget' }],
  ]);

  it.each<ProfileCase>([
    ['Jeg kom fra Polen i 2008 og har jobbet som tømrer siden.', { employed: true, practiceYears: 18, trade: 'tømrerfaget' }],
    ['Kom til Norge i 2015. Har jobbet på lager siden da.', { employed: true, practiceYears: 11, trade: 'logistikkfaget', practiceUntil: 'now' }],
    ['I came to Norway in 2012 and have worked as a cleaner since then.', { employed: true, practiceYears: 14, trade: 'renholdsoperatørfaget' }],
    [
      'Deltaker (58) bor i Kongsvinger. Jobber som vaktmester i kommunen, 100 %, siden 2005. Ikke fagbrev. Fullført videregående.',
      { age: 58, county: 'Innlandet', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 21, trade: 'byggdrifterfaget' },
    ],
  ])('%s', (text, expected) => {
    expect(autumn2026.understand(text).profile).toEqual(expected);
  });
});

describe('work described in dialect, and practice with its stilling said every way', () => {
  eachProfile([
    ['æ jobbe på Coop Prix, e butikkmedarbeidar', { employed: true, trade: 'salgsfaget' }],
    ['e jobbe som pleiar på sjukeheimen i Alta', { county: 'Finnmark', employed: true, trade: 'helsearbeiderfaget' }],
    ['jobbar som reinhaldar på skulen', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['eg er tilsett som lagerarbeidar på Tine', { employed: true, trade: 'logistikkfaget' }],
    ['æ kjøre buss i Trondheim', { county: 'Trøndelag', employed: true, trade: 'yrkessjåførfaget' }],
    ['eg jobbar som tømrar i eit byggfirma', { employed: true, trade: 'tømrerfaget' }],
    ['jobber som barne og ungdomsarbeider i skolen', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['er lærling i elektrikerfaget', { employed: true, trade: 'elektrikerfaget' }],
    ['gikk 3 år på videregående men strøk i to fag', { completedUpperSecondary: false }],
    ['Jeg sluttet på videregående etter første år.', { completedUpperSecondary: false }],
    ['Skolegang: fullført grunnskole og videregående.', { completedPrimarySchool: true, completedUpperSecondary: true }],
    ['I went to high school but didn\'t finish', { completedUpperSecondary: false }],
    ['Education: high school', { completedUpperSecondary: true }],
    ['Har generell studiekompetanse fra Polen', {}],
    ['jobbet 70 % der i 6 år', { practiceYears: 4.2, practicePercent: 70 }],
    ['har jobbet i en 60 prosent stilling som renholder i 8 år', { practiceYears: 4.8, practicePercent: 60, trade: 'renholdsoperatørfaget' }],
    ['har vært i 50 % stilling i 4 år som helsefagarbeider', { practiceYears: 2, practicePercent: 50, trade: 'helsearbeiderfaget' }],
    ['har 6 år i 80 % på sykehjem', { practiceYears: 6, practicePercent: 80, trade: 'helsearbeiderfaget' }],
    ['jeg har 7 års erfaring som kokk, i ulike stillinger fra 50 til 100 %', { practiceYears: 7, trade: 'kokkfaget' }],
    ['har jobbet 3 år fulltid og 2 år deltid som butikkmedarbeider', { practiceYears: 5, trade: 'salgsfaget' }],
    ['har jobbet i 6 år med 30 timer i uka som renholder', { practiceYears: 6, practicePercent: 80, trade: 'renholdsoperatørfaget' }],
    ['jobbet 6 år i 70 % som renholder og 2 år som vaskehjelp', { practiceYears: 6.2 }],
    ['i 70 % stilling jobbet jeg 3 år som kokk og 2 år som kokk', { practiceYears: 3.5, practicePercent: 70, practiceUntil: 'past' }],
    ['har snart 5 års erfaring som sveiser', { trade: 'sveisefaget' }],
    ['har jobbet tre år som kokk og to år som servitør, og vil bli kokk', { practiceYears: 3, trade: 'kokkfaget' }],
  ]);
});

describe('work and no work, in between', () => {
  eachProfile([
    ['jobber ikke for tiden pga sykdom', { employed: false }],
    ['er ufør', { employed: false }],
    ['er i foreldrepermisjon', {}],
    ['tar ekstravakter på sykehjemmet', { employed: true, trade: 'helsearbeiderfaget' }],
    ['er tilkallingsvikar i barnehage', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ["I'm not working at the moment", { employed: false }],
    ["I'm on parental leave", {}],
    ["I'm a stay-at-home mum", { employed: false }],
    ['I have a part-time job in a shop', { employed: true, trade: 'salgsfaget' }],
    ['I do some shifts at a nursing home', { employed: true, trade: 'helsearbeiderfaget' }],
    ["I used to work as a cook but now I'm unemployed", { employed: false }],
    ['I have been on sick leave for a year', {}],
    ['har vært sykmeldt i et år', {}],
    ['er nettopp blitt oppsagt', { employed: false }],
    ['fikk sparken i januar', { employed: false }],
    ['har sagt opp jobben min', { employed: false }],
    ['mangler jobb', { employed: false }],
    ['jobba ikkje no', { employed: false }],
    ['æ har ikkje jobb', { employed: false }],
    ['e ikke i jobb nå', { employed: false }],
  ]);
});

describe('goals said every way', () => {
  eachProfile([
    ['målet mitt er fagbrev som rørlegger', { trade: 'rørleggerfaget' }],
    ['kunne tenke meg å bli elektriker', { trade: 'elektrikerfaget' }],
    ["I'm interested in becoming an electrician", { trade: 'elektrikerfaget' }],
    ['I want to retrain as a welder', { trade: 'sveisefaget' }],
    ['vil ta bua-fagbrev', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har tømrerfagbrev', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['har ikke kokkefagbrev', { hasTradeCertificate: false }],
    ['vil ta fagbrevet mitt som kokk', { trade: 'kokkfaget' }],
    ['ønsker å bli sertifisert sveiser', { trade: 'sveisefaget' }],
    ['vil ta fagbrev i kontor og administrasjon', { trade: 'kontor- og administrasjonsfaget' }],
    ['vil gå opp til fagprøve i tømrerfaget', { trade: 'tømrerfaget' }],
    ['har lyst på fagbrev i industrimekaniker', { trade: 'industrimekanikerfaget' }],
    ['eg har lyst til å bli tømrar', { trade: 'tømrerfaget' }],
    ['hadde vært fint å få fagbrev som lagermedarbeider', { trade: 'logistikkfaget' }],
    ['my goal is to become a chef', { trade: 'kokkfaget' }],
  ]);
});

describe('stories told in one go, with a question at the end', () => {
  eachProfile([
    [
      'Hei! Jeg heter Sara og er 34 år gammel. Jeg er oppvokst i Bergen, men bor nå i Os med mann og tre barn. Etter ungdomsskolen begynte jeg på vgs, men sluttet etter ett år fordi jeg ble gravid. Siden har jeg jobbet litt forskjellig: 3 år i barnehage, 4 år i butikk, og nå har jeg vært 2 år i hjemmetjenesten, 60 %. Jeg vil gjerne ta fagbrev som helsefagarbeider.',
      { age: 34, completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 60, practiceYears: 2, trade: 'helsearbeiderfaget' },
    ],
    [
      'God dag. Mitt navn er Ivan, jeg er 47 år og kommer fra Ukraina. Jeg har bodd i Norge i 2 år og bor i Haugesund. I Ukraina jobbet jeg som sveiser i 20 år. Nå jobber jeg på et verft som hjelpearbeider, 100 %. Jeg har ikke norsk fagbrev, men vil gjerne ta fagbrev som sveiser.',
      { age: 47, county: 'Rogaland', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 20, trade: 'sveisefaget', practiceAbroad: true },
    ],
    [
      'heisann, er 23, bor i Fredrikstad. droppa ut av vgs i andre. jobba på lager siden, snart 4 år nå, fulltid. vil ha fagbrev i logistikk, går det?',
      { age: 23, county: 'Østfold', completedUpperSecondary: false, employed: true, employmentPercent: 100, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er 52 år og jobber som renholder på NTNU i Trondheim. Jeg har jobbet der i 18 år, i 80 % stilling. Jeg har grunnskole fra Vietnam. Jeg har ikke fagbrev. Kan jeg ta fagbrev som renholdsoperatør?',
      { age: 52, county: 'Trøndelag', hasTradeCertificate: false, employed: true, employmentPercent: 80, practiceYears: 18, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Mann 44 år, bosatt Mo i Rana. Arbeider ved Celsa som operatør, 100 %, 15 år. Grunnskole. Ønsker fagbrev i industrimekanikerfaget.',
      { age: 44, county: 'Nordland', completedPrimarySchool: true, employed: true, employmentPercent: 100, practiceYears: 15, trade: 'industrimekanikerfaget' },
    ],
    [
      'hei jeg lurer på om jeg kan ta fagbrev. er 38 år, har jobba som hjelpepleier i 15 år på sykehjem i Harstad, 75% stilling. har ikke fagbrev. har fullført grunnskolen',
      { age: 38, county: 'Troms', completedPrimarySchool: true, hasTradeCertificate: false, employed: true, employmentPercent: 75, practiceYears: 15, trade: 'helsearbeiderfaget' },
    ],
    ['Kan jeg ta fagbrev, eller må jeg gå på skole?', {}],
    ['Har jobbet 6 år som kokk, kan jeg ta fagbrev?', { practiceYears: 6, trade: 'kokkfaget' }],
    ['Er det mulig å ta fagbrev når jeg jobber 50 %?', {}],
    ['Vil ta fagbrev som kokk, hvordan gjør jeg det?', { trade: 'kokkfaget' }],
  ]);
});

describe('English, and English words in Norwegian', () => {
  eachProfile([
    [
      "Hi, I'm 36 and I live in Kristiansand. I work as a kitchen assistant in a hotel, about 80%. I have worked in kitchens for 10 years. I want to become a certified chef.",
      { age: 36, county: 'Agder', employed: true, employmentPercent: 80, practiceYears: 10, trade: 'kokkfaget' },
    ],
    [
      'Hello, I am a 41 year old woman from Thailand. I have lived in Norway for 12 years, in Tromsø. I work in a nursing home as an assistant, 100%. I have done this for 7 years. I finished school in Thailand (12 years). I want to take fagbrev as helsefagarbeider.',
      { age: 41, county: 'Troms', employed: true, employmentPercent: 100, practiceYears: 7, trade: 'helsearbeiderfaget' },
    ],
    [
      "I'm 29. I work in a warehouse in Oslo, 100%. I don't have any Norwegian education. I want a fagbrev in logistikk.",
      { age: 29, county: 'Oslo', employed: true, employmentPercent: 100, trade: 'logistikkfaget' },
    ],
    [
      "My husband works in Oslo, but I live in Drammen and I'm a cleaner at a school, 50 %.",
      { county: 'Buskerud', employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' },
    ],
    [
      'I am 33 and unemployed. I used to work in a kindergarten for 5 years. I want to become a child and youth worker.',
      { age: 33, employed: false, practiceYears: 5, trade: 'barne- og ungdomsarbeiderfaget', practiceUntil: 'past' },
    ],
    [
      "I'm a 50-year-old truck driver from Lithuania, working in Norway for 8 years, currently living in Moss. Full-time. No Norwegian certificate.",
      { age: 50, county: 'Østfold', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 8, trade: 'yrkessjåførfaget' },
    ],
    [
      'I worked as an electrician in Syria for 10 years. Now I live in Trondheim and I am in the introduction program.',
      { county: 'Trøndelag', employed: false, practiceYears: 10, practiceUntil: 'past', practiceAbroad: true },
    ],
    ["I'm 27, no job right now, I finished high school in Norway, and I'd like to work with IT.", { age: 27, completedUpperSecondary: true, employed: false, interests: ['ikt'] }],
    ['jeg er 31, jobber som cleaner på et hotell i Oslo, 100 %', { age: 31, county: 'Oslo', employed: true, employmentPercent: 100, trade: 'renholdsoperatørfaget' }],
    ['I work 100 % som helsefagarbeider in Bergen', { county: 'Vestland', employed: true, employmentPercent: 100, trade: 'helsearbeiderfaget' }],
  ]);
});

describe('dialect stories and case notes, with work in fields no trade covers', () => {
  eachProfile([
    [
      'Æ e ei dame på 44 fra Sortland. Har jobba på fiskebruket i 20 år, og no e æ på sjukeheimen som assistent, 50 %. Har itj fagbrev og itj vgs. Vil gjerne bli helsefagarbeidar.',
      { age: 44, county: 'Nordland', completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 50, trade: 'helsearbeiderfaget' },
    ],
    ['har jobbet på fiskebruk i 10 år', { practiceYears: 10 }],
    ['Jobbet 5 år i Forsvaret, vil bli elektriker', { trade: 'elektrikerfaget' }],
    [
      'Eg heite Ola, eg e 52 og bur på Voss. Eg har vore tømrar i 30 år men har aldri teke fagbrev. Eg har berre ungdomsskulen.',
      { age: 52, county: 'Vestland', completedPrimarySchool: true, completedUpperSecondary: false, hasTradeCertificate: false, practiceYears: 30, trade: 'tømrerfaget' },
    ],
    [
      'Hei, æ e 27 år og jobbe som lagermedarbeidar på Orkla i Stjørdal. Har vorre der i 3 år, 100 prosent. Vil ta fagbrev i logistikk.',
      { age: 27, county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 3, trade: 'logistikkfaget' },
    ],
    [
      'Je jobbær på Hydro på Karmøy som operatør. Ha vært der i 10 år. Vil ta fagbrev i kjemiprosess. Je e 41.',
      { age: 41, county: 'Rogaland', employed: true, practiceYears: 10, trade: 'kjemiprosessfaget' },
    ],
    [
      'Kvinne, 50 år, bosatt i Larvik. Arbeidsledig siden mars. Tidligere 25 år som renholder. Ikke fullført videregående. Ønsker fagbrev som renholdsoperatør.',
      { age: 50, county: 'Vestfold', completedUpperSecondary: false, employed: false, practiceYears: 25, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Søker er 29 år, bor i Bodø, jobber 100 % som servitør. Har fullført vg2 restaurant- og matfag. Ønsker å ta fagbrev som kokk.',
      { age: 29, county: 'Nordland', completedUpperSecondary: false, employed: true, employmentPercent: 100, trade: 'kokkfaget' },
    ],
    ['Mann, 61 år, Molde. Har vært uføretrygdet i 5 år. Har fagbrev som snekker.', { age: 61, county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'tømrerfaget', employed: false }],
    ['Fullført grunnskole og ett år vgs.', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['gikk to år på videregående', { completedUpperSecondary: false }],
    ['går andre år på vgs', {}],
    ['gikk tre år på vgs', {}],
    ['har gått ett år på videregående i Polen', {}],
  ]);
});

describe('lengths of time written every way', () => {
  eachProfile([
    ['har jobbet 5-6 år som kokk', { trade: 'kokkfaget' }],
    ['har jobbet 5 til 6 år som kokk', { trade: 'kokkfaget' }],
    // (Not the upper bound: a range is no one number, however it is written.)
    ['har jobbet mellom 5 og 7 år som kokk', { trade: 'kokkfaget' }],
    // (Years after work told without a verb are how long, not an age as well.)
    ['welder, 15 years', { practiceYears: 15, trade: 'sveisefaget' }],
    ['kokk, 16 år', { practiceYears: 16, trade: 'kokkfaget' }],
    ['I have worked between 4 and 6 years as a chef', { trade: 'kokkfaget' }],
    ['har jobbet fem og et halvt år som kokk', { practiceYears: 5.5, trade: 'kokkfaget' }],
    ['har jobbet et halvt år som kokk', { practiceYears: 0.5, trade: 'kokkfaget' }],
    ['har jobbet 1 år og 3 mnd som kokk', { practiceYears: 1.25, trade: 'kokkfaget' }],
    ['har jobbet i 2 1/2 år som kokk', { practiceYears: 2.5, trade: 'kokkfaget' }],
    ['har jobbet 3½ år som kokk', { practiceYears: 3.5, trade: 'kokkfaget' }],
    ['har jobbet i 10+ år som kokk', { trade: 'kokkfaget' }],
    ['har jobbet som kokk i 7 år på heltid', { practiceYears: 7, practicePercent: 100, trade: 'kokkfaget' }],
    ['I have worked as a chef for six and a half years', { practiceYears: 6.5, trade: 'kokkfaget' }],
    ['jobbet 2 år i Polen og 3 år i Norge som kokk', { practiceYears: 5, practiceAbroad: true }],
    // ("der" is the country they come from; not when another place is named in between.)
    ['jeg er fra Etiopia og jobbet som frisør der i 9 år', { practiceYears: 9, practiceAbroad: true }],
    ['er fra Litauen og bor i Ålesund nå, har jobba der i 4 år som kokk', { county: 'Møre og Romsdal', practiceYears: 4, trade: 'kokkfaget' }],
    ['har jobbet i 4 år, hvorav 2 år i 50 %', { practiceYears: 3 }],
    ['jobbet 10 år, halvparten i 50 % stilling', { practiceYears: 7.5 }],
    ['jobba ti år på lager, halve tida i 50 %', { practiceYears: 7.5 }],
  ]);
});

describe('certificates said every way, and forms answered yes or no', () => {
  eachProfile([
    ['fikk svennebrevet i 1998 som rørlegger', { hasTradeCertificate: true, certificateTrade: 'rørleggerfaget' }],
    ['bestod fagprøven som elektriker i fjor', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['strøk på fagprøven', { hasTradeCertificate: false }],
    ['har mesterbrev som frisør', { hasTradeCertificate: true, certificateTrade: 'frisørfaget' }],
    ['Fagbrev: nei', { hasTradeCertificate: false }],
    ['Fagbrev: ja, som sveiser', { hasTradeCertificate: true, certificateTrade: 'sveisefaget' }],
    ['har ikkje fagbrev enno', { hasTradeCertificate: false }],
    ['Arbeidsledig: nei', {}],
    ['I jobb: nei', { employed: false }],
    ['I jobb: ja, 80 %', { employed: true, employmentPercent: 80 }],
    ['Registrert hos NAV: nei', { navJobSeeker: false }],
    ['Registrert hos NAV: ja', { navJobSeeker: true }],
    [
      'Fagbrev: nei. Videregående: ja. Grunnskole: ja. I jobb: ja, 100 %. Alder: 39. Bosted: Tromsø.',
      { age: 39, county: 'Troms', completedPrimarySchool: true, completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100 },
    ],
    ['Erfaring: 12 år som tømrer', { practiceYears: 12, trade: 'tømrerfaget' }],
    ['Ønsket fagbrev: kokk', { trade: 'kokkfaget' }],
  ]);
});

describe('other people in the message', () => {
  eachProfile([
    ['Mannen min jobber som elektriker i Bergen, men jeg er hjemme med barna. Jeg er 35 og bor i Askøy.', { age: 35, county: 'Vestland', employed: false }],
    ['Kona mi har fagbrev som kokk. Selv har jeg ikke fagbrev, jeg jobber som lagerarbeider.', { hasTradeCertificate: false, employed: true, trade: 'logistikkfaget' }],
    ['Jeg og samboeren min bor i Tromsø. Han jobber offshore, jeg jobber i barnehage 80 %.', { county: 'Troms', employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['Samboeren min bor i Bodø.', {}],
    ['Broren min har fagbrev som tømrer og sier jeg burde ta det samme.', {}],
    // (An open question about one's own person asks for them, as a yes/no does: see adult-writing-3.)
    ['Datteren min er 19 og vil bli frisør. Hva må hun gjøre?', { age: 19, trade: 'frisørfaget' }],
    ['Mamma jobber på sykehjem, og jeg vil også bli helsefagarbeider. Jeg er 20.', { age: 20, trade: 'helsearbeiderfaget' }],
  ]);
});

describe('typos all through a message', () => {
  eachProfile([
    [
      'Hei jeg er 43 år gamel dame fra Lillhammer. jobber som asistent på sykehjemet 60% har gjort det i 8 år. har ikke fagbrev men har lyst. har fulført grunnskolen',
      { age: 43, county: 'Innlandet', completedPrimarySchool: true, hasTradeCertificate: false, employed: true, employmentPercent: 60, practiceYears: 8, trade: 'helsearbeiderfaget' },
    ],
    [
      'hei, er 36 og bor i Tromso. jobber pa lager, 100%. har jobbet der i 6 ar. ingen fagbrev. vgs ikke fulfort',
      { age: 36, county: 'Troms', completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 6, trade: 'logistikkfaget' },
    ],
    ['jeg jobber som elektikerhjelper i kristiansand, har jobbet 5 år, vil ta fagbrev som elektrikker', { county: 'Agder', employed: true, practiceYears: 5, trade: 'elektrikerfaget' }],
    ['jobbar som helsefagarbeidar utan fagbrev i 7 år på sjukeheimen i førde, 80 prosent', { county: 'Vestland', hasTradeCertificate: false, employed: true, employmentPercent: 80, practiceYears: 7, trade: 'helsearbeiderfaget' }],
    ['jeg er 33 og jobber 50% som butiksmedarbeider i moss. har jobet der 4 år. fullført vgs', { age: 33, county: 'Østfold', completedUpperSecondary: true, employed: true, employmentPercent: 50, practiceYears: 4, trade: 'salgsfaget' }],
    ['Jeg er 46år og har jobbet 20år som sjåfør. bor i Stavanger', { age: 46, county: 'Rogaland', practiceYears: 20, trade: 'yrkessjåførfaget' }],
    ['hei! 29år, bor i oslo, jobber som barnehageassisten 100% i 5år', { age: 29, county: 'Oslo', employed: true, employmentPercent: 100, practiceYears: 5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg er arbeidsledi og registret hos nav', { employed: false, navJobSeeker: true }],
    ['har fulfort videregaende og jobber som lagerarbeder', { completedUpperSecondary: true, employed: true, trade: 'logistikkfaget' }],
  ]);
});

describe('case notes written short', () => {
  eachProfile([
    [
      '40 år, bor Hamar, jobber 100% som lagerarb. 10 års erf. Ikke FB. VGS fullført.',
      { age: 40, county: 'Innlandet', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 10, trade: 'logistikkfaget' },
    ],
    [
      'K. 45 år, Bodø. Helsefagarb. u/fagbrev, 75 % st., 12 års erf. Grunnskole fullf.',
      { age: 45, county: 'Nordland', completedPrimarySchool: true, hasTradeCertificate: false, employed: true, employmentPercent: 75, practiceYears: 12, trade: 'helsearbeiderfaget' },
    ],
    ['Kandidat 38 år, m/fagbrev som kokk, jobber nå som servitør 80 %.', { age: 38, hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: true, employmentPercent: 80 }],
    ['Bruker 50 år. Arb.ledig. Reg. hos NAV. Erfaring: 20 år som sveiser.', { age: 50, employed: false, navJobSeeker: true, practiceYears: 20 }],
    [
      'Mann 35, Sandnes. Ufaglært. Lager 6 år. VGS ikke fullført. Mål: fagbrev i logistikk.',
      { age: 35, county: 'Rogaland', completedUpperSecondary: false, hasTradeCertificate: false, practiceYears: 6, trade: 'logistikkfaget' },
    ],
    ['Ønske: fagbrev som kokk', { trade: 'kokkfaget' }],
    // A note that opens with the age alone, and English case notes.
    ['38, Tromsø, 6 år som kokk 100 %, u/fagbrev', { age: 38, county: 'Troms', hasTradeCertificate: false, practiceYears: 6, practicePercent: 100, trade: 'kokkfaget' }],
    ['candidate 47, Drammen, 15 years as a cook', { age: 47, county: 'Buskerud', practiceYears: 15, trade: 'kokkfaget' }],
    // A title cut short with a full stop, and "st." for stilling after a percentage.
    ['Kvinne 44 år, 11 år industrimek. u/fagbrev, 80 % st. i Tromsø.', { age: 44, county: 'Troms', hasTradeCertificate: false, employed: true, employmentPercent: 80, practiceYears: 11, trade: 'industrimekanikerfaget' }],
  ]);
});

describe('work that is not a permanent job is still work', () => {
  eachProfile([
    ['jeg har ikke fast jobb, men tar vakter', { employed: true }],
    ['har ikke fast jobb', {}],
    ['er selvstendig', { employed: true }],
    ['jobber som vekter', { employed: true, trade: 'sikkerhetsfaget' }],
    ['har vikariat på sykehuset', { employed: true }],
    ['jobber via bemanningsbyrå', { employed: true }],
    ['har 50% stilling og går på skole', { employed: true, employmentPercent: 50 }],
    ["I'm self-employed", { employed: true }],
  ]);
});

describe('years of practice said every way, in both languages', () => {
  eachProfile([
    ['I have 5 years of experience as a welder', { practiceYears: 5, trade: 'sveisefaget' }],
    ['Experience: 5 years as a cleaner', { practiceYears: 5, trade: 'renholdsoperatørfaget' }],
    ['for the last 4 years I have worked as a carpenter', { practiceYears: 4, trade: 'tømrerfaget' }],
    ['de siste 5 årene har jeg jobbet som kokk', { practiceYears: 5, trade: 'kokkfaget' }],
    ['jobber som kokk og har gjort det de siste 5 årene', { employed: true, practiceYears: 5, trade: 'kokkfaget' }],
    ['har jobbet som kokk i 5 år nå', { employed: true, practiceYears: 5, trade: 'kokkfaget' }],
    ['har jobbet som kokk i 5 år, nå arbeidsledig', { employed: false, practiceYears: 5 }],
    ['gjennom 10 år har jeg jobbet som tømrer', { practiceYears: 10, trade: 'tømrerfaget' }],
    ['har 4 år bak meg som kokk', { practiceYears: 4, trade: 'kokkfaget' }],
    ['har holdt på som tømrer i 15 år', { practiceYears: 15, trade: 'tømrerfaget' }],
    ["I've been a welder for 12 years", { practiceYears: 12, trade: 'sveisefaget' }],
  ]);
});
