import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from './document-store.js';

/** Issue 9, item 16: the cache of parsed documents holds a bounded amount, by what it really holds. */
describe('DocumentStore', () => {
  const document = (characters: number, name = 'Q') => parse(`query ${name} { me { id } }`.padEnd(characters, ' '));

  it('keeps at most maxCharacters of source, dropping the least recently used first', async () => {
    const store = new DocumentStore(10_000, 5_000);
    for (let i = 0; i < 5; i++) await store.set(`d${i}`, document(3_000, `Q${i}`));
    expect(store.size).toBeLessThanOrEqual(10_000);
    expect(store.count).toBe(3);
    expect(await store.get('d0')).toBeUndefined();
    // Reading d2 makes it the most recent: the next one in pushes d3 out, not d2.
    expect(await store.get('d2')).toBeDefined();
    await store.set('d5', document(3_000, 'Q5'));
    expect(await store.get('d2')).toBeDefined();
    expect(await store.get('d3')).toBeUndefined();
  });

  it('never keeps a document longer than maxDocumentCharacters, nor one of unknown size', async () => {
    const store = new DocumentStore();
    await store.set('large', document(store.maxDocumentCharacters + 1));
    await store.set('no location', parse('{ me { id } }', { noLocation: true }));
    expect(store.count).toBe(0);
    await store.set('small', document(500));
    expect(store.size).toBe(500);
  });

  it('is sized for every document the web app and the contract send, many times over', () => {
    const store = new DocumentStore();
    // The web app's longest document is about 1,600 characters, all 21 together about 6,600.
    expect(store.maxDocumentCharacters).toBeGreaterThanOrEqual(5 * 1_600);
    expect(store.maxCharacters).toBeGreaterThanOrEqual(20 * 6_600);
    // … and at ~50 bytes of heap per character it holds about 10 MB at most.
    expect(store.maxCharacters * 50).toBeLessThanOrEqual(16 * 1024 * 1024);
  });
});
