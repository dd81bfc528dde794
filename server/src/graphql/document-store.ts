import type { DocumentNode } from 'graphql';

/**
 * Issue 9, item 16: the cache of parsed and validated documents, bounded by what it really holds.
 *
 * Apollo Server's default store is an LRU of "30 MiB" by the length of each document's JSON; a
 * parsed document with its locations keeps its source and every token as well, about 50 bytes of
 * heap per source character, so that bound let a stream of large, valid, distinct documents (a
 * 900 KB string literal, say) hold over a hundred MB. This one counts source characters, keeps at
 * most `maxCharacters` of them (~50× that in heap) and never keeps a document longer than
 * `maxDocumentCharacters`: the web app's and the contract's documents are all far below that,
 * and all of them fit together many times over; anything longer is parsed again when it comes back.
 */
export class DocumentStore {
  private readonly documents = new Map<string, { document: DocumentNode; characters: number }>();
  private characters = 0;

  constructor(
    readonly maxCharacters = 200_000,
    readonly maxDocumentCharacters = 10_000,
  ) {}

  /** Source characters held now. */
  get size(): number {
    return this.characters;
  }

  get count(): number {
    return this.documents.size;
  }

  async get(key: string): Promise<DocumentNode | undefined> {
    const entry = this.documents.get(key);
    if (!entry) return undefined;
    // Most recently used last: Map keeps insertion order, so re-inserting marks the use.
    this.documents.delete(key);
    this.documents.set(key, entry);
    return entry.document;
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    // Without locations (parse's noLocation) the size is unknown: such a document is not kept.
    const characters = document.loc?.source.body.length ?? Number.POSITIVE_INFINITY;
    if (characters > this.maxDocumentCharacters) return;
    await this.delete(key);
    this.documents.set(key, { document, characters });
    this.characters += characters;
    for (const [oldest, entry] of this.documents) {
      if (this.characters <= this.maxCharacters) break;
      this.documents.delete(oldest);
      this.characters -= entry.characters;
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.documents.get(key);
    if (!entry) return false;
    this.documents.delete(key);
    this.characters -= entry.characters;
    return true;
  }
}
