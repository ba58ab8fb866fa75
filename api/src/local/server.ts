import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { demoDirectory } from './demo-directory';
import { GRAPH_MAX_PARAM_LENGTH, type LocalGraphOptions, registerLocalGraph } from './graph';

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

  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/config.json', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return options.runtimeConfig;
  });

  // The local sign-in lists the demo trust's people; the second trust's people sign in from its own tab.
  app.get('/local/directory', async () => ({
    users: demoDirectory
      .filter((person) => person.tenant === 'demo-trust')
      .map(({ id, displayName, email, role }) => ({ id, displayName, email, role })),
  }));

  if (options.graph) await registerLocalGraph(app, options.graph);

  await app.register(fastifyStatic, {
    root: options.distDir,
    index: ['index.html'],
    // index.html names hashed assets, so it must be revalidated; the assets themselves never change.
    setHeaders: (reply, path) => {
      reply.header('Cache-Control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });

  return app;
}
