import type { Rolldown } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import {
  bundleBudget,
  formatInitialJsReport,
  gzipBytes,
  INITIAL_JS_BUDGET_KB,
  measureInitialJs,
  type ChunkNode,
} from './bundle-budget.ts';

/** A chunk whose "gzipped size" is the length of its code, so the sums are easy to read. */
const chunk = (size: number, imports: string[] = [], isEntry = false): ChunkNode => ({
  code: 'x'.repeat(size),
  isEntry,
  imports,
});
const length = (code: string | Uint8Array) => code.length;

describe('measureInitialJs', () => {
  const graph = {
    'index.js': chunk(60_000, ['react.js', 'router.js'], true),
    'react.js': chunk(50_000),
    // Shared, and imported from two places: weighed once.
    'router.js': chunk(20_000, ['react.js', 'util.js']),
    'util.js': chunk(1_000, ['router.js']),
    // Loaded on demand (a lazy route and what only it imports): not initial.
    'charts.js': chunk(120_000, ['react.js', 'recharts.js']),
    'recharts.js': chunk(90_000),
  };

  it('counts the entry and its static imports, each once, and nothing loaded on demand', () => {
    const result = measureInitialJs(graph, 200, length);
    expect(result.chunks.map((c) => c.fileName)).toEqual(['index.js', 'react.js', 'router.js', 'util.js']);
    expect(result.totalGzipBytes).toBe(131_000);
    expect(result.budgetBytes).toBe(200_000);
    expect(result.overBudget).toBe(false);
  });

  it('is over budget above the limit, not at it', () => {
    expect(measureInitialJs(graph, 131, length).overBudget).toBe(false);
    expect(measureInitialJs(graph, 130.999, length).overBudget).toBe(true);
  });

  it('counts a chunk that is imported statically by mistake', () => {
    const careless = { ...graph, 'index.js': chunk(60_000, ['react.js', 'router.js', 'charts.js'], true) };
    const result = measureInitialJs(careless, 200, length);
    expect(result.totalGzipBytes).toBe(341_000);
    expect(result.overBudget).toBe(true);
  });

  it('ignores imports of files that are not chunks of the bundle', () => {
    const result = measureInitialJs({ 'index.js': chunk(10, ['missing.js'], true) }, 200, length);
    expect(result.chunks).toEqual([{ fileName: 'index.js', gzipBytes: 10 }]);
  });

  it('weighs gzipped bytes by default', () => {
    const code = 'const a = 1;\n'.repeat(1000);
    const result = measureInitialJs({ 'index.js': { code, isEntry: true, imports: [] } });
    expect(result.totalGzipBytes).toBe(gzipBytes(code));
    expect(result.totalGzipBytes).toBeLessThan(code.length / 10);
    expect(result.budgetBytes).toBe(INITIAL_JS_BUDGET_KB * 1000);
  });

  it('reports each chunk, the total and the budget in kB', () => {
    const report = formatInitialJsReport(measureInitialJs(graph, 200, length));
    expect(report).toContain('index.js');
    expect(report).toMatch(/util\.js\s+1\.00 kB/);
    expect(report).toMatch(/total\s+131\.00 kB {2}\(budget 200\.00 kB\)/);
    expect(report).not.toContain('charts.js');
  });
});

describe('the bundleBudget plugin', () => {
  /** A bundle as the build hands it over: two chunks and a stylesheet. */
  const bundle = {
    'assets/index.js': { type: 'chunk', code: 'x'.repeat(5000), isEntry: true, imports: ['assets/a.js'] },
    'assets/a.js': { type: 'chunk', code: 'y'.repeat(5000), isEntry: false, imports: [] },
    'assets/index.css': { type: 'asset', source: 'body{}' },
  } as unknown as Rolldown.OutputBundle;

  function run(budgetKb: number) {
    const plugin = bundleBudget({ budgetKb });
    const info = vi.fn();
    const error = vi.fn((message: string) => {
      throw new Error(message);
    });
    (plugin.configResolved as (config: unknown) => void)({ logger: { info } });
    const writeBundle = plugin.writeBundle as (
      this: unknown,
      options: unknown,
      b: Rolldown.OutputBundle,
    ) => void;
    const call = () => writeBundle.call({ error }, {}, bundle);
    return { call, info, error };
  }

  it('reports and passes within the budget', () => {
    const { call, info, error } = run(1);
    call();
    expect(error).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/assets\/a\.js[\s\S]*total/));
  });

  it('fails the build over the budget', () => {
    const { call, error } = run(0.01);
    expect(call).toThrow(/over its budget of 0\.01 kB/);
    expect(error).toHaveBeenCalledTimes(1);
  });
});
