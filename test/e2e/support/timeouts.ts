/**
 * The e2e project's per-test timeout: each test drives real Chromium against a real server, which on
 * a loaded two-core machine can be several times slower than alone. Generous, but bounded: a test
 * that hangs still fails, naming itself. Tests that do more (a 1,000-action import, a 1.5-million-row
 * file) set their own, longer bound; beforeAll hooks that start a server and Chromium set 180 s.
 */
jest.setTimeout(120_000);
