// Foundation of the public site: languages, accessibility, valid markup,
// working without JavaScript, the API description and the 404 page.
//
// One server (kansrijk demo) for the whole file; every test gets its own
// browser context, so cookies never leak from one test into another.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';

import {
  startServer,
  launchBrowser,
  assertNoA11yViolations,
  assertValidHtml,
  screenshot,
} from '../lib/server.js';

const APPROACH = '/aanpak/liendert-voor-iedereen';
const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let server;
let browser;

/** A fresh context that prefers Dutch, like a visitor from Liendert. */
async function newContext(options = {}) {
  return browser.newContext({ locale: 'nl-NL', viewport: DESKTOP, ...options });
}

/**
 * Open `path` in a new page of `context`. Records console messages about the
 * Content-Security-Policy: the site's own scripts and styles must never be
 * refused by its own policy.
 */
async function open(context, path) {
  const page = await context.newPage();
  const cspErrors = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text());
  });
  const response = await page.goto(server.baseUrl + path, { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  return { page, response, cspErrors };
}

/** The raw HTML as the server sends it (not the browser's DOM). */
async function fetchHtml(path, { lang = 'nl', headers = {} } = {}) {
  const res = await fetch(server.baseUrl + path, {
    headers: { 'accept-language': lang, accept: 'text/html', ...headers },
    redirect: 'follow',
  });
  const body = await res.text();
  return { res, body };
}

async function htmlAttrs(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
}

/** Pathnames of all links matched by `selector`, resolved against the page. */
async function linkPaths(page, selector = 'a[href]') {
  return page.$$eval(selector, (links) => links.map((a) => new URL(a.href, document.baseURI).pathname));
}

async function h1Texts(page) {
  return page.$$eval('h1', (hs) => hs.map((h) => h.textContent.trim()));
}

/**
 * WCAG 1.4.10 (reflow): at phone width nothing may force horizontal
 * scrolling. Then take the phone screenshot.
 */
async function phoneScreenshot(page, name) {
  await page.setViewportSize(PHONE);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  await screenshot(page, name);
  assert.ok(
    scrollWidth <= innerWidth + 1,
    `${name}: the page is ${scrollWidth}px wide at a ${innerWidth}px phone viewport (horizontal scrolling)`,
  );
}

function assertNoCspErrors(cspErrors, label) {
  assert.deepEqual(cspErrors, [], `the page's own CSP refused something on ${label}`);
}

async function assertHtmlValid(path, lang) {
  const { res, body } = await fetchHtml(path, { lang });
  assert.equal(res.status, 200, `GET ${path} (raw) should answer 200`);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/, `${path} is served as text/html`);
  await assertValidHtml(body, `${path} (${lang})`);
}

