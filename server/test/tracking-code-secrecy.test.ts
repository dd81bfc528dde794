import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { websiteForm } from './factories.js';
import { errorCode, type GraphQLResponse } from './graphql-client.js';
import { spawnServer } from './server-process.js';

/**
 * Contract, "The citizen's channel": the tracking code is "never written in clear anywhere
 * (database, audit, logs)". The server as `npm start` runs it, on an embedded PostgreSQL of its own,
 * at LOG_LEVEL=trace; the code goes through every call that takes it, as typed by people (lower
 * case, spaces, no dashes) and refused ones too. Then, with the server stopped, every byte it left
 * on disk — the database's tables, indexes, write-ahead log and PostgreSQL's own log, in DATA_DIR —
 * and everything it printed are searched for the code, in any case, with or without separators.
 */
const normalised = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) yield* filesUnder(path);
    else if (stat?.isFile()) yield path;
  }
}

describe('the tracking code in clear', () => {
  it('is nowhere on disk (tables, audit, WAL, PostgreSQL log) nor in the server log, whatever the calls do with it', async () => {
    const dataDir = `/tmp/rongrian-code-secrecy-${process.pid}`;
    rmSync(dataDir, { recursive: true, force: true });
    const server = spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: 'trace', SEED_DEMO: 'true' });
    let code: string | undefined;
    // A control: text of the same complaint that is stored in clear, which the scan must find.
    const marker = `control-${Date.now().toString(36)}-in-clear`;
    try {
      const url = await server.started;
      const call = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as GraphQLResponse;
      };
      const sent = await call(operation('SubmitComplaint'), { input: websiteForm({ incidentPlace: marker }) });
      expect(sent.errors).toBeUndefined();
      code = (sent.data.submitComplaint as { trackingCode: string }).trackingCode;
      const typed = [
        code,
        code.toLowerCase(),
        code.replaceAll('-', ' '),
        code.replaceAll('-', ''),
        ` ${code.toLowerCase().replaceAll('-', '')} `,
      ];
      for (const variant of typed) expect((await call(operation('TrackComplaint'), { code: variant })).errors).toBeUndefined();
      expect(
        (await call(operation('SendTrackingMessage'), { input: { code: code.toLowerCase(), body: 'ขอทราบความคืบหน้า' } })).errors,
      ).toBeUndefined();
      // Refused calls carrying it: a blank message, an unknown field, a code one letter off (NOT_FOUND).
      expect(errorCode(await call(operation('SendTrackingMessage'), { input: { code, body: ' ' } }))).toBe('BAD_USER_INPUT');
      await call(`query($code: String!) { trackComplaint(code: $code) { nope } }`, { code });
      await call(`query { trackComplaint(code: "${code}") { receiptNumber nope } }`, {});
      const offByOne = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
      expect(errorCode(await call(operation('TrackComplaint'), { code: offByOne }))).toBe('NOT_FOUND');
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    try {
      const output = server.output();
      expect(output).toContain('"msg":"graphql"');
      expect(code).toBeDefined();
      expect(normalised(output)).not.toContain(normalised(code!));
      // The database stopped cleanly (a checkpoint): every table page and the WAL are on disk.
      const wanted = normalised(code!);
      let files = 0;
      let bytes = 0;
      let markerSeen = false;
      for (const path of filesUnder(dataDir)) {
        const content = readFileSync(path);
        files++;
        bytes += content.length;
        const text = normalised(content.toString('latin1'));
        expect(text.includes(wanted), `the code in clear in ${path}`).toBe(false);
        markerSeen ||= text.includes(normalised(marker));
      }
      expect(markerSeen, 'the scan sees the tables: the control text was found').toBe(true);
      expect(files).toBeGreaterThan(100);
      expect(bytes).toBeGreaterThan(10 * 2 ** 20);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
