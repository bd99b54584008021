// Accounts in a real browser: the demo coordinator's invitation with
// two-factor set-up, logging in with password and TOTP code, the management
// area, inviting a professional by mail, password reset by mail, and the
// login page in Arabic.
//
// One server (kansrijk demo) for the whole file, sending mail to an SMTP sink
// (lib/mail.js). The tests build on each other in order: (a) creates the
// coordinator that (b) uses to invite the professional whose password (c)
// resets. Every page of the flows is checked with axe (WCAG 2.1 A/AA) and
// html-validate; the findings of one test are collected and reported together
// at its end, so one faulty page does not hide the next.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import {
  startServer,
  launchBrowser,
  checkA11y,
  formatViolations,
  validateHtml,
  formatHtmlMessages,
  screenshot,
} from '../lib/server.js';
import { totp, secondsLeft } from '../lib/totp.js';

const DESKTOP = { width: 1280, height: 800 };
const COORDINATOR_EMAIL = 'coordinator@demo.invalid';
const COORDINATOR_NAME = 'Coördinator Liendert';
const COORDINATOR_PASSWORD = 'paars fietsje zingt op dinsdag';
const WEAK_PASSWORD = 'password123';
const RUN = randomBytes(4).toString('hex');
const PROFESSIONAL = {
  name: 'Sanne de Wijkwerker',
  email: `sanne.${RUN}@demo.invalid`,
  password: 'groene kraan fluit elke woensdag',
  newPassword: 'zeven blauwe reigers op het plein',
};

// Dutch texts the tests look for (crates/kernel/locales/nl.ftl).
const NL = {
  weakPassword: /te makkelijk te raden/,
  wrongCode: 'Deze code klopt niet',
  loginFailed: /Het e-mailadres of het wachtwoord klopt niet/,
  inviteSubject: 'Uitnodiging voor Kansrijk',
  resetSubject: 'Kies een nieuw wachtwoord',
  forgotSent: 'Kijk in je e-mail',
  resetDone: 'Je wachtwoord is veranderd',
  linkInvalid: 'Deze link werkt niet meer',
};

let server;
let browser;
/** Set by test (a), used by (b): whether the coordinator account is ready. */
let coordinatorReady = false;
let totpSecret = null;
/** Set by test (b), used by (c). */
let professionalReady = false;

async function newContext(options = {}) {
  return browser.newContext({ locale: 'nl-NL', viewport: DESKTOP, ...options });
}

const url = (path) => new URL(path, server.baseUrl).href;
const pathOf = (page) => new URL(page.url()).pathname;

/**
 * Collects accessibility and markup findings of every page a test visits;
 * `assertClean()` fails the test with all of them at its end.
 */
function pageChecks() {
  const problems = [];
  return {
    /** axe on the live page and html-validate on the HTML exactly as the server sent it. */
    async check(page, response, label) {
      assert.ok(response, `${label}: no response to check`);
      const html = await response.text();
      const violations = await checkA11y(page);
      if (violations.length > 0) {
        problems.push(`axe: ${violations.length} violation(s) on ${label} (${pathOf(page)}):\n${formatViolations(violations)}`);
      }
      const errors = (await validateHtml(html, label)).filter((m) => m.severity >= 2);
      if (errors.length > 0) {
        problems.push(`html-validate: ${errors.length} error(s) in ${label} (${pathOf(page)}):\n${formatHtmlMessages(errors)}`);
      }
    },
    assertClean() {
      assert.equal(problems.length, 0, `pages with accessibility or markup problems:\n\n${problems.join('\n\n')}`);
    },
  };
}

