import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

// Building a package needs the Electron download, which these machines lack; the configuration is checked instead.
const config = JSON.parse(readFileSync(path.resolve('electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'));

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the packaging configuration (electron-builder.json)', () => {
  it("is valid by electron-builder's own schema", () => {
    const schema = JSON.parse(
      readFileSync(path.resolve('node_modules/app-builder-lib/scheme.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it("leaves out the Node binaries the tests run on: they are optional dependencies only so that npm picks this computer's", () => {
    const nodeBinaries = Object.keys(pkg.optionalDependencies as Record<string, string>);
    expect(nodeBinaries.length).toBeGreaterThan(0);
    const exclusions = (config.files as string[])
      .filter((pattern) => pattern.startsWith('!'))
      .map((pattern) => pattern.slice(1));
    for (const name of nodeBinaries) {
      for (const file of [`node_modules/${name}`, `node_modules/${name}/bin/node`]) {
        expect(
          exclusions.some((pattern) => path.matchesGlob(file, pattern)),
          file,
        ).toBe(true);
      }
    }
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or inspector, encrypted cookies, the app only from its checked archive', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app and what it reads at run time, and none of the sources or tests', () => {
    expect(pkg.main).toBe('./out/main/index.js');
    for (const needed of [
      'out/**/*',
      'locales/**/*',
      'resources/fonts/**/*',
      'resources/glossary/**/*',
      'resources/lessons/**/*',
      'resources/protocols/**/*',
    ])
      expect(config.files).toContain(needed);
    expect(config.files.some((pattern: string) => /^(src|tests|scripts)\//.test(pattern))).toBe(
      false,
    );
    // Everything main reads from the app folder at run time is in a packed folder.
    for (const folder of [
      'resources/fonts',
      'resources/glossary',
      'resources/lessons',
      'resources/protocols',
      'locales',
    ])
      expect(existsSync(folder), folder).toBe(true);
  });

  it("uses the app's icon, large enough for every platform", () => {
    for (const platform of ['linux', 'win', 'mac']) {
      const icon = path.resolve(config[platform].icon);
      expect(existsSync(icon), icon).toBe(true);
      const { width, height } = pngSize(icon);
      expect(width).toBeGreaterThanOrEqual(512);
      expect(height).toBe(width);
    }
  });

  it('has a command to build packages for each platform', () => {
    expect(pkg.scripts['dist:linux']).toContain('electron-builder --linux');
    expect(pkg.scripts['dist:win']).toContain('electron-builder --win');
    expect(pkg.scripts['dist:mac']).toContain('electron-builder --mac');
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
