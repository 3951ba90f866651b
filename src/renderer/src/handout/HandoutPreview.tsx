import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoutPreview as Preview } from '../../../shared/schemas/handout-preview';
import { bytesFromBase64, drawPage, openPdf } from './pdf-pages';

/** Canvas pixels per PDF point on screen: sharp on high-density screens without drawing huge canvases. */
const SCREEN_PIXELS_PER_POINT = 2;

/** Waits for the next task, so a key press or a click waiting since the last page is handled before the next. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface HandoutPreviewProps {
  preview: Preview;
  /** Told once every page is drawn, or drawing failed: the step stops saying the preview is on its way. */
  onSettled: (preview: Preview) => void;
}

/**
 * The handout's own PDF pages, drawn by pdf.js: exactly what will be saved or printed. Keyed by its preview. Pages
 * are drawn one per task, so the page keeps answering the person while a long handout is drawn.
 */
export function HandoutPreview({ preview, onSettled }: HandoutPreviewProps) {
  const { t } = useTranslation();
  const canvases = useRef<Array<HTMLCanvasElement | null>>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const draw = async () => {
      const { pdf, close } = await openPdf(bytesFromBase64(preview.pdfBase64));
      try {
        for (let n = 1; n <= pdf.numPages && !cancelled; n += 1) {
          if (n > 1) await nextTask();
          const canvas = canvases.current[n - 1];
          if (canvas && !cancelled) await drawPage(pdf, n, canvas, SCREEN_PIXELS_PER_POINT);
        }
      } finally {
        void close();
      }
    };
    draw()
      .catch(() => !cancelled && setFailed(true))
      .finally(() => !cancelled && onSettled(preview));
    return () => {
      cancelled = true;
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
