import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '@shared/dates/timeline-items';
import type { FileSaveResult } from '@shared/schemas/file-results';
import { call } from '../api/client';

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'done'; result: FileSaveResult }
  | { kind: 'failed' };

/**
 * "Add to my calendar" (home only: the review shows it only there, and main refuses it in a kiosk): saves the dated
 * items of the timeline as a calendar file where the person chooses. With no date known yet, it says what to do first.
 */
export function AddToCalendar({ timeline }: { timeline: readonly TimelineItem[] }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!timeline.some((item) => item.when.kind !== 'unknown'))
    return <p className="hint">{t('calendar.noDates')}</p>;
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      setState({ kind: 'done', result: await call('saveCalendar') });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="add-to-calendar">
      <button
        type="button"
        className="secondary"
        disabled={state.kind === 'saving'}
        aria-describedby="add-to-calendar-hint"
        onClick={() => void save()}
      >
        {t('calendar.button')}
      </button>
      <p id="add-to-calendar-hint" className="hint">
        {t('calendar.hint')}
      </p>
      <p role="status">
        {state.kind === 'done' &&
          state.result.outcome === 'saved' &&
          t('calendar.saved', { fileName: `\u2068${state.result.fileName}\u2069` })}
        {state.kind === 'failed' && t('calendar.failed')}
      </p>
    </div>
  );
}
