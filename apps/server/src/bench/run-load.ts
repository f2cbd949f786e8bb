import autocannon from 'autocannon';
import type { EndpointMeasurement } from './measurements.ts';
import { summariseLatencies } from './percentiles.ts';
import { sampleRss } from './server-rss.ts';
import { apiHeaders, batchBody, batchPath, describeFailure, type ProcedureCall } from './trpc-http.ts';

export interface LoadOptions {
  baseUrl: string;
  cookie: string;
  /** Each request is one variant (a batch of calls), rotating through them across all connections. */
  variants: readonly (readonly ProcedureCall[])[];
  connections: number;
  durationSeconds: number;
  /** The process whose RSS is sampled during the run. */
  serverPid: number | null;
}

const MAX_ERROR_SAMPLES = 3;

/**
 * Loads the server with autocannon: `connections` keep-alive connections, each sending the next variant as soon
 * as its previous answer arrives, for `durationSeconds`. Every answer's latency is kept, so p95 is exact
 * (autocannon's own histogram reports p97.5, not p95). An answer other than 200 is an error: a batch whose
 * calls disagree comes back 207.
 */
export async function runLoad(options: LoadOptions): Promise<EndpointMeasurement> {
  if (options.variants.length === 0) throw new Error('nothing to send');
  const prepared = options.variants.map((calls) => ({ path: batchPath(calls), body: batchBody(calls) }));
  let next = 0;
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  const errorSamples: string[] = [];
  const rss = options.serverPid === null ? null : sampleRss(options.serverPid);

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: 10,
        method: 'POST',
        headers: apiHeaders(options.baseUrl, options.cookie),
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const variant = prepared[next++ % prepared.length] as (typeof prepared)[number];
              return { ...request, path: variant.path, body: variant.body };
            },
            onResponse: (status, body) => {
              if (status === 200 || errorSamples.length >= MAX_ERROR_SAMPLES) return;
              const sample = describeFailure(status, body);
              if (!errorSamples.includes(sample)) errorSamples.push(sample);
            },
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });

  const peakRssBytes = rss?.stop() ?? null;
  const answered = latencies.length;
  const refused = answered - (statusCounts['200'] ?? 0);
  const durationSeconds = result.duration > 0 ? result.duration : options.durationSeconds;
  return {
    requests: answered,
    durationSeconds,
    requestsPerSecond: answered / durationSeconds,
    latency: summariseLatencies(latencies),
    errors: refused + result.errors,
    statusCounts,
    timeouts: result.timeouts,
    peakRssBytes,
    errorSamples,
  };
}
