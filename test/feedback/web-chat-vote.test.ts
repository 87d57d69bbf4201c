// Web Chat's 👍/👎 on an answer reaches the one feedback handler as an event: a valid vote is stored
// like a button press (👎 offers the comment card, 👍 needs no reply: the pressed thumb says it), a
// vote whose action and rating disagree or that carries no rating is refused, other events pass by.
import { TestAdapter, type Activity } from 'botbuilder';
import { handleFeedback } from '../../src/feedback/handle';
import { MemoryFeedbackStore } from '../../src/feedback/store';
import { FEEDBACK_VALUE_TYPE, type RatingValue } from '../../src/feedback/value';
import { WEB_CHAT_VOTE_EVENT, voteActions } from '../../src/feedback/web-chat-vote';
import { nb } from '../../src/text/nb';

const QUESTION = 'Kan jeg ta fagbrev på jobb? Mitt fødselsnummer er 01017012345';
const rating = (r: 'up' | 'down'): RatingValue => ({ type: FEEDBACK_VALUE_TYPE, rating: r, question: QUESTION, sources: ['002_x.txt#773-797'] });
const [LIKE, DISLIKE] = voteActions(rating('up'), rating('down'));

/** Runs one activity through the handler; returns whether it was handled, what was stored and replied. */
async function run(activity: Partial<Activity>) {
  const store = new MemoryFeedbackStore();
  let handled: boolean | undefined;
  const adapter = new TestAdapter(async (context) => {
    handled = await handleFeedback(context, store);
  });
  await adapter.send(activity);
  const replies: Partial<Activity>[] = [];
  for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) replies.push(next);
  return { handled, records: await store.list(), replies };
}

const vote = (entities: unknown[]): Partial<Activity> => ({ type: 'event', name: WEB_CHAT_VOTE_EVENT, entities: entities as Activity['entities'] });

test('voteActions: a LikeAction and a DislikeAction, each with its rating', () => {
  expect(LIKE).toEqual({ '@type': 'LikeAction', actionStatus: 'PotentialActionStatus', value: rating('up') });
  expect(DISLIKE).toEqual({ '@type': 'DislikeAction', actionStatus: 'PotentialActionStatus', value: rating('down') });
});

test('👍 is stored without personal data and gets no reply', async () => {
  const { handled, records, replies } = await run(vote([LIKE]));
  expect(handled).toBe(true);
  expect(records).toEqual([expect.objectContaining({ rating: 'up', sources: ['002_x.txt#773-797'] })]);
  expect(records[0].question).not.toContain('01017012345');
  expect(replies).toEqual([]);
});

test('👎 is stored and offers the comment card for that rating', async () => {
  const { records, replies } = await run(vote([DISLIKE]));
  expect(records).toEqual([expect.objectContaining({ rating: 'down' })]);
  expect(replies).toHaveLength(1);
  const card = replies[0].attachments?.[0]?.content as { actions: { data: unknown }[] };
  expect(card.actions[0].data).toEqual({ type: FEEDBACK_VALUE_TYPE, action: 'comment', feedbackId: records[0].id });
});

test.each([
  ['an action whose type and rating disagree', [{ ...LIKE, value: rating('down') }]],
  ['no entity', []],
  ['two votes at once', [LIKE, DISLIKE]],
  ['an action without a rating', [{ '@type': 'LikeAction' }]],
  ['a rating of the wrong shape', [{ '@type': 'LikeAction', value: { type: 'feedback', rating: 'up' } }]],
])('%s is refused: nothing stored, the person is told', async (_what, entities) => {
  const { handled, records, replies } = await run(vote(entities));
  expect(handled).toBe(true);
  expect(records).toEqual([]);
  expect(replies.map((r) => r.text)).toEqual([nb.feedback.notUnderstood]);
});

test('other events and plain messages are not feedback', async () => {
  expect((await run({ type: 'event', name: 'webchat/join' })).handled).toBe(false);
  expect((await run({ type: 'message', text: 'hei' })).handled).toBe(false);
});
