/** A JSON file the app keeps its state in. The only place that knows how the bytes reach the disk. */
export interface JsonDocument {
  /** Where the file lives, for messages and backups. */
  readonly path: string;
  /**
   * The parsed file; `undefined` when there is no file yet. Throws UnreadableDocumentError on bad JSON,
   * DocumentTooLargeError, before reading anything, for a file over MAX_DOCUMENT_BYTES, and the system's error where
   * the file cannot be opened (no permission, a folder).
   */
  read(): unknown;
  /** Throws DocumentTooLargeError, writing nothing, for a value the app could not read back. */
  write(value: Record<string, unknown>): void;
  /** Copies the current file aside and returns the copy's path. */
  backUp(reason: string): string;
  /** Moves an unusable file aside (it is never deleted), so a fresh one can be written; returns its new path. */
  setAside(reason: string): string;
  /** The copies backUp and setAside made of this file that are still beside it, oldest first. */
  copiesAside(): string[];
  /** Deletes the file, for data the person asked to be forgotten. */
  remove(): void;
  /**
   * Deletes this file's copies made by setAside and backUp, and temporary files a crash left behind, for data
   * the person asked to be forgotten. Copies of any other file in the same folder are never touched.
   */
  removeCopies(): void;
}

/** No store file is larger: a clinic's protocols with every saved version stay far below it. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A store file that cannot be read as it is; `detail` says why, in words for the person told about it. */
export class UnreadableDocumentError extends Error {
  constructor(
    path: string,
    readonly detail: string,
    cause?: unknown,
  ) {
    super(`${path}: ${detail}`, { cause });
    this.name = 'UnreadableDocumentError';
  }
}

/** A store file too large to be read into memory: treated like any unreadable one, and never parsed. */
export class DocumentTooLargeError extends UnreadableDocumentError {
  constructor(path: string, bytes: number) {
    super(
      path,
      `The file is ${megabytes(bytes)} MB; a store file may be at most ${megabytes(MAX_DOCUMENT_BYTES)} MB.`,
    );
    this.name = 'DocumentTooLargeError';
  }
}

/** Rounded up, so a file just over the limit never reads as exactly at it. */
const megabytes = (bytes: number) => String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
