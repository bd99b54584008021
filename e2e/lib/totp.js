// TOTP as an authenticator app computes it: RFC 6238 (TOTP) on top of RFC 4226
// (HOTP) with the parameters the server uses: HMAC-SHA-1, a 30-second time
// step counted from the Unix epoch (T0 = 0), 6 digits. The secret is the
// base32 text (RFC 4648, no padding) shown on /account/tweestaps.

import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const STEP_SECONDS = 30;

/** RFC 4648 base32 to bytes (case, spaces and `=` padding are ignored). */
export function base32Decode(text) {
  const bytes = [];
  let bits = 0;
  let value = 0;
  for (const ch of text.toUpperCase().replace(/[\s=]/g, '')) {
    const index = ALPHABET.indexOf(ch);
    if (index < 0) throw new Error(`not a base32 character: ${JSON.stringify(ch)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The 6-digit code for `secret` (base32) at `timeMs` (default: now). */
export function totp(secret, timeMs = Date.now()) {
  // RFC 6238 section 4.2: T = floor((now - T0) / X), as an 8-byte big-endian counter.
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(timeMs / 1000 / STEP_SECONDS)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  // RFC 4226 section 5.3: dynamic truncation to 31 bits, then modulo 10^6.
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** Seconds left before the current code is replaced by the next one. */
export function secondsLeft(timeMs = Date.now()) {
  return STEP_SECONDS - ((timeMs / 1000) % STEP_SECONDS);
}
