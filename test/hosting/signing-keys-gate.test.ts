import { SigningKeysGate } from '../../src/hosting/signing-keys-gate';

describe('SigningKeysGate', () => {
  it('lets requests through until a fetch fails, then turns them away for the interval, then lets one try', () => {
    let now = 0;
    const gate = new SigningKeysGate(30_000, () => now);
    expect(gate.refuse()).toBeUndefined();
    gate.failed();
    expect(gate.refuse()).toBe(30);
    now += 29_000;
    expect(gate.refuse()).toBe(1);
    now += 1_001;
    expect(gate.refuse()).toBeUndefined(); // the one that tries again
    expect(gate.refuse()).toBe(1); // the others wait for it
    gate.failed();
    expect(gate.refuse()).toBe(30);
    now += 30_001;
    expect(gate.refuse()).toBeUndefined();
    gate.succeeded();
    expect(gate.refuse()).toBeUndefined();
    expect(gate.closed).toBe(false);
  });
});
