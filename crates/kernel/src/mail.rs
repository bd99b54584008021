//! Outgoing mail: composed in the recipient's language (plain text and HTML), stored in the
//! outbox and sent by the job worker through SMTP (lettre). When the SMTP server is down the
//! job retries with back-off; nothing is lost, and the log gets one warning per outage, not one
//! per mail. Without an SMTP server (`smtp_host` empty, the demo) mail is kept in the local
//! outbox instead, where the coordinator reads it at `/beheer/post` (`local_mail.rs`).
//!
//! The outbox keeps as little as it can: the address is removed once the mail is sent, and the
//! whole row goes after `mail_retention_days`, sent or not. A mail to someone whose address is
//! sealed elsewhere (a reporter of the meldpunt) is queued without an address at all
//! ([`queue_by_reference`]): the feature's own job opens the address when it sends.

use crate::config::Config;
use crate::db::{now, Db};
use crate::i18n::Tr;
use crate::web::AppState;
use askama::Template;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub const JOB_KIND: &str = "mail.send";

pub struct Mailer {
    /// `None`: no SMTP server configured, mail is kept in the local outbox.
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    /// Where mail goes, for the log (`host:port`).
    relay: String,
    /// Set while the SMTP server cannot be reached, so an outage is logged once.
    down: AtomicBool,
}

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        let from = config.mail_from.parse()?;
        let relay = format!("{}:{}", config.smtp_host, config.smtp_port);
        if config.smtp_host.trim().is_empty() {
            return Ok(Mailer {
                transport: None,
                from,
                relay,
                down: AtomicBool::new(false),
            });
        }
        let builder = match config.smtp_tls.as_str() {
            "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(&config.smtp_host)?,
            "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&config.smtp_host)?,
            // Plain SMTP: for a relay on localhost or in a private network only.
            _ => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.smtp_host),
        };
        let mut builder = builder
            .port(config.smtp_port)
            .timeout(Some(Duration::from_secs(10)));
        if let (Some(user), Some(password)) = (&config.smtp_username, &config.smtp_password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.0.clone()));
        }
        Ok(Mailer {
            transport: Some(builder.build()),
            from,
            relay,
            down: AtomicBool::new(false),
        })
    }

    /// True when mail is kept in the local outbox instead of being sent (no `smtp_host`).
    pub fn is_local(&self) -> bool {
        self.transport.is_none()
    }

    /// Connects to the SMTP server and says hello (`kansrijk check-config`). `Ok(false)`: no
    /// SMTP server configured.
    pub async fn test_connection(&self) -> anyhow::Result<bool> {
        match &self.transport {
            None => Ok(false),
            Some(t) => {
                anyhow::ensure!(t.test_connection().await?, "the server did not answer");
                Ok(true)
            }
        }
    }

    /// The sender of every mail, as the recipient sees it.
    pub fn from_address(&self) -> String {
        self.from.to_string()
    }

    async fn send(
        &self,
        transport: &AsyncSmtpTransport<Tokio1Executor>,
        to: &str,
        subject: &str,
        text: &str,
        html: &str,
    ) -> anyhow::Result<()> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(to.parse()?)
            .subject(subject)
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(text.to_string()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(html.to_string()),
                    ),
            )?;
        match transport.send(message).await {
            Ok(_) => {
                if self.down.swap(false, Ordering::SeqCst) {
                    tracing::info!(relay = %self.relay, "SMTP server reachable again; queued mail is being sent");
                }
                Ok(())
            }
            // A refusal of this one mail (unknown recipient, say) is not an outage.
            Err(e) if e.is_permanent() => Err(e.into()),
            Err(e) => {
                if !self.down.swap(true, Ordering::SeqCst) {
                    tracing::warn!(relay = %self.relay, error = %e, "SMTP server unreachable; mail stays in the outbox and is retried");
                }
                // Told once above: the job worker records and retries it without a warning each.
                Err(crate::jobs::AlreadyReported(e.into()).into())
            }
        }
    }
}

/// A mail before it is queued.
pub struct Outgoing {
    pub to: String,
    pub lang: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "mail.html")]