describe('foundation', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('home page in Dutch: lang, h1, skip link, links, a11y, valid HTML, screenshots', async () => {
    const context = await newContext();
    try {
      const { page, response, cspErrors } = await open(context, '/');
      assert.equal(response.status(), 200);
      assert.deepEqual(await htmlAttrs(page), { lang: 'nl', dir: 'ltr' });

      const h1s = await h1Texts(page);
      assert.ok(h1s.length >= 1, 'the home page has an <h1>');
      assert.ok(h1s[0].length > 0, 'the <h1> has text');

      // The skip link is the first thing a keyboard user reaches.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        href: document.activeElement?.getAttribute('href'),
      }));
      assert.deepEqual(focused, { tag: 'A', href: '#main' }, 'the first Tab focuses the skip link to #main');
      assert.equal(await page.locator('main#main').count(), 1, 'there is exactly one <main id="main">');
      await page.keyboard.press('Enter');
      // Following an in-page link is asynchronous: wait for it (a busy machine once lost the race).
      await page.waitForFunction(() => location.hash === '#main', null, { timeout: 5000 }).catch(() => {});
      assert.equal(new URL(page.url()).hash, '#main', 'following the skip link goes to #main');

      assert.ok((await linkPaths(page)).includes(APPROACH), `the home page links to ${APPROACH}`);
      const footerLinks = await linkPaths(page, 'footer a[href]');
      assert.ok(footerLinks.includes('/privacy'), 'the footer links to /privacy');
      assert.ok(footerLinks.includes('/toegankelijkheid'), 'the footer links to /toegankelijkheid');

      await assertNoA11yViolations(page, '/ (nl)');
      assertNoCspErrors(cspErrors, '/ (nl)');

      await phoneScreenshot(page, 'home-nl-phone');
      await page.setViewportSize(DESKTOP);
      await screenshot(page, 'home-nl-desktop');
    } finally {
      await context.close();
    }
    await assertHtmlValid('/', 'nl');
  });

  it('approach page in Dutch: Jane Mateika, "Wat gaan we doen?", a11y, valid HTML', async () => {
    const context = await newContext();
    try {
      const { page, response, cspErrors } = await open(context, APPROACH);
      assert.equal(response.status(), 200);
      assert.deepEqual(await htmlAttrs(page), { lang: 'nl', dir: 'ltr' });
      assert.match(await page.locator('body').innerText(), /Jane Mateika/);
      assert.ok(
        (await page.getByRole('heading', { name: 'Wat gaan we doen?', exact: true }).count()) >= 1,
        'the approach page has the heading "Wat gaan we doen?"',
      );
      await assertNoA11yViolations(page, `${APPROACH} (nl)`);
      assertNoCspErrors(cspErrors, `${APPROACH} (nl)`);
      await screenshot(page, 'approach-nl-desktop');
      await phoneScreenshot(page, 'approach-nl-phone');
    } finally {
      await context.close();
    }
    await assertHtmlValid(APPROACH, 'nl');
  });

  it('Arabic page with Dutch content: every Dutch block keeps left-to-right', async () => {
    const context = await newContext();
    try {
      // The partners' commitments on the charter are written in Dutch only.
      const { page, response } = await open(context, '/afspraken?lang=ar');
      assert.equal(response.status(), 200);
      assert.deepEqual(await htmlAttrs(page), { lang: 'ar', dir: 'rtl' });
      const blocks = await page.evaluate(() =>
        [...document.querySelectorAll('main [lang="nl"]')].map((el) => ({
          dir: el.getAttribute('dir'),
          direction: getComputedStyle(el).direction,
          text: el.textContent.trim().slice(0, 40),
        })));
      assert.ok(blocks.length > 0, 'the demo charter shows Dutch blocks on the Arabic page');
      for (const block of blocks) {
        assert.equal(block.dir, 'ltr', `dir on “${block.text}”`);
        assert.equal(block.direction, 'ltr', `computed direction of “${block.text}”`);
      }
      await assertNoA11yViolations(page, '/afspraken?lang=ar');
    } finally {
      await context.close();
    }
  });

  it('Arabic via ?lang=ar: rtl, a11y, valid HTML, and remembered in a cookie', async () => {
    const context = await newContext();
    try {
      const home = await open(context, '/?lang=ar');
      assert.equal(home.response.status(), 200);
      assert.deepEqual(await htmlAttrs(home.page), { lang: 'ar', dir: 'rtl' });
      await assertNoA11yViolations(home.page, '/?lang=ar');
      assertNoCspErrors(home.cspErrors, '/?lang=ar');
      await screenshot(home.page, 'home-ar-desktop');
      await phoneScreenshot(home.page, 'home-ar-phone');

      const approach = await open(context, `${APPROACH}?lang=ar`);
      assert.equal(approach.response.status(), 200);
      assert.deepEqual(await htmlAttrs(approach.page), { lang: 'ar', dir: 'rtl' });
      await assertNoA11yViolations(approach.page, `${APPROACH}?lang=ar`);
      await screenshot(approach.page, 'approach-ar-desktop');

      // The choice is remembered: the browser still asks for Dutch
      // (Accept-Language nl-NL), yet a plain / comes back in Arabic.
      assert.ok((await context.cookies(server.baseUrl)).length > 0, '?lang=ar sets a cookie');
      const plain = await open(context, '/');
      assert.equal(plain.response.status(), 200);
      assert.deepEqual(await htmlAttrs(plain.page), { lang: 'ar', dir: 'rtl' }, 'a plain / after ?lang=ar is still Arabic');
    } finally {
      await context.close();
    }

    // A new visitor without the cookie still gets Dutch: the language really
    // lives in the cookie, not in server state.
    const fresh = await newContext();
    try {
      const { page } = await open(fresh, '/');
      assert.deepEqual(await htmlAttrs(page), { lang: 'nl', dir: 'ltr' });
    } finally {
      await fresh.close();
    }

    await assertHtmlValid('/?lang=ar', 'ar');
    await assertHtmlValid(`${APPROACH}?lang=ar`, 'ar');
  });

  it('every page links its translations with hreflang (nl, en, tr, ar, pl, x-default)', async () => {
    const pages = ['/', APPROACH, '/privacy', '/toegankelijkheid', '/?lang=ar', `${APPROACH}?lang=ar`];
    for (const path of pages) {
      const { res, body } = await fetchHtml(path);
      assert.equal(res.status, 200, `GET ${path}`);
      const links = [...body.matchAll(/<link\b[^>]*>/gi)]
        .map(([tag]) => ({
          rel: /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase(),
          hreflang: /\bhreflang\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1],
          href: /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1],
        }))
        .filter((l) => l.rel === 'alternate' && l.hreflang);
      const langs = links.map((l) => l.hreflang);
      assert.deepEqual(
        [...langs].sort(),
        [...LANGUAGES, 'x-default'].sort(),
        `${path} has exactly one hreflang alternate per language plus x-default`,
      );

      // Each alternate is a real page in its language.
      for (const link of links) {
        assert.ok(link.href, `${path}: hreflang=${link.hreflang} has an href`);
        const url = new URL(link.href.replaceAll('&amp;', '&'), server.baseUrl + path);
        if (url.origin !== server.baseUrl) continue; // absolute public URLs are fine too
        const alt = await fetch(url, { headers: { 'accept-language': 'nl' } });
        const altBody = await alt.text();
        assert.equal(alt.status, 200, `${path}: hreflang=${link.hreflang} → ${url.pathname}${url.search} answers 200`);
        if (link.hreflang !== 'x-default') {
          const lang = /<html\b[^>]*\blang\s*=\s*["']?([^"'\s>]+)/i.exec(altBody)?.[1];
          assert.equal(lang, link.hreflang, `${path}: the hreflang=${link.hreflang} alternate is in that language`);
        }
      }
    }
  });

  it('/privacy and /toegankelijkheid: 200, a11y, valid HTML', async () => {
    for (const path of ['/privacy', '/toegankelijkheid']) {
      const context = await newContext();
      try {
        const { page, response, cspErrors } = await open(context, path);
        assert.equal(response.status(), 200, `GET ${path}`);
        assert.deepEqual(await htmlAttrs(page), { lang: 'nl', dir: 'ltr' });
        assert.ok((await h1Texts(page)).some((t) => t.length > 0), `${path} has an <h1>`);
        await assertNoA11yViolations(page, path);
        assertNoCspErrors(cspErrors, path);
        await screenshot(page, `${path.slice(1)}-nl-desktop`);
      } finally {
        await context.close();
      }
      await assertHtmlValid(path, 'nl');
    }
  });

  it('/api/v1/openapi.json is an OpenAPI 3 document', async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/openapi.json`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /json/);
    const doc = await res.json();
    assert.equal(typeof doc.openapi, 'string');
    assert.ok(doc.openapi.startsWith('3'), `openapi is "${doc.openapi}"`);
    assert.equal(typeof doc.paths, 'object');
  });

  it('works without JavaScript: home page and the link to the approach page', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    try {
      const { page, response } = await open(context, '/');
      assert.equal(response.status(), 200);
      assert.ok((await h1Texts(page)).length >= 1, 'the home page renders its <h1> without JavaScript');

      const link = page.locator(`a[href="${APPROACH}"], a[href^="${APPROACH}?"], a[href$="${APPROACH}"]`).first();
      await Promise.all([page.waitForURL((url) => url.pathname === APPROACH), link.click()]);
      assert.match(await page.locator('body').innerText(), /Jane Mateika/);
      assert.ok(
        (await page.getByRole('heading', { name: 'Wat gaan we doen?', exact: true }).count()) >= 1,
        'the approach page renders its content without JavaScript',
      );
    } finally {
      await context.close();
    }
  });

  it('an unknown page answers 404 with a translated, accessible page', async () => {
    const context = await newContext();
    let dutchH1;
    try {
      const { page, response } = await open(context, '/bestaat-niet');
      assert.equal(response.status(), 404);
      assert.deepEqual(await htmlAttrs(page), { lang: 'nl', dir: 'ltr' });
      const h1s = await h1Texts(page);
      assert.ok(h1s.length >= 1 && h1s[0].length > 0, 'the 404 page has an <h1>');
      dutchH1 = h1s[0];
      assert.equal(await page.locator('main#main').count(), 1, 'the 404 page has the usual <main id="main">');
      await assertNoA11yViolations(page, '/bestaat-niet (nl)');
      await screenshot(page, 'not-found-nl-desktop');
    } finally {
      await context.close();
    }

    const arabic = await newContext();
    try {
      const { page, response } = await open(arabic, '/bestaat-niet?lang=ar');
      assert.equal(response.status(), 404);
      assert.deepEqual(await htmlAttrs(page), { lang: 'ar', dir: 'rtl' });
      const [h1] = await h1Texts(page);
      assert.ok(h1 && h1 !== dutchH1, `the 404 heading is translated (nl "${dutchH1}", ar "${h1}")`);
      await assertNoA11yViolations(page, '/bestaat-niet?lang=ar');
    } finally {
      await arabic.close();
    }

    const { res, body } = await fetchHtml('/bestaat-niet');
    assert.equal(res.status, 404);
    await assertValidHtml(body, '/bestaat-niet (nl)');
  });

  it('page cache: a visitor gets the stored page in their own language, still accessible and valid', async () => {
    // Anonymous requests in Dutch: once the instance has stored the page, the next request
    // comes from the page cache (an Age header). Behind nginx each instance stores its own copy
    // (requests take turns), so a few requests until one meets a stored copy.
    const tries = 2 * Number(process.env.E2E_INSTANCES || '1');
    await fetchHtml(APPROACH);
    let again, dutch;
    for (let i = 0; i < tries; i++) {
      ({ res: again, body: dutch } = await fetchHtml(APPROACH));
      if (again.headers.get('age') !== null) break;
    }
    assert.ok(again.headers.get('age') !== null, 'a later anonymous request is served from the cache');
    assert.match(dutch, /<html lang="nl" dir="ltr">/);
    // A browser that prefers Turkish gets the Turkish page, not the stored Dutch one; it stays
    // accessible and valid when it comes from the cache.
    const turkish = await newContext({ locale: 'tr-TR' });
    try {
      await open(turkish, APPROACH);
      let { page, response } = await open(turkish, APPROACH);
      for (let i = 1; i < tries && response.headers()['age'] === undefined; i++) ({ page, response } = await open(turkish, APPROACH));
      assert.equal(response.status(), 200);
      assert.ok(response.headers()['age'] !== undefined, 'the Turkish page came from the cache');
      assert.deepEqual(await htmlAttrs(page), { lang: 'tr', dir: 'ltr' });
      await assertNoA11yViolations(page, `${APPROACH} (tr, from the cache)`);
      await assertValidHtml(await response.text(), `${APPROACH} (tr, from the cache)`);
    } finally {
      await turkish.close();
    }
    // A form page may come from the cache too, but never with another visitor's values: each
    // answer gets its own CSRF token and form key.
    const first = await fetchHtml('/meldpunt/melden');
    const second = await fetchHtml('/meldpunt/melden');
    const value = (html, name) => html.match(new RegExp(`name="${name}" value="([^"]+)"`))[1];
    assert.notEqual(value(first.body, 'csrf'), value(second.body, 'csrf'));
    assert.notEqual(value(first.body, 'submission_key'), value(second.body, 'submission_key'));
    await assertValidHtml(second.body, '/meldpunt/melden (from the cache)');
  });
});
