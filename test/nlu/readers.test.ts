// The field readers, each through understand() on messages that state that kind of fact (table-driven:
// message → the fields it states, nothing else).
import type { Profile } from '../../src/catalogue/schema';
import { understander } from '../support/understanding';

const understand = (text: string) => understander.understand(text).profile;
type Row = [string, Profile];

const table = (name: string, rows: Row[]) =>
  describe(name, () => {
    it.each(rows)('%s', (text, expected) => expect(understand(text)).toEqual(expected));
  });

table('age', [
  ['Jeg er 34 år', { age: 34 }],
  ['Er 45 og bor i Våler', { age: 45 }],
  ['Eg er femtifem og har fagbrev', { age: 55, hasTradeCertificate: true }],
  ['Jeg er en kvinne på 38', { age: 38 }],
  ['Bruker er 44 år', { age: 44 }],
  ['Mann, 57 år, bosatt i Narvik', { age: 57, county: 'Nordland' }],
  ['Henvendelse fra bruker (41 år)', { age: 41 }],
  ["Hi, I'm Maria, 29, from the Philippines", { age: 29 }],
  ['Alder: 34', { age: 34 }],
  ['Jeg er født i 1985', {}],
  ['Jeg er 100 % sikker', {}],
  ['Datteren min er 19', {}],
  ['Er det en aldersgrense? Jeg er 59.', { age: 59 }],
]);

table('county', [
  ['jobber i Levanger', { county: 'Trøndelag', employed: true }],
  ['Bruker, 48 år, Bodø.', { age: 48, county: 'Nordland' }],
  ['Kandidat 31 år, Sarpsborg.', { age: 31, county: 'Østfold' }],
  ['Vi flyttet fra Herøy på Helgeland til Larvik', { county: 'Vestfold' }],
  ['Jeg var på kurs i Oslo', {}],
  ['Søsteren min bor i Bergen', {}],
  ['Hvis jeg flytter til Bergen, kan jeg få hjelp?', {}],
  ['Bor i Viken', {}],
  ['Trondheim', { county: 'Trøndelag' }],
]);

table('school', [
  ['Har fullført videregående.', { completedUpperSecondary: true }],
  ['har ikke fullført grunnskolen', { completedPrimarySchool: false }],
  ['Har ikke bare grunnskole, jeg har fullført videregående også.', { completedPrimarySchool: true, completedUpperSecondary: true }],
  ['Jeg har grunnskole fra Afghanistan.', {}],
  ['gikk ett år på vgs, men fullførte ikke', { completedUpperSecondary: false }],
  ['Jeg har ingen utdanning utover grunnskolen.', { completedPrimarySchool: true, completedUpperSecondary: false }],
  ['Har bare grunnskole', { completedPrimarySchool: true, completedUpperSecondary: false }],
  ['Jeg har litt videregående', { completedUpperSecondary: false }],
  ['Videregående er ikke fullført', { completedUpperSecondary: false }],
  ['Etter vgs jobbet jeg på lager', { completedUpperSecondary: true }],
  ['Jeg har ikke grunnskole fra Norge', {}],
  ['Grunnskole: ja. Videregående: nei.', { completedPrimarySchool: true, completedUpperSecondary: false }],
  ['Jeg sluttet på skolen i 8. klasse.', { completedPrimarySchool: false }],
  ['Må man ha fullført videregående for å bli lærling?', {}],
  ['Jeg vil fullføre videregående.', {}],
]);

table('certificate', [
  ['Har fagbrev som kokk, men jobber som tømrer uten fagbrev i det', { hasTradeCertificate: true, certificateTrade: 'kokkfaget', employed: true }],
  ['har fagbrev som rørlegger', { hasTradeCertificate: true, certificateTrade: 'rørleggerfaget' }],
  ['Fagbrev som elektriker (2012).', { hasTradeCertificate: true, certificateTrade: 'elektrikerfaget' }],
  ['Jeg er utdannet frisør med svennebrev', { hasTradeCertificate: true, certificateTrade: 'frisørfaget' }],
  ['Ikke fagbrev.', { hasTradeCertificate: false }],
  ['jobber som ufaglært', { hasTradeCertificate: false, employed: true }],
  ['I never took the fagbrev', { hasTradeCertificate: false }],
  ['har drevet med snekring uten å ta svennebrev', { hasTradeCertificate: false }],
  ['Jeg vil ta fagbrev på jobb', {}],
  ['Jeg har ikke tenkt å ta fagbrev', {}],
  ['Har fagbrev fra Polen, men det er ikke godkjent', {}],
]);

