import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiErrorCodeSchema } from '@shared/contract/api-contract';
import { NAMESPACES } from '@shared/i18n/i18n-setup';
import { LANGUAGES } from '@shared/i18n/languages';
import { RuleDurationSchema } from '@shared/protocol/after-treatment';
import {
  MedicationActionSchema,
  QuestionStageSchema,
  QuestionTopicSchema,
  TestCategorySchema,
} from '@shared/protocol/preparation';
import { TherapyFamilySchema } from '@shared/protocol/therapy-family';
import { ProtocolChangeSchema, ProtocolSectionSchema } from '@shared/protocol/protocol-changes';
import { ClinicSettingsSchema } from '@shared/schemas/clinic-settings';
import type { DateNote } from '@shared/dates/date-notes';
import { StoreNoticeSchema } from '@shared/schemas/store-notice';
import { HEALTH_HISTORY_ITEMS } from '@shared/walkthrough/health-history';
import { PrintResultSchema } from '@shared/schemas/print-result';
import { RoleSchema } from '@shared/schemas/session';
import { KeyDateOffsetSchema, TIMING_KINDS } from '@shared/schemas/timing';
import { SIGN_LEVELS } from '@shared/warning-signs/sign-level';
import { VOICES } from '@shared/i18n/voice';
import { loadLocales } from '../../../src/main/i18n/load-locales';

const resources = loadLocales(path.resolve('locales'));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(full, child);
    else for (const [k, v] of flatten(child, full)) out.set(k, v);
  }
  return out;
}

const keysOf = (language: string, namespace: string) =>
  flatten(resources[language]?.[namespace] ?? {});
const variables = (text: string) =>
  new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''));

/** Every key a language must have: English's keys, with plural keys expanded to that language's plural forms. */
function requiredKeys(language: string, namespace: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const required = new Set<string>();
  for (const key of keysOf('en', namespace).keys()) {
    const base = key.replace(PLURAL, '');
    if (base === key) required.add(key);
    else for (const category of categories) required.add(`${base}_${category}`);
  }
  return required;
}

describe.each(LANGUAGES.filter((l) => l !== 'en'))('locale %s', (language) => {
  it.each(NAMESPACES)(
    'has every key of %s, with all its plural forms, and no stray ones',
    (namespace) => {
      const have = new Set(keysOf(language, namespace).keys());
      const need = requiredKeys(language, namespace);
      expect(
        [...need].filter((k) => !have.has(k)),
        'missing',
      ).toEqual([]);
      const stray = [...have].filter(
        (k) => !need.has(k) && !(PLURAL.test(k) && need.has(k.replace(PLURAL, '_other'))),
      );
      expect(stray, 'not in English').toEqual([]);
    },
  );

  it.each(NAMESPACES)('uses the same placeholders as English in %s', (namespace) => {
    const english = keysOf('en', namespace);
    for (const [key, text] of keysOf(language, namespace)) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other')) ?? '';
      const expected = variables(source);
      // A plural form may spell the number out ("يومان", two days) instead of using {{count}}.
      if (PLURAL.test(key)) expected.delete('count');
      for (const name of expected)
        expect(variables(text).has(name), `${language} ${namespace}:${key} lacks {{${name}}}`).toBe(
          true,
        );
    }
  });
});

