import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { FALLBACK_LANGUAGE } from '../../shared/languages';
import { call } from './api/client';
import { App } from './app/App';
import { setScreen } from './app/screen';
import { ErrorMessage } from './components/ErrorMessage';
import { createRendererI18n } from './i18n/renderer-i18n';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

async function start() {
  try {
    const [startup, session, protocols, glossary] = await Promise.all([call('getStartupInfo'), call('getSession'), call('listProtocols'), call('listGlossary')]);
    const lessons = await call('listLessons', { protocolId: session.protocolId });
    const i18n = createRendererI18n(session.language);
    setScreen(root, (content) => (
      <StrictMode>
        <I18nextProvider i18n={i18n}>{content}</I18nextProvider>
      </StrictMode>
    ));
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App startup={startup} initialSession={session} protocols={protocols} initialLessons={lessons} glossary={glossary} />
        </I18nextProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <I18nextProvider i18n={createRendererI18n(FALLBACK_LANGUAGE)}>
        <main className="step">
          <ErrorMessage error={error} />
        </main>
      </I18nextProvider>,
    );
  }
}

void start();
