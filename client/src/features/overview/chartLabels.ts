// Issue 14, item 7: the charts' Thai labels are long ("กองสาธารณสุขและสิ่งแวดล้อม") and Thai writes no
// spaces between words: a label is broken at word boundaries (Intl.Segmenter knows Thai words) into
// lines that fit the axis, so none is cut off at the chart's edge.

const segmenters = new Map<string, Intl.Segmenter>();
function wordsOf(text: string, lang: string): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  return [...segmenter.segment(text)].map((part) => part.segment);
}

/** The width a text takes in a font, by the page's canvas; an estimate where there is none (tests). */
export type Measure = (text: string) => number;

let canvas: CanvasRenderingContext2D | null | undefined;
export function canvasMeasure(font: string): Measure {
  if (canvas === undefined) canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return (text) => {
    if (!canvas) return text.length * 7;
    canvas.font = font;
    return canvas.measureText(text).width;
  };
}

/** A label as lines no wider than `width` (a word longer than the width is cut between characters). */
export function wrapLabel(text: string, width: number, measure: Measure, lang = 'th'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of wordsOf(text, lang)) {
    const candidate = line + word;
    if (measure(candidate.trimEnd()) <= width || line === '') {
      line = candidate;
      // One word wider than the line: break it by characters.
      while (measure(line.trimEnd()) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    } else {
      lines.push(line.trimEnd());
      line = word.trimStart();
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
