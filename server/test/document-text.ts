/**
 * A document page's HTML without the spans that keep its Thai words whole on a line (issue 14,
 * item 3: `<span class="w">…</span>` around each word, templates.ts): the markup and text as the
 * template wrote them, for tests that look for a phrase in a page.
 */
export const documentText = (page: string) => page.replace(/<span class="w">([^<]*)<\/span>/g, '$1');
