// How recent the practice is, in the guided assessment (DialogTestClient): old practice is told as
// not enough for praksiskandidat, the year it ended is asked only when it can change that verdict,
// and "Hvorfor spør du om det?" names the ten-year rule with its source.
import { DialogTurnStatus } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import { GuidanceDialog } from '../../dialogs/guidance-dialog';
import type { Assessment, PathAssessment } from '../../src/catalogue/schema';
import { nb } from '../../src/text/nb';
import { buttons, dialogHarness, texts, type DialogHarness } from '../support/dialog-services';
import { counsellorCard, counsellorText } from '../../dialogs/counsellor-card';
import { assessCandidate } from '../../src/counsellor/assess-candidate';
import { candidateServices } from '../../src/counsellor/services';
import { loadManifest } from '../../src/catalogue/sources';
import { createCitationFormatter } from '../../src/replies/citations';
import { catalogue, understander } from '../support/understanding';
import { KNOWLEDGE_DIR } from '../support/knowledge';

/** The question for the year the practice ended (worded with the trade when it is known). */
const ASKS_WHEN_ENDED = /^Hvilket år sluttet du å jobbe i (?:faget|tømrerfaget)\?/;
const TEN_YEARS = 'Minst halvparten av praksisen bør være fra de siste ti årene.';

interface Walk {
  harness: DialogHarness;
  /** Every reply of the conversation, in order. */
  replies: Partial<Activity>[];
  assessment: Assessment;
}

/**
 * Starts the assessment with `opening` and answers each question: with `answers` where one matches
 * the question, otherwise "vet ikke", until the dialog ends.
 */
