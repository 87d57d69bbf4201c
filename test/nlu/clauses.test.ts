import { createCanonicaliser } from '../../src/nlu/canonical';
import { clausesOf } from '../../src/nlu/clauses';

const canonical = createCanonicaliser([]);
const clauses = (text: string) =>
  clausesOf(canonical.read(text)).map((c) => `${c.text}${c.question ? ' ?' : ''}${c.hypothetical ? ' (if)' : ''}${c.uncertain ? ' (unsure)' : ''}${c.other ? ' (other)' : ''}`);

describe('clausesOf', () => {
  it.each([
    ['Jeg bor i Bodø, jobber 80 %', ['jeg bor i bodø', 'jobber 80 prosent']],
    ['Jeg har fagbrev som kokk, men jobber på lager', ['jeg har fagbrev som kokk', 'men jobber på lager']],
    ['jobber som vekter og har gjort det i 6 år', ['jobber som vekter', 'og har gjort det i 6 år']],
    ['Fetteren min bor i Arendal og jobber på Morrow', ['fetteren min bor i arendal (other)', 'og jobber på morrow (other)']],
    ['Kona jobbær på Lillehammer. Jeg bor på Vinstra.', ['kona jobber på lillehammer (other)', 'jeg bor på vinstra']],
    ['Jeg er 45 og jobber på lager, kan jeg ta fagbrev?', ['jeg er 45', 'og jobber på lager', 'kan jeg ta fagbrev ?']],
    ['Kan jeg ta fagbrev når jeg har jobbet 6 år?', ['kan jeg ta fagbrev ?', 'når jeg har jobbet 6 år ?']],
    ['Hvis jeg flytter til Bergen, kan jeg få hjelp?', ['hvis jeg flytter til bergen (if)', 'kan jeg få hjelp ? (if)']],
    ['Jeg vet ikke om jeg er registrert hos NAV', ['jeg vet ikke om jeg er registrert hos nav (unsure)']],
    ['Registrert hos NAV.', ['registrert hos nav']],
    ['Bruker er 40 år. Hun jobber som renholder.', ['bruker er 40 år', 'hun jobber som renholder']],
  ])('%s', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });
});
