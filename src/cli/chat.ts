// Terminal chat with a running bot: `npm run chat [-- --url http://localhost:3978]`.
// Each line is posted to /api/messages with deliveryMode "expectReplies", so the replies come back in
// the HTTP response; suggested actions are numbered and can be picked by typing the number.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';

const ReplySchema = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    attachments: z
      .array(z.object({ contentType: z.string(), content: z.unknown().optional() }).passthrough())
      .optional(),
    suggestedActions: z
      .object({
        actions: z.array(
          z.object({ type: z.string(), title: z.string().optional(), text: z.string().optional(), value: z.unknown().optional() }).passthrough(),
        ),
      })
      .optional(),
  })
  .passthrough();
type Reply = z.infer<typeof ReplySchema>;
const RepliesSchema = z.object({ activities: z.array(ReplySchema) });

const CardTextSchema = z
  .object({
    title: z.string().optional(),
    subtitle: z.string().optional(),
    text: z.string().optional(),
    body: z.array(z.unknown()).optional(),
    items: z.array(z.unknown()).optional(),
  })
  .passthrough();

/** The readable text of an Adaptive Card or hero card, one line per text block. */
function cardText(content: unknown): string[] {
  const card = CardTextSchema.safeParse(content);
  if (!card.success) return [];
  const own = [card.data.title, card.data.subtitle, card.data.text].filter((t): t is string => !!t);
  const children = [...(card.data.body ?? []), ...(card.data.items ?? [])].flatMap(cardText);
  return [...own, ...children];
}

type Choice = NonNullable<Reply['suggestedActions']>['actions'][number];

function render(reply: Reply): { lines: string[]; choices: Choice[] } {
  if (reply.type !== 'message') return { lines: [], choices: [] };
  const lines = [reply.text ?? '', ...(reply.attachments ?? []).flatMap((a) => cardText(a.content))].filter(Boolean);
  return { lines, choices: reply.suggestedActions?.actions ?? [] };
}

/** What pressing a button sends: imBack sends its value as text; messageBack sends text and value. */
function pressed(choice: Choice): Record<string, unknown> {
  if (choice.type === 'imBack') return { text: String(choice.value ?? choice.title ?? '') };
  return { text: choice.text, value: choice.value };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const urlIndex = args.indexOf('--url');
  const baseUrl = (urlIndex >= 0 ? args[urlIndex + 1] : undefined) ?? 'http://localhost:3978';
  const conversationId = `terminal-${randomUUID()}`;
  const userId = `terminal-user-${randomUUID().slice(0, 8)}`;
  let choices: Choice[] = [];

  const send = async (activity: Record<string, unknown>): Promise<void> => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'terminal',
        serviceUrl: baseUrl,
        conversation: { id: conversationId },
        from: { id: userId, name: 'Du' },
        recipient: { id: 'veiviser', name: 'Veiviser' },
        locale: 'nb-NO',
        deliveryMode: 'expectReplies',
        id: randomUUID(),
        timestamp: new Date().toISOString(),
        ...activity,
      }),
    });
    if (!response.ok) {
      console.log(`(Boten svarte ${response.status}: ${await response.text()})`);
      return;
    }
    const parsed = RepliesSchema.safeParse(await response.json());
    if (!parsed.success) {
      console.log('(Uventet svar fra boten.)');
      return;
    }
    choices = [];
    for (const reply of parsed.data.activities) {
      const shown = render(reply);
      if (shown.lines.length > 0) console.log(`\nVeiviser: ${shown.lines.join('\n')}`);
      if (shown.choices.length > 0) choices = shown.choices;
    }
    if (choices.length > 0) console.log(choices.map((c, i) => `  ${i + 1}) ${c.title ?? String(c.value)}`).join('\n'));
  };

  try {
    await send({ type: 'conversationUpdate', membersAdded: [{ id: userId }] });
  } catch {
    console.error(`Fikk ikke kontakt med boten på ${baseUrl}. Start den med «npm start» først.`);
    process.exit(1);
  }

  // Iterating the interface (rather than rl.question) also works with piped input: no line is lost.
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const prompt = () => process.stdout.write('\nDu: ');
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === 'exit') break;
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    const picked = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
    try {
      await send({ type: 'message', ...(picked ? pressed(picked) : { text: line }) });
    } catch (err) {
      console.log(`(Fikk ikke kontakt med boten: ${err instanceof Error ? err.message : String(err)})`);
    }
    prompt();
  }
  rl.close();
}

void main();
