import { describe, expect, it } from 'vitest';
import { accountKey, addressKey, totpKey } from './throttle.ts';

describe('attempt keys', () => {
  it('treats an e-mail address the same whatever its case and spacing', () => {
    expect(accountKey(' Someone@Example.test ')).toBe(accountKey('someone@example.test'));
    expect(accountKey('someone@example.test')).not.toContain('someone');
  });

  it('counts second-factor failures apart from password failures', () => {
    expect(totpKey('a')).not.toBe(accountKey('a'));
  });

  it('limits IPv6 clients per /64 and IPv4 clients per address', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
  });
});
