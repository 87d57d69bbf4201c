// How people write the words understanding reads, mapped to one form (bokmål, lower case): nynorsk,
// dialect and chat forms ("æ e", "ikkje", "jobba", "bur"), and English ("I'm", "unemployed", "full
// time"). The readers then only deal with bokmål. English words are read this way only in a message
// written in English (see isEnglish), so a Norwegian "i", "no" or "store" keeps its meaning.
// An empty string drops the word ("the", "a").

/** Nynorsk, dialect and chat forms → bokmål. */
export const NORWEGIAN_FORMS: Readonly<Record<string, string>> = {
  // pronouns
  æ: 'jeg', eg: 'jeg', je: 'jeg', æg: 'jeg', jæ: 'jeg', ej: 'jeg', mæ: 'meg', mæg: 'meg', mei: 'meg', ho: 'hun', hu: 'hun',
  dei: 'de', dæ: 'det', dæm: 'dem', mi: 'min', mitt: 'mitt', vårres: 'vår', oss: 'oss',
  // negation
  ikkje: 'ikke', ikkj: 'ikke', itj: 'ikke', ittj: 'ikke', ittje: 'ikke', inkje: 'ikke', itte: 'ikke', inte: 'ikke', ikk: 'ikke', ike: 'ikke', ikkie: 'ikke', ikek: 'ikke', kke: 'ikke',
  aldrig: 'aldri', ingenting: 'ingenting', inga: 'ingen', noko: 'noe', nokon: 'noen',
  // to be, to have
  utdanna: 'utdannet', utdana: 'utdannet', utdanet: 'utdannet', fagutdannet: 'utdannet', fagutdanna: 'utdannet',
  e: 'er', ær: 'er', vore: 'vært', vorre: 'vært', vøri: 'vært', vori: 'vært', vørri: 'vært', vorri: 'vært', vært: 'vært', vøre: 'vært', værre: 'vært',
  hae: 'har', hatt: 'hatt', fått: 'fått', fekk: 'fikk', fikk: 'fikk',
  // work
  jobbe: 'jobbe', jobbær: 'jobber', jobbæ: 'jobber', jobbar: 'jobber', jobba: 'jobbet', jobbæt: 'jobbet', jobbi: 'jobbet', jobbå: 'jobbet',
  arbeidar: 'arbeider', arbeie: 'arbeider', arbeia: 'arbeidet', arbeida: 'arbeidet', arbeidd: 'arbeidet', jobbet: 'jobbet',
  job: 'jobb', jobben: 'jobben', jobbn: 'jobben', jobbm: 'jobben', arbeidsplass: 'arbeidsplass', tilsett: 'ansatt', tilsatt: 'ansatt', ansat: 'ansatt', 
  drivi: 'drevet', drevi: 'drevet', kjørd: 'kjørt', køyrd: 'kjørt', køyrt: 'kjørt', køyrer: 'kjører', køyrde: 'kjørte', kjøre: 'kjøre', kjører: 'kjører', kjørte: 'kjørte', kjørt: 'kjørt',
  // live
  bur: 'bor', budd: 'bodd', budde: 'bodde', busett: 'bosatt', busatt: 'bosatt', bosett: 'bosatt', heime: 'hjemme',
  // time
  no: 'nå', nu: 'nå', nå: 'nå', framleis: 'fortsatt', fremdeles: 'fortsatt', ennå: 'fortsatt', enno: 'fortsatt', enda: 'fortsatt', fortsatt: 'fortsatt',
  stund: 'stund', tida: 'tiden', år: 'år', åra: 'årene', åre: 'år', mnd: 'måneder', md: 'måneder', månader: 'måneder', månadar: 'måneder', måna: 'måned',
  sidan: 'siden', sia: 'siden', sida: 'siden',
  // words
  ka: 'hva', kva: 'hva', kå: 'hva', ke: 'hva', kor: 'hvor', korleis: 'hvordan', koffor: 'hvorfor', kvifor: 'hvorfor', kæm: 'hvem', kven: 'hvem',
  finst: 'finnes', fins: 'finnes', ska: 'skal', sku: 'skulle', skulle: 'skulle', vil: 'vil', ville: 'ville', kan: 'kan', kunne: 'kunne', må: 'må', treng: 'trenger', trenge: 'trenger',
  hjå: 'hos', hjo: 'hos', te: 'til', tel: 'til', tell: 'til', m: 'med', uden: 'uten', utan: 'uten', utn: 'uten', frå: 'fra', ifra: 'fra', ifrå: 'fra', hos: 'hos',
  ei: 'en', eit: 'et', ein: 'en', nån: 'noen', någe: 'noe', berre: 'bare', bærre: 'bare', sjøl: 'selv', heilt: 'helt', heile: 'hele', 
  litt: 'litt', lite: 'lite', mykje: 'mye', mye: 'mye', godt: 'godt', gjer: 'gjør', gjør: 'gjør', gjøre: 'gjøre', gjere: 'gjøre', gjera: 'gjøre', gjær: 'gjøre', gjørr: 'gjøre', sei: 'si', seie: 'si',
  vidregåande: 'videregående', vidaregåandes: 'videregående', vidregåandes: 'videregående', videregåendes: 'videregående', vidregående: 'videregående',
  fullført: 'fullført', fullførte: 'fullførte', fullfort: 'fullført', fullfortet: 'fullført', fullførd: 'fullført', fullførde: 'fullførte', ferdi: 'ferdig',
  slutta: 'sluttet', mista: 'mistet', mistet: 'mistet', droppa: 'droppet', flytta: 'flyttet', flytte: 'flytte', starta: 'startet', begynte: 'begynte', byrja: 'begynte', byrje: 'begynne',
  tok: 'tok', teke: 'tatt', tatt: 'tatt', fagbrevet: 'fagbrevet',
  sjukmeldt: 'sykmeldt', sjukemeldt: 'sykmeldt', sykemeldt: 'sykmeldt', sjukmeld: 'sykmeldt', sjukemeld: 'sykmeldt', sykmeldt: 'sykmeldt', sykmelding: 'sykmelding', sjukemelding: 'sykmelding', sjukmelding: 'sykmelding',
  uføretrygda: 'uføretrygdet', uføretrygdet: 'uføretrygdet', uføretrygd: 'uføretrygd', uførtrygda: 'uføretrygdet', uførtrygdet: 'uføretrygdet', uføre: 'ufør',
  permitert: 'permittert', permittera: 'permittert', permitera: 'permittert', permittert: 'permittert',
  arbeidslaus: 'arbeidsledig', arbeidsløs: 'arbeidsledig', arbeidsledige: 'arbeidsledig', ledig: 'ledig', arbeidsløyse: 'arbeidsledighet',
  jobbsøkar: 'jobbsøker', arbeidssøkar: 'arbeidssøker', arbeidssøkjar: 'arbeidssøker', registrert: 'registrert', registrer: 'registrert', registert: 'registrert',
  sjukeheim: 'sykehjem', sjukeheimen: 'sykehjemmet', sjukehus: 'sykehus', sjukehuset: 'sykehuset',
  vidaregåande: 'videregående', vidaregande: 'videregående', videregaende: 'videregående', videregåande: 'videregående', vgs: 'vgs', vgå: 'vgs',
  grunnskule: 'grunnskole', grunnskulen: 'grunnskolen', ungdomsskulen: 'ungdomsskolen', ungdomsskule: 'ungdomsskole', skule: 'skole', skulen: 'skolen',
  fagbrev: 'fagbrev', fb: 'fagbrev', fagbr: 'fagbrev', fbrev: 'fagbrev', kand: 'kandidat', fullf: 'fullført', reg: 'registrert', fagbreve: 'fagbrevet', fagbrevæ: 'fagbrevet', svennebrev: 'svennebrev', sveinebrev: 'svennebrev', sveinebrevet: 'svennebrevet',
  læreplass: 'læreplass', lærling: 'lærling', lærlinge: 'lærling',
  '%': 'prosent', stilling: 'stilling', stillinga: 'stillingen', stillingsprosent: 'stillingsprosent', prosent: 'prosent', porsent: 'prosent', prosen: 'prosent', prsoent: 'prosent', pst: 'prosent',
  hundre: 'hundre', fulltid: 'fulltid', heiltid: 'heltid', heltid: 'heltid', deltid: 'deltid', halvtid: 'halvtid', full: 'full', heil: 'hel',
  tilbake: 'tilbake', same: 'samme', sama: 'samme', båten: 'båten', der: 'der', dær: 'der', her: 'her', hær: 'her',
  omskolere: 'omskolere', omskulere: 'omskolere', omskolering: 'omskolering', interessert: 'interessert', interesert: 'interessert', interessa: 'interessert',
  gjerne: 'gjerne', gjedna: 'gjerne', gjønne: 'gjerne', gjern: 'gjerne', ønske: 'ønsker', ønskjer: 'ønsker', ynskjer: 'ønsker', ønsker: 'ønsker', tenkt: 'tenkt', tenkje: 'tenke',
  lyst: 'lyst', lysta: 'lyst', hjelp: 'hjelp', hjølp: 'hjelp',
  // nynorsk words of questions about education and work
  haust: 'høst', hausten: 'høsten', reknar: 'regner', rekne: 'regne', rekna: 'regnet', reknast: 'regnes', vert: 'blir', verte: 'bli',
  arbeidsgjevar: 'arbeidsgiver', arbeidsgjevaren: 'arbeidsgiveren', arbeidsgjevarar: 'arbeidsgivere', arbeidsgjevarane: 'arbeidsgiverne', gjevar: 'giver',
  fagskule: 'fagskole', fagskulen: 'fagskolen', fagskular: 'fagskoler', fagskulane: 'fagskolene', skular: 'skoler', skulane: 'skolene',
  vaksen: 'voksen', vaksne: 'voksne', vaksenopplæring: 'voksenopplæring', vaksenopplæringa: 'voksenopplæringen', opplæringa: 'opplæringen', utdanninga: 'utdanningen',
  sein: 'sen', seint: 'sent', meir: 'mer', fleire: 'flere', nokre: 'noen', veke: 'uke', veker: 'uker', vekene: 'ukene', sjølv: 'selv', døme: 'eksempel', difor: 'derfor', medan: 'mens',
  kjem: 'kommer', kome: 'komme', gjekk: 'gikk', veit: 'vet', gjeld: 'gjelder', krev: 'krever', søkje: 'søke', søkjer: 'søker', søkjarar: 'søkere', høyrer: 'hører', høyre: 'høre',
  verksemd: 'virksomhet', verksemda: 'virksomheten', verksemder: 'virksomheter', tilsette: 'ansatte', teneste: 'tjeneste', tenesta: 'tjenesten', tenester: 'tjenester',
  fagprøva: 'fagprøven', prøva: 'prøven', ordninga: 'ordningen', kompetanseprøva: 'kompetanseprøven', løn: 'lønn', løna: 'lønnen',
  saman: 'sammen', samen: 'sammen', veka: 'uke', me: 'vi', dykk: 'dere', dykkar: 'deres', deira: 'deres', hennar: 'hennes', desse: 'disse', kvarandre: 'hverandre', einaste: 'eneste',
  eigen: 'egen', eige: 'eget', eigne: 'egne', gamal: 'gammel', sommar: 'sommer', viss: 'hvis', då: 'da', òg: 'også', kvar: 'hvor', kvart: 'hvert',
  vere: 'være', gje: 'gi', gjev: 'gir', gjeve: 'gitt', tek: 'tar', seier: 'sier', trengst: 'trengs', trengde: 'trengte', søkja: 'søke', søkjar: 'søker',
  trur: 'tror', meiner: 'mener', tenkjer: 'tenker', arbeidstakar: 'arbeidstaker', arbeidstakarar: 'arbeidstakere',
  sveineprøve: 'svenneprøve', sveineprøva: 'svenneprøven', høgskule: 'høyskole', høgskulen: 'høyskolen', høgskular: 'høyskoler',
  tilbodet: 'tilbudet', tilboda: 'tilbudene', kursa: 'kursene', krava: 'kravene', rettar: 'rettigheter', rettane: 'rettighetene', bedrifta: 'bedriften',
  rettleiing: 'veiledning', rettleiinga: 'veiledningen', karriererettleiing: 'karriereveiledning', karriererettleiinga: 'karriereveiledningen', rettleiar: 'veileder',
  sjuk: 'syk', sjukepengar: 'sykepenger', heim: 'hjem', bu: 'bo', son: 'sønn', sonen: 'sønnen', dotter: 'datter', dottera: 'datteren',
  tilrå: 'anbefale', tilrår: 'anbefaler', tilrådde: 'anbefalte', tilrådd: 'anbefalt', tilråding: 'anbefaling', tilrådinga: 'anbefalingen', tilrådingar: 'anbefalinger', tilrådingane: 'anbefalingene',
  tillitsvald: 'tillitsvalgt', tillitsvalde: 'tillitsvalgte', ekspertar: 'eksperter', ekspertane: 'ekspertene',
  samanlikne: 'sammenligne', samanliknar: 'sammenligner', samanlikna: 'sammenlignet', samanlikning: 'sammenligning', samanlikninga: 'sammenligningen',
  kjelde: 'kilde', kjelda: 'kilden', kjelder: 'kilder', kjeldene: 'kildene', fylka: 'fylkene',
  tekne: 'tatt', vedteke: 'vedtatt', vedtekne: 'vedtatt', oppteke: 'opptatt', opptekne: 'opptatt', innførd: 'innført',
  høve: 'mulighet', høvet: 'muligheten', moglegheit: 'mulighet', moglegheita: 'muligheten', moglegheiter: 'muligheter', mogleg: 'mulig', umogleg: 'umulig',
  // typed without æ/ø/å, or short words misspelt
  pa: 'på', paa: 'på', ar: 'år', aar: 'år', ars: 'års', aars: 'års', arene: 'årene', naa: 'nå', na: 'nå', ma: 'må', maa: 'må', fa: 'få', faa: 'få', ogsa: 'også', ogsaa: 'også',
  nar: 'når', naar: 'når', gar: 'går', gaar: 'går', gatt: 'gått', fatt: 'fått', jober: 'jobber', jobbr: 'jobber', jobbe_r: 'jobber', jobet: 'jobbet', jbber: 'jobber',
  joba: 'jobbet', jeb: 'jeg', jg: 'jeg', iikke: 'ikke', boor: 'bor', hr: 'har', harr: 'har', stiling: 'stilling',
  erf: 'erfaring', bhg: 'barnehage', bhgen: 'barnehagen', butik: 'butikk', butikkn: 'butikken', lagr: 'lager', ikkke: 'ikke', prosnt: 'prosent', prossent: 'prosent', prosemt: 'prosent', fagbev: 'fagbrev', fagbre: 'fagbrev', fagbrv: 'fagbrev', fagberv: 'fagbrev',
  vsg: 'vgs', vgss: 'vgs', årr: 'år', åår: 'år', årrs: 'års', procent: 'prosent', lagær: 'lager', hra: 'har', "vgs'en": 'vgs', vgsen: 'vgs', prosnet: 'prosent', prcent: 'prosent', pct: 'prosent', prosetn: 'prosent',
};

