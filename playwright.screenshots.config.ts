import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: pictures of every step, in every shipped language, at normal and double text size, written
// to screenshots/ for people to look at. Not part of `npm test`: it checks nothing a person does not.
export default defineConfig({ ...base, testMatch: '**/*.shots.ts', timeout: 180_000 });
