import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { buildHandoutContent } from '../../../../src/main/handout/handout-content';
import { MARGIN, PAPER_SIZES } from '../../../../src/main/handout/page-flow';
import { renderHandout } from '../../../../src/main/handout/render-handout';
import { embedFaces } from '../../../../src/main/handout/typeset/faces';
import { Typesetter } from '../../../../src/main/handout/typeset/typesetter';
import {
  CARD_PANEL,
  CARD_STYLES,
  layoutWalletCard,
  READABLE_FLOOR,
  WalletCardTooFull,
} from '../../../../src/main/handout/wallet-card-layout';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { LANGUAGES, textDirection, type Language } from '@shared/i18n/languages';
import { ProtocolSchema, type Protocol } from '@shared/protocol/protocol';
import {
  ClinicSettingsSchema,
  DEFAULT_CLINIC_SETTINGS,
  type ClinicSettings,
} from '@shared/schemas/clinic-settings';
import { LIMITS } from '@shared/schemas/limits';
import type { LocalizedText } from '@shared/schemas/localized-text';
import { HandoutPatientSchema, RoleSchema, type Role } from '@shared/schemas/session';
import { voiceOf, withVoice } from '@shared/i18n/voice';
import { glossary, lessons, patientWith } from '../../../support/handout-fixtures';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';
import { searchable } from '../../../support/pdf-tools';
import { makeTempDir } from '../../../support/temp-dir';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
);
if (!protocol) throw new Error('example-car-t missing');
const translatorFor = translatorsFrom(path.resolve('locales'));

function cardLines(
  clinic: ClinicSettings,
  language: Language,
  role: (typeof RoleSchema.options)[number] = 'patient',
): string[] {
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

  it.each(LANGUAGES)(
    'in %s, never prints a blank for a 24-hour number the clinic has not given: it says where to find one',
    (language) => {
      for (const role of RoleSchema.options) {
        const lines = cardLines(
          { ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT, phoneAfterHours: '' },
          language,
          role,
        );
        expect(lines).toContain(translatorFor(language)('handout:walletCard.noPhone'));
        const blankNumber = withVoice(translatorFor(language), voiceOf(role))(
          'handout:walletCard.phone',
          { phone: '________' },
        );
        expect(lines).not.toContain(blankNumber);
      }
    },
  );
});

/** Plain text of each script, for filling a field to its limit: the widest letters a real name or title has. */
const FILL: Record<Language, string> = {
  en: 'WOLFGANG MAXIMILIAN ',
  es: 'MONTSERRAT CONCEPCIÓN ',
  ar: 'عبد الرحمن محمد الشمري ',
  zh: '欧阳慧敏张伟王芳李娜',
  vi: 'NGUYỄN THỊ HƯỜNG ',
  ru: 'ЩЕРБАКОВА ЖАННА МИХАЙЛОВНА ',
  tl: 'WILMA MAGDALENA DELA CRUZ ',
  ko: '황보혜림 남궁휘 ',
};
/** Exactly `length` characters of the script, ending in a letter so trimming keeps them all. */
const filled = (language: Language, length: number) =>
  `${FILL[language].repeat(Math.ceil(length / FILL[language].length)).slice(0, length - 1)}${FILL[language][0]}`;
/** The longest each field may be, as the schemas say. */
const MAX = {
  firstName: HandoutPatientSchema.shape.firstName.maxLength ?? 0,
  clinicName: ClinicSettingsSchema.shape.clinicName.maxLength ?? 0,
  phone: ClinicSettingsSchema.shape.phoneAfterHours.maxLength ?? 0,
};
const LONGEST_PHONE = `${'+1 (555) 010-0199 ext. 42 '.repeat(10).slice(0, MAX.phone - 1)}9`;

/** The example protocol with its title and every key date's name at their limits, in every voice of `language`. */
function longestProtocol(language: Language): Protocol {
  const longest = (limit: number): LocalizedText => ({
    en: filled('en', limit),
    [language]: filled(language, limit),
    [`${language}_child`]: filled(language, limit),
    [`${language}_third`]: filled(language, limit),
  });
  return ProtocolSchema.parse({
    ...protocol,
    title: longest(LIMITS.title),
    keyDates: protocol!.keyDates.map((keyDate) => ({
      ...keyDate,
      label: longest(LIMITS.keyDateLabel),
    })),
  });
}

