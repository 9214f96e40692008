/** Node adapter entry: the app on @hono/node-server (cache hits answered in front of it, api/fast-hits.ts), with its warehouse handle. */
import { createServer, type RequestListener, type ServerOptions as HttpOptions } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from '../config/index.ts';
import { createApp, type AppOptions, type RunJob } from './app.ts';
import { openWarehouse } from './warehouse.ts';
import { lineSink } from './line-sink.ts';
import { fastHitParts, nodeHits } from './fast-hits.ts';

export interface ServerOptions {
  config: Config;
  /** Default config.port; 0 picks a free port. */
  port?: number;
  /** Default 0.0.0.0 (all interfaces). */
  host?: string;
  runJob?: RunJob;
  jobStatus?: AppOptions['jobStatus'];
  staticDir?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const log = opts.log ?? lineSink(process.stdout);
  const warehouse = openWarehouse(opts.config.data.warehouse, { log });
  const app = createApp({
    config: opts.config,
    warehouse,
    runJob: opts.runJob,
    jobStatus: opts.jobStatus,
    staticDir: opts.staticDir,
    log,
  });
  const host = opts.host ?? '0.0.0.0';
  let server!: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    const parts = fastHitParts(app);
    server = serve(
      {
        fetch: app.fetch,
        port: opts.port ?? opts.config.port,
        hostname: host,
        // cache hits answered from node's request, in front of node-server's listener (api/fast-hits.ts)
        createServer: ((options: HttpOptions, listener: RequestListener) =>
          createServer(options, parts ? nodeHits(listener, parts) : listener)) as typeof createServer,
      },
      (info) => resolve(info.port),
    );
    server.once('error', reject);
  });
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await warehouse.close();
    },
  };
}
