// Helpers shared by the flow tests (reports, activities): translations read from the server's own
// Fluent files, and page checks collected per test (axe, html-validate, <html lang dir>, reflow,
// CSP refusals) that fail the test at its end with every finding.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkA11y, formatViolations, validateHtml, formatHtmlMessages, screenshot, REPO_ROOT } from './server.js';

/** Messages of a Fluent file (single values; multi-line ones joined with newlines). */
export function readFtl(file) {
  const messages = new Map();
  let last = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line);
    if (m) {
      messages.set(m[1], m[2]);
      last = m[1];
    } else if (last && /^\s+\S/.test(line)) {
      messages.set(last, `${messages.get(last)}\n${line.trim()}`.trim());
    } else if (!/^\s*$/.test(line)) {
      last = null;
    }
  }
  return messages;
}

/**
 * A translator over the kernel's and one feature's locales:
 * `t(lang, key, args)` fills `{ $name }` placeables (the server uses no isolation marks).
 */
export function translator(feature, langs = ['nl', 'ar']) {
  const locales = Object.fromEntries(
    langs.map((lang) => [
      lang,
      new Map([
        ...readFtl(path.join(REPO_ROOT, 'crates', 'kernel', 'locales', `${lang}.ftl`)),
        ...readFtl(path.join(REPO_ROOT, 'crates', feature, 'locales', `${lang}.ftl`)),
      ]),
    ]),
  );
  const message = (lang, key) => {
    const text = locales[lang].get(key);
    assert.ok(text !== undefined, `the test needs the message "${key}" in ${lang}.ftl`);
    return text;
  };
  return {
    t: (lang, key, args = {}) => message(lang, key).replace(/\{\s*\$([a-z_]+)\s*\}/g, (_, name) => String(args[name])),
    message,
  };
}

const pathOf = (page) => new URL(page.url()).pathname;

/** A page that records what the site's own Content-Security-Policy refused. */
export async function newPage(context) {
  const page = await context.newPage();
  page.cspErrors = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) page.cspErrors.push(msg.text());
  });
  return page;
}

/**
 * Collects the findings on every page a test visits: axe on the live page, html-validate on the
 * HTML exactly as the server sent it, <html lang dir>, sideways scrolling, CSP refusals.
 * Screenshots are named `<prefix>-<shot>`. `assertClean()` fails the test with all of them.
 */
export function pageChecks(prefix) {
  const problems = [];
  return {
    async check(page, response, label, { lang = 'nl', shot = null } = {}) {
      assert.ok(response, `${label}: no response to check`);
      const where = `${label} (${pathOf(page)})`;
      const attrs = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        dir: document.documentElement.getAttribute('dir'),
      }));
      assert.deepEqual(attrs, { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, `${where}: <html lang dir>`);
      const html = await response.text();
      const violations = await checkA11y(page);
      if (violations.length > 0) {
        problems.push(`axe: ${violations.length} violation(s) on ${where}:\n${formatViolations(violations)}`);
      }
      const errors = (await validateHtml(html, label)).filter((m) => m.severity >= 2);
      if (errors.length > 0) {
        problems.push(`html-validate: ${errors.length} error(s) in ${where}:\n${formatHtmlMessages(errors)}`);
      }
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth + 1) {
        problems.push(`reflow (WCAG 1.4.10): ${where} is ${scrollWidth}px wide in a ${innerWidth}px viewport`);
      }
      if (page.cspErrors.length > 0) {
        problems.push(`CSP: the site's own policy refused something on ${where}:\n  ${page.cspErrors.join('\n  ')}`);
        page.cspErrors.length = 0;
      }
      if (shot) await screenshot(page, `${prefix}-${shot}`);
    },
    /** A problem found by a flow assertion that should not stop the flow. */
    note(message) {
      problems.push(message);
    },
    assertClean() {
      assert.equal(problems.length, 0, `pages with accessibility or markup problems:\n\n${problems.join('\n\n')}`);
    },
  };
}

/** Click something that submits a form or follows a link; returns the final response. */
export async function follow(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  assert.ok(response, 'the click led to no new page');
  return response;
}

export const submitButton = (page, action) => page.locator(`main form[action="${action}"] button[type="submit"]`);
