// The rights of the people in the data (issue 23) in a real browser: a resident made with
// `kansrijk user create` signs up for an activity with their account's address, proposes a
// neighbourhood agreement and comments on it, and sets up two-step login (a sealed secret). On
// /account/gegevens they see their data per module and download it as JSON (it parses, every
// module is there, another resident's comment is not) and as an HTML file. They delete the
// account (a wrong password first, then the password and a code): the public proposal page shows
// the comment as "removed by the author", the registration's personal page answers 404, and
// logging in again fails, so the sealed second factor is gone with the account.
//
// Every page visited is checked with axe (WCAG 2.1 A/AA) and html-validate, <html lang dir>,
// reflow and CSP refusals (lib/pages.js).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { startServer, launchBrowser, createUserWithCli } from '../lib/server.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';
import { totp, secondsLeft } from '../lib/totp.js';

const RUN = randomBytes(4).toString('hex');
const PASSWORD = 'groene fiets rijdt naar de markt';
const ANNA = { email: `anna.${RUN}@example.nl`, name: 'Anna de Vries', role: 'resident' };
const HENK = { email: `henk.${RUN}@example.nl`, name: 'Henk Bos', role: 'resident' };
const TITLE = `Samen de stoep vegen in de winter (${RUN})`;
const COMMENT = `Ik veeg elke zaterdag mee (${RUN})`;
const HENK_COMMENT = `Goed idee, ik help ook (${RUN})`;
const MODULES = ['account', 'programme', 'activities', 'agreements', 'reports', 'training', 'mediation'];

const { t } = translator('agreements');

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

async function resident(person) {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await newPage(context);
  await open(page, await createUserWithCli(server, person));
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-password_again').fill(PASSWORD);
  await follow(page, page.locator('main form button[type="submit"]').first());
  return { context, page };
}

/** A fresh code, waiting for the next step when this one is about to end. */
async function freshCode(page, secret) {
  if (secondsLeft() < 4) await page.waitForTimeout(secondsLeft() * 1000 + 300);
  return totp(secret);
}

const state = {};

