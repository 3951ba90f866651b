import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadProtocolFolder,
  protocolFolder,
} from '../../../../src/main/protocol/example-protocols';

const shipped = path.resolve('resources/protocols');
const work = mkdtempSync(path.join(tmpdir(), 'gtc-protocol-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the shipped protocols found by id', () => {
  it('are the protocols loadProtocolFolder reads, each checked in full, and none for an unknown id', () => {
    const all = loadProtocolFolder(shipped);
    const folder = protocolFolder(shipped);
    expect(folder.ids).toEqual(all.map((p) => p.id));
    for (const protocol of all) expect(folder.protocol(protocol.id)).toEqual(protocol);
    expect(folder.protocol('no-such-protocol')).toBeUndefined();
    expect(folder.protocol('__proto__')).toBeUndefined();
  });

  it('refuse a damaged file when it is asked for, and a file without an id at once', () => {
    copyFileSync(path.join(shipped, 'example-car-t.json'), path.join(work, 'good.json'));
    writeFileSync(
      path.join(work, 'damaged.json'),
      JSON.stringify({ id: 'damaged', version: 'not a number' }),
    );
    const folder = protocolFolder(work);
    expect(folder.ids).toEqual(['damaged', 'example-car-t']);
    expect(folder.protocol('example-car-t')?.id).toBe('example-car-t');
    expect(() => folder.protocol('damaged')).toThrow(/damaged\.json is not a valid protocol/);
    writeFileSync(path.join(work, 'no-id.json'), JSON.stringify({ version: 1 }));
    expect(() => protocolFolder(work)).toThrow(/no-id\.json is not a valid protocol/);
  });
});
