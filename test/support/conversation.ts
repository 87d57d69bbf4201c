// A user talking to the bot through the real POST /api/messages endpoint with deliveryMode
// "expectReplies", so the bot's replies come back in the HTTP response.
import { randomUUID } from 'node:crypto';

export interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content?: unknown }[];
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
  channelData?: { veiviser?: { citations?: { source: string; lines?: [number, number]; url?: string; quote: string }[] } };
  entities?: { type: string; citation?: { position: number }[] }[];
}

export class Conversation {
  readonly id = `test-${randomUUID()}`;
  readonly userId = `user-${randomUUID().slice(0, 8)}`;

  constructor(private readonly baseUrl: string, private readonly channelId = 'test') {}

  /** The activity as this conversation's channel posts it, with `activity`'s fields on top. */
  activity(activity: Record<string, unknown>): Record<string, unknown> {
    return {
      channelId: this.channelId,
      serviceUrl: 'http://localhost',
      conversation: { id: this.id },
      from: { id: this.userId },
      recipient: { id: 'veiviser' },
      deliveryMode: 'expectReplies',
      id: randomUUID(),
      ...activity,
    };
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; replies: ReplyActivity[] }> {
    const response = await fetch(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.activity(activity)),
    });
    const body = (await response.json().catch(() => ({}))) as { activities?: ReplyActivity[] };
    return { status: response.status, replies: body.activities ?? [] };
  }

  /** Sends a message and returns the bot's message replies (typing indicators left out). */
  async say(text: string): Promise<ReplyActivity[]> {
    const { status, replies } = await this.post({ type: 'message', text });
    if (status !== 200) throw new Error(`bot answered HTTP ${status}`);
    return replies.filter((r) => r.type === 'message');
  }

  async join(): Promise<ReplyActivity[]> {
    const { replies } = await this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId }] });
    return replies.filter((r) => r.type === 'message');
  }
}

/** All visible text of replies, including Adaptive Card and hero card text, lower-cased. */
export function allText(replies: ReplyActivity[]): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'subtitle'].includes(key)) texts.push(value);
        else walk(value);
      }
    }
  };
  for (const reply of replies) {
    if (reply.text) texts.push(reply.text);
    walk(reply.attachments ?? []);
  }
  return texts.join('\n').toLowerCase();
}

export function suggestions(replies: ReplyActivity[]): string[] {
  return replies.flatMap((r) => r.suggestedActions?.actions.map((a) => String(a.value ?? a.title)) ?? []);
}

export function adaptiveCards(replies: ReplyActivity[]): unknown[] {
  return replies
    .flatMap((r) => r.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}
