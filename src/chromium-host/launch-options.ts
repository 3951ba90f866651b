import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser; background networking off, since the app needs no network. */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.GTC_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};
