import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What compresses: text. Images and fonts are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/;

/** Below this a compressed copy saves less than its headers cost. */
const smallest = 1024;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * Issue 15, item 4: at the end of the build, every text file of the bundle gets a brotli (.br, at
 * the highest quality: it is done once) and a gzip (.gz) copy beside it, which the server sends
 * as they are (server/src/http/static-files.ts). Compression is node:zlib's.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rongrian-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    async closeBundle() {
      for await (const path of filesUnder(outDir)) {
        if (!compressible.test(path) || (await stat(path)).size < smallest) continue;
        const content = await readFile(path);
        await writeFile(`${path}.br`, await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        await writeFile(`${path}.gz`, await gzipped(content, { level: 9 }));
      }
    },
  };
}
