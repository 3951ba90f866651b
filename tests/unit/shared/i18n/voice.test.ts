import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import {
  asksHelperName,
  asksPatientName,
  hasNamesForHandout,
} from '@shared/walkthrough/names-asked';
import { LocalizedTextSchema, resolveText } from '@shared/schemas/localized-text';
import { RoleSchema } from '@shared/schemas/session';
import { voiceOf, withVoice } from '@shared/i18n/voice';

const t = translatorsFrom(path.resolve('locales'))('en');

describe('the voice the app speaks in', () => {
  it('follows who fills it in', () => {
    expect(RoleSchema.options.map(voiceOf)).toEqual(['self', 'child', 'third', 'third']);
    expect(voiceOf(null)).toBe('self');
  });

  it("uses a text's form for the voice, and the common text where it has none", () => {
    expect(withVoice(t, 'self')('checklist:health.heading')).toBe('Your health');
    expect(withVoice(t, 'child')('checklist:health.heading')).toBe("Your child's health");
    expect(withVoice(t, 'third')('checklist:health.heading')).toBe("The patient's health");
    expect(withVoice(t, 'child')('checklist:health.yes')).toBe('Yes');
    expect(withVoice(t, 'child')('checklist:duration.weeks', { count: 2 })).toBe('2 weeks');
  });
});

describe('the names the welcome step asks for', () => {
  it("asks the patient's name of everyone but a legal representative, and a helper's own name of every helper", () => {
    expect(RoleSchema.options.map(asksPatientName)).toEqual([true, true, true, false]);
    expect(RoleSchema.options.map(asksHelperName)).toEqual([false, true, true, true]);
  });

  it('are all needed before a handout can be made', () => {
    expect(hasNamesForHandout({ role: 'patient', firstName: 'Zoë', helperName: '' })).toBe(true);
    expect(hasNamesForHandout({ role: 'patient', firstName: '', helperName: '' })).toBe(false);
    expect(hasNamesForHandout({ role: 'parent', firstName: 'Zoë', helperName: '' })).toBe(false);
    expect(hasNamesForHandout({ role: 'representative', firstName: '', helperName: 'Omar' })).toBe(
      true,
    );
    expect(hasNamesForHandout({ role: 'representative', firstName: '', helperName: '' })).toBe(
      false,
    );
  });
});

describe('clinic-written text in a voice', () => {
  const text = {
    en: 'surgery on your first eye',
    en_child: "surgery on your child's first eye",
    es: 'la cirugía del primer ojo',
  };

  it('reads its form for the voice where it has one, and its plain text where not', () => {
    expect(resolveText(text, 'en', 'child')).toEqual({
      text: "surgery on your child's first eye",
      language: 'en',
    });
    expect(resolveText(text, 'en', 'third')).toEqual({
      text: 'surgery on your first eye',
      language: 'en',
    });
    expect(resolveText(text, 'en')).toEqual({ text: 'surgery on your first eye', language: 'en' });
    expect(resolveText(text, 'es', 'child')).toEqual({
      text: 'la cirugía del primer ojo',
      language: 'es',
    });
  });

  it("falls back to English in the reader's voice when the language is missing", () => {
    expect(resolveText(text, 'ar', 'child')).toEqual({
      text: "surgery on your child's first eye",
      language: 'en',
    });
  });

  it('is checked like any text: voice forms only for shipped languages and voices', () => {
    expect(LocalizedTextSchema.safeParse(text).success).toBe(true);
    expect(LocalizedTextSchema.safeParse({ ...text, en_self: 'x' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ ...text, fr_child: 'x' }).success).toBe(false);
  });
});
