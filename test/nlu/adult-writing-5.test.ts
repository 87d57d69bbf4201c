// A fifth round of messages written the way adults and counsellors type them: typos (doubled,
// dropped and swapped letters, "aa" and "o" for å and ø, words run together), long life stories with
// several jobs and places over time, counsellors' case notes, English from people who moved here with
// Norwegian terms in it, dialect and nynorsk, and numbers written as words. Each profile lists every
// field the message states and nothing else; what the message leaves open stays out.
import { eachProfile } from '../support/understanding';

describe('typos: letters doubled, dropped and swapped, æøå written without', () => {
  eachProfile([
    ['jeg er 39 aar og jobber paa lager i drammen', { age: 39, county: 'Buskerud', employed: true, trade: 'logistikkfaget' }],
    ['jobbber som kokk på hottel i molde, 100 prosent', { county: 'Møre og Romsdal', employed: true, employmentPercent: 100, trade: 'kokkfaget' }],
    ['er 51 år, har fagbrev som  tomrer fra 1995', { age: 51, hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['jeg er registrertt arbeidsøker hos nav og er 45', { age: 45, navJobSeeker: true }],
    ['jobber som helsefagarbieder, 75 %, i hjemmetjenesten i bodo', { county: 'Nordland', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['jeg er 28 å jobber i butik 60 prosent', { age: 28, employed: true, employmentPercent: 60, trade: 'salgsfaget' }],
    ['Har jobba på sykehjemmet i 11 år uten fagbrev, vil bli helsefagarbeider', { hasTradeCertificate: false, practiceYears: 11, trade: 'helsearbeiderfaget' }],
    ['arbeidsledig sia oktober, gikk på lagr før', { employed: false }],
    ['jobbet som truckforer i 4 år men er nå arbeidsledig', { employed: false, practiceYears: 4 }],
    ['har fagbrev i barne og ungdomsarbeider faget', { hasTradeCertificate: true, certificateTrade: 'barne- og ungdomsarbeiderfaget' }],
    ['er 34 år og bor i kristiansan', { age: 34, county: 'Agder' }],
    ['bor i tromso, jobber som vekter 100%', { county: 'Troms', employed: true, employmentPercent: 100, trade: 'sikkerhetsfaget' }],
    ['jeg har ikkke fagbrev', { hasTradeCertificate: false }],
    ['har fagbrev som bilmekanikker og jobber på verksted', { hasTradeCertificate: true, certificateTrade: 'bilfaget', employed: true }],
    ['jeg jobber som prosesoperatør på hydro i sunndalsøra', { county: 'Møre og Romsdal', employed: true, trade: 'kjemiprosessfaget' }],
    ['har 15 års erfaring som sveiser, men ikke fagbrev. bor på stord', { county: 'Vestland', hasTradeCertificate: false, practiceYears: 15, trade: 'sveisefaget' }],
    ['jeg er 42 og har jobet som elektriker hjelper i 9 år', { age: 42, practiceYears: 9, trade: 'elektrikerfaget' }],
    ['Mistet jobben i fjor, har vert arbeidsledig siden', { employed: false }],
    ['ufør 50 % og jobber 50 % som renholder', { employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' }],
    ['har gått ut av ungdomskolen', { completedPrimarySchool: true }],
    ['har ikke gått vidergående', { completedUpperSecondary: false }],
    ['fulførte vg3 i 2008', { completedUpperSecondary: true }],
    ['tok vg1 og vg2 men ikke vg3', { completedUpperSecondary: false }],
    ['jeg jobber som barne hage assistent', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['er på arbeidsavklaring (aap) nå', {}],
    ['bor i Fredrikstadd, 80% stiling som sveiser', { county: 'Østfold', employed: true, employmentPercent: 80, trade: 'sveisefaget' }],
    ['jeg har svenebrev som murer', { hasTradeCertificate: true, certificateTrade: 'murer- og flisleggerfaget' }],
    ['jobbet 12 år som fisker, nå vil jeg jobbe på oppdrett', { interests: ['havbruk'] }],
    ['jeg vil omskolere meg til helse, har jobba i butikk i 10år', { interests: ['helse'] }],
    ['jobber på sagbrukk i 100% stilling, har gjort det i 14 år', { employed: true, employmentPercent: 100, practiceYears: 14, trade: 'trearbeiderfaget' }],
    ['e 33 og jobbe som lagermedarbeidr', { age: 33, employed: true, trade: 'logistikkfaget' }],
    ['har fagbrev som helsefagabeider men jobber nå på lager', { hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget', employed: true }],
    ['ikke reigstrert hos nav', { navJobSeeker: false }],
    ['jeg går på introduksjonsprogrammet og har ikke jobb', { employed: false }],
    ['jobber som maskinfører i 100%, 8 år erfaring', { employed: true, employmentPercent: 100, practiceYears: 8, trade: 'anleggsmaskinførerfaget' }],
    ['Jeg er 47år, bor i Haugesund,jobber på verft', { age: 47, county: 'Rogaland', employed: true }],
    ['var ferdig med grunskolen i 1998', { completedPrimarySchool: true }],
    ['jobbr som elektrikar uten fagbrev i Ålesund', { county: 'Møre og Romsdal', employed: true, hasTradeCertificate: false, trade: 'elektrikerfaget' }],
    ['jeg vil ta fagbrev i automatisering', { trade: 'automatiseringsfaget' }],
    ['har jobbet 8 år i 60 prosent stilling som assistent på sykehjem', { practiceYears: 4.8, practicePercent: 60, trade: 'helsearbeiderfaget' }],
    ['tok fagbrev som kokk i 2005 men jobber som sjåfør nå', { hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: true }],
    ['jobber som kokk,men har ikke fagbrev.vil ta det', { employed: true, hasTradeCertificate: false, trade: 'kokkfaget' }],
    ['jeg er 52 og jobber 100% sommm sjåfør i Lillehammer', { age: 52, county: 'Innlandet', employed: true, employmentPercent: 100, trade: 'yrkessjåførfaget' }],
    ['har ingen utdanning utover grunnskolen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har fått dagpenger siden sommern', { navJobSeeker: true }],
    ['Jobber i barnehage 100% men har ikke fagbrev, er 30 år og bor i Askim', { age: 30, county: 'Østfold', employed: true, employmentPercent: 100, hasTradeCertificate: false, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['bodde i Bergen før, nå i Stavanger og jobber som rørlegger', { county: 'Rogaland', employed: true, trade: 'rørleggerfaget' }],
    ['jeg harr fagbrev', { hasTradeCertificate: true }],
    ['jobber ikke nå, gikk av med pensjon', { employed: false }],
    ['jeg er 61 og pensionist', { age: 61, employed: false }],
    ['jeg jobber fast 80 prosent på Meny som butikkmedarbeider i Gjøvik', { county: 'Innlandet', employed: true, employmentPercent: 80, trade: 'salgsfaget' }],
    // Years that go on until now with a stilling after them: the stilling is the one now.
    ['har jobba som rengjøringsassistent på sjukehuset i 7 år, 50% stilling', { employed: true, employmentPercent: 50, practiceYears: 7, trade: 'renholdsoperatørfaget' }],
    ['jobbet som ambulansearbeider uten fagbrev i 3 år', { hasTradeCertificate: false, practiceYears: 3 }],
    ['er utdannet frisør i Polen, jobber nå som frisør i Oslo', { county: 'Oslo', employed: true, trade: 'frisørfaget' }],
    ['har norsk fagbrev i industrimekanikerfaget', { hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget' }],
    ['jeg har 2 barn og jobber 20 % i en butikk', { employed: true, employmentPercent: 20, trade: 'salgsfaget' }],
    ['Har job som sveiser på verkstedet, 100prosent', { employed: true, employmentPercent: 100, trade: 'sveisefaget' }],
    ['eg er registret arbeidsledig hos NAV', { employed: false, navJobSeeker: true }],
    ['jobber skift på Borregaard i Sarpsborg som prosessoperatør', { county: 'Østfold', employed: true, trade: 'kjemiprosessfaget' }],
    ['jeg er 36 og har aldri tatt fagbrev', { age: 36, hasTradeCertificate: false }],
    ['jeg jobber som vaktmeseter i borettslag', { employed: true, trade: 'byggdrifterfaget' }],
    ['har jobbet som mekaniker på bilverksted i 10 år', { practiceYears: 10, trade: 'bilfaget' }],
    ['er 40 og har fagbrev i elektro', { age: 40, hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['jeg vil bli rørlegger, jobber som hjelpearbeider hos en rørlegger nå', { employed: true, trade: 'rørleggerfaget' }],
    ['jeg jobbet i barnhage før, nå jobber jeg på sykehjem', { employed: true, trade: 'helsearbeiderfaget' }],
    ['har gått tre år på vgs men mangler et fag for å få vitnemål', { completedUpperSecondary: false }],
    ['Jobber på Kiwi som butikkmedarbeider 100%, bor i Halden', { county: 'Østfold', employed: true, employmentPercent: 100, trade: 'salgsfaget' }],
    ['arbeidsleidg, men har jobbet som snekkker i 8 år', { employed: false, practiceYears: 8 }],
    ['jeg er 44 og bor i Sandefjord jobber som barnehageassistent 100 prosent har ikke fagbrev', { age: 44, county: 'Vestfold', employed: true, employmentPercent: 100, hasTradeCertificate: false, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['Har jobba i hjemmetjenesten i Bodø i 3 år, vil bli helsfagarbeider', { county: 'Nordland', practiceYears: 3, trade: 'helsearbeiderfaget' }],
    ['jeg har ikke jobb nå men er ikke registrert på nav', { employed: false, navJobSeeker: false }],
    ['har fagbrev som industrimekaniker og jobber som det på Raufoss', { county: 'Innlandet', employed: true, hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget' }],
    ['ønsker å omskolere meg til batteriindustrien', { interests: ['batteri'] }],
    ['søkte på en 100 stilling i fjor', {}],
    ['jobber 100 stilling', { employed: true, employmentPercent: 100 }],
    ['jeg er 37 og jobber som assistent i barnehagen 80%,har ikke fagbrev', { age: 37, employed: true, employmentPercent: 80, hasTradeCertificate: false, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['bor i Kristiansund og jobber på sykehjemmet, 100 stilling', { county: 'Møre og Romsdal', employed: true, employmentPercent: 100, trade: 'helsearbeiderfaget' }],
    ['fikk fagbrev som rørlegger i 2010', { hasTradeCertificate: true, certificateTrade: 'rørleggerfaget' }],
    ['jeg har jobbet med barn i 10 år, i barnehage', { practiceYears: 10, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['Jeg er 34, bor i Mo i Rana og jobber skift på Celsa', { age: 34, county: 'Nordland', employed: true }],
    ['jeg er ikke i jobb og får ikke dagpenger', { employed: false }],
    ['jobber 100% som laborant uten fagbrev på Mongstad', { county: 'Vestland', employed: true, employmentPercent: 100, hasTradeCertificate: false, trade: 'laborantfaget' }],
  ]);
});

describe('long life stories: several jobs and places over the years', () => {
  eachProfile([
    [
      'Hei! Jeg heter Anita og er 44 år. Jeg vokste opp på Lillehammer, men flyttet til Hamar da jeg giftet meg. Jeg har tre barn, den yngste er 9. Jeg jobbet først i butikk i mange år. For seks år siden begynte jeg som assistent i hjemmetjenesten, og der jobber jeg fortsatt, 80 % stilling. Jeg har bare grunnskole. Nå vil jeg gjerne ta fagbrev som helsefagarbeider.',
      { age: 44, county: 'Innlandet', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 80, practiceYears: 6, trade: 'helsearbeiderfaget', practiceUntil: 'now' },
    ],
    [
      'Jeg er 39 år og kommer fra Syria. Jeg kom til Norge i 2016 og bodde først i Vadsø. Der gikk jeg på norskkurs og tok grunnskole for voksne. Så flyttet vi til Trondheim. Nå jobber jeg som lagermedarbeider på Coop, 100 prosent. Jeg har jobbet der i fire år. Jeg har ikke fagbrev, men vil ta det i logistikk.',
      { age: 39, county: 'Trøndelag', completedPrimarySchool: true, employed: true, employmentPercent: 100, practiceYears: 4, hasTradeCertificate: false, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er 50 og har jobbet på sokkelen som stillasarbeider i 15 år. Så ble jeg syk og var borte fra jobb i to år. Nå er jeg frisk igjen, men har ingen jobb. Jeg bor i Sandnes med kona. Jeg har fagbrev som industrimekaniker, men det er lenge siden. Jeg vil gjerne jobbe med automatisering.',
      { age: 50, county: 'Rogaland', employed: false, hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', interests: ['automatisering'] },
    ],
    [
      'Hei. Jeg er en mann på 33 år fra Litauen. Jeg har bodd i Norge i ti år, de fleste i Kristiansund. Jeg har jobbet på fiskebruk, på byggeplass og nå som tømrer i et lite firma. Som tømrer har jeg jobbet i fem år, hele tiden fulltid. Jeg har ikke norsk fagbrev. Jeg vil ta svennebrev.',
      { age: 33, county: 'Møre og Romsdal', employed: true, practiceYears: 5, practicePercent: 100, hasTradeCertificate: false, trade: 'tømrerfaget' },
    ],
    [
      'Jeg er 27. Jeg gikk studiespesialisering og ble ferdig i 2015. Etterpå studerte jeg ett år i Bergen, men fullførte ikke. Så fikk jeg jobb som assistent i en barnehage i Tromsø. Der har jeg vært i fem år nå. Jeg jobber 100 %. Jeg har ikke fagbrev. Jeg vil bli barne- og ungdomsarbeider.',
      { age: 27, county: 'Troms', completedUpperSecondary: true, employed: true, employmentPercent: 100, practiceYears: 5, hasTradeCertificate: false, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg er 56 år og har jobbet hele livet. Først på gård hjemme i Valdres, så på sagbruk i tjue år. Da sagbruket la ned, begynte jeg som vaktmester på skolen i Fagernes. Der jobber jeg fortsatt, og har gjort det i elleve år. Jeg har ikke fagbrev i noe. Jeg har grunnskole og ett år landbruksskole. Kan jeg ta fagbrev som byggdrifter?',
      { age: 56, county: 'Innlandet', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, practiceYears: 11, hasTradeCertificate: false, trade: 'byggdrifterfaget', practiceUntil: 'now' },
    ],
    [
      'Hei, jeg er Sara. Jeg er 23 og har en datter på to år. Jeg droppet ut av videregående da jeg ble gravid. Siden har jeg jobbet litt i butikk, men nå er jeg hjemme og får ikke jobb. Jeg bor i Lillestrøm. Jeg vil bli barne- og ungdomsarbeider.',
      { age: 23, county: 'Akershus', completedUpperSecondary: false, employed: false, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg er 45, kom fra Polen i 2007. Jobbet først som snekker på byggeplasser rundt Oslo, så flyttet jeg til Larvik. Der driver jeg eget firma og har gjort det i ti år. Jeg har ikke norsk svennebrev, bare papirer fra Polen. Jeg vil ta svennebrev som tømrer.',
      { age: 45, county: 'Vestfold', employed: true, practiceYears: 10, hasTradeCertificate: false, trade: 'tømrerfaget' },
    ],
    [
      'Jeg heter Mohammed og er 34 år. Jeg har bodd i Norge i ni år. Først bodde jeg på asylmottak i Finnmark, så fikk vi bosetting i Sandnessjøen. Jeg har fullført grunnskole for voksne. Nå jobber jeg på et oppdrettsanlegg, 100 %. Jeg har jobbet der i fire år. Jeg vil ta fagbrev i akvakultur.',
      { age: 34, county: 'Nordland', completedPrimarySchool: true, employed: true, employmentPercent: 100, practiceYears: 4, trade: 'akvakulturfaget' },
    ],
    [
      'Jeg er 38 og har vært sjåfør siden jeg var 20. Kjørte lastebil i mange år, nå kjører jeg buss i Bergen, 100 %. Har aldri tatt fagbrev. Jeg har grunnskole og vg1. Jeg vil ha fagbrev som yrkessjåfør.',
      { age: 38, county: 'Vestland', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 100, practiceYears: 18, hasTradeCertificate: false, trade: 'yrkessjåførfaget' },
    ],
    [
      'Jeg er 48. Jeg jobbet som hjelpepleier på Filippinene før jeg kom hit. I Norge har jeg jobbet i hjemmetjenesten i Asker i åtte år, og nå jobber jeg 100 %. Jeg bor i Asker med mann og barn. Jeg har ikke fagbrev. Jeg vil ta fagbrev som helsefagarbeider.',
      { age: 48, county: 'Akershus', employed: true, employmentPercent: 100, practiceYears: 8, hasTradeCertificate: false, trade: 'helsearbeiderfaget' },
    ],
    [
      'Hei! Jeg er 30 år og bor i Kongsvinger. Etter ungdomsskolen tok jeg vg1 elektro, men så fikk jeg jobb i butikk og sluttet. Jeg har jobbet i butikk i tolv år, de siste fem som butikksjef. Jeg jobber fulltid. Nå vil jeg gjerne bli elektriker likevel.',
      { age: 30, county: 'Innlandet', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 100, trade: 'elektrikerfaget' },
    ],
    [
      'Jeg er 41 år. Jeg er utdannet lærer fra Ukraina, men det er ikke godkjent. Jeg kom til Norge i 2022 og bor i Ålesund. Nå jobber jeg som assistent på en skole, 60 prosent. Jeg har lyst til å bli barne- og ungdomsarbeider.',
      { age: 41, county: 'Møre og Romsdal', employed: true, employmentPercent: 60, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg begynte å jobbe på lager da jeg var 19. Nå er jeg 35. Hele tiden har jeg jobbet fulltid på samme lager i Sarpsborg, og jeg jobber der fortsatt. Jeg har ikke fullført videregående. Sjefen sier jeg kan ta fagbrev som praksiskandidat.',
      // "Hele tiden har jeg jobbet fulltid …, og jeg jobber der fortsatt": with no years in it, the stilling now.
      { age: 35, county: 'Østfold', completedUpperSecondary: false, employed: true, employmentPercent: 100, practiceYears: 16, trade: 'logistikkfaget', practiceUntil: 'now' },
    ],
    [
      'Hi. I am 37 and I come from Kenya. I studied business there. In Norway I first worked as a cleaner in Oslo for two years. Then I moved to Hamar and got a job in a kindergarten as an assistant. I have worked there for five years now, 80 %, and I still work there. My Norwegian is ok now. I want to take the fagbrev as barne- og ungdomsarbeider.',
      { age: 37, county: 'Innlandet', employed: true, employmentPercent: 80, practiceYears: 5, trade: 'barne- og ungdomsarbeiderfaget', practiceUntil: 'now' },
    ],
    [
      'Æ e 44 år og bor på Frosta. Æ har jobba på gården te foreldran mine sia æ va ung, og så ni år på et slakteri i Steinkjer. No jobbe æ som vaktmester på skolen, 100 prosent. Æ har ikkje fagbrev. Æ vil gjerne ta fagbrev som byggdrifter.',
      { age: 44, county: 'Trøndelag', employed: true, employmentPercent: 100, hasTradeCertificate: false, trade: 'byggdrifterfaget' },
    ],
    [
      'Eg heiter Ingrid og er 39 år. Eg voks opp i Sogndal, men bur no på Voss. Etter vidaregåande jobba eg nokre år på hotell. Dei siste åtte åra har eg jobba på sjukeheim som assistent, 75 prosent. Eg har ikkje fagbrev. No vil eg ta fagbrev som helsefagarbeidar.',
      { age: 39, county: 'Vestland', completedUpperSecondary: true, employed: true, employmentPercent: 75, practiceYears: 8, hasTradeCertificate: false, trade: 'helsearbeiderfaget' },
    ],
    [
      'hei jeg er 35 aar og bor i drammen. jeg har jobbet paa lager i 6 aar men nå er jeg permitert. før det jobbet jeg i butikk. jeg har ikke fagbrev og ikke fullfort vgs. vil ta fagbrev i logistikk',
      { age: 35, county: 'Buskerud', completedUpperSecondary: false, practiceYears: 6, hasTradeCertificate: false, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er 47 og har jobbet i kommunen i 20 år, de siste 12 som renholder. Jeg bor i Stavanger. Nå blir det nedbemanning og jeg vil ha papirer på det jeg kan. Jeg har ikke fagbrev. Jeg vil ta fagbrev som renholdsoperatør.',
      { age: 47, county: 'Rogaland', employed: true, practiceYears: 12, hasTradeCertificate: false, trade: 'renholdsoperatørfaget' },
    ],
    [
      'I am 29 years old and I live in Kristiansand. I came to Norway as a refugee from Afghanistan when I was 15. I finished grunnskole here and took two years of videregående, but I did not finish. Now I work as a car mechanic in a workshop, full time. I have done it for four years. I want the fagbrev in bilfag.',
      { age: 29, county: 'Agder', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 100, practiceYears: 4, trade: 'bilfaget' },
    ],
  ]);
});

describe('counsellors\' case notes', () => {
  eachProfile([
    [
      'Bruker er 43 år, bosatt i Gjøvik. Jobber 100 % som produksjonsmedarbeider i næringsmiddelindustrien. 15 års erfaring. Ikke fagbrev. Fullført grunnskole.',
      { age: 43, county: 'Innlandet', completedPrimarySchool: true, employed: true, employmentPercent: 100, practiceYears: 15, hasTradeCertificate: false },
    ],
    [
      'Bruker er 29 år og bor i Levanger. Hun er sykmeldt fra stilling som helsefagarbeider uten fagbrev. Har 6 års erfaring fra sykehjem. Ønsker fagbrev som helsefagarbeider.',
      { age: 29, county: 'Trøndelag', hasTradeCertificate: false, practiceYears: 6, trade: 'helsearbeiderfaget' },
    ],
    [
      'Kandidat, 52 år, Bodø. Arbeidsledig siden mars etter konkurs. Registrert arbeidssøker. 20 år som platearbeider. Har ikke fagbrev. Ønsker å ta fagbrev i platearbeiderfaget.',
      { age: 52, county: 'Nordland', employed: false, navJobSeeker: true, practiceYears: 20, hasTradeCertificate: false, trade: 'platearbeiderfaget' },
    ],
    [
      'Bruker (39), Kongsberg. Ansatt 80 % som renholder på teknologiparken. Erfaring 9 år. Grunnskole fra Polen. Ikke registrert hos NAV.',
      { age: 39, county: 'Buskerud', employed: true, employmentPercent: 80, practiceYears: 9, trade: 'renholdsoperatørfaget', navJobSeeker: false },
    ],
    [
      'Deltaker er 46 år, bor på Hønefoss. Har fagbrev som tømrer fra 1998. Jobber nå 100 % som vaktmester. Vurderer fagbrev i byggdrifterfaget.',
      { age: 46, county: 'Buskerud', hasTradeCertificate: true, certificateTrade: 'tømrerfaget', employed: true, employmentPercent: 100, trade: 'byggdrifterfaget' },
    ],
    [
      'Bruker er 35 år, enslig forsørger, bosatt i Larvik. Uføretrygdet 50 %, jobber 50 % som assistent i SFO. Grunnskole og vg1. Ønsker å bli barne- og ungdomsarbeider.',
      { age: 35, county: 'Vestfold', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 50, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Bruker er 58 år, bor i Vadsø. Jobbet 30 år på fiskebruk, nå arbeidsledig. Dagpenger. Grunnskole. Ønsker å jobbe med havbruk.',
      { age: 58, county: 'Finnmark', completedPrimarySchool: true, employed: false, navJobSeeker: true, interests: ['havbruk'] },
    ],
    [
      'Kandidaten er 31 år og bosatt i Arendal. Hun har fullført vgs helse- og oppvekstfag og har jobbet 4 år som assistent i barnehage, 100 %. Ikke fagbrev. Ønsker praksiskandidatordningen.',
      { age: 31, county: 'Agder', completedUpperSecondary: true, employed: true, employmentPercent: 100, practiceYears: 4, hasTradeCertificate: false, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Bruker er 24 år, bor i Kirkenes. Har ikke fullført grunnskole. Går på introduksjonsprogram. Ikke i jobb.',
      { age: 24, county: 'Finnmark', completedPrimarySchool: false, employed: false },
    ],
    [
      'Kandidat (44) bosatt i Mosjøen, jobber som operatør ved Alcoa i 100 % stilling, 18 års erfaring fra smelteverket. Ønsker fagbrev i kjemiprosessfaget.',
      { age: 44, county: 'Nordland', employed: true, employmentPercent: 100, practiceYears: 18, trade: 'kjemiprosessfaget' },
    ],
    [
      'Bruker er 37 år og bor i Elverum. Har jobbet som tømrer uten svennebrev i 12 år, de siste 5 i 60 % på grunn av ryggen. Jobber fortsatt.',
      { age: 37, county: 'Innlandet', employed: true, employmentPercent: 60, hasTradeCertificate: false, practiceYears: 10, trade: 'tømrerfaget', practiceUntil: 'now' },
    ],
    [
      'Deltaker, 49 år, Molde. Permittert fra stilling som industrimekaniker. Har fagbrev. 22 års erfaring.',
      // "Har fagbrev." right after the job: the certificate is in that trade.
      { age: 49, county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', practiceYears: 22 },
    ],
    [
      'Bruker er 33 år. Bosatt i Narvik. Jobber 40 % som kokk, ønsker full stilling. Har ikke fagbrev, men 8 års erfaring fra kjøkken.',
      { age: 33, county: 'Nordland', employed: true, employmentPercent: 40, hasTradeCertificate: false, practiceYears: 8, trade: 'kokkfaget' },
    ],
    [
      'Kandidat 27 år, Steinkjer. Studerer på deltid og jobber som lagerarbeider i 50 % stilling. Fullført vgs.',
      { age: 27, county: 'Trøndelag', completedUpperSecondary: true, employed: true, employmentPercent: 50, trade: 'logistikkfaget' },
    ],
    [
      'Bruker er 41 år, kom til Norge i 2012 fra Eritrea, bor i Skien. Har 12 år skolegang fra hjemlandet. Jobber som renholder 100 % og har gjort det i 8 år. Ønsker fagbrev.',
      { age: 41, county: 'Telemark', employed: true, employmentPercent: 100, practiceYears: 8, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Bruker, 55, Alta. Pensjonert fra Forsvaret, ønsker å jobbe med transport. Har førerkort klasse C.',
      { age: 55, county: 'Finnmark', employed: false, interests: ['transport'] },
    ],
    [
      'Kandidat er 36 år, jobber 100 % som helsefagarbeider på sykehjem i Stjørdal. Har fagbrev som helsefagarbeider. Vurderer å ta fagbrev som ambulansearbeider.',
      { age: 36, county: 'Trøndelag', employed: true, employmentPercent: 100, hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget', trade: 'ambulansefaget' },
    ],
    [
      'Bruker er 45 år, bor i Porsgrunn og jobber skift på Herøya. 100 % stilling. 19 års erfaring som prosessoperatør. Ikke fagbrev.',
      { age: 45, county: 'Telemark', employed: true, employmentPercent: 100, practiceYears: 19, hasTradeCertificate: false, trade: 'kjemiprosessfaget' },
    ],
    [
      'Bruker er 30 år. Registrert hos NAV, på tiltak (arbeidstrening) i en butikk. Vgs ikke fullført.',
      { age: 30, navJobSeeker: true, employed: false, completedUpperSecondary: false },
    ],
    [
      'Kandidaten er 48 år, bosatt i Sogndal. Jobber 75 % som sjåfør. Har kjørt buss i 16 år. Grunnskole, ikke videregående.',
      { age: 48, county: 'Vestland', employed: true, employmentPercent: 75, practiceYears: 16, completedPrimarySchool: true, completedUpperSecondary: false, trade: 'yrkessjåførfaget' },
    ],
    [
      'Bruker 38 år, Hammerfest. Arbeider som matros på en forsyningsbåt, 100 %. 10 års erfaring. Ønsker fagbrev i matrosfaget.',
      { age: 38, county: 'Finnmark', employed: true, employmentPercent: 100, practiceYears: 10, trade: 'matrosfaget' },
    ],
    [
      'Kandidat (50), bor i Tynset. Har jobbet i skogbruket i 25 år, nå selvstendig næringsdrivende. Ikke fagbrev. Ønsker fagbrev i skogfaget.',
      { age: 50, county: 'Innlandet', employed: true, practiceYears: 25, hasTradeCertificate: false, trade: 'skogfaget' },
    ],
    [
      'Bruker er 26 år og bor i Ski. Ble ferdig med vgs i 2017. Har jobbet som servitør i 6 år, 50 %. Ønsker fagbrev som servitør.',
      { age: 26, county: 'Akershus', completedUpperSecondary: true, employed: true, employmentPercent: 50, practiceYears: 6, trade: 'servitørfaget' },
    ],
    [
      'Deltaker, 34 år, Bergen. Mottar AAP. Tidligere 7 år som barnehageassistent. Ønsker å fullføre fagbrev som barne- og ungdomsarbeider.',
      { age: 34, county: 'Vestland', practiceYears: 7, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Kandidaten er 40 år og har vært ansatt i Norgesgruppen i 15 år. Bor i Vestby. 100 % stilling. Har fagbrev i logistikk.',
      { age: 40, county: 'Akershus', employed: true, employmentPercent: 100, practiceYears: 15, hasTradeCertificate: true, certificateTrade: 'logistikkfaget' },
    ],
    [
      'Bruker er 32 år, bosatt i Porsgrunn. Jobber som truckfører, 100 %. 7 års erfaring. Ikke fagbrev. Fullført vgs.',
      { age: 32, county: 'Telemark', completedUpperSecondary: true, employed: true, employmentPercent: 100, practiceYears: 7, hasTradeCertificate: false, trade: 'logistikkfaget' },
    ],
    [
      'Kandidat, 47 år, Gjøvik. Fagbrev som kokk (2001). Jobber nå 100 % som institusjonskokk. Ønsker fagbrev i institusjonskokkfaget.',
      { age: 47, county: 'Innlandet', hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: true, employmentPercent: 100, trade: 'institusjonskokkfaget' },
    ],
    ['Bruker er 44 år. Bor i Tønsberg. Arbeidsledig. Har fagbrev som kokk.', { age: 44, county: 'Vestfold', employed: false, hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ['Bruker er 28 år og bor i Kristiansand. Student, ikke i jobb. Ikke registrert hos NAV.', { age: 28, county: 'Agder', employed: false, navJobSeeker: false }],
    [
      'Deltaker er 53 år og har jobbet som sveiser i 30 år, de siste 10 i Bergen. Har ikke fagbrev. Jobber 100 %.',
      { age: 53, county: 'Vestland', employed: true, employmentPercent: 100, practiceYears: 30, hasTradeCertificate: false, trade: 'sveisefaget' },
    ],
    ['Bruker er 43 år, bor i Kristiansund. Mottar uføretrygd. Tidligere 12 år som lagerarbeider.', { age: 43, county: 'Møre og Romsdal', employed: false, practiceYears: 12 }],
    [
      'Kandidaten er 34 år, bosatt på Kongsberg, jobber 100 % som CNC-operatør og har 9 års erfaring. Ønsker fagbrev i CNC-maskinering.',
      { age: 34, county: 'Buskerud', employed: true, employmentPercent: 100, practiceYears: 9, trade: 'cnc-maskineringsfaget' },
    ],
    [
      'Bruker er 39 år. Permittert fra jobb som anleggsmaskinfører i Tromsø. 14 års erfaring. Ikke fagbrev.',
      { age: 39, county: 'Troms', practiceYears: 14, hasTradeCertificate: false },
    ],
    [
      'Kandidat 25 år, Lillehammer. Har fullført vg1 og vg2 restaurant- og matfag. Jobber som kokk 80 %, 3 års erfaring. Ønsker fagbrev i kokkfaget.',
      { age: 25, county: 'Innlandet', completedUpperSecondary: false, employed: true, employmentPercent: 80, practiceYears: 3, trade: 'kokkfaget' },
    ],
  ]);
});

describe('English from people who moved here, Norwegian terms in it', () => {
  eachProfile([
    ['Hi, I am 36 years old, I live in Drammen and I work in a kindergarten, 80 %.', { age: 36, county: 'Buskerud', employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I have worked as a welder for 11 years, in Poland and here in Norway. No fagbrev.', { hasTradeCertificate: false, practiceYears: 11, trade: 'sveisefaget', practiceAbroad: true }],
    ['I am unemployed and registered at NAV, I get dagpenger.', { employed: false, navJobSeeker: true }],
    ['My name is Ahmed, 29 years, I live in Kristiansand. I work part time in a shop.', { age: 29, county: 'Agder', employed: true, trade: 'salgsfaget' }],
    ['I finished high school in Norway (videregående) in 2012.', { completedUpperSecondary: true }],
    ['I did not finish videregående.', { completedUpperSecondary: false }],
    ['I have fagbrev as a chef from Norway.', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ['I am working in a hotel like cleaner 100%', { employed: true, employmentPercent: 100, trade: 'renholdsoperatørfaget' }],
    ['I am 52 and retired.', { age: 52, employed: false }],
    ['I want to become helsefagarbeider, now I work in hjemmetjenesten 60 %.', { employed: true, employmentPercent: 60, trade: 'helsearbeiderfaget' }],
    ['I work in the battery factory in Mo i Rana as operator, full time', { county: 'Nordland', employed: true, employmentPercent: 100 }],
    ['I am interested in electrical work and automation', { interests: ['elektro', 'automatisering'] }],
    ["I am a student at the university and I don't have a job", { employed: false }],
    ['I was driving a taxi for 6 years, now I am between jobs', { employed: false, practiceYears: 6 }],
    ['I have 15 years experience as a carpenter, I live in Ålesund', { county: 'Møre og Romsdal', practiceYears: 15, trade: 'tømrerfaget' }],
    ["I'm 44, from Ukraine, living in Haugesund. I work at a fish farm 100 %.", { age: 44, county: 'Rogaland', employed: true, employmentPercent: 100, trade: 'akvakulturfaget' }],
    ['I have not got a trade certificate, but I want the fagbrev as electrician', { hasTradeCertificate: false, trade: 'elektrikerfaget' }],
    ['I live in Molde since 2015 and work as a bus driver', { county: 'Møre og Romsdal', employed: true, trade: 'yrkessjåførfaget' }],
    ['I am on sick leave now, before I worked as a cook', {}],
    ['I have worked at a warehouse in Trondheim for 5 years full time', { county: 'Trøndelag', practiceYears: 5, practicePercent: 100, trade: 'logistikkfaget' }],
    ['I have finished primary school and upper secondary in Norway', { completedPrimarySchool: true, completedUpperSecondary: true }],
    ['I am from Somalia, I went to school there 8 years', {}],
    ['I am working as assistant in barnehage 100 % and I want fagbrev', { employed: true, employmentPercent: 100, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I am not registered at NAV and I have a job as a painter', { employed: true, navJobSeeker: false }],
    ['I want to work in logistics or transport', { interests: ['logistikk', 'transport'] }],
    ['I live in Bodø, working as lagermedarbeider 80%', { county: 'Nordland', employed: true, employmentPercent: 80, trade: 'logistikkfaget' }],
    ["I don't work now, I'm on NAV tiltak", { employed: false, navJobSeeker: true }],
    ['I am 47 years and I have fagbrev as industrimekaniker', { age: 47, hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget' }],
    [
      'I am 31. I came to Norway three years ago from Brazil. I am a hairdresser and I work in a salon in Stavanger, 60 %. I want to get the Norwegian fagbrev.',
      { age: 31, county: 'Rogaland', employed: true, employmentPercent: 60, trade: 'frisørfaget' },
    ],
    ['I work as electrician helper in Oslo for 4 years', { county: 'Oslo', employed: true, practiceYears: 4, trade: 'elektrikerfaget' }],
    [
      'Hello, my English is better than my Norwegian. I am 40, I live in Tromsø with my family. I have worked in a kitchen at a hotel for 7 years, full time. I want to take fagbrev as kokk.',
      { age: 40, county: 'Troms', employed: true, employmentPercent: 100, practiceYears: 7, trade: 'kokkfaget' },
    ],
    ['I am a truck driver in a big lager in Vestby, 100 %', { county: 'Akershus', employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['I finished grunnskole in Norway but not videregående', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['I live in Sarpsborg and I have no job right now', { county: 'Østfold', employed: false }],
    ["I'm a certified welder with Norwegian fagbrev", { hasTradeCertificate: true, certificateTrade: 'sveisefaget' }],
    ['I work like a cleaner in a school, 40 %', { employed: true, employmentPercent: 40, trade: 'renholdsoperatørfaget' }],
    ['I am 25, I work in a restaurant as waiter in Bergen', { age: 25, county: 'Vestland', employed: true, trade: 'servitørfaget' }],
    ['My wife is 35 and works in a kindergarten. I am 39 and work in a warehouse.', { age: 39, employed: true, trade: 'logistikkfaget' }],
    ['I work as a nurse assistant in sykehjem in Moss, 75%', { county: 'Østfold', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['I am 33. I have no fagbrev and no job. I am registered at NAV as job seeker.', { age: 33, hasTradeCertificate: false, employed: false, navJobSeeker: true }],
    ['I am a welder, but now I am out of work', { employed: false }],
    ['I have been a plumber for 9 years in Poland and 3 years in Norway', { practiceYears: 12, trade: 'rørleggerfaget', practiceAbroad: true }],
    ['I work full-time at Hydro in Årdal as process operator', { county: 'Vestland', employed: true, employmentPercent: 100, trade: 'kjemiprosessfaget' }],
    ['I have lived in Trondheim for 6 years. I work as a baker, 100 %.', { county: 'Trøndelag', employed: true, employmentPercent: 100, trade: 'bakerfaget' }],
    ['I want to change to health work, I am tired of the warehouse', { interests: ['helse'] }],
    ['I am 41, I have worked in cleaning for 10 years, now 100 % in a hospital in Bergen', { age: 41, county: 'Vestland', employed: true, employmentPercent: 100, practiceYears: 10, trade: 'renholdsoperatørfaget' }],
    ['Im 27 and i work at a warehouse in Sandnes', { age: 27, county: 'Rogaland', employed: true, trade: 'logistikkfaget' }],
    ['I am 58, I work as security guard in Oslo', { age: 58, county: 'Oslo', employed: true, trade: 'sikkerhetsfaget' }],
  ]);
});

describe('dialect and nynorsk: trøndersk, nordnorsk, vestlandsk', () => {
  eachProfile([
    ['Æ e 42 år og jobbe på lager i Orkanger', { age: 42, county: 'Trøndelag', employed: true, trade: 'logistikkfaget' }],
    ['æ har jobba som sveiser i tolv år', { practiceYears: 12, trade: 'sveisefaget' }],
    ['æ har ikkje fagbrev', { hasTradeCertificate: false }],
    ['Æ bor i Stjørdal og e arbeidsledig no', { county: 'Trøndelag', employed: false }],
    ['æ jobbe hundre prosent på sykehjemmet i Namsos', { county: 'Trøndelag', employed: true, employmentPercent: 100, trade: 'helsearbeiderfaget' }],
    ['æ har fagbrev som tømrar', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['æ har vorre på lager i sju år', { practiceYears: 7, trade: 'logistikkfaget' }],
    ['Æ e 36 og bor i Harstad, jobbe som kokk på hotellet', { age: 36, county: 'Troms', employed: true, trade: 'kokkfaget' }],
    ['Æ har ikkje fullført vidregåande', { completedUpperSecondary: false }],
    ['Æ jobba på fiskemottak i ti år, no e æ uten jobb. Bor i Båtsfjord.', { county: 'Finnmark', employed: false, practiceYears: 10 }],
    ['Eg er 45 år og bur i Førde', { age: 45, county: 'Vestland' }],
    ['Eg jobbar som reinhaldar på sjukehuset, 70 prosent', { employed: true, employmentPercent: 70, trade: 'renholdsoperatørfaget' }],
    ['Eg har ikkje fagbrev, men har jobba som snikkar i 15 år', { hasTradeCertificate: false, practiceYears: 15, trade: 'tømrerfaget' }],
    ['Eg har fullført vidaregåande', { completedUpperSecondary: true }],
    ['Eg er arbeidsledig og registrert hjå NAV', { employed: false, navJobSeeker: true }],
    ['Eg vil ta fagbrev som helsefagarbeidar', { trade: 'helsearbeiderfaget' }],
    ['Eg er 33 og jobbar i barnehage på Voss, 100 %', { age: 33, county: 'Vestland', employed: true, employmentPercent: 100, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['Eg er ufør og har ikkje jobb', { employed: false }],
    ['Eg har budd i Ørsta sidan 2010 og jobbar som sjåfør', { county: 'Møre og Romsdal', employed: true, trade: 'yrkessjåførfaget' }],
    ['Me bur på Stord, eg jobbar på verftet som platearbeidar', { county: 'Vestland', employed: true, trade: 'platearbeiderfaget' }],
    ['eg har grunnskule frå Noreg', { completedPrimarySchool: true }],
    ['Eg er 29, har ikkje fullført vidaregåande og jobbar på lager', { age: 29, completedUpperSecondary: false, employed: true, trade: 'logistikkfaget' }],
    ['Æ e pensjonist', { employed: false }],
    ['Æ har jobba som elektrikar i åtte år uten fagbrev', { hasTradeCertificate: false, practiceYears: 8, trade: 'elektrikerfaget' }],
    ['Æ e sykmeldt no', {}],
    ['Æ har vært i barnehagen i femten år som assistent', { practiceYears: 15, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['Æ jobbe deltid i butikken', { employed: true, trade: 'salgsfaget' }],
    ['Ka ska æ gjør for å få fagbrev, æ har jobba som tømmermann i ti år?', { practiceYears: 10, trade: 'tømrerfaget' }],
    ['Eg har jobba på oppdrettsanlegg på Hitra i sju år', { county: 'Trøndelag', practiceYears: 7, trade: 'akvakulturfaget' }],
    ['No jobbar eg på Tine i 100 % og har ikkje fagbrev', { employed: true, employmentPercent: 100, hasTradeCertificate: false }],
    ['Eg har tre ungar og jobbar 50 prosent som butikkmedarbeidar', { employed: true, employmentPercent: 50, trade: 'salgsfaget' }],
    ['Eg er 38, kjem frå Litauen, og har jobba som tømrar i Bergen i ti år', { age: 38, county: 'Vestland', practiceYears: 10, trade: 'tømrerfaget' }],
    ['Æ har vorre arbeidsledig i et år', { employed: false }],
    ['Æ vil bli helsefagarbeider', { trade: 'helsearbeiderfaget' }],
    ['æ e 27, bur i Bodø, har ikkje jobb', { age: 27, county: 'Nordland', employed: false }],
    ['Eg har tatt fagbrev i kokkfaget', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ['Eg har jobba på sjukeheim i 9 år i 50 prosent', { practiceYears: 4.5, practicePercent: 50, trade: 'helsearbeiderfaget' }],
    ['Æ e 31 og har jobba som frisør i Tromsø i seks år', { age: 31, county: 'Troms', practiceYears: 6, trade: 'frisørfaget' }],
    ['Eg har ikkje vore i jobb sidan 2020', { employed: false, practiceUntil: 2020 }],
    ['Æ har fagbrev som elektrikar og jobbe på Hydro i Sunndalsøra', { county: 'Møre og Romsdal', employed: true, hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['Æ har gått ut vidregåande og jobbe no på lager i Levanger', { county: 'Trøndelag', completedUpperSecondary: true, employed: true, trade: 'logistikkfaget' }],
    ['Eg bur på Stord og er utan arbeid', { county: 'Vestland', employed: false }],
    ['Æ e 55 og har køyrd lastebil i 30 år', { age: 55, practiceYears: 30, trade: 'yrkessjåførfaget' }],
    ['Eg har jobba som kokk på ein båt i 8 år', { practiceYears: 8, trade: 'kokkfaget' }],
    ['Eg har fagbrev som tømrar og jobbar som det framleis', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget', employed: true, practiceUntil: 'now' }],
    ['Æ har bodd i Bodø i tjue år og jobbe på flyplassen', { county: 'Nordland', employed: true }],
    ['Æ e trønder, bor i Melhus og jobbe som tømrar', { county: 'Trøndelag', employed: true, trade: 'tømrerfaget' }],
  ]);
});

describe('numbers written as words', () => {
  eachProfile([
    ['jeg er førtito år', { age: 42 }],
    ['jeg er trettifem og bor i Moss', { age: 35, county: 'Østfold' }],
    ['har jobbet som kokk i tolv år', { practiceYears: 12, trade: 'kokkfaget' }],
    ['jobber åtti prosent på lager', { employed: true, employmentPercent: 80, trade: 'logistikkfaget' }],
    ['har halvannet års erfaring som sveiser', { practiceYears: 1.5, trade: 'sveisefaget' }],
    ['har vært på lageret i to og et halvt år', { practiceYears: 2.5, trade: 'logistikkfaget' }],
    ['jeg jobber femti prosent', { employed: true, employmentPercent: 50 }],
    ['femtito år, arbeidsledig', { age: 52, employed: false }],
    ['har jobbet som renholder i et og et halvt år', { practiceYears: 1.5, trade: 'renholdsoperatørfaget' }],
    ['jeg har sytti prosent stilling som assistent i barnehage', { employed: true, employmentPercent: 70, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg er tjueåtte og har fagbrev som frisør', { age: 28, hasTradeCertificate: true, certificateTrade: 'frisørfaget' }],
    ['jobbet som sjåfør i fjorten år, i seksti prosent', { practiceYears: 8.4, practicePercent: 60 }],
    ['I am forty-five and work as a welder', { age: 45, employed: true, trade: 'sveisefaget' }],
    ['I have worked in a warehouse for seven years', { practiceYears: 7, trade: 'logistikkfaget' }],
    ['Eg er førtisju og har jobba i tjue år på sagbruk', { age: 47, practiceYears: 20, trade: 'trearbeiderfaget' }],
    ['æ e seksogførti', { age: 46 }],
    ['jobber hundre prosent', { employed: true, employmentPercent: 100 }],
    // The last years run until now: their stilling is the one now.
    ['jeg har jobbet i ti år på sykehjem, de siste fire i full stilling', { employed: true, employmentPercent: 100, practiceYears: 10, trade: 'helsearbeiderfaget' }],
    ['Jeg er sekstien år og pensjonist', { age: 61, employed: false }],
    ['jobber tre dager i uka på lager', { employed: true, trade: 'logistikkfaget' }],
    ['tjueni år, bor i Hamar, jobber som kokk', { age: 29, county: 'Innlandet', employed: true, trade: 'kokkfaget' }],
    ['har vært truckfører i åtte år', { practiceYears: 8, trade: 'logistikkfaget' }],
    ['har jobbet seks år i sytti prosent som renholder', { practiceYears: 4.2, practicePercent: 70, trade: 'renholdsoperatørfaget' }],
    ['jeg er trettien og har jobbet som elektriker i ni år', { age: 31, practiceYears: 9, trade: 'elektrikerfaget' }],
    ['har jobbet i fire og et halvt år som helsefagarbeider', { practiceYears: 4.5, trade: 'helsearbeiderfaget' }],
    ['I work eighty percent as a cook', { employed: true, employmentPercent: 80, trade: 'kokkfaget' }],
    ['I have three years experience as a hairdresser', { practiceYears: 3, trade: 'frisørfaget' }],
    ['er femtifem, har jobba som snekker i tretti år', { age: 55, practiceYears: 30, trade: 'tømrerfaget' }],
    ['jobba i to år som lærling men fikk aldri fagbrev', { hasTradeCertificate: false, practiceYears: 2 }],
  ]);
});

describe('"de fleste": most of the years, or most people', () => {
  eachProfile([
    ['Jeg har bodd i Norge i åtte år, de fleste i Tromsø.', { county: 'Troms' }],
    ['De fleste bor i Bergen.', {}],
    ['De fleste i familien min bor i Bergen.', {}],
  ]);
});

describe('learners\' "like": "as" after a place of work, "such as" after a plural', () => {
  eachProfile([
    ['I work in a school like cleaner, 60 %', { employed: true, employmentPercent: 60, trade: 'renholdsoperatørfaget' }],
    ['Hi, I have worked in many jobs like cleaner and cook', {}],
    ['I like my job as a cook in Bergen', { county: 'Vestland', trade: 'kokkfaget' }],
  ]);
});

describe('more of the same styles, written after the changes above', () => {
  eachProfile([
    [
      'hei, jeg heter ahmed og er 31 år. bor i skien. jobber på rema som butikkmedarbeider i 3 år nå, 100 prosent. har ikke fagbrev men vil ta det',
      { age: 31, county: 'Telemark', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 3, trade: 'salgsfaget' },
    ],
    ['er arbeidsledig etter at fabrikken la ned. jobbet der i 22 år som operatør. bor i Sauda', { county: 'Rogaland', employed: false, practiceYears: 22 }],
    ['Jeg er 52. Jobbet som sjåfør i 25 år. Fikk vondt i ryggen og måtte slutte. Nå går jeg på AAP. Vil omskolere meg til noe innen IT.', { age: 52, interests: ['ikt'], practiceUntil: 'past' }],
    ['Eg jobbar som fagarbeidar på eit verkstad i Førde, men har ikkje fagbrev. Eg er 44.', { age: 44, county: 'Vestland', hasTradeCertificate: false, employed: true }],
    ['Æ har jobba i barnehage i 9 år, no e æ 35 og vil ta fagbrev', { age: 35, practiceYears: 9, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg jobbet som vekter i 6 år før jeg ble sykmeldt. bor i Hamar', { county: 'Innlandet', practiceYears: 6, practiceUntil: 'past' }],
    [
      'I am 29, from Poland, I work like electrician helper in Kristiansand 100 % for 3 years. I want fagbrev.',
      { age: 29, county: 'Agder', employed: true, employmentPercent: 100, practiceYears: 3, trade: 'elektrikerfaget' },
    ],
    ['jeg har jobbet på fiskebruk hele livet, nå vil jeg bli helsefagarbeider', { trade: 'helsearbeiderfaget' }],
    [
      'Bruker er 50 år og har hatt mange ulike jobber, siste 8 år som renholder i 50 % stilling. Bor i Lillestrøm.',
      // The last years run until now: their stilling is the one now.
      { age: 50, county: 'Akershus', employed: true, employmentPercent: 50, practiceYears: 8, trade: 'renholdsoperatørfaget' },
    ],
  ]);
});

describe('a question opening with its verb and someone else as subject asks about them, it tells nothing of the writer', () => {
  eachProfile([
    ['Får sjefen lønnstilskudd via NAV når han ansetter meg?', {}],
    ['Kan fylket gi meg lønnstilskudd fra NAV?', {}],
  ]);
});

describe('what the writer says they are ("I\'m a single mom", "jeg er alenemor") is no one else', () => {
  eachProfile([
    ["I'm a single dad working 70% at a warehouse in Bodø.", { county: 'Nordland', employed: true, employmentPercent: 70, trade: 'logistikkfaget' }],
    ['I am a mum working full time in Stavanger', { county: 'Rogaland', employed: true, employmentPercent: 100 }],
    ['jeg er småbarnsmor jobber 50 % i Tromsø', { county: 'Troms', employed: true, employmentPercent: 50 }],
    // (Someone of one's own after a number is someone else: the writer's age, then the husband.)
    ['jeg er 40 mannen min jobber i Bodø', { age: 40 }],
  ]);
});

describe("a counsellor's shorthand: \"bor/bosatt\" without a preposition, \"fbrev\", \"kand.\"", () => {
  eachProfile([
    ['kand. 29 år, 6 år renhold, bosatt Levanger', { age: 29, county: 'Trøndelag', practiceYears: 6, trade: 'renholdsoperatørfaget' }],
    ['Bruker 51 år, uten fbrev, bor Alta', { age: 51, county: 'Finnmark', hasTradeCertificate: false }],
    // (Only a place's name, with its capital: "bor Ola sin gård" names no place.)
    ['Jeg bor Ola sin gård', {}],
  ]);
});

describe('a place in Norway that shares a word with a name abroad ("Gran", "Gran Canaria") is in Norway', () => {
  eachProfile([
    ['Tok videregående på Gran og har jobbet på sagbruk i 7 år.', { completedUpperSecondary: true, practiceYears: 7, trade: 'trearbeiderfaget' }],
  ]);
});

describe('practice told as done abroad is marked so; where someone comes from is not where they worked', () => {
  eachProfile([
    ['In Poland I was a mechanic for 10 years. Now I work at a salmon factory in Hitra, full time.', { county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 10, practiceAbroad: true }],
    ['jobba som frisør i Syria i 14 år før vi flykta', { practiceYears: 14, practiceAbroad: true }],
    ['Kommer fra Eritrea, har jobbet som renholder i Bodø i 9 år', { county: 'Nordland', practiceYears: 9, trade: 'renholdsoperatørfaget' }],
    ["I'm from Ukraine and have worked in a fish factory in Ålesund for 6 years", { county: 'Møre og Romsdal', practiceYears: 6 }],
    // (Years abroad in another trade are not the years counted.)
    ['Jobbet 12 år som snekker i Litauen, nå 2 år på lager i Moss', { county: 'Østfold', practiceYears: 2, trade: 'logistikkfaget' }],
  ]);
});

describe('leaving upper secondary after its first years ("droppa ut etter vg2") is not having finished it', () => {
  eachProfile([
    ['Droppa ut etter vg2 elektro, jobber på lager nå', { completedUpperSecondary: false, employed: true, trade: 'logistikkfaget' }],
    ['I dropped out after vg1 and now I work in a shop in Moss', { county: 'Østfold', completedUpperSecondary: false, employed: true, trade: 'salgsfaget' }],
    ['Slutta etter vg1, har jobba på sjukeheim sidan', { completedUpperSecondary: false, employed: true, trade: 'helsearbeiderfaget' }],
    // (Leaving a job after vg2 was done says nothing against it.)
    ['sluttet på jobben etter vg2 ble ferdig', { practiceUntil: 'past' }],
  ]);
});
