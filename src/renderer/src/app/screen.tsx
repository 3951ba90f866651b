import type { ReactNode } from 'react';
import type { Root } from 'react-dom/client';

let shown: { root: Root; frame: (content: ReactNode) => ReactNode } | null = null;

/** Remembers where the app is drawn, and what every screen is drawn inside (the language provider). */
export function setScreen(root: Root, frame: (content: ReactNode) => ReactNode): void {
  shown = { root, frame };
}

/** Puts `content` on the screen in place of everything: the app and all it holds in memory are unmounted. */
export function replaceScreen(content: ReactNode): void {
  shown?.root.render(shown.frame(content));
}
