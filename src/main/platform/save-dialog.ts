/** Asks the person where to save a file. Electron shows the system dialog; the test host answers from a script. */
export interface SaveDialog {
  /** The chosen absolute path, or null when the person cancelled. Labels come in the person's language. */
  choosePdfPath(request: { suggestedName: string; fileTypeLabel: string }): Promise<string | null>;
}
