import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PatlasError } from '../../domain/patlas-error.js';

/** Debian's chromium: the PDF and the browser tests use it (no browser download). */
export const CHROMIUM_PATH = process.env.PATLAS_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network and quiet on a closed machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Footer with page numbers; Chromium fills the pageNumber / totalPages spans. */
const footerTemplate = (label: string) =>
  `<div style="width:100%;font-size:8px;color:#616e7c;padding:0 14mm;display:flex;justify-content:space-between;font-family:'Noto Sans CJK SC',sans-serif"><span>${label}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;

/**
 * Print the report's HTML file to an A4 PDF through headless Chromium, after its fonts are loaded. `footerLabel`
 * must already be HTML-escaped.
 */
export async function writeReportPdf(htmlFile: string, pdfFile: string, footerLabel: string): Promise<void> {
  if (!chromiumAvailable()) {
    throw new PatlasError('file-not-found', `--pdf needs Chromium at ${CHROMIUM_PATH}, which is not there`, {
      hint: 'install it (Debian: apt-get install chromium fonts-noto-cjk) or set PATLAS_CHROMIUM to its path',
    });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    await page.pdf({
      path: pdfFile,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: footerTemplate(footerLabel),
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
  }
}
