import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoutPreview as Preview } from '../../../shared/schemas/handout-preview';
import { bytesFromBase64, drawPage, openPdf } from './pdf-pages';

/** Canvas pixels per PDF point on screen: sharp on high-density screens without drawing huge canvases. */
const SCREEN_PIXELS_PER_POINT = 2;

/** Pages this close below (or above) the visible part are drawn already, so scrolling rarely meets a blank page. */
const DRAW_AHEAD = '50% 0px';

/** Waits for the next task, so a key press or a click waiting since the last page is handled before the next. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface HandoutPreviewProps {
  preview: Preview;
  /** Told once the pages first in view are drawn, or drawing failed: the step stops saying the preview is on its way. */
  onSettled: (preview: Preview) => void;
}

/**
 * The handout's own PDF pages, drawn by pdf.js: exactly what will be saved or printed. Keyed by its preview. A page
 * is drawn when it comes into view, one at a time, each after the next task, so a long handout never holds up the
 * person while it is drawn.
 */
export function HandoutPreview({ preview, onSettled }: HandoutPreviewProps) {
  const { t } = useTranslation();
  const canvases = useRef<Array<HTMLCanvasElement | null>>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let settled = false;
    const settle = () => {
      if (settled || cancelled) return;
      settled = true;
      onSettled(preview);
    };
    const fail = () => {
      if (!cancelled) setFailed(true);
      settle();
    };
    const opening = openPdf(bytesFromBase64(preview.pdfBase64));
    opening.catch(fail);
    const started = new Set<number>();
    let drawing: Promise<void> = Promise.resolve();
    const draw = (index: number): Promise<void> => {
      drawing = drawing.then(async () => {
        await nextTask();
        const canvas = canvases.current[index];
        if (cancelled || !canvas) return;
        await drawPage((await opening).pdf, index + 1, canvas, SCREEN_PIXELS_PER_POINT);
      });
      return drawing;
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const coming = entries.filter((entry) => entry.isIntersecting).map((entry) => canvases.current.indexOf(entry.target as HTMLCanvasElement));
        const fresh = coming.filter((index) => index >= 0 && !started.has(index)).sort((a, b) => a - b);
        for (const index of fresh) started.add(index);
        // The observer first reports every page: once those in view are drawn, the preview is there.
        Promise.all(fresh.map(draw)).then(settle, fail);
      },
      { rootMargin: DRAW_AHEAD },
    );
    for (const canvas of canvases.current) if (canvas) observer.observe(canvas);
    return () => {
      cancelled = true;
      observer.disconnect();
      opening.then(({ close }) => close(), () => undefined);
    };
  }, [preview, onSettled]);

  if (failed) return <p className="error" role="alert">{t('handout.previewFailed')}</p>;
  return (
    <section className="handout-preview" aria-labelledby="handout-preview-heading">
      <h2 id="handout-preview-heading">{t('handout.previewHeading')}</h2>
      <p className="hint">{t('handout.previewNote')}</p>
      <ol className="preview-pages">
        {Array.from({ length: preview.pageCount }, (_, i) => (
          <li key={i}>
            <canvas
              ref={(element) => {
                canvases.current[i] = element;
              }}
              className={`preview-page paper-${preview.paper}`}
              role="img"
              aria-label={t('handout.pageLabel', { page: i + 1, pages: preview.pageCount })}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
