// The monitor "olievlek" in a real browser: the programme coordinator (made with the command line,
// password and two-factor) opens a new wave of the demo questionnaire and makes invitation codes;
// residents answer on a phone in Dutch and Turkish (a missing code first: the error beside the
// field, the answers kept; a used code refused); the coordinator closes the wave; after the
// aggregation job the map, the small multiples, the trend and the dashboard show the new wave, the
// SVG map has a text alternative and a data table, and no value rests on fewer answers than the floor.
// The other modules' indicators (reports per 1,000 residents, training coverage) are on the map too.
//
// One server (kansrijk demo: four yearly waves). Every page is checked with axe (WCAG 2.1 A/AA)
// and html-validate, plus <html lang dir>, no sideways scrolling and no CSP refusals. Expected
// texts come from crates/{kernel,monitor}/locales/{nl,tr}.ftl.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { startServer, launchBrowser, createUserWithCli } from '../lib/server.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';
import { totp, secondsLeft } from '../lib/totp.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const RUN = randomBytes(4).toString('hex');
const COORDINATOR = { email: `monitor.${RUN}@example.nl`, password: 'groene specht tikt op de eik' };
const WAVE = `Buurtmeting 2027 ${RUN}`;
const NOORD = 'BU03071000';
const ANSWERS = 11;

const { t } = translator('monitor', ['nl', 'tr']);

let server;
let browser;

const url = (p) => new URL(p, server.baseUrl).href;
const pathOf = (page) => new URL(page.url()).pathname;
const text = async (locator) => (await locator.innerText()).trim();

async function open(page, p) {
  const response = await page.goto(url(p), { waitUntil: 'load' });
  assert.ok(response, `no response for ${p}`);
  return response;
}

const state = { staff: null, wavePath: null, link: null, codes: [] };

/** Ticks `value` in the question whose legend is the item's text in `lang`. */
async function answer(page, lang, item, value) {
  const legend = page.locator('legend', { hasText: t(lang, `monitor-item-${item}`) });
  await page.locator('fieldset', { has: legend }).locator(`input[value="${value}"]`).check();
}

async function fillIn(page, lang, code, v) {
  if (code !== null) await page.locator('#f-code').fill(code);
  await page.locator('#f-buurt').selectOption(NOORD);
  await page.locator('#f-age_band').selectOption('30-44');
  await answer(page, lang, 'cohesion-know', String(10 - v));
  for (const item of ['cohesion-pleasant', 'cohesion-cosy', 'cohesion-home', 'welcome']) {
    await answer(page, lang, item, String(v));
  }
}

