import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The functions of HarfBuzz's subsetter (harfbuzzjs's `harfbuzz-subset.wasm`, a WebAssembly module with no imports) used here. */
const FUNCTIONS = [
  '_initialize',
  'malloc',
  'hb_blob_create',
  'hb_blob_destroy',
  'hb_blob_get_data',
  'hb_blob_get_length',
  'hb_face_create',
  'hb_face_destroy',
  'hb_face_reference_blob',
  'hb_set_add',
  'hb_set_clear',
  'hb_set_invert',
  'hb_subset_input_create_or_fail',
  'hb_subset_input_destroy',
  'hb_subset_input_glyph_set',
  'hb_subset_input_set',
  'hb_subset_input_set_flags',
  'hb_subset_input_unicode_set',
  'hb_subset_or_fail',
] as const;

type SubsetExports = Record<(typeof FUNCTIONS)[number], (...args: number[]) => number> & {
  memory: { buffer: ArrayBuffer };
};

/** The part of the WebAssembly API used here: Node has it all, but TypeScript declares it only with the DOM's. */
interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object): Promise<{ exports: Record<string, unknown> }>;
}
const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

// hb-subset.h and hb-blob.h
const HB_MEMORY_MODE_READONLY = 1;
/** Glyph ids stay as they were, so the ids HarfBuzz shaped with are the CIDs of the embedded font. */
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;

/**
 * The tables a PDF reader draws a TrueType glyph with (ISO 32000-1, 9.9: outlines, metrics, hinting). Everything
 * else is dropped: the layout tables (GSUB, GPOS, GDEF) did their work when HarfBuzz shaped, and the codes in the
 * content stream are glyph ids, so no character map is needed.
 */
const KEPT_TABLES = ['head', 'hhea', 'hmtx', 'maxp', 'loca', 'glyf', 'cvt ', 'fpgm', 'prep'];

const tag = (name: string) =>
  Array.from(name).reduce((value, ch) => ((value << 8) | ch.charCodeAt(0)) >>> 0, 0);

function subsetExports(exports: Record<string, unknown>): SubsetExports {
  const missing = FUNCTIONS.filter((name) => typeof exports[name] !== 'function');
  const memory = exports.memory as { buffer?: unknown } | undefined;
  if (missing.length > 0 || !(memory?.buffer instanceof ArrayBuffer)) {
    throw new Error(
      `harfbuzz-subset.wasm lacks ${missing.join(', ') || 'its memory'}: is harfbuzzjs the version package.json names?`,
    );
  }
  return exports as SubsetExports;
}

/** A font file copied into the subsetter's memory, as HarfBuzz's face of it (a pointer there). */
export type SubsetFace = number & { readonly subsetFace: unique symbol };

/**
 * HarfBuzz's subsetter, one instance per process. Each font file is copied into its memory once and kept there as
 * a face, so a batch subsets the same file again and again without reading or copying it again.
 */
export class FontSubsetter {
  constructor(private readonly hb: SubsetExports) {}

  /**
   * The font of `face` with only the glyphs `glyphIds` name (and the parts composite glyphs are made of), each at
   * its own glyph id; the glyphs left out are empty. Throws if HarfBuzz cannot subset the font.
   */
  subset(face: SubsetFace, glyphIds: Iterable<number>): Uint8Array {
    return this.subsetWith(face, (hb, input) => {
      const glyphs = hb.hb_subset_input_glyph_set(input);
      for (const id of glyphIds) hb.hb_set_add(glyphs, id);
      hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
      // Drop every table but the kept ones: the set of kept tags, inverted.
      const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      hb.hb_set_clear(dropped);
      for (const name of KEPT_TABLES) hb.hb_set_add(dropped, tag(name));
      hb.hb_set_invert(dropped);
    });
  }

  /**
   * The font of `face` with only the characters `codePoints` name (those it has), as a font of its own: character
   * map, layout and every other table kept, glyphs renumbered. Made for screens, which shape with it themselves.
   */
  subsetCharacters(face: SubsetFace, codePoints: Iterable<number>): Uint8Array {
    return this.subsetWith(face, (hb, input) => {
      const characters = hb.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) hb.hb_set_add(characters, codePoint);
    });
  }

  /** A subset of `face` by the input `choose` fills in; the input is freed whatever happens. */
  private subsetWith(
    face: SubsetFace,
    choose: (hb: SubsetExports, input: number) => void,
  ): Uint8Array {
    const hb = this.hb;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('HarfBuzz could not start a font subset (out of memory).');
    try {
      choose(hb, input);
      return this.subsetOf(face, input);
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  }

  /** Runs the subset `input` describes, and copies the font it makes out of HarfBuzz's memory. */
  private subsetOf(face: SubsetFace, input: number): Uint8Array {
    const hb = this.hb;
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz could not subset a font.');
    const blob = hb.hb_face_reference_blob(subset);
    try {
      // Copied out of the WebAssembly memory, which the next subset reuses.
      return new Uint8Array(
        hb.memory.buffer,
        hb.hb_blob_get_data(blob, 0),
        hb.hb_blob_get_length(blob),
      ).slice();
    } finally {
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subset);
    }
  }

  /** Copies a font file into the subsetter's memory, for the rest of the process. */
  face(bytes: Uint8Array): SubsetFace {
    const hb = this.hb;
    const data = hb.malloc(bytes.byteLength);
    if (data === 0) throw new Error('HarfBuzz has no memory left for a font file.');
    new Uint8Array(hb.memory.buffer, data, bytes.byteLength).set(bytes);
    // Read-only and never freed: the face keeps reading it for the rest of the process.
    const blob = hb.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    return face as SubsetFace;
  }
}

let subsetter: Promise<FontSubsetter> | undefined;

/**
 * The subsetter, compiled and started once per process, when a handout is first made or when the headless command
 * starts (prepareShaping). It is found through the package, as in the app (where harfbuzzjs stays a package) so in
 * the built command (run from a checkout). The file is read at once, so that V8 compiles it on its own threads
 * while the main thread goes on.
 */
export function loadFontSubsetter(): Promise<FontSubsetter> {
  if (subsetter) return subsetter;
  let compiling: Promise<object>;
  try {
    compiling = webAssembly.compile(
      readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
    );
  } catch (error) {
    compiling = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return (subsetter = (async () => {
    const instance = await webAssembly.instantiate(await compiling);
    const hb = subsetExports(instance.exports);
    hb._initialize();
    return new FontSubsetter(hb);
  })());
}
