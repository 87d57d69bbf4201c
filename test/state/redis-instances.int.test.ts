// Two real bot processes sharing one Redis: a conversation may hop between instances on every turn
// (as behind a load balancer) and must go exactly as it does on one instance.
import { randomUUID } from 'node:crypto';
import { nb } from '../../src/text/nb';
import { converse, startInstancesSharingRedis, type BotProcess, type InstancesSharingRedis } from '../support/bot-process';

const PREFIX = 'it-instances:';
// Start the guided dialog, then answer "Vet ikke" – a valid answer to every profile question.
const SCRIPT = ['Jeg vil ha veiledning', 'Vet ikke', 'Vet ikke', 'Vet ikke'];

describe('two bot instances sharing one Redis', () => {
  let instances: InstancesSharingRedis;
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    instances = await startInstancesSharingRedis(PREFIX);
    ({ a, b } = instances);
  }, 120_000);

  afterAll(async () => {
    await instances?.stop();
  });

  test('a guided dialog started on A continues on B exactly as on a single instance', async () => {
    const single = await converse([a], `single-${randomUUID()}`, SCRIPT);
    const hopping = await converse([a, b], `hop-${randomUUID()}`, SCRIPT);
    const fresh = await b.say({ conversationId: `fresh-${randomUUID()}`, text: 'Vet ikke' });

    for (const r of [...single, ...hopping, fresh]) {
      expect(r.status).toBe(200);
      expect(r.texts).not.toContain(nb.stateUnavailable);
      expect(r.texts).not.toContain(nb.somethingWentWrong);
    }
    // The reference run is a real dialog: each answer moves it on, and B's answer to A's question
    // is not what a conversation B has never seen gets.
    expect(single[1].texts).not.toEqual(single[0].texts);
    expect(single[1].texts).not.toEqual(fresh.texts);

    expect(hopping.map((r) => r.texts)).toEqual(single.map((r) => r.texts));
  });
});
