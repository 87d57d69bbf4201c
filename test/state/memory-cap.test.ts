// The embedded state store is capped (STATE_MEMORY_MAX_ITEMS), least recently used first, through the
// real HTTP server: a flood of new conversations cannot grow it without bound, a conversation that
// keeps talking keeps its dialog, and the one left idle longest is the one forgotten.
import type { App } from '../../src/app';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, allText } from '../support/conversation';

const CAP = 100;
let app: App;

beforeAll(async () => {
  app = await startApp({ STATE_MEMORY_MAX_ITEMS: String(CAP) });
}, 60_000);

afterAll(async () => {
  await app?.close();
});

async function stateHealth(): Promise<{ items: number; maxItems: number; evicted: number }> {
  const res = await fetch(`${app.url}/readyz`);
  const body = (await res.json()) as { state: { items: number; maxItems: number; evicted: number } };
  return body.state;
}

test('a flood of conversations stays within the cap; the idle one is forgotten, the active one is not', async () => {
  const idle = new Conversation(app.url);
  const active = new Conversation(app.url);
  // Both start the course finder, which asks back (the dialog stack is in conversation state).
  for (const c of [idle, active]) expect(allText(await c.say('Finn kurs og tilbud'))).toMatch(/\?/);

  for (let i = 0; i < 3 * CAP; i++) {
    await new Conversation(app.url).say('hei');
    // Help works anywhere and the dialog goes on after it. (Questions in a row would set it aside, and a third
    // choice it cannot read takes them all and moves on.)
    if (i % 20 === 0) await active.say('hjelp');
    expect((await stateHealth()).items).toBeLessThanOrEqual(CAP);
  }

  const health = await stateHealth();
  expect(health).toMatchObject({ maxItems: CAP });
  expect(health.evicted).toBeGreaterThan(0);
  // The active conversation is still inside its dialog, so "avbryt" cancels it.
  expect((await active.say('avbryt')).map((r) => r.text)).toContain(nb.cancelled);
  // The idle one's state was forgotten: "avbryt" finds no dialog and shows the menu instead.
  expect((await idle.say('avbryt')).map((r) => r.text)).not.toContain(nb.cancelled);
});
