// A third round of messages written the way adults type them, aimed at what is easiest to miss:
// whether someone has work now, years of practice said every way, whether videregående was
// finished, NAV, the trade of the work they do or want; written with typos and without æøå, in
// trøndersk, nordnorsk, vestlandsk and nynorsk, in English from people who moved here, as long life
// stories with several jobs, as counsellors' notes, and on someone else's behalf. Each profile lists
// every field the message states.
import { eachProfile } from '../support/understanding';


describe('no work now, said every way', () => {
  eachProfile([
    ['er arbeidsledg for tida', { employed: false }],
    ['æ e arbeidsledig no, har vore det sia jul', { employed: false }],
    ['jobbar ikkje no', { employed: false }],
    ['e itj i jobb for tida', { employed: false }],
    ['Har ingen jobb nå, men er registrert som arbeidssøker', { employed: false, navJobSeeker: true }],
    ['mista jobben i vår og går på dagpenger', { employed: false, navJobSeeker: true }],
    ['jeg er uføretrygda', { employed: false }],
    ['gikk av med AFP i fjor', { employed: false }],
    ['er hjemmeværende med tre unger', { employed: false }],
    ['Jeg jobber ikke for øyeblikket', { employed: false }],
    ['har ikke hatt jobb på to år', { employed: false }],
    ['går på introduksjonsprogrammet', { employed: false }],
    ['er student og har ikke jobb ved siden av', { employed: false }],
    ['pensjonert sjåfør, 67 år', { age: 67, employed: false }],
    ["I'm between jobs right now", { employed: false }],
    ['I lost my job in March and I am registered with NAV', { employed: false, navJobSeeker: true }],
    ['I am currently not working', { employed: false }],
    ["I'm on disability benefits", { employed: false }],
    ["I'm a stay-at-home mum with two kids", { employed: false }],
    ['ble oppsagt i høst, nå ledig', { employed: false }],
    ['Arbeidsledig. Registrert hos NAV siden mai.', { employed: false, navJobSeeker: true }],
    ['ikke i arbeid', { employed: false }],
    ['arbeidsledig, men ikke registrert på nav', { employed: false, navJobSeeker: false }],
    ['jeg er arbeidsløs etter at fabrikken la ned', { employed: false }],
    ['er uten arbeid og har vært det i et år', { employed: false }],
    // (Years after it that name a trade are work of their own, not the time out of work.)
    ['arbeidsledig siden januar, 9 år som kokk før det', { employed: false, practiceYears: 9 }],
    ['arbeidsledig fra i vår, 11 år som sveiser', { employed: false, practiceYears: 11 }],
    ['har ikkje arbeid no', { employed: false }],
    ['eg er arbeidsledig og bur i Florø', { county: 'Vestland', employed: false }],
    ['I have been unemployed for two years', { employed: false }],
    ['I do not have a job now', { employed: false }],
    ['er pensjonist men vil gjerne jobbe litt', { employed: false }],
    ['jobber ikke pga helsa', { employed: false }],
  ]);
});

