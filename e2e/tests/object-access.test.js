// (Named to sort after accounts.test.js, which must meet the demo coordinator on a fresh database.)
// Object-level access in a real browser: people act only on the records of their own
// organisation or area. A professional of the primary school (made with the command line, role
// limited to that organisation) does not see the Huis van de Wijk's activities in their list, and
// the registrations export of such an activity answers "this page does not exist" (404) — the
// same page as an id that does not exist. A report handler limited to buurt X (made with
// --area) is offered only buurt X in the queue and gets the same 404 on a report in buurt Y,
// which a handler without an area limit can open. Every page is checked with axe (WCAG 2.1 AA)
// and html-validate.
//
// One server (kansrijk demo) for the whole file; the tests build on each other in order.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { startServer, launchBrowser, createUserWithCli } from '../lib/server.js';
import { totp, secondsLeft } from '../lib/totp.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';

const DESKTOP = { width: 1280, height: 800 };
const RUN = randomBytes(4).toString('hex');
const PASSWORD = 'groene kikker springt op maandag';
const BUURT_X = 'BU03071000';
const BUURT_Y = 'BU03071004';

const { t } = translator('activities');

let server;
let browser;

const pathOf = (page) => new URL(page.url()).pathname;

async function open(page, p) {
  return page.goto(new URL(p, server.baseUrl).href, { waitUntil: 'load' });
}

/** Accepts an invitation: password, and two-step login when the role needs it. */
async function accept(page, invite, withTotp) {
  await open(page, invite);
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-password_again').fill(PASSWORD);
  await follow(page, submitButton(page, invite));
  if (!withTotp) return;
  assert.equal(pathOf(page), '/account/tweestaps');
  const secret = (await page.locator('#totp-secret').innerText()).trim();
  for (let attempt = 1; ; attempt++) {
    if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
    await page.locator('#f-code').fill(totp(secret));
    await follow(page, submitButton(page, '/account/tweestaps'));
    if ((await page.locator('#f-code-error').count()) === 0) return;
    assert.ok(attempt < 2, 'the server rejected two fresh TOTP codes in a row');
    await page.waitForTimeout(secondsLeft() * 1000 + 200);
  }
}

/** A new person in a fresh browser context, logged in through their invitation. */
async function person(role, extra, withTotp) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
  const page = await newPage(context);
  const invite = await createUserWithCli(server, {
    email: `${role}.${Object.values(extra).join('.').replace(/\W+/g, '-')}.${RUN}@example.nl`.toLowerCase(),
    role,
    name: `Toegang ${role}`,
    ...extra,
  });
  await accept(page, invite, withTotp);
  return { context, page };
}

describe('object-level access: own organisation, own area', () => {
  const state = {};

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    for (const p of [state.school, state.handlerX, state.handlerAll]) await p?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it("(1) a professional of another organisation gets 404 on the Huis van de Wijk's registrations export", async () => {
    const checks = pageChecks('access');
    // A Huis van de Wijk activity from the public agenda (the demo's organiser).
    const anon = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const agenda = await newPage(anon);
    await open(agenda, '/activiteiten');
    const href = await agenda.locator('main a[href^="/activiteiten/"]').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')).find((h) => /^\/activiteiten\/\d+$/.test(h)),
    );
    await anon.close();
    assert.ok(href, 'the agenda lists an activity');
    const id = href.split('/').pop();

    state.school = await person('professional', { organisation: 'Basisschool in Liendert' }, false);
    const { page } = state.school;
    // Their management list shows their own organisation's activities only: not this one.
    let response = await open(page, '/beheer/activiteiten');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'own activities');
    assert.equal(await page.locator(`main a[href^="/beheer/activiteiten/${id}/"]`).count(), 0,
      "another organisation's activity is not listed");

    // The export of that activity: the not-found page, exactly as for an id that does not exist.
    response = await open(page, `/beheer/activiteiten/${id}/export`);
    assert.equal(response.status(), 404);
    assert.match(response.headers()['content-type'], /text\/html/);
    await checks.check(page, response, 'export of another organisation');
    const refused = (await page.locator('h1').innerText()).trim();
    assert.equal(refused, t('nl', 'error-not-found-title'));
    const body = await page.locator('main').innerText();
    assert.ok(!body.includes('@'), 'no registrant data on the page');
    response = await open(page, '/beheer/activiteiten/99999999/export');
    assert.equal(response.status(), 404);
    assert.equal((await page.locator('h1').innerText()).trim(), refused, 'same page as an unknown id');
    checks.assertClean();
  });

  it('(2) a report handler of buurt X gets 404 on a report in buurt Y', async () => {
    const checks = pageChecks('access');
    // A handler without an area limit finds a report in buurt Y.
    state.handlerAll = await person('report_handler', { tag: 'all' }, true);
    const all = state.handlerAll.page;
    let reportRef = null;
    for (const status of ['new', 'in_progress', 'closed', 'referred', 'withdrawn']) {
      await open(all, `/beheer/meldingen?status=${status}&buurt=${BUURT_Y}`);
      const links = await all.locator('main td a[href^="/beheer/meldingen/"]').evaluateAll(
        (as) => as.map((a) => a.getAttribute('href')),
      );
      if (links.length) {
        reportRef = links[0].split('/').pop();
        break;
      }
    }
    assert.ok(reportRef, 'the demo has a report in buurt Y');
    let response = await open(all, `/beheer/meldingen/${reportRef}`);
    assert.equal(response.status(), 200, 'a handler without an area limit opens it');

    state.handlerX = await person('report_handler', { area: BUURT_X }, true);
    const page = state.handlerX.page;
    response = await open(page, '/beheer/meldingen');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'queue of buurt X');
    const offered = await page.locator('#f-buurt option').evaluateAll(
      (os) => os.map((o) => o.value).filter((v) => v !== ''),
    );
    assert.deepEqual(offered, [BUURT_X], 'the queue offers only the own buurt');

    response = await open(page, `/beheer/meldingen/${reportRef}`);
    assert.equal(response.status(), 404);
    await checks.check(page, response, 'report in another buurt');
    assert.equal((await page.locator('h1').innerText()).trim(), t('nl', 'error-not-found-title'));
    // The queue filtered on buurt Y shows nothing of it either.
    await open(page, `/beheer/meldingen?status=closed&buurt=${BUURT_Y}`);
    assert.equal(await page.locator(`main a[href="/beheer/meldingen/${reportRef}"]`).count(), 0);
    checks.assertClean();
  });
});
