// Messages written the way adults describe themselves: long stories with several jobs and places,
// typos in the key words, English, dialect. Each case stands for a kind of writing, not one sentence.
import { understand } from '../support/understanding';

describe('a story that also says the person lives in Norway', () => {
  it('reads the county from the work place named, not from "bodd i Norge"', () => {
    const text =
      'Hei. Jeg er 41 år og kommer fra Litauen. Jeg har bodd i Norge i 9 år. De første tre årene jobbet jeg på et fiskebruk i Ålesund, deretter begynte jeg som sveiser på et verft i Ulsteinvik.';
    expect(understand(text).county).toBe('Møre og Romsdal');
  });

  it('leaves the county unknown when Norway is the only place', () => {
    expect(understand('Jeg har bodd i Norge i 12 år.').county).toBeUndefined();
  });

  it('still lets a place abroad outweigh a past workplace', () => {
    expect(understand('Jeg bor i Sverige nå, men jobbet i Halden før.').county).toBeUndefined();
  });
});

describe('the certificate referred back to: "ta det som …"', () => {
  it.each([
    ['Jeg har ikke fagbrev, men vil gjerne ta det som sveiser.', 'sveisefaget'],
    ['Har ikke fagbrev ennå, men ønsker å ta det i logistikk.', 'logistikkfaget'],
  ])('%s', (text, trade) => {
    expect(understand(text)).toEqual({ hasTradeCertificate: false, trade });
  });

  it('needs the certificate named in the same sentence', () => {
    expect(understand('Jeg vil ta det som sveiser.').trade).toBeUndefined();
  });
});

describe('a life story with several jobs', () => {
  const story =
    'Kort om meg: 52 år, gift, to barn. Jobbet 20 år i oljebransjen som operatør offshore, ble oppsagt i 2016. Siden da har jeg kjørt lastebil i Stavanger, 100 % stilling, i 7 år. Ønsker fagbrev som yrkessjåfør. Har fullført videregående.';

  it('counts only the years in the goal trade, read through the fragments of their sentence', () => {
    expect(understand(story)).toEqual({
      age: 52,
      county: 'Rogaland',
      completedUpperSecondary: true,
      employed: true,
      employmentPercent: 100,
      practiceYears: 7,
      practiceUntil: 'now',
      trade: 'yrkessjåførfaget',
    });
  });

  it('reads a job lost at a date, with work after it, as history', () => {
    expect(understand('Mistet jobben i 2019. Nå jobber jeg 50 % i en butikk.').employed).toBe(true);
  });

  it('keeps a dated loss of work when nothing came after it', () => {
    expect(understand('Jeg ble oppsagt i fjor.').employed).toBe(false);
    expect(understand('Ble oppsagt i 2023 og er fortsatt uten jobb.').employed).toBe(false);
  });

  it('reads "100 % fast." on its own after work that goes on now as the stilling now', () => {
    const text = 'Jeg er 28 og har jobbet på lager i fire år, først i Moss og nå i Fredrikstad. 100 % fast. Har ikke fullført vgs.';
    expect(understand(text)).toEqual({
      age: 28,
      county: 'Østfold',
      completedUpperSecondary: false,
      employed: true,
      employmentPercent: 100,
      practiceYears: 4,
      trade: 'logistikkfaget',
    });
  });

  it('leaves a stilling after past work to the practice', () => {
    expect(understand('Jobbet på lager i fire år. 100 %.').employmentPercent).toBeUndefined();
  });
});

