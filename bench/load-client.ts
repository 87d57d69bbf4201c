// A scripted user for bench:load: its own HTTP client (keep-alive connection), talking to
// POST /api/messages with deliveryMode expectReplies. Each cycle is a new visit – a new person, with
// their own client address in X-Forwarded-For (the bench runs the bot with TRUST_PROXY=1, as behind
// App Service's front end) and a new conversation: join, "hei", the whole guided assessment (answering whatever the bot asks, from a
// persona), a question, the course finder and "avbryt". Every reply is checked against the script,
// so a turn whose state did not carry over (the bot no longer in the dialog) shows up as
// "unexpected"; with Redis the stored turn counter is compared as well (lost turns).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { nb } from '../src/text/nb';

export type Outcome = 'ok' | 'failed' | 'unexpected' | 'rate-limited';

export interface TurnRecord {
  /** When the request was sent, ms since the run started. */
  at: number;
  ms: number;
  outcome: Outcome;
  /** HTTP status, or the client error code. */
  status: number | string;
}

export interface UserOptions {
  index: number;
  /** The port to send the next request to (a load balancer may move users between instances). */
  port: () => number;
  /** Think time between messages: [min, max] ms, or undefined for none. */
  thinkMs?: readonly [number, number];
  /** True once the user should stop (checked before every message). */
  stopped: () => boolean;
  record: (turn: TurnRecord) => void;
  startedAt: number;
  /**
   * A load balancer in front of several instances: told when an instance refused the connection
   * (it stopped), so port() stops choosing it; the request is then sent once more.
   */
  refused?: (port: number) => void;
}

/** Answers by profile field; the bot only asks what its rules still need. */
const PERSONAS: ReadonlyArray<Record<string, string>> = [
  {
    county: 'Trøndelag', employed: 'ja', employmentPercent: '100 %', practiceYears: '6 år', practicePercent: '100 %',
    hasTradeCertificate: 'nei', certificateTrade: 'vet ikke', completedPrimarySchool: 'ja', completedUpperSecondary: 'nei',
    navJobSeeker: 'nei', age: '38', trade: 'logistikkfaget', interests: 'logistikk',
  },
  {
    county: 'Nordland', employed: 'nei', employmentPercent: '0', practiceYears: '2 år', practicePercent: '50 %',
    hasTradeCertificate: 'nei', certificateTrade: 'vet ikke', completedPrimarySchool: 'ja', completedUpperSecondary: 'ja',
    navJobSeeker: 'ja', age: '29', trade: 'kjemiprosessfaget', interests: 'prosessindustri',
  },
  {
    county: 'Vestland', employed: 'ja', employmentPercent: '80 %', practiceYears: 'vet ikke', practicePercent: 'vet ikke',
    hasTradeCertificate: 'ja', certificateTrade: 'tømrerfaget', completedPrimarySchool: 'ja', completedUpperSecondary: 'ja',
    navJobSeeker: 'vet ikke', age: '45', trade: 'industrimekanikerfaget', interests: 'batteri',
  },
];

const QUESTIONS = [
  'Hva er Batterifagskolen?',
  'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?',
  'Hva er praksiskandidatordningen?',
  'Hva er Trøndelagsmodellen?',
  'Hva er Industrifagskolen?',
  'Hva er en kompetansepilot?',
];

/**
 * Which profile field a reply asks about, from the bot's own catalogue: its ask and retry wording, and
 * for wording built from a value (a function) the text around that value.
 */
const QUESTION_PATTERNS: Array<{ field: string; matches: (text: string) => boolean }> = Object.entries(nb.guidance.questions).flatMap(
  ([field, q]) =>
    Object.entries(q)
      .filter(([key]) => key === 'ask' || key === 'retry')
      .map(([, wording]) => ({ field, matches: matcher(wording) })),
);

