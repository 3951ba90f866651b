import { call } from '../api/client';
import { startLoadingLanguage } from '../i18n/locale-files';

/** Main's answers the first screen is drawn from. */
export type FirstAnswers = Awaited<ReturnType<typeof askFirstAnswers>>;

/**
 * Asks main for what the first screen shows, and starts loading the words of the session's language as soon as main
 * names it (index.html has the fallback language's on their way already). Only what the first screen shows is asked;
 * the app asks for the lessons and the glossary itself. Nothing here builds a schema or loads a library, so the
 * calls leave before the app's code is run.
 */
export async function askFirstAnswers() {
  const session = call('getSession');
  session.then((answer) => startLoadingLanguage(answer.language)).catch(() => undefined);
  const [startup, initialSession, protocols, crisisLine] = await Promise.all([
    call('getStartupInfo'),
    session,
    call('listProtocols'),
    call('getCrisisLine'),
  ]);
  return { startup, session: initialSession, protocols, crisisLine };
}
