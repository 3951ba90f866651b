/** A JSON file the app keeps its state in. The only place that knows how the bytes reach the disk. */
export interface JsonDocument {
  /** Where the file lives, for messages and backups. */
  readonly path: string;
  /**
   * The parsed file; `undefined` when there is no file yet. Throws UnreadableDocumentError on bad JSON, and the
   * system's error where the file cannot be opened (no permission, a folder).
   */
  read(): unknown;
  write(value: Record<string, unknown>): void;
  /** Copies the current file aside and returns the copy's path. */
  backUp(reason: string): string;
  /** Moves an unusable file aside (it is never deleted), so a fresh one can be written; returns its new path. */
  setAside(reason: string): string;
  /** The copies backUp and setAside made of this file that are still beside it, oldest first. */
  copiesAside(): string[];
  /** Deletes the file, for data the person asked to be forgotten. */
  remove(): void;
}

export class UnreadableDocumentError extends Error {
  constructor(path: string, cause: unknown) {
    super(`${path} is not valid JSON`, { cause });
    this.name = 'UnreadableDocumentError';
  }
}
