import { gzipSync } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

/**
 * The most JavaScript, gzipped, that the browser may have to load before the first render: the entry chunk
 * and every chunk it imports statically (those `index.html` preloads). Route chunks loaded on demand do not
 * count. One kB is 1,000 bytes, as in Vite's own report. Raise it only with a reason in the commit message.
 */
export const INITIAL_JS_BUDGET_KB = 200;

/** What the check needs of one chunk of the bundle. */
export interface ChunkNode {
  code: string | Uint8Array;
  isEntry: boolean;
  /** The chunks this one imports statically (dynamic imports are left out: they load on demand). */
  imports: readonly string[];
}

export interface InitialChunk {
  fileName: string;
  gzipBytes: number;
}

export interface InitialJs {
  /** The entry chunks first, then what they import, each once, in the order first reached. */
  chunks: InitialChunk[];
  totalGzipBytes: number;
  budgetBytes: number;
  overBudget: boolean;
}

/** The gzipped size of some code, in bytes (zlib's default level, as a web server would send it). */
export function gzipBytes(code: string | Uint8Array): number {
  return gzipSync(code).length;
}

/**
 * The chunks the browser needs before the first render (every entry and, transitively, its static imports)
 * and their gzipped total against the budget. Pure but for `size`, which tests may replace.
 */
export function measureInitialJs(
  graph: Readonly<Record<string, ChunkNode>>,
  budgetKb: number = INITIAL_JS_BUDGET_KB,
  size: (code: string | Uint8Array) => number = gzipBytes,
): InitialJs {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const node = graph[fileName];
    // An import of something that is not JavaScript (or not in this bundle) is no chunk to weigh.
    if (!node) return;
    order.push(fileName);
    for (const imported of node.imports) visit(imported);
  };
  for (const [fileName, node] of Object.entries(graph)) if (node.isEntry) visit(fileName);

  const chunks = order.map((fileName) => ({ fileName, gzipBytes: size(graph[fileName]!.code) }));
  const totalGzipBytes = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const budgetBytes = budgetKb * 1000;
  return { chunks, totalGzipBytes, budgetBytes, overBudget: totalGzipBytes > budgetBytes };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** A few lines for the build's output: each initial chunk, the total and the budget. */
export function formatInitialJsReport(result: InitialJs): string {
  const width = Math.max(...result.chunks.map((chunk) => chunk.fileName.length), 'total'.length);
  const lines = [
    'Initial JavaScript (gzipped), loaded before the first render:',
    ...result.chunks.map((chunk) => `  ${chunk.fileName.padEnd(width)}  ${kb(chunk.gzipBytes).padStart(10)}`),
    `  ${'total'.padEnd(width)}  ${kb(result.totalGzipBytes).padStart(10)}  (budget ${kb(result.budgetBytes)})`,
  ];
  return lines.join('\n');
}

/**
 * Reports the initial JavaScript after every production build, and fails the build when it is over the
 * budget (see `INITIAL_JS_BUDGET_KB`).
 */
export function bundleBudget(options: { budgetKb?: number } = {}): Plugin {
  const budgetKb = options.budgetKb ?? INITIAL_JS_BUDGET_KB;
  let logger: Pick<Logger, 'info'> | undefined;
  return {
    name: 'umbrella:bundle-budget',
    apply: 'build',
    // Once the files are written: what is weighed is exactly what the browser gets.
    enforce: 'post',
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(_options, bundle) {
      const graph: Record<string, ChunkNode> = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') {
          graph[fileName] = { code: output.code, isEntry: output.isEntry, imports: output.imports };
        }
      }
      const result = measureInitialJs(graph, budgetKb);
      logger?.info(`\n${formatInitialJsReport(result)}`);
      if (result.overBudget) {
        this.error(
          `The initial JavaScript is ${kb(result.totalGzipBytes)} gzipped, over its budget of ` +
            `${kb(result.budgetBytes)}. Load the heavy parts on demand (a lazy route, a dynamic import) ` +
            'rather than raising the budget.',
        );
      }
    },
  };
}
