// Counsellor mode through the real server: «vurder kandidat: …» over /api/messages (card and text for
// case notes), the Teams command alone (then the description), English, and POST /api/assess with
// its validation and bearer key. Nothing about the candidate reaches the logs, the profile or the
// hand-off transcript.
import type { App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/app';
import { createLogger } from '../../src/log';
import { PATH_IDS, ProfileSchema, AssessmentSchema, type ProfileField } from '../../src/catalogue/schema';
import { assessCandidate } from '../../src/counsellor/assess-candidate';
import { candidateServices } from '../../src/counsellor/services';
import { catalogue, understander } from '../support/understanding';
import { en } from '../../src/text/en';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, adaptiveCards, type ReplyActivity } from '../support/conversation';
import { assessmentSentences } from '../support/assessment-sentences';

const CANDIDATE = '32 år, NAV-registrert, 3 år som lagermedarbeider, ikke fullført vgs, bor i Namsos';
const EXAMPLE = `vurder kandidat: ${CANDIDATE}`;

interface CardNode {
  type?: string;
  text?: string;
  version?: string;
  items?: CardNode[];
  body?: CardNode[];
  actions?: unknown[];
}

/** Every TextBlock text in a card, in order. */
function cardTexts(node: CardNode): string[] {
  return [...(node.text !== undefined ? [node.text] : []), ...[...(node.body ?? []), ...(node.items ?? [])].flatMap(cardTexts)];
}

const services = candidateServices(catalogue, understander);

let log: string[] = [];
let app: App;
beforeAll(async () => {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', FEEDBACK_FILE: '/dev/null' });
  app = await createApp(config, createLogger('debug', (line) => log.push(line)));
});
afterAll(async () => {
  await app.close();
});