describe('short key words typed wrong', () => {
  it.each([
    ['har fullført vsg', { completedUpperSecondary: true }],
    ['har jobbet som tømrer i 5 årr', { practiceYears: 5, trade: 'tømrerfaget' }],
    ['jobber 80 pct', { employed: true, employmentPercent: 80 }],
    ['I work 80 procent', { employed: true, employmentPercent: 80 }],
    ["I'm fourty-two and work as a welder", { age: 42, employed: true, trade: 'sveisefaget' }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });
});

describe('work until lately, no work now', () => {
  it.each([
    ["I've been driving trucks for 20 years, currently unemployed and registered with NAV.", { employed: false, practiceYears: 20, navJobSeeker: true }],
    ['Har jobbet som kokk i mange år, nå arbeidsledig.', { employed: false }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it('still reads a stilling now after the years', () => {
    expect(understand('Har jobbet som kokk i 10 år, nå i 80 % stilling.')).toEqual({ employed: true, employmentPercent: 80, practiceYears: 10, trade: 'kokkfaget' });
  });
});

describe('English goals', () => {
  it.each([
    ['I want to become a child and youth worker.', 'barne- og ungdomsarbeiderfaget'],
    ['I want to be a childcare worker', 'barne- og ungdomsarbeiderfaget'],
    ['Jeg vil være kokk', 'kokkfaget'],
  ])('%s', (text, trade) => {
    expect(understand(text)).toEqual({ trade });
  });

  it('"vil være" without a title is no goal', () => {
    expect(understand('Jeg vil være sikker på at jeg får jobb')).toEqual({});
  });
});

describe('short sentences in a story', () => {
  it('"Er fortsatt der." keeps its "der" when the next sentence starts with a verb', () => {
    const text = 'Jeg er 36 og har jobbet på lager i 10 år. Er fortsatt der. Bor i Bergen.';
    expect(understand(text)).toEqual({ age: 36, county: 'Vestland', employed: true, practiceYears: 10, trade: 'logistikkfaget' });
  });
});

describe('school said in other word orders', () => {
  it.each([
    ['høyeste utdanning er videregående', { completedUpperSecondary: true }],
    ['Utdanningen min er grunnskole', { completedPrimarySchool: true }],
    ['videregående har jeg ikke', { completedUpperSecondary: false }],
    ['vgs har jeg', { completedUpperSecondary: true }],
    ['10 år grunnskole i Norge', { completedPrimarySchool: true }],
    ['Jeg gikk på videregående i Norge og fullførte det', { completedUpperSecondary: true }],
    ['I went to high school in Norway and finished it', { completedUpperSecondary: true }],
    ['Jeg gikk på videregående og fullførte ikke', { completedUpperSecondary: false }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it('leaves school abroad to the question about equivalence', () => {
    expect(understand('Jeg gikk på videregående i Polen og fullførte det')).toEqual({});
    expect(understand('Jeg har 10 år grunnskole fra Syria')).toEqual({});
  });

  it('does not take "gikk på videregående" alone as finished', () => {
    expect(understand('Jeg gikk på videregående i Norge')).toEqual({});
  });
});

describe('work said without "jobber"', () => {
  it.each([
    ['er operatør på Hydro', { employed: true }],
    ['jeg er assistent', { employed: true }],
    ['er innleid fra bemanningsbyrå på lager', { employed: true, trade: 'logistikkfaget' }],
    ['jeg er ekstrahjelp i butikk', { employed: true, trade: 'salgsfaget' }],
    ['jeg går i turnus på sykehjemmet', { employed: true }],
    ['jobbær på lagær', { employed: true, trade: 'logistikkfaget' }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it('reads neither a past role nor a qualification as work now', () => {
    expect(understand('jeg var assistent')).toEqual({});
    expect(understand('jeg er ufaglært').employed).toBeUndefined();
    expect(understand('Broren min er operatør på Hydro')).toEqual({});
  });
});

describe('workplaces and helpers that point to a trade', () => {
  it.each([
    ['jobber på et laboratorium', 'laborantfaget'],
    ['I work in a kitchen', 'kokkfaget'],
    ['jobber som rørleggerhjelper', 'rørleggerfaget'],
    ['jobber i skogen', 'skogfaget'],
  ])('%s', (text, trade) => {
    expect(understand(text)).toEqual({ employed: true, trade });
  });

  it('a workplace word without work says nothing, and cleaning offices is no office work', () => {
    expect(understand('bor i skogen')).toEqual({});
    expect(understand('I clean offices in Oslo').trade).toBeUndefined();
  });
});

describe('practice written as several jobs or as calendar years', () => {
  it.each([
    ['har jobbet som kokk i 2 år og som servitør i 3 år. Vil ta fagbrev som kokk.', { practiceYears: 2, trade: 'kokkfaget' }],
    ['har jobbet 2 år som kokk og 3 år som servitør. Vil ta fagbrev som servitør.', { practiceYears: 3, trade: 'servitørfaget' }],
    ['har jobbet som kokk i 2 år i Polen og 4 år i Norge', { practiceYears: 6, trade: 'kokkfaget', practiceAbroad: true }],
    ['jobbet som kokk fra 2010 til 2018', { practiceYears: 8, practiceUntil: 2018 }],
    ['I worked as a cook from 2010 to 2018', { practiceYears: 8, practiceUntil: 2018 }],
    ['jobbet som kokk mellom 2015 og 2020', { practiceYears: 5, practiceUntil: 2020 }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it('takes no practice from years lived or at school, nor from a start year alone', () => {
    expect(understand('bodde i Polen fra 2010 til 2018')).toEqual({});
    expect(understand('jobbet som kokk fra 2010')).toEqual({});
  });
});

describe('age and verbs typed in other ways', () => {
  it.each([
    ['34-årig mann, jobber på lager', { age: 34, employed: true, trade: 'logistikkfaget' }],
    ['34 årig kvinne fra Bodø', { age: 34, county: 'Nordland' }],
    ['jeg er 34 og hra jobbet på lager i 5 år', { age: 34, practiceYears: 5, trade: 'logistikkfaget' }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it('a length of a course is no age', () => {
    expect(understand('en 3-årig utdanning')).toEqual({});
  });
});

describe('English roles and goals', () => {
  it.each([
    ["I'm a temp at a warehouse", { employed: true, trade: 'logistikkfaget' }],
    ['My goal is to become a plumber', { trade: 'rørleggerfaget' }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });
});

describe('parts of a period: "de siste fire årene"', () => {
  it('reads "De siste 6 årene har jeg …" as the writer speaking', () => {
    expect(understand('De siste 6 årene har jeg jobbet som kokk.')).toEqual({ practiceYears: 6, trade: 'kokkfaget' });
  });

  it('keeps "de" as other people when no time follows', () => {
    expect(understand('De jobber på lager.')).toEqual({});
    expect(understand('De fleste jobber på lager.')).toEqual({});
  });

  it('does not add a part of a period to the whole', () => {
    const text = 'Jeg har jobbet i barnehage i sju år, først som vikar og de siste fire årene fast i 80 %. Jeg har ikke fagbrev.';
    expect(understand(text).practiceYears).toBe(7);
  });
});

describe('the first years of videregående', () => {
  it.each([
    ['har bare vg1', { completedUpperSecondary: false }],
    ['Har fullført vg2 elektro.', { completedUpperSecondary: false }],
    ['har vg1 og vg2 og vg3', { completedUpperSecondary: true }],
    ['vil ta vg2', {}],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it('says nothing about videregående when a certificate came after vg2', () => {
    expect(understand('har vg2 og fagbrev som elektriker').completedUpperSecondary).toBeUndefined();
  });
});

describe('school words split or abbreviated', () => {
  it.each([
    ['har fullført videre gående', { completedUpperSecondary: true }],
    ['har ikke fullført videre gående', { completedUpperSecondary: false }],
    ['har fullført v.g.s', { completedUpperSecondary: true }],
    ["har fullført vgs'en", { completedUpperSecondary: true }],
    ['har fullført ungdoms skolen', { completedPrimarySchool: true }],
    ['har fullført grunn skolen', { completedPrimarySchool: true }],
  ])('%s', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });
});
