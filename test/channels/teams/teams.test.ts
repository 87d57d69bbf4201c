// Teams through the real POST /api/messages with Teams-shaped activities, the replies received by a
// local connector server (normal delivery): @mentions in channels and group chats, thread replies, 1:1
// chats, command titles, one welcome per installation, the citation entity, 👍/👎 via the
// message/submitAction invoke (stored, redacted, deleted by «slett mine data»), and the size and card
// rules for everything that was sent.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from '../../../src/app';
import { parseFeedbackLines } from '../../../src/feedback/store';
import { nb } from '../../../src/text/nb';
import { startApp } from '../../support/app';
import { TeamsCitationEntitySchema, citationEntityOf } from '../../support/citation-entity-schema';
import { startFakeConnector, streamInfo, type FakeConnector, type Received } from '../../support/fake-connector';

const BOT = { id: '28:7a1d3c55-0b7e-4d0a-9a43-2f0c4b8e9d10', name: 'Veiviser' };
const USER = { id: '29:1AbCdEf-user', name: 'Kari Nordmann', aadObjectId: '6f1c2a4e-1111-4222-8333-944455556666' };
const TENANT = { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
const MENTION = { type: 'mention', text: '<at>Veiviser</at>', mentioned: BOT };

type Kind = 'personal' | 'groupChat' | 'channel';

let app: App;
let connector: FakeConnector;
let feedbackFile: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  feedbackFile = path.join(mkdtempSync(path.join(tmpdir(), 'veiviser-teams-')), 'feedback.jsonl');
  app = await startApp({ FEEDBACK_FILE: feedbackFile, PUBLIC_BASE_URL: 'https://veiviser.example.no' });
});
afterAll(async () => {
  await app.close();
  await connector.close();
});

/** A Teams conversation: personal and group chats have one id; in a channel each post is a thread. */
function conversation(kind: Kind): { id: string; conversationType: Kind; tenantId: string } {
  const id =
    kind === 'personal'
      ? `a:1${randomUUID()}`
      : kind === 'groupChat'
        ? `19:${randomUUID()}@thread.v2`
        : `19:${randomUUID().replace(/-/g, '')}@thread.tacv2;messageid=${Date.now()}`;
  return { id, conversationType: kind, tenantId: TENANT.id };
}

async function post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown; replies: Received[] }> {
  const before = connector.received.length;
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: USER,
      recipient: BOT,
      id: `${Date.now()}${Math.floor(Math.random() * 1000)}`,
      timestamp: new Date().toISOString(),
      locale: 'nb-NO',
      channelData: { tenant: TENANT },
      ...activity,
    }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, replies: connector.received.slice(before) };
}

function message(conv: ReturnType<typeof conversation>, text: string, mentioned = false, extra: Record<string, unknown> = {}) {
  return post({
    type: 'message',
    conversation: conv,
    text: mentioned ? `<at>Veiviser</at> ${text}` : text,
    entities: mentioned ? [MENTION] : [],
    ...extra,
  });
}

const messagesOf = (replies: Received[]) => replies.filter((r) => r.activity.type === 'message');

function feedbackRecords() {
  return existsSync(feedbackFile) ? parseFeedbackLines(readFileSync(feedbackFile, 'utf8')).records : [];
}

afterAll(() => {
  // Everything the bot sent in Teams: under the size limit, Adaptive Cards 1.5 or lower, none of our channelData.
  expect(connector.received.length).toBeGreaterThan(20);
  for (const r of connector.received) {
    expect(r.bytes).toBeLessThan(28 * 1024);
    for (const a of r.activity.attachments ?? []) {
      if (a.contentType === 'application/vnd.microsoft.card.adaptive') {
        expect(Number((a.content as { version: string }).version.split('.')[1])).toBeLessThanOrEqual(5);
      }
    }
    expect(r.activity.channelData ?? {}).not.toHaveProperty('veiviser');
    // No LLM is configured here: nothing streams.
    expect(streamInfo(r.activity)).toBeUndefined();
  }
});

