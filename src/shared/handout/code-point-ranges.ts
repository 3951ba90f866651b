/**
 * Sets of Unicode code points stored as sorted ranges, written compactly for the committed coverage table:
 * each range is "gap from the end of the previous range, length", both in base 36, ranges joined by ",".
 */
export class CodePointSet {
  private constructor(
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
  ) {}

  /** Inclusive [start, end] pairs, sorted and not overlapping. */
  static fromRanges(ranges: ReadonlyArray<readonly [number, number]>): CodePointSet {
    return new CodePointSet(
      Uint32Array.from(ranges, ([start]) => start),
      Uint32Array.from(ranges, ([, end]) => end),
    );
  }

  static fromCodePoints(codePoints: Iterable<number>): CodePointSet {
    const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
    const ranges: Array<[number, number]> = [];
    for (const cp of sorted) {
      const last = ranges.at(-1);
      if (last && last[1] === cp - 1) last[1] = cp;
      else ranges.push([cp, cp]);
    }
    return CodePointSet.fromRanges(ranges);
  }

  static decode(encoded: string): CodePointSet {
    const ranges: Array<[number, number]> = [];
    let next = 0;
    for (const pair of encoded === '' ? [] : encoded.split(',')) {
      const [gap, length] = pair.split('.').map((part) => parseInt(part, 36)) as [number, number];
      const start = next + gap;
      ranges.push([start, start + length - 1]);
      next = start + length;
    }
    return CodePointSet.fromRanges(ranges);
  }

  /** Every code point in any of the sets. */
  static union(sets: Iterable<CodePointSet>): CodePointSet {
    const all = [...sets].flatMap((set) =>
      Array.from(set.starts, (start, i) => [start, set.ends[i] as number] as [number, number]),
    );
    all.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of all) {
      const last = merged.at(-1);
      if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return CodePointSet.fromRanges(merged);
  }

  encode(): string {
    let next = 0;
    return Array.from(this.starts, (start, i) => {
      const end = this.ends[i] as number;
      const pair = `${(start - next).toString(36)}.${(end - start + 1).toString(36)}`;
      next = end + 1;
      return pair;
    }).join(',');
  }

  has(codePoint: number): boolean {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (codePoint < (this.starts[middle] as number)) high = middle - 1;
      else if (codePoint > (this.ends[middle] as number)) low = middle + 1;
      else return true;
    }
    return false;
  }

  *codePoints(): Generator<number> {
    for (const [i, start] of this.starts.entries())
      for (let cp = start; cp <= (this.ends[i] as number); cp += 1) yield cp;
  }
}
