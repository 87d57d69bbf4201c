// The router: which messages are answered in one turn and which start a guided dialog.
import { nb } from '../../src/text/nb';
import { routeInterruption, routeMessage, startsDialog, type Interruption, type Route } from '../../dialogs/router';

describe('routeMessage', () => {
  test.each<[string, Route]>([
    ['hei', { kind: 'greeting' }],
    ['  meny ', { kind: 'menu' }],
    ['avbryt', { kind: 'menu' }],
    ['hjelp', { kind: 'help' }],
    ['start på nytt', { kind: 'restart' }],
    ['tusen takk', { kind: 'thanks' }],
    ['ok skjønner', { kind: 'acknowledge' }],
    ['ja', { kind: 'unclearYesNo' }],
    ['nei takk', { kind: 'unclearYesNo' }],
    [nb.menu.question, { kind: 'askForQuestion' }],
    [nb.recommendation.showOffers, { kind: 'showLastAssessment', as: 'offers' }],
    [nb.recommendation.showAsText, { kind: 'showLastAssessment', as: 'text' }],
    ['Hva er Batterifagskolen?', { kind: 'question', question: 'Hva er Batterifagskolen?' }],
  ])('%j → %j (answered in the same turn)', (text, route) => {
    expect(routeMessage(text)).toEqual(route);
    expect(startsDialog(routeMessage(text))).toBe(false);
  });

  test.each<[string, Route]>([
    [nb.menu.guidance, { kind: 'guidance', text: nb.menu.guidance }],
    [nb.menu.courseFinder, { kind: 'courseFinder' }],
    ['slett mine data', { kind: 'deleteData' }],
  ])('%j → %j (starts a dialog)', (text, route) => {
    expect(routeMessage(text)).toEqual(route);
    expect(startsDialog(routeMessage(text))).toBe(true);
  });

  test.each(['Jeg er 23', 'bor på Lillehammer', 'har ikke fagbrev', 'er arbeidsledig nå'])('a short message that only tells one thing about oneself starts guidance: %s', (text) => {
    expect(routeMessage(text)).toEqual({ kind: 'guidance', text });
  });

  test('a message that states two profile facts starts guidance with that text', () => {
    const text = 'Jeg har jobbet 6 år som operatør og bor i Trøndelag';
    expect(routeMessage(text)).toEqual({ kind: 'guidance', text });
  });

  test.each([
    'Jeg jobber 60 % i Trondheim. Holder det for å ta fagbrev på jobb?',
    'Jeg er 58 og vil omskolere meg. Hvem kan jeg snakke med?',
    'hvor kan jeg få gratis karriereveiledning?',
    'Finnes det kurs i batteri for voksne?',
    'Hvilke tilbud har fagskolen i Viken?',
    // (Asked without a question mark, after telling two things about oneself.)
    'Jeg er 44 og bor i Mosjøen. Lurer på om det finnes kveldskurs i sveising.',
  ])('a question is answered first, whatever it mentions: %j', (text) => {
    const route = routeMessage(text);
    expect(route.kind).toBe('question');
    expect(startsDialog(route)).toBe(false);
  });

  test.each([
    ['Jeg vil omskolere meg', { kind: 'guidance', text: 'Jeg vil omskolere meg' }],
    ['kurs i batteri', { kind: 'courseFinder' }],
  ])('a request that is not a question still starts its dialog: %j', (text, route) => {
    expect(routeMessage(text)).toEqual(route);
  });

  test.each([
    'Kandidat 52 år, 15 år på sag uten papirer, bosatt Gjøvik – muligheter?',
    'Brukeren er 29, har jobbet på lager i fem år og ønsker fagbrev. Hvilke veier?',
    'Client, 38, chef for ten years without a trade certificate, lives in Tromsø. What are her options?',
    'Deltaker (47): 20 år i industrien, ingen vgs.',
  ])("a counsellor's note asking what the candidate can do, or asking nothing, starts the candidate assessment: %j", (text) => {
    expect(routeMessage(text)).toMatchObject({ kind: 'candidate' });
    expect(startsDialog(routeMessage(text))).toBe(true);
  });

  test("the word asking for options alone at the note's end is no part of the description (it would make the note a question)", () => {
    expect(routeMessage('Kandidat 44 år, 12 år på sagbruk på Moelv – forslag?')).toEqual({ kind: 'candidate', description: 'Kandidat 44 år, 12 år på sagbruk på Moelv' });
    const asked = 'Brukeren er 29 og har jobbet på lager i fem år. Hvilke veier?';
    expect(routeMessage(asked)).toEqual({ kind: 'candidate', description: asked });
  });

  test.each(['Kandidat 41 år, 80 % stilling i Trondheim – FPJ mulig?', 'Bruker har AAP. Kan hun ta fagbrev på jobb?'])(
    "a counsellor's note asking about one route or rule is answered: %j",
    (text) => expect(routeMessage(text).kind).toBe('question'),
  );

  test('a yes or no inside a longer message is a question, not an unclear answer', () => {
    expect(routeMessage('ja, men hva koster fagskolen for meg?').kind).toBe('question');
  });
});

describe('routeInterruption (while a dialog runs)', () => {
  test.each<[string, Interruption]>([
    ['hjelp', { kind: 'help' }],
    ['avbryt', { kind: 'cancel' }],
    ['meny', { kind: 'menu' }],
    ['start på nytt', { kind: 'restart' }],
    ['slett mine data', { kind: 'deleteData' }],
    [nb.menu.guidance, { kind: 'guidance', text: nb.menu.guidance }],
    [nb.menu.courseFinder, { kind: 'courseFinder' }],
  ])('%j → %j', (text, interruption) => {
    expect(routeInterruption(text)).toEqual(interruption);
  });

  test.each(['hei', 'ja', 'Vet ikke', 'Trøndelag', '6 år', 'Hva er Batterifagskolen?'])('%j is the dialog\'s answer, not an interruption', (text) => {
    expect(routeInterruption(text)).toBeUndefined();
  });
});