table('employment and stilling', [
  ['Har vært hjemme med barna, men vil begynne å jobbe igjen', { employed: false }],
  ['Er på arbeidsmarkedstiltak', { employed: false, navJobSeeker: true }],
  ['Currently employed as a welder', { employed: true, trade: 'sveisefaget' }],
  ['Jobber 30 timer i uka', { employed: true, employmentPercent: 80 }],
  ['jobber 60 %', { employed: true, employmentPercent: 60 }],
  ['Jobber fulltid som butikkmedarbeider.', { employed: true, employmentPercent: 100, trade: 'salgsfaget' }],
  ['mellom jobber akkurat nå', { employed: false }],
  ['Er ikke arbeidsledig lenger, har fått 50 % stilling på et lager.', { employed: true, employmentPercent: 50, trade: 'logistikkfaget' }],
  ['Jeg er 50 og permitert fra jobben', { age: 50 }],
  ['Jeg er sykmeldt', {}],
  ['Jeg er pensjonist men vil jobbe litt i reiseliv', { employed: false, interests: ['reiseliv'] }],
  ['Nå jobber jeg ikke, men har fått tilbud om 100 % fra august', { employed: false }],
  ['jobber deltid', { employed: true }],
  ['kjører lastebil', { employed: true, trade: 'yrkessjåførfaget' }],
  ['stillingen min er på ca. 60 prosent', { employed: true, employmentPercent: 60 }],
  ['I want to work in a shop', { interests: ['salg og service'] }],
]);

table('practice told as years next to a trade\'s name, with no verb of work', [
  ['Bak meg har jeg 11 år med sveising, men ikke fagbrev', { practiceYears: 11, trade: 'sveisefaget', hasTradeCertificate: false }],
  ['12 years plumbing', { practiceYears: 12, trade: 'rørleggerfaget' }],
  ['I did plumbing for 12 years', { practiceYears: 12, trade: 'rørleggerfaget' }],
  ['Hvor mange år tar det å lære sveising?', {}],
  ['sveising er gøy, jeg er 30 år', { age: 30 }],
]);

table('practice (full-time equivalent, with the stilling tied to it)', [
  ['jobbet 6 år i 70% som pleiassistent, vil ta fagbrev som helsefagarbeider', { practiceYears: 4.2, practicePercent: 70, trade: 'helsearbeiderfaget' }],
  ['Har 4 år som truckfører på lager i 80 % stilling.', { practiceYears: 4, practicePercent: 80, trade: 'logistikkfaget' }],
  ['Jobber som kokk på et hotell og har gjort det i ti år', { employed: true, practiceYears: 10, trade: 'kokkfaget' }],
  ['7 års fartstid som matros', { practiceYears: 7, trade: 'matrosfaget' }],
  ['Jeg har bodd i Norge i 11 år', {}],
  ['har vært arbeidsledig i ett år', { employed: false }],
  ['Har jobbet i restauranter i et par år', {}],
  ['har jobbet i over 20 år som hjelpepleier', { trade: 'helsearbeiderfaget' }],
  ['Etter 15 år i butikk vil jeg gjerne jobbe innen helse', { interests: ['helse'] }],
  ['Jeg har jobbet 10 år som kokk og vil bli elektriker', { trade: 'elektrikerfaget' }],
]);

table('NAV', [
  ['får dagpenger', { navJobSeeker: true }],
  ['er arbeidsledi og regisrert på nav', { employed: false, navJobSeeker: true }],
  ['Ikke registrert hos NAV.', { navJobSeeker: false }],
  ['Jeg er ikke registrert som arbeidssøker.', { navJobSeeker: false }],
  ['På NAV-tiltak (AMO-kurs i Skien).', { employed: false, navJobSeeker: true }],
  ['Kan man få dagpenger mens man tar fagbrev?', {}],
]);

table('goal: trade and interests', [
  ['Jeg vil ta fagbrev som helsefagarbeider.', { trade: 'helsearbeiderfaget' }],
  ['Jeg ønsker å bli elektriker.', { trade: 'elektrikerfaget' }],
  ['I want to become a cook.', { trade: 'kokkfaget' }],
  ['Ønsker fagbrev i CNC-maskinering.', { trade: 'cnc-maskineringsfaget' }],
  ['vil over i helse', { interests: ['helse'] }],
  ['Jeg vil omskolere meg til IT.', { interests: ['ikt'] }],
  ['Jeg vil jobbe med noe mekanisk, gjerne i industrien.', { interests: ['mekanisk', 'industri'] }],
  ['Jeg vil gå over til batteriindustrien eller jobbe på et laboratorium.', { interests: ['batteri', 'laboratorie'] }],
  ['Jeg jobber i prosessindustrien.', { employed: true }],
  ['Jeg vil ikke jobbe i helse.', {}],
]);