async function open(page, path) {
  const response = await page.goto(url(path), { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  return response;
}

/**
 * Click something that submits a form or follows a link, and wait for the
 * new page; returns the final response (after redirects).
 */
async function follow(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  assert.ok(response, 'the click led to no new page');
  return response;
}

const submitButton = (page, action) => page.locator(`main form[action="${action}"] button[type="submit"]`);
const headerLogout = (page) => page.locator('header').getByRole('button', { name: 'Uitloggen', exact: true });

async function h1(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** The error shown beside a form field, checked to belong to it. */
async function fieldError(page, field) {
  const error = page.locator(`#f-${field}-error`);
  assert.equal(await error.count(), 1, `an error is shown for the field "${field}"`);
  const input = page.locator(`#f-${field}`);
  assert.equal(await input.getAttribute('aria-invalid'), 'true', `#f-${field} is marked aria-invalid`);
  const describedBy = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  assert.ok(describedBy.includes(`f-${field}-error`), `#f-${field} is described by its error (aria-describedby="${describedBy.join(' ')}")`);
  const sameField = await page.locator('.kr-form-field', { has: input }).locator(`#f-${field}-error`).count();
  assert.equal(sameField, 1, `the error of "${field}" stands beside the field, in the same form field`);
  return (await error.innerText()).trim();
}

/**
 * Type the current TOTP code into #f-code and submit. A code about to expire
 * is not used; if the server still says the code is wrong (the 30-second
 * window rolled over on the way), try once more with the next code.
 */
async function enterTotp(page, action, checks, label) {
  for (let attempt = 1; ; attempt++) {
    if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
    await page.locator('#f-code').fill(totp(totpSecret));
    const response = await follow(page, submitButton(page, action));
    const rejected = (await page.locator('#f-code-error').count()) > 0;
    if (!rejected) return response;
    const message = await fieldError(page, 'code');
    assert.match(message, new RegExp(NL.wrongCode), 'a rejected code shows the translated error');
    if (checks) await checks.check(page, response, `${label}: code rejected`);
    assert.ok(attempt < 2, `${label}: the server rejected two fresh TOTP codes in a row`);
    await page.waitForTimeout(secondsLeft() * 1000 + 200);
  }
}

/** Password login (and the TOTP code when asked) in `page`; ends on /account. */
async function logIn(page, email, password, checks, label) {
  let response = await open(page, '/inloggen');
  if (checks) await checks.check(page, response, `${label}: login form`);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  response = await follow(page, submitButton(page, '/inloggen'));
  if (pathOf(page) === '/inloggen/code') {
    if (checks) await checks.check(page, response, `${label}: code page`);
    response = await enterTotp(page, '/inloggen/code', checks, `${label}: code page`);
  }
  assert.equal(pathOf(page), '/account', `${label}: logging in ends on /account`);
  return response;
}

async function logOut(page) {
  await follow(page, headerLogout(page));
  assert.equal(pathOf(page), '/', 'logging out goes to the home page');
  assert.equal(await page.locator('header').getByRole('link', { name: 'Inloggen', exact: true }).count(), 1, 'logged out: the header offers "Inloggen"');
  assert.equal(await headerLogout(page).count(), 0, 'logged out: no logout button any more');
}

/** Where a GET of `path` goes with this context's cookies, without following redirects. */
async function peek(context, path) {
  const res = await context.request.get(url(path), { maxRedirects: 0 });
  return { status: res.status(), location: res.headers().location ?? null };
}

describe('accounts', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('TOTP helper matches the RFC 6238 test vectors (SHA-1, 6 digits)', () => {
    // Appendix B of RFC 6238: the ASCII secret "12345678901234567890"; the
    // 6-digit codes are the last six digits of the 8-digit values given there.
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const vectors = { 59: '287082', 1111111109: '081804', 1111111111: '050471', 1234567890: '005924', 2000000000: '279037' };
    for (const [t, code] of Object.entries(vectors)) assert.equal(totp(secret, Number(t) * 1000), code, `T=${t}`);
  });

  it('(a) invitation → password → two-factor → recovery codes → log out → log in with code → /beheer', async () => {
    const inviteLink = server.inviteLink;
    assert.ok(
      inviteLink,
      '`kansrijk demo` printed no "Demo coordinator invitation" link. It prints it only when it creates ' +
        `${COORDINATOR_EMAIL}: run this file on a fresh database.\n--- server output ---\n${server.output()}`,
    );
    assert.equal(new URL(inviteLink).origin, server.baseUrl, 'the invitation link points at this server');

    // The same invitation went out by mail.
    const invitationMail = await server.mail.waitFor(COORDINATOR_EMAIL, NL.inviteSubject);
    assert.ok(invitationMail.links.includes(inviteLink), `the demo invitation mail contains the printed link (mail links: ${invitationMail.links.join(', ')})`);

    const checks = pageChecks();
    const context = await newContext();
    try {
      const page = await context.newPage();

      // The invitation form, with the name filled in.
      let response = await open(page, new URL(inviteLink).pathname);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator('#f-name').inputValue(), 'Demo-coördinator', 'the name is filled in');
      await checks.check(page, response, 'invitation form');
      await screenshot(page, 'accounts-invite-form');

      // A guessable password: the translated error beside the field, the name kept.
      await page.locator('#f-name').fill(COORDINATOR_NAME);
      await page.locator('#f-password').fill(WEAK_PASSWORD);
      await page.locator('#f-password_again').fill(WEAK_PASSWORD);
      response = await follow(page, submitButton(page, new URL(inviteLink).pathname));
      assert.equal(response.status(), 200);
      assert.equal(pathOf(page), new URL(inviteLink).pathname, 'a weak password keeps the person on the invitation form');
      assert.match(await fieldError(page, 'password'), NL.weakPassword);
      assert.equal(await page.locator('.kr-alert--error[role="alert"] a[href="#f-password"]').count(), 1, 'the error summary links to the password field');
      assert.equal(await page.locator('#f-name').inputValue(), COORDINATOR_NAME, 'the typed name is kept');
      assert.equal(await page.locator('#f-password').inputValue(), '', 'the password is not sent back');
      await checks.check(page, response, 'invitation form with a weak password');
      await screenshot(page, 'accounts-invite-weak-password');

      // A good password: logged in, on to two-factor set-up.
      await page.locator('#f-password').fill(COORDINATOR_PASSWORD);
      await page.locator('#f-password_again').fill(COORDINATOR_PASSWORD);
      response = await follow(page, submitButton(page, new URL(inviteLink).pathname));
      assert.equal(response.status(), 200);
      assert.equal(pathOf(page), '/account/tweestaps', 'a coordinator goes on to two-factor set-up');
      assert.equal(await page.locator('figure.kr-qr svg').count(), 1, 'the QR code is shown (inline SVG)');
      totpSecret = (await page.locator('#totp-secret').innerText()).trim();
      assert.match(totpSecret, /^[A-Z2-7]{16,}=*$/, 'the secret is base32');
      // Until the second factor is set, the account itself stays closed.
      assert.deepEqual(await peek(context, '/account'), { status: 303, location: '/account/tweestaps' });
      await checks.check(page, response, 'two-factor set-up');
      await screenshot(page, 'accounts-twofactor-setup');

      // The code from the "app": recovery codes.
      response = await enterTotp(page, '/account/tweestaps', checks, 'two-factor set-up');
      const codes = await page.locator('#recovery-codes li').allInnerTexts();
      assert.equal(codes.length, 10, 'ten recovery codes are shown');
      for (const code of codes) assert.match(code.trim(), /^\d{4}-\d{4}-\d{4}$/);
      assert.equal(new Set(codes).size, 10, 'the recovery codes differ');
      await checks.check(page, response, 'recovery codes');
      await screenshot(page, 'accounts-recovery-codes');

      response = await follow(page, page.getByRole('link', { name: 'Verder', exact: true }));
      assert.equal(pathOf(page), '/account');
      assert.equal(response.status(), 200);
      const account = await page.locator('main').innerText();
      assert.match(account, new RegExp(COORDINATOR_NAME));
      assert.match(account, new RegExp(COORDINATOR_EMAIL.replaceAll('.', '\\.')));
      assert.match(account, /Programmacoördinator/, 'the account shows the role');
      assert.equal(await page.locator('header a[href="/beheer"]').innerText(), 'Beheer', 'a coordinator sees "Beheer" in the header');
      await checks.check(page, response, 'account (after set-up)');

      await logOut(page);
      assert.deepEqual(await peek(context, '/account'), { status: 303, location: '/inloggen?terug=%2Faccount' }, 'after logging out /account asks to log in');

      // Log in again: password, then a fresh code.
      response = await follow(page, page.locator('header').getByRole('link', { name: 'Inloggen', exact: true }));
      assert.equal(pathOf(page), '/inloggen');
      await checks.check(page, response, 'login form');
      await screenshot(page, 'accounts-login');
      await page.locator('#f-email').fill(COORDINATOR_EMAIL);
      await page.locator('#f-password').fill(COORDINATOR_PASSWORD);
      response = await follow(page, submitButton(page, '/inloggen'));
      assert.equal(pathOf(page), '/inloggen/code', 'with two-factor on, the password leads to the code page');
      assert.equal(await page.locator('#f-code').count(), 1);
      assert.deepEqual(await peek(context, '/beheer'), { status: 303, location: '/inloggen/code' }, 'the password alone does not open /beheer');
      await checks.check(page, response, 'code page');
      await screenshot(page, 'accounts-login-code');

      response = await enterTotp(page, '/inloggen/code', checks, 'code page');
      assert.equal(pathOf(page), '/account', 'the code leads to /account');
      assert.equal(response.status(), 200);
      await checks.check(page, response, 'account');
      await screenshot(page, 'accounts-account');

      response = await open(page, '/beheer');
      assert.equal(response.status(), 200, 'GET /beheer');
      assert.equal(pathOf(page), '/beheer');
      await checks.check(page, response, 'beheer');
      await screenshot(page, 'accounts-beheer');

      await logOut(page);
      coordinatorReady = true;
    } finally {
      await context.close();
    }
    checks.assertClean();
  });

  it('(b) the coordinator invites a professional; the mail arrives and its link works', async () => {
    assert.ok(coordinatorReady && totpSecret, 'needs the coordinator from test (a)');
    const checks = pageChecks();
    const coordinator = await newContext();
    const invitee = await newContext();
    try {
      const page = await coordinator.newPage();
      await logIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD, null, 'coordinator');

      for (const path of ['/beheer/mensen', '/beheer/organisaties', '/beheer/audit']) {
        const response = await open(page, path);
        assert.equal(response.status(), 200, `GET ${path}`);
        await checks.check(page, response, path);
      }

      let response = await open(page, '/beheer/uitnodigingen');
      assert.equal(response.status(), 200);
      await checks.check(page, response, 'invitations form');
      await page.locator('#f-name').fill(PROFESSIONAL.name);
      await page.locator('#f-email').fill(PROFESSIONAL.email);
      await page.locator('#f-role').selectOption('professional');
      await page.locator('#f-organisation_id').selectOption({ label: 'Wijkteam Liendert' });
      await page.locator('#f-lang').selectOption('nl');
      response = await follow(page, submitButton(page, '/beheer/uitnodigingen'));
      assert.equal(response.status(), 200);
      assert.match(
        await page.locator('main [role="status"]').innerText(),
        new RegExp(`verstuurd naar ${PROFESSIONAL.email.replaceAll('.', '\\.')}`),
        'the page confirms the invitation',
      );
      assert.match(await page.locator('#open-heading + ul').innerText(), new RegExp(PROFESSIONAL.name), 'the invitation is listed as open');
      await checks.check(page, response, 'invitations form after sending');
      await screenshot(page, 'accounts-invitation-sent');

      // The invited person's page in the management area.
      response = await follow(page, page.locator('#open-heading + ul').getByRole('link', { name: PROFESSIONAL.name, exact: true }));
      assert.equal(response.status(), 200);
      assert.match(pathOf(page), /^\/beheer\/mensen\/\d+$/);
      assert.match(await page.locator('main').innerText(), new RegExp(PROFESSIONAL.email.replaceAll('.', '\\.')));
      await checks.check(page, response, 'person page (invited professional)');

      const mail = await server.mail.waitFor(PROFESSIONAL.email, NL.inviteSubject);
      assert.equal(mail.subject, NL.inviteSubject);
      assert.match(mail.text, new RegExp(PROFESSIONAL.name), 'the mail greets the invitee by name');
      const link = mail.links.find((l) => l.startsWith(`${server.baseUrl}/uitnodiging/`));
      assert.ok(link, `the mail has a link to ${server.baseUrl}/uitnodiging/… (links: ${mail.links.join(', ')})`);
      assert.ok(mail.html.includes(link), 'the HTML part has the same link');

      // The invitee, in a browser of their own.
      const p = await invitee.newPage();
      response = await open(p, new URL(link).pathname);
      assert.equal(response.status(), 200);
      assert.equal(await p.locator('#f-name').inputValue(), PROFESSIONAL.name);
      await checks.check(p, response, 'invitation form (professional)');
      await p.locator('#f-password').fill(PROFESSIONAL.password);
      await p.locator('#f-password_again').fill(PROFESSIONAL.password);
      response = await follow(p, submitButton(p, new URL(link).pathname));
      assert.equal(pathOf(p), '/account', 'a professional needs no two-factor and lands on /account');
      assert.equal(response.status(), 200);
      assert.match(await p.locator('main').innerText(), new RegExp(PROFESSIONAL.email.replaceAll('.', '\\.')));
      assert.equal(await p.locator('header a[href="/beheer"]').count(), 0, 'a professional sees no "Beheer"');
      assert.equal((await peek(invitee, '/beheer')).status, 403, 'a professional may not open /beheer');
      await checks.check(p, response, 'account (professional)');
      await screenshot(p, 'accounts-professional-account');

      // The link works once.
      response = await open(p, new URL(link).pathname);
      assert.equal(await h1(p), NL.linkInvalid, 'a used invitation link no longer works');
      await logOut(p);
      professionalReady = true;
    } finally {
      await coordinator.close();
      await invitee.close();
    }
    checks.assertClean();
  });

  it('(c) password reset by mail; the new password works, the old one not', async () => {
    assert.ok(professionalReady, 'needs the professional from test (b)');
    const checks = pageChecks();
    const context = await newContext();
    try {
      const page = await context.newPage();
      let response = await open(page, '/wachtwoord-vergeten');
      assert.equal(response.status(), 200);
      await checks.check(page, response, 'forgotten password form');
      await page.locator('#f-email').fill(PROFESSIONAL.email);
      response = await follow(page, submitButton(page, '/wachtwoord-vergeten'));
      assert.equal(response.status(), 200);
      assert.equal(await h1(page), NL.forgotSent);
      await checks.check(page, response, 'forgotten password: sent');

      const mail = await server.mail.waitFor(PROFESSIONAL.email, NL.resetSubject);
      assert.equal(mail.subject, NL.resetSubject);
      const link = mail.links.find((l) => l.startsWith(`${server.baseUrl}/wachtwoord-herstellen/`));
      assert.ok(link, `the mail has a link to ${server.baseUrl}/wachtwoord-herstellen/… (links: ${mail.links.join(', ')})`);

      response = await open(page, new URL(link).pathname);
      assert.equal(response.status(), 200);
      await checks.check(page, response, 'new password form');
      await page.locator('#f-password').fill(PROFESSIONAL.newPassword);
      await page.locator('#f-password_again').fill(PROFESSIONAL.newPassword);
      response = await follow(page, submitButton(page, new URL(link).pathname));
      assert.equal(response.status(), 200);
      assert.equal(await h1(page), NL.resetDone);
      await checks.check(page, response, 'password changed');
      await screenshot(page, 'accounts-password-changed');

      // The reset link works once.
      await open(page, new URL(link).pathname);
      assert.equal(await h1(page), NL.linkInvalid, 'a used reset link no longer works');

      // The old password fails, with the error on the login page.
      response = await open(page, '/inloggen');
      await page.locator('#f-email').fill(PROFESSIONAL.email);
      await page.locator('#f-password').fill(PROFESSIONAL.password);
      response = await follow(page, submitButton(page, '/inloggen'));
      assert.equal(pathOf(page), '/inloggen', 'the old password does not log in');
      assert.match(await fieldError(page, 'email'), NL.loginFailed);
      assert.equal(await page.locator('#f-email').inputValue(), PROFESSIONAL.email, 'the address is kept');
      assert.equal(await headerLogout(page).count(), 0, 'not logged in');
      assert.equal((await peek(context, '/account')).status, 303, '/account stays closed');
      await checks.check(page, response, 'login with the old password');
      await screenshot(page, 'accounts-login-failed');

      // The new one works.
      response = await logIn(page, PROFESSIONAL.email, PROFESSIONAL.newPassword, checks, 'professional');
      assert.equal(response.status(), 200);
      assert.match(await page.locator('main').innerText(), new RegExp(PROFESSIONAL.name));
      await logOut(page);
    } finally {
      await context.close();
    }
    checks.assertClean();
  });

  it('(d) /inloggen?lang=ar is right-to-left, accessible and valid', async () => {
    const checks = pageChecks();
    const context = await newContext();
    try {
      const page = await context.newPage();
      const response = await open(page, '/inloggen?lang=ar');
      assert.equal(response.status(), 200);
      const attrs = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        dir: document.documentElement.getAttribute('dir'),
      }));
      assert.deepEqual(attrs, { lang: 'ar', dir: 'rtl' });
      assert.notEqual(await h1(page), 'Inloggen', 'the heading is translated');
      await checks.check(page, response, '/inloggen?lang=ar');
      await screenshot(page, 'accounts-login-ar');
    } finally {
      await context.close();
    }
    checks.assertClean();
  });
});
