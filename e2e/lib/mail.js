// A real SMTP server for the browser suite: aiosmtpd (Python) with its Mailbox
// handler writes every message it receives as one file into <dir>/new/ of a
// fresh Maildir. The server under test sends through plain SMTP to it, and the
// tests read the messages back with mailparser (which decodes MIME parts,
// quoted-printable and base64, and encoded-word headers).
//
// aiosmtpd is installed by scripts/setup-test-env.sh.

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { simpleParser } from 'mailparser';

import { freePort } from './server.js';

const READY_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;
const POLL_MS = 100;

/** Resolves true when something accepts TCP connections on 127.0.0.1:port. */
function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Delivery order from a Maildir file name: Python's mailbox module names files
 * `<seconds>.M<microseconds>P<pid>Q<counter>.<host>`.
 */
function deliveryKey(file) {
  const m = /^(\d+)\.M(\d+)/.exec(file);
  return m ? Number(m[1]) * 1e6 + Number(m[2]) : 0;
}

/** The addresses of a parsed header (To, Cc) as lower-case strings. */
function addresses(field) {
  const lists = Array.isArray(field) ? field : field ? [field] : [];
  return lists.flatMap((list) => (list.value ?? []).map((a) => String(a.address ?? '').toLowerCase()));
}

/**
 * Start an SMTP sink on a free port of 127.0.0.1 with a fresh temporary Maildir.
 *
 * @returns {Promise<{
 *   port: number,
 *   dir: string,
 *   messages: () => Promise<Array<Message>>,
 *   waitFor: (to: string | null, subjectIncludes: string, timeoutMs?: number) => Promise<Message>,
 *   stop: () => Promise<void>,
 * }>}
 *
 * A Message is `{ file, to: string[], from, subject, text, html, links, raw }`;
 * `links` are the http(s) URLs found in the text and HTML parts (deduplicated).
 */
export async function startMailSink() {
  const port = await freePort();
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'kansrijk-mail-'));
  const dir = path.join(tmpDir, 'Maildir');

  let log = '';
  const child = spawn(
    'python3',
    ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (chunk) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (process.env.E2E_VERBOSE) process.stderr.write(`[smtp] ${chunk}`);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let spawnError = null;
  const exited = new Promise((resolve) => {
    child.on('error', (err) => {
      spawnError = err;
      resolve(null);
    });
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null && !spawnError) {
      child.kill('SIGTERM');
      const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout');
      if ((await Promise.race([exited, timer])) === 'timeout') child.kill('SIGKILL');
    }
    process.removeListener('exit', killOnExit);
    rmSync(tmpDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (spawnError || child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `the SMTP sink (python3 -m aiosmtpd) did not start: ${spawnError?.message ?? `exited (${child.exitCode ?? child.signalCode})`}\n` +
          `Is aiosmtpd installed (scripts/setup-test-env.sh)?\n${log}`,
      );
    }
    if (await canConnect(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the SMTP sink did not listen on 127.0.0.1:${port} within ${READY_TIMEOUT_MS / 1000} s\n${log}`);
    }
    await sleep(POLL_MS);
  }

  // Parsed messages by file name: a Maildir file never changes once it is in new/.
  const parsed = new Map();

  /** Every message received so far, oldest first. */
  const messages = async () => {
    const newDir = path.join(dir, 'new');
    let files;
    try {
      files = readdirSync(newDir);
    } catch (err) {
      if (err.code === 'ENOENT') return [];
      throw err;
    }
    files.sort((a, b) => deliveryKey(a) - deliveryKey(b) || (a < b ? -1 : a > b ? 1 : 0));
    const out = [];
    for (const file of files) {
      if (!parsed.has(file)) {
        const raw = readFileSync(path.join(newDir, file));
        const mail = await simpleParser(raw);
        const text = mail.text ?? '';
        const html = typeof mail.html === 'string' ? mail.html : '';
        const links = [...new Set([...`${text}\n${html}`.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]))];
        parsed.set(file, {
          file,
          to: addresses(mail.to),
          from: mail.from?.text ?? '',
          subject: mail.subject ?? '',
          text,
          html,
          links,
          raw: raw.toString('utf8'),
        });
      }
      out.push(parsed.get(file));
    }
    return out;
  };

  /**
   * Wait until a message to `to` (null: to anyone) whose subject contains `subjectIncludes`
   * has arrived; returns the newest such message.
   */
  const waitFor = async (to, subjectIncludes, timeoutMs = 15_000) => {
    const want = to === null ? null : to.toLowerCase();
    const until = Date.now() + timeoutMs;
    for (;;) {
      const all = await messages();
      const hits = all.filter((m) => (want === null || m.to.includes(want)) && m.subject.includes(subjectIncludes));
      if (hits.length > 0) return hits[hits.length - 1];
      if (Date.now() > until) {
        const seen = all.map((m) => `  - to ${m.to.join(', ')}: "${m.subject}"`).join('\n') || '  (none)';
        throw new Error(
          `no mail to ${to} with a subject containing "${subjectIncludes}" within ${timeoutMs / 1000} s; the sink has:\n${seen}`,
        );
      }
      await sleep(POLL_MS);
    }
  };

  return { port, dir, messages, waitFor, stop };
}
