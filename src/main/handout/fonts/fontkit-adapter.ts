import { create, type Font, type Glyph } from 'fontkit';

/**
 * pdf-lib 1.17 expects the old @pdf-lib/fontkit fork, whose subsets are written through `encodeStream()`.
 * That fork drops glyphs when subsetting; current fontkit does not, but its subsets have `encode()`. This
 * adapter gives pdf-lib current fontkit with the old subset interface, and parses each font file once per
 * process (parsing is most of the cost of a document).
 *
 * Each document still gets its own view of the font with its own glyph cache: fontkit remembers which
 * characters a glyph was first made from, and pdf-lib writes that into the PDF's text layer, so a shared
 * cache let "Ĵ" in one handout turn a later "J" into lost text.
 */
type SubsetLike = { includeGlyph(glyph: unknown): number; encode(): Uint8Array; cff?: unknown };

const parsed = new WeakMap<Uint8Array, Font>();

/** A shaped text as glyph ids, each with the characters it stands for: what pdf-lib reads from a layout. */
type ShapedGlyphs = ReadonlyArray<readonly [id: number, codePoints: readonly number[]]>;

/** Shaping results per parsed font, kept for the whole process; cleared whole when it grows past the limit. */
const shapedByFont = new WeakMap<Font, Map<string, ShapedGlyphs>>();
const MAX_SHAPED_TEXTS = 50_000;

/** A view of the shared font with a glyph cache of its own, so no glyph carries another document's characters. */
function freshView(shared: Font): Font {
  return Object.create(shared, { _glyphs: { value: {}, writable: true, configurable: true } }) as Font;
}

/**
 * U+0000, the byte-order mark U+FEFF and the non-character U+FFFE are not text. PDF checkers reject a text layer
 * (ToUnicode) that maps a glyph to them (ISO 19005-2, 6.2.11.7.2), and a NUL's glyph draws nothing: a glyph is
 * recorded without them, and a glyph that stood for nothing else is left out of the run.
 */
const NOT_TEXT = new Set([0x0000, 0xfeff, 0xfffe]);

function withoutNonText(glyphs: readonly Glyph[]): ShapedGlyphs {
  return glyphs.flatMap((glyph) => {
    const codePoints = glyph.codePoints.filter((codePoint) => !NOT_TEXT.has(codePoint));
    return codePoints.length > 0 || glyph.codePoints.length === 0 ? [[glyph.id, codePoints] as const] : [];
  });
}

/**
 * Shapes `text` once per process: fontkit's layout (OpenType substitution and positioning) is most of the cost
 * of a handout, and a clinic's batch shapes the same words again and again. Each text is shaped in a fresh view,
 * so the characters recorded for its glyphs are its own.
 */
function shapedGlyphs(shared: Font, text: string): ShapedGlyphs {
  let cache = shapedByFont.get(shared);
  if (!cache) shapedByFont.set(shared, (cache = new Map()));
  let glyphs = cache.get(text);
  if (!glyphs) {
    glyphs = withoutNonText(freshView(shared).layout(text).glyphs);
    if (cache.size >= MAX_SHAPED_TEXTS) cache.clear();
    cache.set(text, glyphs);
  }
  return glyphs;
}

/**
 * A per-document view of a parsed font: shares its decoded tables and the process's shaping results, and keeps
 * its own glyphs. pdf-lib reads only the glyphs of a layout (to measure, to draw and to subset).
 */
function documentView(shared: Font): Font {
  const view = freshView(shared);
  const runs = new Map<string, ReturnType<Font['layout']>>();
  const layout = shared.layout;
  Object.defineProperty(view, 'layout', {
    value(text: string, features?: unknown) {
      if (features !== undefined && !(Array.isArray(features) && features.length === 0)) return layout.call(view, text, features as never);
      let run = runs.get(text);
      if (!run) {
        const glyphs = shapedGlyphs(shared, text).map(([id, codePoints]) => view.getGlyph(id, [...codePoints]));
        run = { glyphs } as unknown as ReturnType<Font['layout']>;
        runs.set(text, run);
      }
      return run;
    },
  });
  return view;
}

function streamOf(bytes: Uint8Array) {
  const listeners: Record<string, Array<(arg?: unknown) => void>> = {};
  const stream = {
    on(event: string, listener: (arg?: unknown) => void) {
      (listeners[event] ??= []).push(listener);
      return stream;
    },
  };
  // pdf-lib attaches its listeners synchronously right after the call, so emit on the next microtask.
  queueMicrotask(() => {
    listeners.data?.forEach((listener) => listener(bytes));
    listeners.end?.forEach((listener) => listener());
  });
  return stream;
}

function adapt(font: Font): Font {
  const createSubset = font.createSubset.bind(font) as unknown as () => SubsetLike;
  Object.assign(font, {
    createSubset: () => {
      const subset = createSubset();
      return {
        includeGlyph: (glyph: unknown) => subset.includeGlyph(glyph),
        get cff() {
          return subset.cff;
        },
        encodeStream: () => streamOf(subset.encode()),
      };
    },
  });
  return font;
}

export const fontkitForPdfLib = {
  create(bytes: Uint8Array): Font {
    let shared = parsed.get(bytes);
    if (!shared) {
      const result = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      if (!('layout' in result)) throw new Error('Font collections (.ttc) cannot be embedded; ship a single font file.');
      shared = result;
      parsed.set(bytes, shared);
    }
    return adapt(documentView(shared));
  },
};