describe('every shipped locale', () => {
  it('ships every namespace for every language, with no empty text', () => {
    for (const language of LANGUAGES) {
      for (const namespace of NAMESPACES) {
        const keys = keysOf(language, namespace);
        expect(keys.size, `${language}/${namespace}`).toBeGreaterThan(0);
        for (const [key, text] of keys)
          expect(text.trim(), `${language} ${namespace}:${key}`).not.toBe('');
      }
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function englishHas(key: string): boolean {
  const [namespace, rest] = key.includes(':')
    ? (key.split(':', 2) as [string, string])
    : ['app', key];
  const keys = keysOf('en', namespace);
  return keys.has(rest) || keys.has(`${rest}_other`);
}

describe('keys used in the code', () => {
  it('every literal t() key exists in English', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(path.resolve('src'))) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([^']+)'/g)) {
        const key = match[1] ?? '';
        if (!englishHas(key)) missing.push(`${path.relative('.', file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every key built from a value exists for every value', () => {
    const built = [
      ...MedicationActionSchema.options.map((action) => `checklist:action.${action}`),
      ...StoreNoticeSchema.shape.problem.options.map((problem) => `notices.${problem}`),
      ...StoreNoticeSchema.shape.salvaged.element.options.map((kept) => `notices.kept.${kept}`),
      ...[...ApiErrorCodeSchema.options, 'no-bridge'].map((code) => `errors.${code}`),
      ...KeyDateOffsetSchema.shape.unit.options.map((unit) => `checklist:duration.${unit}`),
      ...['on', 'by', 'point'].flatMap((phrases) =>
        [...KeyDateOffsetSchema.shape.relation.options, 'keyDate'].map(
          (r) => `checklist:timing.${phrases}.${r}`,
        ),
      ),
      ...TIMING_KINDS.flatMap((kind) => [`checklist:due.${kind}`, `clinician:timingKinds.${kind}`]),
      ...RuleDurationSchema.options.map((o) => `checklist:ruleDuration.${o.shape.kind.value}`),
      ...RuleDurationSchema.options.map((o) => `clinician:durations.${o.shape.kind.value}`),
      ...['days', 'weeks', 'months', 'years'].flatMap((unit) => [
        `checklist:duration.${unit}`,
        `checklist:every.${unit}`,
        `checklist:everyOne.${unit}`,
        `clinician:units.${unit}`,
      ]),
      ...TherapyFamilySchema.options.map((f) => `clinician:families.${f}`),
      ...TestCategorySchema.options.map((c) => `clinician:categories.${c}`),
      ...MedicationActionSchema.options.map((a) => `clinician:actions.${a}`),
      ...QuestionTopicSchema.options.map((o) => `clinician:topics.${o}`),
      ...QuestionStageSchema.options.map((o) => `clinician:stages.${o}`),
      ...KeyDateOffsetSchema.shape.relation.options.map((r) => `clinician:relations.${r}`),
      ...SIGN_LEVELS.flatMap((level) => [
        `checklist:signLevels.${level}.name`,
        `checklist:signLevels.${level}.heading`,
      ]),
      ...['listed', 'own'].map((kind) => `clinician:signKinds.${kind}`),
      ...ProtocolSectionSchema.options.map((s) => `clinician:sections.${s}`),
      ...ProtocolChangeSchema.options[0].shape.kind.options.map((k) => `clinician:changes.${k}`),
      ...ClinicSettingsSchema.shape.paperSize.options.map((p) => `clinician:settings.paper.${p}`),
      ...['edit', 'preview', 'history'].map((v) => `clinician:editor.view.${v}`),
      ...ClinicSettingsSchema.shape.mode.options.map((m) => `clinician:settings.modes.${m}`),
      ...[
        'protectedOn',
        'protectedOff',
        'unprotectedOn',
        'unprotectedOff',
        'turnOff',
        'turnOn',
        'turnOnUnprotected',
      ].map((k) => `saving.${k}`),
      ...HEALTH_HISTORY_ITEMS.flatMap((item) => [
        `checklist:health.items.${item}.question`,
        `checklist:health.items.${item}.topic`,
      ]),
      ...['yes', 'no', 'not-sure'].map((answer) => `checklist:health.${answer}`),
      ...RoleSchema.options.flatMap((role) => [`welcome.roles.${role}`, `handout:role.${role}`]),
      ...PrintResultSchema.options[2].shape.reason.options.flatMap((reason) => [
        `handout.printFailed.${reason}`,
        `handout.printFailedKiosk.${reason}`,
      ]),
      ...['child', 'third'].map((voice) => `clinician:fields.voice.${voice}`),
      ...['ready', 'want-to-talk-first'].flatMap((answer) => [
        `handout.readiness.${answer}`,
        `handout:readiness.${answer}`,
      ]),
      ...['not-yet', 'scheduled', 'done'].map((status) => `checklist:progress.${status}`),
      ...Object.keys(DATE_NOTE_KINDS).map((kind) => `checklist:dateNotes.${kind}`),
    ];
    expect(built.filter((key) => !englishHas(key))).toEqual([]);
  });
});

/** Every kind of note on a date: the type makes this list complete. */
const DATE_NOTE_KINDS: Record<DateNote['kind'], true> = {
  beforeEarlierKeyDate: true,
  keyDatePassed: true,
  farAhead: true,
  longAgo: true,
  doneInFuture: true,
  bookedInPast: true,
  bookedAfterDue: true,
};

describe('translation review', () => {
  it('is recorded by every locale: English is the source, the others reviewed or not', () => {
    for (const language of LANGUAGES) {
      const status = keysOf(language, 'app').get('translationReview.status');
      expect(status, language).toBe(language === 'en' ? 'source' : status);
      expect(['source', 'reviewed', 'not-reviewed'], language).toContain(status);
    }
  });
});

describe('voices (src/shared/i18n/voice.ts)', () => {
  it('a text that differs by who fills the app in has a form for every voice', () => {
    const forms = VOICES.filter((voice) => voice !== 'self');
    const voiced = new RegExp(`^(.*)_(${forms.join('|')})$`);
    for (const namespace of NAMESPACES) {
      const keys = keysOf('en', namespace);
      for (const key of keys.keys()) {
        const base = voiced.exec(key)?.[1];
        if (base === undefined) continue;
        expect(keys.has(base), `${namespace}:${base} (the patient's own voice)`).toBe(true);
        for (const voice of forms)
          expect(keys.has(`${base}_${voice}`), `${namespace}:${base}_${voice}`).toBe(true);
      }
    }
  });
});
