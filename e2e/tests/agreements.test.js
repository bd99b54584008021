// Neighbourhood agreements "Zó willen we samenleven" in a real browser: the demo coordinator
// (invitation, password, TOTP) lowers the support threshold; two residents and a partner come in
// through invitations made with `kansrijk user create`; a resident proposes an agreement (an
// error first), another comments and both support it until the threshold; a rude comment is
// flagged, the coordinator hides it with a reason, and its author sees why (page and mail); the
// coordinator adopts the proposal with an Arabic translation, and the charter shows a new version
// with the difference; the coordinator links the partner to an organisation, and the partner
// signs with a commitment that the charter then shows. The poster is rendered to PDF (A4 and
// A3) and PNG, in Dutch and Arabic.
//
// One server (`kansrijk demo`, with the demo charter: two versions) for the whole file. Every
// page visited is checked with axe (WCAG 2.1 A/AA) and html-validate, <html lang dir>, reflow and
// CSP refusals (lib/pages.js); the findings of one test are reported together at its end.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { startServer, launchBrowser, createUserWithCli, ARTIFACTS_DIR, screenshot } from '../lib/server.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';
import { totp, secondsLeft } from '../lib/totp.js';

const RUN = randomBytes(4).toString('hex');
const PASSWORD = 'groene fiets rijdt naar de markt';
const COORDINATOR_PASSWORD = 'blauwe boot vaart langs de eem';
const PEOPLE = {
  amina: { email: `amina.${RUN}@example.nl`, name: 'Amina', role: 'resident' },
  henk: { email: `henk.${RUN}@example.nl`, name: 'Henk', role: 'resident' },
  partner: { email: `sport.${RUN}@example.nl`, name: 'Trainer Sportclub', role: 'professional' },
  coordinator: { email: `stuurgroep.${RUN}@example.nl`, name: 'Stuurgroep', role: 'coordinator' },
};
const TITLE = `We helpen elkaar met de boodschappen (${RUN})`;
const ARABIC = `نساعد بعضنا في التسوّق (${RUN})`;
const RUDE = `Die mensen van hiernaast doen nooit iets (${RUN})`;
const REASON = 'Deze reactie wijst buren aan. Praat liever met elkaar.';
const COMMITMENT = `Onze trainers bespreken de afspraken met elk team vóór de zomer (${RUN}).`;
const PARTNER_ORG = 'Sportvereniging in Liendert';

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


/** Accept an invitation with a password; the context is then logged in. */
async function acceptInvitation(context, invitePath, password) {
  const page = await newPage(context);
  const response = await open(page, invitePath);
  assert.equal(response.status(), 200, `invitation ${invitePath}`);
  await page.locator('#f-password').fill(password);
  await page.locator('#f-password_again').fill(password);
  await follow(page, submitButton(page, invitePath));
  return page;
}

async function enterTotp(page, action, secret) {
  for (let attempt = 1; ; attempt++) {
    if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
    await page.locator('#f-code').fill(totp(secret));
    const response = await follow(page, submitButton(page, action));
    if ((await page.locator('#f-code-error').count()) === 0) return response;
    assert.ok(attempt < 2, 'the server rejected two fresh TOTP codes');
    await page.waitForTimeout(secondsLeft() * 1000 + 200);
  }
}

const state = {
  coordinator: null,
  amina: null,
  henk: null,
  proposalPath: null,
  version: null,
  rudeId: null,
};

