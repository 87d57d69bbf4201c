// Sets of topics as bits, one per topic: ranking asks for every candidate fact whether it is about a topic the
// question names, and testing bits costs less than looking each topic up in the fact's set.

/** A set of topics (see TopicBits). */
export type TopicMask = Readonly<Uint32Array>;

export class TopicBits {
  private readonly bit = new Map<string, number>();
  private readonly words: number;

  /** `ids`: every topic a mask may hold (a topic outside them is in no mask). */
  constructor(ids: Iterable<string>) {
    for (const id of ids) if (!this.bit.has(id)) this.bit.set(id, this.bit.size);
    this.words = Math.max(1, Math.ceil(this.bit.size / 32));
  }

  /** The topics as a mask (those outside the ids given at the start are left out). */
  of(ids: Iterable<string>): TopicMask {
    const mask = new Uint32Array(this.words);
    for (const id of ids) {
      const b = this.bit.get(id);
      if (b !== undefined) mask[b >>> 5] |= 1 << (b & 31);
    }
    return mask;
  }
}

/** Whether the two masks have a topic in common. */
export function sharesTopic(a: TopicMask, b: TopicMask): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] & b[i]) !== 0) return true;
  return false;
}