/** English words → bokmål (only in an English message). */
export const ENGLISH_WORDS: Readonly<Record<string, string>> = {
  i: 'jeg', "i'm": 'jeg er', im: 'jeg er', "i've": 'jeg har', ive: 'jeg har', "i'd": 'jeg vil', "i'll": 'jeg skal', me: 'meg', my: 'min', mine: 'min', myself: 'meg',
  we: 'vi', "we're": 'vi er', "we've": 'vi har', our: 'vår', us: 'oss', he: 'han', "he's": 'han er', she: 'hun', "she's": 'hun er', they: 'de', "they're": 'de er', his: 'hans', her: 'hennes', their: 'deres', you: 'du', your: 'din',
  it: 'det', "it's": 'det er', that: 'det', this: 'dette', there: 'der', here: 'her', "that's": 'det er', is: 'er', am: 'er', are: 'er', was: 'var', were: 'var', be: 'være', been: 'vært', being: 'være',
  have: 'har', has: 'har', had: 'hadde', having: 'ha', do: 'gjør', does: 'gjør', did: 'gjorde', done: 'gjort', get: 'får', gets: 'får', got: 'fikk', gotten: 'fått', getting: 'får', receive: 'mottar', receives: 'mottar', receiving: 'mottar', received: 'fikk',
  not: 'ikke', "don't": 'ikke', dont: 'ikke', "doesn't": 'ikke', doesnt: 'ikke', "didn't": 'ikke', didnt: 'ikke', "haven't": 'ikke', havent: 'ikke', "hasn't": 'ikke', "isn't": 'ikke', isnt: 'ikke', "aren't": 'ikke', "wasn't": 'ikke', "can't": 'kan ikke', cant: 'kan ikke', "won't": 'vil ikke', "wouldn't": 'vil ikke', "couldn't": 'kunne ikke', never: 'aldri', no: 'ingen', none: 'ingen', nothing: 'ingenting', yes: 'ja', yeah: 'ja', yep: 'ja',
  retrain: 'omskolere', retraining: 'omskolering', reskill: 'omskolere', yrs: 'år', yo: 'år gammel',
  work: 'jobber', works: 'jobber', working: 'jobber', worked: 'jobbet', job: 'jobb', jobs: 'jobber', employed: 'ansatt', employee: 'ansatt', position: 'stilling', employment: 'jobb', hired: 'ansatt',
  drive: 'kjøre', drives: 'kjører', driving: 'kjører', drove: 'kjørte', driven: 'kjørt',
  hold: 'har', holds: 'har', certified: 'faglært', qualified: 'faglært', licensed: 'faglært',
  live: 'bor', lives: 'bor', living: 'bor', lived: 'bodde', reside: 'bor', resident: 'bosatt', stay: 'bor', staying: 'bor', moved: 'flyttet', move: 'flytte', came: 'kom', come: 'kommer', born: 'født',
  year: 'år', years: 'år', "year's": 'års', "years'": 'års', month: 'måned', months: 'måneder', old: 'gammel', age: 'alder', aged: 'alder',
  percent: 'prosent', per: '', cent: 'prosent', fulltime: 'fulltid', parttime: 'deltid',
  as: 'som', at: 'på', in: 'i', on: 'på', from: 'fra', with: 'med', without: 'uten', and: 'og', but: 'men', or: 'eller', for: 'i', of: 'av', to: 'å', into: 'til', about: 'ca', around: 'ca', approximately: 'ca', roughly: 'ca', almost: 'nesten', nearly: 'nesten', over: 'over', more: 'mer', than: 'enn', since: 'siden', ago: 'siden',
  the: '', a: '', an: '', some: 'noen', many: 'mange', several: 'flere', few: 'få', couple: 'par', lot: 'mye', lots: 'mye', all: 'alle', both: 'begge', any: 'noen',
  want: 'vil', wants: 'vil', wanted: 'ville', would: 'ville', like: 'gjerne', love: 'gjerne', wish: 'ønsker', hope: 'håper', hoping: 'håper', plan: 'planlegger', planning: 'planlegger', dream: 'drømmer', goal: 'målet', will: 'skal', shall: 'skal', going: 'skal', should: 'bør', could: 'kunne', can: 'kan', must: 'må', might: 'kanskje', maybe: 'kanskje', perhaps: 'kanskje', think: 'tror', thinking: 'tenker', considering: 'vurderer',
  become: 'bli', becoming: 'bli', take: 'ta', taking: 'ta', took: 'tok', taken: 'tatt', finish: 'fullføre', finished: 'fullført', completed: 'fullført', complete: 'fullføre', graduated: 'fullført', passed: 'bestått', quit: 'sluttet', dropped: 'droppet', left: 'sluttet',
  still: 'fortsatt', now: 'nå', currently: 'nå', today: 'i dag', yet: 'ennå', already: 'allerede', before: 'før', previously: 'tidligere', earlier: 'tidligere', then: 'så', also: 'også', too: 'også', only: 'bare', just: 'bare', full: 'full', part: 'del', half: 'halv', time: 'tid', experience: 'erfaring', experienced: 'erfaren', practice: 'praksis', trained: 'utdannet', educated: 'utdannet',
  certificate: 'fagbrev', certificates: 'fagbrev', certification: 'fagbrev', apprenticeship: 'lærlingtid', apprentice: 'lærling', school: 'skole', education: 'utdanning',
  unemployed: 'arbeidsledig', jobless: 'arbeidsledig', retired: 'pensjonist', pensioner: 'pensjonist', retiree: 'pensjonist', student: 'student', studying: 'studerer', study: 'studere', studies: 'studerer',
  registered: 'registrert', benefits: 'stønad', benefit: 'stønad', interested: 'interessert', interest: 'interesse', field: 'felt', please: '', hi: 'hei', hello: 'hei', thanks: 'takk', "what's": 'hva er', what: 'hva', how: 'hvordan', why: 'hvorfor', where: 'hvor', who: 'som', which: 'som', when: 'når', if: 'hvis', because: 'fordi', while: 'mens', so: 'så',
  housewife: 'hjemmeværende', homemaker: 'hjemmeværende', househusband: 'hjemmeværende',
  shift: 'vakt', shifts: 'vakter', home: 'hjemme', kids: 'barna', children: 'barna', child: 'barn', course: 'kurs', courses: 'kurs',
  help: 'hjelp', county: 'fylke', municipality: 'kommune', norway: 'norge', sick: 'syk', leave: 'permisjon', disability: 'uførhet', disabled: 'ufør', same: 'samme', equivalent: 'tilsvarende', approved: 'godkjent', recognised: 'godkjent', recognized: 'godkjent',
};

