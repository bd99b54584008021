// The training registry in a real browser: the demo coordinator sets up their
// account (password, two-factor), creates a course and a session (an error
// first: a meeting that ends before it starts) and invites a professional of
// Wijkteam Liendert; the professional enrols (enrolling twice is refused); the
// coordinator ticks attendance and issues the certificate; anyone can verify it
// on the public page (initials only, at phone size); the coverage dashboard moves (enrolled,
// then certified); the professional prints the certificate; the training page
// in Arabic (right to left).
//
// One server (kansrijk demo, with its demo training registry) for the whole
// file, sending mail to an SMTP sink. The tests build on each other in order.
// Every page visited is checked with axe (WCAG 2.1 A/AA) and html-validate,
// plus <html lang dir>, no sideways scrolling and no CSP refusals.
//
// Expected texts come from the translation files (crates/*/locales/*.ftl).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { startServer, launchBrowser, createUserWithCli } from '../lib/server.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';
import { totp, secondsLeft } from '../lib/totp.js';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const RUN = randomBytes(4).toString('hex');
const COORDINATOR = { password: 'paars fietsje zingt op dinsdag' };
const PROFESSIONAL = {
  email: `pro.${RUN}@example.nl`,
  name: 'Fatma el Idrissi',
  password: 'groene fiets staat bij de bieb',
};
const COURSE = `Cultuursensitief werken e2e ${RUN}`;
const COURSE_KEY = `cultuursensitief-werken-e2e-${RUN}`;

const { t } = translator('training');

let server;
let browser;
let totpSecret;

const url = (p) => new URL(p, server.baseUrl).href;
const pathOf = (page) => new URL(page.url()).pathname;
const text = async (locator) => (await locator.innerText()).trim();

async function open(page, p) {
  const response = await page.goto(url(p), { waitUntil: 'load' });
  assert.ok(response, `no response for ${p}`);
  return response;
}

