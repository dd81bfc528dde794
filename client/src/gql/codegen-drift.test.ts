import { generate } from '@graphql-codegen/cli';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen';

// style.md rule 4: generated files are checked in and CI fails on drift. Regenerate from the same
// config into a temporary folder and compare with what is committed in src/gql.
const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const checkedIn = join(clientDir, 'src/gql');
let outDir: string | undefined;

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('GraphQL codegen', () => {
  it('matches the checked-in src/gql (run `npm run codegen -w client` after changing an operation)', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'rongrian-codegen-'));
    const [outputs] = Object.values(codegenConfig.generates);
    await generate(
      {
        ...codegenConfig,
        cwd: clientDir,
        silent: true,
        schema: join(clientDir, '../schema/schema.graphql'),
        documents: [join(clientDir, 'src/**/*.{ts,tsx}'), `!${join(clientDir, 'src/gql/**/*')}`],
        generates: { [`${outDir}/`]: outputs! },
      },
      true,
    );
    const generated = (await readdir(outDir)).sort();
    const committed = (await readdir(checkedIn)).filter((name) => !name.endsWith('.test.ts')).sort();
    expect(generated).toEqual(committed);
    for (const name of generated) {
      const fresh = await readFile(join(outDir, name), 'utf8');
      const kept = await readFile(join(checkedIn, name), 'utf8');
      expect(kept, `src/gql/${name} is stale`).toBe(fresh);
    }
  }, 60_000);
});