/** Phrases rewritten before the single words; the longest phrase starting at a word wins. */
export const ENGLISH_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['last year', 'i fjor'], ['signed up', 'registrert'], ['used to be', 'var'], ['used to work', 'jobbet'], ['used to drive', 'kjørte'], ['was working', 'jobbet'], ['were working', 'jobbet'], ['was driving', 'kjørte'], ['were driving', 'kjørte'], ['am working', 'jobber'], ['am driving', 'kjører'], ['was employed', 'jobbet'], ['had been working', 'hadde jobbet'],
  ['without work', 'uten jobb'], ['without a job', 'uten jobb'], ['no work', 'ingen jobb'], ['no work experience', 'ingen erfaring'], ['without work experience', 'uten erfaring'], ['no work permit', 'ingen arbeidstillatelse'], ['not employed', 'uten jobb'],
  ['lost job', 'mistet jobben'], ['lost the job', 'mistet jobben'], ['lost a job', 'mistet jobben'], ['lost work', 'mistet jobben'], ['lost my work', 'mistet jobben'],
  ['hair dresser', 'hairdresser'],
  ['working like', 'jobber som'], ['work like', 'jobber som'], ['worked like', 'jobbet som'], ['fagbrev like', 'fagbrev som'], ['certificate like', 'fagbrev som'],
  ['full time', 'fulltid'], ['full-time', 'fulltid'], ['half time', 'halvtid'], ['half-time', 'halvtid'], ['at home', 'hjemme'], ['yrs old', 'år gammel'], ['yr old', 'år gammel'], ['retrain as', 'omskolere meg til'], ['reskill as', 'omskolere meg til'], ['part time', 'deltid'], ['part-time', 'deltid'], ['years old', 'år gammel'], ['year old', 'år gammel'], ['years of age', 'år gammel'],
  ['would like to', 'vil gjerne'], ["i'd like to", 'jeg vil gjerne'], ["i'd love to", 'jeg vil gjerne'], ['would love to', 'vil gjerne'], ['want to', 'vil'], ['wants to', 'vil'], ['hope to', 'vil'], ['plan to', 'vil'], ['dream of', 'drømmer om'], ['interested in', 'interessert i'],
  ['trade certificate', 'fagbrev'], ['craft certificate', 'fagbrev'], ["journeyman's certificate", 'svennebrev'], ['journeyman certificate', 'svennebrev'], ['vocational certificate', 'fagbrev'], ['trade qualification', 'fagbrev'],
  ['upper secondary school', 'videregående'], ['upper secondary', 'videregående'], ['high school', 'videregående'], ['secondary school', 'videregående'], ['sixth form', 'videregående'],
  ['10th grade', '10 klasse'], ['tenth grade', '10 klasse'], ['stay-at-home', 'hjemmeværende'], ['stay at home', 'hjemmeværende'],
  ['lower secondary school', 'grunnskole'], ['lower secondary', 'grunnskole'], ['primary school', 'grunnskole'], ['elementary school', 'grunnskole'], ['middle school', 'grunnskole'], ['compulsory school', 'grunnskole'], ['junior high', 'grunnskole'], ['basic school', 'grunnskole'],
  ['sick leave', 'sykmeldt'], ['sick-listed', 'sykmeldt'], ['on sick leave', 'sykmeldt'], ['laid off', 'permittert'], ['temporarily laid off', 'permittert'], ['furloughed', 'permittert'], ['out of work', 'uten jobb'], ['between jobs', 'mellom jobber'], ['lost my job', 'mistet jobben'], ['got fired', 'fikk sparken'], ['was fired', 'fikk sparken'], ['been fired', 'fått sparken'], ['got sacked', 'fikk sparken'],
  ['unemployment benefits', 'dagpenger'], ['unemployment benefit', 'dagpenger'], ['disability benefits', 'uføretrygd'], ['disability benefit', 'uføretrygd'], ['disability pension', 'uføretrygd'], ['on disability', 'uføretrygdet'],
  ['a couple of', 'et par'], ['couple of', 'et par'], ['a few', 'noen'], ['a lot of', 'mange'], ['many years', 'mange år'], ['and a half', 'og en halv'], ['one and a half', 'halvannet'], ['a year and a half', 'halvannet år'],
  ['have got a job', 'har jobb'], ["i've got a job", 'jeg har jobb'], ['got a job', 'fikk jobb'], ['have a job', 'har jobb'], ['has a job', 'har jobb'],
  ['introduction program', 'introduksjonsprogrammet'], ['introduction programme', 'introduksjonsprogrammet'], ['intro program', 'introduksjonsprogrammet'], ['home country', 'hjemlandet'], ['my country', 'hjemlandet'], ['back home', 'hjemlandet'],
  ['at the moment', 'nå'], ['right now', 'nå'], ['these days', 'nå'], ['no longer', 'ikke lenger'], ['not anymore', 'ikke lenger'], ['any more', 'lenger'], ['anymore', 'lenger'], ['work experience', 'erfaring'],
  ['the first', 'de første'], ['the last', 'de siste'], ['the rest', 'resten'], ['of which', 'derav'], ['of those', 'derav'],
  ['same as', 'tilsvarende'], ['the same as', 'tilsvarende'], ['equivalent to', 'tilsvarende'], ['job seeker', 'arbeidssøker'], ['jobseeker', 'arbeidssøker'], ['job seekers', 'arbeidssøkere'], ['jobseekers', 'arbeidssøkere'], ['looking for work', 'arbeidssøker'], ['looking for a job', 'arbeidssøker'],
];