describe('channels and group chats', () => {
  it('does not answer a channel message that does not @mention the bot (no reply, no typing)', async () => {
    const { status, replies } = await message(conversation('channel'), 'Hva er Batterifagskolen?');
    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it('answers an @mention in the thread it was asked in, with the mention taken off and a valid citation entity', async () => {
    const conv = conversation('channel');
    const { replies } = await message(conv, 'Hva er Batterifagskolen?', true, { id: 'post-1712' });
    const answers = messagesOf(replies);
    expect(answers).toHaveLength(1);
    const [answer] = answers;
    expect(answer.path).toBe(`/v3/conversations/${conv.id}/activities/post-1712`);
    expect(answer.activity.conversation?.id).toBe(conv.id);
    expect(replies.some((r) => r.activity.type === 'typing')).toBe(false);
    expect(answer.activity.text).toMatch(/Batterifagskole/);
    expect(answer.activity.text).not.toMatch(/<at>|Kilde:/);
    const entity = citationEntityOf(answer.activity, TeamsCitationEntitySchema);
    expect(entity.citation.length).toBeGreaterThan(0);
    expect(entity.citation.every((c) => /^https?:\/\//.test(c.appearance.url ?? ''))).toBe(true);
    expect(entity.citation.some((c) => c.appearance.url?.startsWith('https://veiviser.example.no/kilder/'))).toBe(true);
    expect(entity.additionalType).toBeUndefined(); // extractive: no AI label
    expect(answer.activity.channelData).toEqual({ feedbackLoop: { type: 'default' } });
  });

  it('answers an @mention in a group chat and ignores the rest', async () => {
    const conv = conversation('groupChat');
    expect((await message(conv, 'Hva er fagbrev på jobb?')).replies).toEqual([]);
    const answers = messagesOf((await message(conv, 'Hva er fagbrev på jobb?', true)).replies);
    expect(answers).toHaveLength(1);
    citationEntityOf(answers[0].activity, TeamsCitationEntitySchema);
  });

  it('takes a card button in a channel without a mention', async () => {
    const { replies } = await post({ type: 'message', conversation: conversation('channel'), value: { action: 'help' } });
    expect(messagesOf(replies).map((r) => r.activity.text)).toEqual([nb.help]);
  });
});

describe('1:1 chats', () => {
  it('answers without a mention, as on the web', async () => {
    const { replies } = await message(conversation('personal'), 'Hva er Batterifagskolen?');
    expect(replies[0].activity.type).toBe('typing');
    const [answer] = messagesOf(replies);
    citationEntityOf(answer.activity, TeamsCitationEntitySchema);
    expect(answer.activity.suggestedActions?.actions.map((a) => a.title)).toEqual([nb.menu.guidance, nb.menu.courseFinder]);
  });

  it('understands the command titles of the app menu', async () => {
    const conv = conversation('personal');
    expect(messagesOf((await message(conv, 'spør')).replies)[0].activity.text).toBe(nb.askForQuestion);
    const asked = messagesOf((await message(conv, 'spør Hva er Batterifagskolen?')).replies);
    expect(asked[0].activity.text).toMatch(/Batterifagskole/);
    expect(messagesOf((await message(conv, 'hjelp')).replies)[0].activity.text).toBe(nb.help);
    expect(messagesOf((await message(conv, 'finn kurs')).replies)[0].activity.text).toBe(nb.courseFinder.topicPrompt);
  });

  it('sends Adaptive Cards of version 1.5 or lower through a whole guided assessment', async () => {
    const conv = conversation('personal');
    let replies = (await message(conv, nb.menu.guidance)).replies;
    for (let turn = 0; turn < 20 && !replies.some((r) => r.activity.attachments?.length); turn++) {
      replies = (await message(conv, 'Vet ikke')).replies;
    }
    const cards = replies.flatMap((r) => r.activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(cards.length).toBeGreaterThan(0);
    // The afterAll check covers the versions and sizes of these and every other reply.
  });
});

describe('installation and welcome', () => {
  it('welcomes a team once when the app is installed, not once per member', async () => {
    const team = { id: `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`, conversationType: 'channel' as const, tenantId: TENANT.id };
    const channelData = { tenant: TENANT, team: { id: team.id, name: 'Karrieresenteret' }, eventType: 'teamMemberAdded' };
    const installed = await post({ type: 'installationUpdate', action: 'add', conversation: team, channelData });
    const added = await post({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }], conversation: team, channelData });
    const members = await post({ type: 'conversationUpdate', membersAdded: [{ id: '29:new-member' }, { id: '29:another' }], conversation: team, channelData });
    const welcomes = messagesOf([...installed.replies, ...added.replies, ...members.replies]);
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0].activity.text).toContain(nb.welcome('Veiviser').slice(0, 40));
    expect(welcomes[0].activity.text).toContain(nb.teams.mentionHint('Veiviser'));
    expect(welcomes[0].conversationId).toBe(team.id);
  });

  it('welcomes once in a 1:1 chat, with the menu, whichever of the two activities comes first', async () => {
    const conv = conversation('personal');
    const added = await post({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }], conversation: conv });
    const installed = await post({ type: 'installationUpdate', action: 'add', conversation: conv });
    const welcomes = messagesOf([...added.replies, ...installed.replies]);
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0].activity.text).toBe(nb.welcome('Veiviser'));
    expect(welcomes[0].activity.suggestedActions?.actions.length).toBeGreaterThan(0);
    expect(messagesOf((await post({ type: 'installationUpdate', action: 'remove', conversation: conv })).replies)).toEqual([]);
  });
});

