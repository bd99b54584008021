// Helpers for the Kansrijk browser suite: start the real server binary,
// drive Debian's Chromium through playwright-core, check accessibility with
// axe-core and markup with html-validate, and save screenshots.
//
// Nothing here downloads a browser: Chromium is /usr/bin/chromium from the
// Debian package (installed by scripts/setup-test-env.sh).

import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';

import { chromium } from 'playwright-core';
import { HtmlValidate } from 'html-validate';

import { startMailSink } from './mail.js';

const require = createRequire(import.meta.url);

/** The e2e/ folder (artifacts and relative paths are resolved from here). */
export const E2E_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository root (one level above e2e/). */
export const REPO_ROOT = path.resolve(E2E_DIR, '..');

/** The server binary: $KANSRIJK_BIN, else target/debug/kansrijk in the repo. */
export const KANSRIJK_BIN = process.env.KANSRIJK_BIN
  ? path.resolve(REPO_ROOT, process.env.KANSRIJK_BIN)
  : path.join(REPO_ROOT, 'target', 'debug', 'kansrijk');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Launch flags. The machine has no internet: without the background
 * networking flags Chromium stalls on start-up trying to reach Google.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS_DIR = path.resolve(E2E_DIR, process.env.E2E_ARTIFACTS_DIR || 'artifacts');

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const MAX_CAPTURED_CHARS = 200_000;

/** Ask the kernel for a free TCP port on 127.0.0.1. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Start `kansrijk demo --bind 127.0.0.1:<port>` and wait until GET /readyz
 * answers 200.
 *
 * DATABASE_URL is $E2E_DATABASE_URL, or a fresh SQLite file in a temp dir.
 *
 * Mail: unless `mail: false`, an SMTP sink (lib/mail.js, aiosmtpd with a fresh
 * Maildir) is started first and the server sends to it
 * (KANSRIJK_SMTP_HOST/PORT, KANSRIJK_JOB_POLL_MILLIS=200), so nothing ever
 * leaves the machine and tests can read what was sent. `env` wins over these.
 *
 * Several instances: with E2E_INSTANCES=N (N ≥ 2, on PostgreSQL), the first
 * instance runs `demo`, N − 1 more run `serve` on the same database, and
 * nginx (Debian's, on loopback) spreads the requests over them round robin —
 * no sticky sessions, so a session moves between instances on every request.
 * `baseUrl` is then nginx's address, also the instances' public URL, and every
 * answer carries `X-Kansrijk-Upstream` (the instance that served it).
 *
 * `inviteLink` is the single-use invitation link of the demo coordinator that
 * `kansrijk demo` prints on stdout, or null when it printed none (the account
 * already existed in this database).
 *
 * @returns {Promise<{ baseUrl: string, port: number, databaseUrl: string,
 *   inviteLink: string|null, mail: Awaited<ReturnType<typeof startMailSink>>|null,
 *   output: () => string, stop: () => Promise<number|null> }>}
 */
