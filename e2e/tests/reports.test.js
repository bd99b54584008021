// The meldpunt (reporting point for discrimination and exclusion) in a real
// browser: a resident reports anonymously (errors beside the fields, the check
// page, changing and sending, the receipt code), a report handler created with
// the command line sets a password and two-factor authentication, finds the
// report in the queue and writes to the reporter, the resident reads the
// answer with the code and adds information, the handler closes the case, the
// resident sees it closed. The resident's part again in Arabic (right to
// left), and the public figures with their CSV download.
//
// One server (kansrijk demo, with its demo reports) for the whole file, sending
// mail to an SMTP sink. The tests build on each other in order. Every page of
// the flows is checked with axe (WCAG 2.1 A/AA) and html-validate (the HTML
// exactly as the server sent it); the resident's pages are seen at phone size
// (390x844) and must not scroll sideways (WCAG 1.4.10). The findings of one
// test are collected and reported together at its end, so one faulty page does
// not hide the next.
//
// Expected texts come from the translation files (crates/*/locales/*.ftl), so
// a test fails when a page shows a key, a wrong language or nothing at all.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import {
  startServer,
  launchBrowser,
  KANSRIJK_BIN,
  REPO_ROOT,
} from '../lib/server.js';
import { totp, secondsLeft } from '../lib/totp.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const RUN = randomBytes(4).toString('hex');

const HANDLER = {
  email: 'handler@example.nl',
  name: 'Meldpunt Behandelaar',
  password: 'oranje meeuw danst op vrijdag',
};

// ---------------------------------------------------------------------------
// Translations, read from the same files the server uses
// ---------------------------------------------------------------------------

const { t, message } = translator('reports');

const dashed = (value) => value.replaceAll('_', '-');

// ---------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------

let server;
let browser;

const url = (p) => new URL(p, server.baseUrl).href;
const pathOf = (page) => new URL(page.url()).pathname;

async function residentContext() {
  return browser.newContext({ locale: 'nl-NL', viewport: PHONE });
}

async function staffContext() {
  return browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
}

async function open(page, p) {
  const response = await page.goto(url(p), { waitUntil: 'load' });
  assert.ok(response, `no response for ${p}`);
  return response;
}


