import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environmentVariables } from '../src/config.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Every variable config.ts reads is documented where an operator looks for it. */

describe('documentation of the configuration', () => {
  it('lists every variable in .env.example and in the README', () => {
    const example = read('.env.example');
    const readme = read('README.md');
    for (const name of environmentVariables) {
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});
