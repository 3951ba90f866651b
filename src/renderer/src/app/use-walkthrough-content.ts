import { useEffect, useState } from 'react';
import type { GlossaryEntry } from '@shared/content/glossary';
import type { Lesson } from '@shared/content/lesson';
import type { PatientSession } from '@shared/schemas/session';
import { call } from '../api/client';
import { useLatest } from './use-latest';

/**
 * The lessons for the therapy the answers name, and the glossary, asked for once the first screen is up (it shows
 * neither); null until they come, and the steps that read them wait for them.
 */
export function useWalkthroughContent(
  session: PatientSession,
  onError: (failure: unknown) => void,
) {
  const [lessons, setLessons] = useState<readonly Lesson[] | null>(null);
  const [glossary, setGlossary] = useState<readonly GlossaryEntry[] | null>(null);
  const { protocolId, role } = session;
  const reportError = useLatest(onError);

  // Each therapy may add lessons of its own after the general ones; some parts are for one reader (a parent).
  useEffect(() => {
    let current = true;
    call('listLessons', { protocolId, role }).then(
      (next) => current && setLessons(next),
      (failure: unknown) => reportError.current(failure),
    );
    return () => {
      current = false;
    };
  }, [protocolId, role, reportError]);

  useEffect(() => {
    call('listGlossary').then(setGlossary, (failure: unknown) => reportError.current(failure));
  }, [reportError]);

  return { lessons, glossary };
}