struct MailHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    subject: &'a str,
    paragraphs: Vec<String>,
    action: Option<(&'a str, &'a str)>,
    footer: String,
}

/// Composes `mail-{name}-subject` and `mail-{name}-body` (paragraphs split by blank lines) with an
/// optional button `mail-{name}-action` to `link`.
pub fn compose(
    tr: &Tr,
    to: &str,
    name: &str,
    args: &[(&str, &str)],
    link: Option<&str>,
) -> Outgoing {
    let message = |key: &str| {
        let mut fluent_args = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(
                k.to_string(),
                fluent_bundle::FluentValue::from(v.to_string()),
            );
        }
        tr.t_args(key, &fluent_args)
    };
    let subject = message(&format!("mail-{name}-subject"));
    let body = message(&format!("mail-{name}-body"));
    let action = link.map(|l| (message(&format!("mail-{name}-action")), l.to_string()));
    let footer = tr.t("mail-footer");
    let paragraphs: Vec<String> = body
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let mut text = paragraphs.join("\n\n");
    if let Some((label, url)) = &action {
        text.push_str(&format!("\n\n{label}:\n{url}"));
    }
    text.push_str(&format!("\n\n-- \n{footer}\n"));
    let html = MailHtml {
        lang: tr.lang.code(),
        dir: tr.lang.dir(),
        subject: &subject,
        paragraphs,
        action: action.as_ref().map(|(l, u)| (l.as_str(), u.as_str())),
        footer,
    }
    .render()
    .unwrap_or_default();
    Outgoing {
        to: to.to_string(),
        lang: tr.lang.code().to_string(),
        subject,
        text,
        html,
    }
}

/// Stores a mail in the outbox and enqueues its sending, in one transaction.
pub async fn queue(db: &Db, mail: &Outgoing) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id = queue_in(&mut tx, mail).await?;
    tx.commit().await?;
    Ok(id)
}

/// Stores a mail in the outbox and enqueues its sending inside the caller's transaction, so the
/// mail exists exactly when the change it tells about was committed.
pub async fn queue_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    mail: &Outgoing,
) -> sqlx::Result<i64> {
    let (id, job) = store_in(tx, mail).await?;
    crate::jobs::enqueue_all(&mut **tx, &[job]).await?;
    Ok(id)
}

/// Stores a mail in the outbox inside the caller's transaction and returns its id and the job
/// that sends it, for the caller to enqueue together with its own jobs in one statement.
pub async fn store_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    mail: &Outgoing,
) -> sqlx::Result<(i64, crate::jobs::NewJob)> {
    let id = insert_all(tx, std::slice::from_ref(mail))
        .await?
        .pop()
        .ok_or(sqlx::Error::RowNotFound)?;
    Ok((id, sending(id)?))
}

/// [`store_in`] for several mails in one statement (a batch of writers: one hop to the
/// database instead of one per mail); the jobs that send them.
pub async fn store_all_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    mails: &[Outgoing],
) -> sqlx::Result<Vec<crate::jobs::NewJob>> {
    insert_all(tx, mails)
        .await?
        .into_iter()
        .map(sending)
        .collect()
}

/// The outbox ids of `mails`, in no particular order (neither database promises the order of
/// RETURNING rows; each id gets a job that sends that row, whichever it is).
async fn insert_all(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    mails: &[Outgoing],
) -> sqlx::Result<Vec<i64>> {
    if mails.is_empty() {
        return Ok(vec![]);
    }
    let sql = format!(
        "INSERT INTO mail_outbox (to_address, subject, text_body, html_body, lang, created_at) VALUES {} RETURNING id",
        crate::db::value_rows(mails.len(), 5, 2, ", $1")
    );
    let mut insert = sqlx::query_scalar(&sql).bind(now());
    for mail in mails {
        insert = insert
            .bind(&mail.to)
            .bind(&mail.subject)
            .bind(&mail.text)
            .bind(&mail.html)
            .bind(&mail.lang);
    }
    insert.fetch_all(&mut **tx).await
}

fn sending(mail_id: i64) -> sqlx::Result<crate::jobs::NewJob> {
    crate::jobs::NewJob::new(JOB_KIND, &SendMail { mail_id }, now(), None, 20)
}

