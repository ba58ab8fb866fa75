import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { CACHE_CONTROL, isPrivateBuildFile, securityHeaders } from '../../../config/security-headers';
import { demoDirectory } from './demo-directory';
import { GRAPH_MAX_PARAM_LENGTH, type LocalGraphOptions, registerLocalGraph } from './graph';
import { checkHost } from './graph/bound-address';
import { editPractice, withdrawPractice } from '../services/edit-practice';
import type { HubService } from '../services/hub-access';
import { registerPageFallback } from './page-fallback';
import { LOCAL_HUB, localCallerVerifier, localGraphAccess, localSiteTenancy } from './local-wiring';
import { publishPractice } from '../services/publish-practice';
import { recordAdoption } from '../services/record-adoption';
import { registerPlan } from '../services/register-plan';

const DEMO_TENANTS: readonly string[] = ['demo-trust', 'second-demo-trust'];

/** Every api function that changes the hub, at the path Azure serves it under. */
const LOCAL_HUB_FUNCTIONS: Readonly<Record<string, HubService>> = {
  '/api/publish-practice': publishPractice,
  '/api/edit-practice': editPractice,
  '/api/withdraw-practice': withdrawPractice,
  '/api/record-adoption': recordAdoption,
  '/api/register-plan': registerPlan,
};

export interface LocalServerOptions {
  /** The built tab (Vite's `dist/`). */
  distDir: string;
  /** The document served as `/config.json`. */
  runtimeConfig: Record<string, unknown>;
  /** The local SharePoint-lists store, mounted at `/graph/v1.0` when given. */
  graph?: LocalGraphOptions;
}

/**
 * The one process behind `npm start`: the tab, its runtime configuration, and the demo directory.
 * The local SharePoint-lists store mounts at `/graph/v1.0` in this same process.
 */
export async function createLocalServer(options: LocalServerOptions): Promise<FastifyInstance> {
  // Graph's composite site ids (`host,guid,guid`) are longer than Fastify's default 100-character parameter limit.
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: GRAPH_MAX_PARAM_LENGTH } });
  // Every route, the tab's included: only requests that name this server by its bound address.
  app.addHook('onRequest', checkHost);

  // The same headers the Static Web App serves (config/security-headers.ts), on every response.
  const headers = securityHeaders();
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(headers);
  });

  app.get('/config.json', async (_request, reply) => {
    reply.header('Cache-Control', CACHE_CONTROL.configJson);
    return options.runtimeConfig;
  });

  // The local sign-in lists the demo trust's people; `?tenant=second-demo-trust` lists the second trust's.
  app.get<{ Querystring: { tenant?: string } }>('/local/directory', async (request, reply) => {
    const tenant = request.query.tenant ?? 'demo-trust';
    if (!DEMO_TENANTS.includes(tenant)) {
      return reply.code(400).send({ error: { code: 'invalidRequest', message: `tenant must be one of ${DEMO_TENANTS.join(', ')}; it is "${tenant}".` } });
    }
    return {
      users: demoDirectory.filter((person) => person.tenant === tenant).map(({ id, displayName, email, role }) => ({ id, displayName, email, role })),
    };
  });

  if (options.graph) {
    await registerLocalGraph(app, options.graph);
    // The api's hub functions, served here as Azure serves them: the caller's token, the app's own rights.
    for (const [path, service] of Object.entries(LOCAL_HUB_FUNCTIONS)) {
      app.post(path, async (request, reply) => {
        const address = app.server.address();
        const port = typeof address === 'object' && address !== null ? address.port : 0;
        const result = await service(
          { graph: localGraphAccess(`http://127.0.0.1:${port}/graph/v1.0`), hub: LOCAL_HUB, verifier: localCallerVerifier, sites: localSiteTenancy },
          { authorization: request.headers.authorization, body: request.body },
        );
        if ('headers' in result && result.headers) reply.headers(result.headers);
        return reply.code(result.status).send(result.body);
      });
    }
  }

  await app.register(fastifyStatic, {
    root: options.distDir,
    index: ['index.html'],
    // Vite's build manifest and the static host's configuration are build files, not the tab's: 404.
    allowedPath: (pathName) => !isPrivateBuildFile(pathName),
    // index.html names hashed assets, so it must be revalidated; the assets themselves never change.
    setHeaders: (reply, path) => {
      reply.header('Cache-Control', path.endsWith('index.html') ? CACHE_CONTROL.indexHtml : CACHE_CONTROL.hashedAsset);
    },
  });
  // Teams and static hosts serve only index.html; here, too, a page's address without its `#` opens the tab.
  registerPageFallback(app);

  return app;
}
