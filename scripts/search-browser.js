// The search page in a real browser (headless Chromium, /usr/bin/chromium):
// types a query and wants the expected story among the results, with its
// issue date and a key point; checks the page without JavaScript and with
// no index, that the home page loads no search code, and that no request
// leaves the host. Every request to another host goes to a recording
// proxy that refuses it, so workers and preloads are caught too.
//   usage: node scripts/search-browser.js SITE_URL QUERY EXPECTED_HEADLINE
// SITE_URL is where the site is served, sub-path included
// (http://127.0.0.1:PORT/briefing/). Exits 1 on any failure.
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const tools = process.env.TOOLS_DIR || path.join(__dirname, '..', '.tools');
const puppeteer = require(path.join(tools, 'node_modules', 'puppeteer-core'));

const [site, query, expected] = process.argv.slice(2);
if (!site || !query || !expected) {
  console.error('usage: node scripts/search-browser.js SITE_URL QUERY EXPECTED_HEADLINE');
  process.exit(2);
}
const origin = new URL(site).origin;
const failures = [];
const fail = (msg) => { failures.push(msg); console.log('FAIL: ' + msg); };

// The proxy every non-loopback request is sent to: it records and refuses.
// Chromium itself calls a few service hosts of its own (component updates,
// sign-in, clock) whatever the flags; those are the browser's, never a
// page's, and are only counted. Any other host fails the check.
const leaks = [];
const browserOwn = new Set(['update.googleapis.com', 'accounts.google.com', 'clients2.google.com',
  'clientservices.googleapis.com', 'optimizationguide-pa.googleapis.com', 'safebrowsing.googleapis.com',
  'content-autofill.googleapis.com', 'redirector.gvt1.com', 'edgedl.me.gvt1.com', 'android.clients.google.com']);
