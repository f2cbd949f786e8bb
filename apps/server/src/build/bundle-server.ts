import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * `pnpm start` runs this bundle under plain `node` rather than the TypeScript sources under tsx: tsx keeps a
 * loader thread with a JavaScript engine of its own and every compiled source in memory (about 80 MB more
 * resident memory, measured by `pnpm bench`).
 *
 * The workspace packages (@umbrella/*) export TypeScript, so they are bundled in. Every other package stays a
 * package: it is imported from where pnpm installed it, by relative path, so the bundle needs no dependency list
 * of its own (the server's code imports packages that only its workspace packages depend on).
 */

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_ENTRY = path.join(serverDir, 'src/main.ts');
export const SERVER_BUNDLE = path.join(serverDir, 'dist/main.js');

const WORKSPACE_PREFIX = '@umbrella/';

/** An import specifier of a package from npm (not a workspace package, a relative path or Node's own module). */
export function isNpmPackage(specifier: string): boolean {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return false;
  return !specifier.startsWith(WORKSPACE_PREFIX);
}

/** How the bundle at `bundleFile` imports the file `target`: a relative path with forward slashes. */
export function importPathFrom(bundleFile: string, target: string): string {
  const relative = path.relative(path.dirname(bundleFile), target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** npm packages stay outside the bundle, imported by path from where the importing package finds them. */
function npmPackagesByPath(bundleFile: string): Plugin {
  return {
    name: 'npm-packages-by-path',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving' || !isNpmPackage(args.path)) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'resolving',
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: importPathFrom(bundleFile, resolved.path), external: true };
      });
    },
  };
}

/**
 * A bundled module's `import.meta.url` would be the bundle's; sources that find files beside themselves
 * (the migrations, the web build) get their own address back, relative to the bundle so it can be moved with
 * the repository.
 */
function ownImportMetaUrl(bundleFile: string): Plugin {
  return {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const own = `new URL(${JSON.stringify(importPathFrom(bundleFile, args.path))}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
      });
    },
  };
}

/** Writes the server's bundle (and its source map) to `outfile`. */
export async function bundleServer(outfile = SERVER_BUNDLE): Promise<void> {
  await build({
    entryPoints: [SERVER_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Only what Node itself resolves: not the bundlers' `module` condition esbuild adds by default.
    conditions: ['node'],
    sourcemap: true,
    logLevel: 'warning',
    plugins: [npmPackagesByPath(outfile), ownImportMetaUrl(outfile)],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleServer();