describe('privacy rights', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    for (const p of [state.anna, state.henk, state.coordinator]) await p?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) a resident with a registration, a proposal and a comment sees and downloads their data', async () => {
    const checks = pageChecks('rights');
    state.anna = await resident(ANNA);
    state.henk = await resident(HENK);
    const page = state.anna.page;

    // A registration with the account's address, for the first activity with places.
    await open(page, '/activiteiten');
    const hrefs = await page.locator('main ul.kr-card-list > li.kr-card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    let registered = false;
    for (const href of hrefs) {
      await open(page, href);
      if ((await page.locator('#f-consent').count()) === 0) continue;
      await page.locator('#f-name').fill(ANNA.name);
      await page.locator('#f-email').fill(ANNA.email);
      await page.locator('#f-people').fill('1');
      await page.locator('#f-consent').check();
      const signed = await follow(page, submitButton(page, `${href}/aanmelden`));
      if (/^\/aanmelding\/[^/]+$/.test(pathOf(page))) {
        registered = true;
        // The personal page shows what is kept, with the removal button.
        assert.ok((await text(page.locator('main'))).includes(ANNA.email));
        await checks.check(page, signed, 'registration with what is kept', { shot: 'registration' });
        break;
      }
    }
    assert.ok(registered, 'signed up for a demo activity');
    state.registrationPath = pathOf(page);

    // A proposal and a comment; Henk comments too.
    await open(page, '/afspraken/voorstellen/nieuw');
    await page.locator('#f-title').fill(TITLE);
    await page.locator('#f-explanation').fill('In de winter vegen we samen de stoep. Zo kan iedereen veilig lopen.');
    await page.locator('input[name="pillar"][value="tasks_responsibilities"]').check();
    await follow(page, submitButton(page, '/afspraken/voorstellen/nieuw'));
    assert.match(pathOf(page), /^\/afspraken\/voorstellen\/\d+$/);
    state.proposalPath = pathOf(page);
    await page.locator('#f-body').fill(COMMENT);
    await follow(page, submitButton(page, `${state.proposalPath}/reageren`));
    const henk = state.henk.page;
    await open(henk, state.proposalPath);
    await henk.locator('#f-body').fill(HENK_COMMENT);
    await follow(henk, submitButton(henk, `${state.proposalPath}/reageren`));

    // Two-step login: the secret is sealed in the database.
    let response = await open(page, '/account/tweestaps');
    state.secret = (await text(page.locator('#totp-secret'))).replace(/\s+/g, '');
    await page.locator('#f-code').fill(await freshCode(page, state.secret));
    await follow(page, submitButton(page, '/account/tweestaps'));

    // My data: per module, in Dutch.
    response = await open(page, '/account/gegevens');
    assert.equal(response.status(), 200);
    assert.equal(await text(page.locator('main h1')), t('nl', 'rights-title'));
    for (const key of MODULES.map((m) => `rights-module-${m}`)) {
      assert.equal(await page.locator('main h2', { hasText: t('nl', key) }).count(), 1, `${key} on the page`);
    }
    const main = await text(page.locator('main'));
    assert.ok(main.includes(COMMENT) && main.includes(TITLE), 'the comment and the proposal are listed');
    assert.ok(!main.includes(HENK_COMMENT), 'nothing of another person');
    await checks.check(page, response, 'my data', { shot: 'my-data' });

    // The JSON download parses and holds every module; the HTML download is a file.
    const json = await state.anna.context.request.get(url('/account/gegevens/json'));
    assert.equal(json.status(), 200);
    assert.match(json.headers()['content-disposition'], /attachment/);
    const body = await json.text();
    const data = JSON.parse(body);
    for (const m of MODULES) assert.equal(typeof data[m], 'object', `module ${m} in the export`);
    assert.equal(data.account.person.email, ANNA.email);
    assert.ok(data.activities.registrations.length >= 1, 'the registration');
    assert.ok(data.agreements.proposals.some((p) => p.title === TITLE), 'the proposal');
    assert.ok(data.agreements.comments.some((c) => c.text === COMMENT), 'the comment');
    assert.ok(!body.includes(HENK_COMMENT) && !body.includes(HENK.email), 'nothing of another person');
    const html = await state.anna.context.request.get(url('/account/gegevens/html'));
    assert.match(html.headers()['content-disposition'], /mijn-gegevens\.html/);
    assert.ok((await html.text()).includes(COMMENT));
    checks.assertClean();
  });

  it('(2) the resident deletes the account; the public pages show the anonymised forms', async () => {
    const checks = pageChecks('rights');
    const page = state.anna.page;
    let response = await open(page, '/account/verwijderen');
    assert.equal(await text(page.locator('main h1')), t('nl', 'rights-delete-title'));
    await checks.check(page, response, 'delete account', { shot: 'delete' });
    // A wrong password first: the translated message beside the field.
    await page.locator('#f-password').fill('niet mijn wachtwoord');
    await page.locator('#f-code').fill(await freshCode(page, state.secret));
    response = await follow(page, submitButton(page, '/account/verwijderen'));
    assert.equal(await text(page.locator('#f-password-error')), t('nl', 'rights-delete-error-password'));
    await checks.check(page, response, 'delete account with a wrong password');
    await page.waitForTimeout(secondsLeft() * 1000 + 300);
    await page.locator('#f-password').fill(PASSWORD);
    await page.locator('#f-code').fill(await freshCode(page, state.secret));
    response = await follow(page, submitButton(page, '/account/verwijderen'));
    assert.equal(pathOf(page), '/account/verwijderd');
    assert.equal(await text(page.locator('main h1')), t('nl', 'rights-deleted-title'));
    await checks.check(page, response, 'account deleted', { shot: 'deleted' });

    // The comment is "removed by the author"; Henk's stays; the proposal stays.
    response = await open(page, state.proposalPath);
    const main = await text(page.locator('main'));
    assert.ok(main.includes(t('nl', 'agr-comment-removed-by-author')), 'removed by the author');
    assert.ok(!main.includes(COMMENT), 'the comment text is gone');
    assert.ok(main.includes(HENK_COMMENT), "another resident's comment stays");
    await checks.check(page, response, 'proposal after deletion', { shot: 'proposal-after' });

    // The registration lost its name: its personal page is gone.
    response = await open(page, state.registrationPath);
    assert.equal(response.status(), 404);

    // Logging in again fails: no password, no sealed second factor left to open.
    response = await open(page, '/inloggen');
    await page.locator('#f-email').fill(ANNA.email);
    await page.locator('#f-password').fill(PASSWORD);
    response = await follow(page, submitButton(page, '/inloggen'));
    assert.equal(pathOf(page), '/inloggen');
    assert.equal(await state.anna.context.request.get(url('/account/gegevens'), { maxRedirects: 0 }).then((r) => r.status()), 303);
    checks.assertClean();
  });

  it('(3) a coordinator registers a request received at the counter and answers it', async () => {
    const checks = pageChecks('rights');
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await newPage(context);
    state.coordinator = { context, page };
    const coordinator = { email: `coordinator.${RUN}@example.nl`, name: 'Coördinator', role: 'coordinator' };
    await open(page, await createUserWithCli(server, coordinator));
    await page.locator('#f-password').fill(PASSWORD);
    await page.locator('#f-password_again').fill(PASSWORD);
    await follow(page, page.locator('main form button[type="submit"]').first());
    assert.equal(pathOf(page), '/account/tweestaps');
    const secret = (await text(page.locator('#totp-secret'))).replace(/\s+/g, '');
    await page.locator('#f-code').fill(await freshCode(page, secret));
    await follow(page, submitButton(page, '/account/tweestaps'));

    let response = await open(page, '/beheer/verzoeken');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'requests', { shot: 'requests' });
    // No account with this address: the translated message beside the field.
    await page.locator('#f-email').fill(`niemand.${RUN}@example.nl`);
    await page.locator('#f-received').fill('2026-11-20');
    response = await follow(page, submitButton(page, '/beheer/verzoeken'));
    assert.equal(await text(page.locator('#f-email-error')), t('nl', 'rights-requests-error-person'));
    await checks.check(page, response, 'requests with an error');
    await page.locator('#f-channel').selectOption('counter');
    await page.locator('#f-email').fill(HENK.email);
    await page.locator('#f-note').fill('Paspoort gezien aan de balie');
    response = await follow(page, submitButton(page, '/beheer/verzoeken'));
    assert.match(pathOf(page), /^\/beheer\/verzoeken\/\d+$/);
    assert.match(await text(page.locator('#request-due')), /^20-12-2026/);
    await checks.check(page, response, 'request', { shot: 'request' });
    const answer = await context.request.get(url(`${pathOf(page)}/antwoord`));
    const data = JSON.parse(await answer.text());
    assert.equal(data.account.person.email, HENK.email);
    assert.ok(data.agreements.comments.some((c) => c.text === HENK_COMMENT));
    await follow(page, submitButton(page, `${pathOf(page)}/afgehandeld`));
    assert.equal(await text(page.locator('#request-status')), t('nl', 'rights-requests-status-answered'));
    checks.assertClean();
  });
});
