// The youth stage (Jongerenpodium) in a real browser at phone size: a team of a
// 14- and a 17-year-old proposes a campaign (errors beside the fields with the
// input kept first) and gets its secret team link; a parent consents through the
// 14-year-old's link (refused first without the guardian statement), the
// 17-year-old consents herself; the coordinator (made with the command line) is
// refused a coach without a valid youth-coach certificate and assigns the demo's
// certified coach; the coach posts in the team thread and moves the campaign to
// its next milestones; the team uploads a photo with GPS data in its EXIF (the
// stored file is fetched back: no EXIF, no GPS); the coordinator publishes it on
// the stage; a resident reacts. The stage, the campaign page and the API name the
// team by first names only.
//
// One server (kansrijk demo, with its certified demo coach). Every page is checked
// with axe (WCAG 2.1 A/AA) and html-validate, plus <html lang dir>, no sideways
// scrolling and no CSP refusals. Expected texts come from
// crates/{kernel,youth}/locales/nl.ftl.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { startServer, launchBrowser, createUserWithCli } from '../lib/server.js';
import { translator, newPage, pageChecks, follow, submitButton } from '../lib/pages.js';
import { totp, secondsLeft } from '../lib/totp.js';

const PHONE = { width: 390, height: 844 };
const RUN = randomBytes(4).toString('hex');
const PASSWORD = 'groene kikker springt in de vijver';
const COORDINATOR = { email: `podium.${RUN}@example.nl` };
const UNTRAINED = { email: `coach.${RUN}@example.nl`, name: `Ongetrainde coach ${RUN}` };
const RESIDENT = { email: `bewoner.${RUN}@example.nl` };
const CAMPAIGN = `Liendert laat zich zien ${RUN}`;

const { t } = translator('youth', ['nl']);

let server;
let browser;
const state = { team: null, links: [], id: null, coordinator: null, coach: null };

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

/** A tiny JPEG with an EXIF segment holding GPS tags (as kernel::images::sample_jpeg_with_exif). */
function jpegWithGps() {
  const exif = Buffer.from('Exif\0\0GPSLatitude 52.166 GPSLongitude 5.404', 'latin1');
  const length = exif.length + 2;
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    Buffer.from([0xff, 0xe1, length >> 8, length & 0xff]),
    exif,
    Buffer.from([0xff, 0xdb, 0x00, 0x43, 0x00]),
    Buffer.alloc(64, 1),
    Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00]),
    Buffer.from([0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...Array(15).fill(0), 0x00]),
    Buffer.from([0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...Array(15).fill(0), 0x00]),
    Buffer.from([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00]),
    Buffer.from([0x00, 0x00, 0xff, 0xd9]),
  ]);
}

/** Sets a password and two-factor authentication for an invitation; returns the TOTP secret. */
async function acceptInvitation(page, invite) {
  await open(page, invite);
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-password_again').fill(PASSWORD);
  await follow(page, submitButton(page, invite));
  if (pathOf(page) !== '/account/tweestaps') return;
  const secret = (await text(page.locator('#totp-secret'))).replace(/\s+/g, '');
  for (let attempt = 1; ; attempt++) {
    if (secondsLeft() < 3) await page.waitForTimeout(secondsLeft() * 1000 + 200);
    await page.locator('#f-code').fill(totp(secret));
    await follow(page, submitButton(page, '/account/tweestaps'));
    if ((await page.locator('#f-code-error').count()) === 0) break;
    assert.ok(attempt < 2, 'the server rejected two fresh TOTP codes in a row');
    await page.waitForTimeout(secondsLeft() * 1000 + 200);
  }
}

