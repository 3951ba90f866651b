import { FALLBACK_LANGUAGE } from '../../../shared/languages';
import { call } from '../api/client';
import { startLoadingLanguage } from '../i18n/locale-files';

/** Main's answers the first screen is drawn from. */
export type FirstAnswers = Awaited<ReturnType<typeof askFirstAnswers>>;

/**
 * Asks main for what the first screen shows, and starts loading the words it is written in: the fallback language's,
 * needed whatever the session's language is, and the session's as soon as main names it. Only what the first screen
 * shows is asked; the app asks for the lessons and the glossary itself.
 */
export async function askFirstAnswers() {
  startLoadingLanguage(FALLBACK_LANGUAGE);
  const session = call('getSession');
  session.then((answer) => startLoadingLanguage(answer.language)).catch(() => undefined);
  const [startup, initialSession, protocols, crisisLine] = await Promise.all([call('getStartupInfo'), session, call('listProtocols'), call('getCrisisLine')]);
  return { startup, session: initialSession, protocols, crisisLine };
}
