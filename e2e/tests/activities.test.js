// Activities in a real browser: a resident finds an activity with the agenda
// filters at phone size, signs up (an error first, then right), gets the
// confirmation mail with a personal link and cancels with it; an organiser
// (made with `kansrijk user create --role professional`) creates an activity
// with one place, two residents sign up (one confirmed, one on the waiting
// list), the first cancels and the second is promoted by mail; the organiser
// ticks people off on a phone and adds walk-ins; the agenda and an activity
// page in Arabic (right to left); the calendar files.
//
// One server (kansrijk demo, with its demo activities) for the whole file,
// sending mail to an SMTP sink. The tests build on each other in order. Every
// page visited is checked with axe (WCAG 2.1 A/AA) and html-validate (the HTML
// exactly as the server sent it), plus <html lang dir>, no sideways scrolling
// and no CSP refusals; the findings of one test are reported together at its
// end, so one faulty page does not hide the next.
//
// Expected texts come from the translation files (crates/*/locales/*.ftl).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';

import {
  startServer,
  launchBrowser,
  KANSRIJK_BIN,
  REPO_ROOT,
  waitForJobs,
} from '../lib/server.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const RUN = randomBytes(4).toString('hex');

const ORGANISER = {
  email: `org.${RUN}@example.nl`,
  name: 'Organisator',
  password: 'rode tram rijdt langs de haven',
};

// ---------------------------------------------------------------------------
// Translations, read from the same files the server uses
// ---------------------------------------------------------------------------

const { t, message } = translator('activities');

/** A plural message's variant (`[one]`, `*[other]`, …) with `{ $count }` filled in. */
function tPlural(lang, key, variant, count) {
  const text = message(lang, key);
  const m = new RegExp(`\\*?\\[${variant}\\]\\s*(.*)`).exec(text);
  assert.ok(m, `"${key}" in ${lang}.ftl has a [${variant}] variant`);
  return m[1].trim().replace(/\{\s*\$count\s*\}/g, String(count));
}
const nlCount = (key, count) => tPlural('nl', key, count === 1 ? 'one' : 'other', count);

// ---------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------

let server;
let browser;

const url = (p) => new URL(p, server.baseUrl).href;
const pathOf = (page) => new URL(page.url()).pathname;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function open(page, p) {
  const response = await page.goto(url(p), { waitUntil: 'load' });
  assert.ok(response, `no response for ${p}`);
  return response;
}

const text = async (locator) => (await locator.innerText()).trim();
const h1 = (page) => text(page.locator('main h1').first());

/** The error beside a field, checked to belong to it (same form field, aria-invalid, aria-describedby). */
async function fieldError(page, field, checks) {
  const input = page.locator(`#f-${field}`);
  assert.equal(await input.count(), 1, `the form has #f-${field}`);
  const error = page.locator(`#f-${field}-error`);
  assert.equal(await error.count(), 1, `an error is shown for "${field}"`);
  const sameField = await page.locator('.kr-form-field', { has: input }).locator(`#f-${field}-error`).count();
  assert.equal(sameField, 1, `the error of "${field}" stands beside the field, in the same form field`);
  if ((await input.getAttribute('aria-invalid')) !== 'true') {
    checks.note(`error association: ${pathOf(page)}: #f-${field} has an error but is not aria-invalid="true"`);
  }
  const describedBy = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  if (!describedBy.includes(`f-${field}-error`)) {
    checks.note(`error association: ${pathOf(page)}: #f-${field} is not described by #f-${field}-error`);
  }
  return text(error);
}

/** The cards of an agenda list: { href, title, meta }. */
async function cards(page) {
  return page.locator('main ul.kr-card-list > li.kr-card').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('.kr-card__title')?.textContent.trim() ?? '',
      meta: [...li.querySelectorAll('.kr-card__meta')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()).join(' | '),
    })),
  );
}

