import fc from 'fast-check';
import { z } from 'zod';
import { checkWebAddress, HOSTED_LINKS, LOCAL_LINKS, webAddress, zodIssuesToFieldErrors } from '../../../src/domain/shared';

describe('web addresses', () => {
  test.each([
    ['https://example.nhs.uk/report.pdf', 'https://example.nhs.uk/report.pdf', 'example.nhs.uk'],
    ['  HTTPS://Example.NHS.uk/a?b=c#d  ', 'https://example.nhs.uk/a?b=c#d', 'example.nhs.uk'],
    ['https://example.org:8443/x', 'https://example.org:8443/x', 'example.org:8443'],
    // A look-alike host in Cyrillic shows as its ASCII (punycode) form.
    ['https://аpple.com/', 'https://xn--pple-43d.com/', 'xn--pple-43d.com'],
  ])('%j is accepted everywhere, as %j on %j', (input, href, host) => {
    for (const rules of [HOSTED_LINKS, LOCAL_LINKS]) expect(checkWebAddress(input, rules)).toEqual({ ok: true, href, host });
  });

  test.each([
    ['javascript:alert(1)', 'must be a web address starting https://'],
    ['JavaScript:alert(document.cookie)', 'must be a web address starting https://'],
    ['data:text/html,<script>alert(1)</script>', 'must be a web address starting https://'],
    ['vbscript:msgbox', 'must be a web address starting https://'],
    ['file:///etc/passwd', 'must be a web address starting https://'],
    ['http://example.org/', 'must be a web address starting https://'],
    ['ftp://example.org/', 'must be a web address starting https://'],
    ['example.org/report', 'must be a web address starting https://'],
    ['', 'must be a web address starting https://'],
    ['java\tscript:alert(1)', 'must be a web address starting https://, with no spaces'],
    ['https://exa mple.org', 'must be a web address starting https://, with no spaces'],
    ['https://example.org/\u202Efdp.exe', 'must be a web address starting https://, with no hidden characters'],
    ['https://user:secret@example.org/', 'must be a web address starting https://, with no user name or password in it'],
    ['http://127.0.0.1:53000/', 'must be a web address starting https:// (http:// is accepted only for this computer in local mode)'],
  ])('%j is refused in Teams: %s', (input, problem) => {
    expect(checkWebAddress(input, HOSTED_LINKS)).toEqual({ ok: false, problem });
  });

  test.each([
    ['http://127.0.0.1:53000/actions', true],
    ['http://localhost/x', true],
    ['http://[::1]:8080/', true],
    ['http://127.0.0.2/', false],
    ['http://localhost.evil.example/', false],
    ['javascript:alert(1)', false],
  ])('in local mode, %j accepted: %p', (input, accepted) => {
    expect(checkWebAddress(input, LOCAL_LINKS).ok).toBe(accepted);
  });

  test('the stored-link schema names the field and quotes the address it refused', () => {
    const schema = z.strictObject({ evidenceUrl: webAddress });
    const result = schema.safeParse({ evidenceUrl: 'javascript:alert(1)' }, { reportInput: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodIssuesToFieldErrors(result.error.issues).map((error) => error.message)).toEqual([
      'evidenceUrl must be a web address starting https:// (got "javascript:alert(1)")',
    ]);
    expect(schema.parse({ evidenceUrl: ' https://example.org/a ' })).toEqual({ evidenceUrl: 'https://example.org/a' });
  });

  test('property: whatever is accepted opens over https (or http to this computer locally), and shows its host', () => {
    const candidates = fc.oneof(
      fc.webUrl({ validSchemes: ['https', 'http', 'ftp'], withQueryParameters: true, withFragments: true }),
      fc.string(),
      fc.tuple(fc.constantFrom('javascript:', 'data:', 'JaVaScRiPt:', ' javascript:', 'vbscript:'), fc.string()).map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(candidates, fc.boolean(), (text, local) => {
        const check = checkWebAddress(text, local ? LOCAL_LINKS : HOSTED_LINKS);
        const url = check.ok ? new URL(check.href) : undefined;
        const opensSafely =
          url !== undefined && (url.protocol === 'https:' || (local && url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)));
        const showsItsHost = url !== undefined && check.ok && check.host === url.host && check.href === url.href;
        expect(check.ok ? opensSafely && showsItsHost : check.problem.startsWith('must be a web address starting https://')).toBe(true);
      }),
    );
  });
});