/** Norwegian phrases with one meaning the readers need ("mellom to jobber", "av og på"). */
export const NORWEGIAN_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['i dag', 'nå'], ['for tida', 'nå'], ['for tiden', 'nå'], ['akkurat nå', 'nå'], ['i øyeblikket', 'nå'], ['per i dag', 'nå'], ['pr i dag', 'nå'], ['pr. i dag', 'nå'],
  ['full stilling', 'fulltid'], ['full jobb', 'fulltid'], ['hel stilling', 'fulltid'], ['heil stilling', 'fulltid'], ['fullt', 'fulltid'], ['100 prosent stilling', '100 prosent stilling'],
  ['halv stilling', 'halvtid'], ['halv jobb', 'halvtid'], ['halv tid', 'halvtid'],
  ['videre gående', 'videregående'], ['vidare gåande', 'videregående'], ['videre gåande', 'videregående'], ['v.g.s', 'vgs'], ['v g s', 'vgs'],
  ['ungdoms skolen', 'ungdomsskolen'], ['ungdoms skole', 'ungdomsskole'], ['grunn skolen', 'grunnskolen'], ['grunn skole', 'grunnskole'],
  ['arb ledig', 'arbeidsledig'], ['arbeids ledig', 'arbeidsledig'], ['arbeids løs', 'arbeidsledig'], ['arbeids søker', 'arbeidssøker'], ['fag brev', 'fagbrev'], ['fag brevet', 'fagbrevet'],
  ['svenne brev', 'svennebrev'], ['svenne brevet', 'svennebrevet'], ['studie kompetanse', 'studiekompetanse'], ['dag penger', 'dagpenger'], ['ufør trygdet', 'uføretrygdet'], ['av og på', 'av-og-på'], ['av og til', 'av-og-til'], ['ikke bare', 'ikke-bare'], ['ikkje berre', 'ikke-bare'], ['itj bærre', 'ikke-bare'],
];

