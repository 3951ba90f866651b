import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // electron-store imports 'electron' itself; inlining it lets the test's mock reach that import
    // instead of the real package, which would try to download the Electron binary.
    server: { deps: { inline: ['electron-store'] } },
  },
});
