import type { Readable, Writable } from 'node:stream';

/** A terminal's input: it can stop echoing what is typed. */
export interface TerminalInput extends Readable {
  setRawMode(raw: boolean): unknown;
}

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/** Asks a question on a terminal and reads the answer without showing it, not even as stars. */
export function askHidden(
  question: string,
  input: TerminalInput,
  output: Writable,
): Promise<string> {
  output.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (settle: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      settle();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) {
          finish(() => resolve(typed));
          return;
        }
        if (char === CTRL_C || char === CTRL_D) {
          finish(() => reject(new Error('Cancelled.')));
          return;
        }
        typed = BACKSPACE.has(char) ? typed.slice(0, -1) : typed + char;
      }
    };
    input.on('data', onData);
  });
}

/** The first line of piped input (`printf '%s\n' "$PIN" | npm run pin-hash`), at most a few bytes read. */
export async function firstLine(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n') || text.length > 100) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}