/** Marker words of English: a message with enough of them is read as English. */
export const ENGLISH_MARKERS = new Set([
  'i', "i'm", 'im', "i've", "i'd", 'the', 'and', 'am', 'is', 'are', 'have', 'has', 'work', 'working', 'worked', 'live', 'living', 'years', 'year', 'old', 'my', 'with', 'want', 'would', 'like',
  "don't", 'not', 'but', 'at', 'as', 'an', 'a', 'of', 'from', 'in', 'to', 'was', 'been', 'job', 'certificate', 'unemployed', 'full', 'time', 'experience', 'school', 'hi', 'hello', 'there', 'since', 'for',
  'finished', 'completed', 'upper', 'secondary', 'primary', 'high', 'got', 'took', 'had', 'will', 'wanted', 'which', 'what', 'how', 'it', 'this', 'that', 'you', 'your', 'we', 'our',
  'they', 'their', 'he', 'she', 'his', 'her', 'be', 'because', 'about', 'after', 'before', 'now', 'yes', 'never', 'also', 'still', 'months', 'lived', 'moved', 'came', 'on', 'by', 'without',
  'or', 'if', 'so', 'do', 'does', 'did', 'can', 'could', 'should', 'me', 'myself', 'trade', 'healthcare', 'warehouse', 'cleaner', 'nurse', 'assistant', 'kindergarten', 'factory', 'hospital',
  'nursing', 'currently', 'employed', 'looking', 'lost', 'retired', 'pensioner', 'registered', 'years', 'old', 'am', 'are', 'is', 'i\'ve', 'become', 'take', 'get', 'interested', 'industry', 'company', 'shop', 'who', 'only',
]);
/** Norwegian words that are also English marker words ("i", "for", "at", "like"): they count for neither side. */
export const SHARED_WORDS = new Set(['i', 'for', 'at', 'a', 'like', 'full', 'hi', 'in', 'time', 'old', 'there']);

