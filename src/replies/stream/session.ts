// One streamed answer. The answerer reports the text so far as often as the model writes; the session
// sends it as typing activities in the channel's format, never faster than the profile's interval
// (what arrives in between is merged: every chunk carries the whole text so far), numbers them 1, 2,
// 3 …, names the first chunk's id as the stream's id in the later ones, and turns the answer into the
// message that ends the stream. If the reader stops the stream, its signal aborts (the model request
// is cancelled) and no final message is sent; if streaming fails otherwise, the answer is sent as an
// ordinary message.
import type { Activity } from 'botbuilder';
import type { Clock } from './clock';
import type { ChunkKind, StreamProfile } from './format';

/** Sends one activity now and returns the id the channel gave it. */
export interface StreamTransport {
  send(activity: Partial<Activity>): Promise<string | undefined>;
}

type State = 'open' | 'finishing' | 'stopped' | 'failed';

export class StreamSession {
  private state: State = 'open';
  private sequence = 0;
  private streamId?: string;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private informative?: string;
  private text?: string;
  /** The latest text accepted from the answerer (sent or waiting). */
  private accepted = '';
  private pumping?: Promise<void>;
  private readonly stop = new AbortController();

  constructor(
    private readonly transport: StreamTransport,
    private readonly profile: StreamProfile,
    private readonly clock: Clock,
  ) {}

  /** Aborts when the reader stopped the answer. */
  get signal(): AbortSignal {
    return this.stop.signal;
  }

  /** How many chunks were sent. */
  get sent(): number {
    return this.sequence;
  }

  /** A progress note ("Leter i kildene …"), sent before the answer text; ignored once the text has started. */
  inform(text: string): void {
    if (this.state !== 'open' || this.accepted !== '') return;
    this.informative = text;
    this.kick();
  }

  /** The answer text so far. Text that does not continue what was accepted is ignored. */
  update(text: string): void {
    if (this.state !== 'open' || !text.startsWith(this.accepted) || text === this.accepted) return;
    this.accepted = text;
    this.text = text;
    this.kick();
  }

  /**
   * Ends the stream: waits for a chunk being sent, then returns the answer as the final message of the
   * stream (after the interval), as an ordinary message when nothing was streamed or streaming failed,
   * or undefined when the reader stopped it.
   */
  async finish(answer: Partial<Activity>): Promise<Partial<Activity> | undefined> {
    if (this.state === 'open') this.state = 'finishing';
    await this.pumping;
    if (this.state === 'stopped') return undefined;
    if (this.state === 'failed' || this.streamId === undefined) return answer;
    await this.waitForTurn();
    return this.profile.format.final(answer, this.streamId);
  }

  private kick(): void {
    this.pumping ??= this.pump();
  }

  private async pump(): Promise<void> {
    try {
      while (this.state === 'open' && (this.text !== undefined || this.informative !== undefined)) {
        await this.waitForTurn();
        if (this.state !== 'open') return;
        // A progress note goes first; of the answer text, whatever arrived while waiting goes in one send.
        if (this.informative !== undefined) {
          const note = this.informative;
          this.informative = undefined;
          await this.send(note, 'informative');
        } else if (this.text !== undefined) {
          const text = this.text;
          this.text = undefined;
          await this.send(text, 'streaming');
        }
      }
    } finally {
      // Cleared in the same step as the last look at the queue, so an update never waits for a pump that has ended.
      this.pumping = undefined;
    }
  }

  private async waitForTurn(): Promise<void> {
    for (let due = this.lastSentAt + this.profile.intervalMs; this.clock.now() < due; ) {
      await this.clock.sleep(due - this.clock.now());
    }
  }

  private async send(text: string, kind: ChunkKind): Promise<void> {
    const sequence = this.sequence + 1;
    try {
      const id = await this.transport.send(this.profile.format.chunk(text, kind, sequence, this.streamId));
      this.sequence = sequence;
      if (this.streamId === undefined) {
        // Without the first chunk's id the later ones cannot join it: send the answer as a message.
        if (!id) this.state = 'failed';
        this.streamId = id;
      }
    } catch (error) {
      this.state = this.profile.format.classify(error);
      if (this.state === 'stopped') this.stop.abort();
    } finally {
      this.lastSentAt = this.clock.now();
    }
  }
}
