import { z } from 'zod';

/**
 * Line breaks as any system or editor writes them (Unicode's mandatory breaks: a word processor's line break is a
 * vertical tab, a page break a form feed); CR LF first, so that it becomes one break.
 */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
const TAB = /\t/g;
/** Control characters (C0, DEL, C1) and halves of a broken character pair: no font draws them, and NUL ends text in some readers. */
const UNPRINTABLE = /[\p{Cc}\p{Cs}]/u;
const UNPRINTABLE_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Cs}]/u;

/**
 * One search of the whole text: every shipped lesson's text passes here each time the lessons are read, and testing
 * each character on its own was most of reading them.
 */
function firstUnprintable(text: string, newlineAllowed: boolean): string | undefined {
  return text.match(newlineAllowed ? UNPRINTABLE_BUT_NEWLINE : UNPRINTABLE)?.[0];
}

function codePointOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text typed or pasted by a person, as it may be printed: a tab becomes a space, line breaks become the field's
 * own (a space on one line, "\n" where the field runs over lines), and any other control character is refused
 * with its code, so whoever wrote it can find it (a printed "?" or an invisible NUL in the PDF's title helps no one).
 */
function plainText(newlineAllowed: boolean) {
  return z
    .string()
    .overwrite((text) => text.replace(LINE_BREAK, newlineAllowed ? '\n' : ' ').replace(TAB, ' '))
    .refine((text) => firstUnprintable(text, newlineAllowed) === undefined, {
      error: (issue) =>
        `contains an invisible control character (${codePointOf(firstUnprintable(String(issue.input), newlineAllowed) ?? '')}) that cannot be printed; remove it`,
    });
}

/** A text on one line (a name, a phone number, a medicine). */
export const singleLineText = () => plainText(false);

/** A text that may run over several lines (worries, a question, a clinic's wording). */
export const multiLineText = () => plainText(true);