function isoDaysAhead(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Type the current TOTP code into #f-code and submit (once more if the window rolled over). */
async function enterTotp(page, action) {
  for (let attempt = 1; ; attempt++) {
    if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
    await page.locator('#f-code').fill(totp(totpSecret));
    const response = await follow(page, submitButton(page, action));
    if ((await page.locator('#f-code-error').count()) === 0) return response;
    assert.ok(attempt < 2, 'the server rejected two fresh TOTP codes in a row');
    await page.waitForTimeout(secondsLeft() * 1000 + 200);
  }
}

/** The error beside a field: in the same form field, the field aria-invalid and described by it. */
async function fieldError(page, field) {
  const input = page.locator(`#f-${field}`);
  assert.equal(await input.getAttribute('aria-invalid'), 'true', `#f-${field} is aria-invalid`);
  const describedBy = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  assert.ok(describedBy.includes(`f-${field}-error`), `#f-${field} is described by its error`);
  const sameField = await page.locator('.kr-form-field', { has: input }).locator(`#f-${field}-error`).count();
  assert.equal(sameField, 1, `the error of "${field}" stands beside the field`);
  return text(page.locator(`#f-${field}-error`));
}

/** The coverage row of an organisation and role on the dashboard: the numbers as text. */
async function coverageRow(page, organisation, role) {
  const rows = await page.locator('#coverage-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );
  const row = rows.find((r) => r[0] === organisation && r[1] === role);
  assert.ok(row, `a coverage row for ${organisation} / ${role} (rows: ${JSON.stringify(rows)})`);
  const [, , working, certified, enrolled, percent] = row;
  return { working: Number(working), certified: Number(certified), enrolled: Number(enrolled), percent };
}

const state = { coordinator: null, coordinatorPage: null, sessionPath: null, number: null, before: null };

describe('training', { timeout: 900_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await state.coordinator?.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) the coordinator creates a course and a session (an error first) and invites a professional', async () => {
    const checks = pageChecks('training');
    state.coordinator = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const page = await newPage(state.coordinator);
    state.coordinatorPage = page;
    // The account: password and two-factor.
    // Its own coordinator: the demo's may already be taken by another file on the same database.
    const invite = await createUserWithCli(server, {
      email: `coordinator.${RUN}@example.nl`,
      role: 'coordinator',
      name: 'Coördinator training',
    });
    await open(page, invite);
    await page.locator('#f-password').fill(COORDINATOR.password);
    await page.locator('#f-password_again').fill(COORDINATOR.password);
    await follow(page, submitButton(page, invite));
    assert.equal(pathOf(page), '/account/tweestaps');
    totpSecret = (await page.locator('#totp-secret').innerText()).trim();
    await enterTotp(page, '/account/tweestaps');

    // The management page of the training registry.
    let response = await open(page, '/beheer/training');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'training management', { shot: 'beheer' });

    // A new course.
    response = await follow(page, page.getByRole('link', { name: t('nl', 'training-course-new'), exact: true }));
    await checks.check(page, response, 'new course form');
    await page.locator('#f-title').fill(COURSE);
    await page.locator('#f-duration_hours').fill('6');
    await page.locator('#f-validity_months').fill('36');
    await page.locator('#f-target_group').selectOption('both');
    response = await follow(page, submitButton(page, '/beheer/training/cursus/nieuw'));
    assert.equal(pathOf(page), '/beheer/training');
    assert.ok((await page.locator('main').innerText()).includes(COURSE), 'the course is listed');

    // A session for it: first a meeting that ends before it starts.
    response = await follow(page, page.getByRole('link', { name: t('nl', 'training-session-new-for', { course: COURSE }), exact: true }));
    await checks.check(page, response, 'new session form');
    await page.locator('#f-trainer_name').fill('Meryem Koç');
    await page.locator('#f-venue').fill('Huis van de Wijk Liendert');
    await page.locator('#f-capacity').fill('12');
    await page.locator('#f-date_1').fill(isoDaysAhead(30));
    await page.locator('#f-start_1').fill('13:00');
    await page.locator('#f-end_1').fill('09:30');
    response = await follow(page, submitButton(page, '/beheer/training/sessie/nieuw'));
    assert.equal(response.status(), 422);
    assert.equal(await fieldError(page, 'end_1'), t('nl', 'training-error-ends-before-start'));
    assert.equal(await page.locator('#f-venue').inputValue(), 'Huis van de Wijk Liendert', 'the input is kept');
    await checks.check(page, response, 'new session form with an error', { shot: 'session-error' });
    await page.locator('#f-start_1').fill('09:30');
    await page.locator('#f-end_1').fill('13:00');
    await page.locator('#f-date_2').fill(isoDaysAhead(37));
    await page.locator('#f-start_2').fill('09:30');
    await page.locator('#f-end_2').fill('13:00');
    response = await follow(page, submitButton(page, '/beheer/training/sessie/nieuw'));
    assert.match(pathOf(page), /^\/beheer\/training\/sessie\/\d+$/);
    state.sessionPath = pathOf(page);
    await checks.check(page, response, 'session page (empty)');

    // The coverage dashboard for the new course, before anyone enrols.
    response = await open(page, `/beheer/training/dekking?cursus=${COURSE_KEY}`);
    assert.equal(response.status(), 200);
    state.before = await coverageRow(page, 'Wijkteam Liendert', t('nl', 'training-role-professional'));
    assert.equal(state.before.certified, 0);
    await checks.check(page, response, 'coverage dashboard', { shot: 'coverage-before' });

    // The professional, invited for Wijkteam Liendert.
    response = await open(page, '/beheer/uitnodigingen');
    await page.locator('#f-name').fill(PROFESSIONAL.name);
    await page.locator('#f-email').fill(PROFESSIONAL.email);
    await page.locator('#f-role').selectOption('professional');
    await page.locator('#f-organisation_id').selectOption({ label: 'Wijkteam Liendert' });
    await page.locator('#f-lang').selectOption('nl');
    response = await follow(page, submitButton(page, '/beheer/uitnodigingen'));
    assert.equal(response.status(), 200);
    // An invited person already counts as working in Liendert.
    await open(page, `/beheer/training/dekking?cursus=${COURSE_KEY}`);
    const after = await coverageRow(page, 'Wijkteam Liendert', t('nl', 'training-role-professional'));
    assert.equal(after.working, state.before.working + 1, 'the invited professional counts as working in Liendert');
    state.before = after;
    checks.assertClean();
  });

  it('(2) the professional enrols (twice is refused) and sees it on their page', async () => {
    const checks = pageChecks('training');
    const mail = await server.mail.waitFor(PROFESSIONAL.email, 'Uitnodiging');
    const link = mail.links.find((l) => l.startsWith(`${server.baseUrl}/uitnodiging/`));
    assert.ok(link, 'the invitation mail has a link');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    try {
      const page = await newPage(context);
      await open(page, new URL(link).pathname);
      await page.locator('#f-password').fill(PROFESSIONAL.password);
      await page.locator('#f-password_again').fill(PROFESSIONAL.password);
      await follow(page, submitButton(page, new URL(link).pathname));
      assert.equal(pathOf(page), '/account');

      let response = await open(page, '/training');
      assert.equal(response.status(), 200);
      await checks.check(page, response, 'training page', { shot: 'index' });
      response = await follow(page, page.locator('main').getByRole('link', { name: COURSE, exact: true }).first());
      assert.equal(pathOf(page), `/training/cursus/${COURSE_KEY}`);
      await checks.check(page, response, 'course page');
      const enrol = page.locator('main form[action$="/inschrijven"] button[type="submit"]').first();
      response = await follow(page, enrol);
      assert.equal(pathOf(page), '/training/mijn');
      const mine = await page.locator('main').innerText();
      assert.ok(mine.includes(COURSE) && mine.includes(t('nl', 'training-status-confirmed')), 'the enrolment is listed');
      await checks.check(page, response, 'my training', { shot: 'mine' });

      // Twice: refused with a message.
      await open(page, `/training/cursus/${COURSE_KEY}`);
      response = await follow(page, page.locator('main form[action$="/inschrijven"] button[type="submit"]').first());
      assert.equal(response.status(), 422);
      assert.equal(await text(page.locator('main [role="alert"]')), t('nl', 'training-error-enrolled-twice'));
      await checks.check(page, response, 'course page, enrolled twice');
      await context.storageState({ path: `/tmp/training-e2e-${RUN}.json` });
    } finally {
      await context.close();
    }
    checks.assertClean();
  });

  it('(3) attendance, the certificate, the public check and the coverage dashboard moving', async () => {
    const checks = pageChecks('training');
    const page = state.coordinatorPage;
    let response = await open(page, `/beheer/training/dekking?cursus=${COURSE_KEY}`);
    const enrolled = await coverageRow(page, 'Wijkteam Liendert', t('nl', 'training-role-professional'));
    assert.equal(enrolled.enrolled, state.before.enrolled + 1, 'the dashboard counts the enrolment');

    response = await open(page, state.sessionPath);
    assert.ok((await page.locator('main').innerText()).includes(PROFESSIONAL.name));
    // Issuing before attendance: refused.
    response = await follow(page, page.getByRole('button', { name: t('nl', 'training-issue', { name: PROFESSIONAL.name }), exact: true }));
    assert.equal(response.status(), 422);
    assert.equal(await text(page.locator('main .kr-form-error[role="alert"]')), t('nl', 'training-error-not-completed'));
    await checks.check(page, response, 'session page, certificate refused');
    // Tick both meetings.
    const boxes = page.locator('main form[action$="/aanwezig"] input[type="checkbox"]');
    assert.equal(await boxes.count(), 2, 'one box per meeting for the one participant');
    for (const box of await boxes.all()) await box.check();
    response = await follow(page, submitButton(page, `${state.sessionPath}/aanwezig`));
    assert.equal(pathOf(page), state.sessionPath);
    assert.ok((await page.locator('main').innerText()).includes(`2 / 2 · ${t('nl', 'training-completed')}`));
    response = await follow(page, page.getByRole('button', { name: t('nl', 'training-issue', { name: PROFESSIONAL.name }), exact: true }));
    assert.equal(pathOf(page), state.sessionPath);
    const number = await text(page.locator('main a[href^="/training/certificaat/KL-"]'));
    assert.match(number, /^KL-\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    state.number = number;
    await checks.check(page, response, 'session page with the certificate', { shot: 'session' });

    // The dashboard moved: one more certified.
    response = await open(page, `/beheer/training/dekking?cursus=${COURSE_KEY}`);
    const certified = await coverageRow(page, 'Wijkteam Liendert', t('nl', 'training-role-professional'));
    assert.equal(certified.certified, state.before.certified + 1, 'the dashboard counts the certificate');
    assert.equal(certified.enrolled, state.before.enrolled + 1, 'still enrolled in a coming session');
    assert.notEqual(certified.percent, state.before.percent);
    assert.equal(await page.locator('figure.kr-chart svg[role="img"] title').count(), 2, 'two charts with a title');
    await checks.check(page, response, 'coverage dashboard after the certificate', { shot: 'coverage-after' });

    // The public check, without logging in and at phone size: initials, course and validity only.
    const anon = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    try {
      const p = await newPage(anon);
      response = await open(p, '/training');
      await p.locator('#f-nummer').fill(number.toLowerCase());
      response = await follow(p, submitButton(p, '/training/controle'));
      assert.equal(pathOf(p), `/training/certificaat/${number}`);
      assert.equal(response.status(), 200);
      const main = await p.locator('main').innerText();
      assert.ok(main.includes(t('nl', 'training-verify-valid')));
      assert.ok(main.includes('F.E.I.'), 'the initials');
      assert.ok(main.includes(COURSE), 'the course');
      assert.ok(!main.includes('Fatma') && !main.includes(PROFESSIONAL.email), 'no name, no e-mail');
      await checks.check(p, response, 'public certificate check', { shot: 'verify' });
      response = await open(p, '/training/certificaat/KL-2026-AAAA-BBBB');
      assert.equal(response.status(), 404);
      assert.ok((await p.locator('main').innerText()).includes(t('nl', 'training-verify-unknown')));
      await checks.check(p, response, 'public check, unknown number');
      // The training page in Arabic, right to left.
      response = await open(p, '/training?lang=ar');
      assert.equal(await text(p.locator('main h1')), t('ar', 'training-title'));
      await checks.check(p, response, 'training page in Arabic', { lang: 'ar', shot: 'index-ar' });
    } finally {
      await anon.close();
    }

    // The professional's printable certificate.
    const own = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP, storageState: `/tmp/training-e2e-${RUN}.json` });
    try {
      const p = await newPage(own);
      response = await open(p, '/training/mijn');
      response = await follow(p, p.locator('main').getByRole('link', { name: COURSE, exact: true }).last());
      assert.equal(pathOf(p), `/training/mijn/certificaat/${number}`);
      const main = await p.locator('main').innerText();
      assert.ok(main.includes(PROFESSIONAL.name) && main.includes(number));
      await checks.check(p, response, 'printable certificate', { shot: 'certificate' });
      await p.emulateMedia({ media: 'print' });
      assert.equal(await p.locator('.kr-nav').first().isVisible(), false, 'no navigation on paper');
    } finally {
      await own.close();
    }
    checks.assertClean();
  });
});
