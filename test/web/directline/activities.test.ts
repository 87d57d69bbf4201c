// The local Direct Line's activities: each posted activity is a bot turn whose replies are logged with
// watermarks; bad input gets 400, a failing bot an apology, and a client that floods is refused.
import type { TurnContext } from 'botbuilder';
import { startWebServer } from '../../support/web-fixture';
import { nb } from '../../../src/text/nb';
import { directLineServer, call, pollUntil, startConversation, texts, type ActivitySet, type Json } from '../../support/directline-client';

describe('activities', () => {
  const dl = directLineServer();

  test('the bot greets on conversationUpdate, and a posted message is echoed and answered with watermarks', async () => {
    const conv = await startConversation(dl.server, false);
    const welcome = await pollUntil(dl.server, conv, (a) => a.some((x) => x.text === 'Hei! Jeg er testboten.'));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toMatchObject({ id: `${conv.conversationId}|0000000`, from: { id: 'veiviser', role: 'bot' } });

    const posted = await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: {
        type: 'message',
        text: 'Kan jeg ta fagbrev?',
        from: { id: 'forged-id', name: 'Kari' },
        channelData: { clientActivityID: 'abc123' },
        conversation: { id: 'someone-else' },
      },
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ id: `${conv.conversationId}|0000001` });

    // The POST answers once the activity is logged; the reply follows when the bot's turn ends.
    await pollUntil(dl.server, conv, (a) => a.length >= 3);
    const all = await call(dl.server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token });
    const set = all.body as unknown as ActivitySet;
    expect(texts(set.activities)).toEqual([
      'Hei! Jeg er testboten.',
      'Kan jeg ta fagbrev?',
      expect.stringContaining('Ekko: Kan jeg ta fagbrev?'),
    ]);
    expect(set.watermark).toBe('2');
    const [, echo, reply] = set.activities;
    // The echo keeps Web Chat's clientActivityID; ids, user and conversation are the service's.
    expect(echo).toMatchObject({
      id: `${conv.conversationId}|0000001`,
      channelData: { clientActivityID: 'abc123' },
      conversation: { id: conv.conversationId },
      from: { role: 'user', name: 'Kari' },
    });
    const claims = JSON.parse(Buffer.from(conv.token.split('.')[1], 'base64url').toString()) as Json;
    expect((echo.from as Json).id).toBe(claims.user);
    expect(reply).toMatchObject({ replyToId: echo.id, from: { id: 'veiviser' }, recipient: { id: claims.user } });
    expect(reply.text).toContain('(/kilder/002_373d7c6cf6bd4a35.txt?fra=773&til=797#L773)');

    const newer = await call(dl.server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities?watermark=1`, {
      token: conv.token,
    });
    expect(texts((newer.body as unknown as ActivitySet).activities)).toEqual([reply.text]);
    const none = await call(dl.server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities?watermark=2`, {
      token: conv.token,
    });
    expect(none.body).toEqual({ activities: [], watermark: '2' });
  });

  test('cards and suggested actions pass through unchanged; trace activities do not reach the client', async () => {
    const traced = await startWebServer({
      logic: async (context: TurnContext) => {
        if (context.activity.type !== 'message') return;
        await context.sendActivity({ type: 'trace', name: 'debug', value: { secret: 'internal' } });
        await context.sendActivity({
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              content: { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: 'Anbefaling' }] },
            },
          ],
          suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Meny', value: 'meny' }] },
        });
      },
    });
    try {
      const conv = await startConversation(traced, false);
      await call(traced, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
        token: conv.token,
        body: { type: 'message', text: 'hei' },
      });
      const all = await pollUntil(traced, conv, (a) => a.length >= 2);
      expect(all.map((a) => a.type)).toEqual(['message', 'message']);
      expect(all[1].attachments).toEqual([
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: 'Anbefaling' }] },
        },
      ]);
      expect(all[1].suggestedActions).toEqual({ to: [], actions: [{ type: 'imBack', title: 'Meny', value: 'meny' }] });
    } finally {
      await traced.close();
    }
  });

  test('bad bodies and parameters get 400 with a JSON error', async () => {
    const conv = await startConversation(dl.server);
    const path = `/v3/directline/conversations/${conv.conversationId}/activities`;
    const cases: { body?: unknown; rawBody?: string }[] = [
      { body: ['not', 'an', 'object'] },
      { body: { text: 'no type' } },
      { body: { type: 'invoke', name: 'x' } },
      { body: { type: 'message' } },
      { body: { type: 'message', text: 'x'.repeat(4001) } },
      { body: { type: 'message', text: 'fil', attachments: [{ contentType: 'image/png', contentUrl: 'blob:x' }] } },
      { body: { type: 'message', value: { big: 'x'.repeat(20000) } } },
      { body: { type: 'event' } },
      { rawBody: '{"type": "message", "text": ' },
    ];
    for (const c of cases) {
      const res = await call(dl.server, 'POST', path, { token: conv.token, ...c });
      expect({ case: c.rawBody ?? c.body, status: res.status }).toEqual({ case: c.rawBody ?? c.body, status: 400 });
    }
    const badWatermark = await call(dl.server, 'GET', `${path}?watermark=abc`, { token: conv.token });
    expect(badWatermark.status).toBe(400);
    expect(badWatermark.body).toEqual({ error: { code: 'BadArgument', message: expect.any(String) } });
    expect((await call(dl.server, 'POST', '/v3/directline/tokens/generate', { body: { user: 'not-an-object' } })).status).toBe(400);
    expect((await call(dl.server, 'GET', '/v3/directline/conversations/..%2F..%2Fetc/activities', { token: conv.token })).status).toBe(400);
    // Nothing of that reached the log: only the welcome is there (and a valid message lands after it).
    await call(dl.server, 'POST', path, { token: conv.token, body: { type: 'message', text: 'gyldig' } });
    const log = await pollUntil(dl.server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Ekko: gyldig')));
    expect(texts(log)).toEqual(['Hei! Jeg er testboten.', 'gyldig', expect.stringContaining('Ekko: gyldig')]);
  });

  test('when the bot fails, the user gets a Norwegian apology instead of silence', async () => {
    const conv = await startConversation(dl.server);
    const res = await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'message', text: 'feil' },
    });
    expect(res.status).toBe(200);
    const all = await pollUntil(dl.server, conv, (a) => a.some((x) => x.text === nb.somethingWentWrong));
    expect(texts(all)).toEqual(['Hei! Jeg er testboten.', 'feil', nb.somethingWentWrong]);
  });

  test('event activities reach the bot; user typing does not', async () => {
    const conv = await startConversation(dl.server);
    const typing = await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'typing' },
    });
    expect(typing.status).toBe(200);
    await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'event', name: 'webchat/join', value: {} },
    });
    const all = await pollUntil(dl.server, conv, (a) => a.some((x) => x.text === 'Hendelse: webchat/join'));
    expect(all.map((a) => a.type)).toEqual(['message', 'event', 'message']);
  });

  test('feedback buttons post a rating that is stored without personal data; 👎 offers a comment card', async () => {
    const conv = await startConversation(dl.server);
    const path = `/v3/directline/conversations/${conv.conversationId}/activities`;
    const rating = {
      type: 'feedback',
      rating: 'down',
      question: 'Mitt fødselsnummer er 01017012345, kan jeg ta fagbrev?',
      sources: ['002_373d7c6cf6bd4a35.txt#L773-L797'],
    };
    await call(dl.server, 'POST', path, { token: conv.token, body: { type: 'message', value: rating, channelData: { messageBack: { displayText: '👎' } } } });
    const all = await pollUntil(dl.server, conv, (a) => a.some((x) => Array.isArray(x.attachments)));
    const card = (all.find((x) => Array.isArray(x.attachments))?.attachments as Json[])[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const submit = ((card.content as Json).actions as Json[])[0];
    const data = submit.data as Json;
    expect(data).toMatchObject({ type: 'feedback', action: 'comment', feedbackId: expect.any(String) });

    // What Web Chat sends for Action.Submit: the data merged with the input values.
    await call(dl.server, 'POST', path, { token: conv.token, body: { type: 'message', value: { ...data, comment: 'Svaret gjaldt ikke meg. Ring 99887766?' } } });
    await pollUntil(dl.server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Takk! Kommentaren er lagret')));

    const stored = (await dl.server.feedback.list()).filter((r) => r.conversationId === conv.conversationId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rating: 'down', sources: rating.sources, comment: expect.stringContaining('Svaret gjaldt ikke meg') });
    expect(stored[0].question).not.toContain('01017012345');
  });
});

