// When the practice ended (practiceUntil): read from periods of the person's own work, never from
// a birth year, a certificate, a move or someone else's work; what is uncertain stays unknown.
import type { Profile, ProfileField } from '../../src/catalogue/schema';
import { createUnderstander, readAnswer } from '../../src/nlu';
import { catalogue, lexicon } from '../support/understanding';

/** Messages are read on 27 November 2026: "for 12 år siden" is 2014. */
const understander = createUnderstander(catalogue.places, lexicon, { today: () => new Date(Date.UTC(2026, 10, 27)) });
const read = (text: string) => understander.understand(text);

describe('practiceUntil in a message', () => {
  it.each<[string, Profile['practiceUntil'], string]>([
    ['Jeg jobbet som tømrer fra 1996 til 2009.', 2009, 'fra 1996 til 2009'],
    ['Tømrer 1996–2009, deretter arbeidsledig.', 2009, '1996–2009'],
    ['Har 13 års erfaring som tømrer, 1996-2009', 2009, '1996-2009'],
    ['Jeg har jobbet som tømrer i 13 år, men sluttet i 2009.', 2009, 'sluttet i 2009'],
    ['Jeg var tømrer i 13 år, men sluttet for 12 år siden.', 2014, 'for 12 år siden'],
    ['Jeg jobbet som kokk på 90-tallet.', 1999, 'på 90-tallet'],
    // Most of the work named before it: a reading of when the practice that counts ended.
    ['Jeg har 7 år som murer, men det meste var på 80-tallet.', 1989, 'på 80-tallet'],
    ['Har vært rørlegger i 9 år, mesteparten på 90-tallet.', 1999, 'på 90-tallet'],
    ['Jobbet på lager til 2010.', 2010, 'til 2010'],
    ['Jobbet som sveiser mellom 2001 og 2008.', 2008, 'mellom 2001 og 2008'],
    ['Jeg har 13 års erfaring som tømrer, men er arbeidsledig nå. Sluttet i fjor.', 2025, 'Sluttet i fjor'],
    ['Jeg har jobbet der siden 2015.', 'now', 'siden 2015'],
    ['Jeg har ikke vært i jobb siden 2019, før det var jeg sveiser i ti år.', 2019, 'siden 2019'],
    ['Jeg har jobbet som tømrer fra 2010 til i dag.', 'now', 'fra 2010 til i dag'],
    ['Har kjørt truck på lageret i fire år og jobber der fortsatt.', 'now', 'og jobber der fortsatt'],
    ['Jeg jobber fremdeles som murer.', 'now', 'Jeg jobber fremdeles som murer'],
    ['Sveiser 2001 - nå', 'now', '2001 - nå'],
    ['Jeg jobbet som tømrer i 13 år.', 'past', 'Jeg jobbet som tømrer i 13 år'],
    // English
    ['I worked as a carpenter from 1996 to 2009.', 2009, 'from 1996 to 2009'],
    ['I worked in a warehouse until 2010.', 2010, 'until 2010'],
    ['I have worked there since 2015.', 'now', 'since 2015'],
    ['I worked as a cook, but I quit 12 years ago.', 2014, '12 years ago'],
    ['In the 1990s I worked as a cook.', 1999, 'In the 1990s'],
    ['I have worked as a welder for 8 years and I still work there.', 'now', 'and I still work there'],
  ])('%s → %s', (text, value, phrase) => {
    const u = read(text);
    expect(u.profile.practiceUntil).toBe(value);
    expect(u.understood).toContainEqual({ field: 'practiceUntil', phrase });
  });

  it.each([
    // Ages and other years are no practice periods.
    'Jeg er født i 1980 og har jobbet som tømrer i 20 år.',
    'Jeg er 45 år og har jobbet som tømrer i 13 år.',
    'Jeg tok fagbrev i 2005 og har jobbet som elektriker siden.',
    'Vi flyttet hit i 2012. Jeg jobber som renholder.',
    'Kom til Norge for 12 år siden.',
    'Jeg bodde i Polen fra 1996 til 2009.',
    'Jeg gikk på videregående fra 1996 til 1999.',
    'æ har ikkje fullført grunnskolen, æ slutta i åttande',
    'I left the army last year, no job now.',
    // Someone else's work, a question, a supposition.
    'Mannen min jobbet der fra 1996 til 2009.',
    'Hvis jeg sluttet i 2009, kan jeg bli praksiskandidat?',
    'Kan jeg fortsatt få hjelp hvis jeg flytter?',
    // Uncertain: when the work began, chat shorthand for "har jobbet", work going on in the same trade.
    'Jeg begynte å jobbe som tømrer for 12 år siden.',
    'jobbet 6 år i 70% som pleieassistent, vil ta fagbrev som helsefagarbeider',
    'Jeg jobbet 13 år som tømrer og jobber som tømrer nå.',
    'Etter 15 år i butikk vil jeg gjerne jobbe innen helse.',
  ])('not read: %s', (text) => {
    expect(read(text).profile.practiceUntil).toBeUndefined();
  });

  it('two periods that disagree: the goal trade says which counts', () => {
    const text = 'Jeg jobbet som kokk fra 1996 til 2009 og har jobbet som tømrer siden 2010. Jeg vil ta fagbrev som tømrer.';
    expect(read(text).profile.practiceUntil).toBe('now');
    expect(read('Jeg jobbet som kokk fra 1996 til 2009 og som tømrer fra 2010 til 2015.').profile.practiceUntil).toBeUndefined();
  });

  it('work in another trade than the goal does not date the practice', () => {
    expect(read('Jeg jobbet på lager fra 1996 til 2009 og vil ta fagbrev som tømrer.').profile.practiceUntil).toBeUndefined();
    // The job lost in 2016 was no trade; the driving since then is the practice, and it goes on.
    const story = 'Jobbet 20 år i oljebransjen som operatør offshore, ble oppsagt i 2016. Siden da har jeg kjørt lastebil, 100 % stilling, i 7 år. Ønsker fagbrev som yrkessjåfør.';
    expect(read(story).profile.practiceUntil).toBe('now');
  });

  it('a year said as a correction wins', () => {
    expect(read('Jeg sluttet som tømrer i 2009. Forresten skrev jeg feil, jeg sluttet i 2011.').profile.practiceUntil).toBe(2011);
  });

  it('reads "for N år siden" from the day it is given, not the clock', () => {
    const then = createUnderstander(catalogue.places, lexicon, { today: () => new Date(Date.UTC(2020, 0, 1)) });
    expect(then.understand('Jeg var tømrer i 13 år, men sluttet for 12 år siden.').profile.practiceUntil).toBe(2008);
  });
});

describe('practiceUntil as the answer to "Hvilket år sluttet du å jobbe i faget?"', () => {
  const answer = (text: string) => readAnswer(understander, 'practiceUntil' as ProfileField, text);
  it.each<[string, Profile['practiceUntil']]>([
    ['2009', 2009],
    ['i 2009', 2009],
    ['rundt 2009 tror jeg', 2009],
    ['for 12 år siden', 2014],
    ['på 90-tallet', 1999],
    ['jobber fortsatt', 'now'],
    ['Jobber der fremdeles', 'now'],
    ['Still working', 'now'],
    ['I stopped in 2010', 2010],
  ])('%s → %s', (text, value) => {
    const a = answer(text);
    expect(a.profile.practiceUntil).toBe(value);
    expect(a.answered).toBe(true);
  });

  it.each(['vet ikke', 'det er lenge siden', 'født 1980', '2031'])('%s: no year', (text) => {
    expect(answer(text).profile.practiceUntil).toBeUndefined();
  });
});
