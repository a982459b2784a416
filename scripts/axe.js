// Runs axe-core in headless Chromium (/usr/bin/chromium, no download) on
// each URL given, in light and in dark mode, and prints every violation.
// Exits 1 if there is any.  usage: node scripts/axe.js URL...
'use strict';
const path = require('path');
const tools = process.env.TOOLS_DIR || path.join(__dirname, '..', '.tools');
const puppeteer = require(path.join(tools, 'node_modules', 'puppeteer-core'));
const axePath = require.resolve(path.join(tools, 'node_modules', 'axe-core', 'axe.min.js'));

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  let violations = 0;
  try {
    for (const url of process.argv.slice(2)) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage();
        await page.setCacheEnabled(false);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        for (const width of [375, 1280]) {
          await page.setViewport({ width, height: 800 });
          const res = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
          if (!res || res.status() >= 400) throw new Error(`${url}: HTTP ${res && res.status()}`);
          // A search URL is checked with its results (or its message) shown.
          if (/[?&]q=/.test(url)) await page.waitForSelector('#search-results li, #search-unavailable:not([hidden])', { timeout: 15000 });
          await page.addScriptTag({ path: axePath });
          const result = await page.evaluate(() => window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          }));
          for (const v of result.violations) {
            violations++;
            console.log(`${url} [${scheme}, ${width}px] ${v.id} (${v.impact}): ${v.help}`);
            for (const n of v.nodes.slice(0, 5)) console.log(`    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`);
          }
          console.error(`axe: ${url} [${scheme}, ${width}px]: ${result.passes.length} rules pass, ${result.violations.length} violated`);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.exit(violations ? 1 : 0);
})().catch((e) => { console.error('axe:', e.message); process.exit(2); });
