// Buurtbemiddeling (neighbour mediation) in a real browser: a resident asks for
// help at phone size (errors beside the fields with the input kept, then the
// thank-you page with the intake deadline); a mediation coordinator made with
// the command line (the request comes from a housing corporation, with the
// resident's consent and a wish for status mail) sets a password and two-factor authentication, opens the
// new case, does the intake, decides it is suitable, tries to assign a mediator
// without a valid certificate (refused beside the field), assigns two trained
// mediators, records the talks, the joint talk at a venue from the venues list
// and the agreements; a form from before the last change is refused with a
// clear message (optimistic locking); the case is closed as solved and the
// timeline shows every step; the referrer got a "started" and a "finished"
// mail without names. A demo case's aftercare reminder mail (sent by the worker
// at start) is followed to the aftercare step and the outcome. The public figures page last.
//
// One server (kansrijk demo, with its demo mediators and cases). Every page is
// checked with axe (WCAG 2.1 A/AA) and html-validate, plus <html lang dir>, no
// sideways scrolling and no CSP refusals. Expected texts come from
// crates/{kernel,mediation}/locales/nl.ftl.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { startServer, launchBrowser, createUserWithCli } from '../lib/server.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';
import { totp, secondsLeft } from '../lib/totp.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const RUN = randomBytes(4).toString('hex');
const COORDINATOR = { email: `bemiddeling.${RUN}@example.nl`, password: 'blauwe reiger vist bij de sloot' };
const RESIDENT = { name: `Anna de Vries ${RUN}`, street: 'Lindelaan', phone: '06 12345678' };
const REFERRER = { email: `wijk.${RUN}@corporatie.example.nl`, organisation: 'Woningcorporatie in Liendert' };

const { t } = translator('mediation', ['nl']);

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

const state = { caseId: null, staff: null };

