import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { blockTexts, type HandoutContent } from '../../src/main/handout/handout-content';

const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The handout's body as HTML, for a new page or to replace the text of one already open. */
export function handoutBody(content: HandoutContent): string {
  return content.blocks
    .map((block) => {
      switch (block.kind) {
        case 'title':
          return `<h1>${escape(block.text)}</h1>`;
        case 'subtitle':
          return `<p class="subtitle">${escape(block.text)}</p>`;
        case 'heading':
          return `<h2>${escape(block.text)}</h2>`;
        case 'subheading':
          return `<h3>${escape(block.text)}</h3>`;
        case 'notice':
          return `<p class="notice">${escape(block.text)}</p>`;
        case 'paragraph':
          return `<p${block.strong ? ' class="strong"' : ''}>${escape(block.text)}</p>`;
        case 'check-item':
        case 'bullet':
          return `<div class="item ${block.kind}"><p>${escape(block.text)}</p>${block.details.map((d) => `<p class="detail">${escape(d)}</p>`).join('')}</div>`;
        case 'write-in':
          return '<div class="write-in"></div><div class="write-in"></div>';
        case 'table':
          return `<table><thead><tr>${block.header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
            .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
        case 'dates-figure':
          return `<figure>${blockTexts(block)
            .map((text) => `<p>${escape(text)}</p>`)
            .join('')}</figure>`;
        case 'wallet-card':
          return `<p>${escape(block.note)}</p><div class="card"><p class="strong">${escape(block.heading)}</p>${block.lines.map((l) => `<p>${escape(l.text)}</p>`).join('')}</div>`;
      }
    })
    .join('\n');
}

/**
 * The same handout as an HTML page, for Chromium's print-to-PDF: the usual way Electron apps make PDFs. It must
 * be opened from a file:// URL, or Chromium refuses the fonts and silently prints with a system font.
 */
export function handoutHtml(content: HandoutContent, fontsDir: string): string {
  const font = (name: string) => pathToFileURL(path.join(fontsDir, name)).href;
  return `<!doctype html><html lang="${content.language}" dir="${content.direction}"><head><meta charset="utf-8"><style>
@font-face { font-family: H; src: url(${font('NotoSans-Regular.ttf')}); }
@font-face { font-family: H; font-weight: 700; src: url(${font('NotoSans-Bold.ttf')}); }
@font-face { font-family: HA; src: url(${font('NotoSansArabic-Regular.ttf')}); }
@font-face { font-family: HA; font-weight: 700; src: url(${font('NotoSansArabic-Bold.ttf')}); }
@font-face { font-family: HC; src: url(${font('DroidSansFallbackFull.ttf')}); }
body { font-family: H, HA, HC; font-size: 12pt; margin: 0; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; break-after: avoid; } h3 { font-size: 12pt; break-after: avoid; }
.subtitle { font-size: 15pt; } .strong { font-weight: 700; } .notice { border: 1.5pt solid #000; padding: 6pt; font-weight: 700; }
.item { break-inside: avoid; padding-inline-start: 20pt; } .check-item > p:first-child::before { content: '☐ '; }
.detail { font-size: 11pt; margin: 0; } .write-in { border-bottom: 0.5pt solid #555; height: 22pt; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; } th, td { border: 0.75pt solid #000; padding: 4pt; text-align: start; }
th { background: #e6e6e6; } tr { break-inside: avoid; }
.card { width: 85.6mm; height: 54mm; border: 1pt dashed #000; padding: 8pt; font-size: 8.5pt; break-inside: avoid; box-sizing: border-box; }
</style></head><body>${handoutBody(content)}</body></html>`;
}
