import { tmpdir } from 'node:os';
import { createLocalServer } from '../../../api/src/local/server';

test('the local sign-in lists the demo trust by default and the second trust with ?tenant=second-demo-trust', async () => {
  const server = await createLocalServer({ distDir: tmpdir(), runtimeConfig: {} });
  const emails = async (url: string): Promise<string[]> =>
    (await server.inject({ method: 'GET', url })).json<{ users: { email: string }[] }>().users.map((user) => user.email);
  const demo = await emails('/local/directory');
  const second = await emails('/local/directory?tenant=second-demo-trust');
  expect(demo).toContain('lead@demo-trust.example');
  expect(demo.every((email) => email.endsWith('@demo-trust.example'))).toBe(true);
  expect(second.toSorted()).toEqual([
    'daniel.kowalski@second-trust.example',
    'fatima.begum@second-trust.example',
    'lead@second-trust.example',
    'viewer@second-trust.example',
  ]);
  expect([...demo, ...second]).not.toContain('reminders@service.example');
  expect((await server.inject({ method: 'GET', url: '/local/directory?tenant=elsewhere' })).statusCode).toBe(400);
  await server.close();
});