async function walk(opening: string, answers: Array<[RegExp, string]> = []): Promise<Walk> {
  const harness = dialogHarness((services) => new GuidanceDialog(services), { text: opening });
  const replies = [...(await harness.say(opening))];
  for (let turn = 0; turn < 16 && harness.client.dialogTurnResult.status !== DialogTurnStatus.complete; turn++) {
    const question = replies[replies.length - 1]?.text ?? '';
    const answer = answers.find(([asked]) => asked.test(question))?.[1] ?? 'vet ikke';
    replies.push(...(await harness.say(answer)));
  }
  expect(harness.client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  return { harness, replies, assessment: harness.client.dialogTurnResult.result as Assessment };
}

const praksiskandidat = (assessment: Assessment): PathAssessment => {
  const path = assessment.paths.find((p) => p.id === 'praksiskandidat');
  if (!path) throw new Error('no praksiskandidat');
  return path;
};
const asked = (replies: readonly Partial<Activity>[]) => texts(replies).filter((t) => ASKS_WHEN_ENDED.test(t));

test('13 years from 1996 to 2009, out of work now: understood up front, not asked again, and not enough for praksiskandidat', async () => {
  const { replies, assessment } = await walk('Jeg jobbet som tømrer fra 1996 til 2009, 13 år i full stilling. Nå er jeg arbeidsledig. Jeg bor i Bodø.');
  expect(replies[1]?.text).toMatch(/^Jeg har forstått: .*praksis fram til 2009/);
  expect(asked(replies)).toEqual([]);
  const path = praksiskandidat(assessment);
  expect(path.status).toBe('not-eligible');
  expect(path.reasons.find((r) => r.text.startsWith(TEN_YEARS))?.text).toMatch(/sluttet i 2009, så ingen av den er fra de siste ti årene/);
  expect(path.whatWouldChange).toMatch(/ny praksis i faget/);
  // The card tells the person the same.
  expect(JSON.stringify(replies.map((r) => r.attachments ?? []))).toMatch(/praksis fram til 2009/);
});

test('out of work, with enough practice and no period: the year is asked (with why), and "2009" decides it', async () => {
  const opening = 'Jeg har 13 års erfaring som tømrer i full stilling, men er arbeidsledig nå. Jeg bor i Bodø og vil ta fagbrev som tømrer.';
  const harness = dialogHarness((services) => new GuidanceDialog(services), { text: opening });
  const replies = [...(await harness.say(opening))];
  for (let turn = 0; turn < 16 && !ASKS_WHEN_ENDED.test(replies[replies.length - 1]?.text ?? ''); turn++) replies.push(...(await harness.say('vet ikke')));
  const question = replies[replies.length - 1];
  expect(question?.text).toBe(nb.guidance.practiceUntilIn('tømrerfaget'));
  expect(buttons(question)).toEqual([...nb.guidance.questions.practiceUntil.suggestions]);

  const why = await harness.say('Hvorfor spør du om det?');
  expect(why[0]?.text).toContain(nb.guidance.whyIntro);
  expect(why[0]?.text).toContain(`Praksiskandidat: ${TEN_YEARS}`);
  expect(why[0]?.text).toMatch(/vtfk\.no/);
  expect(why[1]?.text).toMatch(ASKS_WHEN_ENDED);

  replies.push(...(await harness.say('2009')));
  for (let turn = 0; turn < 16 && harness.client.dialogTurnResult.status !== DialogTurnStatus.complete; turn++) replies.push(...(await harness.say('vet ikke')));
  expect(asked(replies.slice(replies.indexOf(question as Partial<Activity>) + 1))).toEqual([]);
  const path = praksiskandidat(harness.client.dialogTurnResult.result as Assessment);
  expect(path.status).toBe('not-eligible');
  expect(path.reasons[0]?.text).toMatch(/sluttet i 2009/);
});

test('out of work, answering "jobbet der til 2022": recent enough, and the path fits', async () => {
  const { replies, assessment } = await walk('Jeg har 13 års erfaring som tømrer i full stilling, men er arbeidsledig nå. Jeg bor i Bodø.', [
    [ASKS_WHEN_ENDED, 'jobbet der til 2022'],
  ]);
  expect(asked(replies)).toHaveLength(1);
  const path = praksiskandidat(assessment);
  expect(path.status).not.toBe('not-eligible');
  expect(path.reasons.find((r) => r.text.startsWith(TEN_YEARS))?.text).toMatch(/sluttet i 2022.*– oppfylt\./);
});

test('in work now in the trade, 13 years: never asked when the practice ended, and it fits', async () => {
  const { replies, assessment } = await walk('Jeg jobber som tømrer i 100 % stilling og har 13 års erfaring. Jeg bor i Bodø.');
  expect(asked(replies)).toEqual([]);
  const path = praksiskandidat(assessment);
  expect(path.status).toBe('eligible');
  expect(path.missing).toEqual([]);
});

test('not enough practice: the year it ended cannot change the verdict, so it is not asked', async () => {
  const { replies, assessment } = await walk('Jeg har 3 års erfaring som tømrer, men er arbeidsledig nå. Jeg bor i Bodø.');
  expect(asked(replies)).toEqual([]);
  expect(praksiskandidat(assessment).status).toBe('not-eligible');
});

describe("the counsellor's assessment", () => {
  const cite = createCitationFormatter(loadManifest(KNOWLEDGE_DIR));
  const services = candidateServices(catalogue, understander);

  test('shows when the practice ended and the ten-year verdict with its source', () => {
    const result = assessCandidate('Kandidat, 50 år, bor i Bodø. Jobbet som tømrer fra 1996 til 2009, arbeidsledig nå.', services, 'nb');
    expect(result.profile.practiceUntil).toBe(2009);
    const card = JSON.stringify(counsellorCard(result, cite, nb));
    expect(card).toContain('praksis fram til 2009');
    const text = counsellorText(result, cite, nb);
    expect(text).toMatch(/Minst halvparten av praksisen bør være fra de siste ti årene\. .*sluttet i 2009.*Vestfold og Telemark fylkeskommune: Praksiskandidat/);
  });

  test('says the reason a route is recommended for once, also when the verdict line says more after it', () => {
    const result = assessCandidate('Kandidat 31 år, 7 år som renholder i Hamar, arbeidsledig siden i fjor, ingen fagbrev.', services, 'nb');
    const text = counsellorText(result, cite, nb);
    const sentence = 'Du har nok praksis til å gå opp som praksiskandidat.';
    expect(text.split(sentence).length - 1).toBe(1);
  });

  test('asks the counsellor when the practice ended, when that is what decides it', () => {
    const result = assessCandidate('Kandidat, 50 år, bor i Bodø. 13 års erfaring som tømrer, arbeidsledig nå.', services, 'nb');
    expect(result.unknownFields).toContain('practiceUntil');
    expect(result.unknown).toContain(nb.counsellor.ask.practiceUntil);
  });
});
