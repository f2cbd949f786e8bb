import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleServer, importPathFrom, isNpmPackage } from './bundle-server.ts';

describe('isNpmPackage', () => {
  it('is true of packages from npm, scoped or not, and their subpaths', () => {
    expect(isNpmPackage('pg')).toBe(true);
    expect(isNpmPackage('drizzle-orm/pg-core')).toBe(true);
    expect(isNpmPackage('@trpc/server/adapters/express')).toBe(true);
  });

  it('is false of workspace packages, relative paths and Node’s own modules', () => {
    expect(isNpmPackage('@umbrella/db')).toBe(false);
    expect(isNpmPackage('@umbrella/db/testing')).toBe(false);
    expect(isNpmPackage('./app.ts')).toBe(false);
    expect(isNpmPackage('../config.ts')).toBe(false);
    expect(isNpmPackage('node:fs')).toBe(false);
    expect(isNpmPackage('crypto')).toBe(false);
  });
});

describe('importPathFrom', () => {
  it('is relative to the bundle’s folder, with forward slashes', () => {
    expect(importPathFrom('/repo/apps/server/dist/main.js', '/repo/node_modules/pg/esm/index.mjs')).toBe(
      '../../../node_modules/pg/esm/index.mjs',
    );
    expect(importPathFrom('/repo/apps/server/dist/main.js', '/repo/apps/server/dist/chunk.js')).toBe(
      './chunk.js',
    );
  });
});

describe('bundleServer', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'umbrella-bundle-'));
  const outfile = path.join(outDir, 'main.js');

  it('bundles the workspace packages and imports every other package from a file that exists', async () => {
    await bundleServer(outfile);
    const code = readFileSync(outfile, 'utf8');
    const imported = [...code.matchAll(/\bfrom\s+"([^"]+)"|\bimport\s*\(\s*"([^"]+)"\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    expect(imported.filter((s) => s.startsWith('@umbrella/'))).toEqual([]);
    const npm = imported.filter((s) => s.startsWith('.'));
    expect(npm.some((s) => s.includes('/node_modules/') && s.includes('/pg/'))).toBe(true);
    for (const specifier of npm) expect(existsSync(path.resolve(outDir, specifier)), specifier).toBe(true);
  }, 60_000);

  it('gives the sources that find files beside themselves their own address', () => {
    const code = readFileSync(outfile, 'utf8');
    const migrationsBase =
      /new URL\("\.\.\/migrations", new URL\("([^"]+)", import\.meta\.url\)\.href\)/.exec(code)?.[1];
    expect(migrationsBase).toBeDefined();
    const migrationsFolder = path.resolve(outDir, path.dirname(migrationsBase ?? ''), '../migrations');
    expect(existsSync(path.join(migrationsFolder, 'meta/_journal.json'))).toBe(true);
  });
});