const hostOf = (u) => { try { return u.startsWith('CONNECT ') ? u.slice(8).replace(/:\d+$/, '') : new URL(u).hostname; } catch (e) { return u; } };
const proxy = http.createServer((req, res) => { leaks.push(req.url); res.writeHead(403); res.end(); });
proxy.on('connect', (req, socket) => { leaks.push('CONNECT ' + req.url); socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'); });

(async () => {
  await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-chromium-'));
  const browser = await puppeteer.launch({
    // The binary itself: Debian's /usr/bin/chromium wrapper adds Google API
    // keys and extension flags that make the browser call Google.
    executablePath: process.env.CHROME_PATH || (fs.existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium'),
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', `--proxy-server=http://127.0.0.1:${proxy.address().port}`,
      // Chromium's own calls home (clock, sign-in, safe browsing): not the page's.
      '--disable-client-side-phishing-detection', '--disable-default-apps', '--disable-domain-reliability',
      '--no-pings', '--disable-breakpad', '--no-default-browser-check', '--disable-field-trial-config',
      '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,SafeBrowsing,DiceWebSigninInterception,SigninInterceptBubble,AccountConsistency,PushMessaging,InterestFeedContentSuggestions,AccountConsistencyMirror',
      '--allow-pre-commit-input', '--password-store=basic', '--use-mock-keychain', '--metrics-recording-only', '--safebrowsing-disable-auto-update'],
  });
  const seen = [];
  const open = async (opts = {}) => {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    if (opts.js === false) await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      seen.push(req.url());
      if (opts.block && opts.block.test(req.url())) return req.respond({ status: 404, body: '' });
      req.continue();
    });
    page.on('pageerror', (e) => opts.errors !== false && fail(`script error on ${page.url()}: ${e.message}`));
    // Pagefind warns when its worker fails and it falls back to the page.
    page.on('console', (m) => opts.errors !== false && ['error', 'warn', 'warning'].includes(m.type()) &&
      fail(`console ${m.type()} on ${page.url()}: ${m.text()}`));
    return page;
  };
  try {
    // 1. Type the query; the expected story comes up with date and key point.
    let page = await open();
    const res = await page.goto(site + 'search/', { waitUntil: 'load' });
    if (!res || res.status() !== 200) throw new Error(`search page: HTTP ${res && res.status()}`);
    await page.waitForSelector('#search-form:not([hidden])', { timeout: 10000 });
    await page.type('#search-q', query, { delay: 40 });
    const hit = await page.waitForFunction((want) => {
      for (const li of document.querySelectorAll('#search-results li')) {
        const a = li.querySelector('h2 a');
        if (a && a.textContent.includes(want)) {
          return {
            href: a.getAttribute('href'),
            date: (li.querySelector('time') || {}).dateTime || '',
            dateText: (li.querySelector('time') || {}).textContent || '',
            point: (li.querySelector('.hit') || {}).textContent || '',
            marked: Array.from(li.querySelectorAll('.hit mark')).map((m) => m.textContent),
            status: document.getElementById('search-status').textContent,
          };
        }
      }
      return false;
    }, { timeout: 15000 }, expected).then((h) => h.jsonValue()).catch(() => null);
    if (!hit) {
      const got = await page.$$eval('#search-results h2', (hs) => hs.map((h) => h.textContent));
      fail(`typing "${query}" did not find "${expected}" (results: ${JSON.stringify(got)})`);
    } else {
      console.log(`search: "${query}" -> "${expected}" (${hit.status}) ${hit.dateText} [${hit.date}]: ${hit.point}`);
      const url = new URL(hit.href, site);
      if (!url.pathname.startsWith(new URL(site).pathname)) fail(`result link ${hit.href} is outside ${site}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(hit.date) || !hit.dateText) fail('the result has no issue date');
      if (!hit.marked.some((m) => m.toLowerCase().includes(query.toLowerCase()))) fail(`the result's key point does not mark "${query}": ${hit.point}`);
      const story = await page.goto(url.href, { waitUntil: 'load' });
      const h1 = await page.$eval('h1', (h) => h.textContent);
      if (story.status() !== 200 || !h1.includes(expected)) fail(`the result link ${url.href} does not open the story (HTTP ${story.status()}, "${h1}")`);
    }
    if (!seen.some((u) => u.startsWith(site + 'pagefind/') && u.endsWith('.pagefind'))) fail('no index file was loaded from the site');
    // A search can be linked to.
    await page.goto(site + 'search/?q=' + encodeURIComponent(query), { waitUntil: 'load' });
    const linked = await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, { timeout: 15000 }).catch(() => null);
    if (!linked) fail('search/?q= shows no results');
    await page.close();

    // 2. Without JavaScript: the page says so and offers the archive.
    page = await open({ js: false });
    await page.goto(site + 'search/', { waitUntil: 'load' });
    const nojs = await page.evaluate(() => ({
      text: document.body.innerText,
      form: (() => { const f = document.getElementById('search-form'); return !!f && !f.hidden && getComputedStyle(f).display !== 'none'; })(),
      archive: Array.from(document.querySelectorAll('.browse a')).map((a) => a.href),
    }));
    if (!/JavaScript/.test(nojs.text)) fail('without JavaScript the search page does not say it needs it');
    if (nojs.form) fail('without JavaScript the search page shows a form that cannot work');
    if (!nojs.archive.some((h) => h === site + 'issues/')) fail(`without JavaScript the search page does not link to ${site}issues/`);
    await page.close();

    // 3. A site built without an index: the reader is told, not left waiting.
    page = await open({ block: /\/pagefind\//, errors: false });
    await page.goto(site + 'search/', { waitUntil: 'load' });
    const told = await page.waitForSelector('#search-unavailable:not([hidden])', { timeout: 10000 }).catch(() => null);
    if (!told) fail('with no index the search page does not say search is unavailable');
    await page.close();

    // 4. The home page loads no search code.
    const before = seen.length;
    page = await open();
    await page.goto(site, { waitUntil: 'networkidle0' });
    const searchCode = seen.slice(before).filter((u) => /\/pagefind\/|\/js\/search/.test(u));
    if (searchCode.length) fail(`the home page loads search code: ${searchCode.join(', ')}`);
    await page.close();
  } catch (e) {
    fail(e.message);
  } finally {
    await browser.close();
    proxy.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const other = seen.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  for (const u of other) fail(`the page requested another host: ${u}`);
  const own = leaks.filter((u) => browserOwn.has(hostOf(u)));
  for (const u of leaks.filter((u) => !browserOwn.has(hostOf(u)))) fail(`request to another host: ${u}`);
  console.log(`search-browser: ${seen.length} requests from pages, ${other.length} of them to another host than ${origin}; ` +
    `${own.length} of Chromium's own to its service hosts (${[...new Set(own.map(hostOf))].join(', ') || 'none'}) refused`);
  process.exit(failures.length ? 1 : 0);
})().catch((e) => { console.error('search-browser:', e.message); process.exit(2); });
