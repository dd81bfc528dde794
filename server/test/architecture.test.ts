import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of ARCHITECTURE.md, checked on the import specifiers of every file under
 * src/modules: a domain that knows no transport. Only a module's resolvers (`*.resolver.ts`, the
 * GraphQL Context) and HTTP routes (`*.routes.ts`, their request scope) may import the transport
 * (src/graphql/, src/http/, and the packages that speak GraphQL or HTTP); none imports the
 * composition root, which imports them.
 */
const server = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(server, 'src');
const transportFolders = [join(src, 'graphql'), join(src, 'http')];
/** What assembles the app from the modules: a module importing one would import itself. */
const compositionRoot = [
  'app.ts',
  'main.ts',
  'graphql/server.ts',
  'graphql/apollo.ts',
  'graphql/websocket.ts',
  'graphql/schema.ts',
  'http/routes.ts',
].map((file) => join(src, file));
/** Packages of the transport; type-graphql is not one (its decorators describe the module's own types). */
const transportPackage = /^(graphql|graphql-ws|ws|express|helmet|@apollo\/[^/]+|@as-integrations\/[^/]+)(\/|$)/;
const facesTransport = /\.(resolver|routes)\.ts$/;

interface Import {
  /** The importing file, relative to server/. */
  file: string;
  specifier: string;
  /** The file a relative specifier names (`.js` as written, the `.ts` it compiles from); null for a package. */
  target: string | null;
}

function importsOf(path: string): Import[] {
  // Static imports, `export … from`, `import type`, dynamic `import()` and `require` alike.
  const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => ({
    file: relative(server, path),
    specifier: fileName,
    target: fileName.startsWith('.') ? resolve(dirname(path), fileName).replace(/\.js$/, '.ts') : null,
  }));
}

const moduleFiles = (readdirSync(join(src, 'modules'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(src, 'modules', file));
const imports = moduleFiles.flatMap(importsOf);
const within = (folder: string, path: string | null) => path !== null && path.startsWith(`${folder}/`);
const described = ({ file, specifier }: Import) => `${file} imports '${specifier}'`;

describe('a domain that knows no transport (ARCHITECTURE.md)', () => {
  it('reads the imports of every module file', () => {
    expect(moduleFiles.length).toBeGreaterThan(100);
    expect(imports.some((entry) => entry.target?.endsWith('/graphql/context.ts'))).toBe(true);
    for (const file of compositionRoot) expect(existsSync(file), file).toBe(true);
  });

  it('only resolvers and routes import from src/graphql/ or src/http/', () => {
    const offending = imports.filter(
      (entry) => !facesTransport.test(entry.file) && transportFolders.some((folder) => within(folder, entry.target)),
    );
    expect(offending.map(described)).toEqual([]);
  });

  it('only resolvers and routes import a package of the transport (graphql, express, Apollo …)', () => {
    const offending = imports.filter(
      (entry) => !facesTransport.test(entry.file) && entry.target === null && transportPackage.test(entry.specifier),
    );
    expect(offending.map(described)).toEqual([]);
  });

  it('no module file imports the composition root (graphql/server.ts, apollo.ts, websocket.ts, schema.ts, http/routes.ts, app.ts)', () => {
    const offending = imports.filter((entry) => entry.target !== null && compositionRoot.includes(entry.target));
    expect(offending.map(described)).toEqual([]);
  });
});
