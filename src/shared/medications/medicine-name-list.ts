/** Arabic and Chinese keyboards type their own commas: ، (Arabic), ， and 、 (Chinese). */
const COMMA = /[,،，、]/u;

/** The names staff type in the protocol editor, one list however the commas were typed: "كحول، بيرة" is two names. */
export function parseMedicineNameList(text: string): string[] {
  return text
    .split(COMMA)
    .map((name) => name.trim())
    .filter(Boolean);
}