/** Every card field at the longest the schemas accept, in `language`'s script, for a reader in `role`'s voice. */
function longestCard(language: Language, role: Role) {
  const clinic = ClinicSettingsSchema.parse({
    ...DEFAULT_CLINIC_SETTINGS,
    ...CLINIC_CONTACT,
    clinicName: filled(language, MAX.clinicName),
    phoneAfterHours: LONGEST_PHONE,
  });
  const patient = HandoutPatientSchema.parse(
    patientWith({
      role,
      firstName: filled(language, MAX.firstName),
      helperName: role === 'patient' ? '' : 'Maria',
      keyDates: { infusion: '2027-01-14' },
    }),
  );
  const content = buildHandoutContent({
    clinic,
    patient,
    language,
    protocol: longestProtocol(language),
    contentHash: '0'.repeat(64),
    preparedAt: new Date('2026-12-01T10:00:00Z'),
    glossary,
    lessons,
    t: translatorFor(language),
  });
  const card = content.blocks.find((b) => b.kind === 'wallet-card');
  if (card?.kind !== 'wallet-card') throw new Error('no wallet card');
  return { content, card };
}

const folded = (text: string) => text.replace(/\s+|[\u2066-\u2069]/g, '');

describe('the wallet card at its fullest', () => {
  let typesetter: Typesetter;
  beforeAll(async () => {
    // Faces for every script the cards below use: a handout reads only the fonts its text needs.
    const cardsText = LANGUAGES.flatMap((language) =>
      RoleSchema.options.map((role) => longestCard(language, role).card),
    ).flatMap((card) => [card.heading, ...card.lines.map((line) => line.text)]);
    typesetter = new Typesetter(
      await embedFaces(
        await PDFDocument.create(),
        path.resolve('resources/fonts'),
        cardsText.join('\n'),
      ),
    );
  });

  it.each(LANGUAGES)(
    'in %s, lays every line of the longest accepted input whole inside the card, on either paper',
    (language) => {
      const direction = textDirection(language);
      for (const role of RoleSchema.options) {
        const { card } = longestCard(language, role);
        const fit = layoutWalletCard(card.heading, card.lines, direction, (text, style, width) =>
          typesetter.wrap(text, style, direction, width),
        );
        if (!fit.fits) throw new Error(`${language}, ${role}: the card refused ${fit.location}`);
        const { panels, lines } = fit.layout;
        // Nothing is lost in wrapping: the drawn lines hold every character of the card, in order.
        expect(folded(lines.map((line) => line.text).join(''))).toBe(
          folded([card.heading, ...card.lines.map((line) => line.text)].join('')),
        );
        expect(fit.layout.size).toBeGreaterThanOrEqual(READABLE_FLOOR);
        for (const line of lines) {
          const panelLeft =
            (direction === 'rtl' ? panels - 1 - line.panel : line.panel) * CARD_PANEL.width;
          const drawnWidth = typesetter.measure(`${line.text} `, line.style, direction);
          // The column the line is drawn in lies inside its panel's padding, and the text inside the column.
          expect(line.x).toBeGreaterThanOrEqual(panelLeft + CARD_PANEL.padding);
          expect(line.x + line.width).toBeLessThanOrEqual(
            panelLeft + CARD_PANEL.width - CARD_PANEL.padding,
          );
          expect(typesetter.measure(line.text, line.style, direction)).toBeLessThanOrEqual(
            line.width,
          );
          expect(drawnWidth).toBeGreaterThan(0);
          // From the top of its tallest letters to the bottom of its descenders, inside the border.
          expect(line.baseline - line.style.size).toBeGreaterThanOrEqual(CARD_PANEL.padding - 0.01);
          expect(line.baseline + 0.3 * line.style.size).toBeLessThanOrEqual(
            CARD_PANEL.height - CARD_PANEL.padding + 0.01,
          );
        }
        // The card, folded or not, fits between the page's margins on both papers.
        for (const paper of Object.values(PAPER_SIZES))
          expect(panels * CARD_PANEL.width).toBeLessThanOrEqual(paper[0] - 2 * MARGIN);
      }
    },
  );

  it.each(LANGUAGES)(
    'in %s, prints every line of the longest accepted input whole, with the 24-hour number',
    { timeout: 120_000 },
    async (language) => {
      const { content, card } = longestCard(language, 'caregiver');
      // The card alone, as the handout draws it: what comes before it on the page is not what is checked here, and
      // drawing the whole handout in each language was most of this file's time.
      const { bytes, pageCount } = await renderHandout(
        { ...content, blocks: [card] },
        {
          fontsDir: path.resolve('resources/fonts'),
          paper: 'a4',
          largePrint: false,
          createdAt: new Date('2026-12-01T10:00:00Z'),
        },
      );
      const { dir, cleanup } = makeTempDir();
      try {
        const file = path.join(dir, 'card.pdf');
        writeFileSync(file, bytes);
        const lastPage = execFileSync(
          'pdftotext',
          ['-enc', 'UTF-8', '-f', String(pageCount), '-l', String(pageCount), file, '-'],
          { encoding: 'utf8' },
        );
        // The card is the last thing on the last page, after the note that says how to cut it out.
        const t = translatorFor(language);
        const note = searchable(t('handout:walletCard.cutOutFolded'));
        const text = searchable(lastPage);
        expect(text).toContain(note);
        const cardText = text.slice(text.indexOf(note) + note.length);
        const lines = [card.heading, ...card.lines.map((l) => l.text)];
        if (textDirection(language) === 'ltr') {
          for (const line of lines) expect(cardText).toContain(searchable(line));
          expect(cardText).toContain(searchable(LONGEST_PHONE));
        } else {
          // Poppler gives right-to-left lines with Latin and digits in them back in a shuffled order (until runs carry
          // their logical text), so here every letter and digit of every line is counted instead: none is missing.
          const counts = (text: string) =>
            Array.from(searchable(text)).reduce(
              (count, ch) => count.set(ch, (count.get(ch) ?? 0) + 1),
              new Map<string, number>(),
            );
          const printed = counts(cardText);
          expect(
            [...counts(lines.join(''))].filter(([ch, count]) => (printed.get(ch) ?? 0) < count),
          ).toEqual([]);
          expect(searchable(cardText)).toContain(searchable(card.lines[0]?.text ?? ''));
        }
      } finally {
        cleanup();
      }
    },
  );

  it('keeps an everyday card on one panel at its own size', () => {
    const content = buildHandoutContent({
      clinic: { ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT },
      patient: patientWith({ firstName: 'Ana', role: 'patient' }),
      language: 'en',
      protocol: protocol,
      contentHash: '0'.repeat(64),
      preparedAt: new Date('2026-12-01T10:00:00Z'),
      glossary,
      lessons,
      t: translatorFor('en'),
    });
    const card = content.blocks.find((b) => b.kind === 'wallet-card');
    if (card?.kind !== 'wallet-card') throw new Error('no wallet card');
    const fit = layoutWalletCard(card.heading, card.lines, 'ltr', (text, style, width) =>
      typesetter.wrap(text, style, 'ltr', width),
    );
    expect(fit.fits && { panels: fit.layout.panels, size: fit.layout.size }).toEqual({
      panels: 1,
      size: CARD_STYLES.body.size,
    });
  });
});

