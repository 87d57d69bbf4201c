// Messages written the way adults describe themselves: long stories with several jobs and places,
// typos in the key words, English, dialect. Each case stands for a kind of writing, not one sentence.
import { understander } from '../support/understanding';

const understand = (text: string) => understander.understand(text).profile;

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
