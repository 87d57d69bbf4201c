import type { IncomingMessage } from 'node:http';
import { bareAddress, clientAddress, clientKey } from '../../src/rate-limit/client-address';

const request = (remoteAddress: string, forwardedFor?: string | string[]) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('client address', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    ['1.2.3.4:5678', '1.2.3.4'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['not-an-address', undefined],
    ['1.2.3.4, 5.6.7.8', undefined],
  ])('bareAddress(%j) = %j', (entry, expected) => {
    expect(bareAddress(entry)).toBe(expected);
  });

  it('is the socket address without a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('::ffff:10.0.0.9', '6.6.6.6'), 0)).toBe('10.0.0.9');
  });

  it('is the entry the trusted proxies appended, counted from the right; what the client sent is ignored', () => {
    // App Service: the client sent "6.6.6.6", the front end appended the real address with its port.
    expect(clientAddress(request('10.0.0.9', '6.6.6.6, 203.0.113.7:51234'), 1)).toBe('203.0.113.7');
    // Two proxies (Front Door, then App Service).
    expect(clientAddress(request('10.0.0.9', ['6.6.6.6, 203.0.113.7', '198.51.100.2']), 2)).toBe('203.0.113.7');
    // Fewer entries than proxies: the leftmost there is.
    expect(clientAddress(request('10.0.0.9', '203.0.113.7'), 2)).toBe('203.0.113.7');
    // Garbage in the header: the socket.
    expect(clientAddress(request('10.0.0.9', 'x'), 1)).toBe('10.0.0.9');
  });

  it('keys IPv6 clients by their /64 and never holds the address as it is', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey('203.0.113.7')).not.toBe(clientKey('203.0.113.8'));
    expect(clientKey('203.0.113.7')).not.toContain('203');
  });
});
