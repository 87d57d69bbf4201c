// Where a turn that runs with deliveryMode "expectReplies" can still show something while it runs. The
// local Direct Line runs every turn that way and returns the replies when the turn ends; for a
// streamed answer it opens a live send for the conversation, which pushes activities straight to the
// conversation's WebSocket streams. One turn per conversation runs at a time there, so the
// conversation id names the turn.
import type { Activity } from 'botbuilder';

/** Sends an activity at once and returns the id it was given. */
export type LiveSend = (activity: Partial<Activity>) => string;

export class LiveReplies {
  private readonly sends = new Map<string, LiveSend>();

  /** Opens the live send of a conversation's running turn; the returned function closes it. */
  open(conversationId: string, send: LiveSend): () => void {
    this.sends.set(conversationId, send);
    return () => {
      if (this.sends.get(conversationId) === send) this.sends.delete(conversationId);
    };
  }

  get(conversationId: string): LiveSend | undefined {
    return this.sends.get(conversationId);
  }
}
