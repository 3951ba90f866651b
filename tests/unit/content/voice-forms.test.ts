import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/protocol/example-protocols';
import { loadLessonFolder } from '../../../src/main/content/lesson-files';
import { translatorsFrom } from '../../../src/main/i18n/translators';
import { LANGUAGES } from '@shared/i18n/languages';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { voiceOf, withVoice } from '@shared/i18n/voice';
import { localizedTexts } from '../../support/localized-texts';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
const lessons = loadLessonFolder(path.resolve('resources/lessons'));

/**
 * A text addresses the patient when its English speaks to the reader or as them ("your cells", "Will I…?"), or
 * tells them what to do with their own body ("Do not swim."). A parent or a caregiver reading it would take it
 * as said to, or by, themselves.
 */
const SPEAKS_TO_OR_AS_THE_PATIENT =
  /(?<![-\w])(you|your|yours|yourself|I|I'm|I've|I'll|I'd|me|my|mine|myself)\b(?!-)/i;
const TELLS_THE_PATIENT = /^(Do not|Don't|Never|Avoid|Use|Take|Stop|Stay|Drink|Rest|Wear|Wash)\b/;
const addressesThePatient = (english: string) =>
  SPEAKS_TO_OR_AS_THE_PATIENT.test(english) || TELLS_THE_PATIENT.test(english);

const VOICE_FORMS = LANGUAGES.flatMap((language) => [`${language}_child`, `${language}_third`]);

/** Where a text that addresses the patient lacks a parent's or a caregiver's form, in any language. */
function missingVoiceForms(content: unknown): string[] {
  return localizedTexts(content).flatMap(([where, text]) =>
    typeof text.en === 'string' && addressesThePatient(text.en)
      ? VOICE_FORMS.filter((key) => typeof text[key] !== 'string').map((key) => `${where} (${key})`)
      : [],
  );
}

describe('the rule for a text that addresses the patient', () => {
  it.each([
    ['your cell collection', true],
    ['Will I stay in the hospital?', true],
    ['Pregnancy test (if you could become pregnant)', true],
    ['Do not swim.', true],
    ['Heart blood test (troponin-I)', false],
    ['Blood test for factor IX inhibitors', false],
    ['the infusion', false],
  ])('"%s" → %s', (english, addresses) => {
    expect(addressesThePatient(english)).toBe(addresses);
  });
});

describe('parent and caregiver forms of the shipped content', () => {
  it.each(protocols.map((p) => [p.id, p] as const))(
    '%s: every text that addresses the patient has both forms in every language',
    (_id, protocol) => {
      expect(missingVoiceForms(protocol)).toEqual([]);
    },
  );

  it.each(lessons.map((l) => [l.id, l] as const))(
    'lesson %s: every text that addresses the patient has both forms in every language',
    (_id, lesson) => {
      expect(missingVoiceForms(lesson)).toEqual([]);
    },
  );
});

describe('what a parent and a caregiver read', () => {
  const carT = protocols.find((p) => p.id === 'example-car-t');
  if (!carT) throw new Error('the CAR-T example is missing');
  const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no item "${id}"`);
    return item;
  };
  const read = (
    text: LocalizedText,
    role: 'patient' | 'parent' | 'caregiver' | 'representative',
    language: (typeof LANGUAGES)[number] = 'en',
  ) => resolveText(text, language, voiceOf(role)).text;

  it('a key date names whose it is', () => {
    const collection = byId(carT.keyDates, 'cell-collection').label;
    expect(read(collection, 'patient')).toBe('your cell collection');
    expect(read(collection, 'parent')).toBe("your child's cell collection");
    expect(read(collection, 'caregiver')).toBe("the patient's cell collection");
    expect(read(collection, 'representative')).toBe("the patient's cell collection");
    expect(read(collection, 'caregiver', 'es')).toBe('la recolección de las células del paciente');
    expect(read(collection, 'parent', 'ar')).toBe('جمع خلايا طفلك');
    expect(read(collection, 'caregiver', 'zh')).toBe('采集患者的细胞');
  });

  it('a test is about the patient, not the reader', () => {
    const pregnancy = byId(carT.tests, 'pregnancy-test').name;
    expect(read(pregnancy, 'parent')).toBe('Pregnancy test (if your child could become pregnant)');
    expect(read(pregnancy, 'caregiver')).toBe(
      'Pregnancy test (if the patient could become pregnant)',
    );
    expect(read(pregnancy, 'caregiver', 'zh')).toBe('验孕（如果患者有可能怀孕）');
  });

  it('a suggested question is asked by the person filling in', () => {
    const hospital = carT.questions[1]?.text;
    if (!hospital) throw new Error('the CAR-T example has no second question');
    expect(read(hospital, 'patient')).toMatch(/^Will I stay in the hospital\?/);
    expect(read(hospital, 'parent')).toMatch(/^Will my child stay in the hospital\?/);
    expect(read(hospital, 'caregiver')).toMatch(/^Will the patient stay in the hospital\?/);
    expect(read(hospital, 'parent', 'es')).toMatch(/^¿Estará mi hijo o hija en el hospital\?/);
    expect(read(hospital, 'caregiver', 'ar')).toMatch(/^هل سيبقى المريض في المستشفى؟/);
    expect(read(hospital, 'parent', 'zh')).toMatch(/^我的孩子需要住院吗？/);
  });

  it('a lesson speaks of the patient to a parent and a caregiver', () => {
    const first = lessons[0]?.keyPoints[0];
    if (!first) throw new Error('no first lesson');
    expect(read(first, 'patient')).toContain('your genes');
    expect(read(first, 'parent')).toContain("your child's genes");
    expect(read(first, 'caregiver')).toContain("the patient's genes");
  });

  it('the checklist step heads each part in the voice of the person filling in', () => {
    const t = translatorsFrom(path.resolve('locales'));
    const heading = (
      role: 'patient' | 'parent' | 'caregiver',
      language: (typeof LANGUAGES)[number],
    ) => withVoice(t(language), voiceOf(role))('checklist:keyDates.heading');
    expect(heading('patient', 'en')).toBe('Your dates');
    expect(heading('parent', 'en')).toBe("Your child's dates");
    expect(heading('caregiver', 'en')).toBe("The patient's dates");
    for (const language of LANGUAGES)
      expect(
        new Set([
          heading('patient', language),
          heading('parent', language),
          heading('caregiver', language),
        ]).size,
      ).toBe(3);
  });
});