describe('youth stage', { timeout: 900_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await state.coordinator?.close();
    await state.coach?.close();
    await browser?.close();
    await server?.stop();
  });

  it('(1) a team of a 14- and a 17-year-old proposes a campaign (errors first)', async () => {
    const checks = pageChecks('youth');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(context);
    let response = await open(page, '/podium');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'stage', { shot: 'stage' });
    response = await follow(page, page.getByRole('link', { name: t('nl', 'youth-join-start'), exact: true }));
    assert.equal(pathOf(page), '/podium/meedoen');
    await checks.check(page, response, 'proposal form', { shot: 'form' });

    // A name with a surname and no contact: errors beside the fields, the input kept.
    await page.locator('#f-name').fill(CAMPAIGN);
    await page.locator('#f-m1_name').fill('Sanne Verhoeven');
    response = await follow(page, submitButton(page, '/podium/meedoen'));
    assert.equal(response.status(), 422);
    assert.equal(await fieldError(page, 'm1_name'), t('nl', 'youth-error-first-name'));
    assert.equal(await fieldError(page, 'email'), t('nl', 'youth-error-contact'));
    assert.equal(await fieldError(page, 'idea'), t('nl', 'youth-error-idea'));
    assert.equal(await page.locator('#f-name').inputValue(), CAMPAIGN, 'the input is kept');
    await checks.check(page, response, 'proposal form with errors', { shot: 'form-errors' });

    await page.locator('#f-idea').fill('Posters over wat jongeren mooi vinden aan Liendert, in de bushokjes.');
    await page.locator('#f-audience').fill('Buren en winkeliers');
    await page.locator('#f-form').selectOption('posters');
    await page.locator('#f-m1_name').fill('Sanne');
    await page.locator('#f-m1_age').selectOption('16-17');
    await page.locator('#f-m2_name').fill('Yusuf');
    await page.locator('#f-m2_age').selectOption('14-15');
    await page.locator('#f-m2_born').fill('2012-05');
    await page.locator('#f-email').fill(`sanne.verhoeven.${RUN}@example.nl`);
    response = await follow(page, submitButton(page, '/podium/meedoen'));
    assert.equal(response.status(), 200);
    assert.equal(await text(page.locator('main h1')), t('nl', 'youth-joined-title'));
    state.team = new URL(await page.locator('#team-link').getAttribute('href')).pathname;
    await checks.check(page, response, 'team link', { shot: 'joined' });

    response = await open(page, state.team);
    assert.ok((await text(page.locator('main'))).includes(t('nl', 'youth-team-waiting')));
    state.links = await page
      .locator('a.youth-consent-link')
      .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')).pathname));
    assert.equal(state.links.length, 2, 'a consent link per member');
    await checks.check(page, response, 'team page', { shot: 'team' });
    await context.close();
    checks.assertClean();
  });

  it('(2) a parent consents for the 14-year-old, the 17-year-old herself', async () => {
    const checks = pageChecks('youth');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(context);
    let response = await open(page, state.links[1]);
    assert.equal(await text(page.locator('main h1')), t('nl', 'youth-consent-title-parent'));
    await checks.check(page, response, 'parent consent', { shot: 'consent-parent' });
    await page.getByLabel(t('nl', 'youth-q-take-part'), { exact: true }).check();
    await page.getByLabel(t('nl', 'youth-q-publish-work'), { exact: true }).check();
    await page.getByLabel(t('nl', 'youth-q-publish-photos'), { exact: true }).check();
    await page.locator('#f-channel').selectOption('email');
    response = await follow(page, submitButton(page, state.links[1]));
    assert.equal(response.status(), 422, 'without the guardian statement');
    assert.equal(await fieldError(page, 'guardian'), t('nl', 'youth-error-guardian'));
    await page.getByLabel(t('nl', 'youth-q-guardian'), { exact: true }).check();
    response = await follow(page, submitButton(page, state.links[1]));
    assert.equal(response.status(), 200);
    assert.ok((await text(page.locator('main'))).includes(t('nl', 'youth-consent-saved')));
    await checks.check(page, response, 'parent consent saved', { shot: 'consent-saved' });

    response = await open(page, state.links[0]);
    assert.equal(await text(page.locator('main h1')), t('nl', 'youth-consent-title-self'));
    await page.getByLabel(t('nl', 'youth-q-take-part'), { exact: true }).check();
    await page.getByLabel(t('nl', 'youth-q-publish-work'), { exact: true }).check();
    await page.getByLabel(t('nl', 'youth-q-publish-photos'), { exact: true }).check();
    await page.locator('#f-channel').selectOption('in-person');
    response = await follow(page, submitButton(page, state.links[0]));
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'own consent saved');
    await context.close();
    checks.assertClean();
  });

  it('(3) the coordinator assigns a certified coach (an untrained one is refused)', async () => {
    const checks = pageChecks('youth');
    state.coordinator = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(state.coordinator);
    // A youth coach without a certificate, with an active account.
    const untrainedInvite = await createUserWithCli(server, { ...UNTRAINED, role: 'youth_coach' });
    const other = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    await acceptInvitation(await newPage(other), untrainedInvite);
    await other.close();
    // The demo's certified coach accepts the invitation `kansrijk demo` printed.
    const coachInvite = /Demo youth_coach invitation:\s*(https?:\/\/\S+)/.exec(server.output());
    assert.ok(coachInvite, 'kansrijk demo prints the demo coach invitation');
    state.coach = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    await acceptInvitation(await newPage(state.coach), new URL(coachInvite[1]).pathname);
    const invite = await createUserWithCli(server, { ...COORDINATOR, role: 'coordinator', name: 'Podiumcoördinator' });
    await acceptInvitation(page, invite);
    let response = await open(page, '/beheer/podium');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'campaign list', { shot: 'manage' });
    const link = page.getByRole('link', { name: CAMPAIGN, exact: true });
    state.id = Number((await link.getAttribute('href')).split('/').pop());
    const campaign = `/beheer/podium/${state.id}`;
    response = await open(page, campaign);
    await checks.check(page, response, 'campaign', { shot: 'campaign' });

    const options = await page.locator('#f-coach option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent })));
    const untrained = options.find((o) => o.label.includes(UNTRAINED.name));
    const certified = options.find((o) => o.label.includes('Demo-jongerencoach'));
    assert.ok(untrained && certified, `both coaches are offered (${JSON.stringify(options)})`);
    await page.locator('#f-coach').selectOption(untrained.value);
    response = await follow(page, submitButton(page, `${campaign}/coach`));
    assert.equal(response.status(), 422);
    assert.equal(await fieldError(page, 'coach'), t('nl', 'youth-error-coach-untrained'));
    await checks.check(page, response, 'untrained coach refused', { shot: 'coach-refused' });
    await page.locator('#f-coach').selectOption(certified.value);
    response = await follow(page, submitButton(page, `${campaign}/coach`));
    assert.equal(response.status(), 200);
    assert.ok((await text(page.locator('main'))).includes(t('nl', 'youth-coach-current', { name: 'Demo-jongerencoach Meryem' })));
    checks.assertClean();
  });

  it('(4) the coach guides the team through milestones in the team thread', async () => {
    const checks = pageChecks('youth');
    const context = state.coach;
    const page = await newPage(context);
    let response = await open(page, '/podium/coach');
    assert.equal(response.status(), 200);
    await checks.check(page, response, 'coach list', { shot: 'coach-list' });
    response = await open(page, `/podium/coach/${state.id}`);
    await checks.check(page, response, 'coach campaign', { shot: 'coach-campaign' });
    await page.locator('#f-body').fill('Welkom! Maak eerst drie schetsen van de poster.');
    await follow(page, submitButton(page, `/podium/coach/${state.id}/bericht`));
    for (const milestone of ['plan', 'production']) {
      await follow(page, submitButton(page, `/podium/coach/${state.id}/mijlpaal`));
      assert.ok((await text(page.locator('#tijdlijn-sectie'))).includes(t('nl', `youth-milestone-${milestone}`)));
    }
    await context.close();
    // The team sees the thread and the milestone it is at.
    const team = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const teamPage = await newPage(team);
    response = await open(teamPage, state.team);
    const timeline = await text(teamPage.locator('#tijdlijn-sectie'));
    assert.ok(timeline.includes('Maak eerst drie schetsen'));
    assert.ok(timeline.includes(`${t('nl', 'youth-milestone-production')} (${t('nl', 'youth-milestone-now')})`));
    await checks.check(teamPage, response, 'team timeline', { shot: 'team-timeline' });
    await team.close();
    checks.assertClean();
  });

  it('(5) the team uploads a photo: stored without EXIF or GPS', async () => {
    const checks = pageChecks('youth');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const page = await newPage(context);
    await open(page, state.team);
    const photo = jpegWithGps();
    assert.ok(photo.includes(Buffer.from('GPSLatitude')), 'the upload carries GPS data');
    await page.locator('#f-description').fill('De bushalte bij het winkelcentrum');
    await page.locator('#f-file').setInputFiles({ name: 'bushalte.jpg', mimeType: 'image/jpeg', buffer: photo });
    const response = await follow(page, submitButton(page, `${state.team}/media`));
    assert.equal(response.status(), 200);
    const img = page.locator('#media ~ ul img').first();
    assert.equal(await img.getAttribute('alt'), 'De bushalte bij het winkelcentrum');
    await checks.check(page, response, 'team page with a photo', { shot: 'team-photo' });
    const full = await img.locator('xpath=..').getAttribute('href');
    const stored = Buffer.from(await (await page.request.get(url(full))).body());
    assert.ok(stored.length > 0 && stored[0] === 0xff && stored[1] === 0xd8, 'a JPEG is stored');
    assert.ok(!stored.includes(Buffer.from('GPS')), 'no GPS data in the stored file');
    assert.ok(!stored.includes(Buffer.from('Exif')), 'no EXIF in the stored file');
    await context.close();
    checks.assertClean();
  });

  it('(6) published on the stage by first names only; a resident reacts', async () => {
    const checks = pageChecks('youth');
    const page = await newPage(state.coordinator);
    await open(page, `/beheer/podium/${state.id}`);
    let response = await follow(page, submitButton(page, `/beheer/podium/${state.id}/publiceren`));
    assert.equal(response.status(), 200);
    assert.ok((await text(page.locator('#f-publish'))).includes(t('nl', 'youth-state-published')));

    const invite = await createUserWithCli(server, { ...RESIDENT, role: 'resident', name: `Bewoner Achternaam${RUN}` });
    const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE });
    const resident = await newPage(context);
    await acceptInvitation(resident, invite);
    response = await open(resident, `/podium/${state.id}`);
    assert.equal(response.status(), 200);
    const main = await text(resident.locator('main'));
    assert.ok(main.includes('Sanne') && main.includes('Yusuf'), 'the team by first name');
    assert.ok(main.includes(t('nl', 'youth-coached-by', { organisation: 'Huis van de Wijk Liendert' })), "the coach's organisation");
    assert.ok(!/verhoeven/i.test(await resident.content()), 'no surname on the page');
    assert.equal(await resident.locator('main img').count(), 1, 'the photo is on the stage');
    await checks.check(resident, response, 'campaign on the stage', { shot: 'published' });
    await resident.locator('#f-body').fill('Wat mooi! Ik herken de bushalte bij mij om de hoek.');
    response = await follow(resident, submitButton(resident, `/podium/${state.id}/reageren`));
    assert.equal(response.status(), 200);
    assert.ok((await text(resident.locator('#reacties ~ article').first())).includes('Ik herken de bushalte'));
    await checks.check(resident, response, 'campaign with a reaction', { shot: 'reaction' });
    response = await follow(resident, submitButton(resident, `/podium/${state.id}/steunen`));
    assert.ok((await text(resident.locator('#steun ~ p').first())).includes('1 steunbetuiging'), 'one support counted');
    await context.close();

    // The API: first names only.
    const api = await (await fetch(url(`/api/v1/youth/campaigns/${state.id}`))).json();
    assert.deepEqual(api.team, ['Sanne', 'Yusuf']);
    assert.ok(!/verhoeven/i.test(JSON.stringify(api)));
    checks.assertClean();
  });
});
