// Opens an HTML report in Debian's Chromium and prints what the Rust test asserts on, as
// JSON: console errors, network requests, the matrix's shape, whether any payload ran.
// Usage: node check-report.mjs REPORT.html SCREENSHOT.png
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [report, screenshot] = process.argv.slice(2);
const url = pathToFileURL(report).href;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleErrors = [];
  const requests = [];
  const dialogs = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(url, { waitUntil: 'load' });
  const facts = await page.evaluate(() => {
    const matrix = document.querySelector('table.matrix');
    const rows = [...matrix.querySelectorAll('tbody tr')];
    const all = [...document.querySelectorAll('*')];
    return {
      title: document.title,
      rows: rows.length,
      columns: matrix.querySelectorAll('thead th.fact').length,
      cellsPerRow: rows.map((r) => r.querySelectorAll('td').length),
      xssMarker: window.__xss ?? null,
      scripts: document.querySelectorAll('script').length,
      eventHandlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(#|https?:)/.test(a.getAttribute('href'))).length,
      frames: document.querySelectorAll('iframe, object, embed, img, svg').length,
      text: document.body.innerText,
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    };
  });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ consoleErrors, requests, dialogs, ...facts }));
} finally {
  await browser.close();
}