const assessOver = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/assess`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

function expectCandidateReplies(replies: ReplyActivity[], t: typeof nb | typeof en) {
  // Dense: the card and the text, nothing else, no buttons.
  expect(replies).toHaveLength(2);
  expect(replies.every((r) => r.suggestedActions === undefined)).toBe(true);
  const [card] = adaptiveCards(replies) as CardNode[];
  expect(Number(card.version)).toBeLessThanOrEqual(1.5);
  expect(JSON.stringify(card).length).toBeLessThan(28_000); // Teams' message size
  const lines = cardTexts(card);
  expect(lines[0]).toBe(t.counsellor.cardTitle);
  const text = replies[1].text ?? '';
  expect(text.split('\n')[0]).toBe(t.counsellor.textTitle);
  return { card, lines, text };
}

const VERDICTS = [...Object.values(nb.counsellor.verdict), nb.counsellor.possibleNotAdvised];

describe('«vurder kandidat» through /api/messages', () => {
  let replies: ReplyActivity[];
  beforeAll(async () => {
    replies = await new Conversation(app.url).say(EXAMPLE);
  });

  it('answers with a dense card and a plain text for case notes', () => {
    expectCandidateReplies(replies, nb);
  });

  it('gives every path with its verdict and reasons with sources, on the card and in the text', async () => {
    const { card, text } = expectCandidateReplies(replies, nb);
    const body = card.body ?? [];
    const paths = body.filter((b) => b.type === 'Container');
    expect(paths).toHaveLength(PATH_IDS.length);
    for (const path of paths) {
      const [title, ...reasons] = cardTexts(path);
      expect(VERDICTS.some((v) => title.includes(` – ${v}`))).toBe(true);
      expect(reasons.length).toBeGreaterThan(0);
      // Every reason links its source: the source viewer with lines, or the public page.
      for (const reason of reasons.filter((r) => r.startsWith('•'))) expect(reason).toMatch(/\((?:\[[^\]]+\]\((?:\/kilder\/|https?:\/\/)[^)]+\))\)$/);
    }
    const pathLines = text.split('\n').filter((l) => VERDICTS.some((v) => l.endsWith(`: ${v}`) || l.endsWith(`: ${v} (anbefalt)`)));
    expect(pathLines).toHaveLength(PATH_IDS.length);
    expect(text).toMatch(/^- .+ \[[^\]]+, linje \d+–\d+\]$/mu);
  });

  it('says once, at the top, that the reasons are worded to the candidate ("du"), for the case note to read right', () => {
    const { lines, text } = expectCandidateReplies(replies, nb);
    expect(lines).toContain(nb.counsellor.addressedToCandidate);
    expect(text.split('\n').slice(0, 4)).toContain(nb.counsellor.addressedToCandidate);
  });

  it('says each reason once: the reason that is why a path is recommended is not listed again below it', () => {
    const { card, text } = expectCandidateReplies(replies, nb);
    const said = (line: string) => line.replace(/^(?:- |• )?(?:Hvorfor anbefalt: |Ikke anbefalt: )?/u, '').replace(/ [[(].*$/u, '');
    const textLines = text.split('\n').filter((l) => l.startsWith('- ')).map(said);
    expect(textLines.length).toBeGreaterThan(PATH_IDS.length);
    for (const path of (card.body ?? []).filter((b) => b.type === 'Container')) {
      const lines = cardTexts(path).slice(1).map(said);
      expect(new Set(lines).size).toBe(lines.length);
    }
    const byPath = text.split('\n\n').map((block) => block.split('\n').filter((l) => l.startsWith('- ')).map(said));
    for (const lines of byPath) expect(new Set(lines).size).toBe(lines.length);
  });

  it('a path that fits but is advised against is said to be possible, not to fit, on the card and in the text', async () => {
    const { card, text } = expectCandidateReplies(
      await new Conversation(app.url).say('vurder kandidat: mann 50 år, 14 år som maskinoperatør i full stilling, ingen fagbrev, grunnskole fullført, bor i Vestland'),
      nb,
    );
    const blocks = text.split('\n\n').filter((b) => b.includes(`\n- ${nb.counsellor.notAdvised('')}`));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block.split('\n')[0]).toMatch(new RegExp(`: ${nb.counsellor.possibleNotAdvised}$|: ${nb.counsellor.verdict['not-eligible']}$`, 'u'));
    const titles = (card.body ?? []).filter((b) => b.type === 'Container').map((p) => cardTexts(p)[0]);
    expect(titles.some((t) => t.includes(` – ${nb.counsellor.possibleNotAdvised}`))).toBe(true);
  });

  it('lists what is still unknown as questions, offers in Trøndelag and the Trøndelag contacts', () => {
    const { lines, text } = expectCandidateReplies(replies, nb);
    const unknownAt = lines.indexOf(nb.counsellor.unknownHeading);
    expect(unknownAt).toBeGreaterThan(0);
    const questions = Object.values(nb.counsellor.ask);
    expect(questions).toContain(lines[unknownAt + 1].replace(/^• /u, ''));
    expect(lines).toContain(nb.counsellor.offersHeading('Trøndelag'));
    expect(text).toContain('Trøndelagsmodellen – NAV Trøndelag og Trøndelag fylkeskommune, Trøndelag');
    expect(text).toContain('Karrieresenteret i Trøndelag');
    expect(text).not.toMatch(/Karriere (?:Nordland|Agder|Innlandet)/u);
  });
});

describe('POST /api/assess', () => {
  it('returns the profile, what was understood, the assessment and the unknowns as questions', async () => {
    const response = await assessOver(app.url, { text: CANDIDATE });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    const profile = ProfileSchema.parse(body.profile);
    expect(profile).toMatchObject({ county: 'Trøndelag', navJobSeeker: true, completedUpperSecondary: false });
    const assessment = AssessmentSchema.parse(body.assessment);
    expect(assessment.paths.map((p) => p.id).sort()).toEqual([...PATH_IDS].sort());
    for (const path of assessment.paths) for (const reason of path.reasons) expect(reason.citation.quote.length).toBeGreaterThan(0);
    // What was understood is exactly what the profile holds, each with a phrase.
    const understood = body.understood as { field: string; phrase: string }[];
    expect(understood.map((u) => u.field).sort()).toEqual(Object.keys(profile).sort());
    expect(understood.every((u) => u.phrase.trim() !== '')).toBe(true);
    // The unknowns are questions about fields the profile lacks and a path still needs.
    const unknownFields = body.unknownFields as ProfileField[];
    const needed = new Set(assessment.paths.filter((p) => p.status === 'needs-info').flatMap((p) => p.missing));
    expect(unknownFields.length).toBeGreaterThan(0);
    for (const field of unknownFields) {
      expect(profile[field]).toBeUndefined();
      expect(needed.has(field)).toBe(true);
    }
    expect(body.unknown).toEqual(unknownFields.map((f) => nb.counsellor.ask[f]));
    expect((body.offers as { region: string }[]).every((o) => /Trøndelag|Namdalen|Fosen|Hele landet/u.test(o.region))).toBe(true);
  });

  it('asks its questions in English for an English description, or when lang says so', async () => {
    const english = (await (await assessOver(app.url, { text: CANDIDATE, lang: 'en' })).json()) as { unknown: string[]; assessment: unknown };
    expect(english.unknown.every((q) => Object.values(en.counsellor.ask).includes(q))).toBe(true);
    // The reasons too are in English.
    const assessment = AssessmentSchema.parse(english.assessment);
    expect(assessmentSentences(assessment)).toEqual(assessmentSentences(assessCandidate(CANDIDATE, services, 'en').assessment));
    expect(assessmentSentences(assessment)).not.toEqual(assessmentSentences(assessCandidate(CANDIDATE, services, 'nb').assessment));
  });

  it.each([
    ['no text', {}, /text:/],
    ['a blank text', { text: '   ' }, /text must not be empty/],
    ['a text over 4000 characters', { text: 'x'.repeat(4001) }, /text:/],
    ['an unknown language', { text: CANDIDATE, lang: 'se' }, /lang:/],
  ])('refuses %s with 400 and says why', async (_name, body, why) => {
    const response = await assessOver(app.url, body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(why);
  });
});

describe('counsellor mode, the Teams command and English', () => {
  it('a case note asking for the options, without the command, gets the candidate assessment; its shorthand is read', async () => {
    const teams = new Conversation(app.url, 'msteams');
    const { text } = expectCandidateReplies(await teams.say('kand. 44 år, 9 år som sveiser, ingen fbrev, bosatt Mosjøen – alternativer?'), nb);
    expect(text).toMatch(/44 år, 9 års praksis i sveisefaget, bor i Nordland, ikke fagbrev/u);
    // (A place named without "bor", where the candidate works, counts too: the note is no question.)
    const works = expectCandidateReplies(await teams.say('kand. 51 år, 8 år i full stilling på et hotellkjøkken i Molde, ingen fagbrev – muligheter?'), nb);
    expect(works.text).toMatch(/bor i Møre og Romsdal/u);
    // "Vurdering?" asks for the assessment as "alternativer?" does.
    const assessed = expectCandidateReplies(await teams.say('Bruker 49 år, 11 år som renholder, Hamar, ønsker fagbrev. Vurdering?'), nb);
    expect(assessed.text).toMatch(/49 år, 11 års praksis/u);
    // (A place standing alone as an item of the note is where the candidate lives.)
    expect(assessed.text).toMatch(/bor i Innlandet/u);
    // "– aktuell rute?", "best route?" ask for it too.
    const route = expectCandidateReplies(await teams.say('deltaker 29 år, 6 år lager i Verdal, ufaglært – aktuell rute?'), nb);
    expect(route.text).toMatch(/29 år, 6 års praksis .*bor i Trøndelag/u);
    expectCandidateReplies(await teams.say('client 38, 10 yrs as a welder in Narvik, no certificate - best route?'), en);
  });

  it('the Teams command alone asks for the description, then assesses it', async () => {
    const teams = new Conversation(app.url, 'msteams');
    const asked = await teams.say('vurder kandidat');
    expect(asked.map((r) => r.text)).toEqual([nb.counsellor.askForCandidate]);
    expectCandidateReplies(await teams.say(CANDIDATE), nb);
  });

  it('works after an @mention in a Teams channel', async () => {
    const teams = new Conversation(app.url, 'msteams');
    const { replies } = await teams.post({
      type: 'message',
      text: `<at>Veiviser</at> ${EXAMPLE}`,
      conversation: { id: teams.id, conversationType: 'channel' },
      entities: [{ type: 'mention', text: '<at>Veiviser</at>', mentioned: { id: 'veiviser', name: 'Veiviser' } }],
    });
    expectCandidateReplies(
      replies.filter((r) => r.type === 'message'),
      nb,
    );
  });

  it('«assess candidate» in English gives the card and text in English', async () => {
    const description = '32 years old, registered with NAV, 3 years as a warehouse worker, has not completed upper secondary, lives in Namsos';
    const replies = await new Conversation(app.url).say(`assess candidate: ${description}`);
    const { lines, text } = expectCandidateReplies(replies, en);
    expect(lines).toContain(en.counsellor.unknownHeading);
    expect(text).toContain(`${en.counsellor.unknownHeading}:`);
    // Path names, reasons and what would change in English: the English assessment of the candidate,
    // and not one sentence of the bokmål one.
    const english = assessCandidate(description, services, 'en').assessment;
    const bokmal = assessCandidate(description, services, 'nb').assessment;
    for (const path of english.paths) {
      expect(text).toContain(`${path.title}: `);
      for (const reason of path.reasons) expect(text).toContain(reason.text);
      if (path.whatWouldChange) expect(text).toContain(path.whatWouldChange);
    }
    const shown = `${lines.join('\n')}\n${text}`;
    for (const sentence of assessmentSentences(bokmal)) expect([sentence, shown.includes(sentence)]).toEqual([sentence, false]);
    for (const path of bokmal.paths) expect(shown).not.toContain(`${path.title} – `);
  });

  it('names the contacts in English where they are no proper names (a county with no contacts of its own)', async () => {
    const replies = await new Conversation(app.url).say('assess candidate: client 44, Drammen, forklift driver 100 % for 11 years, no trade certificate');
    const { text } = expectCandidateReplies(replies, en);
    expect(text).toContain('The county career centre (karrieresenteret)');
    expect(text).not.toContain('Det fylkeskommunale karrieresenteret');
    expect(text).toContain(en.counsellor.addressedToCandidate);
  });
});

describe('nothing about the candidate is kept', () => {
  it('not in the logs, the profile, or the hand-off transcript', async () => {
    log = [];
    const conversation = new Conversation(app.url);
    await conversation.say(EXAMPLE);
    await assessOver(app.url, { text: CANDIDATE });
    await assessOver(app.url, { text: 'x'.repeat(4001) + CANDIDATE });
    expect(log.join('\n')).not.toMatch(/Namsos|lagermedarbeider/u);

    // The candidate's county did not become the counsellor's own: guidance asks for it.
    const guidance = await conversation.say(nb.menu.guidance);
    expect(guidance.map((r) => r.text)).toContain(nb.guidance.questions.county.ask);

    const handoff = await conversation.post({ type: 'message', text: 'jeg vil snakke med en veileder' });
    const event = handoff.replies.find((r) => r.type === 'event');
    expect(event).toBeDefined();
    expect(JSON.stringify(event)).not.toMatch(/Namsos|lagermedarbeider/u);
  });
});

describe('in production', () => {
  const production = { NODE_ENV: 'production', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' };

  it('needs the bearer API_KEY', async () => {
    const secured = await startApp({ ...production, API_KEY: 'k3y' });
    try {
      expect((await assessOver(secured.url, { text: CANDIDATE })).status).toBe(401);
      expect((await assessOver(secured.url, { text: CANDIDATE }, { authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await assessOver(secured.url, { text: CANDIDATE }, { authorization: 'Bearer k3y' })).status).toBe(200);
    } finally {
      await secured.close();
    }
  });

  it('is closed without API_KEY', async () => {
    const closed = await startApp(production);
    try {
      expect((await assessOver(closed.url, { text: CANDIDATE })).status).toBe(403);
    } finally {
      await closed.close();
    }
  });
});