describe('monitor', { timeout: 900_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await state.staff?.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) the coordinator opens a wave and makes invitation codes', async () => {
    const checks = pageChecks('monitor');
    state.staff = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const page = await newPage(state.staff);
    const invite = await createUserWithCli(server, { email: COORDINATOR.email, role: 'coordinator', name: 'Programmacoördinator' });
    await open(page, invite);
    await page.locator('#f-password').fill(COORDINATOR.password);
    await page.locator('#f-password_again').fill(COORDINATOR.password);
    await follow(page, submitButton(page, invite));
    assert.equal(pathOf(page), '/account/tweestaps', 'a coordinator sets up two-factor authentication');
    const secret = (await text(page.locator('#totp-secret'))).replace(/\s+/g, '');
    for (let attempt = 1; ; attempt++) {
      if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
      await page.locator('#f-code').fill(totp(secret));
      await follow(page, submitButton(page, '/account/tweestaps'));
      if ((await page.locator('#f-code-error').count()) === 0) break;
      assert.ok(attempt < 2, 'the server rejected two fresh TOTP codes in a row');
      await page.waitForTimeout(secondsLeft() * 1000 + 200);
    }

    let response = await open(page, '/beheer/monitor');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'monitor management', { shot: 'manage' });
    // A wave without a name is refused beside the field.
    await page.locator('#f-year').fill('2027');
    response = await follow(page, submitButton(page, '/beheer/monitor/meting'));
    assert.equal(response.status(), 422);
    assert.equal(await text(page.locator('#f-name-error')), t('nl', 'monitor-error-name'));
    assert.equal(await page.locator('#f-year').inputValue(), '2027', 'the input is kept');
    await checks.check(page, response, 'new wave with an error', { shot: 'wave-error' });
    await page.locator('#f-name').fill(WAVE);
    response = await follow(page, submitButton(page, '/beheer/monitor/meting'));
    state.wavePath = pathOf(page);
    assert.match(state.wavePath, /^\/beheer\/monitor\/meting\/\d+$/);
    response = await follow(page, submitButton(page, `${state.wavePath}/status`));
    await checks.check(page, response, 'open wave', { shot: 'wave-open' });
    state.link = new URL(await page.locator('#answer-link').getAttribute('href')).pathname;
    await page.locator('#f-count').fill(String(ANSWERS + 1));
    response = await follow(page, submitButton(page, `${state.wavePath}/codes`));
    state.codes = await page.locator('.kr-monitor-codes code').allInnerTexts();
    assert.equal(state.codes.length, ANSWERS + 1);
    assert.equal(await text(page.locator('main .kr-alert--warning')), t('nl', 'monitor-codes-once'));
    await checks.check(page, response, 'codes made', { shot: 'codes' });
    checks.assertClean();
  });

  it('(2) residents answer on a phone in Dutch and Turkish, once per code', async () => {
    const checks = pageChecks('monitor');
    for (let i = 0; i < ANSWERS; i++) {
      const lang = i % 2 === 0 ? 'nl' : 'tr';
      const context = await browser.newContext({ locale: lang === 'nl' ? 'nl-NL' : 'tr-TR', viewport: PHONE });
      const page = await newPage(context);
      let response = await open(page, `${state.link}?lang=${lang}`);
      assert.equal(response.status(), 200);
      if (i < 2) await checks.check(page, response, `answer form (${lang})`, { lang, shot: `answer-${lang}` });
      if (i === 0) {
        // Without the code: refused, the error beside the field, the answers kept.
        await fillIn(page, lang, null, 7);
        response = await follow(page, submitButton(page, state.link));
        assert.equal(response.status(), 422);
        assert.equal(await text(page.locator('#f-code-error')), t(lang, 'monitor-error-code'));
        assert.equal(await page.locator('#f-code').getAttribute('aria-invalid'), 'true');
        assert.equal(await page.locator('#f-buurt').inputValue(), NOORD, 'the buurt is kept');
        const kept = page.locator('fieldset', { has: page.locator('legend', { hasText: t(lang, 'monitor-item-welcome') }) });
        assert.ok(await kept.locator('input[value="7"]').isChecked(), 'the answers are kept');
        await checks.check(page, response, 'answer form without code', { lang, shot: 'answer-no-code' });
      }
      await fillIn(page, lang, state.codes[i], 6 + (i % 4));
      response = await follow(page, submitButton(page, state.link));
      assert.equal(response.status(), 200);
      assert.equal(await text(page.locator('main h1')), t(lang, 'monitor-answered-title'));
      if (i < 2) await checks.check(page, response, `answered (${lang})`, { lang, shot: `answered-${lang}` });
      await context.close();
    }
    // A second response on a used code is refused.
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(context);
    await open(page, state.link);
    await fillIn(page, 'nl', state.codes[0], 9);
    const response = await follow(page, submitButton(page, state.link));
    assert.equal(response.status(), 422);
    assert.equal(await text(page.locator('#f-code-error')), t('nl', 'monitor-error-code-used'));
    await context.close();
    checks.assertClean();
  });

  it('(3) the wave closes and the map, trend and dashboard show it', async () => {
    const checks = pageChecks('monitor');
    const staff = await newPage(state.staff);
    await open(staff, state.wavePath);
    const closing = submitButton(staff, `${state.wavePath}/status`);
    assert.equal(await text(closing), t('nl', 'monitor-wave-close'));
    await follow(staff, closing);
    assert.ok((await text(staff.locator('main .kr-lead'))).includes(t('nl', 'monitor-status-closed')));
    // The map names the closed wave at once, but its figures come from the aggregation job:
    // wait for the buurt's row, not only the heading (on a busy machine the job ran after the
    // first look, and the row was not there yet).
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(context);
    const row = page.locator('main table tr[data-state="shown"]', { has: page.locator('th', { hasText: 'Liendert-Noord' }) });
    let response;
    for (let attempt = 0; ; attempt++) {
      response = await open(page, '/monitor/kaart?indicator=cohesion');
      const named = (await page.locator('#map-heading').innerText()).includes(WAVE);
      if (named && (await row.count()) > 0) break;
      assert.ok(attempt < 60, 'the new wave and its figures reached the map');
      await page.waitForTimeout(1000);
    }
    assert.equal(response.status(), 200);
    // The map: an image with a text alternative, a legend and a data table beside it.
    const map = page.locator('main section[aria-labelledby="map-heading"] svg[role="img"]');
    assert.equal(await map.count(), 1);
    const label = await map.getAttribute('aria-labelledby');
    for (const id of label.split(' ')) {
      assert.ok(((await page.locator(`[id="${id}"]`).textContent()) ?? '').trim().length > 0, `the map's ${id} has text`);
    }
    assert.equal(await row.count(), 1, 'Liendert-Noord is shown');
    const n = Number(await text(row.locator('td').nth(2)));
    assert.ok(n >= ANSWERS, `the new wave's answers count (${n})`);
    // Every shown cell rests on at least the floor; the others carry no value.
    for (const r of await page.locator('main table tbody tr').all()) {
      const state_ = await r.getAttribute('data-state');
      const cells = await r.locator('td').allInnerTexts();
      if (state_ === 'shown') assert.ok(Number(cells[2]) >= 10, `a shown cell rests on ${cells[2]} answers`);
      else assert.ok(!/\d/.test(cells[0]), `a ${state_} cell shows no value`);
    }
    // Small multiples: one map per wave, the new one included.
    assert.ok((await page.locator('.kr-monitor-multiples svg[role="img"]').count()) >= 5);
    await checks.check(page, response, 'map with the new wave', { shot: 'map' });
    // The spread as an animation without JavaScript, shorter than five seconds.
    response = await follow(page, page.getByRole('link', { name: t('nl', 'monitor-animation-link') }));
    const animate = page.locator('section[aria-labelledby="animation-heading"] animate').first();
    assert.ok(parseFloat(await animate.getAttribute('dur')) < 5);
    await checks.check(page, response, 'animated map', { shot: 'animation' });
    response = await open(page, `/monitor/trend?indicator=welcome&buurt=${NOORD}`);
    assert.ok((await text(page.locator('main table'))).includes(WAVE));
    await checks.check(page, response, 'trend', { shot: 'trend' });
    response = await open(page, '/monitor?lang=tr');
    assert.equal(await text(page.locator('main h1')), t('tr', 'monitor-title'));
    await checks.check(page, response, 'dashboard (tr)', { lang: 'tr', shot: 'dashboard-tr' });
    response = await open(page, '/monitor/verslag?lang=nl');
    await checks.check(page, response, 'yearly report', { shot: 'report' });
    await context.close();
    checks.assertClean();
  });

  it('(4) the other modules\' figures: per buurt on a map, or for the municipality only', async () => {
    const checks = pageChecks('monitor');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const page = await newPage(context);
    // The daily job counts the demo's reports at start; wait for its first run.
    let response;
    for (let attempt = 0; ; attempt++) {
      response = await open(page, '/monitor/kaart?indicator=reports_rate');
      if (await page.locator('main table').count()) break;
      assert.ok(attempt < 60, 'the reports per 1,000 residents reached the map');
      await page.waitForTimeout(1000);
    }
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('main section[aria-labelledby="map-heading"] svg[role="img"]').count(), 1);
    const shown = page.locator('main table tbody tr[data-state="shown"]');
    assert.ok((await shown.count()) >= 1, 'at least the municipality is shown');
    for (const r of await shown.all()) {
      const cells = await r.locator('td').allInnerTexts();
      assert.ok(Number(cells[2]) >= 10, `a shown cell rests on ${cells[2]} reports`);
    }
    await checks.check(page, response, 'reports per 1,000 residents', { shot: 'reports-rate' });
    response = await open(page, '/monitor/kaart?indicator=training_coverage');
    assert.equal(response.status(), 200);
    assert.ok((await text(page.locator('main'))).includes(t('nl', 'monitor-municipality-only')));
    assert.equal(await page.locator('main svg[role="img"]').count(), 0, 'no map for a municipality figure');
    await checks.check(page, response, 'training coverage (municipality only)', { shot: 'training-coverage' });
    await context.close();
    checks.assertClean();
  });
});
