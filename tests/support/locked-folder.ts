import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

const isRoot = process.getuid?.() === 0;

/** Why file permissions cannot stop this process reading a file, or null where they can. Root reads whatever the mode says. */
export const PERMISSIONS_DO_NOT_STOP_READING: string | null = isRoot
  ? 'tests run as root, who reads a file whatever its mode'
  : null;

/**
 * Makes a folder in which nothing can be renamed, created or replaced: mode 0o555 for an ordinary user, the
 * immutable attribute (chattr +i) for root, who ignores modes. Returns how to undo it, or why it cannot be done.
 */
export function lockFolder(dir: string): { unlock: () => void } | { cannot: string } {
  if (!isRoot) {
    chmodSync(dir, 0o555);
    return { unlock: () => chmodSync(dir, 0o700) };
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'pipe' });
  } catch (error) {
    return { cannot: `chattr +i is not available here (${String(error)})` };
  }
  return { unlock: () => execFileSync('chattr', ['-i', dir], { stdio: 'pipe' }) };
}
