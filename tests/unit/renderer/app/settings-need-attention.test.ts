// @vitest-environment happy-dom
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '@shared/contract/api-contract';
import { appUnderTest } from '../../../support/app-under-test';
import { bridgeTo, renderApp } from './app-with-main';
import { clinicFile } from '../../../support/clinic-file';
import { localeText } from '../../../support/locale-text';
import { managedSettingsFile } from '../../../support/managed-settings-file';
import { STAFF_PIN_HASH } from '../../../support/staff-pin';
import { makeTempDir } from '../../../support/temp-dir';

// The handout step's pdf.js page drawing (a worker the test environment cannot load) is not on these screens.
vi.mock('../../../../src/renderer/src/handout/pdf-pages', () => ({
  drawPage: async () => undefined,
  screenPixelsPerPoint: () => 1,
}));

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const temp = makeTempDir();
// Only a bound on a hang: a busy machine may take seconds to draw.
const WAIT = { timeout: 30_000 };

const c = (key: string) => localeText('en', 'clinician', key);
/** The steps that help where the clinic file was lost: staff confirm its settings in clinician mode. */
const CLINIC_STEPS = [
  t('attention.stepUnlock', { staff: c('nav.enter') }),
  t('attention.stepSettings', {
    settings: c('nav.settings'),
    mode: c('settings.mode'),
    save: c('settings.save'),
  }),
];

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, BRIDGE_GLOBAL);
});

/** The app as it starts on a data folder holding these files, on a bridge to main's real services. */
async function startOn(files: Record<string, string>) {
  const dataDir = path.join(temp.dir, String(Math.random()).slice(2));
  mkdirSync(dataDir, { recursive: true });
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(dataDir, name), content);
  const main = await appUnderTest(dataDir, dataDir);
  bridgeTo(main);
  await renderApp(main);
  await screen.findByRole('heading', { level: 1, name: t('attention.heading') }, WAIT);
  return dataDir;
}

describe('the screen of a computer whose settings need attention', () => {
  it("tells staff the organization's settings file could not be used, why, and that IT must fix it", async () => {
    const dataDir = await startOn({
      // A home computer's clinic file, with its staff PIN: the broken file must not leave it saving answers.
      'clinic.json': clinicFile({ mode: 'home' }, STAFF_PIN_HASH),
      'managed-settings.json': managedSettingsFile({ mode: 'kiosk' }).replace('"kiosk"', '"kiosk'),
    });
    const problems = screen.getByRole('alert');
    expect(problems.textContent).toContain(t('attention.managedRefused'));
    expect(within(problems).getByText(path.join(dataDir, 'managed-settings.json'))).toBeDefined();
    expect(problems.textContent).toContain('the file is not valid JSON');
    const forStaff = screen.getByRole('region', { name: t('attention.forStaff') });
    expect(within(forStaff).getByText(t('attention.stepFixManaged'))).toBeDefined();
    expect(within(forStaff).getByText(t('attention.stepRestart'))).toBeDefined();
    // The clinic-settings steps do not help here, so they are not offered.
    for (const step of CLINIC_STEPS) expect(forStaff.textContent).not.toContain(step);
    // Staff mode opens only as before: here with the clinic file's PIN.
    expect(within(forStaff).getByRole('button', { name: c('nav.enter') })).toBeDefined();
    expect(screen.queryByLabelText(t('welcome.nameLabel'))).toBeNull();
  });

  it('whose clinic file was damaged shows the clinic-settings steps, and no word of the organization', async () => {
    await startOn({
      'clinic.json': clinicFile({ mode: 'kiosk' }).slice(0, 80),
      'managed-settings.json': managedSettingsFile({}, STAFF_PIN_HASH),
    });
    const forStaff = screen.getByRole('region', { name: t('attention.forStaff') });
    expect(forStaff.textContent).toContain(t('attention.stepRestart'));
    for (const step of CLINIC_STEPS) expect(forStaff.textContent).toContain(step);
    expect(screen.queryByText(t('attention.stepFixManaged'))).toBeNull();
    expect(document.body.textContent).not.toContain(t('attention.managedRefused'));
  });
});
