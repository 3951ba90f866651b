import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/checklist/example-protocols';
import { buildHandoutContent } from '../../../src/main/handout/handout-content';
import { translatorsFrom } from '../../../src/main/i18n/translators';
import { LANGUAGES, type Language } from '../../../src/shared/languages';
import { DEFAULT_CLINIC_SETTINGS, type ClinicSettings } from '../../../src/shared/schemas/clinic-settings';
import { RoleSchema } from '../../../src/shared/schemas/session';
import { voiceOf, withVoice } from '../../../src/shared/voice';
import { glossary, lessons, patientWith } from '../../support/handout-fixtures';
import { CLINIC_CONTACT } from '../../support/clinic-contact';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find((p) => p.id === 'example-car-t');
if (!protocol) throw new Error('example-car-t missing');
const translatorFor = translatorsFrom(path.resolve('locales'));

function cardLines(clinic: ClinicSettings, language: Language, role: (typeof RoleSchema.options)[number] = 'patient'): string[] {
  const content = buildHandoutContent({
    clinic,
    patient: patientWith({ firstName: 'Ana', helperName: role === 'patient' ? '' : 'Maria', role }),
    language,
    protocol: protocol!,
    contentHash: '0'.repeat(64),
    preparedAt: new Date('2026-12-01T10:00:00Z'),
    glossary,
    lessons,
    t: translatorFor(language),
  });
  const card = content.blocks.find((b) => b.kind === 'wallet-card');
  if (card?.kind !== 'wallet-card') throw new Error('no wallet card');
  return card.lines.map((line) => line.text.replace(/[\u2066-\u2069]/g, ''));
}

describe('the wallet card', () => {
  it.each(LANGUAGES)('in %s, carries the 24-hour number when the clinic gave one', (language) => {
    const lines = cardLines({ ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT }, language);
    expect(lines.some((line) => line.includes(CLINIC_CONTACT.phoneAfterHours))).toBe(true);
    expect(lines).not.toContain(translatorFor(language)('handout:walletCard.noPhone'));
  });

  it.each(LANGUAGES)('in %s, never prints a blank for a 24-hour number the clinic has not given: it says where to find one', (language) => {
    for (const role of RoleSchema.options) {
      const lines = cardLines({ ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT, phoneAfterHours: '' }, language, role);
      expect(lines).toContain(translatorFor(language)('handout:walletCard.noPhone'));
      const blankNumber = withVoice(translatorFor(language), voiceOf(role))('handout:walletCard.phone', { phone: '________' });
      expect(lines).not.toContain(blankNumber);
    }
  });
});