/** The "Praktische informatie" list of an activity as { term: description }. */
async function details(page) {
  return page.locator('main dl.kr-details').evaluate((dl) => {
    const out = {};
    for (const dt of dl.querySelectorAll('dt')) {
      const dd = dt.nextElementSibling;
      out[dt.textContent.trim()] = dd ? dd.innerText.replace(/\s+/g, ' ').trim() : null;
    }
    return out;
  });
}

/** Fill in the sign-up form of the activity page that is open. */
async function fillSignup(page, { name, email = '', phone = '', people = '1', consent = true }) {
  await page.locator('#f-name').fill(name);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-phone').fill(phone);
  await page.locator('#f-people').fill(people);
  if (consent) await page.locator('#f-consent').check();
  else await page.locator('#f-consent').uncheck();
}

/** The personal link /aanmelding/<token> in a mail, on this server. */
function personalLink(mail) {
  const link = mail.links.find((l) => l.startsWith(`${server.baseUrl}/aanmelding/`));
  assert.ok(link, `the mail has a personal link to ${server.baseUrl}/aanmelding/… (links: ${mail.links.join(', ')})`);
  return new URL(link).pathname;
}

function isoDaysAhead(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------
// The organiser, made with the command line
// ---------------------------------------------------------------------------

const execFileP = promisify(execFile);

/** `kansrijk user create --role professional --organisation …` against the server's database; returns the link's path. */
async function createOrganiserWithCli() {
  const env = {
    ...process.env,
    DATABASE_URL: server.databaseUrl,
    KANSRIJK_SMTP_HOST: '127.0.0.1',
    KANSRIJK_SMTP_PORT: String(server.mail.port),
    KANSRIJK_SMTP_TLS: 'none',
  };
  delete env.KANSRIJK_PUBLIC_URL;
  // The role is the Huis van de Wijk's: an organiser acts on their own organisation's activities.
  const args = ['user', 'create', '--email', ORGANISER.email, '--role', 'professional', '--name', ORGANISER.name,
    '--organisation', 'Huis van de Wijk Liendert'];
  let out;
  try {
    out = await execFileP(KANSRIJK_BIN, args, { cwd: REPO_ROOT, env, timeout: 60_000 });
  } catch (err) {
    assert.fail(`kansrijk ${args.join(' ')} failed (${err.code}):\n${err.stdout}\n${err.stderr}`);
  }
  const lines = out.stdout.trim().split('\n');
  const link = lines[lines.length - 1].trim();
  assert.match(link, /^https?:\/\/[^/\s]+\/uitnodiging\/\S+$/, `the command prints the invitation link (stdout: ${out.stdout})`);
  // The link is for the configured public address (127.0.0.1:8080): the path is used on this server.
  return new URL(link).pathname;
}

// ---------------------------------------------------------------------------

const state = {
  organiserContext: null,
  organiserPage: null,
  activityId: null,
  activityTitle: `Buurtgesprek e2e ${RUN}`,
  residentB: { name: 'B. Bakker', email: `b.${RUN}@example.nl`, people: '1' },
  promoted: false,
};

describe('activities', { timeout: 900_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await state.organiserContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) a resident finds a workshop in a buurt, signs up (an error first), gets the mail and cancels with its link', async () => {
    const checks = pageChecks('activities');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    try {
      const page = await newPage(context);
      let response = await open(page, '/activiteiten');
      assert.equal(response.status(), 200);
      assert.equal(await h1(page), t('nl', 'agenda-title'));
      const all = await cards(page);
      assert.ok(all.length >= 5, `the agenda lists the demo activities (${all.length})`);
      await checks.check(page, response, 'agenda', { shot: 'agenda' });

      // The filter form: type "Workshop" and buurt "Zangvogelbuurt".
      await page.locator('#f-soort').selectOption('workshop');
      const buurten = await page.locator('#f-buurt option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })));
      const buurt = buurten.find((o) => o.label === 'Zangvogelbuurt');
      assert.ok(buurt, `the buurt filter offers Zangvogelbuurt (${JSON.stringify(buurten)})`);
      await page.locator('#f-buurt').selectOption(buurt.value);
      response = await follow(page, page.locator('main form[action="/activiteiten"] button[type="submit"]'));
      assert.equal(response.status(), 200);
      const query = new URL(page.url()).searchParams;
      assert.equal(pathOf(page), '/activiteiten', 'the filter form is a GET form on the agenda');
      assert.equal(query.get('soort'), 'workshop');
      assert.equal(query.get('buurt'), buurt.value);
      assert.equal(await page.locator('#f-soort').inputValue(), 'workshop', 'the chosen type stays selected');
      assert.equal(await page.locator('#f-buurt').inputValue(), buurt.value, 'the chosen buurt stays selected');
      const found = await cards(page);
      assert.ok(found.length >= 1, 'the filters find something');
      assert.ok(found.length < all.length, 'the filters leave activities out');
      for (const c of found) {
        assert.ok(c.meta.includes(t('nl', 'activity-kind-workshop')), `only workshops: ${c.meta}`);
        assert.ok(c.meta.includes('(Zangvogelbuurt)'), `only Zangvogelbuurt: ${c.meta}`);
      }
      assert.equal(await text(page.locator('#list-heading')), nlCount('agenda-count', found.length));
      await checks.check(page, response, 'agenda filtered', { shot: 'agenda-filtered' });

      // Follow the first result that still has places.
      const pick = found.find((c) => !c.meta.includes(t('nl', 'activity-full')) && !c.meta.includes(t('nl', 'activity-cancelled')));
      assert.ok(pick, `a workshop with places left (${JSON.stringify(found)})`);
      response = await follow(page, page.locator(`main .kr-card-list a[href="${pick.href}"]`));
      assert.equal(response.status(), 200);
      assert.equal(pathOf(page), pick.href);
      assert.equal(await h1(page), pick.title);
      const facts = await details(page);
      assert.equal(facts[t('nl', 'activity-kind')], t('nl', 'activity-kind-workshop'));
      assert.match(facts[t('nl', 'activity-where')], /Zangvogelbuurt/);
      await checks.check(page, response, 'activity page', { shot: 'activity' });

      // First try: an invalid e-mail address and no consent.
      const action = `${pick.href}/aanmelden`;
      const name = 'J. Jansen';
      await fillSignup(page, { name, email: 'jan.jansen@', people: '2', consent: false });
      await page.locator('#f-wheelchair').check();
      response = await follow(page, submitButton(page, action));
      assert.equal(response.status(), 200);
      assert.equal(pathOf(page), action, 'errors keep the resident on the form');
      assert.equal(await fieldError(page, 'email', checks), t('nl', 'registration-error-email'));
      assert.equal(await fieldError(page, 'consent', checks), t('nl', 'registration-error-consent'));
      assert.equal(await page.locator('main .kr-form-error').count(), 2, 'no other errors');
      const summary = page.locator('main .kr-alert--error[role="alert"]');
      assert.equal(await summary.count(), 1, 'an error summary is shown');
      const summaryLinks = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(new Set(summaryLinks), new Set(['#f-email', '#f-consent']), 'the summary links to both fields');
      assert.equal(await page.locator('#f-name').inputValue(), name, 'the name is kept');
      assert.equal(await page.locator('#f-email').inputValue(), 'jan.jansen@', 'the typed e-mail is kept');
      assert.equal(await page.locator('#f-people').inputValue(), '2', 'the number of people is kept');
      assert.equal(await page.locator('#f-wheelchair').isChecked(), true, 'the access need is kept');
      assert.equal(await page.locator('#f-consent').isChecked(), false);
      await checks.check(page, response, 'activity page with sign-up errors', { shot: 'signup-errors' });

      // Right (one person: the workshop may have only one place left).
      const email = `jan.${RUN}@example.nl`;
      await page.locator('#f-email').fill(email);
      await page.locator('#f-people').fill('1');
      await page.locator('#f-consent').check();
      response = await follow(page, submitButton(page, action));
      assert.equal(response.status(), 200);
      assert.match(pathOf(page), /^\/aanmelding\/[^/]+$/, `the sign-up leads to the personal page (errors: ${await page.locator('main .kr-form-error').allInnerTexts()})`);
      const ownPath = pathOf(page);
      assert.equal(await h1(page), t('nl', 'registration-title'));
      assert.equal(await text(page.locator('main [role="status"]')), t('nl', 'registration-thanks'));
      assert.match(await text(page.locator('main')), new RegExp(escapeRe(t('nl', 'registration-status-confirmed'))));
      assert.match(await text(page.locator('main')), new RegExp(escapeRe(nlCount('registration-people', 1))));
      assert.match(response.headers()['cache-control'] ?? '', /no-store/, 'the personal page is not cached');
      await checks.check(page, response, 'registration confirmed', { shot: 'registration-confirmed' });

      // The mail with the personal link.
      const mail = await server.mail.waitFor(email, 'Je bent aangemeld');
      assert.ok(mail.subject.includes(pick.title), `the subject names the activity: "${mail.subject}"`);
      assert.equal(personalLink(mail), ownPath, 'the mail links to the same personal page');

      // Cancel with the link from the mail.
      response = await open(page, personalLink(mail));
      assert.equal(response.status(), 200);
      assert.equal(await page.locator('main [role="status"]').count(), 0, 'no thank-you note on a later visit');
      await checks.check(page, response, 'registration via the mail link');
      const cancel = submitButton(page, ownPath);
      assert.equal(await text(cancel), t('nl', 'registration-cancel-submit'));
      response = await follow(page, cancel);
      assert.equal(response.status(), 200);
      assert.equal(pathOf(page), ownPath);
      assert.equal(await text(page.locator('main [role="status"]')), t('nl', 'registration-cancelled-now'));
      assert.match(await text(page.locator('main')), new RegExp(escapeRe(t('nl', 'registration-status-cancelled'))));
      assert.equal(await page.locator(`main form[action="${ownPath}"]`).count(), 0, 'a cancelled registration offers no cancel button');
      await checks.check(page, response, 'registration cancelled', { shot: 'registration-cancelled' });
      await server.mail.waitFor(email, 'Je bent afgemeld');

      // The month view of the agenda.
      response = await open(page, '/activiteiten/maand');
      assert.equal(response.status(), 200);
      await checks.check(page, response, 'month', { shot: 'month' });
    } finally {
      await context.close();
    }
    checks.assertClean();
  });

  it('(2) waiting list: the organiser creates an activity with 1 place; A is confirmed, B waits; A cancels and B is promoted by mail', async () => {
    const checks = pageChecks('activities');
    const invitePath = await createOrganiserWithCli();
    state.organiserContext = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const org = await newPage(state.organiserContext);
    state.organiserPage = org;

    // The invitation: a password (a professional needs no second factor).
    let response = await open(org, invitePath);
    assert.equal(response.status(), 200);
    await checks.check(org, response, 'organiser: invitation');
    await org.locator('#f-password').fill(ORGANISER.password);
    await org.locator('#f-password_again').fill(ORGANISER.password);
    response = await follow(org, submitButton(org, invitePath));
    assert.equal(response.status(), 200);
    assert.notEqual(pathOf(org), invitePath, `the invitation is accepted (errors: ${await org.locator('main .kr-form-error').allInnerTexts()})`);
    assert.equal(await org.locator('header').getByRole('button', { name: 'Uitloggen', exact: true }).count(), 1, 'logged in');
    await checks.check(org, response, 'organiser: after the invitation');

    // The agenda offers the management link to an organiser.
    response = await open(org, '/activiteiten');
    await checks.check(org, response, 'organiser: agenda');
    response = await follow(org, org.locator('main').getByRole('link', { name: t('nl', 'agenda-manage-link'), exact: true }));
    assert.equal(pathOf(org), '/beheer/activiteiten');
    assert.equal(await h1(org), t('nl', 'manage-title'));
    await checks.check(org, response, 'organiser: list', { shot: 'manage-list' });

    response = await follow(org, org.locator('main a[href="/beheer/activiteiten/nieuw"]'));
    assert.equal(response.status(), 200);
    assert.equal(await h1(org), t('nl', 'manage-new-title'));
    assert.equal(await org.locator('#f-registration_required').isChecked(), true, 'registration required is the default');
    await checks.check(org, response, 'organiser: new activity form', { shot: 'manage-new' });

    // Capacity 1, registration required, at a venue, ten days ahead.
    const venue = await org.locator('#f-venue_id option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })).find((o) => o.value !== ''));
    assert.ok(venue, 'a venue to choose');
    await org.locator('#f-title').fill(state.activityTitle);
    await org.locator('#f-description').fill('Praat mee over de buurt. Met koffie en thee.');
    await org.locator('#f-kind').selectOption('workshop');
    await org.locator('#f-pillar-diversity').check();
    await org.locator('#f-venue_id').selectOption(venue.value);
    await org.locator('#f-date').fill(isoDaysAhead(10));
    await org.locator('#f-start_time').fill('19:30');
    await org.locator('#f-end_time').fill('21:00');
    await org.locator('#f-contact_name').fill(ORGANISER.name);
    await org.locator('#f-capacity').fill('1');
    response = await follow(org, submitButton(org, '/beheer/activiteiten/nieuw'));
    assert.equal(response.status(), 200);
    const m = /^\/beheer\/activiteiten\/(\d+)\/aanmeldingen$/.exec(pathOf(org));
    assert.ok(m, `saving leads to the registrations page (at ${pathOf(org)}; errors: ${await org.locator('main .kr-form-error').allInnerTexts()})`);
    state.activityId = m[1];
    assert.equal(await h1(org), state.activityTitle);
    await checks.check(org, response, 'organiser: registrations (empty)', { shot: 'manage-registrations-empty' });

    // Resident A: the one place.
    const residentA = { name: 'A. de Vries', email: `a.${RUN}@example.nl` };
    const B = state.residentB;
    const activityPath = `/activiteiten/${state.activityId}`;
    const action = `${activityPath}/aanmelden`;
    let pathA;
    const ctxA = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const ctxB = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    try {
      const a = await newPage(ctxA);
      response = await open(a, activityPath);
      assert.equal(response.status(), 200);
      assert.equal(await h1(a), state.activityTitle);
      const facts = await details(a);
      assert.equal(facts[t('nl', 'activity-places')], `${tPlural('nl', 'activity-places-left', 'one', 1)} (${tPlural('nl', 'activity-capacity-of', 'one', 1)}) ${t('nl', 'activity-registration-required')}`);
      await checks.check(a, response, 'A: new activity page', { shot: 'new-activity' });
      await fillSignup(a, residentA);
      response = await follow(a, submitButton(a, action));
      assert.match(pathOf(a), /^\/aanmelding\//, `A is registered (errors: ${await a.locator('main .kr-form-error').allInnerTexts()})`);
      pathA = pathOf(a);
      assert.equal(await text(a.locator('main [role="status"]')), t('nl', 'registration-thanks'));
      assert.match(await text(a.locator('main')), new RegExp(escapeRe(t('nl', 'registration-status-confirmed'))));
      await checks.check(a, response, 'A: registration confirmed');

      // Resident B: full, so the waiting list.
      const b = await newPage(ctxB);
      response = await open(b, activityPath);
      assert.equal(await text(b.locator('main .kr-alert--info')), t('nl', 'signup-full'), 'the page says it is full');
      assert.ok((await details(b))[t('nl', 'activity-places')].startsWith(tPlural('nl', 'activity-places-left', '0', 0)));
      await checks.check(b, response, 'B: full activity page', { shot: 'activity-full' });
      await fillSignup(b, B);
      response = await follow(b, submitButton(b, action));
      assert.match(pathOf(b), /^\/aanmelding\//, `B is registered (errors: ${await b.locator('main .kr-form-error').allInnerTexts()})`);
      state.pathB = pathOf(b);
      assert.equal(await text(b.locator('main [role="status"]')), t('nl', 'registration-thanks-waiting'));
      const bText = await text(b.locator('main'));
      assert.match(bText, new RegExp(escapeRe(t('nl', 'registration-status-waiting'))));
      assert.match(bText, new RegExp(escapeRe(tPlural('nl', 'registration-position', 'one', 1))), 'B is next on the list');
      await checks.check(b, response, 'B: on the waiting list', { shot: 'registration-waiting' });

      const mailA = await server.mail.waitFor(residentA.email, 'Je bent aangemeld');
      assert.equal(personalLink(mailA), pathA);
      const mailB = await server.mail.waitFor(B.email, 'Je staat op de wachtlijst');
      assert.ok(mailB.subject.includes(state.activityTitle), `B's subject: ${mailB.subject}`);
      assert.equal(personalLink(mailB), state.pathB);

      // The organiser sees one confirmed and one waiting.
      response = await org.reload({ waitUntil: 'load' });
      const counts = await org.locator('main section[aria-labelledby="attendance-heading"] li').allInnerTexts();
      assert.ok(counts.includes(nlCount('manage-confirmed', 1)), `one confirmed (${counts})`);
      assert.ok(counts.includes(nlCount('manage-waiting', 1)), `B waiting (${counts})`);
      await checks.check(org, response, 'organiser: registrations (A and B)', { shot: 'manage-registrations' });

      // A cancels with the link from the mail; B gets the place and a mail.
      response = await open(a, personalLink(mailA));
      await checks.check(a, response, 'A: registration via the mail link');
      response = await follow(a, submitButton(a, pathA));
      assert.equal(await text(a.locator('main [role="status"]')), t('nl', 'registration-cancelled-now'));
      await checks.check(a, response, 'A: cancelled');

      const promoted = await server.mail.waitFor(B.email, 'Er is een plaats voor je');
      assert.ok(promoted.subject.includes(state.activityTitle), `the promotion mail names the activity: ${promoted.subject}`);
      response = await open(b, state.pathB);
      assert.match(await text(b.locator('main')), new RegExp(escapeRe(t('nl', 'registration-status-confirmed'))), 'B is now confirmed');
      assert.doesNotMatch(await text(b.locator('main')), new RegExp(escapeRe(t('nl', 'registration-status-waiting'))));
      await checks.check(b, response, 'B: promoted', { shot: 'registration-promoted' });
      state.promoted = true;
    } finally {
      await ctxA.close();
      await ctxB.close();
    }
    checks.assertClean();
  });

  it('(3) the organiser ticks B off on a phone and adds walk-ins; the figures change', async () => {
    assert.ok(state.promoted && state.organiserPage, 'needs test (2)');
    const checks = pageChecks('activities');
    const org = state.organiserPage;
    await org.setViewportSize(PHONE);
    const base = `/beheer/activiteiten/${state.activityId}`;
    const B = state.residentB;
    const status = org.locator('main p[role="status"]');
    const figures = (present, walkIns) => `${nlCount('manage-present', present)} · ${nlCount('manage-walk-ins', walkIns)}`;

    let response = await open(org, `${base}/aanmeldingen`);
    await checks.check(org, response, 'organiser: registrations (phone)');
    response = await follow(org, org.locator(`main a[href="${base}/aanwezig"]`));
    assert.equal(response.status(), 200);
    assert.equal(pathOf(org), `${base}/aanwezig`);
    assert.equal(await h1(org), t('nl', 'checkin-title'));
    assert.equal(await text(status), figures(0, 0));
    const rows = await org.locator('main ul.kr-checkin > li').allInnerTexts();
    assert.equal(rows.length, 1, `only the confirmed registration (B) is on the list: ${rows}`);
    assert.match(rows[0], new RegExp(escapeRe(`${B.name} (${B.people})`)));
    await checks.check(org, response, 'organiser: check-in (phone)', { shot: 'checkin' });

    // Tick B off.
    response = await follow(org, org.locator('main ul.kr-checkin').getByRole('button', { name: t('nl', 'checkin-mark', { name: B.name }) }));
    assert.equal(response.status(), 200);
    assert.equal(pathOf(org), `${base}/aanwezig`);
    assert.equal(await text(status), figures(Number(B.people), 0), 'B is present');
    assert.equal(await text(org.locator('main ul.kr-checkin strong')), t('nl', 'checkin-present'));
    assert.equal(await org.locator('main ul.kr-checkin').getByRole('button', { name: t('nl', 'checkin-undo', { name: B.name }) }).count(), 1, 'the tick can be undone');
    await checks.check(org, response, 'organiser: check-in, B present', { shot: 'checkin-present' });

    // Three walk-ins.
    await org.locator('#f-walk_ins').fill('3');
    response = await follow(org, org.locator('main section[aria-labelledby="walk-ins"] button[type="submit"]'));
    assert.equal(response.status(), 200);
    assert.equal(await text(status), figures(Number(B.people), 3));
    assert.equal(await org.locator('#f-walk_ins').inputValue(), '3');
    await checks.check(org, response, 'organiser: check-in with walk-ins', { shot: 'checkin-walk-ins' });

    // The registrations page counts them too.
    response = await open(org, `${base}/aanmeldingen`);
    const counts = await org.locator('main section[aria-labelledby="attendance-heading"] li').allInnerTexts();
    assert.ok(counts.includes(nlCount('manage-present', Number(B.people))), `present (${counts})`);
    assert.ok(counts.includes(nlCount('manage-walk-ins', 3)), `walk-ins (${counts})`);
    assert.ok(counts.includes(nlCount('manage-attendance-total', Number(B.people) + 3)), `total (${counts})`);
    await checks.check(org, response, 'organiser: registrations with attendance (phone)', { shot: 'manage-attendance' });

    // The printable attendance sheet.
    response = await open(org, `${base}/presentielijst`);
    assert.equal(response.status(), 200);
    assert.equal(await h1(org), t('nl', 'sheet-title'));
    assert.match(await text(org.locator('main table')), new RegExp(escapeRe(B.name)));
    await checks.check(org, response, 'organiser: attendance sheet', { shot: 'sheet' });
    checks.assertClean();
  });

  it('(4) the agenda and an activity page in Arabic, right to left', async () => {
    const checks = pageChecks('activities');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    try {
      const page = await newPage(context);
      let response = await open(page, '/activiteiten?lang=ar');
      assert.equal(response.status(), 200);
      assert.equal(await h1(page), t('ar', 'agenda-title'));
      assert.equal(await text(page.locator('label[for="f-soort"]')), t('ar', 'agenda-filter-kind'));
      await checks.check(page, response, 'ar: agenda', { lang: 'ar', shot: 'ar-agenda' });

      const first = (await cards(page))[0];
      assert.ok(first, 'the Arabic agenda lists activities');
      response = await open(page, `${first.href}?lang=ar`);
      assert.equal(response.status(), 200);
      assert.equal(await text(page.locator('#details-heading')), t('ar', 'activity-details-heading'));
      await checks.check(page, response, 'ar: activity page', { lang: 'ar', shot: 'ar-activity' });
    } finally {
      await context.close();
    }
    checks.assertClean();
  });

  it('(5) the calendar files are text/calendar with the Amsterdam time zone', async () => {
    const id = state.activityId ?? '1';
    for (const p of [`/activiteiten/${id}.ics`, '/activiteiten.ics']) {
      const res = await fetch(url(p));
      assert.equal(res.status, 200, `GET ${p}`);
      assert.match(res.headers.get('content-type') ?? '', /^text\/calendar\b/, `${p} is text/calendar`);
      const body = await res.text();
      assert.ok(body.startsWith('BEGIN:VCALENDAR'), `${p} is a calendar`);
      assert.ok(body.includes('BEGIN:VTIMEZONE'), `${p} has BEGIN:VTIMEZONE`);
      assert.ok(body.includes('TZID=Europe/Amsterdam'), `${p} uses TZID=Europe/Amsterdam`);
      assert.ok(body.includes('BEGIN:VEVENT'), `${p} has an event`);
    }
    if (state.activityId) {
      const body = await (await fetch(url(`/activiteiten/${state.activityId}.ics`))).text();
      assert.ok(body.includes(`SUMMARY:${state.activityTitle}`), 'the new activity is the event');
    }
  });

  it('(6) the reminder of an activity within a day arrives once, with every instance working', async () => {
    const checks = pageChecks('activities');
    const org = state.organiserPage;
    const instances = Number(process.env.E2E_INSTANCES || '1');
    // Which instance served each page (nginx's header when several run behind it).
    const upstreams = new Set();
    org.on('response', (r) => {
      const upstream = r.headers()['x-kansrijk-upstream'];
      if (upstream && r.request().resourceType() === 'document') upstreams.add(upstream);
    });
    // Within 24 hours, so the reminder is due at once: tomorrow 00:01 in Amsterdam, or two hours
    // from now in the first hour of the day.
    const amsterdam = (ms) => new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).format(new Date(ms));
    const [today, nowTime] = amsterdam(Date.now()).split(' ');
    const [date, start] = nowTime < '01:00'
      ? [today, amsterdam(Date.now() + 2 * 3_600_000).split(' ')[1]]
      : [amsterdam(Date.now() + 24 * 3_600_000).split(' ')[0], '00:01'];
    const end = `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}${start.slice(2)}`;
    const title = `Avondwandeling ${RUN}`;

    let response = await open(org, '/beheer/activiteiten/nieuw');
    const venue = await org.locator('#f-venue_id option').evaluateAll((os) => os.map((o) => o.value).find((v) => v !== ''));
    await org.locator('#f-title').fill(title);
    await org.locator('#f-description').fill('We lopen samen een rondje door de buurt.');
    await org.locator('#f-kind').selectOption('workshop');
    await org.locator('#f-pillar-diversity').check();
    await org.locator('#f-venue_id').selectOption(venue);
    await org.locator('#f-date').fill(date);
    await org.locator('#f-start_time').fill(start);
    await org.locator('#f-end_time').fill(end);
    await org.locator('#f-contact_name').fill(ORGANISER.name);
    await org.locator('#f-capacity').fill('10');
    response = await follow(org, submitButton(org, '/beheer/activiteiten/nieuw'));
    const m = /^\/beheer\/activiteiten\/(\d+)\/aanmeldingen$/.exec(pathOf(org));
    assert.ok(m, `saved (at ${pathOf(org)}; errors: ${await org.locator('main .kr-form-error').allInnerTexts()})`);
    await checks.check(org, response, 'organiser: activity within a day');

    const resident = { name: 'C. Yilmaz', email: `c.${RUN}@example.nl` };
    const ctx = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    try {
      const page = await newPage(ctx);
      await open(page, `/activiteiten/${m[1]}`);
      await fillSignup(page, resident);
      response = await follow(page, submitButton(page, `/activiteiten/${m[1]}/aanmelden`));
      assert.match(pathOf(page), /^\/aanmelding\//, `registered (errors: ${await page.locator('main .kr-form-error').allInnerTexts()})`);
      await checks.check(page, response, 'resident: registered for tomorrow');
    } finally {
      await ctx.close();
    }
    const subject = t('nl', 'mail-activity-reminder-subject', { title });
    await server.mail.waitFor(resident.email, subject);
    // Every worker is idle: then count. Two instances race for each job; one wins.
    await waitForJobs(server, ['activities.reminder', 'mail.send']);
    const reminders = (await server.mail.messages()).filter((msg) => msg.to.includes(resident.email) && msg.subject === subject);
    assert.equal(reminders.length, 1, 'the reminder arrives exactly once');

    // The organiser's session was valid on every instance it met.
    response = await open(org, '/beheer/activiteiten');
    assert.equal(response.status(), 200);
    assert.equal(pathOf(org), '/beheer/activiteiten', 'still logged in');
    if (instances > 1) {
      assert.ok(upstreams.size >= 2, `the pages came from several instances (${[...upstreams].join(', ')})`);
    }
    checks.assertClean();
  });
});
