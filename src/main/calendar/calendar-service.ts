import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calendarDateOf } from '@shared/dates/calendar-date';
import { describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import { timelineItems } from '@shared/dates/timeline-items';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import type { FileSaveResult } from '@shared/schemas/file-results';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { handoutPatientOf, type PatientSession } from '@shared/schemas/session';
import { voiceOf, withVoice } from '@shared/i18n/voice';
import type { ProtocolCatalog } from '../protocol/protocol-catalog';
import { protocolForSession } from '../protocol/session-protocol';
import { ApiError } from '../ipc/api-error';
import type { FileDialogs } from '../platform/file-dialogs';
import type { AppMode } from '@shared/schemas/computer-role';
import { calendarFile } from './calendar-file';

export interface CalendarServiceDeps {
  /** The mode the app started in: only a patient's own computer saves a calendar file. */
  mode: AppMode;
  catalog: ProtocolCatalog;
  sessions: { load(): PatientSession | null };
  fileDialogs: FileDialogs;
  translatorFor: (language: Language) => Translate;
  now: () => Date;
  /** Adds the file to those "delete my information" says it leaves where they are. */
  noteSaved: (savedPath: string) => void;
}

/** "Add to my calendar": the patient's dated items as an .ics file, saved where the person chooses (home only). */
export function createCalendarService(deps: CalendarServiceDeps) {
  return {
    async save(): Promise<FileSaveResult> {
      // Fails closed: anything but a patient's own computer (a kiosk keeps nothing of a patient) is refused.
      if (deps.mode !== 'home')
        throw new ApiError(
          'forbidden',
          'Only a home computer saves a calendar file; a kiosk keeps nothing of a patient.',
        );
      const session = deps.sessions.load();
      const protocol = session?.protocolId
        ? protocolForSession(deps.catalog, session, session.protocolId)
        : undefined;
      if (!session || !protocol)
        throw new ApiError('bad-request', 'Choose a therapy protocol before saving its dates.');
      const { language } = session;
      const voice = voiceOf(session.role);
      const t = withVoice(deps.translatorFor(language), voice);
      const text = (value: LocalizedText) => resolveText(value, language, voice).text;
      const now = deps.now();
      const items = timelineItems(
        protocol,
        handoutPatientOf(session),
        calendarDateOf(now),
        t,
        text,
      );
      // The page offers the button only with a date to add; a file without one would only puzzle.
      if (items.every((item) => item.when.kind === 'unknown'))
        throw new ApiError('bad-request', 'There is no known date to add to a calendar yet.');
      const file = calendarFile(
        items,
        {
          calendarName: t('app:calendar.calendarName'),
          describe: (item) =>
            [item.timing, describeTimelineWhen(item.when, t, language)]
              .filter((line) => line !== '')
              .join('\n'),
          reminder: (item) => t('app:calendar.reminder', { item: item.label }),
        },
        now,
      );
      const target = await deps.fileDialogs.chooseSavePath({
        suggestedName: t('app:calendar.fileName'),
        fileTypeLabel: t('app:calendar.fileType'),
        extension: 'ics',
      });
      if (target === null) return { outcome: 'cancelled' };
      await writeFile(target, file, { encoding: 'utf8', mode: 0o600 });
      deps.noteSaved(target);
      return { outcome: 'saved', fileName: path.basename(target) };
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