describe('work now, said every way', () => {
  eachProfile([
    ['jobber ca 60 prosent på ein butikk', { employed: true, employmentPercent: 60, trade: 'salgsfaget' }],
    ['jobber fullt på sjukeheimen', { employed: true, employmentPercent: 100, trade: 'helsearbeiderfaget' }],
    ['har fast jobb som bussjåfør i Tromsø', { county: 'Troms', employed: true, trade: 'yrkessjåførfaget' }],
    ['e jobbe som tømrar i Steinkjer, 100%', { county: 'Trøndelag', employed: true, employmentPercent: 100, trade: 'tømrerfaget' }],
    ['studerer og jobber 20 % i butikk', { employed: true, employmentPercent: 20, trade: 'salgsfaget' }],
    ['jobber natt på et sykehjem i Kristiansand, 75% stilling', { county: 'Agder', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['I work 100% at a warehouse in Drammen', { county: 'Buskerud', employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['I have a part-time job in a kindergarten', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobber som assistent på SFO, 40 %', { employed: true, employmentPercent: 40, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har jobb i matbutikk, 80 prosent', { employed: true, employmentPercent: 80, trade: 'salgsfaget' }],
    ['jeg har to jobber, en på lager og en som vekter', { employed: true }],
    ['jeg er ikke registrert hos nav, jeg jobber 50 % som renholder', { employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget', navJobSeeker: false }],
    ['jobber ekstravakter på sykehjemmet', { employed: true, trade: 'helsearbeiderfaget' }],
    ['er vikar i barnehage', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobber som tømrer i eget firma', { employed: true, trade: 'tømrerfaget' }],
    ['jeg er frisør', { employed: true, trade: 'frisørfaget' }],
    ['kjører buss i Oslo', { county: 'Oslo', employed: true, trade: 'yrkessjåførfaget' }],
    ['jobber på sagbruk', { employed: true, trade: 'trearbeiderfaget' }],
    ['jobber i hjemmetjenesten', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jobber som lærling i elektrikerfaget', { employed: true, trade: 'elektrikerfaget' }],
    ["I work as a cook in a restaurant", { employed: true, trade: 'kokkfaget' }],
    ["I'm working as a bus driver in Oslo", { county: 'Oslo', employed: true, trade: 'yrkessjåførfaget' }],
    ['I work night shifts at a nursing home, 50%', { employed: true, employmentPercent: 50, trade: 'helsearbeiderfaget' }],
    ['jobbar som reinhaldar på skulen, 70 prosent', { employed: true, employmentPercent: 70, trade: 'renholdsoperatørfaget' }],
    ['er i full jobb som sveiser', { employed: true, employmentPercent: 100, trade: 'sveisefaget' }],
    ['jobber fast 80 % som barnehageassistent', { employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har fått fast stilling på lageret, 100 prosent', { employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['jobbe på lager i Molde', { county: 'Møre og Romsdal', employed: true, trade: 'logistikkfaget' }],
  ]);
});

describe('employment left open', () => {
  eachProfile([
    ['permitert fra jobben på verftet siden januar', {}],
    ['sykemeldt fra jobben som kokk', {}],
    ['jobber bare litt av og på som vikar', {}],
    ['Mottar AAP', {}],
    ["I'm laid off from the factory", {}],
    ['er delvis sykmeldt fra jobben på lageret', {}],
  ]);
});

describe('years of practice', () => {
  eachProfile([
    ['har jobba på lager i sju år', { practiceYears: 7, trade: 'logistikkfaget' }],
    ['har jobbet i barnehage i halvannet år', { practiceYears: 1.5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobbet 3 og et halvt år som sveiser', { practiceYears: 3.5 }],
    ['har 8 års erfaring som tømrer', { practiceYears: 8, trade: 'tømrerfaget' }],
    ['har kjørt lastebil i 15 år', { practiceYears: 15, trade: 'yrkessjåførfaget' }],
    ['I have worked as a welder for 6 years', { practiceYears: 6, trade: 'sveisefaget' }],
    ['I worked 4 years in a warehouse in Poland', { practiceYears: 4, practiceUntil: 'past', practiceAbroad: true }],
    ['har 20 års erfaring fra bilverksted', { practiceYears: 20, trade: 'bilfaget' }],
    ['jobbet 10 år som hjelpepleier i 50 % stilling', { practiceYears: 5, practicePercent: 50 }],
    ['har jobbet 4 år i 60% på sykehjem og vil ta fagbrev som helsefagarbeider', { practiceYears: 2.4, practicePercent: 60, trade: 'helsearbeiderfaget' }],
    ['har to års erfaring som lagermedarbeider', { practiceYears: 2, trade: 'logistikkfaget' }],
    ['har vært sjåfør i tjue år', { practiceYears: 20, trade: 'yrkessjåførfaget' }],
    ['har drevet med renhold i 9 år', { practiceYears: 9, trade: 'renholdsoperatørfaget' }],
    ['jobba tre år i butikk og to år på lager, vil ta fagbrev i logistikk', { practiceYears: 2, trade: 'logistikkfaget' }],
    ['har jobba som bilmekaniker i 11 år, men har ikke fagbrev', { hasTradeCertificate: false, practiceYears: 11, trade: 'bilfaget' }],
    ['Eg har arbeidd som kokk i sju år', { practiceYears: 7, trade: 'kokkfaget' }],
    ['har over 20 års erfaring', {}],
    ['har jobbet et par år som servitør', { trade: 'servitørfaget' }],
    ['Jeg har jobbet i 25 år som tømrer uten svennebrev', { hasTradeCertificate: false, practiceYears: 25, trade: 'tømrerfaget' }],
    ['Experience: 6 years as a forklift driver in a warehouse', { practiceYears: 6, trade: 'logistikkfaget' }],
    ['jobbet 2 år som kokk i Thailand før jeg kom hit', { practiceYears: 2, practiceAbroad: true }],
    ['jobbet 5 år i 80% som frisør', { practiceYears: 5, practicePercent: 80 }],
    ['har jobbet som helsefagarbieder i 6 år uten fagbrev', { hasTradeCertificate: false, practiceYears: 6, trade: 'helsearbeiderfaget' }],
    ['har jobba på sykehjemmet i 10 år', { practiceYears: 10, trade: 'helsearbeiderfaget' }],
    ['har jobbet 7 år som kokk, vil ta fagbrev', { practiceYears: 7, trade: 'kokkfaget' }],
    ['har jobbet fire og et halvt år i barnehage', { practiceYears: 4.5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har jobbet i 12 år som sveiser på verft', { practiceYears: 12, trade: 'sveisefaget' }],
    ['æ har jobba tre år som vekter', { practiceYears: 3, trade: 'sikkerhetsfaget' }],
    ['eg har jobba ni år i butikk', { practiceYears: 9, trade: 'salgsfaget' }],
    ['har jobba 6 år i 50 prosent som renholder', { practiceYears: 3, practicePercent: 50, trade: 'renholdsoperatørfaget' }],
    ['I have 10 years experience as a carpenter from Lithuania', { practiceYears: 10, trade: 'tømrerfaget', practiceAbroad: true }],
    ['I worked as a chef for eight years before I came to Norway', { practiceYears: 8, practiceUntil: 'past' }],
    ['har jobbet 3 år på sykehjem og 4 år i hjemmetjenesten', { practiceYears: 7, trade: 'helsearbeiderfaget' }],
    ['har 15 års erfaring fra anlegg som maskinfører', { practiceYears: 15, trade: 'anleggsmaskinførerfaget' }],
    // "snart fem år" is not yet five: the years are asked.
    ['har jobbet som vekter i snart fem år', { trade: 'sikkerhetsfaget' }],
    ['har jobbet som renholder i ca. 12 år', { practiceYears: 12, trade: 'renholdsoperatørfaget' }],
    ['har 6 års praksis fra barnehage i 50% stilling', { practiceYears: 3, practicePercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
  ]);
});

describe('videregående finished or not', () => {
  eachProfile([
    ['har videregående', { completedUpperSecondary: true }],
    ['fullførte vidregåande i 2005', { completedUpperSecondary: true }],
    ['tok aldri ferdig vgs', { completedUpperSecondary: false }],
    ['Eg har ikkje fullført vidaregåande skule', { completedUpperSecondary: false }],
    ['har ikke fullfort vgs', { completedUpperSecondary: false }],
    ['gikk to år på vgs men fikk ikke læreplass', { completedUpperSecondary: false }],
    ['har studiekompetanse', { completedUpperSecondary: true }],
    ['Jeg droppet ut av videregående', { completedUpperSecondary: false }],
    ['sluttet på vgs etter første året', { completedUpperSecondary: false }],
    ['I did not finish upper secondary', { completedUpperSecondary: false }],
    ['I finished high school in Norway', { completedUpperSecondary: true }],
    ['I have high school from Somalia', {}],
    ['completed upper secondary school in Lithuania', {}],
    ['har bare 10. klasse', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har ikke gått videregående', { completedUpperSecondary: false }],
    ['fullført vgs med fagbrev i salg', { completedUpperSecondary: true, hasTradeCertificate: true, certificateTrade: 'salgsfaget' }],
    ['vgs: ikke fullført', { completedUpperSecondary: false }],
    ['Utdanning: grunnskole og påbegynt vgs', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har halvferdig vgs', { completedUpperSecondary: false }],
    ['mangler to fag på vgs', { completedUpperSecondary: false }],
    ['jeg har ikke vitnemål fra videregående', { completedUpperSecondary: false }],
    ['fullførte videregående for 20 år siden, bor i Gjøvik', { county: 'Innlandet', completedUpperSecondary: true }],
    ['avsluttet vgs i 1999', { completedUpperSecondary: true }],
    ['e har vidregåande', { completedUpperSecondary: true }],
    ['tok allmennfag, men strøk i matte', { completedUpperSecondary: false }],
    ['har ikke fullført, bare vg1', { completedUpperSecondary: false }],
    ['fullførte ikke vgs pga sykdom', { completedUpperSecondary: false }],
    ['har påbegynt videregående men ikke fullført', { completedUpperSecondary: false }],
    ['har fullført videregående og har fagbrev som helsefagarbeider', { completedUpperSecondary: true, hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget' }],
    ['har allmenn studiekompetanse', { completedUpperSecondary: true }],
    ['vgs fullført 2012', { completedUpperSecondary: true }],
    ['har generell studiekompetanse fra Iran', {}],
    ['Har VGS fra Norge', { completedUpperSecondary: true }],
    ['har tatt vg3 påbygg', { completedUpperSecondary: true }],
    ['har fullført vgs pa yrkesfag', { completedUpperSecondary: true }],
    ['fullfoerte ikke videregaaende', { completedUpperSecondary: false }],
    ['ferdig med vgs i 2015', { completedUpperSecondary: true }],
    ['vidregående fullførtt', { completedUpperSecondary: true }],
    ['har ikke fullfrt videregående', { completedUpperSecondary: false }],
    ["I didn't complete high school", { completedUpperSecondary: false }],
    ['I dropped out of high school', { completedUpperSecondary: false }],
    ['I have upper secondary school from Norway', { completedUpperSecondary: true }],
    ['æ har itj vidregåande', { completedUpperSecondary: false }],
  ]);
});

describe('NAV', () => {
  eachProfile([
    ['registrert arbeidssøker på nav', { navJobSeeker: true }],
    ['er registrert hos nav som arbeidsledig', { employed: false, navJobSeeker: true }],
    ['får dagpenger fra NAV', { navJobSeeker: true }],
    ['mottar dagpengar', { navJobSeeker: true }],
    ['er på arbeidspraksis gjennom NAV i en butikk', { employed: false, navJobSeeker: true }],
    ['jeg er ikke meldt til NAV', { navJobSeeker: false }],
    ['ikke registrert arbeidssøker', { navJobSeeker: false }],
    ['har ikkje registrert meg på nav', { navJobSeeker: false }],
    ['I get unemployment benefits from NAV', { navJobSeeker: true }],
    ["I'm not registered at NAV", { navJobSeeker: false }],
    ['I am registered as a job seeker at NAV', { navJobSeeker: true }],
    ['er på tiltak hos NAV', { employed: false, navJobSeeker: true }],
    ['Registrert hos NAV: ja', { navJobSeeker: true }],
    ['Registrert hos NAV: nei', { navJobSeeker: false }],
    ['mottar dagpenger etter at jeg ble permittert', { navJobSeeker: true }],
    ['har vært registrert ledig på nav i et halvt år', { employed: false, navJobSeeker: true }],
    ['har meldt meg arbeidsledig', { employed: false, navJobSeeker: true }],
    ['får dagpeger', { navJobSeeker: true }],
    ['registret som arbeidssøker', { navJobSeeker: true }],
    ['ikke reg. hos NAV', { navJobSeeker: false }],
    ['Jeg er på jobbklubb hos NAV', { employed: false, navJobSeeker: true }],
    ['e registrert på nav og får dagpenga', { navJobSeeker: true }],
    ['Ikke registrert på NAV. Jobber 100 %.', { employed: true, employmentPercent: 100, navJobSeeker: false }],
    ['I receive dagpenger', { navJobSeeker: true }],
    ['er meldt arbeidssøker hos Nav', { navJobSeeker: true }],
    ['går på arbeidstrening via nav', { employed: false, navJobSeeker: true }],
  ]);
});

describe('the trade they want, or of the work they do', () => {
  eachProfile([
    ['jobber som helsearbeider på sykehjem', { employed: true, trade: 'helsearbeiderfaget' }],
    ['er snekker', { employed: true, trade: 'tømrerfaget' }],
    ['jobber som lagerarbider', { employed: true, trade: 'logistikkfaget' }],
    ['jobber som rengjører på en skole', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['jobber som trucksjåfør', { employed: true, trade: 'logistikkfaget' }],
    ['vil bli rørlegger', { trade: 'rørleggerfaget' }],
    ['har lyst til å ta fagbrev som elektriker', { trade: 'elektrikerfaget' }],
    ['ønsker fagbrev i barne og ungdomsarbeiderfaget', { trade: 'barne- og ungdomsarbeiderfaget' }],
    ['drømmer om å bli kokk', { trade: 'kokkfaget' }],
    ['vil ta fagbrev i helsefag', { trade: 'helsearbeiderfaget' }],
    ['I want to become an electrician', { trade: 'elektrikerfaget' }],
    ['I want to take the trade certificate as a carpenter', { trade: 'tømrerfaget' }],
    ['vil ta svennebrev som murer', { trade: 'murer- og flisleggerfaget' }],
    ['vurderer å ta fagbrev som industrimekaniker', { trade: 'industrimekanikerfaget' }],
    ['målet mitt er å bli helsefagarbeidar', { trade: 'helsearbeiderfaget' }],
    ['har fagbrev som kokk men vil bli helsefagarbeider', { hasTradeCertificate: true, certificateTrade: 'kokkfaget', trade: 'helsearbeiderfaget' }],
    ['har fagbrev som bilmekaniker', { hasTradeCertificate: true, certificateTrade: 'bilfaget' }],
    ['vil ta fagbrev som tømrer, jobber som hjelpearbeider på bygg nå', { employed: true, trade: 'tømrerfaget' }],
    ['ønsker å bli yrkessjåfør', { trade: 'yrkessjåførfaget' }],
    ['jobber på fiskeoppdrett på Frøya', { county: 'Trøndelag', employed: true, trade: 'akvakulturfaget' }],
    ['jobbar som fagarbeidar i barnehage', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I would like to become a hairdresser', { trade: 'frisørfaget' }],
    ['jobber som pleieasisstent', { employed: true, trade: 'helsearbeiderfaget' }],
    ['vil ta fagbrevet som logistikkoperatør', { trade: 'logistikkfaget' }],
    ['har lyst å bli tømrer', { trade: 'tømrerfaget' }],
    ['vil bli sveiser', { trade: 'sveisefaget' }],
  ]);
});

describe('a trade learnt is a certificate held', () => {
  eachProfile([
    ['er utdannet kokk', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ['er utdanna tømrer', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['utdannet helsefagarbeider, jobber på sykehjem i Molde', { county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget', employed: true }],
    ['utdannet sykepleier fra Filippinene', {}],
    ['er utdannet lærer', {}],
    ["I'm a trained electrician from Poland", {}],
    ['er utdannet frisør men jobber i butikk nå', { hasTradeCertificate: true, certificateTrade: 'frisørfaget', employed: true }],
    ['har fagbrev fra Polen som sveiser', {}],
    ['jeg er ikke utdannet kokk, men jobber som kokk', { employed: true, trade: 'kokkfaget' }],
    ['eg er utdanna elektrikar og bur i Ålesund', { county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['vil bli utdannet kokk', { trade: 'kokkfaget' }],
  ]);
});

describe('where the person lives or works, in English and Norwegian', () => {
  eachProfile([
    ['I work at a school in Bergen', { county: 'Vestland', employed: true }],
    ['I work at a hotel in Tromsø', { county: 'Troms', employed: true }],
    ['I live in Kristiansand with my family', { county: 'Agder' }],
    ['We moved to Ålesund two years ago', { county: 'Møre og Romsdal' }],
    ['I am from Syria and live in Drammen now', { county: 'Buskerud' }],
    ['I work in a nursing home in Fredrikstad', { county: 'Østfold', employed: true, trade: 'helsearbeiderfaget' }],
    ["I'm 35 and I work at the airport in Bodø", { age: 35, county: 'Nordland', employed: true }],
    ['bor på Stord', { county: 'Vestland' }],
    ['bur på Voss', { county: 'Vestland' }],
    ['æ bor i Mosjøen', { county: 'Nordland' }],
    ['bor i kristiansund', { county: 'Møre og Romsdal' }],
    ['bor i Tonsberg', { county: 'Vestfold' }],
    ['bor i Lillehamer', { county: 'Innlandet' }],
    ['kommer fra Eritrea, bor i Tromsø', { county: 'Troms' }],
    ['har kurs i Oslo neste uke, bor i Moss', { county: 'Østfold' }],
    ['søstera mi bor i Bergen, jeg bor i Haugesund', { county: 'Rogaland' }],
    ['vokste opp i Narvik men bor nå i Trondheim', { county: 'Trøndelag' }],
    ['I grew up in Bergen but now I live in Oslo', { county: 'Oslo' }],
    ['jobber på Hydro Karmøy', { county: 'Rogaland', employed: true }],
    ['I work at Equinor in Stavanger', { county: 'Rogaland', employed: true }],
    ['I am working at a fish factory in Ålesund', { county: 'Møre og Romsdal', employed: true }],
    ['bor like utenfor Bodø', { county: 'Nordland' }],
    ['I work at the hospital in Tromsø as a cleaner', { county: 'Troms', employed: true, trade: 'renholdsoperatørfaget' }],
    ['I work at a kindergarten in Bærum', { county: 'Akershus', employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I work at a shop in Hamar, 60%', { county: 'Innlandet', employed: true, employmentPercent: 60, trade: 'salgsfaget' }],
    ['we live at Sortland', { county: 'Nordland' }],
    ['bor i trondhiem og jobber i barnehage', { county: 'Trøndelag', employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['er 45 år, bor i Fredrikstd, jobber som sjafør', { age: 45, county: 'Østfold', employed: true, trade: 'yrkessjåførfaget' }],
  ]);
});

describe('a message written on someone else’s behalf is about that person', () => {
  eachProfile([
    [
      'Jeg skriver for mannen min, han har jobbet som tømrer i 12 år uten fagbrev. Han er 45 og bor i Skien.',
      { age: 45, county: 'Telemark', hasTradeCertificate: false, practiceYears: 12, trade: 'tømrerfaget' },
    ],
    [
      'Skriver på vegne av kona mi. Hun er 38, jobber 80 % som assistent i barnehage i Bodø og vil ta fagbrev.',
      { age: 38, county: 'Nordland', employed: true, employmentPercent: 80, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    ['Jeg spør for sønnen min på 19. Han har sluttet på vgs og jobber på lager.', { age: 19, completedUpperSecondary: false, employed: true, trade: 'logistikkfaget' }],
    [
      'I am writing for my husband. He is 50, unemployed and registered at NAV. He has worked as a welder for 20 years.',
      { age: 50, employed: false, practiceYears: 20, navJobSeeker: true },
    ],
    [
      'Jeg skriver for min far som ikke kan så godt norsk. Han er 58 år, bor i Drammen og har kjørt lastebil i 30 år.',
      { age: 58, county: 'Buskerud', practiceYears: 30, trade: 'yrkessjåførfaget' },
    ],
    [
      'Writing on behalf of my wife: she is 33, lives in Sandnes and works part time in a kindergarten.',
      { age: 33, county: 'Rogaland', employed: true, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    ['spør på vegne av broren min. han er 27, arbeidsledig og har bare grunnskolen', { age: 27, completedPrimarySchool: true, completedUpperSecondary: false, employed: false }],
    [
      'Hei, jeg skriver for mamma. Hun er 55, jobber som renholder på sykehuset i Ålesund og har ikke fagbrev.',
      { age: 55, county: 'Møre og Romsdal', hasTradeCertificate: false, employed: true, trade: 'renholdsoperatørfaget' },
    ],
    ['jeg skriver for en venn: han er 30, bor i Bergen og er arbeidsledig', { age: 30, county: 'Vestland', employed: false }],
    // One's own person, then a yes/no about "han"/"hun": asked for that person.
    ['Sønnen min er 20 og jobber 60 % på et bilverksted i Namsos. Kan han ta fagbrev på jobb?', { age: 20, county: 'Trøndelag', employed: true, employmentPercent: 60, trade: 'bilfaget' }],
    ['My sister works 50 % in a nursing home in Tromsø. Can she get a trade certificate at work?', { county: 'Troms', employed: true, employmentPercent: 50, trade: 'helsearbeiderfaget' }],
    ['Kan mannen min ta fagbrev på jobb? Han jobber 50 % på et hotell i Molde.', { county: 'Møre og Romsdal', employed: true, employmentPercent: 50 }],
    // A note's "N % fast" after the years is the permanent position now, as well as the stilling of those years.
    ['Kandidat 47 år, 11 år som butikkmedarbeider i Molde, 60 % fast, ingen fagbrev.', { age: 47, county: 'Møre og Romsdal', hasTradeCertificate: false, employed: true, employmentPercent: 60, practiceYears: 6.6, practicePercent: 60, trade: 'salgsfaget' }],
    ['Deltaker 33 år, sju år som barnehageassistent, fast 50 %, ikke fagbrev.', { age: 33, hasTradeCertificate: false, employed: true, employmentPercent: 50, practiceYears: 3.5, practicePercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
    // … or an open question about them.
    ['Sønnen min er 24 og har droppa ut av vgs. Han jobber på lager nå. Hva kan han gjøre for å få fagbrev?', { age: 24, completedUpperSecondary: false, employed: true, trade: 'logistikkfaget' }],
    ['My wife works as a cleaner in Drammen, 7 years now. What options does she have?', { county: 'Buskerud', employed: true, practiceYears: 7, trade: 'renholdsoperatørfaget' }],
    // Not on behalf: the writer is the person, the others are only mentioned.
    ['Mannen min jobber som tømrer i Skien. Jeg er 40 og jobber i barnehage.', { age: 40, employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['Kona mi er helsefagarbeider. Jeg er 44 og jobber på lager i Moss.', { age: 44, county: 'Østfold', employed: true, trade: 'logistikkfaget' }],
    ['Jeg skriver for å spørre om fagbrev. Jeg er 36 og jobber som kokk.', { age: 36, employed: true, trade: 'kokkfaget' }],
  ]);
});

describe('a number of years that could be an age or a length of work is left open', () => {
  eachProfile([
    ['Jobber på lager, 28 år.', { employed: true, trade: 'logistikkfaget' }],
    ['Jobber på lager, 28 år. Ønsker fagbrev.', { employed: true, trade: 'logistikkfaget' }],
    ['Mann, 50 år. Jobber på lager, 12 år.', { age: 50, employed: true, practiceYears: 12, trade: 'logistikkfaget' }],
    ['28 år, jobber på lager', { age: 28, employed: true, trade: 'logistikkfaget' }],
    ['jobber på lager og er 28 år', { age: 28, employed: true, trade: 'logistikkfaget' }],
  ]);
});

describe('typos and missing æøå', () => {
  eachProfile([
    ['jeg er 38 år og jobber på lageret i 100% stiling', { age: 38, employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['er arbeidsleidg og regestrert på nav', { employed: false, navJobSeeker: true }],
    ['har fulført vidregående', { completedUpperSecondary: true }],
    ['jobber 50 prosnt som rengjører', { employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' }],
    ['jeg har ikke fagbev', { hasTradeCertificate: false }],
    ['jobbr som tømmrer', { employed: true, trade: 'tømrerfaget' }],
    ['jeg er 52 år og arbeidsledig siden i fjor sommer', { age: 52, employed: false }],
    ['jobber pa sykehjem i bodo, 80 prosent', { county: 'Nordland', employed: true, employmentPercent: 80, trade: 'helsearbeiderfaget' }],
    ['har jobba som bilmekanikker i 5 år', { practiceYears: 5, trade: 'bilfaget' }],
    ['bor i tromso, jobber som renholder 100%', { county: 'Troms', employed: true, employmentPercent: 100, trade: 'renholdsoperatørfaget' }],
    ['er 29 ar og jobber i barnehage', { age: 29, employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har ikke fagbrev, men 10 ars erfaring som kokk', { hasTradeCertificate: false, practiceYears: 10, trade: 'kokkfaget' }],
    ['jobbr 75% på sykehjemm', { employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['vil ta fagbrev som helsefagarbeder, har jobbet 5 år som assisten', { practiceYears: 5, trade: 'helsearbeiderfaget' }],
    ['Hei jeg er 41 og er arbeidsledi', { age: 41, employed: false }],
    ['har ikke fulført grunnskolen', { completedPrimarySchool: false }],
    ['jeg er pensjonisst', { employed: false }],
    ['jobber som elektrker lærling', { employed: true, trade: 'elektrikerfaget' }],
    ['har fagbrev som tomrer', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget' }],
    ['bor i alesund og jobber på verft som sveiser', { county: 'Møre og Romsdal', employed: true, trade: 'sveisefaget' }],
    ['jobber 100 % som vekter i drammen', { county: 'Buskerud', employed: true, employmentPercent: 100, trade: 'sikkerhetsfaget' }],
    ['har jobbet 8 år som barnehageassisent', { practiceYears: 8, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg er uforetrygdet', { employed: false }],
    ['er 33 år, bor i Skein, jobber ikke', { age: 33, county: 'Telemark', employed: false }],
    ['har vært arbeidsledig i 2 år og er registrert på nav', { employed: false, navJobSeeker: true }],
    ['jobber deltid på kjøkken, vil bli kokk', { employed: true, trade: 'kokkfaget' }],
    ['har jobbet i 9 år på lagr i 50% stilling', { practiceYears: 4.5, practicePercent: 50, trade: 'logistikkfaget' }],
    ['jeg er 60 og jobber fortsatt som sjåfør', { age: 60, employed: true, trade: 'yrkessjåførfaget', practiceUntil: 'now' }],
  ]);
});

describe('dialect and nynorsk', () => {
  eachProfile([
    ['Æ e 42 år og bor på Orkanger. Æ har jobba på smelteverket på Thamshavn i tolv år som operatør, og no vil æ ta fagbrev i kjemiprosess. Æ har itj fullført vidregåande.', { age: 42, county: 'Trøndelag', completedUpperSecondary: false, practiceYears: 12, trade: 'kjemiprosessfaget' }],
    ['Æ har jobba fem år på butikken i Bodø, heile tida i 60 prosent, og jobbe der fortsatt. Æ har ikkje fagbrev.', { county: 'Nordland', hasTradeCertificate: false, employed: true, practiceYears: 3, practicePercent: 60, trade: 'salgsfaget', practiceUntil: 'now' }],
    ['Eg er 35 år og bur i Førde. Eg har arbeidd som reinhaldar på sjukehuset i åtte år, 100 prosent stilling, og har ikkje fagbrev. Eg fullførte vidaregåande i 2008.', { age: 35, county: 'Vestland', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 8, trade: 'renholdsoperatørfaget' }],
    ['eg e 31 og jobbe på ein barnehage i Os', { age: 31, employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['æ jobbe på Coop i Harstad, sånn 70 prosent', { county: 'Troms', employed: true, employmentPercent: 70, trade: 'salgsfaget' }],
    ['æ har vore sjåfør i tjue år', { practiceYears: 20, trade: 'yrkessjåførfaget' }],
    ['eg har ikkje jobb, men er meldt til nav', { employed: false, navJobSeeker: true }],
    ['æ e 50 og har itj fagbrev', { age: 50, hasTradeCertificate: false }],
    ['eg jobbar som helsefagarbeidar utan fagbrev', { hasTradeCertificate: false, employed: true, trade: 'helsearbeiderfaget' }],
    ['e bor i Namsos og har jobba på sagbruket i 14 år', { county: 'Trøndelag', practiceYears: 14, trade: 'trearbeiderfaget' }],
    ['eg har fullført vidaregåande og har jobba som kokk i fire år', { completedUpperSecondary: true, practiceYears: 4, trade: 'kokkfaget' }],
    ['æ e 24, har bærre ungdomsskolen og jobbe på lager', { age: 24, completedPrimarySchool: true, completedUpperSecondary: false, employed: true, trade: 'logistikkfaget' }],
    ['eg vil bli helsefagarbeidar og bur i Sogndal', { county: 'Vestland', trade: 'helsearbeiderfaget' }],
    ['jobbe ikkje, e uføretrygda', { employed: false }],
    ['e har jobba i barnehage i Tromsø i 7 år, 80 prosent', { county: 'Troms', employed: true, employmentPercent: 80, practiceYears: 7, trade: 'barne- og ungdomsarbeiderfaget' }],
  ]);
});

describe('English from people who moved here', () => {
  eachProfile([
    ["Hi, I'm 34, from Poland, I live in Haugesund and work as a welder at a shipyard. No trade certificate.", { age: 34, county: 'Rogaland', hasTradeCertificate: false, employed: true, trade: 'sveisefaget' }],
    ["I'm 28 years old, I came from Eritrea five years ago. I work part time as a cleaner in Trondheim.", { age: 28, county: 'Trøndelag', employed: true, trade: 'renholdsoperatørfaget' }],
    ['I am 45 and I am unemployed. I worked 12 years as a truck driver.', { age: 45, employed: false, practiceYears: 12 }],
    ['I want to work in healthcare, I live in Gjøvik', { county: 'Innlandet', interests: ['helse'] }],
    ['I have worked in a kindergarten for 5 years, 60 percent', { employed: true, employmentPercent: 60, practiceYears: 5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I have a fagbrev as a cook from Norway', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ["I don't have any trade certificate", { hasTradeCertificate: false }],
    ['I am 39, I work in a warehouse in Oslo full time', { age: 39, county: 'Oslo', employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['I am not working now, I get dagpenger', { employed: false, navJobSeeker: true }],
    ['I am a carpenter and I want the Norwegian fagbrev', { employed: true, trade: 'tømrerfaget' }],
    ['my age is 44 and I live in Larvik', { age: 44, county: 'Vestfold' }],
    ["I've been a cleaner for 6 years and I still work as a cleaner", { employed: true, practiceYears: 6, trade: 'renholdsoperatørfaget', practiceUntil: 'now' }],
    ['I have two years of experience as a welder and I want to take fagbrev', { practiceYears: 2, trade: 'sveisefaget' }],
    ['I am 50, I work in a nursing home in Bergen, 75%, and I want to become a helsefagarbeider', { age: 50, county: 'Vestland', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['I finished 12 years of school in Syria', {}],
    ['I work as an assistant in a kindergarten in Sandefjord', { county: 'Vestfold', employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I used to work as a chef but now I am unemployed', { employed: false }],
    ["I'm 31, living in Ålesund, working in a fish farm", { age: 31, county: 'Møre og Romsdal', employed: true, trade: 'akvakulturfaget' }],
  ]);
});

describe('long life stories', () => {
  eachProfile([
    [
      'Hei. Jeg heter Tone og er 44 år. Jeg har jobbet på sykehjem i Steinkjer i 15 år, de første årene som vikar og nå fast i 75 % stilling. Jeg har ikke fagbrev, men har fullført videregående. Nå vil jeg endelig ta fagbrev som helsefagarbeider.',
      { age: 44, county: 'Trøndelag', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 75, practiceYears: 15, trade: 'helsearbeiderfaget' },
    ],
    [
      'Jeg er 36 og kommer fra Litauen. Jeg har bodd i Norge i 9 år. De første fire årene jobbet jeg på fiskebruk i Båtsfjord, og de siste fem årene har jeg jobbet på lager hos en grossist i Alta, 100 %. Jeg vil ta fagbrev i logistikkfaget.',
      { age: 36, county: 'Finnmark', employed: true, employmentPercent: 100, practiceYears: 5, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er en mann på 52. Jobbet som snekker i Polen i mange år før jeg kom til Norge. Her har jeg jobbet som tømrer for et byggfirma i Bergen i ti år, men uten svennebrev. Jeg har ikke videregående fra Norge. Nå er jeg sykmeldt på grunn av ryggen.',
      { age: 52, county: 'Vestland', hasTradeCertificate: false, practiceYears: 10, trade: 'tømrerfaget' },
    ],
    [
      'Jeg er 31 år og bor i Kristiansand. Etter ungdomsskolen gikk jeg ett år på helse og oppvekst, men sluttet. Siden har jeg jobbet i butikk, på kafé og de siste tre årene som assistent i en barnehage, 80 %. Jeg vil gjerne bli barne- og ungdomsarbeider.',
      { age: 31, county: 'Agder', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, employmentPercent: 80, practiceYears: 3, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Hei! Skriver litt om meg selv. 47 år, gift, tre barn. Bor i Levanger. Jobbet 20 år i regnskap på kontor, men ble oppsagt i fjor og er nå arbeidsledig. Registrert på NAV og får dagpenger. Har studiekompetanse. Er interessert i å jobbe med helse eller kanskje logistikk.',
      { age: 47, county: 'Trøndelag', completedUpperSecondary: true, employed: false, navJobSeeker: true, interests: ['helse', 'logistikk'] },
    ],
    [
      "Hello, my name is Ahmed, I'm 39 and I came to Norway from Sudan in 2015. I live in Skien. In Sudan I finished secondary school and worked as an electrician for eight years. Now I work in a warehouse, full time. I want to go back to being an electrician and take the Norwegian fagbrev.",
      { age: 39, county: 'Telemark', employed: true, employmentPercent: 100, practiceYears: 8, trade: 'elektrikerfaget', practiceAbroad: true },
    ],
    [
      'Jeg er 58 og var i Forsvaret i 25 år. Gikk av i fjor og er nå pensjonist, men vil gjerne jobbe videre. Bor på Bardufoss. Har fagbrev som bilmekaniker. Har tenkt å jobbe innen transport.',
      { age: 58, county: 'Troms', hasTradeCertificate: true, certificateTrade: 'bilfaget', employed: false, interests: ['transport'] },
    ],
    [
      'Jeg er 40 år, bor i Hønefoss og har jobbet mange forskjellige steder. Først var jeg på et sagbruk i fem år, så kjørte jeg taxi, og nå jobber jeg som vaktmester på en skole, 100 %. Jeg har ikke fullført videregående. Jeg vil ta fagbrev som byggdrifter.',
      { age: 40, county: 'Buskerud', completedUpperSecondary: false, employed: true, employmentPercent: 100, trade: 'byggdrifterfaget' },
    ],
    [
      'Hei, jeg er 27 og bor i Fredrikstad. Jeg har jobbet som servitør siden jeg var 18 og jobber fortsatt på samme restaurant, 80 %. Jeg har ikke fagbrev. Jeg lurer på om jeg kan ta fagbrev som servitør uten å gå på skole igjen.',
      { age: 27, county: 'Østfold', hasTradeCertificate: false, employed: true, employmentPercent: 80, practiceYears: 9, trade: 'servitørfaget', practiceUntil: 'now' },
    ],
    [
      'Jeg er 49. Jeg har jobbet på Hydro på Sunndalsøra siden jeg var 20, først som operatør og de siste årene i vedlikehold. Jeg har fagbrev som industrimekaniker, men vil også ta fagbrev i automatisering.',
      { age: 49, county: 'Møre og Romsdal', hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', employed: true, practiceYears: 29, trade: 'automatiseringsfaget' },
    ],
    [
      'Jeg kom til Norge fra Syria i 2016 sammen med kona og barna. Nå bor vi i Sandnes. Jeg er 44 år. I Syria jobbet jeg som frisør i 15 år og hadde egen salong. I Norge har jeg jobbet på et bilvaskeri, men nå er jeg arbeidsledig og går på introduksjonsprogrammet. Jeg ønsker å ta fagbrev som frisør her.',
      { age: 44, county: 'Rogaland', employed: false, practiceYears: 15, trade: 'frisørfaget', practiceUntil: 'past', practiceAbroad: true },
    ],
    [
      'Kort om meg: 55 år, bor i Mo i Rana. Jobbet 30 år på verket, de siste 10 som kranfører. Fagbrev som industrimekaniker fra 1990. Nå ufør 50 % og jobber 50 % på lageret på Celsa.',
      { age: 55, county: 'Nordland', hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', employed: true, employmentPercent: 50, practiceYears: 30 },
    ],
    [
      'Jeg er 23 år og har alltid slitt på skolen. Sluttet på vgs etter vg1. Har jobbet i en dagligvarebutikk i to år, og nå har jeg fått jobb som lærling i et rørleggerfirma i Arendal. Jeg vil bli rørlegger.',
      { age: 23, county: 'Agder', completedUpperSecondary: false, employed: true, trade: 'rørleggerfaget' },
    ],
    [
      'Jeg heter Marte, 38 år, og bor i Tromsø. Jeg har fullført videregående på studiespesialisering og har 3 år med sykepleiestudier, men fullførte ikke. Jobber nå 60 % som assistent på sykehjem og har gjort det i fire år. Ønsker fagbrev som helsefagarbeider.',
      { age: 38, county: 'Troms', completedUpperSecondary: true, employed: true, employmentPercent: 60, practiceYears: 4, trade: 'helsearbeiderfaget' },
    ],
    [
      'Hei, jeg er 61 år og har kjørt buss i Oslo i 22 år. Nå vil jeg ta fagbrev som yrkessjåfør før jeg går av med pensjon. Jeg har ikke videregående.',
      { age: 61, county: 'Oslo', completedUpperSecondary: false, practiceYears: 22, trade: 'yrkessjåførfaget' },
    ],
    [
      'Jeg er 33 og bor i Harstad. Jeg jobbet 6 år i barnehage, mest i 50 % stilling, og er nå hjemme med to små barn. Jeg har fullført videregående og vil ta fagbrev som barne- og ungdomsarbeider når jeg begynner å jobbe igjen.',
      { age: 33, county: 'Troms', completedUpperSecondary: true, employed: false, practiceYears: 3, practicePercent: 50, trade: 'barne- og ungdomsarbeiderfaget', practiceUntil: 'past' },
    ],
  ]);
});

describe('counsellors’ notes', () => {
  eachProfile([
    [
      'Kandidaten er en kvinne på 46 år, bosatt i Kongsvinger. Hun har jobbet 14 år som assistent i hjemmetjenesten, i snitt 60 % stilling. Hun har grunnskole fra Norge og ett år på vgs. Ikke registrert hos NAV. Ønsker å ta fagbrev som helsefagarbeider.',
      { age: 46, county: 'Innlandet', completedPrimarySchool: true, completedUpperSecondary: false, practiceYears: 8.4, practicePercent: 60, trade: 'helsearbeiderfaget', navJobSeeker: false },
    ],
    [
      'Bruker (34) bor i Tromsø og jobber som vekter i 100 % stilling. Har 5 års erfaring fra vakt og sikkerhet. Fullført vgs. Ønsker fagbrev i sikkerhetsfaget.',
      { age: 34, county: 'Troms', completedUpperSecondary: true, employed: true, employmentPercent: 100, practiceYears: 5, trade: 'sikkerhetsfaget' },
    ],
    [
      'Deltaker, 42 år, Gjøvik. Arbeidsledig etter nedbemanning, dagpenger fra NAV. 18 års erfaring som operatør i næringsmiddelindustrien. Grunnskole. Ønsker fagbrev i industrimekanikerfaget.',
      { age: 42, county: 'Innlandet', completedPrimarySchool: true, employed: false, practiceYears: 18, trade: 'industrimekanikerfaget', navJobSeeker: true },
    ],
    [
      'Kvinne 51 år, bosatt i Halden. 100 % stilling som renholder. 20 års erfaring. Ikke fagbrev. Ønsker å ta fagbrev som renholdsoperatør.',
      { age: 51, county: 'Østfold', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 20, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Mann, 29 år, Bergen. Permittert fra stilling som tømrer. Har 8 års erfaring, ikke svennebrev. Fullført vgs, byggfag.',
      { age: 29, county: 'Vestland', completedUpperSecondary: true, hasTradeCertificate: false, practiceYears: 8 },
    ],
    [
      'Bruker er 37 år og bosatt i Sarpsborg. Jobber som fagarbeider i barnehage uten fagbrev, 80 %. Erfaring: 11 år. Vgs ikke fullført.',
      { age: 37, county: 'Østfold', completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 80, practiceYears: 11, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Kandidat, 58 år, Alta. Uføretrygdet 100 %. Tidligere 25 år som sjåfør. Fagbrev: nei.',
      { age: 58, county: 'Finnmark', hasTradeCertificate: false, employed: false, practiceYears: 25 },
    ],
    [
      'Henvendelse fra kvinne (44), bosatt i Lillestrøm. Arbeider 60 % som kokk på kantine. 10 års erfaring. Ønsker fagbrev i institusjonskokkfaget.',
      { age: 44, county: 'Akershus', employed: true, employmentPercent: 60, practiceYears: 10, trade: 'institusjonskokkfaget' },
    ],
    [
      'Deltaker 33 år, Kirkenes. Arbeidstrening via NAV på lager. Fullført grunnskole, ikke vgs. Mål: fagbrev logistikk.',
      { age: 33, county: 'Finnmark', completedPrimarySchool: true, completedUpperSecondary: false, employed: false, trade: 'logistikkfaget', navJobSeeker: true },
    ],
    [
      'Mann, 47, Stavanger. Ansatt som prosessoperatør på Kårstø i 15 år. Fagbrev som industrimekaniker. Ønsker kompetansebevis i kjemiprosess.',
      { age: 47, county: 'Rogaland', hasTradeCertificate: true, certificateTrade: 'industrimekanikerfaget', employed: true, practiceYears: 15, trade: 'kjemiprosessfaget' },
    ],
    [
      'Bruker, 26 år, Lillehammer. Jobber 100 % som butikkmedarbeider, 4 års erfaring. Ikke registrert hos NAV. Fullført vgs studiespesialisering. Ønsker fagbrev i salgsfaget.',
      { age: 26, county: 'Innlandet', completedUpperSecondary: true, employed: true, employmentPercent: 100, practiceYears: 4, trade: 'salgsfaget', navJobSeeker: false },
    ],
    [
      'Kvinne, 39 år, Narvik. Sykmeldt fra 80 % stilling som helsefagarbeider. Har fagbrev. Ønsker omskolering til kontor.',
      { age: 39, county: 'Nordland', hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget' },
    ],
    [
      'Kandidat 30 år, bosatt i Drammen. Mottar dagpenger. Har jobbet 3 år som lagermedarbeider og 2 år som truckfører. Vil ta fagbrev i logistikkfaget.',
      { age: 30, county: 'Buskerud', practiceYears: 5, trade: 'logistikkfaget', navJobSeeker: true },
    ],
    [
      'Bruker er 48 år, bor i Elverum, og har jobbet i 20 år som maskinfører i anleggsbransjen. Ikke fagbrev. Jobber fortsatt 100 %.',
      { age: 48, county: 'Innlandet', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 20, trade: 'anleggsmaskinførerfaget', practiceUntil: 'now' },
    ],
  ]);
});

describe('more of the same, written another way', () => {
  eachProfile([
    ['jobbær ikkje, e på nav-tiltak', { employed: false, navJobSeeker: true }],
    ['har ikke noe jobb for tiden og lever på sosialen', { employed: false }],
    ['er i permisjon fra jobben som barnehageassistent', {}],
    ['Jobber som renholder. 60%.', { employed: true, employmentPercent: 60, trade: 'renholdsoperatørfaget' }],
    ['jobber som lagermedarbeider, deltid', { employed: true, trade: 'logistikkfaget' }],
    ['jeg er sjåfør i et budfirma i Trondheim', { county: 'Trøndelag', employed: true, trade: 'yrkessjåførfaget' }],
    ['jeg jobber som helsefagarbeider, men har ikke fagbrevet', { hasTradeCertificate: false, employed: true, trade: 'helsearbeiderfaget' }],
    ['ansatt i kommunen som renholder, 50 prosent', { employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' }],
    ['har sluttet i jobben og er nå ledig', { employed: false, practiceUntil: 'past' }],
    ['går ledig', { employed: false }],
    ['har vært ute av arbeidslivet i fem år', { employed: false }],
    ["I'm working 80 percent as a nurse assistant", { employed: true, employmentPercent: 80, trade: 'helsearbeiderfaget' }],
    ['I am working in a shop in Oslo', { county: 'Oslo', employed: true, trade: 'salgsfaget' }],
    ['I got fired last month', { employed: false }],
    ["I'm unemployed since January", { employed: false }],
    ["I am a student and I don't work", { employed: false }],
    ["I don't work at the moment because of my health", { employed: false }],
    ['e jobbe som kokk på et hotell i Bodø', { county: 'Nordland', employed: true, trade: 'kokkfaget' }],
    ['æ e ufør', { employed: false }],
    ['eg jobbar hundre prosent som sjukepleiar', { employed: true, employmentPercent: 100 }],
    ['jobbe 100% på anlegg som maskinkjører', { employed: true, employmentPercent: 100, trade: 'anleggsmaskinførerfaget' }],
    ['Erfaring: 12 år som tømrer', { practiceYears: 12, trade: 'tømrerfaget' }],
    ['12 års erfaring som sveiser', { practiceYears: 12, trade: 'sveisefaget' }],
    ['har jobba i butikk i 3 år og vil ta fagbrev i salg', { practiceYears: 3, trade: 'salgsfaget' }],
    ['Har jobbet 6 år som assistent på sykehjem i 70 % stilling.', { practiceYears: 4.2, practicePercent: 70, trade: 'helsearbeiderfaget' }],
    ['jobbet som kokk fra 2010 til 2018', { practiceYears: 8, practiceUntil: 2018 }],
    ['har jobbet som frisør i åtte år, de siste tre i egen salong', { employed: true, practiceYears: 8, trade: 'frisørfaget' }],
    ['har 4 års erfaring fra lager og har truckførerbevis', { practiceYears: 4, trade: 'logistikkfaget' }],
    ['har jobbet ti år på et verksted som bilmekaniker uten fagbrev', { hasTradeCertificate: false, practiceYears: 10, trade: 'bilfaget' }],
    ['har seks års praksis som renholder', { practiceYears: 6, trade: 'renholdsoperatørfaget' }],
    ['har jobbet på sykehjem i 2 år og i hjemmetjenesten i 3 år', { practiceYears: 5, trade: 'helsearbeiderfaget' }],
    ['I have been working in a warehouse for 4 years', { employed: true, practiceYears: 4, trade: 'logistikkfaget' }],
    ['I have 15 years of experience as a truck driver', { practiceYears: 15, trade: 'yrkessjåførfaget' }],
    ['I worked as a cleaner for 6 years at 50%', { practiceYears: 3, practicePercent: 50, practiceUntil: 'past' }],
    ['har jobba som tømrar i 20 år', { practiceYears: 20, trade: 'tømrerfaget' }],
    ['e har jobba på sjukeheimen i snart 8 år', { trade: 'helsearbeiderfaget' }],
    ['har jobbet i barnehage i 1 år og 6 måneder', { practiceYears: 1.5, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har 18 måneders erfaring som lagerarbeider', { practiceYears: 1.5, trade: 'logistikkfaget' }],
    ['har grunnskole og ett år vgs', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['fullført grunnskolen, ikke vidregående', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['I have only primary school', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['har fullført 10 år grunnskole i Norge', { completedPrimarySchool: true }],
    ['har vgs fra hjemlandet', {}],
    ['gikk ut av vgs med vitnemål', { completedUpperSecondary: true }],
    ['har ikke tatt vgs', { completedUpperSecondary: false }],
    ['begynte på vgs, men sluttet etter et halvt år', { completedUpperSecondary: false }],
    ['har fullført vgs og fagbrev i elektro', { completedUpperSecondary: true, hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ['I finished school in Norway after 10th grade', { completedPrimarySchool: true }],
    ['eg har berre grunnskulen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['tok vg1 og vg2 elektro men ikke vg3', { completedUpperSecondary: false }],
    ['har studiekompetanse og en bachelor', { completedUpperSecondary: true }],
    ['er registrert hos NAV', { navJobSeeker: true }],
    ['jeg står registrert som arbeidssøker', { navJobSeeker: true }],
    ['går på dagpenger', { navJobSeeker: true }],
    ['har ikke meldt meg til NAV ennå', { navJobSeeker: false }],
    ["I'm registered with NAV", { navJobSeeker: true }],
    ['jeg er på et arbeidsmarkedstiltak', { employed: false, navJobSeeker: true }],
    ['NAV betaler AMO-kurs for meg', { employed: false, navJobSeeker: true }],
    ['vil bli elektrikar', { trade: 'elektrikerfaget' }],
    ['ønsker å ta fagbrev som kokk', { trade: 'kokkfaget' }],
    ['har lyst på fagbrev i logistikk', { trade: 'logistikkfaget' }],
    ['jobber som kokk, vil ta fagbrevet', { employed: true, trade: 'kokkfaget' }],
    ['I want a fagbrev as a welder', { trade: 'sveisefaget' }],
    ['I work as a cleaner and want to take fagbrev in cleaning', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['jobber på et hotell som servitør', { employed: true, trade: 'servitørfaget' }],
    ['jobber i en bilforretning som selger', { employed: true, trade: 'salgsfaget' }],
    ['jobber som hjelpepleier', { employed: true, trade: 'helsearbeiderfaget' }],
    ['vil jobbe som elektriker', { trade: 'elektrikerfaget' }],
    ['kunne tenke meg å bli helsefagarbeider', { trade: 'helsearbeiderfaget' }],
    ['har fagbrev som tømrer og vil bli rørlegger', { hasTradeCertificate: true, certificateTrade: 'tømrerfaget', trade: 'rørleggerfaget' }],
    ['bor i Namsos', { county: 'Trøndelag' }],
    ['jobber i Levanger', { county: 'Trøndelag', employed: true }],
    ['har jobba på lager i Namsos i fire år, 80 % stilling', { county: 'Trøndelag', employed: true, employmentPercent: 80, practiceYears: 4, trade: 'logistikkfaget' }],
    [
      'I live in Bodø and work 80 % as a cleaner, no trade certificate',
      { county: 'Nordland', hasTradeCertificate: false, employed: true, employmentPercent: 80, trade: 'renholdsoperatørfaget' },
    ],
    ["I'm from Bergen but live in Oslo now", { county: 'Oslo' }],
    ['jobber på Mongstad', { county: 'Vestland', employed: true }],
    ['bor på Hamar-kanten', { county: 'Innlandet' }],
    ['bor i bergen', { county: 'Vestland' }],
    ['bur i Volda', { county: 'Møre og Romsdal' }],
    ['I live in Trondheim and I am 44', { age: 44, county: 'Trøndelag' }],
    ['er 37', { age: 37 }],
    ['37 år gammel', { age: 37 }],
    ['jeg fyller 40 i år', {}],
    ['I am 29 years old', { age: 29 }],
    ['æ e 51 år', { age: 51 }],
    ['eg er 44', { age: 44 }],
    ['Alder: 33', { age: 33 }],
    [
      'Jeg er 41 år og bor i Bodø. Jeg har jobbet som renholder på sykehuset i 12 år, først 50 % og de siste fem årene 100 %. Jeg har ikke fagbrev. Jeg fullførte ikke videregående.',
      { age: 41, county: 'Nordland', completedUpperSecondary: false, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 8.5, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Hei. Jeg er 25 og har jobbet på lager siden jeg var 19. Nå er jeg permittert. Har bare ungdomsskolen. Bor i Sandnes.',
      { age: 25, county: 'Rogaland', completedPrimarySchool: true, completedUpperSecondary: false, practiceYears: 6, trade: 'logistikkfaget' },
    ],
    [
      'I am 44, I come from Poland and live in Kristiansund. I have worked as a welder in Poland for 10 years and in Norway for 5 years. Now I am unemployed and registered at NAV. I want the Norwegian fagbrev as a welder.',
      { age: 44, county: 'Møre og Romsdal', employed: false, practiceYears: 15, trade: 'sveisefaget', navJobSeeker: true, practiceAbroad: true },
    ],
    [
      'Jeg er 29 og bor i Alta. Jobbet som barnehageassistent i 4 år før jeg fikk barn. Nå er jeg hjemme, men vil tilbake og ta fagbrev.',
      { age: 29, county: 'Finnmark', employed: false, practiceYears: 4 },
    ],
    [
      'Hei! Jeg er 52, bor i Stavanger og har kjørt lastebil i 25 år. Har førerkort klasse CE, men ikke fagbrev. Jobber fortsatt fulltid.',
      { age: 52, county: 'Rogaland', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 25, trade: 'yrkessjåførfaget', practiceUntil: 'now' },
    ],
    [
      'Bruker er 35 år, bor i Moss. Jobbet 8 år som lagerarbeider, ble oppsagt i fjor. Arbeidsledig, mottar dagpenger. Ufaglært. Fullført grunnskole.',
      { age: 35, county: 'Østfold', completedPrimarySchool: true, hasTradeCertificate: false, employed: false, practiceYears: 8, navJobSeeker: true, practiceUntil: 2025 },
    ],
    [
      'Kandidaten (28) bor i Harstad, jobber 100 % som tømrer uten svennebrev, 7 års erfaring. Fullført vgs byggfag.',
      { age: 28, county: 'Troms', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 7, trade: 'tømrerfaget' },
    ],
  ]);
});

describe('long stories, notes and chat, round three', () => {
  eachProfile([
    [
      'Jeg er 45 år gammel og har bodd i Molde hele livet. Etter videregående begynte jeg på Tine meieri og har vært der i 20 år, nå som operatør i 100 % stilling. Jeg har ingen fagbrev.',
      { age: 45, county: 'Møre og Romsdal', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 20 },
    ],
    [
      'Hei, jeg heter Jonas, er 34 og bor i Sarpsborg. Jeg har jobbet som maler i 10 år, men ryggen min holder ikke lenger, så jeg er sykmeldt nå. Jeg har lyst til å omskolere meg til IT.',
      { age: 34, county: 'Østfold', interests: ['ikt'] },
    ],
    [
      'Jeg kom fra Afghanistan som 16-åring. Gikk på voksenopplæringen og fullførte grunnskolen i Norge. Etter det har jeg jobbet på lager i Drammen i sju år. Nå er jeg 29 og vil ta fagbrev i logistikk.',
      { age: 29, county: 'Buskerud', completedPrimarySchool: true, practiceYears: 7, trade: 'logistikkfaget' },
    ],
    [
      'Jeg er 50, har jobbet på sykehjem i 25 år. De første ti årene var jeg ufaglært, så tok jeg fagbrev som helsefagarbeider. Nå jobber jeg 80 % i Tønsberg. Jeg vil gjerne jobbe mer med ledelse.',
      { age: 50, county: 'Vestfold', hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget', employed: true, employmentPercent: 80, interests: ['ledelse'] },
    ],
    [
      'Jeg er 38 og kommer fra Filippinene. Jeg er utdannet sykepleier der, men er ikke godkjent i Norge. Nå jobber jeg som assistent på et sykehjem i Stavanger, 75 %, og har gjort det i fem år. Jeg vil ta fagbrev som helsefagarbeider mens jeg venter.',
      { age: 38, county: 'Rogaland', employed: true, employmentPercent: 75, practiceYears: 5, trade: 'helsearbeiderfaget' },
    ],
    [
      'Mitt navn er Olga, jeg er 46 år. Jeg bor i Kirkenes og jobber som renholder på hotellet, 100 %. Jeg har jobbet der i åtte år. I Russland var jeg lærer. Jeg har ikke fagbrev, men jeg vil ta fagbrev i renhold.',
      { age: 46, county: 'Finnmark', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 8, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Jeg er 26 år, bor i Lillestrøm og jobber som tømrerlærling. Jeg har fullført vg1 og vg2 bygg og anlegg. Læretiden er ferdig til sommeren, og da skal jeg ta fagprøven.',
      { age: 26, county: 'Akershus', completedUpperSecondary: false, employed: true, trade: 'tømrerfaget' },
    ],
    [
      'Hei. 57 år, mann, bor i Kristiansand. Jobbet som sveiser i 30 år, har svennebrev. Ble permittert i vinter og er nå arbeidsledig. Vil gjerne omskolere meg til noe innen batteri.',
      { age: 57, county: 'Agder', hasTradeCertificate: true, certificateTrade: 'sveisefaget', employed: false, interests: ['batteri'] },
    ],
    [
      'I am 33 and moved to Norway from Spain four years ago. I live in Oslo and work as a waiter in a restaurant, full time. In Spain I studied tourism. I want to get the fagbrev as a waiter.',
      { age: 33, county: 'Oslo', employed: true, employmentPercent: 100, trade: 'servitørfaget' },
    ],
    [
      "Hello. I am 48, from Lithuania, and I have lived in Hamar for 10 years. I have worked as a carpenter all these years, first in a small company and now in a bigger one. I don't have a Norwegian fagbrev.",
      { age: 48, county: 'Innlandet', hasTradeCertificate: false, employed: true, trade: 'tømrerfaget' },
    ],
    [
      "I'm 24 and I live in Bergen. I dropped out of high school and now I work in a warehouse, 60%. I want to finish school or take a fagbrev in logistics.",
      { age: 24, county: 'Vestland', completedUpperSecondary: false, employed: true, employmentPercent: 60, trade: 'logistikkfaget' },
    ],
    [
      'My name is Fatima, I am 35. I live in Fredrikstad with my children. I am on the introduction program and learn Norwegian. In Somalia I worked as a seamstress. I would like to work with children.',
      { age: 35, county: 'Østfold', employed: false, interests: ['oppvekst'] },
    ],
    [
      'jeg er 44 og har jobba som snekker i 20 år uten svennebrev, bor i Steinkjer, jobber fortsatt 100%',
      { age: 44, county: 'Trøndelag', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 20, trade: 'tømrerfaget', practiceUntil: 'now' },
    ],
    [
      'hei er 22 år jobber på rema i bodø 50% har ikke fullført vgs vil ta fagbrev i salg',
      { age: 22, county: 'Nordland', completedUpperSecondary: false, employed: true, employmentPercent: 50, trade: 'salgsfaget' },
    ],
    ['jobbet i barnehage i 5 år men sluttet i fjor, nå jobber jeg på en bensinstasjon 80%', { employed: true, employmentPercent: 80, trade: 'salgsfaget' }],
    [
      'har jobbet som helsefagarbeider i 12 år, har fagbrev, bor i Gjøvik, jobber 90 %',
      { county: 'Innlandet', hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget', employed: true, employmentPercent: 90, practiceYears: 12 },
    ],
    [
      'er 39, arbeidsledig, bor på Lillehammer, har fagbrev som kokk, registrert på nav',
      { age: 39, county: 'Innlandet', hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: false, navJobSeeker: true },
    ],
    [
      'Kandidaten er 40 år og bosatt i Ålesund. Kandidaten jobber som hjelpearbeider i et elektrofirma, 100 %, og har 6 års erfaring. Ikke fagbrev. Ønsker fagbrev som elektriker.',
      { age: 40, county: 'Møre og Romsdal', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 6, trade: 'elektrikerfaget' },
    ],
    [
      'Bruker, 53 år, Hamar. Har jobbet 30 år i butikk, siste 15 år som butikksjef. Ikke fagbrev. Ønsker fagbrev i salgsfaget.',
      { age: 53, county: 'Innlandet', hasTradeCertificate: false, employed: true, practiceYears: 30, trade: 'salgsfaget' },
    ],
    [
      'Deltaker er 24 år, bor i Tromsø. Har gått to år på vgs (helse- og oppvekstfag), ikke fullført. Jobber 40 % som assistent i barnehage. Ønsker å bli barne- og ungdomsarbeider.',
      { age: 24, county: 'Troms', completedUpperSecondary: false, employed: true, employmentPercent: 40, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Kvinne 44 år fra Eritrea, bosatt i Stavanger. Grunnskole fra hjemlandet. Jobber 50 % som renholder. 4 års erfaring. Ønsker fagbrev.',
      { age: 44, county: 'Rogaland', employed: true, employmentPercent: 50, practiceYears: 4, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Mann, 36, Sandefjord. Arbeidsledig siden januar. Tidligere 10 år som anleggsmaskinfører. Har ikke fagbrev. Reg. arbeidssøker hos NAV.',
      { age: 36, county: 'Vestfold', hasTradeCertificate: false, employed: false, practiceYears: 10, navJobSeeker: true },
    ],
    [
      'jeg e 32 og jobbe på fabrikken i Raufoss, treskift, 100%, har itj fagbrev',
      { age: 32, county: 'Innlandet', hasTradeCertificate: false, employed: true, employmentPercent: 100 },
    ],
    [
      'Eg er 48 år og har vore sjukemeld i eit år. Før det jobba eg som sveisar på verftet i Ulsteinvik i 20 år. Eg har ikkje fagbrev.',
      { age: 48, county: 'Møre og Romsdal', hasTradeCertificate: false, practiceYears: 20 },
    ],
    ['jeg har jobbet deltid som renholder i 4 år, ca 50 prosent hele tiden', { practiceYears: 2, practicePercent: 50, trade: 'renholdsoperatørfaget' }],
    ['har jobbet 100 % i barnehage de siste 3 årene', { employed: true, employmentPercent: 100, practiceYears: 3, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har jobbet i 70 % stilling på sykehjem i 10 år', { practiceYears: 7, practicePercent: 70, trade: 'helsearbeiderfaget' }],
    ['har vært vekter i 3 år, nå 100 %', { employed: true, employmentPercent: 100, practiceYears: 3, trade: 'sikkerhetsfaget' }],
  ]);
});

describe('English, typos, dialect, stories and notes, round four', () => {
  eachProfile([
    [
      "Hi! I am Tomasz, 41 years old. I live in Kristiansand and work as a plumber's helper, 100%. In Poland I finished vocational school. I have 9 years of experience. I want the Norwegian fagbrev as a plumber.",
      { age: 41, county: 'Agder', employed: true, employmentPercent: 100, practiceYears: 9, trade: 'rørleggerfaget' },
    ],
    [
      "I'm 27, I live in Trondheim, I work part time at a supermarket and study Norwegian. I have no education from Norway.",
      { age: 27, county: 'Trøndelag', employed: true, trade: 'salgsfaget' },
    ],
    [
      'I am 52 years old and I have been a bus driver in Oslo for 18 years. I have no fagbrev.',
      { age: 52, county: 'Oslo', hasTradeCertificate: false, practiceYears: 18, trade: 'yrkessjåførfaget' },
    ],
    [
      "I'm from Eritrea, 30 years old. I work as a cleaner in Bodø, 50 percent, and I am on the introduction program.",
      { age: 30, county: 'Nordland', employed: true, employmentPercent: 50, trade: 'renholdsoperatørfaget' },
    ],
    ['I am not registered with NAV and I work full time as a chef', { employed: true, employmentPercent: 100, trade: 'kokkfaget', navJobSeeker: false }],
    ['I have a trade certificate as an electrician from Norway', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
    ["I don't have fagbrev but I have worked as a welder for 10 years", { hasTradeCertificate: false, practiceYears: 10, trade: 'sveisefaget' }],
    ["I live in Molde and I'm unemployed", { county: 'Møre og Romsdal', employed: false }],
    [
      'I work in a kindergarten in Tromsø, 100%, I have worked there for 6 years',
      { county: 'Troms', employed: true, employmentPercent: 100, practiceYears: 6, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    ['I would like to work in the battery industry in Mo i Rana', { interests: ['batteri'] }],
    ['I have completed upper secondary school and I am 19', { age: 19, completedUpperSecondary: true }],
    ['i am 35 and i work at a warehouse in oslo', { age: 35, county: 'Oslo', employed: true, trade: 'logistikkfaget' }],
    ['i live in bergen, i am unemployed and i get dagpenger', { county: 'Vestland', employed: false, navJobSeeker: true }],
    ['jeg er 47 ar og bor i Tromso. jobber som renholder pa UNN 80%', { age: 47, county: 'Troms', employed: true, employmentPercent: 80, trade: 'renholdsoperatørfaget' }],
    [
      'har jobbet i barnehage i 8 ar uten fagbrev, vil ta fagbrev som barne og ungdomsarbeider',
      { hasTradeCertificate: false, practiceYears: 8, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    ['er arbeidsledig og har fagbrev som kokk, bor i Fredrikstad', { county: 'Østfold', hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: false }],
    ['jobber som ufaglert på lager, 100%, 12 år erfaring', { hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 12, trade: 'logistikkfaget' }],
    ['har fulfort grunskolen', { completedPrimarySchool: true }],
    ['Jeg er 33 og har ikkje fulført vgs', { age: 33, completedUpperSecondary: false }],
    ['jobber 100 prosen som sveiser', { employed: true, employmentPercent: 100, trade: 'sveisefaget' }],
    ['vil ta fagbrev som elektriker. har jobbet som hjelpearbeider i 4 år', { practiceYears: 4, trade: 'elektrikerfaget' }],
    ['jeg har fagbrev som frisor men jobber ikke lenger', { hasTradeCertificate: true, certificateTrade: 'frisørfaget', employed: false }],
    ['er regisrert arbeidsøker hos nav', { navJobSeeker: true }],
    ['ikke registret på nav', { navJobSeeker: false }],
    ['har jobbet som tomrer i 15 ar', { practiceYears: 15, trade: 'tømrerfaget' }],
    ['har ikke fagbrev, jobber som helsefagarbeder 60 prosent', { hasTradeCertificate: false, employed: true, employmentPercent: 60, trade: 'helsearbeiderfaget' }],
    ['æ jobbe som vekter i Trondhjem', { county: 'Trøndelag', employed: true, trade: 'sikkerhetsfaget' }],
    ['æ har jobba i barnehagen i Narvik i ni år, og æ jobbe der ennu', { county: 'Nordland', employed: true, practiceYears: 9, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['eg har jobba på lager i sju år og har ikkje fagbrev', { hasTradeCertificate: false, practiceYears: 7, trade: 'logistikkfaget' }],
    ['e har vorre arbeidsledig sia i vår', { employed: false }],
    ['e jobbe itj no, men e registrert på nav', { employed: false, navJobSeeker: true }],
    ['eg har vidaregåande frå Noreg', { completedUpperSecondary: true }],
    ['eg er 39 og bur på Stord, jobbar på verftet som platearbeidar', { age: 39, county: 'Vestland', employed: true, trade: 'platearbeiderfaget' }],
    ['æ bor i Kristiansund og jobbe på sjukeheimen, 75 prosent', { county: 'Møre og Romsdal', employed: true, employmentPercent: 75, trade: 'helsearbeiderfaget' }],
    ['dæm har sagt opp mæ, så no e æ arbeidsledig', { employed: false }],
    [
      'Jeg er 42. Har jobbet på sykehjem i 10 år, i hjemmetjenesten i 5 år og nå på et bofellesskap i 3 år. Jeg har ikke fagbrev, men vil ta det som helsefagarbeider. Bor i Elverum.',
      { age: 42, county: 'Innlandet', hasTradeCertificate: false, employed: true, practiceYears: 18, trade: 'helsearbeiderfaget' },
    ],
    [
      'Hei, jeg er 39. Har jobbet som kokk i 12 år, men for to år siden begynte jeg på et lager i Skien. Der jobber jeg fortsatt, fulltid. Vil ta fagbrev i logistikk.',
      { age: 39, county: 'Telemark', employed: true, employmentPercent: 100, practiceYears: 2, trade: 'logistikkfaget', practiceUntil: 'now' },
    ],
    [
      'Jeg heter Ali og er 28. Kom til Norge i 2015. Fullførte grunnskolen på voksenopplæringen og tok to år på vgs, men fikk ikke læreplass. Nå jobber jeg som lærling i et bilverksted i Drammen. Vil bli bilmekaniker.',
      { age: 28, county: 'Buskerud', completedPrimarySchool: true, completedUpperSecondary: false, employed: true, trade: 'bilfaget' },
    ],
    [
      'Jeg er 50 år og bor på Gjøvik. Jeg har vært hjemmeværende i mange år, men barna er store nå og jeg vil ut i jobb. Jeg har bare grunnskole. Jeg er interessert i helse.',
      { age: 50, county: 'Innlandet', completedPrimarySchool: true, completedUpperSecondary: false, employed: false, interests: ['helse'] },
    ],
    [
      'Kandidat: kvinne 35 år, bosatt Sandnes. Ansatt 100 % som barnehageassistent, 10 års erfaring. Ikke fagbrev. Ikke registrert NAV.',
      { age: 35, county: 'Rogaland', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 10, trade: 'barne- og ungdomsarbeiderfaget', navJobSeeker: false },
    ],
    [
      'Bruker er en mann på 44 år fra Somalia, bosatt i Bergen. Går på introduksjonsprogram. Ingen skolegang fra Norge. Har jobbet som sjåfør i hjemlandet i 10 år.',
      { age: 44, county: 'Vestland', employed: false, practiceYears: 10, practiceAbroad: true },
    ],
    [
      'Deltaker, 39 år, Moss. Arbeider 50 %, uføretrygdet 50 %. Renholder i 15 år. Ønsker fagbrev i renholdsoperatørfaget.',
      { age: 39, county: 'Østfold', employed: true, employmentPercent: 50, practiceYears: 15, trade: 'renholdsoperatørfaget' },
    ],
    [
      'Søker (31) bor i Bodø. Arbeidsledig. Mottar ikke dagpenger. Har vg1 restaurant- og matfag. Ønsker å bli kokk.',
      { age: 31, county: 'Nordland', completedUpperSecondary: false, employed: false, trade: 'kokkfaget' },
    ],
  ]);
});

describe('work now as notes and forms say it, practice, school and NAV, round five', () => {
  eachProfile([
    ['Lagerarbeider i 100 % stilling.', { employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['Yrke: renholder. Stilling: 80 %.', { employed: true, employmentPercent: 80, trade: 'renholdsoperatørfaget' }],
    ['Nåværende jobb: kokk på hotell, 100 %', { employed: true, employmentPercent: 100, trade: 'kokkfaget' }],
    ["I'm a cook at a hotel in Bergen", { county: 'Vestland', employed: true, trade: 'kokkfaget' }],
    ["I'm employed as a cleaner, 60%", { employed: true, employmentPercent: 60, trade: 'renholdsoperatørfaget' }],
    ["I'm a truck driver and I live in Drammen", { county: 'Buskerud', employed: true, trade: 'yrkessjåførfaget' }],
    ['Currently working in a nursing home', { employed: true, trade: 'helsearbeiderfaget' }],
    ['I have a job in a kindergarten', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['I got a job at a warehouse last month', { employed: true, trade: 'logistikkfaget' }],
    ['jobber for tida som sjåfør', { employed: true, trade: 'yrkessjåførfaget' }],
    ['er fast ansatt på sykehjemmet i Ørsta', { county: 'Møre og Romsdal', employed: true, trade: 'helsearbeiderfaget' }],
    ['er i jobb som assistent i barnehage', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobber i Posten som sjåfør', { employed: true, trade: 'yrkessjåførfaget' }],
    ['er tilkallingsvikar på sykehjem', { employed: true, trade: 'helsearbeiderfaget' }],
    ['jeg har jobb som renholder på et kontorbygg', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['driver eget rørleggerfirma uten svennebrev', { hasTradeCertificate: false, employed: true, trade: 'rørleggerfaget' }],
    ['er midlertidig ansatt som lærling i en barnehage', { employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jobber som lærer', { employed: true }],
    ['jobber på Equinor', { employed: true }],
    ['har vikariat i 60 % som helsefagarbeider', { employed: true, employmentPercent: 60, trade: 'helsearbeiderfaget' }],
    ['Jobber. 100 %.', { employed: true, employmentPercent: 100 }],
    ['I jobb: ja, 80 %', { employed: true, employmentPercent: 80 }],
    ['Arbeidssituasjon: fast ansatt 100 %', { employed: true, employmentPercent: 100 }],
    ['Jobber som operatør på fabrikk, skift', { employed: true }],
    ['Er butikkmedarbeider på Kiwi', { employed: true, trade: 'salgsfaget' }],
    ['Jeg er renholder', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['Jeg er lagerarbeider på Gardermoen', { county: 'Akershus', employed: true, trade: 'logistikkfaget' }],
    ['e sjåfør på bussen i Bodø', { county: 'Nordland', employed: true, trade: 'yrkessjåførfaget' }],
    ['eg er reinhaldar på skulen', { employed: true, trade: 'renholdsoperatørfaget' }],
    ['har 10 år i bransjen som tømrer', { practiceYears: 10, trade: 'tømrerfaget' }],
    ['Jobbet som tømrer i 10 år.', { practiceYears: 10 }],
    ['Tømrer i 10 år, uten svennebrev.', { hasTradeCertificate: false, practiceYears: 10, trade: 'tømrerfaget' }],
    ['Erfaring som helsefagarbeider: 7 år', { practiceYears: 7, trade: 'helsearbeiderfaget' }],
    ['7 års erfaring fra hjemmetjenesten', { practiceYears: 7, trade: 'helsearbeiderfaget' }],
    ['har jobbet der i 5 år', { practiceYears: 5 }],
    ['jobber som kokk og har 10 års erfaring', { employed: true, practiceYears: 10, trade: 'kokkfaget' }],
    ['I have worked 8 years in cleaning', { practiceYears: 8, trade: 'renholdsoperatørfaget' }],
    ['worked as a carpenter for 12 years', { practiceYears: 12 }],
    ['jobbet som sveiser i tolv år', { practiceYears: 12 }],
    ['har jobbet i elleve år som renholder', { practiceYears: 11, trade: 'renholdsoperatørfaget' }],
    ['har jobbet 2,5 år på lager', { practiceYears: 2.5, trade: 'logistikkfaget' }],
    ['har jobbet et halvt år som kokk', { practiceYears: 0.5, trade: 'kokkfaget' }],
    ['har vært i barnehage i 15 år', { practiceYears: 15, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['gikk ut fra vgs i 2004', { completedUpperSecondary: true }],
    ['har fullført vgs og lærlingtid, men strøk på fagprøven', { completedUpperSecondary: true, hasTradeCertificate: false }],
    ['har ikke videregående skole', { completedUpperSecondary: false }],
    ['videregående: nei', { completedUpperSecondary: false }],
    ['har vgs', { completedUpperSecondary: true }],
    ['tok videregående som voksen og fullførte i 2019', { completedUpperSecondary: true }],
    ['har ikkje fullført vidaregåande, berre vg1', { completedUpperSecondary: false }],
    ['I finished high school here in Norway', { completedUpperSecondary: true }],
    ['I have not completed high school', { completedUpperSecondary: false }],
    ['er registrert som arbeidsledig hos NAV', { employed: false, navJobSeeker: true }],
    ['NAV: ja, dagpenger', { navJobSeeker: true }],
    ['har kontakt med nav, men er ikke registrert som arbeidssøker', { navJobSeeker: false }],
    ["I'm registered as unemployed at NAV", { employed: false, navJobSeeker: true }],
  ]);
});

describe('whose place, which trade, and questions that state nothing, round six', () => {
  eachProfile([
    [
      'Jeg er 37, oppvokst i Alta, men bor nå i Bodø. Jobber som renholder på flyplassen, 80 %.',
      { age: 37, county: 'Nordland', employed: true, employmentPercent: 80, trade: 'renholdsoperatørfaget' },
    ],
    ['Bodde i Bergen i ti år, flyttet til Haugesund i fjor. Jobber på et verft.', { county: 'Rogaland', employed: true }],
    ['Jeg pendler fra Moss til Oslo, jobber som elektrikerlærling', { employed: true, trade: 'elektrikerfaget' }],
    ['jobber i Oslo, bor i Lillestrøm', { employed: true }],
    ['bor i Oslo og jobber i Oslo', { county: 'Oslo', employed: true }],
    ['Jeg jobber som operatør i industrien på Herøya og bor i Porsgrunn.', { county: 'Telemark', employed: true }],
    ['jobber på fabrikk', { employed: true }],
    ['jobber i industrien', { employed: true }],
    ['er operatør på Hydro', { employed: true }],
    ['jobber i butikk men vil bli elektriker', { employed: true, trade: 'elektrikerfaget' }],
    ['jobber som kokk, men vil heller bli helsefagarbeider', { employed: true, trade: 'helsearbeiderfaget' }],
    ['er utdannet kokk, men vil bli elektriker', { hasTradeCertificate: true, certificateTrade: 'kokkfaget', trade: 'elektrikerfaget' }],
    ['har svennebrev som elektriker og jobber som elektriker', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget', employed: true }],
    ['Jobber som assistent', { employed: true }],
    ['jobber i kommunen', { employed: true }],
    ['jobber i et firma', { employed: true }],
    ['jobber i Tromsø kommune som assistent i skolen', { county: 'Troms', employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['er sjukepleiar på sjukehuset i Førde', { county: 'Vestland', employed: true }],
    ['er ingeniør i Kongsberg', { county: 'Buskerud', employed: true }],
    [
      'Jeg har fagbrev i barne- og ungdomsarbeiderfaget og jobber i barnehage i Sandnes',
      { county: 'Rogaland', hasTradeCertificate: true, certificateTrade: 'barne- og ungdomsarbeiderfaget', employed: true },
    ],
    ['kona mi jobber som kokk, jeg jobber på lager', { employed: true, trade: 'logistikkfaget' }],
    ['Jeg er 28 og bor hos foreldrene mine i Sandnes. Jobber ikke.', { age: 28, county: 'Rogaland', employed: false }],
    ['Jeg er 33, bor i Oslo, men jobber i Drammen som bussjåfør.', { age: 33, employed: true, trade: 'yrkessjåførfaget' }],
    ['Hei, jeg bor i Ålesund og lurer på om jeg kan ta fagbrev som kokk. Jeg har jobbet på restaurant i 6 år.', { county: 'Møre og Romsdal', practiceYears: 6 }],
    ['Kan jeg ta fagbrev som helsefagarbeider når jeg har jobbet 5 år på sykehjem?', {}],
    ['Hva må til for å bli elektriker?', {}],
    ['Jeg har hørt at man kan ta fagbrev på jobb. Jeg jobber som tømrer i Hamar.', { county: 'Innlandet', employed: true, trade: 'tømrerfaget' }],
    ['Hvor lang tid tar det å bli tømrer? Jeg er 30 og jobber på lager.', { age: 30, employed: true, trade: 'logistikkfaget' }],
    ['er det mulig å ta fagbrev når man er 55? jeg er 55 og har jobbet som renholder i 20 år', { age: 55, practiceYears: 20, trade: 'renholdsoperatørfaget' }],
    ['Jeg vurderer å flytte til Trondheim. Nå bor jeg i Steinkjer.', { county: 'Trøndelag' }],
    ['Jeg skal flytte til Bergen i august, bor nå i Oslo', { county: 'Oslo' }],
    ['har jobbet på sagbruk på Kongsvinger i 10 år', { county: 'Innlandet', practiceYears: 10, trade: 'trearbeiderfaget' }],
  ]);
});

describe('typos in the words that matter, round seven', () => {
  eachProfile([
    ['jeg er 35år og jobber som helsefagarbider på sykhjem', { age: 35, employed: true, trade: 'helsearbeiderfaget' }],
    ['har ikke fagbrv', { hasTradeCertificate: false }],
    ['har fagbre som kokk', { hasTradeCertificate: true, certificateTrade: 'kokkfaget' }],
    ['jeg har ikke fullført videregånde', { completedUpperSecondary: false }],
    ['jober 80% på lager', { employed: true, employmentPercent: 80, trade: 'logistikkfaget' }],
    ['jobber i barnhage i lillestrom', { county: 'Akershus', employed: true, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['har 10 års erfarig som renholdr', { practiceYears: 10, trade: 'renholdsoperatørfaget' }],
    ['er registerert på nav', { navJobSeeker: true }],
    ['jobber 50 prosnet som assistent i barnehage', { employed: true, employmentPercent: 50, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['bor i alesund, er arbeidsledig', { county: 'Møre og Romsdal', employed: false }],
    ['er 42 aar og bor i bodo', { age: 42, county: 'Nordland' }],
    ['jobbet 8 år som sveiser, nå arbedsledig', { employed: false, practiceYears: 8 }],
    ['vil ta fagbrev som helse fagarbeider', { trade: 'helsearbeiderfaget' }],
    ['har jobbet som barnehage assistent i 6 år', { practiceYears: 6, trade: 'barne- og ungdomsarbeiderfaget' }],
    ['jeg er pensjonist og bor i Tromso', { county: 'Troms', employed: false }],
    ['jobber fulltid som lager medarbeider', { employed: true, employmentPercent: 100, trade: 'logistikkfaget' }],
    ['har ikke vidregaende, bare ungdomskolen', { completedPrimarySchool: true, completedUpperSecondary: false }],
    ['er uføretrygdet og bor i Kristiansan', { county: 'Agder', employed: false }],
    ['jobber 100% som elektrikerr uten fagbrev', { hasTradeCertificate: false, employed: true, employmentPercent: 100, trade: 'elektrikerfaget' }],
    ['har job på sykehjem 60%', { employed: true, employmentPercent: 60, trade: 'helsearbeiderfaget' }],
    ['jeg jobbe som sjåfør i 12 år', { employed: true, practiceYears: 12, trade: 'yrkessjåførfaget' }],
    ['er 29 og jobbr ikke', { age: 29, employed: false }],
    ['I am 40 years old and I am unemploed', { age: 40, employed: false }],
    ['I work as a clener in a hotell in Oslo', { county: 'Oslo', employed: true, trade: 'renholdsoperatørfaget' }],
    ['I have 5 years experiense as a welder', { practiceYears: 5, trade: 'sveisefaget' }],
    ['I have finnished high school in Norway', { completedUpperSecondary: true }],
    ['i dont have trade certificate', { hasTradeCertificate: false }],
    ['Im 31 and live in Stavanger', { age: 31, county: 'Rogaland' }],
  ]);
});

describe('long stories with several jobs, round eight', () => {
  eachProfile([
    [
      'Hei! Jeg er Kari, 48 år, og bor i Mosjøen. Jeg har jobbet på Alcoa i 15 år som prosessoperatør, men før det jobbet jeg 10 år i butikk. Jeg har ikke fagbrev, men har fullført videregående på allmennfag. Nå vil jeg ta fagbrev i kjemiprosessfaget. Jeg jobber fortsatt fulltid på verket.',
      { age: 48, county: 'Nordland', completedUpperSecondary: true, hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 15, trade: 'kjemiprosessfaget', practiceUntil: 'now' },
    ],
    [
      'Jeg er 36 og bor i Tromsø med mann og to barn. Jeg kom fra Thailand for 12 år siden. Først jobbet jeg på hotell som renholder, så på sykehjem som assistent. De siste seks årene har jeg jobbet i hjemmetjenesten, 70 %. Jeg vil bli helsefagarbeider. Jeg har ikke skole fra Norge.',
      { age: 36, county: 'Troms', employed: true, employmentPercent: 70, practiceYears: 6, trade: 'helsearbeiderfaget' },
    ],
    [
      'God morgen. Jeg heter Per og er 59. Jeg har jobbet som snekker hele livet, de siste 25 årene i eget firma i Larvik. Jeg har aldri tatt svennebrev. Nå vil jeg gjerne ha det på papiret før jeg blir pensjonist.',
      { age: 59, county: 'Vestfold', hasTradeCertificate: false, employed: true, practiceYears: 25, trade: 'tømrerfaget' },
    ],
    [
      'Jeg er en kvinne på 41 fra Polen. Jeg bor i Kristiansand og har jobbet som kokk på en restaurant der i 8 år, 100 %. I Polen gikk jeg på kokkeskole. Jeg har ikke norsk fagbrev. Er det mulig å ta fagbrev som praksiskandidat?',
      { age: 41, county: 'Agder', hasTradeCertificate: false, employed: true, employmentPercent: 100, practiceYears: 8, trade: 'kokkfaget' },
    ],
    [
      'Jeg er 23 år og bor i Gjøvik. Jeg fullførte videregående i fjor, studiespesialisering. Nå jobber jeg på et lager i Raufoss, 100 %. Jeg vil ikke studere, men ta fagbrev i logistikk.',
      { age: 23, county: 'Innlandet', completedUpperSecondary: true, employed: true, employmentPercent: 100, trade: 'logistikkfaget' },
    ],
    [
      'Hei. Jeg er 44 og arbeidsledig etter at bedriften jeg jobbet i gikk konkurs. Der jobbet jeg 14 år som CNC-operatør. Jeg bor i Kongsberg og er registrert hos NAV. Jeg vil ta fagbrev i CNC-maskinering.',
      { age: 44, county: 'Buskerud', employed: false, practiceYears: 14, trade: 'cnc-maskineringsfaget', navJobSeeker: true, practiceUntil: 'past' },
    ],
    [
      'Jeg er 30 år, bor i Arendal og jobber 60 % i en barnehage og 40 % på SFO. Jeg har jobbet med barn i sju år. Jeg har fullført vgs.',
      { age: 30, county: 'Agder', completedUpperSecondary: true, employed: true, practiceYears: 7, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Mann, 50 år, bor i Namsos. Har kjørt vogntog i 20 år, de siste 5 i eget firma. Svennebrev som mekaniker fra 1995. Ønsker fagbrev som yrkessjåfør.',
      { age: 50, county: 'Trøndelag', hasTradeCertificate: true, employed: true, practiceYears: 20, trade: 'yrkessjåførfaget' },
    ],
  ]);
});

describe('plain messages, round nine', () => {
  eachProfile([
    ['Jeg er 34 år, jobber 100 % som operatør i Trøndelag og har 3 års praksis.', { age: 34, county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 3 }],
    ['for tiden mellom to jobber', { employed: false }],
    ['æ e 38 og har jobba tre og et halvt år på verkstedet', { age: 38, practiceYears: 3.5 }],
    [
      'Jeg er 45 og jobber som barne- og ungdomsarbeider i Oslo. Jeg har fagbrev.',
      { age: 45, county: 'Oslo', hasTradeCertificate: true, certificateTrade: 'barne- og ungdomsarbeiderfaget', employed: true },
    ],
    [
      'Jeg er 40 og jobber som assistent i barnehage i Skien, 80 %. Har jobbet der i 10 år. Vil ta fagbrev.',
      { age: 40, county: 'Telemark', employed: true, employmentPercent: 80, practiceYears: 10, trade: 'barne- og ungdomsarbeiderfaget' },
    ],
    [
      'Jeg er 27, bor i Sandnes og jobber på lager. Har ikke fullført videregående. Registrert hos NAV som delvis ledig.',
      { age: 27, county: 'Rogaland', completedUpperSecondary: false, employed: true, trade: 'logistikkfaget', navJobSeeker: true },
    ],
    ['Jeg jobber som servitør i Bergen og har gjort det i 4 år. Vil ta fagbrev.', { county: 'Vestland', employed: true, practiceYears: 4, trade: 'servitørfaget' }],
    [
      'Jeg har fagbrev som helsefagarbeider og jobber 75 % på sykehjem i Bodø. Jeg vil jobbe med ledelse.',
      { county: 'Nordland', hasTradeCertificate: true, certificateTrade: 'helsearbeiderfaget', employed: true, employmentPercent: 75, interests: ['ledelse'] },
    ],
  ]);
});
