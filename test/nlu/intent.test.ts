import { detectIntent, IntentSchema, isHedgedReply, isQuestion } from '../../src/nlu';

describe('detectIntent', () => {
  it.each([
    ['hjelp', 'help'],
    ['Hjelp!', 'help'],
    ['jeg trenger hjelp', 'help'],
    ['hva kan du?', 'help'],
    ['avbryt', 'cancel'],
    ['Stopp', 'cancel'],
    ['avbryt takk', 'cancel'],
    ['start på nytt', 'restart'],
    ['Kan vi begynne på nytt?', 'restart'],
    ['slett mine data', 'deleteMyData'],
    ['Slett dataene mine', 'deleteMyData'],
    ['glem meg', 'deleteMyData'],
    ['kan dere slette opplysningene mine?', 'deleteMyData'],
    ['meny', 'menu'],
    ['gå til menyen', 'menu'],
    ['hei', 'greeting'],
    ['God morgen!', 'greeting'],
    ['tusen takk', 'thanks'],
    ['hva kan jeg bli?', 'guidance'],
    ['Jeg vil ha veiledning', 'guidance'],
    ['hvilke muligheter har jeg', 'guidance'],
    ['Finn min vei til fagbrev', 'guidance'],
    ['finn kurs', 'courseFinder'],
    ['Finn kurs og tilbud', 'courseFinder'],
    ['kurs i batteri', 'courseFinder'],
    ['Finnes det kurs i batteri?', 'question'],
    ['Hvilke tilbud finnes for voksne i Trøndelag?', 'question'],
    ['hvor kan jeg få gratis karriereveiledning?', 'question'],
    ['Jeg er 58 og vil omskolere meg. Hvem kan jeg snakke med?', 'question'],
    ['hvem kan jeg ringe for å få hjelp til å velge utdanning?', 'question'],
    ['Who can I talk to about what I can do?', 'question'],
    ['Jeg vil omskolere meg', 'guidance'],
    ['Jeg er 45 og jobber på lager. Hva kan jeg gjøre?', 'guidance'],
    ['I have worked six years as an operator without a fagbrev, what can I do?', 'guidance'],
    ['I am 45 and work in a warehouse. What should I do?', 'guidance'],
    ['what options do I have', 'guidance'],
    ['candidate 45, no vgs, 12 yrs warehouse, Trøndelag - which routes?', 'guidance'],
    ['Hvilke veier finnes for meg? Jeg er 50 og har jobbet på sag', 'guidance'],
    ['What can you do?', 'help'],
    ['Hva er Batterifagskolen?', 'question'],
    ['hvordan blir man praksiskandidat', 'question'],
    ['kan jeg ta fagbrev på jobb hvis jeg jobber deltid', 'question'],
    ['Kan NAV hjelpe meg?', 'question'],
    ['når er søknadsfristen', 'question'],
    // Dialect, nynorsk and words typed without æøå open a question as well; so does a subject that is a firm or a possession.
    ['nar ble studiesenteret starta', 'question'],
    ['kor lenge varer kurset', 'question'],
    ['korleis søkjer eg kurs', 'question'],
    ['e det gratis kurs for voksne', 'question'],
    ['kan æ ta kurs på kvelden', 'question'],
    ['kan bedrifta få støtte når folka våre tar kurs', 'question'],
    ['har mine ansatte rett på kurs', 'question'],
    ['studiesenter finnmark', 'courseFinder'],
    // Thanks with a word on the answer, nothing asked.
    ['Tusen takk, det hjalp meg mye!', 'thanks'],
    ['flott, takk for svaret', 'thanks'],
    ['Thanks, that was very useful', 'thanks'],
    ['takk, men gjelder det også i Nordland?', 'question'],
    // The answer read, nothing asked.
    ['ok', 'acknowledge'],
    ['Greit.', 'acknowledge'],
    ['ok skjønner', 'acknowledge'],
    ['got it', 'acknowledge'],
    ['ok, men hva med Nordland?', 'question'],
    ['takk, nå vil jeg ta fagbrev som kokk', 'unknown'],
    // "Where do I start?" as the whole question asks for one's own options.
    ['Jeg har vært borte fra arbeidslivet i mange år og mangler vgs. Hvor skal jeg starte?', 'guidance'],
    ['Been out of work for years, no diploma. Where should I begin?', 'guidance'],
    ['Hvor starter jeg for å bli praksiskandidat?', 'question'],
    ['Er 29 og har vært hjemme med barna i fem år. Vil bli barne- og ungdomsarbeider. Hvordan bør jeg gå frem?', 'guidance'],
    ['eg vil bli tømrar. korleis skal eg gå fram?', 'guidance'],
    ['I drive a forklift and want a fagbrev. How should I proceed?', 'guidance'],
    ['Hvordan går jeg fram for å melde meg opp til fagprøven?', 'question'],
    ['hvordan gjør jeg det?', 'question'],
    // Which of two routes suits the writer best is what the assessment weighs.
    ['Har kjørt buss i 14 år. Blir praksiskandidat eller fagbrev på jobb lurest for meg?', 'guidance'],
    ['Would an apprenticeship or the trade test be better for me?', 'guidance'],
    ['Er praksiskandidat eller fagbrev på jobb raskest?', 'question'],
    // What help there is for oneself is what the assessment answers; help from someone named is a question.
    ['Har ikke fullført vgs og er 27. Hva slags hjelp er det for meg?', 'guidance'],
    ['Left school early, now 30. What help can I get for me?', 'guidance'],
    ['Hvilken hjelp kan jeg få fra karrieresenteret?', 'question'],
    // A question before a last remark is still a question, however its course words would otherwise start the course finder.
    ['Finst det kveldskurs i sveising her? Bur på Stord.', 'question'],
    ['Har dere noe nettkurs om batteri? Jobber turnus.', 'question'],
    // Nynorsk and dialect ask for one's own options as bokmål does.
    ['Eg har jobba på verkstad i 15 år utan fagbrev. Kva bør eg gjere?', 'guidance'],
    ['ka ska æ gjør no?', 'guidance'],
    ['Kva moglegheiter har eg som vaksen?', 'guidance'],
    ['Hva skal jeg gjøre for å søke om fagbrev på jobb?', 'question'],
    // How to get a trade certificate, no route named: the route depends on the person.
    ['Jeg har kjørt truck i åtte år uten papirer. Hva må jeg gjøre for å få fagbrev?', 'guidance'],
    ['korleis kan eg få svennebrev?', 'guidance'],
    ['How can I get a trade certificate in Norway?', 'guidance'],
    ['Hva må jeg gjøre for å få fagbrev på jobb?', 'question'],
    ['How do I get a trade certificate as an apprentice?', 'question'],
    ['hvordan får jeg fagbrevet mitt godkjent?', 'question'],
    // How long it takes the writer, which depends on their route.
    ['Har kjørt gravemaskin i 11 år. Hvor lang tid vil det ta for meg å få svennebrev?', 'guidance'],
    ['How long would it take me to get a trade certificate? I have 9 years as a cook.', 'guidance'],
    ['Hvor lang tid tar det å ta fagbrev på jobb?', 'question'],
    ['jeg har jobbet 6 år som operatør', 'unknown'],
    ['har fagbrev som industrimekaniker', 'unknown'],
    ['ja', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (text, intent) => {
    expect(detectIntent(text)).toBe(intent);
    expect(IntentSchema.parse(detectIntent(text))).toBe(intent);
  });

  it('only treats commands as commands when they are the whole message', () => {
    expect(detectIntent('Jeg jobber på en fabrikk som har stopp i produksjonen')).toBe('unknown');
    expect(detectIntent('Hjelp meg å forstå hva praksiskandidat er?')).toBe('question');
  });

  it('isQuestion', () => {
    // Asked without a question mark: "lurer på om …", "vil gjerne vite …", "please advise …".
    expect(isQuestion('Jeg er 38 og bor i Harstad. Lurer på hvor lang tid fagskolen tar.')).toBe(true);
    expect(isQuestion('Vil gjerne vite om praksis fra Polen teller.')).toBe(true);
    expect(isQuestion('I have ten years as a welder in Narvik. Please advise which courses exist.')).toBe(true);
    expect(isQuestion('Jeg vil gjerne ta fagbrev som kokk.')).toBe(false);
    expect(isQuestion('Er det gratis?')).toBe(true);
    expect(isQuestion('Er 34 år')).toBe(false);
    expect(isQuestion('Har fagbrev')).toBe(false);
  });
});

describe('isHedgedReply', () => {
  test('a number or a word of doubt with a question mark, nothing asking, is a reply given in doubt', () => {
    for (const text of ['tja, kanskje 4-5 år?', 'rundt 70 %?', 'Nordland vel?', 'maybe 3 years?', '12?']) expect(isHedgedReply(text)).toBe(true);
  });

  test('a question is not, whatever numbers it has', () => {
    for (const text of ['kan jeg ta fagbrev etter 2 år?', 'hva koster det?', 'fagbrev på jobb?', 'er det gratis?', 'lurer på om 5 år holder?', 'kanskje 4 år, er det nok?'])
      expect(isHedgedReply(text)).toBe(false);
  });
});
