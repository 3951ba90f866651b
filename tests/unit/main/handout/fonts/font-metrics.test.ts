import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontFile } from '../../../../../src/main/handout/fonts/font-files';
import {
  readFontMetrics,
  type FontTables,
} from '../../../../../src/main/handout/fonts/font-metrics';

/** A font file's tables by tag, from its table directory (OpenType: numTables at 4, 16-byte records from 12). */
function tablesOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Uint8Array>();
  for (let n = 0, at = 12; n < view.getUint16(4); n += 1, at += 16) {
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(
      tag,
      bytes.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12)),
    );
  }
  return tables;
}

/**
 * Tables handed out as HarfBuzz hands them: views into a WebAssembly memory that grows at each call, which detaches
 * every view given before, as HarfBuzz's memory does when a later call needs more of it.
 */
// Node has WebAssembly; this project's type libraries do not declare it.
const { Memory } = (
  globalThis as unknown as {
    WebAssembly: {
      Memory: new (size: { initial: number }) => {
        buffer: ArrayBuffer;
        grow(pages: number): number;
      };
    };
  }
).WebAssembly;

function growingMemoryTables(tables: Map<string, Uint8Array>): FontTables {
  const memory = new Memory({ initial: 1 });
  const grown: FontTables = {
    referenceTable: (tag: string) => {
      const table = tables.get(tag);
      memory.grow(Math.ceil((table?.byteLength ?? 0) / 65_536) + 1);
      if (!table) return undefined;
      const view = new Uint8Array(memory.buffer, 0, table.byteLength);
      view.set(table);
      return view;
    },
    getName: () => {
      memory.grow(1);
      return 'NotoSans-Regular';
    },
  };
  return grown;
}

describe("reading a font's metrics", () => {
  it("reads every table it needs even when HarfBuzz's memory grows between them", () => {
    const tables = tablesOf(readFontFile(path.resolve('resources/fonts'), 'NotoSans-Regular.ttf'));
    const steady = readFontMetrics({
      referenceTable: (tag: string) => tables.get(tag),
      getName: () => 'NotoSans-Regular',
    });
    expect(readFontMetrics(growingMemoryTables(tables))).toEqual(steady);
    expect(steady.ascent).toBeGreaterThan(0);
    expect(steady.capHeight).toBeGreaterThan(0);
  });
});