describe('a client posting faster than the bot answers', () => {
  test('is refused with 429 beyond maxQueuedTurns; nothing refused reaches the log, and it may post again once the bot caught up', async () => {
    let releaseBot: () => void = () => undefined;
    const botMayAnswer = new Promise<void>((resolve) => (releaseBot = resolve));
    const server = await startWebServer({
      hooks: { beforeReply: (text) => (text === 'vent' ? botMayAnswer : Promise.resolve()) },
      routes: { directLine: { limits: { maxQueuedTurns: 1 } } },
    });
    try {
      const conv = await startConversation(server);
      const post = (text: string) =>
        call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token, body: { type: 'message', text } });
      expect((await post('vent')).status).toBe(200); // the bot is busy with this one …
      expect((await post('i kø')).status).toBe(200); // … this one waits behind it …
      const refused = await post('én for mye'); // … and this one is one too many.
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({ error: { code: 'TooManyRequests', message: expect.any(String) } });

      releaseBot();
      await pollUntil(server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Ekko: i kø')));
      expect((await post('igjen')).status).toBe(200);
      const all = await pollUntil(server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Ekko: igjen')));
      // First lines, without the answer's citation marker.
      expect(texts(all).map((t) => String(t).split('\n')[0].replace(/ \[1\]$/, ''))).toEqual([
        'Hei! Jeg er testboten.',
        'vent',
        'i kø',
        'Ekko: vent',
        'Ekko: i kø',
        'igjen',
        'Ekko: igjen',
      ]);
    } finally {
      releaseBot();
      await server.close();
    }
  });
});
