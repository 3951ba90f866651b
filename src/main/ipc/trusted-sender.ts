/** The frame a call came from, as both hosts (Electron IPC and the test bridge) can describe it. */
export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

/**
 * Only the app's own page, in its top frame, may call main. Compares scheme and host through the URL
 * parser rather than by string prefix, so "app://gtc.evil/" or "app://gtc@evil/" do not pass.
 */
export function isTrustedSender(sender: SenderInfo, appOrigin: URL): boolean {
  if (!sender.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return (
    url.protocol === appOrigin.protocol &&
    url.host === appOrigin.host &&
    url.username === '' &&
    url.password === ''
  );
}