/** Words the readers look for, which a misspelling is corrected towards ("arbeidsledi", "regisrert"). */
export const READER_WORDS = [
  'arbeidsledig', 'arbeidsløs', 'permittert', 'sykmeldt', 'uføretrygdet', 'pensjonist', 'registrert', 'arbeidssøker', 'dagpenger', 'arbeidstrening',
  'fullført', 'fullførte', 'videregående', 'grunnskole', 'grunnskolen', 'ungdomsskole', 'ungdomsskolen', 'studiekompetanse', 'fagbrev', 'fagbrevet',
  'svennebrev', 'svennebrevet', 'stilling', 'stillingen', 'stillingsprosent', 'prosent', 'erfaring', 'erfaringen', 'yrkeserfaring', 'arbeidserfaring',
  'praksis', 'interessert', 'omskolere', 'omskolering', 'fortsatt', 'ansatt', 'jobber', 'jobbet', 'arbeider', 'arbeidet', 'fulltid', 'heltid', 'deltid',
  'halvtid', 'ufaglært', 'utdannet', 'gammel', 'kandidat', 'kandidaten', 'bruker', 'brukeren', 'deltaker', 'ønsker', 'overgang', 'mellom', 'uten',
  'ikke', 'aldri', 'bosatt', 'flyttet', 'sluttet', 'droppet', 'måneder', 'fartstid', 'ansiennitet', 'tiltak', 'interesse', 'fagarbeider', 'vikariat',
];

/** Everyday words one letter from a word the readers look for, never corrected towards it ("vakter" is not "vekter"). */
export const NOT_MISSPELT = ['vakter', 'vakta', 'vaktene'];
