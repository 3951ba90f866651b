import { useEffect, useState, type ReactNode } from 'react';
import type { FileSaveResult } from '@shared/schemas/file-results';
import type { PrintResult } from '@shared/schemas/print-result';
import type { PatientSession } from '@shared/schemas/session';
import { call } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { StepFrame } from '../components/StepFrame';
import { HandoutPreview } from '../handout/HandoutPreview';
import { handoutPreviews, type PreparedHandout } from '../handout/handout-previews';
import { isSameRequest, type PreviewRequest } from '../handout/preview-source';
import { preparePrintView } from '../handout/print-view';
import { SecondLanguageChoice } from '../handout/SecondLanguageChoice';
import { defaultSecondLanguage, type SecondLanguage } from '@shared/handout/second-language';
import type { Language } from '@shared/i18n/languages';
import type { StepPosition } from './step-position';
import { useVoicedTranslation } from '../i18n/voice';

type Busy = 'save' | 'print' | null;
type Outcome =
  { kind: 'save'; result: FileSaveResult } | { kind: 'print'; result: PrintResult } | null;

export interface HandoutStepProps extends StepPosition {
  /** A shared kiosk prints and never saves; a printed handout ends the session there (main ends it). */
  kiosk: boolean;
  /** The answers the handout is made from: the preview shown is always the one made from them. */
  session: PatientSession;
  /** "Delete my information" at home; a kiosk has "I'm finished" on every step instead. */
  deleting: ReactNode;
}

/** Last step: the handout made in main from everything entered, shown as its own PDF pages, saved or printed. */
export function HandoutStep({ kiosk, session, deleting, ...position }: HandoutStepProps) {
  const { t } = useVoicedTranslation();
  const [busy, setBusy] = useState<Busy>(null);
  const [largePrint, setLargePrint] = useState(false);
  // English beside any other language until the person chooses; a choice holds for the language it was made in.
  const [chosen, setChosen] = useState<{ first: Language; second: SecondLanguage } | null>(null);
  const secondLanguage =
    chosen?.first === session.language ? chosen.second : defaultSecondLanguage(session.language);
  /** `made` counts previews, so each new one is drawn afresh. */
  const [prepared, setPrepared] = useState<{ handout: PreparedHandout; made: number } | null>(null);
  const [previewFailed, setPreviewFailed] = useState<{
    request: PreviewRequest;
    failure: unknown;
  } | null>(null);
  /** The preview whose first page is shown: until then the step says the handout is on its way. */
  const [drawn, setDrawn] = useState<PreparedHandout | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (what: Exclude<Busy, null>, task: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setOutcome(null);
    try {
      await task();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  // The preview follows the answers (the language among them), the large-print choice and the second language;
  // often it was made while the review was read (App). A preview made for anything else is never shown: a patient
  // acts on what it says.
  const request: PreviewRequest = { session, largePrint, secondLanguage };
  useEffect(() => {
    let current = true;
    const asked = { session, largePrint, secondLanguage };
    handoutPreviews.get(asked).then(
      // The same preview again (moving here saved the step, not an answer) stays on screen as it is.
      (handout) =>
        current &&
        setPrepared((before) =>
          before?.handout === handout ? before : { handout, made: (before?.made ?? 0) + 1 },
        ),
      (failure: unknown) => current && setPreviewFailed({ request: asked, failure }),
    );
    return () => {
      current = false;
    };
  }, [session, largePrint, secondLanguage]);
  const shown =
    prepared && isSameRequest(prepared.handout.request, request) ? prepared.handout : null;
  const preview = shown?.preview ?? null;
  const previewError =
    previewFailed && isSameRequest(previewFailed.request, request) ? previewFailed.failure : null;
  const preparing = !previewError && (shown === null || drawn !== shown);

  // run() reports its own failure, so the click need not wait for it.
  const save = () =>
    void run('save', async () =>
      setOutcome({
        kind: 'save',
        result: await call('saveHandout', { largePrint, secondLanguage }),
      }),
    );
  const print = () =>
    void run('print', async () => {
      const removePrintView = await preparePrintView(
        preview ?? (await call('previewHandout', { largePrint, secondLanguage })),
      );
      let result: PrintResult;
      try {
        result = await call('printHandout', { largePrint, secondLanguage });
      } finally {
        removePrintView();
      }
      setOutcome({ kind: 'print', result });
    });

  return (
    <StepFrame heading={t('handout.heading')} {...position}>
      <p>{t(kiosk ? 'handout.introKiosk' : 'handout.intro')}</p>
      <p className="notice">{t('handout.notConsent')}</p>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={largePrint}
          onChange={(event) => setLargePrint(event.target.checked)}
        />
        {t('handout.largePrint')}
      </label>
      <SecondLanguageChoice
        first={session.language}
        value={secondLanguage}
        onChange={(second) => setChosen({ first: session.language, second })}
      />
      <div className="actions">
        {!kiosk && (
          <button
            type="button"
            className="primary"
            onClick={save}
            disabled={busy !== null}
            aria-busy={busy === 'save'}
            aria-describedby="handout-status"
          >
            {t('handout.save')}
          </button>
        )}
        <button
          type="button"
          className="primary"
          onClick={print}
          disabled={busy !== null}
          aria-busy={busy === 'print'}
          aria-describedby="handout-status"
        >
          {t('handout.print')}
        </button>
      </div>
      <div id="handout-status" role="status" aria-live="polite">
        {preparing && <p>{t('handout.previewing')}</p>}
        {busy === 'save' && <p>{t('handout.saving')}</p>}
        {busy === 'print' && <p>{t('handout.printing')}</p>}
        {outcome?.kind === 'save' && outcome.result.outcome === 'saved' && (
          <p className="success">{t('handout.saved', { fileName: outcome.result.fileName })}</p>
        )}
        {outcome?.kind === 'save' && outcome.result.outcome === 'cancelled' && (
          <p>{t('handout.cancelled')}</p>
        )}
        {outcome?.kind === 'print' && outcome.result.outcome === 'printed' && (
          <p className="success">
            {outcome.result.printer
              ? t('handout.printedTo', { printer: `\u2068${outcome.result.printer}\u2069` })
              : t('handout.printed')}
          </p>
        )}
        {outcome?.kind === 'print' && outcome.result.outcome === 'cancelled' && (
          <p>{t('handout.printCancelled')}</p>
        )}
      </div>
      {outcome?.kind === 'print' && outcome.result.outcome === 'failed' && (
        <p className="error" role="alert">
          {t(
            `${kiosk ? 'handout.printFailedKiosk' : 'handout.printFailed'}.${outcome.result.reason}`,
          )}
        </p>
      )}
      <ErrorMessage error={error ?? previewError} />
      <div className="preview-area" aria-busy={preparing}>
        {shown && <HandoutPreview key={prepared?.made} prepared={shown} onSettled={setDrawn} />}
      </div>
      {deleting}
    </StepFrame>
  );
}
