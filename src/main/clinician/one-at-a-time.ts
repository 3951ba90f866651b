/**
 * Runs async tasks one after another, in the order they were given, so each sees what the one before it left
 * (a PIN try reads the count the previous try wrote). A task that fails does not stop the ones after it.
 */
export function oneAtATime() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}
