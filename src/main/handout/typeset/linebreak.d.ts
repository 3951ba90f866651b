// The linebreak package (Unicode line breaking, UAX #14) ships no types; this is the part the typesetter uses.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