describe('mediation', { timeout: 900_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await state.staff?.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) a resident asks for help (errors first) and gets the intake deadline', async () => {
    const checks = pageChecks('mediation');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(context);
    let response = await open(page, '/bemiddeling');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'mediation intro', { shot: 'intro' });
    response = await follow(page, page.getByRole('link', { name: t('nl', 'mediation-start'), exact: true }));
    assert.equal(pathOf(page), '/bemiddeling/aanvragen');
    await checks.check(page, response, 'request form', { shot: 'form' });

    // Only the street: the errors stand beside the fields and the street is kept.
    await page.locator('#f-street').fill(RESIDENT.street);
    response = await follow(page, submitButton(page, '/bemiddeling/aanvragen'));
    assert.equal(response.status(), 422);
    assert.equal(await fieldError(page, 'name'), t('nl', 'mediation-error-name'));
    assert.equal(await fieldError(page, 'phone'), t('nl', 'mediation-error-contact'));
    assert.equal(await fieldError(page, 'topic'), t('nl', 'mediation-error-topic'));
    assert.equal(await page.locator('#f-street').inputValue(), RESIDENT.street, 'the input is kept');
    await checks.check(page, response, 'request form with errors', { shot: 'form-errors' });

    // A housing corporation refers the resident, with the resident's consent, and wants status mail.
    await page.getByLabel(t('nl', 'mediation-requester-professional'), { exact: true }).check();
    await page.locator('#f-referrer_type').selectOption('housing');
    await page.locator('#f-referrer_org').fill(REFERRER.organisation);
    await page.getByLabel(t('nl', 'mediation-q-consent'), { exact: true }).check();
    await page.getByLabel(t('nl', 'mediation-q-updates'), { exact: true }).check();
    await page.locator('#f-referrer_email').fill(REFERRER.email);
    await page.locator('#f-name').fill(RESIDENT.name);
    await page.locator('#f-phone').fill(RESIDENT.phone);
    await page.locator('#f-topic').selectOption('noise');
    await page.locator('#f-description').fill('De buren draaien elke nacht harde muziek.');
    response = await follow(page, submitButton(page, '/bemiddeling/aanvragen'));
    assert.equal(response.status(), 200);
    assert.equal(await text(page.locator('main h1')), t('nl', 'mediation-thanks-title'));
    assert.match(await text(page.locator('main')), /\d{4}-\d{2}-\d{2}/, 'the intake deadline is shown');
    await checks.check(page, response, 'thank-you page', { shot: 'thanks' });
    await context.close();
    checks.assertClean();
  });

  it('(2) the mediation coordinator takes the case through the steps to an outcome', async () => {
    const checks = pageChecks('mediation');
    state.staff = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
    const page = await newPage(state.staff);
    const invite = await createUserWithCli(server, {
      email: COORDINATOR.email,
      role: 'mediation_coordinator',
      name: 'Bemiddelingscoördinator',
    });
    await open(page, invite);
    await page.locator('#f-password').fill(COORDINATOR.password);
    await page.locator('#f-password_again').fill(COORDINATOR.password);
    await follow(page, submitButton(page, invite));
    assert.equal(pathOf(page), '/account/tweestaps', 'a mediation coordinator sets up two-factor authentication');
    const secret = (await text(page.locator('#totp-secret'))).replace(/\s+/g, '');
    for (let attempt = 1; ; attempt++) {
      if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
      await page.locator('#f-code').fill(totp(secret));
      await follow(page, submitButton(page, '/account/tweestaps'));
      if ((await page.locator('#f-code-error').count()) === 0) break;
      assert.ok(attempt < 2, 'the server rejected two fresh TOTP codes in a row');
      await page.waitForTimeout(secondsLeft() * 1000 + 200);
    }

    // The case list: the newest case is the resident's.
    let response = await open(page, '/beheer/bemiddeling');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'case list', { shot: 'cases' });
    const ids = await page
      .locator('main a[href^="/beheer/bemiddeling/"]')
      .evaluateAll((as) => as.map((a) => Number(a.getAttribute('href').split('/').pop())).filter(Number.isFinite));
    state.caseId = Math.max(...ids);
    const casePath = `/beheer/bemiddeling/${state.caseId}`;
    const stepAction = `${casePath}/stap`;
    response = await open(page, casePath);
    assert.ok((await text(page.locator('main'))).includes(RESIDENT.name), 'the case file shows the resident');
    await checks.check(page, response, 'case: received', { shot: 'case-received' });

    const save = () => follow(page, page.locator(`main form[action="${stepAction}"] input[name="step"]:not([value="close"])`).locator('xpath=ancestor::form').locator('button[type="submit"]'));

    // Intake, then suitable.
    assert.equal(await text(page.locator('#next-step')), t('nl', 'mediation-step-intake'));
    await save();
    assert.equal(await text(page.locator('#next-step')), t('nl', 'mediation-step-decide'));
    await page.getByLabel(t('nl', 'mediation-decide-suitable'), { exact: true }).check();
    response = await save();
    await checks.check(page, response, 'case: assign', { shot: 'case-assign' });

    // A mediator without a valid certificate is refused beside the field.
    const options = await page.locator('#f-mediator_1 option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent })));
    const untrained = options.find((o) => o.value && o.label.includes(t('nl', 'mediation-manage-not-certified')));
    const trained = options.filter((o) => o.value && o.label.includes(`— ${t('nl', 'mediation-manage-certified')}`));
    assert.ok(untrained, `the demo has a mediator without a valid certificate (options: ${JSON.stringify(options)})`);
    assert.ok(trained.length >= 2, 'the demo has at least two trained mediators');
    await page.locator('#f-mediator_1').selectOption(untrained.value);
    await page.locator('#f-mediator_2').selectOption(trained[0].value);
    response = await save();
    assert.equal(response.status(), 422);
    assert.equal(await fieldError(page, 'mediator_1'), t('nl', 'mediation-error-untrained'));
    assert.equal(await page.locator('#f-mediator_2').inputValue(), trained[0].value, 'the choice is kept');
    await checks.check(page, response, 'case: untrained mediator refused', { shot: 'case-untrained' });
    await page.locator('#f-mediator_1').selectOption(trained[1].value);
    await save();
    assert.equal(await text(page.locator('#next-step')), t('nl', 'mediation-step-party1'));

    // A second tab with the same form: stale once the first one has saved.
    const other = await newPage(state.staff);
    await open(other, casePath);
    await save();
    assert.equal(await text(page.locator('#next-step')), t('nl', 'mediation-step-party2'));
    response = await follow(other, other.locator(`main form[action="${stepAction}"] button[type="submit"]`).first());
    assert.equal(response.status(), 422);
    assert.equal(await text(other.locator('main [role="alert"]').first()), t('nl', 'mediation-error-stale'));
    await checks.check(other, response, 'case: stale form refused', { shot: 'case-stale' });
    await other.close();

    // Party 2 agrees, the joint talk at a venue from the list, the agreements.
    await page.getByLabel(t('nl', 'mediation-party2-agrees'), { exact: true }).check();
    await save();
    const venues = await page.locator('#f-venue_id option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    assert.ok(venues.length >= 1, 'the venues list offers a place');
    await page.locator('#f-venue_id').selectOption(venues[0]);
    await save();
    await page.locator('#f-text').fill('We houden het na tien uur stil.');
    response = await save();
    await checks.check(page, response, 'case: agreements made', { shot: 'case-agreements' });

    // Closing without an outcome is refused; then solved.
    const close = () => follow(page, page.locator(`main form[action="${stepAction}"]`).filter({ has: page.locator('input[name="step"][value="close"]') }).locator('button[type="submit"]'));
    response = await close();
    assert.equal(response.status(), 422);
    assert.equal(await fieldError(page, 'outcome'), t('nl', 'mediation-error-outcome'));
    await page.locator('#f-outcome').selectOption('solved');
    response = await close();
    const timeline = await text(page.locator('main ol.kr-messages'));
    for (const key of ['mediation-step-intake', 'mediation-step-decide', 'mediation-step-assign', 'mediation-step-party1',
      'mediation-step-party2', 'mediation-step-joint', 'mediation-step-agreements', 'mediation-step-close', 'mediation-outcome-solved']) {
      assert.ok(timeline.includes(t('nl', key)), `the timeline shows "${t('nl', key)}"`);
    }
    await checks.check(page, response, 'case: closed', { shot: 'case-closed' });

    // The referrer heard that it started and how it ended: no names, no details.
    const started = await server.mail.waitFor(REFERRER.email, t('nl', 'mail-mediation-started-subject'));
    assert.ok(!started.text.includes(RESIDENT.name), 'the status mail names nobody');
    const finished = await server.mail.waitFor(REFERRER.email, t('nl', 'mail-mediation-finished-subject'));
    assert.ok(finished.text.includes(t('nl', 'mediation-outcome-solved')), 'the outcome category is in the mail');

    // The demo case whose agreements are 45 days old: the worker mailed its aftercare reminder
    // at start. The coordinator follows the mail to the aftercare and the outcome.
    const reminder = await server.mail.waitFor(null, t('nl', 'mail-mediation-aftercare-subject', { case: '' }).trim());
    const dueCase = reminder.subject.match(/(\d+)\s*$/)[1];
    const link = reminder.text.match(/https?:\/\/\S+\/bemiddeling\/mijn\/(\d+)/);
    assert.ok(link && link[1] === dueCase, 'the reminder links to its case');
    const duePath = `/beheer/bemiddeling/${dueCase}`;
    response = await open(page, duePath);
    assert.equal(response.status(), 200);
    assert.equal(await text(page.locator('#next-step')), t('nl', 'mediation-step-aftercare'));
    const dueSave = () => follow(page, page.locator(`main form[action="${duePath}/stap"] input[name="step"]:not([value="close"])`).locator('xpath=ancestor::form').locator('button[type="submit"]'));
    response = await dueSave();
    await checks.check(page, response, 'case: aftercare recorded', { shot: 'case-aftercare' });
    await page.locator('#f-close-outcome').selectOption('partly_solved');
    response = await follow(page, page.locator(`main form[action="${duePath}/stap"]`).filter({ has: page.locator('input[name="step"][value="close"]') }).locator('button[type="submit"]'));
    const dueTimeline = await text(page.locator('main ol.kr-messages'));
    for (const key of ['mediation-step-agreements', 'mediation-step-aftercare', 'mediation-outcome-partly-solved']) {
      assert.ok(dueTimeline.includes(t('nl', key)), `the timeline shows "${t('nl', key)}"`);
    }
    checks.assertClean();
  });

  it('(3) the figures are public, with small numbers hidden and school counts', async () => {
    const checks = pageChecks('mediation');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(context);
    let response = await open(page, '/bemiddeling/cijfers');
    assert.equal(response.status(), 200);
    assert.equal(await text(page.locator('main h1')), t('nl', 'mediation-figures-title'));
    // The demo's pupil-mediation counts of Liendert's schools: numbers per school and school year.
    assert.ok((await text(page.locator('main'))).includes(t('nl', 'mediation-school-years-heading')));
    assert.ok((await page.locator('#school-caption').count()) === 1, 'the school counts are shown');
    await checks.check(page, response, 'public figures', { shot: 'figures' });
    response = await open(page, '/api/v1/mediation/figures');
    assert.equal(response.status(), 200);
    assert.ok(Array.isArray(await response.json()));
    await context.close();
    // The staff figures, for the coordinator.
    const staffPage = await newPage(state.staff);
    response = await open(staffPage, '/beheer/bemiddeling/cijfers');
    assert.equal(response.status(), 200);
    await checks.check(staffPage, response, 'staff figures');
    response = await open(staffPage, '/beheer/bemiddeling/bemiddelaars');
    assert.equal(response.status(), 200);
    await checks.check(staffPage, response, 'mediators');
    checks.assertClean();
  });
});
