import { call } from '../api/client';

/**
 * Forgets the patient (main clears their answers and the page's storage and caches), then reloads the page so
 * nothing of them stays in its memory either. `notice` is carried in the address for the screen that follows
 * ("your handout is printing"): it names no one.
 */
export async function endSession(notice?: 'printed'): Promise<void> {
  await call('endSession');
  if (notice) window.location.hash = notice;
  window.location.reload();
}
