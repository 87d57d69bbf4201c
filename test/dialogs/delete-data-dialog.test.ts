// «Slett mine data» on its own (DialogTestClient): confirm, keep, a question in between, anything else.
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DeleteDataDialog } from '../../dialogs/delete-data-dialog';
import { nb } from '../../src/text/nb';
import { buttons, dialogHarness, texts } from '../support/dialog-services';

// UserState's key for DialogTestClient's user (channel "test", user "user1").
const USER_KEY = 'test/users/user1/';
const start = async () => {
  const harness = dialogHarness((services) => new DeleteDataDialog(services));
  await harness.storage.write({ [USER_KEY]: { profile: { county: 'Oslo' } } });
  const [ask] = await harness.say('slett mine data');
  expect(ask.text).toBe(nb.deleteData.confirm);
  expect(buttons(ask)).toEqual([nb.deleteData.yes, nb.deleteData.no]);
  return harness;
};

test.each([
  ['the button', nb.deleteData.yes],
  ['a plain "ja"', 'ja'],
])('%s deletes everything stored, says so and ends with true', async (_how, answer) => {
  const { say, client, storage } = await start();
  expect(texts(await say(answer))).toEqual([nb.deleteData.deleted]);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  expect(client.dialogTurnResult.result).toBe(true);
  expect(await storage.read([USER_KEY])).toEqual({});
});

test.each([
  ['the button', nb.deleteData.no],
  ['a plain "nei"', 'nei'],
])('%s keeps everything and ends with false', async (_how, answer) => {
  const { say, client, storage } = await start();
  expect(texts(await say(answer))).toEqual([nb.deleteData.kept]);
  expect(client.dialogTurnResult.result).toBe(false);
  expect(Object.keys(await storage.read([USER_KEY]))).toEqual([USER_KEY]);
});

test('a question instead of an answer is answered with sources, then the confirmation is asked again', async () => {
  const { say, client } = await start();
  const replies = await say('Hva er Batterifagskolen?');
  expect(replies[0].text).toMatch(/\[1\] Kilde: /);
  expect(texts(replies.slice(1))).toEqual([nb.backToQuestion, nb.deleteData.confirm]);
  expect(buttons(replies[2])).toEqual([nb.deleteData.yes, nb.deleteData.no]);
  expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
});

test('anything else gets the retry prompt and nothing is deleted', async () => {
  const { say, storage } = await start();
  expect(texts(await say('kanskje'))).toEqual([nb.deleteData.retry(nb.deleteData.yes, nb.deleteData.no)]);
  expect(Object.keys(await storage.read([USER_KEY]))).toEqual([USER_KEY]);
});