describe('input the wallet card cannot hold', () => {
  it.each(LANGUAGES)(
    'in %s, is refused by the protocol schema past the title and key-date limits, naming the field',
    (language) => {
      const over = (limit: number) => ({ en: 'Title', [language]: filled(language, limit + 1) });
      const result = ProtocolSchema.safeParse({
        ...protocol,
        title: over(LIMITS.title),
        keyDates: [{ ...protocol.keyDates[0], label: over(LIMITS.keyDateLabel) }],
      });
      const issues = result.success
        ? []
        : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      expect(issues).toContain(
        `title.${language}: may be at most ${LIMITS.title} characters; this one has ${LIMITS.title + 1} characters`,
      );
      expect(issues).toContain(
        `keyDates.0.label.${language}: may be at most ${LIMITS.keyDateLabel} characters; this one has ${LIMITS.keyDateLabel + 1} characters`,
      );
    },
  );

  it('is refused when the handout is made, naming the input, rather than printed without a line', async () => {
    // The Arabic ligature ﷽ is seven times as wide as a letter: a name of a hundred of them fills more than a panel.
    const content = buildHandoutContent({
      clinic: { ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT },
      patient: patientWith({ firstName: '\uFDFD'.repeat(MAX.firstName), role: 'patient' }),
      language: 'ar',
      protocol: protocol,
      contentHash: '0'.repeat(64),
      preparedAt: new Date('2026-12-01T10:00:00Z'),
      glossary,
      lessons,
      t: translatorFor('ar'),
    });
    const made = renderHandout(content, {
      fontsDir: path.resolve('resources/fonts'),
      paper: 'letter',
      largePrint: false,
      createdAt: new Date('2026-12-01T10:00:00Z'),
    });
    await expect(made).rejects.toBeInstanceOf(WalletCardTooFull);
    await expect(made).rejects.toMatchObject({ location: 'patient.firstName' });
  });
});