/// Stores a mail **without its address** and enqueues `job_kind` with a [`MailByReference`]. That job (of the feature that knows where the
/// address is sealed) opens the address and calls [`send_to`], so the plaintext address never
/// reaches the outbox or the job queue. Use it when the address is sealed personal content.
pub async fn queue_by_reference(
    db: &Db,
    mail: &Outgoing,
    job_kind: &str,
    reference: &str,
) -> sqlx::Result<i64> {
    let (_gate, mut tx) = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO mail_outbox (to_address, subject, text_body, html_body, lang, created_at) VALUES ('', $1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(&mail.subject)
    .bind(&mail.text)
    .bind(&mail.html)
    .bind(&mail.lang)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    crate::jobs::enqueue(
        &mut *tx,
        job_kind,
        &MailByReference {
            mail_id: id,
            reference: reference.to_string(),
        },
        now(),
        None,
        20,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct OutboxRow {
    to_address: String,
    subject: String,
    text_body: String,
    html_body: String,
    sent_at: Option<i64>,
}

/// The payload of [`JOB_KIND`]: the outbox mail to send.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct SendMail {
    pub mail_id: i64,
}

/// The payload of the job [`queue_by_reference`] enqueues: the outbox mail, and the reference
/// by which the feature's job finds the (sealed) address.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct MailByReference {
    pub mail_id: i64,
    pub reference: String,
}

/// The job handler: sends one outbox mail, once.
pub async fn send_job(state: AppState, job: SendMail) -> anyhow::Result<()> {
    deliver(&state, job.mail_id, None).await
}

/// Sends outbox mail `mail_id` (queued by [`queue_by_reference`]) to `to`, once; the address
/// is used for this one delivery and not stored.
pub async fn send_to(state: &AppState, mail_id: i64, to: &str) -> anyhow::Result<()> {
    deliver(state, mail_id, Some(to)).await
}

/// Drops an outbox mail that can no longer be sent (its address was deleted meanwhile).
pub async fn discard(db: &Db, mail_id: i64) -> sqlx::Result<()> {
    let (_gate, pool) = db.write().await?;
    sqlx::query("DELETE FROM mail_outbox WHERE id = $1 AND sent_at IS NULL")
        .bind(mail_id)
        .execute(pool)
        .await?;
    Ok(())
}

async fn deliver(state: &AppState, id: i64, to: Option<&str>) -> anyhow::Result<()> {
    let row: Option<OutboxRow> = sqlx::query_as(
        "SELECT to_address, subject, text_body, html_body, sent_at FROM mail_outbox WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&state.db.pool)
    .await?;
    let Some(row) = row else { return Ok(()) };
    if row.sent_at.is_some() {
        return Ok(());
    }
    let Some(transport) = &state.mailer.transport else {
        // No SMTP server: the mail stays here for the coordinator to read (`/beheer/post`)
        // until `mail_retention_days`. An address given by reference is not stored.
        let (_gate, pool) = state.db.write().await?;
        sqlx::query("UPDATE mail_outbox SET sent_at = $1, kept_locally = 1 WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(pool)
            .await?;
        return Ok(());
    };
    let to = to.unwrap_or(&row.to_address);
    anyhow::ensure!(!to.is_empty(), "mail {id} has no address");
    state
        .mailer
        .send(transport, to, &row.subject, &row.text_body, &row.html_body)
        .await?;
    // The address has done its work: the outbox keeps no address of a sent mail.
    let (_gate, pool) = state.db.write().await?;
    sqlx::query("UPDATE mail_outbox SET sent_at = $1, to_address = '' WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Deletes every outbox mail queued longer than `days` ago, sent or not (the cleanup job): the
/// outbox holds personal data, and a mail that could not be sent in that time never will be.
pub async fn delete_old(db: &Db, days: i64) -> sqlx::Result<u64> {
    let (_gate, pool) = db.write().await?;
    Ok(sqlx::query("DELETE FROM mail_outbox WHERE created_at < $1")
        .bind(now() - days * 86_400)
        .execute(pool)
        .await?
        .rows_affected())
}