function matcher(wording: unknown): (text: string) => boolean {
  if (typeof wording === 'string') return (text) => text === wording;
  if (typeof wording !== 'function') return () => false;
  const MARK = '\u0000';
  const filled: unknown = wording(MARK);
  if (typeof filled !== 'string') return () => false;
  const escaped = filled.split(MARK).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${escaped.join('.+?')}$`, 's');
  return (text) => pattern.test(text);
}

function fieldOf(text: string): string | undefined {
  return QUESTION_PATTERNS.find((p) => p.matches(text))?.field;
}

const Replies = z.object({ activities: z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough()) });

interface Reply {
  outcome: Outcome;
  status: number | string;
  texts: string[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let visits = 0;
/** A client address for the next visit: 10.x.y.z, a different one for each of 16 million visits. */
function nextAddress(): string {
  const n = visits++ % 0xffffff;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export class ScriptedUser {
  /** Conversations this user had, with the turns the bot answered (for the Redis turn-counter check). */
  readonly conversations: Array<{ id: string; answered: number }> = [];
  /** Visits that went through the whole script. */
  completedVisits = 0;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private address = '';
  private readonly persona: Record<string, string>;
  private sent = 0;

  constructor(private readonly o: UserOptions) {
    this.persona = PERSONAS[o.index % PERSONAS.length];
  }

  async run(): Promise<void> {
    try {
      while (!this.o.stopped()) await this.cycle();
    } finally {
      this.agent.destroy();
    }
  }

  /** One person's visit: a new conversation through the whole script. Returns early once stopped. */
  private async cycle(): Promise<void> {
    const conversation = { id: `load-${this.o.index}-${randomUUID()}`, answered: 0 };
    const userId = `user-${randomUUID()}`;
    this.conversations.push(conversation);
    this.address = nextAddress();
    const say = (body: Record<string, unknown>, expect: (texts: string[]) => boolean) =>
      this.turn(conversation, { ...body, from: { id: userId, name: 'Test' } }, expect);
    const text = (t: string) => ({ type: 'message', text: t });
    const anyReply = (texts: string[]) => texts.length > 0;

    if (!(await say({ type: 'conversationUpdate', membersAdded: [{ id: userId }] }, anyReply))) return;
    if (!(await say(text('hei'), anyReply))) return;

    // The guided assessment: answer whatever is asked until the recommendation comes.
    let replies = await this.turnTexts(conversation, { ...text(nb.menu.guidance), from: { id: userId, name: 'Test' } });
    let lastField: string | undefined;
    for (let step = 0; replies !== undefined && step < 16; step++) {
      const field = replies.map(fieldOf).find((f) => f !== undefined);
      if (field === undefined) {
        // No question: it must be the recommendation (the first reply to the menu choice is always a question).
        this.mark(step === 0 ? 'unexpected' : 'ok');
        break;
      }
      // The same question twice in a row means our answer was not taken (or the state went back).
      this.mark(field === lastField ? 'unexpected' : 'ok');
      lastField = field;
      // practicePercentAsNow is the practicePercent question put another way.
      replies = await this.turnTexts(conversation, { ...text(this.persona[field.replace(/AsNow$/, '')] ?? 'vet ikke'), from: { id: userId, name: 'Test' } });
    }
    if (replies === undefined) return;
    this.mark('unexpected'); // still asking after 16 answers (a no-op when the loop ended as it should)

    const question = QUESTIONS[(this.o.index + this.sent) % QUESTIONS.length];
    if (!(await say(text(question), (texts) => texts.some((t) => t.length > 40)))) return;
    if (!(await say(text(nb.menu.courseFinder), (texts) => texts.some((t) => t.includes('?'))))) return;
    if (await say(text('avbryt'), (texts) => texts.includes(nb.cancelled))) this.completedVisits++;
  }

  private pending?: { at: number; ms: number; status: number | string };

  /** Sends one turn and records it against the expectation; false when the user should stop here. */
  private async turn(conversation: { id: string; answered: number }, body: Record<string, unknown>, expect: (texts: string[]) => boolean): Promise<boolean> {
    const texts = await this.turnTexts(conversation, body);
    if (texts === undefined) return false;
    this.mark(expect(texts) ? 'ok' : 'unexpected');
    return true;
  }

  /**
   * Sends one turn (after the think time); returns the reply texts, or undefined when the turn failed
   * (then already recorded) or the run is over. The caller records the outcome with mark().
   */
  private async turnTexts(conversation: { id: string; answered: number }, body: Record<string, unknown>): Promise<string[] | undefined> {
    if (this.sent > 0 && this.o.thinkMs) {
      const [min, max] = this.o.thinkMs;
      await sleep(min + Math.random() * (max - min));
    }
    if (this.o.stopped()) return undefined;
    this.sent++;
    const activity = {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'test',
      serviceUrl: 'http://localhost',
      deliveryMode: 'expectReplies',
      recipient: { id: 'veiviser-bot', name: 'Veiviser' },
      conversation: { id: conversation.id },
      locale: 'nb-NO',
      ...body,
    };
    const started = performance.now();
    const at = Date.now() - this.o.startedAt;
    const reply = await this.post(JSON.stringify(activity));
    const ms = performance.now() - started;
    if (reply.outcome !== 'ok') {
      this.o.record({ at, ms, outcome: reply.outcome, status: reply.status });
      return undefined;
    }
    conversation.answered++;
    this.pending = { at, ms, status: reply.status };
    return reply.texts;
  }

  /** Records the turn turnTexts() left pending, with the outcome its replies deserve. */
  private mark(outcome: Outcome): void {
    if (!this.pending) return;
    this.o.record({ ...this.pending, outcome });
    this.pending = undefined;
  }

  private async post(body: string): Promise<Reply> {
    const port = this.o.port();
    const reply = await this.postTo(port, body);
    if (reply.status !== 'ECONNREFUSED' || !this.o.refused) return reply;
    this.o.refused(port);
    return this.postTo(this.o.port(), body);
  }

  private postTo(port: number, body: string): Promise<Reply> {
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/messages',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': this.address },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status === 429) return resolve({ outcome: 'rate-limited', status, texts: [] });
            if (status !== 200) return resolve({ outcome: 'failed', status, texts: [] });
            let parsed: z.infer<typeof Replies> | undefined;
            try {
              parsed = Replies.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch {
              return resolve({ outcome: 'failed', status: 'bad body', texts: [] });
            }
            const texts = parsed.activities.filter((a) => a.type === 'message' && a.text).map((a) => a.text ?? '');
            if (texts.includes(nb.stateUnavailable) || texts.includes(nb.somethingWentWrong)) {
              return resolve({ outcome: 'failed', status: 'error reply', texts });
            }
            resolve({ outcome: 'ok', status, texts });
          });
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => resolve({ outcome: 'failed', status: err.code ?? err.message, texts: [] }));
      req.end(body);
    });
  }
}
