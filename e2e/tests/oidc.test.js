// Staff log in with OpenID Connect, against a real provider started locally (lib/oidc-provider.js,
// the certified `oidc-provider` package): authorization code flow with PKCE. A coordinator made
// with the CLI logs in at the provider, which reports a second factor (`amr` mfa): Kansrijk lets
// them into /beheer without asking a TOTP code (the installation says the provider's MFA
// counts). A coordinator whose provider login had no second factor is still asked for the
// second step here. An e-mail address without an account is refused with a translated page.
// Logging out ends the local session. The login page with the provider's button passes axe and
// html-validate.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { startServer, launchBrowser, createUserWithCli, freePort } from '../lib/server.js';
import { startOidcProvider } from '../lib/oidc-provider.js';
import { translator, newPage, pageChecks, follow } from '../lib/pages.js';

const DESKTOP = { width: 1280, height: 800 };
const RUN = randomBytes(4).toString('hex');
const PROVIDER = 'gemeente';
const CLIENT_ID = 'kansrijk-e2e';
const CLIENT_SECRET = randomBytes(24).toString('hex');
const COORDINATOR = { email: `oidc.coordinator.${RUN}@example.nl`, role: 'coordinator', name: 'OIDC Coördinator' };
const WEAK = { email: `oidc.zwak.${RUN}@example.nl`, role: 'coordinator', name: 'OIDC Zonder MFA' };

const { t } = translator('kernel');

let server;
let provider;
let browser;

const url = (path) => new URL(path, server.baseUrl).href;
const pathOf = (page) => new URL(page.url()).pathname;
const headerLogout = (page) => page.locator('header').getByRole('button', { name: 'Uitloggen', exact: true });

/** From /inloggen?terug=… through the provider's login form as `account`; returns the last response. */
async function loginWithProvider(page, account, checks, label) {
  let response = await page.goto(url('/inloggen?terug=/beheer'), { waitUntil: 'load' });
  if (checks) await checks.check(page, response, `${label}: login page with the provider button`, { shot: 'login' });
  const button = page.getByRole('link', { name: t('nl', 'login-oidc-button', { provider: PROVIDER }), exact: true });
  assert.equal(await button.count(), 1, 'the login page shows one button for the provider');
  response = await follow(page, button);
  assert.equal(new URL(page.url()).origin, provider.issuer, `${label}: the button leads to the provider`);
  await page.locator('#account').selectOption(account);
  response = await follow(page, page.getByRole('button', { name: 'Continue' }));
  return response;
}

describe('OpenID Connect login for staff', { timeout: 300_000 }, () => {
  before(async () => {
    const providerPort = await freePort();
    const issuer = `http://127.0.0.1:${providerPort}`;
    // One provider in the configuration, given as the environment variable a container would use.
    const providers = `[{name="${PROVIDER}",issuer="${issuer}",client_id="${CLIENT_ID}",client_secret="${CLIENT_SECRET}",mfa_counts=true}]`;
    server = await startServer({ env: { KANSRIJK_OIDC_PROVIDERS: providers } });
    provider = await startOidcProvider({
      port: providerPort,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: `${server.baseUrl}/inloggen/oidc/${PROVIDER}/terug`,
      accounts: {
        coordinator: { email: COORDINATOR.email, amr: ['pwd', 'mfa'] },
        'zonder-mfa': { email: WEAK.email, amr: ['pwd'] },
        onbekend: { email: `onbekend.${RUN}@example.nl`, amr: ['pwd', 'mfa'] },
      },
    });
    browser = await launchBrowser();
    // Accounts exist before anyone logs in with the provider: OIDC never creates one.
    await createUserWithCli(server, COORDINATOR);
    await createUserWithCli(server, WEAK);
  });

  after(async () => {
    await browser?.close();
    await provider?.stop();
    await server?.stop();
  });

  it('a coordinator logs in with the provider, lands in /beheer without a TOTP code, and logs out', async () => {
    const checks = pageChecks('oidc');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const page = await newPage(context);
    const response = await loginWithProvider(page, 'coordinator', checks, 'coordinator');
    assert.equal(pathOf(page), '/beheer', 'the provider\'s second factor counts: straight to /beheer');
    assert.equal(response.status(), 200);
    assert.equal(await headerLogout(page).count(), 1, 'logged in');
    assert.equal(
      (await context.cookies(server.baseUrl)).some((c) => c.name === 'kr_oidc' && c.value !== ''),
      false,
      'the login-in-progress cookie is gone after the callback',
    );

    await follow(page, headerLogout(page));
    assert.equal(pathOf(page), '/');
    assert.equal(await headerLogout(page).count(), 0, 'logged out');
    const after = await context.request.get(url('/beheer'), { maxRedirects: 0 });
    assert.equal(after.status(), 303, 'the session has ended: /beheer asks to log in again');
    assert.match(after.headers().location ?? '', /^\/inloggen/);
    await context.close();
    checks.assertClean();
  });

  it('without a second factor at the provider, the second step is still asked here', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const page = await newPage(context);
    await loginWithProvider(page, 'zonder-mfa', null, 'without mfa');
    assert.equal(pathOf(page), '/account/tweestaps', 'a coordinator without TOTP sets it up first');
    const beheer = await context.request.get(url('/beheer'), { maxRedirects: 0 });
    assert.notEqual(beheer.status(), 200, '/beheer stays closed until the second step is done');
    await context.close();
  });

  it('an e-mail address without an account is refused with a translated page', async () => {
    const checks = pageChecks('oidc-refused');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const page = await newPage(context);
    const response = await loginWithProvider(page, 'onbekend', null, 'unknown');
    assert.equal(response.status(), 403);
    assert.equal(pathOf(page), `/inloggen/oidc/${PROVIDER}/terug`);
    assert.equal((await page.locator('main h1').innerText()).trim(), t('nl', 'oidc-failed-title'));
    assert.match(await page.locator('main').innerText(), new RegExp(t('nl', 'oidc-unknown-message').slice(0, 40)));
    assert.equal(await headerLogout(page).count(), 0, 'not logged in');
    await checks.check(page, response, 'refusal page', { shot: 'refused' });
    await context.close();
    checks.assertClean();
  });
});