export async function startServer({ env = {}, args = [], mail: withMail = true } = {}) {
  const mail = withMail ? await startMailSink() : null;
  const mailEnv = mail
    ? {
        KANSRIJK_SMTP_HOST: '127.0.0.1',
        KANSRIJK_SMTP_PORT: String(mail.port),
        KANSRIJK_SMTP_TLS: 'none',
        KANSRIJK_JOB_POLL_MILLIS: '200',
      }
    : {};

  let tmpDir = null;
  let databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) {
    tmpDir = mkdtempSync(path.join(os.tmpdir(), 'kansrijk-e2e-'));
    const dbFile = path.join(tmpDir, 'e2e.db');
    // An empty file is a valid empty SQLite database, so the URL works
    // whether or not the server opens it with create-if-missing.
    writeFileSync(dbFile, '');
    databaseUrl = `sqlite://${dbFile}`;
  }

  const instances = Math.max(1, Number(process.env.E2E_INSTANCES || '1'));
  const port = await freePort();
  const proxyPort = instances > 1 ? await freePort() : null;
  const baseUrl = `http://127.0.0.1:${proxyPort ?? port}`;
  const instanceEnv = proxyPort
    ? { KANSRIJK_PUBLIC_URL: baseUrl, KANSRIJK_TRUST_FORWARDED_FOR: 'true' }
    : {};

  let captured = '';
  const capture = (stream) => (chunk) => {
    const text = chunk.toString();
    if (process.env.E2E_VERBOSE) process.stderr.write(`[kansrijk ${stream}] ${text}`);
    captured += text;
    if (captured.length > MAX_CAPTURED_CHARS) captured = captured.slice(-MAX_CAPTURED_CHARS);
  };
  const output = () => captured;

  // The demo coordinator's invitation link, read from stdout line by line.
  let inviteLink = null;
  let stdoutLine = '';
  const findInvite = (chunk) => {
    const lines = (stdoutLine + chunk.toString()).split('\n');
    stdoutLine = lines.pop();
    for (const line of lines) {
      const m = /^Demo coordinator invitation\b.*?:\s*(https?:\/\/\S+\/uitnodiging\/\S+)\s*$/.exec(line);
      if (m && !inviteLink) inviteLink = m[1];
    }
  };

  const child = spawn(KANSRIJK_BIN, ['demo', '--bind', `127.0.0.1:${port}`, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, ...mailEnv, ...instanceEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', capture('stdout'));
  child.stdout.on('data', findInvite);
  child.stderr.on('data', capture('stderr'));

  let spawnError = null;
  const exited = new Promise((resolve) => {
    child.on('error', (err) => {
      spawnError = err;
      resolve(null);
    });
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
  let exitStatus;
  exited.then((status) => {
    exitStatus = status;
  });

  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  // The further instances and nginx (when E2E_INSTANCES > 1), stopped before the first one.
  const others = [];
  let stopped = false;
  const stop = async () => {
    if (!stopped) {
      stopped = true;
      for (const other of others.reverse()) await other.stop();
      if (child.exitCode === null && child.signalCode === null && !spawnError) {
        child.kill('SIGTERM');
        const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout');
        if ((await Promise.race([exited, timer])) === 'timeout') {
          child.kill('SIGKILL');
        }
      }
      process.removeListener('exit', killOnExit);
      if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
      await mail?.stop();
    }
    return exited;
  };

  const failure = async (why) => {
    await stop();
    return new Error(
      `kansrijk server did not become ready: ${why}\n` +
        `binary: ${KANSRIJK_BIN}\nDATABASE_URL: ${databaseUrl}\n` +
        `--- server output ---\n${captured || '(no output)'}\n--- end of server output ---`,
    );
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  for (;;) {
    if (spawnError) throw await failure(`could not start ${KANSRIJK_BIN}: ${spawnError.message}`);
    if (exitStatus !== undefined) throw await failure(`the process exited early (${exitStatus})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
      lastProblem = `GET /readyz answered ${res.status}`;
    } catch (err) {
      lastProblem = `GET /readyz failed: ${err.cause?.code ?? err.message}`;
    }
    if (Date.now() > deadline) {
      throw await failure(`timed out after ${READY_TIMEOUT_MS / 1000} s (${lastProblem})`);
    }
    await sleep(200);
  }

  if (proxyPort) {
    try {
      const ports = [port];
      for (let i = 1; i < instances; i++) {
        const extra = await freePort();
        const env2 = { ...process.env, DATABASE_URL: databaseUrl, ...mailEnv, ...instanceEnv, ...env };
        others.push(await startProcess(KANSRIJK_BIN, ['serve', '--bind', `127.0.0.1:${extra}`, ...args], env2, capture(`instance ${i + 1}`)));
        await waitReady(`http://127.0.0.1:${extra}`);
        ports.push(extra);
      }
      others.push(await startNginx(proxyPort, ports, capture('nginx')));
      await waitReady(baseUrl);
    } catch (err) {
      throw await failure(err.message);
    }
  }

  return {
    baseUrl,
    port,
    databaseUrl,
    mail,
    output,
    stop,
    get inviteLink() {
      return inviteLink;
    },
  };
}

/** A child process with its output captured; `stop()` ends it (SIGTERM, then SIGKILL). */
async function startProcess(bin, args, env, onOutput) {
  const child = spawn(bin, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const exited = new Promise((resolve) => {
    child.on('error', () => resolve(null));
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  return {
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout');
        if ((await Promise.race([exited, timer])) === 'timeout') child.kill('SIGKILL');
      }
      process.removeListener('exit', killOnExit);
      return exited;
    },
  };
}

/** Wait until GET `${base}/readyz` answers 200. */
async function waitReady(base) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  for (;;) {
    try {
      const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
      lastProblem = `GET /readyz answered ${res.status}`;
    } catch (err) {
      lastProblem = `GET /readyz failed: ${err.cause?.code ?? err.message}`;
    }
    if (Date.now() > deadline) throw new Error(`${base} not ready after ${READY_TIMEOUT_MS / 1000} s (${lastProblem})`);
    await sleep(200);
  }
}

/**
 * Debian's nginx on 127.0.0.1:`listenPort` in front of the instances on `ports`, round robin
 * (no sticky sessions), as deploy/nginx-kansrijk.conf does in production, in a temp prefix.
 */
async function startNginx(listenPort, ports, onOutput) {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'kansrijk-nginx-'));
  const conf = path.join(prefix, 'nginx.conf');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(
    conf,
    `${asRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  client_max_body_size 20m;
  upstream kansrijk {
${ports.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://kansrijk;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      add_header X-Kansrijk-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  const nginx = await startProcess(process.env.NGINX_BIN || '/usr/sbin/nginx', ['-p', prefix, '-c', conf], process.env, onOutput);
  const stop = nginx.stop;
  return {
    ...nginx,
    stop: async () => {
      const status = await stop();
      rmSync(prefix, { recursive: true, force: true });
      return status;
    },
  };
}

/** Launch Debian's Chromium headless. */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    ...options,
  });
}

// ---------------------------------------------------------------------------
// Accessibility (axe-core)
// ---------------------------------------------------------------------------

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Run axe-core on the page and return its violations (an empty array when the
 * page is clean).
 *
 * Injection and CSP: the server sends a strict Content-Security-Policy
 * (`script-src 'self'`), so `page.addScriptTag({ content })` – an inline
 * <script> – is refused by the browser. `page.evaluate(source)` runs the
 * source through the DevTools protocol, which CSP does not govern, so it
 * works on the real, unmodified page: no `bypassCSP` context is needed and
 * the tests still see the CSP the server sends.
 */
export async function checkA11y(page, { tags = AXE_TAGS, context = 'document' } = {}) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) {
    await page.evaluate(AXE_SOURCE);
    const ok = await page.evaluate(() => typeof window.axe?.run === 'function');
    if (!ok) throw new Error('axe-core could not be injected into the page');
  }
  return page.evaluate(
    async ({ tags, context }) => {
      const target = context === 'document' ? document : context;
      const results = await window.axe.run(target, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          html: n.html,
          failureSummary: n.failureSummary,
        })),
      }));
    },
    { tags, context },
  );
}

/** A readable list of axe violations: id, impact, help, first targets. */
export function formatViolations(violations, maxTargets = 3) {
  return violations
    .map((v) => {
      const targets = v.nodes
        .slice(0, maxTargets)
        .map((n) => `      ${JSON.stringify(n.target)}  ${String(n.html).slice(0, 160)}`)
        .join('\n');
      const more = v.nodes.length > maxTargets ? `\n      … and ${v.nodes.length - maxTargets} more` : '';
      return `  - ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node(s))\n${targets}${more}\n    ${v.helpUrl}`;
    })
    .join('\n');
}

/** Fail with a readable list when axe finds WCAG 2.1 A/AA violations. */
export async function assertNoA11yViolations(page, label = page.url()) {
  const violations = await checkA11y(page);
  if (violations.length > 0) {
    assert.fail(`axe found ${violations.length} accessibility violation(s) on ${label}:\n${formatViolations(violations)}`);
  }
}

// ---------------------------------------------------------------------------
// Markup (html-validate)
// ---------------------------------------------------------------------------

/**
 * html-validate:recommended + html-validate:document, relaxed only for
 * matters of style, not of correctness. Still errors: duplicate ids, unclosed
 * or misnested elements, invalid content models, missing doctype/title,
 * missing lang on <html>, skipped heading levels, broken aria references,
 * unlabelled inputs, raw characters, deprecated elements, and so on.
 */
export const HTML_VALIDATE_CONFIG = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  elements: [
    'html5',
    // <html lang> is required (WCAG 3.1.1); html-validate has no rule of its own for it.
    { html: { requiredAttributes: ['lang'] } },
  ],
  rules: {
    // Formatting choices of the template engine, not errors.
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'attr-quotes': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'element-case': 'off',
    'attr-case': 'off',
    // Advice about phone-number wrapping and title length, not validity.
    'tel-non-breaking': 'off',
    'long-title': 'off',
    // Same-origin assets need no subresource integrity; third-party ones do.
    'require-sri': ['error', { target: 'crossorigin' }],
    // A group of checkboxes sharing one name is how HTML sends several values
    // for one question (like <select multiple>); html-validate allows it only
    // for radio buttons unless told. Other duplicate names are still errors.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

const htmlValidate = new HtmlValidate(HTML_VALIDATE_CONFIG);

/**
 * Validate a whole HTML document. Returns every message (errors have
 * severity 2, warnings 1), each with ruleId, message, line, column, selector.
 */
export async function validateHtml(html, filename = 'page.html') {
  const report = await htmlValidate.validateString(html, filename);
  return report.results.flatMap((r) =>
    r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      selector: m.selector,
    })),
  );
}

export function formatHtmlMessages(messages) {
  return messages
    .map((m) => `  - ${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? `  (${m.selector})` : ''}`)
    .join('\n');
}

/** Fail with a readable list when html-validate reports errors. */
export async function assertValidHtml(html, label = 'page') {
  const errors = (await validateHtml(html)).filter((m) => m.severity >= 2);
  if (errors.length > 0) {
    assert.fail(`html-validate found ${errors.length} error(s) in ${label}:\n${formatHtmlMessages(errors)}`);
  }
}

// ---------------------------------------------------------------------------
// Screenshots
// ---------------------------------------------------------------------------

/** Save a full-page PNG to e2e/artifacts/<name>.png and return its path. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const execFileP = promisify(execFile);

/**
 * `kansrijk user create` against the server's database (its mail goes to the server's sink);
 * returns the path of the single-use invitation. Each test file makes its own people this way, so
 * the files can share one database in any order.
 *
 * @param {{ databaseUrl: string, mail: { port: number } }} server
 * @param {{ email: string, role: string, name: string }} person
 */
export async function createUserWithCli(server, person) {
  const env = {
    ...process.env,
    DATABASE_URL: server.databaseUrl,
    KANSRIJK_SMTP_HOST: '127.0.0.1',
    KANSRIJK_SMTP_PORT: String(server.mail.port),
    KANSRIJK_SMTP_TLS: 'none',
  };
  delete env.KANSRIJK_PUBLIC_URL;
  const args = ['user', 'create', '--email', person.email, '--role', person.role, '--name', person.name];
  // A role limited to an organisation (its name) or an area (CBS code).
  if (person.organisation) args.push('--organisation', person.organisation);
  if (person.area) args.push('--area', person.area);
  let out;
  try {
    out = await execFileP(KANSRIJK_BIN, args, { cwd: REPO_ROOT, env, timeout: 60_000 });
  } catch (err) {
    assert.fail(`kansrijk ${args.join(' ')} failed (${err.code}):\n${err.stdout}\n${err.stderr}`);
  }
  const lines = out.stdout.trim().split('\n');
  const link = lines[lines.length - 1].trim();
  assert.match(link, /^https?:\/\/[^/\s]+\/uitnodiging\/\S+$/, `the command prints the invitation link (stdout: ${out.stdout})`);
  return new URL(link).pathname;
}

/**
 * Wait until no job of `kinds` is due or running on the server's database (`kansrijk jobs`),
 * so a test can count what the workers did without sleeping.
 */
export async function waitForJobs(server, kinds, timeoutMs = 30_000) {
  const run = promisify(execFile);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { stdout } = await run(KANSRIJK_BIN, ['jobs'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      timeout: 60_000,
    });
    const busy = stdout
      .split('\n')
      .filter(Boolean)
      .filter((line) => kinds.includes(line.split('\t')[0]));
    if (busy.length === 0) return;
    if (Date.now() > until) throw new Error(`jobs still due after ${timeoutMs / 1000} s:\n${busy.join('\n')}`);
    await sleep(200);
  }
}
