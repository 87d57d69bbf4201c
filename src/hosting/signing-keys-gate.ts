// When the OpenID metadata (the signing keys of Bot Framework tokens) cannot be fetched, the SDK tries
// again on the next request, and the next: every request would wait for a dead endpoint. After a
// failure the gate stays closed for `retryMs`, answering "unavailable" at once; then one request
// tries again while the others keep being turned away.

export class SigningKeysGate {
  private closedUntil = 0;
  private probing = false;

  constructor(
    readonly retryMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait when requests are turned away now, or undefined when this request may go on. */
  refuse(): number | undefined {
    if (this.closedUntil === 0) return undefined;
    const left = this.closedUntil - this.now();
    if (left > 0 || this.probing) return Math.max(1, Math.ceil(left / 1000));
    this.probing = true;
    return undefined;
  }

  /** The keys could not be fetched. */
  failed(): void {
    this.closedUntil = this.now() + this.retryMs;
    this.probing = false;
  }

  /** The keys were there (the token was verified, or refused for another reason). */
  succeeded(): void {
    this.closedUntil = 0;
    this.probing = false;
  }

  get closed(): boolean {
    return this.closedUntil !== 0;
  }
}
