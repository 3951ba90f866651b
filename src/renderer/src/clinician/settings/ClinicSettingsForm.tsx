import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/i18n/languages';
import {
  KIOSK_WARNING_SECONDS,
  missingClinicSettings,
  type ClinicSettings,
  type RequiredClinicSetting,
} from '@shared/schemas/clinic-settings';
import type { ManageableSetting } from '@shared/schemas/managed-settings';
import { AppModeSchema } from '@shared/schemas/computer-role';
import { PaperSchema } from '@shared/schemas/paper';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LocalizedTextField } from '../fields/LocalizedTextField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

/** Minutes a kiosk may sit untouched before it asks whether the patient is still there. */
const IDLE_CHOICES = [1, 2, 3, 5, 10, 15, 30];

/** The clinic's name, numbers, emergency wording, crisis line, address, default language and paper (on every handout), the mode and the kiosk's printer. */
export function ClinicSettingsForm({
  managed,
  pinManaged,
  needsAttention,
}: {
  managed: readonly ManageableSetting[];
  pinManaged: boolean;
  needsAttention: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState<ClinicSettings | null>(null);
  const [saved, setSaved] = useState(false);
  // Required fields are marked once staff try to save, so an empty form does not greet them with errors.
  const [triedSaving, setTriedSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [printers, setPrinters] = useState<string[]>([]);
  useEffect(() => {
    call('clinicianGetSettings').then(setSettings, setError);
    call('clinicianListPrinters').then(setPrinters, setError);
  }, []);
  if (!settings)
    return error ? <ErrorMessage error={error} /> : <p role="status">{t('app:loading')}</p>;
  const locked = (name: ManageableSetting) =>
    managed.includes(name) ? t('clinician:settings.managed') : undefined;
  const missing = triedSaving ? missingClinicSettings(settings) : [];
  const required = (name: RequiredClinicSetting) => ({
    required: true,
    error: missing.includes(name) ? t('clinician:settings.required') : null,
  });
  const set = (next: Partial<ClinicSettings>) => {
    setSaved(false);
    setSettings({ ...settings, ...next });
  };

  return (
    <form
      aria-labelledby="settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        setTriedSaving(true);
        if (missingClinicSettings(settings).length > 0) return;
        call('clinicianSaveSettings', settings).then((next) => {
          setSettings(next);
          setSaved(true);
        }, setError);
      }}
    >
      <h1 id="settings-heading" tabIndex={-1}>
        {t('clinician:settings.heading')}
      </h1>
      {pinManaged && <p className="hint">{t('clinician:settings.pinManaged')}</p>}
      {needsAttention && !saved && (
        <p className="notice">{t('clinician:settings.needsAttention')}</p>
      )}
      <TextField
        label={t('clinician:settings.clinicName')}
        value={settings.clinicName}
        onChange={(clinicName) => set({ clinicName })}
        {...required('clinicName')}
      />
      <TextField
        label={t('clinician:settings.phoneOfficeHours')}
        type="tel"
        dir="ltr"
        value={settings.phoneOfficeHours}
        onChange={(phoneOfficeHours) => set({ phoneOfficeHours })}
        {...required('phoneOfficeHours')}
      />
      <TextField
        label={t('clinician:settings.phoneAfterHours')}
        type="tel"
        dir="ltr"
        value={settings.phoneAfterHours}
        onChange={(phoneAfterHours) => set({ phoneAfterHours })}
        {...required('phoneAfterHours')}
      />
      <LocalizedTextField
        label={t('clinician:settings.emergencyInstruction')}
        value={settings.emergencyInstruction ?? { en: '' }}
        onChange={(text) =>
          set({ emergencyInstruction: Object.values(text).some((v) => v.trim()) ? text : null })
        }
      />
      <TextField
        label={t('clinician:settings.crisisLine')}
        hint={t('clinician:settings.crisisLineHint')}
        value={settings.crisisLine}
        onChange={(crisisLine) => set({ crisisLine })}
      />
      <TextField
        label={t('clinician:settings.address')}
        value={settings.address}
        onChange={(address) => set({ address })}
      />
      <SelectField
        label={t('clinician:settings.defaultLanguage')}
        value={settings.defaultLanguage}
        options={LANGUAGES}
        optionLabel={(l) => i18n.getFixedT(l)('app:languageName')}
        onChange={(defaultLanguage) => set({ defaultLanguage })}
      />
      <SelectField
        label={t('clinician:settings.mode')}
        value={settings.mode}
        options={AppModeSchema.options}
        optionLabel={(m) => t(`clinician:settings.modes.${m}`)}
        onChange={(mode) => set({ mode })}
        lockedBecause={locked('mode')}
      />
      <p className="hint">{t('clinician:settings.modeHint')}</p>
      <SelectField
        label={t('clinician:settings.printer')}
        value={settings.printer}
        // A saved printer this computer no longer has stays listed, marked, so staff see what is set.
        options={['', ...new Set([...printers, ...(settings.printer ? [settings.printer] : [])])]}
        optionLabel={(p) =>
          p === ''
            ? t('clinician:settings.defaultPrinter')
            : printers.includes(p)
              ? p
              : t('clinician:settings.missingPrinter', { printer: p })
        }
        onChange={(printer) => set({ printer })}
        lockedBecause={locked('printer')}
      />
      <p className="hint">{t('clinician:settings.printerHint')}</p>
      <SelectField
        label={t('clinician:settings.kioskIdle')}
        value={String(settings.kioskIdleMinutes)}
        options={[...new Set([...IDLE_CHOICES, settings.kioskIdleMinutes])]
          .sort((a, b) => a - b)
          .map(String)}
        optionLabel={(minutes) => minutes}
        onChange={(minutes) => set({ kioskIdleMinutes: Number(minutes) })}
        lockedBecause={locked('kioskIdleMinutes')}
      />
      <p className="hint">
        {t('clinician:settings.kioskIdleHint', { seconds: KIOSK_WARNING_SECONDS })}
      </p>
      <SelectField
        label={t('clinician:settings.paperSize')}
        value={settings.paperSize}
        options={PaperSchema.options}
        optionLabel={(p) => t(`clinician:settings.paper.${p}`)}
        onChange={(paperSize) => set({ paperSize })}
        lockedBecause={locked('paperSize')}
      />
      <ErrorMessage error={error} />
      <div role="alert">
        {missing.length > 0 && (
          <p className="error">{t('clinician:settings.missing', { count: missing.length })}</p>
        )}
      </div>
      <div role="status" aria-live="polite">
        {saved && <p className="success">{t('clinician:settings.saved')}</p>}
      </div>
      <button type="submit" className="primary">
        {t('clinician:settings.save')}
      </button>
    </form>
  );
}
