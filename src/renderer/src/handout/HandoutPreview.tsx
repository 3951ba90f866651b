import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedHandout } from './handout-previews';
import { drawPage, screenPixelsPerPoint } from './pdf-pages';

/** Pages this close below (or above) the visible part are drawn already, so scrolling rarely meets a blank page. */
const DRAW_AHEAD = '50% 0px';

/** Waits for the next task, so a key press or a click waiting since the last page is handled before the next. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Puts the first page, drawn as soon as the handout was opened, on its canvas: a copy of pixels, nothing drawn again. */
function showFirstPage(drawn: HTMLCanvasElement, canvas: HTMLCanvasElement): void {
  canvas.width = drawn.width;
  canvas.height = drawn.height;
  canvas.getContext('2d')?.drawImage(drawn, 0, 0);
}

export interface HandoutPreviewProps {
  prepared: PreparedHandout;
  /** Told once the first page is shown, or drawing failed: the step stops saying the preview is on its way. */
  onSettled: (prepared: PreparedHandout) => void;
}

/**
 * The handout's own PDF pages, drawn by pdf.js: exactly what will be saved or printed. Keyed by its preview. The
 * first page was drawn as soon as the handout was opened, often before the step; every other page is drawn when it
 * comes into view, one at a time, each after the next task, so a long handout never holds up the person.
 */
export function HandoutPreview({ prepared, onSettled }: HandoutPreviewProps) {
  const { t } = useTranslation();
  const { preview } = prepared;
  const canvases = useRef<Array<HTMLCanvasElement | null>>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let settled = false;
    const settle = () => {
      if (settled || cancelled) return;
      settled = true;
      onSettled(prepared);
    };
    const fail = () => {
      if (!cancelled) setFailed(true);
      settle();
    };
    const { pdf, firstPage } = prepared.opened;
    let drawing = firstPage.then(async (drawn) => {
      await nextTask();
      const canvas = canvases.current[0];
      if (cancelled || !canvas) return;
      showFirstPage(drawn, canvas);
      settle();
    });
    drawing.catch(fail);
    const started = new Set<number>([0]);
    const draw = (index: number): Promise<void> => {
      drawing = drawing.then(async () => {
        await nextTask();
        const canvas = canvases.current[index];
        if (cancelled || !canvas) return;
        await drawPage(pdf, index + 1, canvas, screenPixelsPerPoint);
      });
      return drawing;
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const coming = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => canvases.current.indexOf(entry.target as HTMLCanvasElement));
        const fresh = coming
          .filter((index) => index >= 0 && !started.has(index))
          .sort((a, b) => a - b);
        for (const index of fresh) started.add(index);
        Promise.all(fresh.map(draw)).catch(fail);
      },
      { rootMargin: DRAW_AHEAD },
    );
    for (const canvas of canvases.current) if (canvas) observer.observe(canvas);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [prepared, onSettled]);

  if (failed)
    return (
      <p className="error" role="alert">
        {t('handout.previewFailed')}
      </p>
    );
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