async function h1(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

const text = async (locator) => (await locator.innerText()).trim();

/**
 * The error shown beside a field: inside the fieldset `#f-<field>` (radio and
 * checkbox groups) or inside the form field that holds the control
 * `#f-<field>`. A control's error must also be tied to it (aria-invalid,
 * aria-describedby, as in the kernel's form macro); a missing tie is recorded
 * in `checks` (so the flow goes on) and fails the test at its end.
 */
async function errorBeside(page, field, checks) {
  const target = page.locator(`#f-${field}`);
  assert.equal(await target.count(), 1, `the form has #f-${field}`);
  const isGroup = (await target.evaluate((el) => el.tagName)) === 'FIELDSET';
  const container = isGroup ? target : page.locator('.kr-form-field', { has: target });
  assert.equal(await container.count(), 1, `#f-${field} stands in one form field`);
  const errors = container.locator('.kr-form-error');
  assert.equal(await errors.count(), 1, `one error is shown beside "${field}"`);
  if (!isGroup) {
    const where = `${pathOf(page)}: #f-${field}`;
    if ((await target.getAttribute('aria-invalid')) !== 'true') {
      checks.note(`error association: ${where} has an error beside it but is not marked aria-invalid="true"`);
    }
    const errorId = await errors.getAttribute('id');
    const describedBy = ((await target.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    if (!errorId || !describedBy.includes(errorId)) {
      checks.note(
        `error association: ${where} is not described by its error (error id ${JSON.stringify(errorId)}, aria-describedby=${JSON.stringify(describedBy.join(' '))})`,
      );
    }
  }
  return text(errors);
}

/** The answers of the check page as { question: answer }. */
async function summary(page) {
  return page.locator('main dl').evaluate((dl) => {
    const out = {};
    for (const dt of dl.querySelectorAll('dt')) {
      const dd = dt.nextElementSibling;
      out[dt.textContent.trim()] = dd ? dd.textContent.replace(/\s+/g, ' ').trim() : null;
    }
    return out;
  });
}

/** The visible messages of a conversation: { cls, meta, body }. */
async function messages(page) {
  return page.locator('main ol.kr-messages > li').evaluateAll((items) =>
    items.map((li) => ({
      cls: li.className,
      meta: li.querySelector('.kr-card__meta')?.textContent.trim() ?? '',
      body: li.querySelector('.kr-prose')?.textContent.trim() ?? '',
    })),
  );
}

function isoDaysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------
// The resident's report: form with errors, check page, change, send, receipt
// ---------------------------------------------------------------------------

/**
 * The whole report flow in `lang`, starting on the empty form (`formResponse`
 * is its response); returns the receipt code as shown.
 */
async function reportFlow(page, formResponse, checks, lang, r) {
  const tr = (key, args) => t(lang, key, args);
  const shot = (name) => `${lang}-${name}`;

  // The empty form.
  assert.equal(pathOf(page), '/meldpunt/melden');
  assert.equal(await h1(page), tr('report-form-title'));
  for (const [name, values] of [
    ['role', ['victim', 'witness', 'on_behalf']],
    ['nature', ['hostile_treatment', 'unequal_treatment', 'threat', 'violence', 'vandalism', 'other']],
    ['residence', ['municipality', 'elsewhere', 'unknown']],
  ]) {
    const offered = await page.locator(`main input[type="radio"][name="${name}"]`).evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(offered, values, `the radio buttons "${name}"`);
  }
  for (const name of ['grounds', 'wants']) {
    assert.ok((await page.locator(`main input[type="checkbox"][name="${name}"]`).count()) >= 5, `checkboxes "${name}"`);
  }
  for (const name of ['origin', 'income']) {
    assert.equal(await page.locator(`main input[name="grounds"][value="${name}"]`).count(), 1, `grounds offers "${name}"`);
  }
  const locations = await page.locator('#f-location option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })));
  const buurten = locations.filter((o) => /^BU\d{8}$/.test(o.value));
  assert.ok(buurten.length >= 2, `the location list offers the buurten (got ${JSON.stringify(locations.map((o) => o.value))})`);
  for (const kind of ['municipality', 'outside', 'unknown']) {
    const option = locations.find((o) => o.value === kind);
    assert.ok(option, `the location list offers "${kind}"`);
    assert.equal(option.label, tr(`report-location-${kind}`), `the option "${kind}" is translated`);
  }
  assert.equal(await page.locator('#f-terrain').evaluate((s) => s.tagName), 'SELECT');
  assert.equal(await page.locator('#f-contact_way').evaluate((s) => s.tagName), 'SELECT');
  assert.equal(await page.locator('#f-happened_on').getAttribute('type'), 'date');
  for (const name of ['mail_updates', 'consent_handover', 'privacy_read']) {
    assert.equal(await page.locator(`#f-${name}`).getAttribute('type'), 'checkbox', `#f-${name} is a checkbox`);
  }
  assert.equal(await page.locator('#f-privacy_read').isChecked(), false, 'nothing is pre-ticked');
  await checks.check(page, formResponse, `${lang}: report form`, { lang, shot: shot('form') });

  // Nearly empty: a too short story and "contact by e-mail" without an address.
  await page.locator('#f-narrative').fill(r.shortNarrative);
  await page.locator('#f-contact_way').selectOption('email');
  let response = await follow(page, submitButton(page, '/meldpunt/melden'));
  assert.equal(response.status(), 200);
  assert.equal(pathOf(page), '/meldpunt/melden', 'errors keep the resident on the form');
  assert.equal(await h1(page), tr('report-form-title'));
  const expectedErrors = {
    role: 'report-error-role',
    narrative: 'report-error-narrative-short',
    location: 'report-error-location',
    terrain: 'report-error-terrain',
    grounds: 'report-error-grounds',
    nature: 'report-error-nature',
    wants: 'report-error-wants',
    residence: 'report-error-residence',
    contact_email: 'report-error-email-needed',
    privacy_read: 'report-error-privacy',
  };
  for (const [field, key] of Object.entries(expectedErrors)) {
    assert.equal(await errorBeside(page, field, checks), tr(key), `the translated error beside "${field}"`);
  }
  assert.equal(await page.locator('main .kr-form-error').count(), Object.keys(expectedErrors).length, 'no other field has an error (the optional ones are optional)');
  const summaryBox = page.locator('main .kr-alert--error[role="alert"]');
  assert.equal(await summaryBox.count(), 1, 'an error summary is shown');
  assert.equal(await text(summaryBox.locator('h2')), tr('form-error-summary'));
  const summaryLinks = await summaryBox.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(new Set(summaryLinks), new Set(Object.keys(expectedErrors).map((f) => `#f-${f}`)), 'the summary links to every field with an error');
  assert.equal(await page.locator('#f-narrative').inputValue(), r.shortNarrative, 'the typed story is kept');
  assert.equal(await page.locator('#f-contact_way').inputValue(), 'email', 'the chosen contact way is kept');
  await checks.check(page, response, `${lang}: report form with errors`, { lang, shot: shot('form-errors') });

  // Filled in properly.
  await page.locator(`main input[name="role"][value="${r.role}"]`).check();
  await page.locator('#f-narrative').fill(r.narrative);
  await page.locator('#f-happened_on').fill(r.happenedOn);
  await page.locator('#f-happened_about').fill(r.happenedAbout);
  await page.locator('#f-location').selectOption(r.location);
  await page.locator('#f-place').fill(r.place);
  await page.locator('#f-terrain').selectOption(r.terrain);
  for (const g of r.grounds) await page.locator(`main input[name="grounds"][value="${g}"]`).check();
  await page.locator(`main input[name="nature"][value="${r.nature}"]`).check();
  for (const w of r.wants) await page.locator(`main input[name="wants"][value="${w}"]`).check();
  await page.locator(`main input[name="residence"][value="${r.residence}"]`).check();
  await page.locator('#f-contact_name').fill(r.contact.name);
  await page.locator('#f-contact_email').fill(r.contact.email);
  await page.locator('#f-contact_phone').fill(r.contact.phone);
  await page.locator('#f-contact_way').selectOption(r.contact.way);
  if (r.mailUpdates) await page.locator('#f-mail_updates').check();
  if (r.consentHandover) await page.locator('#f-consent_handover').check();
  await page.locator('#f-privacy_read').check();
  response = await follow(page, submitButton(page, '/meldpunt/melden'));
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('main .kr-form-error').count(), 0, `the filled-in form is accepted (errors: ${await page.locator('main .kr-form-error').allInnerTexts()})`);
  assert.equal(await h1(page), tr('report-check-title'), 'the check page');

  // The check page lists the answers.
  const locationLabel = r.locationLabel;
  const expected = (place) => ({
    [tr('report-q-role')]: tr(`report-role-${dashed(r.role)}`),
    [tr('report-q-narrative')]: r.narrative,
    [tr('report-q-date')]: r.happenedOn,
    [tr('report-q-about')]: r.happenedAbout,
    [tr('report-q-location')]: `${locationLabel} · ${place}`,
    [tr('report-q-terrain')]: tr(`report-terrain-${dashed(r.terrain)}`),
    [tr('report-q-grounds')]: [...r.grounds].sort().map((g) => tr(`report-ground-${dashed(g)}`)).join(', '),
    [tr('report-q-nature')]: tr(`report-nature-${dashed(r.nature)}`),
    [tr('report-q-wants')]: [...r.wants].sort().map((w) => tr(`report-want-${dashed(w)}`)).join(', '),
    [tr('report-q-contact')]: r.contact.name || r.contact.email || r.contact.phone
      ? [r.contact.name, r.contact.email, r.contact.phone].join(' ').replace(/\s+/g, ' ').trim()
      : tr('report-anonymous'),
  });
  assert.deepEqual(await summary(page), expected(r.place), 'the check page lists every answer');
  assert.equal(await page.locator('main form[action="/meldpunt/versturen"]').count(), 1);
  await checks.check(page, response, `${lang}: check page`, { lang, shot: shot('check') });

  // "Change": back to the form with everything kept; change the place.
  const change = page.locator('main form[action="/meldpunt/versturen"] button[formaction="/meldpunt/melden"]');
  assert.equal(await text(change), tr('report-edit'));
  response = await follow(page, change);
  assert.equal(response.status(), 200);
  assert.equal(pathOf(page), '/meldpunt/melden');
  assert.equal(await h1(page), tr('report-form-title'), 'the change button leads back to the form');
  assert.equal(await page.locator('main .kr-form-error').count(), 0, 'changing shows no errors');
  assert.equal(await page.locator(`main input[name="role"][value="${r.role}"]`).isChecked(), true, 'the role is kept');
  assert.equal(await page.locator('#f-narrative').inputValue(), r.narrative, 'the story is kept');
  assert.equal(await page.locator('#f-happened_on').inputValue(), r.happenedOn, 'the date is kept');
  assert.equal(await page.locator('#f-happened_about').inputValue(), r.happenedAbout);
  assert.equal(await page.locator('#f-location').inputValue(), r.location, 'the location is kept');
  assert.equal(await page.locator('#f-place').inputValue(), r.place);
  assert.equal(await page.locator('#f-terrain').inputValue(), r.terrain);
  const checkedGrounds = await page.locator('main input[name="grounds"]:checked').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(checkedGrounds.sort(), [...r.grounds].sort(), 'the grounds are kept');
  assert.equal(await page.locator(`main input[name="nature"][value="${r.nature}"]`).isChecked(), true);
  const checkedWants = await page.locator('main input[name="wants"]:checked').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(checkedWants.sort(), [...r.wants].sort(), 'the wishes are kept');
  assert.equal(await page.locator(`main input[name="residence"][value="${r.residence}"]`).isChecked(), true);
  assert.equal(await page.locator('#f-contact_name').inputValue(), r.contact.name);
  assert.equal(await page.locator('#f-contact_email').inputValue(), r.contact.email);
  assert.equal(await page.locator('#f-contact_phone').inputValue(), r.contact.phone);
  assert.equal(await page.locator('#f-contact_way').inputValue(), r.contact.way);
  assert.equal(await page.locator('#f-mail_updates').isChecked(), r.mailUpdates);
  assert.equal(await page.locator('#f-consent_handover').isChecked(), r.consentHandover);
  assert.equal(await page.locator('#f-privacy_read').isChecked(), true, 'the privacy tick is kept');
  await checks.check(page, response, `${lang}: report form after "change"`, { lang, shot: shot('form-change') });

  await page.locator('#f-place').fill(r.changedPlace);
  response = await follow(page, submitButton(page, '/meldpunt/melden'));
  assert.equal(await h1(page), tr('report-check-title'), 'back on the check page');
  assert.deepEqual(await summary(page), expected(r.changedPlace), 'the check page shows the change');
  await checks.check(page, response, `${lang}: check page after the change`, { lang });

  // Send.
  const send = page.locator('main form[action="/meldpunt/versturen"] button[type="submit"]:not([formaction])');
  assert.equal(await text(send), tr('report-send'));
  response = await follow(page, send);
  assert.equal(response.status(), 200);
  assert.equal(pathOf(page), '/meldpunt/versturen');
  assert.equal(await h1(page), tr('report-receipt-title'), 'the receipt page');
  const code = await text(page.locator('#receipt-code'));
  assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/, 'the receipt code: 16 digits in groups of four');
  assert.equal(await page.locator('#receipt-code').getAttribute('dir'), 'ltr', 'the code reads left to right in every language');
  assert.match(response.headers()['cache-control'] ?? '', /no-store/, 'the receipt page is not cached');
  await checks.check(page, response, `${lang}: receipt`, { lang, shot: shot('receipt') });
  return code;
}

/**
 * Follow-up with the code in a fresh context: the report's page with its
 * status and messages; adds a message. Returns the page (still logged in to
 * the report by its cookie).
 */
async function followFlow(page, checks, lang, { code, status, handlerMessage, internalNote = null, ownMessage, langParam = false }) {
  const tr = (key, args) => t(lang, key, args);
  const shot = (name) => `${lang}-${name}`;

  let response = await open(page, `/meldpunt/volgen${langParam ? `?lang=${lang}` : ''}`);
  assert.equal(response.status(), 200);
  assert.equal(await h1(page), tr('report-follow-title'));
  await checks.check(page, response, `${lang}: follow-up code form`, { lang, shot: shot('follow-code') });

  await page.locator('#f-code').fill(code);
  const open_ = submitButton(page, '/meldpunt/volgen');
  assert.equal(await text(open_), tr('report-follow-submit'));
  response = await follow(page, open_);
  assert.equal(response.status(), 200);
  assert.equal(pathOf(page), '/meldpunt/volgen/melding', `the code opens the report (errors: ${await page.locator('main .kr-form-error').allInnerTexts()})`);
  assert.equal(await h1(page), tr('report-follow-title'));
  assert.equal(await text(page.locator('main .kr-page-header .kr-lead')), tr('report-follow-status', { status: tr(`report-status-${dashed(status)}`) }), 'the status');
  const before = await messages(page);
  if (handlerMessage) {
    const fromHandler = before.filter((m) => m.cls.includes('kr-message--handler'));
    assert.equal(fromHandler.length, 1, `one message from the meldpunt (messages: ${JSON.stringify(before)})`);
    assert.equal(fromHandler[0].body, handlerMessage, "the handler's message");
    assert.ok(fromHandler[0].meta.startsWith(tr('report-message-from-handler')), `marked as from the meldpunt: "${fromHandler[0].meta}"`);
  } else {
    assert.deepEqual(before, [], 'no messages yet');
    assert.match(await page.locator('main').innerText(), new RegExp(tr('report-messages-none').replace(/[.?]/g, '\\$&')));
  }
  if (internalNote) {
    assert.equal(before.length, 1, `only the message to the reporter is shown, never the internal note (messages: ${JSON.stringify(before)})`);
    assert.ok(!(await page.locator('main').innerText()).includes(internalNote), 'the internal note is not on the page');
  }
  assert.match(response.headers()['cache-control'] ?? '', /no-store/, 'the report page is not cached');
  await checks.check(page, response, `${lang}: follow-up report page`, { lang, shot: shot('follow-view') });

  // An empty message: the error beside the field.
  const sendMessage = submitButton(page, '/meldpunt/volgen/bericht');
  assert.equal(await text(sendMessage), tr('report-add-submit'));
  response = await follow(page, sendMessage);
  assert.equal(response.status(), 200);
  assert.equal(await errorBeside(page, 'message', checks), tr('report-message-error-empty'));
  await checks.check(page, response, `${lang}: follow-up, empty message`, { lang });

  await page.locator('#f-message').fill(ownMessage);
  response = await follow(page, submitButton(page, '/meldpunt/volgen/bericht'));
  assert.equal(response.status(), 200);
  assert.equal(pathOf(page), '/meldpunt/volgen/melding');
  assert.equal(await text(page.locator('main [role="status"]')), tr('report-follow-saved'), 'the message is saved');
  const after = await messages(page);
  assert.equal(after.length, before.length + 1, 'one more message');
  const own = after.filter((m) => !m.cls.includes('kr-message--handler'));
  assert.equal(own.length, 1);
  assert.equal(own[0].body, ownMessage, 'the own message is shown');
  assert.ok(own[0].meta.startsWith(tr('report-message-from-you')), `marked as from the resident: "${own[0].meta}"`);
  assert.equal(await page.locator('#f-message').inputValue(), '', 'the message field is empty again');
  await checks.check(page, response, `${lang}: follow-up, message saved`, { lang, shot: shot('follow-saved') });
  return page;
}

// ---------------------------------------------------------------------------
// The handler
// ---------------------------------------------------------------------------

const execFileP = promisify(execFile);

/** `kansrijk user create` against the server's database; returns the printed link. */
async function createHandlerWithCli() {
  const env = {
    ...process.env,
    DATABASE_URL: server.databaseUrl,
    KANSRIJK_SMTP_HOST: '127.0.0.1',
    KANSRIJK_SMTP_PORT: String(server.mail.port),
    KANSRIJK_SMTP_TLS: 'none',
  };
  delete env.KANSRIJK_PUBLIC_URL;
  const args = ['user', 'create', '--email', HANDLER.email, '--role', 'report_handler', '--name', HANDLER.name];
  let out;
  try {
    out = await execFileP(KANSRIJK_BIN, args, { cwd: REPO_ROOT, env, timeout: 60_000 });
  } catch (err) {
    assert.fail(`kansrijk ${args.join(' ')} failed (${err.code}):\n${err.stdout}\n${err.stderr}`);
  }
  const lines = out.stdout.trim().split('\n');
  const link = lines[lines.length - 1].trim();
  assert.match(link, /^https?:\/\/[^/\s]+\/uitnodiging\/\S+$/, `the command prints the invitation link (stdout: ${out.stdout})`);
  return link;
}

// ---------------------------------------------------------------------------

/** Shared between the tests (they build on each other). */
const state = {
  nlCode: null,
  nlReport: null,
  handlerContext: null,
  handlerPage: null,
  caseRef: null,
  handlerMessage: `Dank u voor uw melding. Wij willen graag met u praten. Wanneer kunt u? (${RUN})`,
  internalNote: `Interne notitie: melder terugbellen na overleg met het wijkteam. (${RUN})`,
  residentMessage: `Ik kan op dinsdagmiddag. Er was ook een getuige, de buschauffeur. (${RUN})`,
  residentContext: null,
  residentPage: null,
  residentSawMessage: false,
  closed: false,
};

describe('meldpunt', { timeout: 900_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await state.residentContext?.close();
    await state.handlerContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) nl: a resident reports anonymously: errors beside the fields, check, change, send, receipt code', async () => {
    const checks = pageChecks('reports');
    const context = await residentContext();
    try {
      const page = await newPage(context);
      let response = await open(page, '/meldpunt');
      assert.equal(response.status(), 200);
      assert.equal(await h1(page), t('nl', 'report-title'));
      await checks.check(page, response, 'nl: meldpunt intro', { shot: 'nl-intro' });

      response = await follow(page, page.locator('main').getByRole('link', { name: 'Melding maken', exact: true }));
      assert.equal(response.status(), 200);
      assert.equal(pathOf(page), '/meldpunt/melden');

      const locations = await page.locator('#f-location option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })));
      const buurt = locations.find((o) => o.value === 'BU03071001') ?? locations.find((o) => /^BU\d{8}$/.test(o.value));
      assert.ok(buurt, 'a buurt to choose');
      state.nlReport = {
        shortNarrative: 'Te kort',
        role: 'victim',
        narrative: `Bij de bushalte aan de Liendertseweg riepen twee mannen mij na vanwege mijn hoofddoek. Niemand hielp. (e2e ${RUN})`,
        happenedOn: isoDaysAgo(3),
        happenedAbout: 'rond half vijf, na school',
        location: buurt.value,
        locationLabel: buurt.label,
        place: 'de bushalte',
        changedPlace: 'de bushalte bij het winkelcentrum',
        terrain: 'public_space',
        grounds: ['origin', 'religion', 'income'],
        nature: 'hostile_treatment',
        wants: ['advice', 'mediation'],
        residence: 'municipality',
        contact: { name: 'Samira Test', email: `melder.${RUN}@example.nl`, phone: '06-12345678', way: 'email' },
        mailUpdates: true,
        consentHandover: true,
      };
      state.nlCode = await reportFlow(page, response, checks, 'nl', state.nlReport);
    } finally {
      await context.close();
    }
    checks.assertClean();
  });

  it('(2) a report handler from the command line: invitation, password, TOTP, queue, case, message to the reporter', async () => {
    assert.ok(state.nlCode, 'needs the report of test (1)');
    const printed = await createHandlerWithCli();
    const printedUrl = new URL(printed);
    const invitePath = printedUrl.pathname;
    // The command does not know the test server's address: it uses the default public URL.
    const link = url(invitePath + printedUrl.search);

    const invitation = await server.mail.waitFor(HANDLER.email, 'Uitnodiging voor Kansrijk');
    assert.ok(invitation.links.some((l) => l.endsWith(invitePath)), `the invitation mail has the printed link (links: ${invitation.links.join(', ')})`);

    const checks = pageChecks('reports');
    state.handlerContext = await staffContext();
    const page = await newPage(state.handlerContext);
    state.handlerPage = page;

    // Invitation: name filled in, choose a password.
    let response = await page.goto(link, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('#f-name').inputValue(), HANDLER.name, 'the name from the command line is filled in');
    await checks.check(page, response, 'handler: invitation form', { shot: 'handler-invite' });
    await page.locator('#f-password').fill(HANDLER.password);
    await page.locator('#f-password_again').fill(HANDLER.password);
    response = await follow(page, submitButton(page, invitePath));
    assert.equal(pathOf(page), '/account/tweestaps', 'a report handler must set up two-factor authentication');
    const secret = (await text(page.locator('#totp-secret'))).replace(/\s+/g, '');
    assert.match(secret, /^[A-Z2-7]{16,}=*$/, 'the TOTP secret is base32');
    const early = await state.handlerContext.request.get(url('/beheer/meldingen'), { maxRedirects: 0 });
    assert.equal(early.status(), 303, 'without the second factor the queue stays closed');
    await checks.check(page, response, 'handler: two-factor set-up', { shot: 'handler-twofactor' });

    // The code from the "app" (a code is accepted once per 30-s step; retry once with the next step).
    for (let attempt = 1; ; attempt++) {
      if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
      await page.locator('#f-code').fill(totp(secret));
      response = await follow(page, submitButton(page, '/account/tweestaps'));
      if ((await page.locator('#f-code-error').count()) === 0) break;
      assert.ok(attempt < 2, `the server rejected two fresh TOTP codes: ${await text(page.locator('#f-code-error'))}`);
      await page.waitForTimeout(secondsLeft() * 1000 + 200);
    }
    assert.equal(await page.locator('#recovery-codes li').count(), 10, 'recovery codes after enrolling');
    await checks.check(page, response, 'handler: recovery codes');

    // The queue, then filtered to new reports about income in the chosen buurt.
    response = await open(page, '/beheer/meldingen');
    assert.equal(response.status(), 200, 'GET /beheer/meldingen');
    assert.equal(await h1(page), t('nl', 'report-queue-title'));
    assert.ok((await page.locator('main table tbody tr').count()) >= 1, 'the queue lists reports');
    await checks.check(page, response, 'handler: queue', { shot: 'handler-queue' });

    await page.locator('#f-status').selectOption('new');
    await page.locator('#f-ground').selectOption('income');
    await page.locator('#f-buurt').selectOption(state.nlReport.location);
    response = await follow(page, submitButton(page, '/beheer/meldingen'));
    assert.equal(response.status(), 200);
    const query = new URL(page.url()).searchParams;
    assert.deepEqual([query.get('status'), query.get('ground'), query.get('buurt')], ['new', 'income', state.nlReport.location]);
    await checks.check(page, response, 'handler: queue filtered');

    const refs = await page.locator('main table tbody tr td:first-child a').evaluateAll((as) => as.map((a) => a.textContent.trim()));
    assert.ok(refs.length >= 1, 'the filtered queue lists the new report');
    for (const row of await page.locator('main table tbody tr').allInnerTexts()) {
      assert.match(row, new RegExp(t('nl', 'report-status-new')), `only new reports after filtering: ${row}`);
    }
    // The newest first: the resident's report is on top. Open it with its link.
    response = await follow(page, page.locator('main table tbody').getByRole('link', { name: refs[0], exact: true }));
    assert.equal(response.status(), 200);
    state.caseRef = refs[0];
    assert.equal(pathOf(page), `/beheer/meldingen/${state.caseRef}`);
    assert.equal(await h1(page), t('nl', 'report-case-title', { ref: state.caseRef }));
    const facts = await summary(page);
    const r = state.nlReport;
    assert.equal(facts[t('nl', 'report-q-narrative')], r.narrative, 'the newest new report is the one just sent, its story decrypted');
    assert.equal(facts[t('nl', 'report-q-where')], `${r.locationLabel} · ${r.changedPlace}`, 'the changed place was sent');
    assert.equal(facts[t('nl', 'report-q-role')], t('nl', 'report-role-victim'));
    assert.equal(facts[t('nl', 'report-q-when')], `${r.happenedOn} ${r.happenedAbout}`);
    assert.equal(facts[t('nl', 'report-q-grounds')], [...r.grounds].sort().map((g) => t('nl', `report-ground-${dashed(g)}`)).join(', '));
    assert.equal(facts[t('nl', 'report-q-residence')], t('nl', 'report-residence-municipality'));
    assert.equal(facts[t('nl', 'report-q-contact')], `${r.contact.name} ${r.contact.email} ${r.contact.phone} (${t('nl', 'report-contact-way-email')})`);
    assert.equal(facts[t('nl', 'report-case-mail-updates')], t('nl', 'form-yes'));
    assert.equal(facts[t('nl', 'report-case-consent')], t('nl', 'form-yes'));
    assert.equal(await text(page.locator('main .kr-page-header .kr-lead')), t('nl', 'report-status-new'));
    await checks.check(page, response, 'handler: case', { shot: 'handler-case' });

    // A message to the reporter.
    const textForm = page.locator(`main form[action="/beheer/meldingen/${state.caseRef}/tekst"]`);
    await textForm.locator('textarea[name="text"]').fill(state.handlerMessage);
    const toReporter = textForm.locator('input[type="radio"][name="kind"][value="message"]');
    assert.equal(await text(textForm.locator('label', { has: page.locator('input[type="radio"][name="kind"][value="message"]') })), t('nl', 'report-case-to-reporter'));
    assert.match(t('nl', 'report-case-to-reporter'), /^Bericht aan de melder/);
    await toReporter.check();
    response = await follow(page, textForm.locator('button[type="submit"]'));
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), `/beheer/meldingen/${state.caseRef}`, 'saving goes back to the case');
    const conversation = await messages(page);
    assert.equal(conversation.length, 1, `one message in the case (${JSON.stringify(conversation)})`);
    assert.equal(conversation[0].body, state.handlerMessage);
    assert.match(conversation[0].cls, /kr-message--handler/);
    assert.ok(conversation[0].meta.startsWith(`${t('nl', 'report-author-handler')} (${HANDLER.name})`), `author shown: "${conversation[0].meta}"`);
    assert.equal(await textForm.locator('textarea[name="text"]').inputValue(), '', 'the text field is empty again');
    await checks.check(page, response, 'handler: case with a message to the reporter', { shot: 'handler-case-message' });

    // An internal note: for handlers only.
    await textForm.locator('textarea[name="text"]').fill(state.internalNote);
    await textForm.locator('input[type="radio"][name="kind"][value="note"]').check();
    response = await follow(page, textForm.locator('button[type="submit"]'));
    assert.equal(pathOf(page), `/beheer/meldingen/${state.caseRef}`);
    const withNote = await messages(page);
    assert.equal(withNote.length, 2, `the message and the note (${JSON.stringify(withNote)})`);
    assert.equal(withNote[1].body, state.internalNote);
    assert.match(withNote[1].cls, /kr-message--note/);
    assert.ok(withNote[1].meta.startsWith(t('nl', 'report-author-note')), `marked as an internal note: "${withNote[1].meta}"`);

    // The reporter asked for mail: they are told there is news, without the content.
    const news = await server.mail.waitFor(r.contact.email, t('nl', 'mail-report-news-subject'));
    assert.ok(!news.text.includes(state.handlerMessage) && !news.html.includes(state.handlerMessage), 'the mail does not contain the message');
    assert.ok(news.links.includes(`${server.baseUrl}/meldpunt/volgen`), `the mail links to the follow-up page (links: ${news.links.join(', ')})`);
    checks.assertClean();
  });

  it('(3) nl: the resident opens the report with the code, reads the answer and adds information', async () => {
    assert.ok(state.nlCode && state.caseRef, 'needs tests (1) and (2)');
    const checks = pageChecks('reports');
    state.residentContext = await residentContext();
    const page = await newPage(state.residentContext);
    state.residentPage = page;

    // A wrong code: the translated error beside the field.
    let response = await open(page, '/meldpunt/volgen');
    const wrong = state.nlCode.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    await page.locator('#f-code').fill(wrong);
    response = await follow(page, submitButton(page, '/meldpunt/volgen'));
    assert.equal(pathOf(page), '/meldpunt/volgen', 'a wrong code opens nothing');
    assert.equal(await errorBeside(page, 'code', checks), t('nl', 'report-follow-error-code'));
    await checks.check(page, response, 'nl: follow-up with a wrong code', { shot: 'nl-follow-wrong-code' });

    await followFlow(page, checks, 'nl', {
      code: state.nlCode,
      status: 'new',
      handlerMessage: state.handlerMessage,
      internalNote: state.internalNote,
      ownMessage: state.residentMessage,
    });
    state.residentSawMessage = true;
    checks.assertClean();
  });

  it("(4) the handler sees the resident's message and closes the case with handling \"advice\"", async () => {
    assert.ok(state.handlerPage && state.residentSawMessage, 'needs tests (2) and (3)');
    const checks = pageChecks('reports');
    const page = state.handlerPage;
    let response = await page.reload({ waitUntil: 'load' });
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), `/beheer/meldingen/${state.caseRef}`);
    const conversation = await messages(page);
    assert.equal(conversation.length, 3, `the handler's message, the note and the resident's message (${JSON.stringify(conversation)})`);
    const fromReporter = conversation.find((m) => m.cls.includes('kr-message--reporter'));
    assert.ok(fromReporter, "the resident's message is shown");
    assert.equal(fromReporter.body, state.residentMessage);
    assert.ok(fromReporter.meta.startsWith(t('nl', 'report-author-reporter')), `marked as from the reporter: "${fromReporter.meta}"`);
    await checks.check(page, response, 'handler: case with the reply');

    const statusForm = page.locator(`main form[action="/beheer/meldingen/${state.caseRef}/status"]`);
    const statusButton = statusForm.locator('button[type="submit"]');
    assert.equal(await text(statusButton), 'Stand opslaan');

    // Closing needs the handling code.
    await statusForm.locator('select[name="status"]').selectOption('closed');
    await statusForm.locator('select[name="handling"]').selectOption('');
    response = await follow(page, statusButton);
    assert.equal(response.status(), 200);
    assert.equal(await errorBeside(page, 'handling', checks), t('nl', 'report-error-handling'));
    assert.equal(await text(page.locator('main .kr-page-header .kr-lead')), t('nl', 'report-status-new'), 'not closed without a handling code');
    await checks.check(page, response, 'handler: closing without handling');

    await statusForm.locator('select[name="status"]').selectOption('closed');
    await statusForm.locator('select[name="handling"]').selectOption('advice');
    response = await follow(page, statusButton);
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), `/beheer/meldingen/${state.caseRef}`);
    const lead = await text(page.locator('main .kr-page-header .kr-lead'));
    assert.equal(lead, `${t('nl', 'report-status-closed')} · ${t('nl', 'report-handling-advice')}`);
    assert.match(lead, /^Afgerond/);
    await checks.check(page, response, 'handler: case closed', { shot: 'handler-case-closed' });

    // The queue of open reports no longer has it; the closed ones do.
    await open(page, '/beheer/meldingen');
    assert.equal(await page.locator(`main table a[href="/beheer/meldingen/${state.caseRef}"]`).count(), 0, 'a closed report leaves the open queue');
    await open(page, '/beheer/meldingen?status=closed');
    assert.equal(await page.locator(`main table a[href="/beheer/meldingen/${state.caseRef}"]`).count(), 1, 'it is listed with the closed ones');
    state.closed = true;
    checks.assertClean();
  });

  it('(5) nl: the resident sees "Stand: Afgerond"', async () => {
    assert.ok(state.closed && state.residentPage, 'needs tests (3) and (4)');
    const checks = pageChecks('reports');
    const page = state.residentPage;
    const response = await open(page, '/meldpunt/volgen/melding');
    assert.equal(response.status(), 200);
    assert.equal(pathOf(page), '/meldpunt/volgen/melding', 'still opened by the code on this device');
    const status = await text(page.locator('main .kr-page-header .kr-lead'));
    assert.equal(status, 'Stand: Afgerond');
    assert.equal(status, t('nl', 'report-follow-status', { status: t('nl', 'report-status-closed') }));
    assert.deepEqual((await messages(page)).map((m) => m.body), [state.handlerMessage, state.residentMessage], 'both messages are still there (and not the note)');
    await checks.check(page, response, 'nl: follow-up, closed', { shot: 'nl-follow-closed' });
    await state.residentContext.close();
    state.residentContext = null;
    checks.assertClean();
  });

  it('(6) ar: the same report and follow-up in Arabic, right to left', async () => {
    const checks = pageChecks('reports');
    let code;
    const context = await residentContext();
    try {
      const page = await newPage(context);
      const response = await open(page, '/meldpunt/melden?lang=ar');
      assert.equal(response.status(), 200);
      const attrs = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      assert.deepEqual(attrs, { lang: 'ar', dir: 'rtl' }, '<html dir="rtl" lang="ar">');
      // The language is remembered in a cookie: the form posts to a URL without ?lang.
      assert.equal(await page.locator('main form[method="post"]').first().getAttribute('action'), '/meldpunt/melden');
      code = await reportFlow(page, response, checks, 'ar', {
        shortNarrative: 'قصير',
        role: 'witness',
        narrative: `رأيت موظف المتجر يطلب من امرأة محجبة مغادرة المتجر بينما بقي الآخرون. (e2e ${RUN})`,
        happenedOn: isoDaysAgo(10),
        happenedAbout: 'في المساء',
        location: 'municipality',
        locationLabel: t('ar', 'report-location-municipality'),
        place: 'المتجر',
        changedPlace: 'المتجر في مركز التسوق',
        terrain: 'shops_hospitality',
        grounds: ['religion', 'gender'],
        nature: 'unequal_treatment',
        wants: ['register'],
        residence: 'unknown',
        contact: { name: '', email: '', phone: '', way: '' },
        mailUpdates: false,
        consentHandover: false,
      });
    } finally {
      await context.close();
    }
    assert.notEqual(code, state.nlCode, 'a new code for a new report');

    // Follow-up in a fresh context: ?lang=ar on the first page, the cookie for the rest.
    const followContext = await residentContext();
    try {
      const page = await newPage(followContext);
      await followFlow(page, checks, 'ar', {
        code,
        status: 'new',
        handlerMessage: null,
        ownMessage: `أود أن أضيف أن ذلك حدث يوم السبت. (${RUN})`,
        langParam: true,
      });
    } finally {
      await followContext.close();
    }
    checks.assertClean();
  });

  it('(7) the figures page (SVG charts and tables) in nl and ar, the intro in ar, and the CSV download', async () => {
    const checks = pageChecks('reports');
    for (const lang of ['nl', 'ar']) {
      const context = await residentContext();
      try {
        const page = await newPage(context);
        const suffix = lang === 'nl' ? '' : `?lang=${lang}`;
        let response = await open(page, `/meldpunt/cijfers${suffix}`);
        assert.equal(response.status(), 200);
        assert.equal(await h1(page), t(lang, 'report-figures-title'));
        const charts = page.locator('main figure.kr-chart svg[role="img"]');
        assert.ok((await charts.count()) >= 2, 'SVG charts are drawn');
        assert.ok((await page.locator('main figure.kr-chart svg rect').count()) >= 1, 'the charts have bars');
        assert.ok((await page.locator('main table.kr-table').count()) >= 2, 'the numbers are also in tables');
        assert.ok((await page.locator('main table.kr-table tbody tr').count()) >= 5, 'the tables have rows');
        await checks.check(page, response, `${lang}: figures`, { lang, shot: `${lang}-figures` });

        const csvLink = page.locator('main a[href^="/meldpunt/cijfers.csv"]');
        assert.equal(await text(csvLink), t(lang, 'report-figures-csv'));
        const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
        assert.match(download.suggestedFilename(), /^meldpunt-cijfers-\d{4}\.csv$/);
        const file = await download.path();
        const csv = readFileSync(file, 'utf8');
        assert.ok(csv.startsWith('year,quarter,dimension,category,count\r\n'), `the CSV header (got ${JSON.stringify(csv.slice(0, 60))})`);
        assert.ok(csv.split('\r\n').length > 10, 'the CSV has rows');
        const res = await context.request.get(new URL(await csvLink.getAttribute('href'), server.baseUrl).href);
        assert.equal(res.status(), 200);
        assert.match(res.headers()['content-type'] ?? '', /^text\/csv\b/, 'the CSV is served as text/csv');

        if (lang !== 'nl') {
          response = await open(page, `/meldpunt${suffix}`);
          assert.equal(await h1(page), t(lang, 'report-title'));
          await checks.check(page, response, `${lang}: meldpunt intro`, { lang, shot: `${lang}-intro` });
        }
      } finally {
        await context.close();
      }
    }
    checks.assertClean();
  });
});
