import { askFirstAnswers } from './app/first-answers';
import './styles.css';

// Main is asked for the first screen's answers, and the words are loading, while the app's code loads and starts.
const answers = askFirstAnswers();
// Awaited by the app; this only keeps a failure before then from counting as unhandled.
answers.catch(() => undefined);
void import('./app/start-app').then(({ startApp }) => startApp(answers));