describe('👍/👎 (feedback loop)', () => {
  it('answers the message/submitAction invoke with 200 {} and stores the rating with the answer’s question and sources, redacted', async () => {
    const conv = conversation('personal');
    const [answer] = messagesOf((await message(conv, 'Hva er Batterifagskolen?')).replies);
    expect(answer.id).toBeDefined();

    const invoke = await post({
      type: 'invoke',
      name: 'message/submitAction',
      conversation: conv,
      replyToId: answer.id,
      value: {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Gjaldt ikke Trøndelag. Ring meg på 91234567' }) },
      },
    });
    expect(invoke.status).toBe(200);
    expect(invoke.body).toEqual({});
    expect(invoke.replies).toEqual([]);

    const stored = feedbackRecords().filter((r) => r.conversationId === conv.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rating: 'down', question: 'Hva er Batterifagskolen?' });
    expect(stored[0].sources.length).toBeGreaterThan(0);
    expect(stored[0].comment).toContain('Gjaldt ikke Trøndelag');
    expect(stored[0].comment).not.toContain('91234567');

    // «slett mine data» removes it, with the rest of the conversation.
    await message(conv, 'slett mine data');
    await message(conv, nb.deleteData.yes);
    expect(feedbackRecords().filter((r) => r.conversationId === conv.id)).toEqual([]);
  });

  it('stores a rating of a message it no longer remembers, without question or sources', async () => {
    const conv = conversation('personal');
    const invoke = await post({
      type: 'invoke',
      name: 'message/submitAction',
      conversation: conv,
      replyToId: 'unknown-message',
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{"feedbackText":""}' } },
    });
    expect(invoke.status).toBe(200);
    expect(feedbackRecords().filter((r) => r.conversationId === conv.id)).toMatchObject([{ rating: 'up', question: '', sources: [] }]);
  });

  it('refuses a submitAction that is not feedback with 400', async () => {
    const invoke = await post({ type: 'invoke', name: 'message/submitAction', conversation: conversation('personal'), value: { actionName: 'other' } });
    expect(invoke.status).toBe(400);
  });
});