describe('agreements', { timeout: 900_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    for (const c of [state.coordinator, state.amina, state.henk]) await c?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) the charter in Dutch and Arabic; the coordinator, two residents and a partner come in', async () => {
    const checks = pageChecks('agreements');
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await newPage(context);
    let response = await open(page, '/afspraken');
    assert.equal(response.status(), 200);
    assert.equal(await text(page.locator('main h1')), t('nl', 'agr-charter-title'));
    assert.ok((await page.locator('main ul.agr-list li').count()) >= 12, 'the demo charter has agreements in four pillars');
    const api = await (await context.request.get(url('/api/v1/charter'))).json();
    state.version = api.version.number;
    assert.ok(state.version >= 2, 'the demo charter has two versions');
    assert.match(await text(page.locator('main')), new RegExp(`Versie ${state.version}`));
    await checks.check(page, response, 'nl: charter', { shot: 'charter-nl' });
    response = await open(page, '/afspraken?lang=ar');
    assert.equal(await text(page.locator('main h1')), t('ar', 'agr-charter-title'));
    assert.match(await text(page.locator('main')), /نُلقي التحية على بعضنا في الشارع/);
    await checks.check(page, response, 'ar: charter', { lang: 'ar', shot: 'charter-ar' });
    response = await open(page, '/afspraken/voorstellen?lang=ar');
    await checks.check(page, response, 'ar: proposals', { lang: 'ar' });
    response = await open(page, '/afspraken/versies/2?lang=nl');
    assert.equal(await page.locator('main .agr-change--added').count(), 1, 'version 2 added one agreement');
    await checks.check(page, response, 'nl: version 2');
    await context.close();

    // A coordinator (the steering group) from the command line: invitation, password, two-factor.
    const cContext = await browser.newContext({ locale: 'nl-NL' });
    const cPage = await acceptInvitation(cContext, await createUserWithCli(server, PEOPLE.coordinator), COORDINATOR_PASSWORD);
    assert.equal(pathOf(cPage), '/account/tweestaps');
    const secret = (await text(cPage.locator('#totp-secret'))).replace(/\s+/g, '');
    await enterTotp(cPage, '/account/tweestaps', secret);
    state.coordinator = { context: cContext, page: cPage };

    // The threshold: bad input first, then 2.
    response = await open(cPage, '/beheer/afspraken');
    assert.equal(response.status(), 200);
    await checks.check(cPage, response, 'nl: management');
    await cPage.locator('#f-threshold').fill('0');
    response = await follow(cPage, submitButton(cPage, '/beheer/afspraken'));
    assert.equal(await text(cPage.locator('#f-threshold-error')), t('nl', 'agr-error-threshold'));
    await checks.check(cPage, response, 'nl: management with a bad threshold');
    await cPage.locator('#f-threshold').fill('2');
    await follow(cPage, submitButton(cPage, '/beheer/afspraken'));
    assert.match(await text(cPage.locator('main .kr-alert--ok')), new RegExp(t('nl', 'agr-ok-manage-threshold')));

    for (const key of ['amina', 'henk']) {
      const invite = await createUserWithCli(server, PEOPLE[key]);
      const ctx = await browser.newContext({ locale: 'nl-NL' });
      const p = await acceptInvitation(ctx, invite, PASSWORD);
      state[key] = { context: ctx, page: p };
    }
    state.partnerInvite = await createUserWithCli(server, PEOPLE.partner);
    checks.assertClean();
  });

  it('(2) propose (an error first), comment, support until the threshold', async () => {
    const checks = pageChecks('agreements');
    const page = state.amina.page;
    let response = await open(page, '/afspraken/voorstellen/nieuw');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'nl: new proposal', { shot: 'proposal-form' });
    // The live writing aid (progressive enhancement).
    await page.locator('#f-explanation').fill('Wie slecht ter been is, krijgt hulp. Buren doen samen boodschappen.');
    await page.waitForFunction(() => /: 11 /.test(document.querySelector('#f-explanation-advice').textContent));
    // No sentence and no pillar: errors beside the fields, the text kept.
    response = await follow(page, submitButton(page, '/afspraken/voorstellen/nieuw'));
    assert.equal(await text(page.locator('#f-title-error')), t('nl', 'agr-error-required'));
    assert.equal(await text(page.locator('#f-pillar-error')), t('nl', 'agr-error-pillar'));
    assert.match(await page.locator('#f-explanation').inputValue(), /Buren doen samen boodschappen/);
    await checks.check(page, response, 'nl: new proposal with errors');
    await page.locator('#f-title').fill(TITLE);
    await page.locator('input[name="pillar"][value="tasks_responsibilities"]').check();
    response = await follow(page, submitButton(page, '/afspraken/voorstellen/nieuw'));
    assert.match(pathOf(page), /^\/afspraken\/voorstellen\/\d+$/);
    state.proposalPath = pathOf(page);
    assert.equal(await text(page.locator('main h1')), TITLE);
    await checks.check(page, response, 'nl: proposal', { shot: 'proposal' });

    // Henk comments, and posts a rude comment too.
    const henk = state.henk.page;
    response = await open(henk, state.proposalPath);
    await henk.locator('#f-body').fill('Goed plan, ik doe mee op zaterdag.');
    await follow(henk, submitButton(henk, `${state.proposalPath}/reageren`));
    await henk.locator('#f-body').fill(RUDE);
    await follow(henk, submitButton(henk, `${state.proposalPath}/reageren`));
    assert.equal(await henk.locator('main article.agr-comment').count(), 2);
    // Amina replies to the first comment.
    await open(page, state.proposalPath);
    await follow(page, page.locator('main article.agr-comment').first().getByRole('link', { name: t('nl', 'agr-reply') }));
    await page.locator('#f-body').fill('Fijn, dank je!');
    await follow(page, submitButton(page, `${state.proposalPath}/reageren`));
    assert.equal(await page.locator('main .agr-replies article.agr-comment').count(), 1, 'the reply is in the thread');

    // Supports: Amina (twice: counts once), then Henk reaches the threshold of 2.
    await follow(page, submitButton(page, `${state.proposalPath}/steunen`));
    assert.match(await text(page.locator('#support-count')), /^1 steunbetuiging/);
    const again = await state.amina.context.request.post(url(`${state.proposalPath}/steunen`), {
      form: { csrf: await page.locator('input[name="csrf"]').first().inputValue() },
      headers: { 'sec-fetch-site': 'same-origin', origin: server.baseUrl },
      maxRedirects: 0,
    });
    assert.equal(again.status(), 303);
    assert.match(again.headers().location, /ok=already-supported/);
    await open(henk, state.proposalPath);
    response = await follow(henk, submitButton(henk, `${state.proposalPath}/steunen`));
    assert.match(await text(henk.locator('#support-count')), /^2 steunbetuigingen/);
    assert.equal(await text(henk.locator('#proposal-status')), t('nl', 'agr-status-for-decision'));
    await checks.check(henk, response, 'nl: proposal with comments');
    response = await open(henk, `${state.proposalPath}?lang=ar`);
    assert.equal(await text(henk.locator('#proposal-status')), t('ar', 'agr-status-for-decision'));
    await checks.check(henk, response, 'ar: proposal with comments', { lang: 'ar', shot: 'proposal-ar' });
    checks.assertClean();
  });

  it('(3) moderation: a flagged comment is hidden with a reason; the author sees why', async () => {
    const checks = pageChecks('agreements');
    const page = state.amina.page;
    await open(page, state.proposalPath);
    const rude = page.locator('main article.agr-comment', { hasText: RUDE });
    state.rudeId = (await rude.getAttribute('id')).replace('reactie-', '');
    await follow(page, rude.getByRole('button', { name: t('nl', 'agr-flag') }));
    assert.match(await text(page.locator('main .kr-alert--ok')), new RegExp(t('nl', 'agr-ok-flagged')));

    const c = state.coordinator.page;
    let response = await open(c, '/beheer/afspraken');
    const item = c.locator(`#reactie-${state.rudeId}-moderate`);
    assert.match(await text(item), new RegExp(RUDE.replace(/[()]/g, '.')));
    await checks.check(c, response, 'nl: management with a flagged comment', { shot: 'moderation' });
    await item.locator('input[name="reason"]').fill(REASON);
    await follow(c, item.getByRole('button', { name: t('nl', 'agr-hide-submit') }));
    assert.match(await text(c.locator('main .kr-alert--ok')), new RegExp(t('nl', 'agr-ok-manage-hidden')));

    // The author (and everyone) sees the reason instead of the text; the author gets a mail.
    const henk = state.henk.page;
    response = await open(henk, `${state.proposalPath}?lang=nl`);
    const hidden = henk.locator(`#reactie-${state.rudeId}`);
    assert.equal(await text(hidden.locator('.agr-comment__hidden')), t('nl', 'agr-comment-hidden', { reason: REASON }));
    assert.doesNotMatch(await text(henk.locator('main')), new RegExp(RUDE.replace(/[()]/g, '.')));
    await checks.check(henk, response, 'nl: proposal with a hidden comment', { shot: 'hidden-comment' });
    const mail = await server.mail.waitFor(PEOPLE.henk.email, t('nl', 'mail-agr-hidden-subject'));
    assert.match(mail.text, new RegExp(REASON));
    checks.assertClean();
  });

  it('(4) the coordinator adopts it: a new version of the charter, in Dutch and Arabic', async () => {
    const checks = pageChecks('agreements');
    const c = state.coordinator.page;
    await open(c, state.proposalPath);
    let response = await follow(c, c.getByRole('link', { name: t('nl', 'agr-decide-title'), exact: true }));
    assert.match(pathOf(c), /^\/beheer\/afspraken\/voorstellen\/\d+$/);
    await checks.check(c, response, 'nl: decision form');
    // No decision chosen and no reason: errors.
    await c.locator('#f-reason').fill('');
    response = await follow(c, submitButton(c, pathOf(c)));
    assert.equal(await text(c.locator('#f-outcome-error')), t('nl', 'agr-error-outcome'));
    assert.equal(await text(c.locator('#f-reason-error')), t('nl', 'agr-error-required'));
    await checks.check(c, response, 'nl: decision form with errors');
    await c.locator('input[name="outcome"][value="adopt"]').check();
    await c.locator('#f-reason').fill('Veel steun, en het past bij "we dragen allemaal een steentje bij".');
    await c.locator('#f-text_ar').fill(ARABIC);
    await follow(c, submitButton(c, pathOf(c)));
    assert.equal(pathOf(c), '/beheer/afspraken');

    const page = state.amina.page;
    response = await open(page, '/afspraken');
    assert.match(await text(page.locator('main')), new RegExp(`Versie ${state.version + 1}`));
    assert.match(await text(page.locator('#pillar-tasks_responsibilities + p + ul')), new RegExp(TITLE.replace(/[()]/g, '.')));
    await checks.check(page, response, 'nl: charter version 3', { shot: 'charter-v3' });
    response = await open(page, `/afspraken/versies/${state.version + 1}`);
    assert.match(await text(page.locator('main .agr-change--added')), new RegExp(TITLE.replace(/[()]/g, '.')));
    await checks.check(page, response, 'nl: version 3 with its difference', { shot: 'version-3' });
    response = await open(page, '/afspraken?lang=ar');
    assert.match(await text(page.locator('main')), new RegExp(ARABIC.replace(/[()]/g, '.')));
    await checks.check(page, response, 'ar: charter version 3', { lang: 'ar', shot: 'charter-v3-ar' });
    response = await open(page, `${state.proposalPath}?lang=nl`);
    assert.equal(await text(page.locator('#proposal-status')), t('nl', 'agr-status-adopted'));
    // The follower (the author) hears of it.
    await server.mail.waitFor(PEOPLE.amina.email, 'Nieuws over');
    checks.assertClean();
  });

  it('(5) a partner signs with a commitment', async () => {
    const checks = pageChecks('agreements');
    // The coordinator links the partner to the sports club (role professional, organisation).
    const c = state.coordinator.page;
    await open(c, `/beheer/mensen?q=${encodeURIComponent(PEOPLE.partner.email)}`);
    await follow(c, c.locator('main a', { hasText: PEOPLE.partner.name }));
    const personPath = pathOf(c);
    await c.locator('#f-role').selectOption('professional');
    await c.locator('#f-organisation_id').selectOption({ label: PARTNER_ORG });
    await follow(c, submitButton(c, `${personPath}/rollen`));

    const context = await browser.newContext({ locale: 'nl-NL' });
    try {
      const page = await acceptInvitation(context, state.partnerInvite, PASSWORD);
      let response = await open(page, '/afspraken/ondertekenen');
      assert.equal(response.status(), 200);
      assert.match(await text(page.locator('main')), new RegExp(PARTNER_ORG));
      await checks.check(page, response, 'nl: sign form');
      response = await follow(page, submitButton(page, '/afspraken/ondertekenen'));
      assert.equal(await text(page.locator('#f-commitment-error')), t('nl', 'agr-error-required'));
      await checks.check(page, response, 'nl: sign form with an error');
      await page.locator('#f-commitment').fill(COMMITMENT);
      response = await follow(page, submitButton(page, '/afspraken/ondertekenen'));
      assert.equal(pathOf(page), '/afspraken');
      const partners = page.locator('#partners');
      const card = partners.locator('li.kr-card', { hasText: PARTNER_ORG });
      assert.match(await text(card), new RegExp(`Ondertekend bij versie ${state.version + 1}`));
      assert.match(await text(card), new RegExp(COMMITMENT.replace(/[().]/g, '.')));
      assert.match(await text(card), new RegExp(t('nl', 'agr-commitment-not-reviewed')));
      await checks.check(page, response, 'nl: charter with the new signature', { shot: 'signed' });
      response = await open(page, '/afspraken?lang=ar');
      await checks.check(page, response, 'ar: charter with the new signature', { lang: 'ar' });
    } finally {
      await context.close();
    }
    checks.assertClean();
  });

  it('(6) the poster: A4 and A3, Dutch and Arabic, to PDF and PNG', async () => {
    const checks = pageChecks('agreements');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1240, height: 1754 } });
    try {
      const page = await newPage(context);
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      for (const [lang, paper] of [['nl', 'a4'], ['ar', 'a3']]) {
        const response = await open(page, `/afspraken/poster?formaat=${paper}&lang=${lang}`);
        assert.equal(response.status(), 200);
        assert.equal(await page.locator('.agr-poster__qr svg').count(), 1, 'a QR code');
        assert.match(await text(page.locator('.agr-poster__link')), new RegExp(`/afspraken\\?lang=${lang}$`));
        const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.agr-poster__pillar li')).fontSize));
        assert.ok(size >= 18, `big type on the poster (${size}px)`);
        await checks.check(page, response, `${lang}: poster ${paper}`, { lang, shot: `poster-${lang}-${paper}` });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const png = await screenshot(page, `agreements-poster-${lang}-${paper}-print`);
        await page.emulateMedia({ media: 'screen' });
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', 'a PDF');
        assert.ok(pdf.length > 20_000, `the PDF has content (${pdf.length} bytes)`);
        // The page size follows @page: A4 is 595×842 pt, A3 842×1191 pt.
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
        assert.ok(box, 'the PDF has a MediaBox');
        const [w, h] = [Math.round(Number(box[1])), Math.round(Number(box[2]))];
        assert.deepEqual([w, h], paper === 'a4' ? [595, 842] : [842, 1191], `${paper} paper`);
        writeFileSync(path.join(ARTIFACTS_DIR, `agreements-poster-${lang}-${paper}.pdf`), pdf);
        assert.ok(png.endsWith('.png'));
      }
    } finally {
      await context.close();
    }
    checks.assertClean();
  });
});
