/**
 * The system clipboard (and on Linux the selection): a name or an answer a patient copied would otherwise be there
 * for the next person to paste. Emptied whenever a patient is forgotten.
 */
export interface Clipboard {
  clear(): Promise<void>;
}
