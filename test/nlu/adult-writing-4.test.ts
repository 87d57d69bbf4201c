// A fourth round of messages written the way adults type them, aimed at the styles that are
// hardest to read: typos (missing æøå, doubled, swapped and dropped letters, words run together),
// English from people who moved here (with Norwegian terms in it), long life stories with past and
// present jobs, and plain statements of school, NAV status, practice with its stilling, trades and
// whether someone has work now. Each profile lists every field the message states.
import { eachProfile } from '../support/understanding';


describe('typos, missing æøå and words run together', () => {
  eachProfile([
    ['jeg har fulfort videregaende', { completedUpperSecondary: true }],
    ['har ikke fulført grunskole', { completedPrimarySchool: false }],
    ['har fagbrevv som kokk', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ['er arbeidsledi og regisrert på nav', { employed: false, navJobSeeker: true }],
    ['jobber som lagermedarbeder 100 prosent', { employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['har jobbet 6 år i 70 prosnt stilling som renholder', { practiceYears: 4.2, practicePercent: 70, trade: 'renholdsoperatørfaget' }],
    ['jeg er 43 år og bor i frederikstad', { age: 43, county: 'Østfold' }],
    ['jobbr på sykhjem 60%', { employed: true, employmentPercent: 60, trade: 'helsearbeiderfaget' }],
    ['har ikke fagbrev men har jobba som tomrer i 12 år', { hasTradeCertificate: false, practiceYears: 12, trade: 'tømrerfaget' }],
    ['jeg har vidergående skole', { completedUpperSecondary: true }],
    ['ferdig med videregåene i 2010', { completedUpperSecondary: true }],
    ['gikk ut av grunnskolen og begynte å jobbe', { completedPrimarySchool: true }],
    ['arbeidsledg siden mars, får dagpenger', { employed: false, navJobSeeker: true }],
    ['jeg er regisrert arbeidssoker', { navJobSeeker: true }],
    ['jobber som helsefagarbeder på sykehuset i trondheim', { county: 'Trøndelag', employed: true, trade: 'helsearbeiderfaget' }],
    ['er 37 og jobber ikke for tiden', { age: 37, employed: false }],
    ['har jobbet som barnehageasistent i 9 år i 80 % stilling', { practiceYears: 9, practicePercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har jobbet som sveiser i 7år og vil ta fagbrev', { practiceYears: 7, trade: 'sveisefaget' }],
    ['har fagbrev som elektirker', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['jobber som sjafør i 100% stilling i bergen', { county: 'Vestland', employed: true, employmentPercent: 100, trade: 'yrkessjåførfaget' }],
    ['harikke fagbrev', { hasTradeCertificate: false }],
    ['er uføretrydet', { employed: false }],
    ['jeg er 29år og jobber på lager', { age: 29, employed: true, trade: 'logistikkfaget' }],
    ['har grunskole fra norge', { completedPrimarySchool: true }],
    ['har ikke vgs, bare grunskolen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['jobber hundre prosnt som butikkmedarbeider', { employed: true, employmentPercent: 100, trade: 'salgsfaget' }],
    ['har fullførrt vgs og har fagbrev som frisor', { completedUpperSecondary: true, hasTradeCertificate: true, certificateTrade: 'frisørfaget' }],
    ['mista jobben, er nå arbeidsledig og registrert hos nav', { employed: false, navJobSeeker: true }],
    ['jobbet på lager i fem år, nå arbeidsledig', { employed: false, practiceYears: 5 }],
    ['har jobbet 3 år som kokk i 50 prosent stiling', { practiceYears: 1.5, practicePercent: 50, trade: 'kokkfaget' }],
    ['vil ta fagbrev som helsfagarbeider', { trade: 'helsearbeiderfaget' }],
    ['har jobet som renholder i 10 år', { practiceYears: 10, trade: 'renholdsoperatørfaget' }],
    ['jeg er 33, bor i drammen og er arbeidsledig. registert hos nav', { age: 33, county: 'Buskerud', employed: false, navJobSeeker: true }],
    ['er 48 og har fagbrev som industrimekanikker', { age: 48, hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget' }],
    ['jeg jobber i barnehag, 50%', { employed: true, employmentPercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['fullført vgs paa helse og oppvekst', { completedUpperSecondary: true }],
    ['er i jobb 80 prosent som kokk', { employed: true, employmentPercent: 80, trade: 'kokkfaget' }],
    ['jeg har 10 års erfaring som sveiser men ikke fagbrv', { hasTradeCertificate: false, practiceYears: 10, trade: 'sveisefaget' }],
    ['e arbeidsledig og går på meldekort', { employed: false, navJobSeeker: true }],
    ['har vært lagerarbeider i 8 år', { practiceYears: 8, trade: 'logistikkfaget' }],
    ['jeg er 27 og har ikke fullført videregaende', { age: 27, completedUpperSecondary: false }],
    ['bor i Stavager og jobber på en skole', { county: 'Rogaland', employed: true }],
    ['har tatt fagbrev som barne og ungdomsarbider', { hasTradeCertificate: true, certificateTrade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg har studiekompetense', { completedUpperSecondary: true }],
    ['droppa ut av vgs', { completedUpperSecondary: false }],
    ['jobber som trukfører på lager, 100%', { employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['bor i Trondheim jobber som helsefagarbider 75prosent', { county: 'Trøndelag', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['har jobba somm lagerarbeider i 3 år', { practiceYears: 3, trade: 'logistikkfaget' }],
    ['er arbiedsledig', { employed: false }],
    ['jeg har vgs fra norge, men ikke fagbrev', { completedUpperSecondary: true, hasTradeCertificate: false }],
    ['har jobbet i barnehagen i 7 år i 60% stillig', { practiceYears: 4.2, practicePercent: 60, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['videregaende: fullfort', { completedUpperSecondary: true }],
    ['er regestrert på nav som arbeidsøker', { navJobSeeker: true }],
    ['jobber som rørleger', { employed: true, trade: 'rørleggerfaget' }],
    ['jobber som vektr i oslo', { county: 'Oslo', employed: true, trade: 'sikkerhetsfaget' }],
  ]);
});

describe('English, with Norwegian terms in it', () => {
  eachProfile([
    ['I finished videregående in Norway', { completedUpperSecondary: true }],
    ['I am registered at NAV as unemployed', { employed: false, navJobSeeker: true }],
    ['I have been working as an operator for 5 years at 80 %', { employed: true, practiceYears: 5, practicePercent: 80 }],
    ['I work full time in a warehouse in Drammen', { county: 'Buskerud', employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ["I don't have fagbrev but I have 8 years experience as a cook", { hasTradeCertificate: false, practiceYears: 8, trade: 'kokkfaget' }],
    ['I completed grunnskole in Norway and started vgs but did not finish', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['I am 42 years old and I live in Bodo', { age: 42, county: 'Nordland' }],
    ['I work as cleaner 50% and I am also registered at NAV', { employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget', navJobSeeker: true }],
    ['I have a Norwegian fagbrev as electrician', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['I am on tiltak from NAV now', { employed: false, navJobSeeker: true }],
    ["I'm not working at the moment", { employed: false }],
    ['I am working in a kindergarden 80 %', { employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I have worked in nursing home for 7 years', { practiceYears: 7, trade: 'helsearbeiderfaget' }],
    ['I want to become helsefagarbeider', { trade: 'helsearbeiderfaget' }],
    ['My name is Ana, I am 36, I live in Sarpsborg and I work as a cleaner at a hotel', { age: 36, county: 'Østfold', employed: true, trade: 'renholdsoperatørfaget' }],
    ['I have not finished high school', { completedUpperSecondary: false }],
    ['I finished ungdomsskole in Norway', { completedPrimarySchool: true }],
    ['I have studiekompetanse from Norway', { completedUpperSecondary: true }],
    ['I get dagpenger from NAV since May', { navJobSeeker: true }],
    ["I'm 29, unemployed, living in Kristiansand", { age: 29, county: 'Agder', employed: false }],
    ['I work 100% as a welder in Haugesund and I have no fagbrev', { county: 'Rogaland', hasTradeCertificate: false, employed: true, employmentPercent: 100, trade: 'sveisefaget' }],
    ['I have been working as a chef for 10 years in 60% position', { employed: true, practiceYears: 6, practicePercent: 60, trade: 'kokkfaget' }],
    ['I worked half time for four years in a shop', { practiceYears: 2, practicePercent: 50, practiceUntil: 'past' }],
    ['I am a student and I have no job', { employed: false }],
    ['I am retired', { employed: false }],
    ['I am on sick leave from my job as a bus driver', {}],
    ['I live in Tromso and I have svennebrev as a carpenter', { county: 'Troms', hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['I did vg1 and vg2 but I did not finish vg3', { completedUpperSecondary: false }],
    ['I have finished vg3', { completedUpperSecondary: true }],
    ['I was born in 1985 and I work in Molde', { county: 'Møre og Romsdal', employed: true }],
    ['I work in a factory in Mo i Rana as operator, 100 %', { county: 'Nordland', employed: true, employmentPercent: 100 }],
    ['I want to work with children', { interests: ['oppvekst'] }],
    ['I am interested in electrical work', { interests: ['elektro'] }],
    ['I am not registered at NAV and I work full time', { employed: true, employmentPercent: 100, navJobSeeker: false }],
    ['I have been unemployed since January and I send meldekort to NAV', { employed: false, navJobSeeker: true }],
    ['My husband works, I am at home with the kids', { employed: false }],
    ['I have 4 years practice as barne- og ungdomsarbeider', { practiceYears: 4, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I work as lagermedarbeider in Oslo', { county: 'Oslo', employed: true, trade: 'logistikkfaget' }],
    ['no fagbrev, no vgs, only grunnskole from Norway', { completedPrimarySchool: true, completedUpperSecondary: false, hasTradeCertificate: false }],
    ['I have primary school from my home country', {}],
    ['I work part time as a bus driver in Stavanger', { county: 'Rogaland', employed: true, trade: 'yrkessjåførfaget' }],
    ['I want to take fagbrev in logistics', { trade: 'logistikkfaget' }],
    ['I want to move into the battery industry', { interests: ['batteri'] }],
    ['Im 40 and work as a hairdresser in Lillestrom', { age: 40, county: 'Akershus', employed: true, trade: 'frisørfaget' }],
    ["I'm working 60 percent in a shop", { employed: true, employmentPercent: 60, trade: 'salgsfaget' }],
    ['I have AAP from NAV', {}],
    ['I am registered at NAV', { navJobSeeker: true }],
    ['I get AAP', {}],
    ["I'm on a NAV course for job seekers", { employed: false, navJobSeeker: true }],
    ["I'm employed full time", { employed: true, employmentPercent: 100 }],
    ['I work 3 days a week', { employed: true }],
    ['I have worked 6 years in 50 % as a cleaner', { practiceYears: 3, practicePercent: 50, trade: 'renholdsoperatørfaget' }],
    ['I worked 8 years at 100 % in a warehouse', { practiceYears: 8, practicePercent: 100, practiceUntil: 'past' }],
  ]);
});

describe('long life stories, past jobs and the job now', () => {
  eachProfile([
    [
      'Hei. Jeg heter Lena og er 41 år gammel. Jeg vokste opp i Bergen, men har bodd i Bodø de siste ti årene. Jeg har jobbet som assistent i barnehage i seks år i 70 % stilling. Før det jobbet jeg i butikk. Jeg har fullført videregående, men har ikke fagbrev. Nå ønsker jeg å bli barne- og ungdomsarbeider.',
      { age: 41, county: 'Nordland', completedUpperSecondary: true, hasTradeCertificate: false, practiceYears: 4.2, practicePercent: 70, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg er 35 og kommer fra Romania. Jeg kom til Norge i 2014 og har jobbet på lager siden da. Nå jobber jeg fulltid på et lager i Moss. Jeg har ikke fagbrev og ingen skole fra Norge. Jeg vil gjerne ta fagbrev i logistikk.',
      // "har jobbet på lager siden da": since 2014, counted to the day the message is read.
      { age: 35, county: 'Østfold', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: new Date().getUTCFullYear() - 2014, trade: 'logistikkfaget', practiceUntil: 'now' },
    ],
    [
      'Jeg har alltid likt å jobbe med hendene. Etter ungdomsskolen begynte jeg på byggfag, men droppet ut etter ett år. Siden har jeg jobbet som hjelpearbeider for en tømrer i Skien i elleve år. Jeg er 34 nå. Nå vil jeg ta svennebrev som tømrer.',
      { age: 34, county: 'Telemark', completedPrimarySchool: true, completedUpperSecondary: false, practiceYears: 11, trade: 'tømrerfaget' },
    ],
    [
      'Jeg er 52 år og har jobbet på Norsk Hydro på Karmøy i 25 år, først i støperiet og så som operatør i elektrolysen. Jeg har fagbrev som industrimekaniker fra 1992. Nå er jeg permittert. Jeg er interessert i batteriindustrien.',
      // The goal is a field (batteri), not a trade: whether the years at Hydro count for it is asked.
      { age: 52, county: 'Rogaland', hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', interests: ['batteri'] },
    ],
    [
      'Hello! My name is Tomas and I am 38. I come from Lithuania and moved to Norway in 2012. First I worked on a fish farm in Hitra for three years. Now I live in Trondheim and work as a truck driver at a warehouse, 100 %. I have no fagbrev. I want to take fagbrev in logistics.',
      { age: 38, county: 'Trøndelag', hasTradeCertificate: false, employed: true, employmentPercent: 100, trade: 'logistikkfaget' },
    ],
    [
      'Kort om meg: Jeg er 46, bor på Gjøvik og er gift med to barn. Jeg jobbet tolv år som sjåfør for et budfirma, men ble oppsagt i fjor. Nå er jeg arbeidsledig og registrert hos NAV. Jeg har ikke videregående. Jeg vil gjerne ta fagbrev som yrkessjåfør.',
      { age: 46, county: 'Innlandet', completedUpperSecondary: false, employed: false, practiceYears: 12, trade: 'yrkessjåførfaget', navJobSeeker: true, practiceUntil: 2025 },
    ],
    [
      'Jeg er 29 år. Jeg gikk ut av videregående med studiekompetanse i 2013 og begynte å studere, men sluttet etter ett år. Siden har jeg jobbet i kantine og på restaurant. Nå jobber jeg som kokk på et hotell i Tromsø, 80 prosent, og har gjort det i fire år. Jeg har ikke fagbrev.',
      { age: 29, county: 'Troms', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 80, practiceYears: 4, trade: 'kokkfaget' },
    ],
    [
      'Min historie er litt lang. Jeg kom fra Somalia som 16-åring og gikk på innføringsklasse. Jeg fullførte grunnskolen i Norge, men ikke videregående. Jeg har jobbet som pleieassistent på sykehjem i Drammen i 8 år, i 50 % stilling. I tillegg har jeg hatt ekstravakter. Jeg er 33 nå og vil ta fagbrev som helsefagarbeider.',
      { age: 33, county: 'Buskerud', completedPrimarySchool: true, completedUpperSecondary: false, practiceYears: 4, practicePercent: 50, trade: 'helsearbeiderfaget' },
    ],
    [
      'Jeg er 57. Har vært ansatt i kommunen i mange år, de siste 15 årene som renholder på skolene i Hamar. Jeg jobber 60 % i dag. Jeg har fagbrev som kokk fra ungdommen, men vil ta fagbrev som renholdsoperatør også.',
      { age: 57, county: 'Innlandet', hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: true, employmentPercent: 60, practiceYears: 15, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Hei, jeg er Jonas. Jeg er 24 år og bor i Sandnes. Jeg sluttet på videregående etter vg2 fordi jeg fikk jobb. Jeg har jobbet på bilverksted i fem år, men nå er jeg mellom jobber. Jeg har lyst til å bli bilmekaniker med fagbrev.',
      { age: 24, county: 'Rogaland', completedUpperSecondary: false, employed: false, practiceYears: 5, trade: 'bilfaget' },
    ],
    [
      'I am 44 years old and I come from the Philippines. I have lived in Stavanger for eight years. At home I was a nurse, but it is not approved here. I work now as an assistant in a nursing home, 75 %. I have been there for six years. I want to take the fagbrev as helsefagarbeider.',
      { age: 44, county: 'Rogaland', employed: true, employmentPercent: 75, practiceYears: 6, trade: 'helsearbeiderfaget' },
    ],
    [
      'Hei! Eg er 48 år og bur i Førde. Eg har jobba på eit sagbruk i 20 år, heile tida fulltid. No har sagbruket lagt ned og eg er arbeidsledig. Eg er registrert hos NAV og får dagpengar. Eg har ikkje fagbrev, men vil gjerne ta fagbrev som trearbeidar.',
      { age: 48, county: 'Vestland', hasTradeCertificate: false, employed: false, practiceYears: 20, practicePercent: 100, trade: 'trearbeiderfaget', navJobSeeker: true },
    ],
    [
      'Jeg er 31 og bor i Alta. Jeg har fullført grunnskolen og tok ett år på vgs. Etter det har jeg jobbet på fiskemottak i sju år. Nå jobber jeg som vekter, 100 %, og trives godt. Jeg vil ta fagbrev i sikkerhetsfaget.',
      { age: 31, county: 'Finnmark', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 100, trade: 'sikkerhetsfaget' },
    ],
    [
      'My story: I am 50, I was an engineer in Iran but my diploma is not approved. I have worked in a warehouse in Oslo for 9 years. I am not registered at NAV. I want the fagbrev in logistikk.',
      { age: 50, county: 'Oslo', practiceYears: 9, trade: 'logistikkfaget', navJobSeeker: false },
    ],
    [
      'Jeg er alenemor med tre barn og har ikke hatt tid til skole. Jeg har bare grunnskole. I dag jobber jeg 40 % som assistent på en SFO i Kristiansund. Jeg er 35 år. Jeg vil bli barne- og ungdomsarbeider.',
      { age: 35, county: 'Møre og Romsdal', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 40, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg var på sokkelen i mange år som stillasbygger, men ble skadet. Nå går jeg på AAP. Jeg er 45 og bor i Haugesund. Jeg har fagbrev som stillasbygger.',
      { age: 45, county: 'Rogaland', hasTradeCertificate: true },
    ],
    [
      'Jeg heter Ali, 27 år. Bor i Bergen. Jeg fullførte videregående i Syria. I Norge har jeg gått på norskkurs og introduksjonsprogram. Nå har NAV sendt meg på arbeidspraksis i en barnehage. Jeg vil bli barne- og ungdomsarbeider.',
      { age: 27, county: 'Vestland', employed: false, navJobSeeker: true, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'I am 33 and live in Kongsberg with my family. I studied economics in Ukraine. Now I work as a cleaner in a hotel, 50 %. I want to take fagbrev as renholdsoperatør. I finished grunnskole and videregående in Ukraine.',
      { age: 33, county: 'Buskerud', employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Jeg har hatt mange jobber. Kjørte taxi i Oslo i fire år, jobbet på Rema i to år og har de siste seks årene vært lagermedarbeider hos Posten på Lillestrøm. Jeg er 42. Har ikke fagbrev. Vil ta fagbrev i logistikkfaget.',
      { age: 42, county: 'Akershus', hasTradeCertificate: false, practiceYears: 6, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er en kvinne på 55 år fra Steinkjer. Jeg var hjemmeværende i mange år, og begynte å jobbe på sykehjem da barna ble store. Der har jeg jobbet i ti år, hele tiden i 60 %. Jeg har aldri fullført videregående. Jeg vil gjerne ha fagbrev som helsefagarbeider før jeg blir pensjonist.',
      { age: 55, county: 'Trøndelag', completedUpperSecondary: false, practiceYears: 6, practicePercent: 60, trade: 'helsearbeiderfaget' },
    ],
    [
      'Hei. Jeg er 36 og jobber som operatør på Elkem Salten. Før det jobbet jeg fem år som butikkmedarbeider. Jeg har vært operatør i åtte år, alltid fulltid. Jeg har ikke fullført vgs. Målet er fagbrev som prosessoperatør.',
      { age: 36, county: 'Nordland', completedUpperSecondary: false, employed: true, practiceYears: 8, practicePercent: 100, trade: 'kjemiprosessfaget' },
    ],
    [
      "Hi, I'm Maria, 31. I moved from Spain to Norway 4 years ago with my boyfriend. We live in Tønsberg. In Spain I finished bachillerato. Here I have worked in a restaurant as a waitress for 3 years, 80 %. I want the Norwegian fagbrev as servitør.",
      { age: 31, county: 'Vestfold', employed: true, employmentPercent: 80, practiceYears: 3, trade: 'servitørfaget' },
    ],
    [
      'Jeg er 60 år og har jobbet som vaktmester i borettslag i Oslo i 18 år. Har ikke fagbrev. Jeg er interessert i å ta fagbrev som byggdrifter.',
      { age: 60, county: 'Oslo', hasTradeCertificate: false, practiceYears: 18, trade: 'byggdrifterfaget' },
    ],
    [
      'Dette er litt rotete, beklager. 38 år. Har jobbet litt her og der. Tre år på lager i Porsgrunn, så to år i butikk. Nå jobber jeg i hjemmetjenesten i Skien, 70 %, og har gjort det i fire år. Vil bli helsefagarbeider. Ikke registrert på NAV.',
      { age: 38, county: 'Telemark', employed: true, employmentPercent: 70, practiceYears: 4, trade: 'helsearbeiderfaget', navJobSeeker: false },
    ],
    [
      "I'm 47, from Eritrea, living in Tromsø. I have 12 years of school from Eritrea. I worked as a mechanic on cars for 10 years there. Now I work at a car workshop in Tromsø, full time, but without fagbrev. I want to get fagbrev as bilmekaniker.",
      { age: 47, county: 'Troms', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 10, trade: 'bilfaget' },
    ],
    [
      'Jeg skriver fordi NAV-veilederen min sa jeg burde sjekke fagbrev. Jeg er 30, bor i Fredrikstad, og går på AAP etter en ulykke. Før ulykken jobbet jeg som betongarbeider i seks år. Jeg har fullført vgs på bygg- og anleggsteknikk.',
      { age: 30, county: 'Østfold', completedUpperSecondary: true, practiceYears: 6, practiceUntil: 'past' },
    ],
    [
      'Hei, jeg lurer på hva jeg kan gjøre. Jeg er 43 og har vært ufør i noen år, men vil tilbake i jobb. Tidligere jobbet jeg som kokk i 15 år. Bor i Molde. Har fagbrev som kokk.',
      { age: 43, county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: false, practiceYears: 15 },
    ],
    [
      'Jeg heter Kari. Jeg jobber som barnehageassistent i Harstad, 100 % stilling. Jeg har jobbet der i 12 år. Før det var jeg hjemme med barna. Jeg er 49 år og har ikke fullført videregående. Jeg vil gjerne ta fagbrev.',
      { age: 49, county: 'Troms', completedUpperSecondary: false, employed: true, employmentPercent: 100, practiceYears: 12, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'I am 26, I was born in Norway but grew up in Pakistan. I came back five years ago and finished grunnskole for adults here. Now I work as a bus driver in Oslo. I have been a driver for 4 years. I want to take fagbrev.',
      { age: 26, county: 'Oslo', completedPrimarySchool: true, employed: true, practiceYears: 4, trade: 'yrkessjåførfaget' },
    ],
    [
      'Jeg er 34. Jobbet som elektrikerlærling i to år men fikk aldri fagbrev fordi firmaet gikk konkurs. Siden har jeg jobbet på lager. Nå er jeg arbeidsledig og får dagpenger. Bor i Sarpsborg. Jeg vil fullføre og bli elektriker.',
      { age: 34, county: 'Østfold', hasTradeCertificate: false, employed: false, practiceYears: 2, trade: 'elektrikerfaget', navJobSeeker: true },
    ],
  ]);
});

describe('school finished or not, said plainly', () => {
  eachProfile([
    ['Jeg har fullført videregående skole', { completedUpperSecondary: true }],
    ['ferdig med vgs', { completedUpperSecondary: true }],
    ['jeg gikk ut av videregående i 2004', { completedUpperSecondary: true }],
    ['tok vgs på yrkesfag', { completedUpperSecondary: true }],
    ['har vg3 fra studiespesialisering', { completedUpperSecondary: true }],
    ['har fullført vg3', { completedUpperSecondary: true }],
    ['har generell studiekompetanse fra Norge', { completedUpperSecondary: true }],
    ['droppet ut av vgs etter et halvt år', { completedUpperSecondary: false }],
    ['jeg sluttet på videregående', { completedUpperSecondary: false }],
    ['har ikke gjort ferdig videregående', { completedUpperSecondary: false }],
    ['videregående: nei', { completedUpperSecondary: false }],
    ['Fullført videregående: ja', { completedUpperSecondary: true }],
    ['har grunnskole fra hjemlandet', {}],
    ['gikk på skole i 9 år i Afghanistan', {}],
    ['har fullført grunnskolen', { completedPrimarySchool: true }],
    ['har ungdomsskole', { completedPrimarySchool: true }],
    ['har ikke fullført ungdomsskolen', { completedPrimarySchool: false }],
    ['fullførte grunnskole for voksne i fjor', { completedPrimarySchool: true }],
    ['tok grunnskolen på voksenopplæringen', { completedPrimarySchool: true }],
    ['har bare grunnskole', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['jeg har vitnemål fra videregående', { completedUpperSecondary: true }],
    ['jeg fullførte aldri videregående', { completedUpperSecondary: false }],
    ['begynte på vgs men fullførte ikke', { completedUpperSecondary: false }],
    ['har gått tre år på videregående og bestått alt', { completedUpperSecondary: true }],
    ['fullførte påbygg i 2019', { completedUpperSecondary: true }],
    ['ingen videregående', { completedUpperSecondary: false }],
    ['har vgs fra Norge og fagbrev som tømrer', { completedUpperSecondary: true, hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['har ikke grunnskole fra Norge', {}],
    ['Skole: grunnskole fullført, vgs ikke fullført', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['avbrøt videregående etter vg2', { completedUpperSecondary: false }],
    ['er ferdig med videregående og jobber nå', { completedUpperSecondary: true, employed: true }],
    ['Jeg tok videregående på kveldstid for noen år siden', { completedUpperSecondary: true }],
    ['fullførte ikke grunnskolen', { completedPrimarySchool: false }],
  ]);
});

describe('NAV status', () => {
  eachProfile([
    ['er registrert som arbeidssøker hos NAV', { navJobSeeker: true }],
    ['går på tiltak gjennom NAV', { employed: false, navJobSeeker: true }],
    ['NAV har sendt meg hit', {}],
    ['har AAP fra NAV', {}],
    ['mottar arbeidsavklaringspenger', {}],
    ['får AAP og er registrert arbeidssøker', { navJobSeeker: true }],
    ['er ikke registrert hos NAV', { navJobSeeker: false }],
    ['har ikke meldt meg til NAV enda', { navJobSeeker: false }],
    ['er arbeidssøker hos nav', { navJobSeeker: true }],
    ['går på kurs via NAV for arbeidsledige', { employed: false, navJobSeeker: true }],
    ['har arbeidspraksis gjennom NAV på et sykehjem', { employed: false, navJobSeeker: true }],
    ['registrert ledig', { employed: false, navJobSeeker: true }],
    ['meldt arbeidsledig på nav i januar', { employed: false, navJobSeeker: true }],
    ['ikke registrert som arbeidssøker, jobber deltid', { employed: true, navJobSeeker: false }],
    ['er helt ledig og står tilmeldt NAV', { employed: false, navJobSeeker: true }],
    ['fikk jobb nå, så jeg er ikke lenger registrert hos NAV', { employed: true, navJobSeeker: false }],
  ]);
});

describe('practice with the stilling it was done in', () => {
  eachProfile([
    ['har jobbet 6 år i 70 % som helsefagarbeider', { practiceYears: 4.2, practicePercent: 70, trade: 'helsearbeiderfaget' }],
    ['jobbet halv stilling i fire år på lager', { practiceYears: 2, practicePercent: 50 }],
    ['har jobbet i 80 % stilling i 5 år som kokk', { practiceYears: 5, practicePercent: 80, trade: 'kokkfaget' }],
    ['har åtte års erfaring i 50 prosent stilling fra sykehjem', { practiceYears: 4, practicePercent: 50, trade: 'helsearbeiderfaget' }],
    ['har jobbet fulltid som renholder i 7 år', { practiceYears: 7, practicePercent: 100, trade: 'renholdsoperatørfaget' }],
    ['har 3 års praksis i full stilling som tømrer', { practiceYears: 3, practicePercent: 100, trade: 'tømrerfaget' }],
    ['har jobba i 60 prosent i seks år på butikk', { practiceYears: 3.6, practicePercent: 60, trade: 'salgsfaget' }],
    ['har jobbet 12 år i 75 % stilling som lagermedarbeider', { practiceYears: 9, practicePercent: 75, trade: 'logistikkfaget' }],
    ['har jobbet tre og et halvt år i 50 % som barnehageassistent', { practiceYears: 1.75, practicePercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har jobbet halvannet år i 100 % stilling som sveiser', { practiceYears: 1.5, practicePercent: 100, trade: 'sveisefaget' }],
    ['jeg har jobbet i 90 prosent stilling på sykehjem i 4 år', { practiceYears: 4, practicePercent: 90, trade: 'helsearbeiderfaget' }],
    ['har 5 års erfaring som kokk, alltid i 50 % stilling', { practiceYears: 2.5, practicePercent: 50, trade: 'kokkfaget' }],
    ['har jobbet som vekter i 6 år, hele tiden i 70 % stilling', { practiceYears: 4.2, practicePercent: 70, trade: 'sikkerhetsfaget' }],
    ['har jobbet 20 år i halv stilling som renholder', { practiceYears: 10, practicePercent: 50, trade: 'renholdsoperatørfaget' }],
    ['har jobba 4 år som tømrer', { practiceYears: 4, trade: 'tømrerfaget' }],
    ['jeg har jobbet 10 år som barne- og ungdomsarbeider i 80 prosent', { practiceYears: 10, practicePercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har jobbet deltid, 40 %, i barnehage i 10 år', { practiceYears: 4, practicePercent: 40, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har jobbet i 25 prosent stilling som assistent i barnehage i 8 år', { practiceYears: 2, practicePercent: 25, trade: 'barne- og ungdomsarbeiderfaget' }],
  ]);
});

describe('trades, by title, workplace, nynorsk form and misspelling', () => {
  eachProfile([
    ['jobber som helsefagarbeider i hjemmetjenesten', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jobber i rørleggerfirma som hjelpegutt, vil bli rørlegger', { employed: true, trade: 'rørleggerfaget' }],
    ['vil ta fagbrev som anleggsmaskinfører', { trade: 'anleggsmaskinførerfaget' }],
    // Asking whether one can become it names the goal too: the years in the shop are no practice in that trade.
    ['har jobbet i en dagligvarebutikk i 18 år. kan jeg bli helsefagarbeider?', { trade: 'helsearbeiderfaget' }],
    // So does asking what to do, or how, to become it.
    ['jobbet i kassa på en bensinstasjon i ti år. hva må jeg gjøre for å bli kokk?', { trade: 'kokkfaget' }],
    ['har vore butikkmedarbeidar lenge. korleis kan eg bli tømrar?', { trade: 'tømrerfaget' }],
    ['kjører gravemaskin for et entreprenørfirma', { employed: true, trade: 'anleggsmaskinførerfaget' }],
    ['jobber som maskinfører', { employed: true, trade: 'anleggsmaskinførerfaget' }],
    ['jobber på bakeri', { employed: true, trade: 'bakerfaget' }],
    ['jobber som servitør på en restaurant i Bergen', { county: 'Vestland', employed: true, trade: 'servitørfaget' }],
    ['jobber som laborant uten fagbrev', { hasTradeCertificate: false, employed: true, trade: 'laborantfaget' }],
    ['jobber på et lakseoppdrett i Lofoten', { county: 'Nordland', employed: true, trade: 'akvakulturfaget' }],
    ['er frisør, men har ikke fagbrev', { hasTradeCertificate: false, employed: true, trade: 'frisørfaget' }],
    ['jobber som platearbeider på verkstedet', { employed: true, trade: 'platearbeiderfaget' }],
    ['jobber som CNC-operatør', { employed: true, trade: 'cnc-maskineringsfaget' }],
    ['jobber som skogsarbeider', { employed: true, trade: 'skogfaget' }],
    ['er matros på en ferje', { employed: true, trade: 'matrosfaget' }],
    ['vil ta fagbrev som automatiker', { trade: 'automatiseringsfaget' }],
    ['vil bli energimontør', { trade: 'energimontørfaget' }],
    ['vil bli flislegger', { trade: 'murer- og flisleggerfaget' }],
    ['vil ta fagbrev i betongfaget', { trade: 'betongfaget' }],
    ['jobber som ambulansearbeider', { employed: true, trade: 'ambulansefaget' }],
    ['jobber som aktivitør på et dagsenter', { employed: true, trade: 'aktivitørfaget' }],
    ['jobber som institusjonskokk på et sykehjem', { employed: true, trade: 'institusjonskokkfaget' }],
    ['har fagbrev som rørlegger og vil bli elektriker', { hasTradeCertificate: true, certificateTrade: 'rørleggerfaget', trade: 'elektrikerfaget' }],
    ['vil bli elektrikar', { trade: 'elektrikerfaget' }],
    ['jobbar som bilmekanikar', { employed: true, trade: 'bilfaget' }],
    ['vil ta fagbrev som industrimekanikar', { trade: 'industrimekanikerfaget' }],
    ['jobbar som reinhaldar', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['jobbar som sveisar på verftet i Ulsteinvik', { county: 'Møre og Romsdal', employed: true, trade: 'sveisefaget' }],
    ['jobber som truckfører på Tine i Verdal', { county: 'Trøndelag', employed: true, trade: 'logistikkfaget' }],
    ['jobber som sekretær på et kontor', { employed: true, trade: 'kontor- og administrasjonsfaget' }],
    ['jobber med IT-support i kommunen', { employed: true, trade: 'ikt-servicefaget' }],
  ]);
});

describe('work now or not', () => {
  eachProfile([
    ['er permittert for tiden', {}],
    ['er sykmeldt 50 %', {}],
    ['jobber ikke, er hjemme med barna', { employed: false }],
    ['er mellom to jobber nå', { employed: false }],
    ['har fast jobb i 100 % stilling', { employed: true, employmentPercent: 100 }],
    ['jobber redusert, 80 %', { employed: true, employmentPercent: 80 }],
    ['jobber fulltid', { employed: true, employmentPercent: 100 }],
    ['er student og har ingen jobb', { employed: false }],
    ['har sluttet i jobben og er arbeidsløs nå', { employed: false, practiceUntil: 'past' }],
    ['er ansatt i et vikarbyrå og jobber på lager', { employed: true, trade: 'logistikkfaget' }],
    ['jobber ca 50 % på sykehjem', { employed: true, employmentPercent: 50, trade: 'helsearbeiderfaget' }],
    ['i jobb, 100%', { employed: true, employmentPercent: 100 }],
    ['ikke i jobb for øyeblikket', { employed: false }],
    ['er arbeidsledig etter konkursen', { employed: false }],
    ['har vært uten jobb i et halvt år', { employed: false }],
    ['er i foreldrepermisjon', {}],
    ['er pensjonert', { employed: false }],
    ['jobber halv stilling som sjåfør', { employed: true, employmentPercent: 50, trade: 'yrkessjåførfaget' }],
    ['jobber i full stilling som tømrer', { employed: true, employmentPercent: 100, trade: 'tømrerfaget' }],
    ['jobber deltid på Kiwi', { employed: true, trade: 'salgsfaget' }],
  ]);
});

describe('a second round: heavier typos, English as learners write it, stories and plain statements', () => {
  eachProfile([
    ['jeg er ikke ferdig med videregånde', { completedUpperSecondary: false }],
    ['har fullfort grunnskolen og vgs', { completedPrimarySchool: true, completedUpperSecondary: true }],
    ['har ikke fulfort videregånde skole', { completedUpperSecondary: false }],
    ['er registerert som arbeidsøker på nav', { navJobSeeker: true }],
    ['er arbeisledig nå', { employed: false }],
    ['jeg jobbr som lagerarbeider 80 prosnt', { employed: true, employmentPercent: 80, trade: 'logistikkfaget' }],
    ['har jobbet som sveisser i 15 år', { practiceYears: 15, trade: 'sveisefaget' }],
    ['har jobba på sykehjemet i 6 år i 50% stiling', { practiceYears: 3, practicePercent: 50, trade: 'helsearbeiderfaget' }],
    ['jobber i bhg 100%', { employed: true, employmentPercent: 100, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har fagbrev som helsefagarbeider fra 2015', { hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget' }],
    ['jeg har ingen fagbrev men jobbet som snekker i 20år', { hasTradeCertificate: false, practiceYears: 20 }],
    ['er ufør', { employed: false }],
    ['e sykemeldt fra jobben', {}],
    ['jeg har ikke vært registrert på nav', { navJobSeeker: false }],
    ['tok vgs men stryk i to fag', { completedUpperSecondary: false }],
    ['gjikk ut av ungdomskolen i 2005', { completedPrimarySchool: true }],
    ['gikk ut av ungdomskulen', { completedPrimarySchool: true }],
    ['har grunnskolen fra Norge men ikke videregående', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['vidergaende skole er fullført', { completedUpperSecondary: true }],
    ['jobbet som renholdr i 4 år, jobber nå på lager', { employed: true, trade: 'logistikkfaget' }],
    ['I am working like cleaner in Oslo since 5 years', { county: 'Oslo', employed: true, practiceYears: 5, trade: 'renholdsoperatørfaget' }],
    ['I have fagbrev like electrician from Poland', {}],
    ['i am unemployed and registred in nav', { employed: false, navJobSeeker: true }],
    ['I work 3 years as kitchen assistant and now I want fagbrev as cook', { employed: true, practiceYears: 3, trade: 'kokkfaget' }],
    ['I have not any trade certificate', { hasTradeCertificate: false }],
    ['I have finished the norwegian high school', { completedUpperSecondary: true }],
    ['I did not finish videregående', { completedUpperSecondary: false }],
    ['I am in NAV tiltak now', { employed: false, navJobSeeker: true }],
    ['I receive AAP from NAV and I am not working', { employed: false }],
    ['I work as a helsefagarbeider without fagbrev 75%', { hasTradeCertificate: false, employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['My experience is 7 years as a welder', { practiceYears: 7, trade: 'sveisefaget' }],
    ['I have 10 years experience in construction as carpenter', { practiceYears: 10, trade: 'tømrerfaget' }],
    ['I am 38 and live in Trondheim, I work in barnehage 50 percent', { age: 38, county: 'Trøndelag', employed: true, employmentPercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I have been a bus driver in Bergen for 12 years', { county: 'Vestland', practiceYears: 12, trade: 'yrkessjåførfaget' }],
    ['I completed 10th grade in Norway', { completedPrimarySchool: true }],
    ["I was working in a shop for 5 years but now I am a student and don't work", { employed: false, practiceYears: 5 }],
    ["I don't work now, I am on AAP", { employed: false }],
    ['I work in a hotel as receptionist in Tromsø', { county: 'Troms', employed: true }],
    ['I am working at Hydro in Sunndalsøra as process operator, full time', { county: 'Møre og Romsdal', employed: true, employmentPercent: 100, trade: 'kjemiprosessfaget' }],
    // (Where the work is names the trade, as "smelteverket" does in Norwegian.)
    ['I have worked 9 years at the silicon plant in Kristiansand', { county: 'Agder', practiceYears: 9, trade: 'kjemiprosessfaget' }],
    ['I have been an operator at a smelting plant in Ålvik for 6 years', { county: 'Vestland', practiceYears: 6, trade: 'kjemiprosessfaget' }],
    [
      'Hei! Jeg er 39 år gammel og kommer opprinnelig fra Trondheim, men bor nå i Bodø. Jeg har jobbet som kokk i mange år, først på restaurant og nå på et sykehjem. Der jobber jeg 80 %. Jeg har ikke fagbrev, og jeg fullførte aldri videregående. Jeg tenker å ta fagbrev som institusjonskokk.',
      { age: 39, county: 'Nordland', completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 80, trade: 'institusjonskokkfaget' },
    ],
    [
      'Jeg heter Per og er 50. Jeg har jobbet 30 år i industrien, mest som maskinoperatør. For to år siden ble jeg syk og nå er jeg ufør på heltid. Bor på Gjøvik. Jeg har fagbrev som industrimekaniker.',
      { age: 50, county: 'Innlandet', hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', employed: false, practiceYears: 30 },
    ],
    [
      "I came to Norway in 2010 from Iraq. First I learned Norwegian and then I worked in a kindergarten for 6 years as an assistant, but 60 %. Now I don't work because of my back. I am 48 and I live in Stavanger. I want to become barne- og ungdomsarbeider when I am healthy.",
      { age: 48, county: 'Rogaland', employed: false, practiceYears: 3.6, practicePercent: 60, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg er 28 år og har to barn. Jeg gikk på studiespesialisering men fullførte ikke. Har jobbet på Kiwi i fire år, mest i 50 % stilling, og er fortsatt der. Bor i Arendal. Er ikke registrert på NAV.',
      { age: 28, county: 'Agder', completedUpperSecondary: false, employed: true, practiceYears: 2, practicePercent: 50, trade: 'salgsfaget', navJobSeeker: false },
    ],
    [
      'Min bakgrunn: Grunnskole i Norge. Vgs påbegynt (helse og oppvekst), ikke fullført. Jobbet 4 år i barnehage (50 %) og 2 år på sykehjem (100 %). Nå arbeidsledig, registrert hos NAV. 34 år, bosatt i Lillehammer. Ønsker fagbrev som helsefagarbeider.',
      { age: 34, county: 'Innlandet', completedPrimarySchool: true, completedUpperSecondary: false, employed: false, practiceYears: 2, practicePercent: 100, trade: 'helsearbeiderfaget', navJobSeeker: true },
    ],
    [
      "Hi. I'm 31, from Kenya, and I've lived in Kristiansand for six years. I work as a cleaner at the hospital, 100 %, and I have done this for four years. I have no fagbrev. I finished secondary school in Kenya. I want to take the fagbrev as renholdsoperatør.",
      { age: 31, county: 'Agder', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 4, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Eg heiter Sigrid og er 52. Eg har budd i Volda heile livet. Eg har jobba som assistent i heimetenesta i 20 år, i 60 prosent stilling. Eg har ikkje fagbrev og berre grunnskule. No vil eg bli helsefagarbeidar.',
      { age: 52, county: 'Møre og Romsdal', completedPrimarySchool: true, completedUpperSecondary: false, hasTradeCertificate: false, practiceYears: 12, practicePercent: 60, trade: 'helsearbeiderfaget' },
    ],
    [
      'Jeg er 44. Jobbet i 15 år som selger i en elektrobutikk, men butikken ble nedlagt i fjor. Siden da har jeg vært arbeidsledig og gått på dagpenger. Jeg har studiekompetanse. Jeg bor i Tønsberg og vil gjerne over i logistikk eller transport.',
      { age: 44, county: 'Vestfold', completedUpperSecondary: true, employed: false, navJobSeeker: true, interests: ['logistikk', 'transport'] },
    ],
    [
      'Hei, jeg er 26 og jobber som lærling i et elektrofirma i Bergen. Jeg har fullført vg2 elektro. Jeg vil bli elektriker.',
      { age: 26, county: 'Vestland', completedUpperSecondary: false, employed: true, trade: 'elektrikerfaget' },
    ],
    [
      'Jeg har vært hjemme med barna i 8 år og har ikke jobbet siden. Før det jobbet jeg som frisør i 5 år. Har fagbrev som frisør. 37 år, bor i Skien.',
      { age: 37, county: 'Telemark', hasTradeCertificate: true, certificateTrade: 'frisørfaget', employed: false, practiceYears: 5 },
    ],
    ['Fullført grunnskole og vgs i Norge', { completedPrimarySchool: true, completedUpperSecondary: true }],
    ['har fullført allmennfag', { completedUpperSecondary: true }],
    ['har ikke fullført videregående, mangler matte', { completedUpperSecondary: false }],
    ['jeg tok aldri videregående', { completedUpperSecondary: false }],
    ['har 10 år skole fra Norge', { completedPrimarySchool: true }],
    ['står registrert som arbeidssøker', { navJobSeeker: true }],
    ['er på arbeidsavklaringspenger og ikke registrert som arbeidssøker', { navJobSeeker: false }],
    ['har vært på tiltak i regi av NAV siden mars', { employed: false, navJobSeeker: true }],
    ['jobber som miljøarbeider på en bolig', { employed: true }],
    ['jobber som assistent på SFO 40 %', { employed: true, employmentPercent: 40, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobber som pleiemedhjelper på sjukeheimen, 70 prosent', { employed: true, employmentPercent: 70, trade: 'helsearbeiderfaget' }],
    ['jobber som sjåfør for Posten, kjører lastebil', { employed: true, trade: 'yrkessjåførfaget' }],
    ['har jobbet 18 måneder som lagerarbeider', { practiceYears: 1.5, trade: 'logistikkfaget' }],
    ['har ca 7 års erfaring fra byggebransjen som tømrer', { practiceYears: 7, trade: 'tømrerfaget' }],
    ['har jobbet to og et halvt år i barnehage', { practiceYears: 2.5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobba 3 år i 100 % og så 2 år i 50 % som renholder', { practiceYears: 4 }],
    ['jeg er 100% ufør', { employed: false }],
    ['jobber 20 timer i uka på sykehjem', { employed: true, employmentPercent: 53, trade: 'helsearbeiderfaget' }],
    ['er sesongarbeider på fiskebruk', { employed: true }],
  ]);
});

describe('a third round: typos in the words that matter, English, stories and plain statements', () => {
  eachProfile([
    ['jeg har ikke fagbrev og er arbeidsledi for tiden', { hasTradeCertificate: false, employed: false }],
    ['har jobbet som helsefagarbieder i 12 år på sykehjemmet i Bodø', { county: 'Nordland', practiceYears: 12, trade: 'helsearbeiderfaget' }],
    ['jobber som barnehageassistnet 60%', { employed: true, employmentPercent: 60, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['er 31 år og jobber som rengjøringsassistent', { age: 31, employed: true, trade: 'renholdsoperatørfaget' }],
    ['har gått ut av vgs', { completedUpperSecondary: true }],
    ['jeg har fullførrt grunnskole men ikke vgs', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har vert arbeidsledig i et år', { employed: false }],
    ['jobber 50 prosent som asisstent i barnehagen', { employed: true, employmentPercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg jobber som lagermedarbeider på Tine i Bergen og har gjort det i ca. 9 år', { county: 'Vestland', employed: true, practiceYears: 9, trade: 'logistikkfaget' }],
    ['jeg er reg. arbeidssøker', { navJobSeeker: true }],
    ['har ikke registrert meg hos nav ennå', { navJobSeeker: false }],
    ['fikk fagbrevet som tømrer i 2010', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['jeg har svennebrev i rørlegger faget', { hasTradeCertificate: true, certificateTrade: 'rørleggerfaget' }],
    ['jeg har et fagbrev i salg og service', { hasTradeCertificate: true, certificateTrade: 'salgsfaget' }],
    ['vil ta fagbrev i kontor og administrasjon', { trade: 'kontor- og administrasjonsfaget' }],
    ['jeg jobber som kokk og har jobba som det i 6 år', { employed: true, practiceYears: 6, trade: 'kokkfaget' }],
    ['jobber som ambulansesjafør', { employed: true, trade: 'ambulansefaget' }],
    ['har fullført videregående skole i Norge i 2001', { completedUpperSecondary: true }],
    ['jeg er helt arbeidsløs', { employed: false }],
    ['I am 52 years old woman from Somalia, living in Oslo. I work as cleaner 40 percent.', { age: 52, county: 'Oslo', employed: true, employmentPercent: 40, trade: 'renholdsoperatørfaget' }],
    ['I have 6 years work experience as a chef in Norway', { practiceYears: 6, trade: 'kokkfaget' }],
    ['I finished the grunnskole for adults last year', { completedPrimarySchool: true }],
    ["I didn't finish vgs in Norway", {}],
    ['I am looking for work and registered as job seeker', { navJobSeeker: true }],
    ['I work in a barnehage in Drammen, 100%', { county: 'Buskerud', employed: true, employmentPercent: 100, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I have svennebrev as a carpenter from Norway', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['I want to retrain as an electrician', { trade: 'elektrikerfaget' }],
    ['I am 60 and pensioner but I want to work', { age: 60, employed: false }],
    ['My work is 80% in a nursing home', { employed: true, employmentPercent: 80, trade: 'helsearbeiderfaget' }],
    ['I have a permanent job as a welder, full time', { employed: true, employmentPercent: 100, trade: 'sveisefaget' }],
    ['I live in Bergen and I am on introduction program', { county: 'Vestland', employed: false }],
    ['I worked in Poland as a bricklayer 15 years', { practiceYears: 15, practiceUntil: 'past', practiceAbroad: true }],
    ['Now I work in a fish factory in Ålesund', { county: 'Møre og Romsdal', employed: true }],
    [
      'Jeg er 45 år og jobber i dag som vaktmester på en skole i Gjøvik, 100 % stilling. Jeg har vært der i sju år. Tidligere jobbet jeg som snekker i mange år, men jeg har aldri tatt svennebrev. Jeg har fullført grunnskolen. Nå lurer jeg på om jeg kan ta fagbrev som byggdrifter.',
      { age: 45, county: 'Innlandet', completedPrimarySchool: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 7, trade: 'byggdrifterfaget' },
    ],
    [
      "Hello, I'm Olga, 37. I moved from Ukraine in 2022 and live in Sandnes. I work in a kindergarten as an assistant, 70 %, since last year. In Ukraine I was a teacher. I don't have a Norwegian fagbrev. I want to become barne- og ungdomsarbeider.",
      { age: 37, county: 'Rogaland', hasTradeCertificate: false, employed: true, employmentPercent: 70, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Hei, jeg er 33 og har jobbet på lager i Oslo siden jeg var 20. Jeg har aldri fullført videregående. Nå er jeg sykmeldt, men jeg skal tilbake i jobb snart. Jeg vil ta fagbrev i logistikk.',
      { age: 33, county: 'Oslo', completedUpperSecondary: false, practiceYears: 13, trade: 'logistikkfaget' },
    ],
    [
      'Jeg har alltid jobbet med mat. Først på bakeri i fire år, så på kjøkkenet på et hotell i Trondheim de siste ti årene. Jeg er 40 og har ikke fagbrev. Jeg har lyst til å ta fagbrev som kokk.',
      { age: 40, county: 'Trøndelag', hasTradeCertificate: false, practiceYears: 10, trade: 'kokkfaget' },
    ],
    [
      'Jeg er 55 og har vært sjåfør hele livet. Nå kjører jeg buss i Tromsø, 80 %. Jeg har ikke fagbrev, og jeg har bare ungdomsskolen.',
      { age: 55, county: 'Troms', completedPrimarySchool: true, completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 80, trade: 'yrkessjåførfaget' },
    ],
    [
      'Kort fortalt: 29 år, bor i Kristiansand, jobber som servitør 60 %. Har jobbet som servitør i 5 år. Har vgs fra restaurant- og matfag, men ikke fagbrev. Er ikke registrert hos Nav.',
      { age: 29, county: 'Agder', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 60, practiceYears: 5, trade: 'servitørfaget', navJobSeeker: false },
    ],
    ['har fullført vgs på byggfag', { completedUpperSecondary: true }],
    ['har ikke tatt videregående', { completedUpperSecondary: false }],
    ['jeg har bare ungdomsskolen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['grunnskolen fullførte jeg i Norge', { completedPrimarySchool: true }],
    // Dagpenger are paid to the permittert too: whether there is work now is left open.
    ['får dagpenger fra nav etter at jeg ble oppsagt', { navJobSeeker: true }],
    ['er på jobbklubb', { employed: false, navJobSeeker: true }],
    ['jobber som fagarbeider på et sykehjem uten fagbrev', { hasTradeCertificate: false, employed: true, trade: 'helsearbeiderfaget' }],
    ['har jobbet på anlegg som maskinfører i 9 år, 100 % hele tiden', { practiceYears: 9, practicePercent: 100, trade: 'anleggsmaskinførerfaget' }],
    ['jobbet 8 år på sagbruk, nå arbeidsledig', { employed: false, practiceYears: 8 }],
  ]);
});

describe('a fourth round: work now or not, typed fast and in learners\u2019 English', () => {
  eachProfile([
    ['er fast ansatt', { employed: true }],
    ['jeg har fast stilling på et sykehjem', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jober i butikk', { employed: true, trade: 'salgsfaget' }],
    ['jobbber på lager', { employed: true, trade: 'logistikkfaget' }],
    ['arbeder som renholder', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['er i arbeid', { employed: true }],
    ['jobber turnus på sykehjem', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jobbr deltid i barnehage', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg e i jobb 100 prosent', { employed: true, employmentPercent: 100 }],
    ['har jobb som sjåfør', { employed: true, trade: 'yrkessjåførfaget' }],
    ['I have a job in a shop', { employed: true, trade: 'salgsfaget' }],
    ["I'm working as a cleaner", { employed: true, trade: 'renholdsoperatørfaget' }],
    ['I am employed in a kindergarten', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['currently working as a welder', { employed: true, trade: 'sveisefaget' }],
    ['I am working part-time in a nursing home', { employed: true, trade: 'helsearbeiderfaget' }],
    ['I have part time job as cleaner', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['my job is cleaning at a hospital', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['I work night shifts at a nursing home', { employed: true, trade: 'helsearbeiderfaget' }],
    ['har ikkje jobb', { employed: false }],
    ['er uten jobb nå', { employed: false }],
    ['arbedsledig', { employed: false }],
    ['jeg er arbeidsledigg', { employed: false }],
    ['går ledig', { employed: false }],
    ['har mista jobben', { employed: false }],
    ['I have no job', { employed: false }],
    ['I am jobless', { employed: false }],
    ['I am not employed', { employed: false }],
    ['I lost job last year', { employed: false }],
    ['no work now', { employed: false }],
    ['I am without work', { employed: false }],
    ["I'm a housewife", { employed: false }],
    ['I am unemployed since 2023', { employed: false }],
    ['I am on unemployment benefit', { navJobSeeker: true }],
    ['I am registered in NAV as job seeker', { navJobSeeker: true }],
    ['I am not registered in NAV', { navJobSeeker: false }],
    ['I get money from NAV', {}],
    ['I have finished grunnskole', { completedPrimarySchool: true }],
    ['I went to videregående but did not finish', { completedUpperSecondary: false }],
    ['I have no videregående', { completedUpperSecondary: false }],
    ['I have studiekompetanse', { completedUpperSecondary: true }],
    ['I have 9 years of school from Syria', {}],
    ['I finished high school in Norway in 2010', { completedUpperSecondary: true }],
    ['har fulført vgs', { completedUpperSecondary: true }],
    ['fullførte vgs', { completedUpperSecondary: true }],
    ['ferdig med grunnskolen', { completedPrimarySchool: true }],
    ['har ikke fullført grunnskole', { completedPrimarySchool: false }],
    ['har ikkje vidaregåande', { completedUpperSecondary: false }],
    ['droppet ut av videregaende', { completedUpperSecondary: false }],
    ['har vg3', { completedUpperSecondary: true }],
    ['har bare vg1', { completedUpperSecondary: false }],
    ['er registrert hos NAV', { navJobSeeker: true }],
    ['er ikkje registrert hjå nav', { navJobSeeker: false }],
    ['er meldt ledig hos nav', { employed: false, navJobSeeker: true }],
    ['får dagpengar frå nav', { navJobSeeker: true }],
    ['har 5 års praksis som kokk', { practiceYears: 5, trade: 'kokkfaget' }],
    ['har jobba 2 år i 100 % som tømrer', { practiceYears: 2, practicePercent: 100, trade: 'tømrerfaget' }],
    ['har 4 års erfaring i 60 prosent stilling på lager', { practiceYears: 2.4, practicePercent: 60, trade: 'logistikkfaget' }],
    ['jobbet fire år halv stilling som renholder', { practiceYears: 2, practicePercent: 50 }],
    ['I have worked 7 years 50 % as a cook', { practiceYears: 3.5, practicePercent: 50, trade: 'kokkfaget' }],
  ]);
});

describe('a fifth round: where, which trade, dialect, stories', () => {
  eachProfile([
    ['jobber på Equinor på Mongstad', { county: 'Vestland', employed: true }],
    ['bur i Sogndal og jobbar på hotell', { county: 'Vestland', employed: true }],
    ['jobber offshore men bor i Kristiansund', { county: 'Møre og Romsdal', employed: true }],
    ['jobber på Mo i Rana, bor i Hemnes', { county: 'Nordland', employed: true }],
    ['er fra Bergen, men har bodd i Oslo i 10 år', { county: 'Oslo' }],
    ['jeg bor på Hamar og jobber på Elverum', { county: 'Innlandet', employed: true }],
    ['bor i Bærum, jobber i Asker', { county: 'Akershus', employed: true }],
    ['hei fra Hammerfest', { county: 'Finnmark' }],
    ['bor på Tynset', { county: 'Innlandet' }],
    ['jobber på Kårstø', { county: 'Rogaland', employed: true }],
    ['jobber som renholder på sykehuset i Levanger', { county: 'Trøndelag', employed: true, trade: 'renholdsoperatørfaget' }],
    ['jobber som bussjåfør', { employed: true, trade: 'yrkessjåførfaget' }],
    ['jobber som pleieassistent i hjemmetjenesten', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jobber som bilmekaniker', { employed: true, trade: 'bilfaget' }],
    ['jobber som elektrikerlærling', { employed: true, trade: 'elektrikerfaget' }],
    ['er lærling som tømrer', { employed: true, trade: 'tømrerfaget' }],
    ['jobber som kokk på en kantine', { employed: true, trade: 'kokkfaget' }],
    ['jobber som prosessoperatør på Herøya', { county: 'Telemark', employed: true, trade: 'kjemiprosessfaget' }],
    ['vil bli sjåfør', { trade: 'yrkessjåførfaget' }],
    ['vil jobbe med barn', { interests: ['oppvekst'] }],
    ['vil jobbe i helsevesenet', { interests: ['helse'] }],
    ['ønsker å omskolere meg til helsefagarbeider', { trade: 'helsearbeiderfaget' }],
    ['æ e 44 og jobbe på lageret te Rema i Trondheim', { age: 44, county: 'Trøndelag', employed: true, trade: 'logistikkfaget' }],
    ['eg har jobba som reinhaldar i 10 år, 50 prosent heile tida', { practiceYears: 5, practicePercent: 50, trade: 'renholdsoperatørfaget' }],
    ['æ har itj fagbrev men har jobba i barnehage i 6 år', { hasTradeCertificate: false, practiceYears: 6, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['eg har ikkje fullført vgs, berre ungdomsskulen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['jobbe som sjåfør på heiltid', { employed: true, employmentPercent: 100, trade: 'yrkessjåførfaget' }],
    ['e e arbeidsledig og registrert på nav', { employed: false, navJobSeeker: true }],
    ['æ bor i Bodø og jobbe på sjukehuset som reinhaldar', { county: 'Nordland', employed: true, trade: 'renholdsoperatørfaget' }],
    [
      'Hei. Jeg er 37 år, bor i Ski og jobber i Oslo som vekter. Jeg har jobbet som vekter i 8 år, alltid i 100 % stilling. Før det var jeg i Forsvaret. Jeg har fullført videregående. Jeg vil ta fagbrev i sikkerhetsfaget.',
      { age: 37, completedUpperSecondary: true, employed: true, practiceYears: 8, practicePercent: 100, trade: 'sikkerhetsfaget' },
    ],
    [
      "Hi! I'm 42 and I live in Fredrikstad with my wife and two kids. I came from Eritrea in 2012. I have worked as a bus driver for the last 6 years, full time. Before that I worked in a warehouse. I want to take fagbrev as yrkessjåfør.",
      { age: 42, county: 'Østfold', employed: true, employmentPercent: 100, practiceYears: 6, trade: 'yrkessjåførfaget' },
    ],
    [
      'Jeg er 30 og kommer fra Polen. Jeg har bodd i Norge i 6 år. Jeg har jobbet som tømrer hele tiden, først i Oslo og nå i Drammen. Jeg har ikke svennebrev. Jeg har fullført videregående i Polen.',
      { age: 30, county: 'Buskerud', hasTradeCertificate: false, employed: true, trade: 'tømrerfaget' },
    ],
    ['bor i Oslo', { county: 'Oslo' }],
    ['jeg er 24', { age: 24 }],
    ['fullført vgs i 2019, jobber nå som lagerarbeider', { completedUpperSecondary: true, employed: true, trade: 'logistikkfaget' }],
    // "36 år" after the work could be its length as well as the age: neither is taken.
    ['har ikke fagbrev, jobber 100 % i barnehage, 36 år', { hasTradeCertificate: false, employed: true, employmentPercent: 100, trade: 'barne- og ungdomsarbeiderfaget' }],
  ]);
});

describe('a sixth round: words typed apart, letters swapped, doubled and dropped', () => {
  eachProfile([
    ['er arbeids ledig', { employed: false }],
    ['har ikke fag brev', { hasTradeCertificate: false }],
    ['har fagbrev som helse fagarbeider', { hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget' }],
    ['jobber som lager medarbeider', { employed: true, trade: 'logistikkfaget' }],
    ['regisrtert hos nav', { navJobSeeker: true }],
    ['jobebr på sykehjem', { employed: true, trade: 'helsearbeiderfaget' }],
    ['har jobbbet i barnehage i 5 år', { practiceYears: 5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg er 34 år gamel', { age: 34 }],
    ['fullfrøt vgs', { completedUpperSecondary: true }],
    ['har ikke fulført videregående skole', { completedUpperSecondary: false }],
    ['vil ta fagbrev som barne og ungdomsarbeider', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobber på lageret 100prosent', { employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['har 3års erfaring som kokk', { practiceYears: 3, trade: 'kokkfaget' }],
    ['jeg er pensjonist nå', { employed: false }],
    ['jobber som renholer', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['har ingen utdannelse etter grunnskolen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['er arbeidsledig, registret på nav og får dagpenger', { employed: false, navJobSeeker: true }],
    ['jobber ikek', { employed: false }],
    ['jobber som sveiser på et verft i haugesund', { county: 'Rogaland', employed: true, trade: 'sveisefaget' }],
    ['jobbet som kokk i 10 år men er nå arbeidsledg', { employed: false, practiceYears: 10 }],
    ['har videregånde fra norge', { completedUpperSecondary: true }],
    ['har generel studiekompetanse', { completedUpperSecondary: true }],
    ['jeg har ikke grunskolen', { completedPrimarySchool: false }],
    ['er helsefagarbeider med fagbrev', { hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget' }],
    ['bor i trondheim, jobber på lagr 80%', { county: 'Trøndelag', employed: true, employmentPercent: 80, trade: 'logistikkfaget' }],
    ['har jobba som tømrer i 7 år, har ikke svenebrev', { hasTradeCertificate: false, practiceYears: 7, trade: 'tømrerfaget' }],
    ['harr jobbet som bussjåfør i 9 år', { practiceYears: 9, trade: 'yrkessjåførfaget' }],
    ['jobbr som vekter 50 prosent', { employed: true, employmentPercent: 50, trade: 'sikkerhetsfaget' }],
    ['ikke reg på nav', { navJobSeeker: false }],
    ['I am unemployd', { employed: false }],
    ['I work in a warehause', { employed: true, trade: 'logistikkfaget' }],
    ['I have experiance 5 years as a cook', { practiceYears: 5, trade: 'kokkfaget' }],
    ['I finnished high school in Norway', { completedUpperSecondary: true }],
    ['I am registred in NAV', { navJobSeeker: true }],
    ['I work as a cleanner 100%', { employed: true, employmentPercent: 100, trade: 'renholdsoperatørfaget' }],
    ['I work in kindergarden', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I dont have fagbrev', { hasTradeCertificate: false }],
    ['Im 33 and I live in Bergen', { age: 33, county: 'Vestland' }],
    ['I work full-time as a hair dresser', { employed: true, employmentPercent: 100, trade: 'frisørfaget' }],
  ]);
});

describe('a seventh round: stories with a job before and a job now, dialect, forms', () => {
  eachProfile([
    [
      'Hei! Jeg er 36 år og bor på Sortland. Jeg har jobbet på fiskebruk i 10 år, men nå jobber jeg på et sykehjem som pleieassistent, 60 %. Der har jeg vært i to år. Jeg vil ta fagbrev som helsefagarbeider. Jeg har ikke videregående.',
      { age: 36, county: 'Nordland', completedUpperSecondary: false, employed: true, employmentPercent: 60, practiceYears: 2, trade: 'helsearbeiderfaget' },
    ],
    [
      'Eg er 29 og bur i Haugesund. Eg har jobba på ein bilverkstad i fire år utan fagbrev. Eg har fullført vg2 bilfag. Eg ynskjer å ta fagbrev som bilmekanikar.',
      { age: 29, county: 'Rogaland', completedUpperSecondary: false, hasTradeCertificate: false, practiceYears: 4, trade: 'bilfaget' },
    ],
    [
      'Æ e 50 år og har jobba på Hydro Sunndal i 25 år som operatør. Æ har itj fagbrev, men æ har fullført vidregåande. No vil æ ta fagbrev som kjemiprosessoperatør.',
      { age: 50, county: 'Møre og Romsdal', completedUpperSecondary: true, hasTradeCertificate: false, practiceYears: 25, trade: 'kjemiprosessfaget' },
    ],
    [
      'Jeg er 46 og bor i Bergen. Jeg har fagbrev som kokk fra 1998, men har jobbet som lagerarbeider de siste 12 årene. Nå vil jeg ta fagbrev i logistikkfaget.',
      { age: 46, county: 'Vestland', hasTradeCertificate: true, certificateTrade: 'kokkfaget', practiceYears: 12, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er 52, bor i Ålesund. Jobbet 20 år som fisker, men solgte båten i fjor. Nå jobber jeg på et lager 80 %. Har ikke fagbrev.',
      { age: 52, county: 'Møre og Romsdal', hasTradeCertificate: false, employed: true, employmentPercent: 80, trade: 'logistikkfaget' },
    ],
    [
      'I am 29, from Syria. In Syria I studied two years at university. In Norway I finished videregående for adults in 2021. Now I work as a helsefagarbeider assistant at a nursing home in Skien, 50 %, and I want to take the fagbrev.',
      { age: 29, county: 'Telemark', completedUpperSecondary: true, employed: true, employmentPercent: 50, trade: 'helsearbeiderfaget' },
    ],
    [
      'Jeg er 63 og nærmer meg pensjon. Har jobbet som renholder i 30 år, hele tiden 100 %. Bor i Moss. Har aldri tatt fagbrev, men har lyst nå.',
      { age: 63, county: 'Østfold', hasTradeCertificate: false, practiceYears: 30, practicePercent: 100, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Hei, jeg er 22 år og bor hjemme hos foreldrene mine i Molde. Jeg sluttet på vgs etter vg1 og har jobbet på Rema siden. Nå vil jeg ta fagbrev i salg.',
      { age: 22, county: 'Møre og Romsdal', completedUpperSecondary: false, employed: true, trade: 'salgsfaget' },
    ],
    ['æ jobbe som helsefagarbeider på sjukeheimen i Steinkjer, 75 prosent', { county: 'Trøndelag', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['eg har vore arbeidsledig sidan i fjor', { employed: false }],
    ['e har itj fullført grunnskolen', { completedPrimarySchool: false }],
    ['æ har jobba på lager i Narvik i seks år', { county: 'Nordland', practiceYears: 6, trade: 'logistikkfaget' }],
    ['eg e registrert som arbeidssøkar hjå NAV', { navJobSeeker: true }],
    ['æ har fagbrev som tømrar', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['eg har ikkje fagbrev, men har jobba som kokk i åtte år', { hasTradeCertificate: false, practiceYears: 8, trade: 'kokkfaget' }],
    ['Jeg er 40 år.', { age: 40 }],
    ['Alder: 37', { age: 37 }],
    ['bosted: Tromsø', { county: 'Troms' }],
    ['Jobber 80 % som helsefagarbeider, ikke fagbrev', { hasTradeCertificate: false, employed: true, employmentPercent: 80, trade: 'helsearbeiderfaget' }],
    ['Arbeidsledig siden januar', { employed: false }],
    ['Har jobbet 10 år i bransjen', { practiceYears: 10 }],
    ['Fagbrev: ja, som kokk', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ['Fagbrev: nei', { hasTradeCertificate: false }],
    ['Grunnskole: ja', { completedPrimarySchool: true }],
    ['Vgs: nei', { completedUpperSecondary: false }],
    ['Registrert hos NAV som arbeidssøker', { navJobSeeker: true }],
  ]);
});

describe('an eighth round: work now or not, with the verb misspelt', () => {
  eachProfile([
    ['jeg jobbe på lager', { employed: true, trade: 'logistikkfaget' }],
    ['jeg job på et sykehjem', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jeg arbieder som renholder', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['er fast ansat i kommunen', { employed: true }],
    ['jeg e i jobb', { employed: true }],
    ['jobbber 100%', { employed: true, employmentPercent: 100 }],
    ['jobbar 60 porsent', { employed: true, employmentPercent: 60 }],
    ['ikke i job nå', { employed: false }],
    ['har ingen job', { employed: false }],
    ['er uten job', { employed: false }],
    ['ike i jobb', { employed: false }],
    ['er arbeidsleidg', { employed: false }],
    ['arbeidsløs siden i fjor', { employed: false }],
    ['er ledig for tiden', { employed: false }],
    ['har mistet jobben og går på dagpenger', { employed: false, navJobSeeker: true }],
    ['er uførtrygdet', { employed: false }],
    ['pensjonist', { employed: false }],
    ['I working in shop', { employed: true, trade: 'salgsfaget' }],
    ['I work at lager in Oslo', { county: 'Oslo', employed: true, trade: 'logistikkfaget' }],
    ['now I am not work', { employed: false }],
    ['I am not have job', { employed: false }],
    ['I dont work', { employed: false }],
    ['I am arbeidsledig', { employed: false }],
    ['I am working 100 % as helsefagarbeider', { employed: true, employmentPercent: 100, trade: 'helsearbeiderfaget' }],
  ]);
});

describe('a ninth round: several facts in one run without punctuation', () => {
  eachProfile([
    ['jeg er 45 år bor i bodø jobber som renholder 80% har ikke fagbrev', { age: 45, county: 'Nordland', hasTradeCertificate: false, employed: true, employmentPercent: 80, trade: 'renholdsoperatørfaget' }],
    ['hei jeg er 38 og jobber på lager i drammen har jobbet der i 6 år vil ta fagbrev', { age: 38, county: 'Buskerud', employed: true, practiceYears: 6, trade: 'logistikkfaget' }],
    ['er arbeidsledig og registrert på nav bor i skien er 29 år', { age: 29, county: 'Telemark', employed: false, navJobSeeker: true }],
    ['har fullført vgs men ikke fagbrev jobber som kokk 100 prosent', { completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, trade: 'kokkfaget' }],
    ['jeg har bare grunnskolen og har jobbet i barnehage i 12 år i 60 prosent stilling', { completedPrimarySchool: true, completedUpperSecondary: false, practiceYears: 7.2, practicePercent: 60, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['52 år bor i molde jobber i hjemmetjenesten 75 % ønsker fagbrev som helsefagarbeider', { age: 52, county: 'Møre og Romsdal', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['i am 35 live in oslo work in warehouse full time no fagbrev', { age: 35, county: 'Oslo', hasTradeCertificate: false, employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['im 41 unemployed registered nav want to become electrician', { age: 41, employed: false, navJobSeeker: true, trade: 'elektrikerfaget' }],
    ['æ e 33 bor i harstad jobbe som vekter har itj fagbrev', { age: 33, county: 'Troms', hasTradeCertificate: false, employed: true, trade: 'sikkerhetsfaget' }],
    ['eg er 47 bur i førde jobbar på sjukeheimen 50 prosent har ikkje vgs', { age: 47, county: 'Vestland', completedUpperSecondary: false, employed: true, employmentPercent: 50, trade: 'helsearbeiderfaget' }],
    ['jobbet som sveiser i 10 år er nå ufør bor i stavanger', { county: 'Rogaland', employed: false, practiceYears: 10 }],
    ['har fagbrev som tømrer jobber som tømrer i bergen 100%', { county: 'Vestland', hasTradeCertificate: true, certificateTrade: 'tømrerfaget', employed: true, employmentPercent: 100 }],
  ]);
});

describe('a tenth round: more runs without punctuation, and ones that must stay whole', () => {
  eachProfile([
    ['hei er 44 jobber som sjåfør i tromsø har ikke fagbrev vil ta det', { age: 44, county: 'Troms', hasTradeCertificate: false, employed: true, trade: 'yrkessjåførfaget' }],
    ['har jobbet på sykehjem i 8 år jobber 60 prosent nå vil bli helsefagarbeider', { employed: true, employmentPercent: 60, practiceYears: 8, trade: 'helsearbeiderfaget' }],
    ['bor på gjøvik er arbeidsledig får dagpenger', { county: 'Innlandet', employed: false, navJobSeeker: true }],
    ['er 27 har ikke fullført vgs jobber i butikk', { age: 27, completedUpperSecondary: false, employed: true, trade: 'salgsfaget' }],
    ['jobbet 15 år som tømrer har ikke svennebrev er nå arbeidsledig', { hasTradeCertificate: false, employed: false, practiceYears: 15 }],
    ['mannen min jobber som tømrer jeg er hjemme med barna', { employed: false }],
    ['kona mi er 40 jeg er 42 og jobber på lager', { age: 42, employed: true, trade: 'logistikkfaget' }],
    ['fagbrev har jeg ikke men jobber som kokk', { hasTradeCertificate: false, employed: true, trade: 'kokkfaget' }],
    ['videregående har jeg ikke', { completedUpperSecondary: false }],
    ['nå jobber jeg som vekter 100 prosent', { employed: true, employmentPercent: 100, trade: 'sikkerhetsfaget' }],
    ['det jeg har er grunnskole', { completedPrimarySchool: true }],
    ['jeg har hatt mange jobber men er arbeidsledig nå', { employed: false }],
  ]);
});

describe('an eleventh round: no trade and no interest where none is stated', () => {
  eachProfile([
    ['vil ikke bli kokk lenger, jobber nå på lager', { employed: true, trade: 'logistikkfaget' }],
    ['jobbet som kokk før', {}],
    ['pappa var snekker', {}],
    ['kona mi jobber i barnehage', {}],
    ['jeg jobber i helse og omsorg', { employed: true }],
    ['er interessert i å vite mer om fagbrev', {}],
    ['jobbet som sveiser i Polen i 10 år, nå arbeidsledig i Norge', { employed: false, practiceYears: 10, practiceAbroad: true }],
    ['jeg vet ikke hva jeg vil bli', {}],
    ['kanskje jeg vil bli elektriker, vet ikke', {}],
    ['hvis jeg tar fagbrev som kokk, hva tjener jeg?', {}],
    ['vil ikke jobbe i helse', {}],
    ['har jobbet litt i butikk og litt på lager', {}],
    ['I used to be a welder in Poland', {}],
    ['my wife works as a cleaner', {}],
    ['I am interested in knowing more', {}],
    ['sønnen min vil bli rørlegger', {}],
  ]);
});

describe('a twelfth round: dialect and stories with years said as dates', () => {
  eachProfile([
    ['æ har vorre på lageret i ni år og har itte fagbrev', { hasTradeCertificate: false, practiceYears: 9, trade: 'logistikkfaget' }],
    ['e jobbæ på sjukehuset i Bodø, 100 prosent', { county: 'Nordland', employed: true, employmentPercent: 100 }],
    ['eg arbeidar som reinhaldar og har gjort det i sju år', { employed: true, practiceYears: 7, trade: 'renholdsoperatørfaget' }],
    ['æ e arbeidsledig og har vore det i eit år', { employed: false }],
    ['æ har ittj fullført vidregåande', { completedUpperSecondary: false }],
    ['eg har fullført vidaregåande og jobbar på lager i Bergen', { county: 'Vestland', completedUpperSecondary: true, employed: true, trade: 'logistikkfaget' }],
    ['æ bor i Levanger og jobbe som fagarbeider i barnehage, 80 prosent', { county: 'Trøndelag', employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I have worked as a cleaner since 2019', { employed: true, practiceYears: new Date().getUTCFullYear() - 2019, trade: 'renholdsoperatørfaget', practiceUntil: 'now' }],
    [
      'Jeg er 38 og bor i Tromsø. Fra 2010 til 2018 jobbet jeg som assistent i barnehage. Siden 2018 har jeg jobbet som vekter. Jeg har ikke fagbrev. Jeg vil ta fagbrev i sikkerhetsfaget.',
      { age: 38, county: 'Troms', hasTradeCertificate: false, employed: true, practiceYears: new Date().getUTCFullYear() - 2018, trade: 'sikkerhetsfaget', practiceUntil: 'now' },
    ],
    [
      "I'm 45 and live in Larvik. From 2005 to 2015 I worked as a truck driver in Poland. Now I work in a warehouse, 100 %. I want the fagbrev in logistikk.",
      { age: 45, county: 'Vestfold', employed: true, employmentPercent: 100, trade: 'logistikkfaget' },
    ],
  ]);
});

describe('a thirteenth round: years, school and NAV as learners and fast typists say them', () => {
  eachProfile([
    ['I have worked as a welder for 5 yrs', { practiceYears: 5, trade: 'sveisefaget' }],
    ['I have five years of experience as a cook', { practiceYears: 5, trade: 'kokkfaget' }],
    ['I worked during 6 years in a kindergarten', { practiceYears: 6, practiceUntil: 'past' }],
    ['I have experience from cleaning for 4 years', { practiceYears: 4, trade: 'renholdsoperatørfaget' }],
    ['I have been working in construction as a carpenter for eleven years', { employed: true, practiceYears: 11, trade: 'tømrerfaget' }],
    ['I am signed up at NAV as job seeker', { navJobSeeker: true }],
    ["I'm registered as unemployed at NAV", { employed: false, navJobSeeker: true }],
    ['I finished 10th grade', { completedPrimarySchool: true }],
    ['I have grunnskole from Norway but not videregående', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['ferdig med 10. klasse', { completedPrimarySchool: true }],
    ['har ungdomsskole fra Norge', { completedPrimarySchool: true }],
    ['har tatt grunnskole for voksne', { completedPrimarySchool: true }],
    ['har jobba 5 år som tømmrer', { practiceYears: 5, trade: 'tømrerfaget' }],
    ['har jobbet fem år som sjåfør og fire år som lagerarbeider, vil ta fagbrev i logistikk', { practiceYears: 4, trade: 'logistikkfaget' }],
    ['erfaring: 12 år som kokk', { practiceYears: 12, trade: 'kokkfaget' }],
    ['Praksis: 6 år i barnehage, 50 %', { practiceYears: 3, practicePercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
  ]);
});

describe('a fourteenth round: life stories told in order', () => {
  eachProfile([
    [
      'Jeg ble født i 1985 og vokste opp i Narvik. Etter ungdomsskolen begynte jeg på elektrofag, men sluttet etter første år. Så jobbet jeg på Coop i mange år. I 2015 flyttet jeg til Bodø, og der har jeg jobbet som vaktmester på et hotell i sju år. Jeg vil gjerne ta fagbrev som byggdrifter.',
      { county: 'Nordland', completedPrimarySchool: true, completedUpperSecondary: false, practiceYears: 7, trade: 'byggdrifterfaget' },
    ],
    [
      'Hei. Jeg er mor til fire og har vært hjemme i mange år. Nå har jeg fått jobb som assistent på et sykehjem i Kristiansund, 40 %. Jeg er 44 og har bare grunnskole fra Norge. Jeg vil bli helsefagarbeider.',
      { age: 44, county: 'Møre og Romsdal', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 40, trade: 'helsearbeiderfaget' },
    ],
    [
      "I'm 36. I finished upper secondary in Norway in 2006. After that I worked in shops for some years. Since 2016 I work as a bus driver in Oslo, full time. I don't have fagbrev. I want to become yrkessjåfør with fagbrev.",
      { age: 36, county: 'Oslo', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: new Date().getUTCFullYear() - 2016, trade: 'yrkessjåførfaget', practiceUntil: 'now' },
    ],
    [
      'Jeg er 51 år. Har jobbet i Posten i 25 år, de siste 15 som sjåfør. Nå er jeg nedbemannet og går på dagpenger. Bor i Hamar. Har ikke videregående. Vil ta fagbrev som yrkessjåfør.',
      { age: 51, county: 'Innlandet', completedUpperSecondary: false, employed: false, practiceYears: 15, trade: 'yrkessjåførfaget', navJobSeeker: true },
    ],
    [
      'Eg er 33 og bur på Voss. Eg tok vidaregåande på studiespesialisering og byrja på universitetet, men slutta. Sidan har eg jobba i barnehage, no i 80 prosent. Eg har jobba der i fem år. Eg vil ta fagbrev som barne- og ungdomsarbeidar.',
      { age: 33, county: 'Vestland', completedUpperSecondary: true, employed: true, employmentPercent: 80, practiceYears: 5, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
  ]);
});

describe('a fifteenth round: runs without punctuation that name someone else', () => {
  eachProfile([
    ['jeg bor i oslo kona mi er 38 og jobber i barnehage', { county: 'Oslo' }],
    ['jeg er 40 mannen min er arbeidsledig', { age: 40 }],
    ['jeg har en sønn han er 19 og jobber på lager', {}],
    ['stillingen min er 80 prosent på sykehjem', { employed: true, employmentPercent: 80, trade: 'helsearbeiderfaget' }],
    ['målet er fagbrev som kokk', { trade: 'kokkfaget' }],
    ['jeg jobber på et lager som er i Moss', { county: 'Østfold', employed: true, trade: 'logistikkfaget' }],
  ]);
});

describe('a sixteenth round: English as it comes', () => {
  eachProfile([
    ['I am living in Norway 8 years, in Trondheim', { county: 'Trøndelag' }],
    ['I am working in Rema 1000 like a seller', { employed: true, trade: 'salgsfaget' }],
    ['I have no job since 2 years', { employed: false }],
    ['I am in school now for learning Norwegian, I do not work', { employed: false }],
    ['I want to have fagbrev in helse', { trade: 'helsearbeiderfaget' }],
    ['I finish grunnskole for voksne last year', { completedPrimarySchool: true }],
    ['I want to finish videregående next year', {}],
  ]);
});

describe('learners\' English read wrongly before', () => {
  eachProfile([
    // "truck driver" is a lorry driver in English; at a warehouse it is a truckfører.
    ['I am a truck driver at a warehouse for 8 years', { employed: true, practiceYears: 8, trade: 'logistikkfaget' }],
    // "like cook" for "as a cook" outside "work like".
    ['my work is in kitchen like cook, 100%', { employed: true, employmentPercent: 100, trade: 'kokkfaget' }],
    // An age said as "Me 45 years".
    ['Me 45 years, working in warehouse', { age: 45, employed: true, trade: 'logistikkfaget' }],
    // An age said as "I have 41 years", before any work is told (after it, the years may be how long).
    ['Hello, I am from Eritrea, I have 41 years, I work in cleaning 50 %', { age: 41, employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' }],
    ['I work in a warehouse. I have 20 years', { employed: true, trade: 'logistikkfaget' }],
  ]);
});

describe('work "heile tida" of a stay told before it', () => {
  eachProfile([
    // "heile tida" after the years they have lived there: the work is as long as the stay.
    [
      'Eg er 40 år og kjem frå Polen. Eg har budd i Ålesund i 12 år og jobba på verft heile tida, mest som sveisar. Eg har sveisesertifikat men ikkje fagbrev. No vil eg ta fagbrev i sveisefaget.',
      { age: 40, county: 'Møre og Romsdal', hasTradeCertificate: false, practiceYears: 12, trade: 'sveisefaget' },
    ],
    // Work told with its own years: "hele tiden" is its stilling, the years are not counted twice.
    ['har jobbet på lager i 5 år, hele tiden i 70 %', { practiceYears: 3.5, practicePercent: 70, trade: 'logistikkfaget' }],
  ]);
});

describe('what "jeg har ikke" leaves out', () => {
  eachProfile([
    // The certificate named for the brother.
    ['broren min har fagbrev jeg har ikke', { hasTradeCertificate: false }],
    ['Kona mi har fagbrev, men jeg har ikke.', { hasTradeCertificate: false }],
    ['Mannen min har fagbrev. Det har ikke jeg.', { hasTradeCertificate: false }],
  ]);
});
