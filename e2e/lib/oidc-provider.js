// A real OpenID Connect provider for the browser suite: the certified `oidc-provider` package,
// on 127.0.0.1, with one confidential test client (authorization code flow, PKCE required) and
// the accounts a test names. Its login page is a plain form: pick an account and continue. The
// `amr`/`acr` of an account are what the provider reports about how that person logged in
// (for example `['pwd', 'mfa']`), so a test can play a person who did or did not use a second
// factor there. Consent is given by itself (a first-party client, as at a municipality).

import http from 'node:http';
import { randomBytes } from 'node:crypto';

import Provider from 'oidc-provider';

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {{ port: number, clientId: string, clientSecret: string, redirectUri: string,
 *   accounts: Record<string, { email: string, emailVerified?: boolean, amr?: string[], acr?: string }> }} options
 * @returns {Promise<{ issuer: string, stop: () => Promise<void> }>}
 */
export async function startOidcProvider({ port, clientId, clientSecret, redirectUri, accounts }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // amr and acr reach the ID token only as claims of a granted scope.
    claims: { openid: ['sub', 'acr', 'amr', 'auth_time'], email: ['email', 'email_verified'] },
    // The e-mail address in the ID token itself, as the municipalities' providers send it.
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString('hex')] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(ctx, sub) {
      const account = accounts[sub];
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: account.emailVerified ?? true };
        },
      };
    },
    // First-party client: every requested scope is granted without a consent screen.
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email');
      await grant.save();
      ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId, grant.jti);
      return grant;
    },
  });
  // Quiet: the suite's output is about Kansrijk.
  provider.on('server_error', (ctx, err) => console.error('oidc-provider:', err));

  const callback = provider.callback();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, issuer);
    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname);
    if (!match) return callback(req, res);
    try {
      if (req.method === 'POST' && match[2]) {
        let body = '';
        for await (const chunk of req) body += chunk;
        const accountId = new URLSearchParams(body).get('account');
        const account = accounts[accountId];
        if (!account) {
          res.writeHead(400).end('unknown account');
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId, amr: account.amr, acr: account.acr } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const details = await provider.interactionDetails(req, res);
      const options = Object.keys(accounts)
        .map((id) => `<option value="${escape(id)}">${escape(id)}</option>`)
        .join('');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>Test provider</title></head><body>
<main><h1>Test provider: log in</h1>
<form method="post" action="/interaction/${escape(details.uid)}/login">
<label for="account">Account</label> <select id="account" name="account">${options}</select>
<button type="submit">Continue</button></form></main></body></html>`);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
