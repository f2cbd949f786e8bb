import { describe, expect, it } from 'vitest';
import { parseConnections, parseOptions } from './options.ts';

const PG = { BENCH_DATABASE_URL: 'postgres://bench@127.0.0.1:5432/umbrella_bench' };

describe('parseOptions', () => {
  it('defaults to PostgreSQL at 1, 16 and 64 connections for 10 s', () => {
    expect(parseOptions([], PG)).toMatchObject({
      database: 'postgres',
      databaseUrl: PG.BENCH_DATABASE_URL,
      port: 3100,
      durationSeconds: 10,
      connections: [1, 16, 64],
      only: [],
      skipBaseline: false,
      out: null,
    });
  });

  it('prefers BENCH_DATABASE_URL to DATABASE_URL', () => {
    expect(parseOptions([], { DATABASE_URL: 'postgres://app@h/db' }).databaseUrl).toBe('postgres://app@h/db');
    expect(parseOptions([], { ...PG, DATABASE_URL: 'postgres://app@h/db' }).databaseUrl).toBe(
      PG.BENCH_DATABASE_URL,
    );
  });

  it('refuses to run on PostgreSQL without a URL, or with something else', () => {
    expect(() => parseOptions([], {})).toThrow(/BENCH_DATABASE_URL/);
    expect(() => parseOptions([], { BENCH_DATABASE_URL: 'mysql://x' })).toThrow(/postgres:\/\//);
  });

  it('runs the embedded database lighter, ignoring DATABASE_URL', () => {
    for (const argv of [['--embedded'], ['--db', 'pglite']]) {
      expect(parseOptions(argv, { DATABASE_URL: 'postgres://app@h/db' })).toMatchObject({
        database: 'pglite',
        databaseUrl: undefined,
        durationSeconds: 5,
        connections: [1, 4, 16],
      });
    }
    expect(parseOptions(['--embedded', '--quick'], {}).durationSeconds).toBe(2);
  });

  it('takes durations, levels, scenarios, port and output from the command line', () => {
    const options = parseOptions(
      [
        '--quick',
        '--connections',
        '64, 1,16,1',
        '--only',
        'my-work,stalled-cases',
        '--port',
        '3200',
        '--out',
        'x.md',
        '--no-baseline',
      ],
      PG,
    );
    expect(options).toMatchObject({
      durationSeconds: 3,
      connections: [1, 16, 64],
      only: ['my-work', 'stalled-cases'],
      port: 3200,
      out: 'x.md',
      skipBaseline: true,
    });
    expect(parseOptions(['--quick', '--duration', '30'], PG).durationSeconds).toBe(30);
  });

  it('refuses what it does not understand', () => {
    expect(() => parseOptions(['--db', 'mysql'], PG)).toThrow(/--db/);
    expect(() => parseOptions(['--embedded', '--db', 'postgres'], PG)).toThrow(/contradict/);
    expect(() => parseOptions(['--duration', '0'], PG)).toThrow(/--duration/);
    expect(() => parseOptions(['--fast'], PG)).toThrow();
    expect(() => parseConnections('1,x')).toThrow(/--connections/);
  });
});
