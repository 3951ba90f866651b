export interface FileRequest {
  /** Shown in the dialog's file-type list, in the person's language. */
  fileTypeLabel: string;
  extension: 'pdf' | 'json' | 'ics';
}

/**
 * Asks the person which file to save to or open. Electron shows the system dialogs; the Chromium host uses a
 * folder and scripted answers. A null answer means the person cancelled.
 */
export interface FileDialogs {
  chooseSavePath(request: FileRequest & { suggestedName: string }): Promise<string | null>;
  chooseOpenPath(request: FileRequest): Promise<string | null>;
}
