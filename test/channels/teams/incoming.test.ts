// What arrives from Teams, as pure functions: @mentions, command titles, the feedback form's text and
// the connector errors a stream can end with.
import type { Activity } from 'botbuilder';
import { isCardSubmit, mentionsBot, needsMention, textWithoutBotMention } from '../../../src/channels/teams/activity';
import { routeTeamsCommand } from '../../../src/channels/teams/commands';
import { feedbackText } from '../../../src/channels/teams/feedback';
import { classifyStreamError } from '../../../src/channels/teams/streaming';
import { nb } from '../../../src/text/nb';

const BOT = '28:bot-app-id';
const inChannel = (text: string, mentioned?: string): Activity =>
  ({
    type: 'message',
    channelId: 'msteams',
    text,
    recipient: { id: BOT, name: 'Veiviser' },
    conversation: { id: '19:abc@thread.tacv2;messageid=1', conversationType: 'channel' },
    entities: mentioned ? [{ type: 'mention', text: '<at>Veiviser</at>', mentioned: { id: mentioned, name: 'Veiviser' } }] : [],
  }) as unknown as Activity;

describe('mentions', () => {
  it('knows when the bot itself is @mentioned, and takes the mention off', () => {
    expect(mentionsBot(inChannel('<at>Veiviser</at> hei', BOT))).toBe(true);
    expect(mentionsBot(inChannel('<at>Kari</at> hei', '29:kari'))).toBe(false);
    expect(mentionsBot(inChannel('hei'))).toBe(false);
    expect(textWithoutBotMention(inChannel('<at>Veiviser</at>&nbsp;Hva er fagbrev?', BOT))).toBe('Hva er fagbrev?');
    expect(textWithoutBotMention(inChannel('Hva er fagbrev?'))).toBe('Hva er fagbrev?');
  });

  it('drops a mention of the bot that comes without its entity, and keeps the name of another person mentioned without the markup', () => {
    expect(textWithoutBotMention(inChannel('<at>Veiviser</at> hvor mange studiepoeng gir batterifagskolen?'))).toBe('hvor mange studiepoeng gir batterifagskolen?');
    expect(textWithoutBotMention(inChannel('<at>Veiviser</at> kan <at>Kari Nordmann</at> ta fagbrev på jobb?', BOT))).toBe('kan Kari Nordmann ta fagbrev på jobb?');
  });

  it('drops a mention of the bot by its brand name where the activity names no recipient', () => {
    const nameless = { ...inChannel('<at>Veiviser</at> hva er praksiskandidat?'), recipient: { id: BOT } } as unknown as Activity;
    expect(textWithoutBotMention(nameless, 'Veiviser')).toBe('hva er praksiskandidat?');
    expect(textWithoutBotMention(nameless)).toBe('Veiviser hva er praksiskandidat?');
  });

  it('needs a mention in channels and group chats, not in 1:1 chats; card buttons need none', () => {
    expect(needsMention({ conversation: { conversationType: 'channel' } } as Activity)).toBe(true);
    expect(needsMention({ conversation: { conversationType: 'groupChat' } } as Activity)).toBe(true);
    expect(needsMention({ conversation: { conversationType: 'personal' } } as Activity)).toBe(false);
    expect(isCardSubmit({ text: '', value: { action: 'menu' } })).toBe(true);
    expect(isCardSubmit({ text: 'hei', value: undefined })).toBe(false);
  });
});

describe('command titles', () => {
  it.each([
    ['spør', nb.menu.question],
    ['Spør Hva er fagbrev på jobb?', 'Hva er fagbrev på jobb?'],
    ['spør: Hva koster det?', 'Hva koster det?'],
    ['ask What is fagbrev på jobb?', 'What is fagbrev på jobb?'],
    ['finn kurs', nb.menu.courseFinder],
    ['find courses', nb.menu.courseFinder],
    ['hjelp', nb.commands.help],
    ['help', nb.commands.help],
    ['vurder kandidat: 32 år, bor i Namsos', 'vurder kandidat: 32 år, bor i Namsos'],
    ['spørsmål om fagbrev', 'spørsmål om fagbrev'],
  ])('%j → %j', (text, routed) => {
    expect(routeTeamsCommand(text)).toBe(routed);
  });
});

describe('the feedback form', () => {
  it('reads feedbackText from the JSON string Teams sends, or from an object', () => {
    expect(feedbackText('{"feedbackText":"Manglet Trøndelag"}')).toBe('Manglet Trøndelag');
    expect(feedbackText({ feedbackText: ' ' })).toBeUndefined();
    expect(feedbackText('bare tekst')).toBe('bare tekst');
    expect(feedbackText(undefined)).toBeUndefined();
    expect(feedbackText('{"other":1}')).toBeUndefined();
  });
});

describe('stream errors', () => {
  const forbidden = (message: string) => ({ statusCode: 403, code: 'ContentStreamNotAllowed', message });
  it.each([
    [forbidden('Content stream was cancelled by user.'), 'stopped'],
    [forbidden('Content stream is not allowed on an already completed streamed message'), 'stopped'],
    [forbidden('Content stream finished due to exceeded streaming time.'), 'failed'],
    [forbidden('Message size too large'), 'failed'],
    [forbidden('Content stream is not allowed'), 'failed'],
    [{ statusCode: 400, code: 'BadRequest', message: 'Start streaming activities should include text' }, 'failed'],
    [{ statusCode: 429, message: 'API calls quota exceeded' }, 'failed'],
    [new Error('socket hang up'), 'failed'],
  ])('%j → %s', (error, kind) => {
    expect(classifyStreamError(error)).toBe(kind);
  });
});
