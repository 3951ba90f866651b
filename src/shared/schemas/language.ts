import { z } from 'zod';
import { LANGUAGES } from '@shared/i18n/languages';

/** One of the languages the app ships, as the contract, the session and the handout's input check it. */
export const LanguageSchema = z.enum(LANGUAGES);

/** The handout's second language, or null for a handout in one language. */
export const SecondLanguageSchema = LanguageSchema.nullable();
