import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../src/main/security/content-security-policy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name as string, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const header = directives(contentSecurityPolicy('header'));

  it('denies by default and allows scripts only from the app itself', () => {
    expect(header.get('default-src')).toBe("'none'");
    expect(header.get('script-src')).toBe("'self'");
  });

  it('allows no inline script, no eval and no remote origin anywhere', () => {
    const policy = contentSecurityPolicy('header');
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|wss?:|\*|data:|blob:/);
  });

  it('lets the page connect nowhere and embed nothing', () => {
    for (const name of [
      'connect-src',
      'object-src',
      'frame-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(header.get(name), name).toBe("'none'");
    }
  });

  it("runs workers (pdf.js reading the handout) only from the app's own files", () => {
    expect(header.get('worker-src')).toBe("'self'");
  });

  it('leaves out of the meta tag only what a meta tag cannot carry', () => {
    const meta = directives(contentSecurityPolicy('meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual(
      [...header.keys()].filter((name) => name !== 'frame-ancestors'),
    );
  });
});
