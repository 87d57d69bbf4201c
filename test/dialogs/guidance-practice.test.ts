// Part-time practice in the guided assessment (DialogTestClient): someone in a smaller stilling now is
// asked whether it was the same all along, and the answer turns the years into full-time years once.
import { GuidanceDialog } from '../../dialogs/guidance-dialog';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import type { Assessment } from '../../src/catalogue/schema';
import { buttons, dialogHarness } from '../support/dialog-services';

const HAMAR = 'Jeg bor på Hamar, har 70 % stilling, og har jobbet der i 6 år. Jeg har ikke fagbrev.';

test('"Har du hatt 70 % hele tiden?", with 70 % as a button; the answer converts 6 years to 4.2', async () => {
  const harness = dialogHarness((services) => new GuidanceDialog(services), { text: HAMAR });
  const first = await harness.say(HAMAR);
  const question = first[first.length - 1];
  expect(question?.text).toMatch(/^Du har 70 % stilling nå\. Har du hatt 70 % hele tiden du har hatt praksis i faget\?/);
  expect(buttons(question)?.[0]).toBe('70 %');
  expect(buttons(question)).toContain('Vet ikke');

  await harness.say('70 %');
  for (let turn = 0; turn < 12 && harness.client.dialogTurnResult.status !== DialogTurnStatus.complete; turn++) await harness.say('vet ikke');
  const assessment = harness.client.dialogTurnResult.result as Assessment;
  const praksis = assessment.paths.find((p) => p.id === 'praksiskandidat');
  expect(praksis?.status).toBe('not-eligible');
  expect(praksis?.reasons[0]?.text).toMatch(/6 år i 70 % stilling regnes som om lag 4,2 år i full stilling/);
});
