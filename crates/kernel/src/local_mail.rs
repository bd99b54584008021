//! The local outbox `/beheer/post`: without an SMTP server (`smtp_host` empty, the demo) mail
//! is kept in `mail_outbox` (`kept_locally = 1`) and the coordinator reads it here as the
//! recipient would: the text part, and the HTML part in a sandboxed frame, in the language it
//! was sent in. Rows go with the outbox's retention (`mail_retention_days`). A mail queued by
//! reference (a reporter of the meldpunt) never had an address here and shows none.

use crate::accounts::model::CurrentUser;
use crate::audit::{self, Action};
use crate::authz::{Access, Permission};
use crate::i18n::Lang;
use crate::web::{render, AppError, AppResult, AppState, Page, RecordId, Routes};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

pub fn routes() -> Routes {
    Routes::new()
        .route(
            "/beheer/post",
            get(list),
            Access::Needs(Permission::ReadLocalMail),
        )
        .route(
            "/beheer/post/{id}",
            get(show),
            Access::Needs(Permission::ReadLocalMail),
        )
}

/// The management card on `/beheer`.
pub fn management_link() -> crate::web::ManagementLink {
    crate::web::ManagementLink {
        label_key: "local-mail-title",
        text_key: "local-mail-card",
        href: "/beheer/post",
        permission: Permission::ReadLocalMail,
    }
}

/// One kept mail in the list.
#[derive(sqlx::FromRow)]
pub struct Kept {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub lang: String,
    pub created_at: i64,
}

#[derive(sqlx::FromRow)]
struct KeptMail {
    id: i64,
    to_address: String,
    subject: String,
    text_body: String,
    html_body: String,
    lang: String,
    created_at: i64,
}

/// The newest kept mails first (at most `limit`).
pub async fn kept(db: &crate::db::Db, limit: i64) -> sqlx::Result<Vec<Kept>> {
    sqlx::query_as(
        "SELECT id, to_address, subject, lang, created_at FROM mail_outbox \
         WHERE kept_locally = 1 ORDER BY created_at DESC, id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

#[derive(Template)]
#[template(path = "admin/post.html")]
struct ListPage {
    page: Page,
    local: bool,
    mails: Vec<Kept>,
    retention_days: i64,
}

impl ListPage {
    /// The language's own name ("العربية"), as the language switcher shows it.
    fn lang_name(&self, code: &str) -> &'static str {
        Lang::from_code(code).unwrap_or(Lang::DEFAULT).native_name()
    }
}

const LIST_LIMIT: i64 = 500;

async fn list(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let mails = kept(&state.db, LIST_LIMIT).await?;
    Ok(render(&ListPage {
        page: page.titled("local-mail-title"),
        local: state.mailer.is_local(),
        mails,
        retention_days: state.config.mail_retention_days,
    }))
}

#[derive(Template)]
#[template(path = "admin/post_mail.html")]
struct MailPage {
    page: Page,
    id: i64,
    from: String,
    to: String,
    subject: String,
    sent: i64,
    lang: &'static str,
    dir: &'static str,
    lang_name: &'static str,
    text: String,
    html: String,
    links: Vec<String>,
}

async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let mail: KeptMail = sqlx::query_as(
        "SELECT id, to_address, subject, text_body, html_body, lang, created_at FROM mail_outbox \
         WHERE id = $1 AND kept_locally = 1",
    )
    .bind(id)
    .fetch_optional(&state.db.pool)
    .await?
    .ok_or(AppError::NotFound)?;
    // A mail holds a person's name and address: each read is in the audit log (ids only).
    audit::record(
        &state.db,
        Some(&user),
        Action::Read,
        "mail",
        &id.to_string(),
        "",
    )
    .await?;
    let lang = Lang::from_code(&mail.lang).unwrap_or(Lang::DEFAULT);
    let title = mail.subject.clone();
    Ok(render(&MailPage {
        lang_name: lang.native_name(),
        page: page.with_title(title),
        id: mail.id,
        from: state.mailer.from_address(),
        to: mail.to_address,
        subject: mail.subject,
        sent: mail.created_at,
        lang: lang.code(),
        dir: lang.dir(),
        links: links(&mail.text_body),
        text: mail.text_body,
        html: mail.html_body,
    }))
}

/// The links in a mail's text part, so the reader can follow them: the HTML part's sandboxed
/// frame may not navigate, and our own pages refuse to be framed.
fn links(text: &str) -> Vec<String> {
    let mut found: Vec<String> = vec![];
    for word in text.split_whitespace() {
        let word = word
            .trim_start_matches(['(', '<', '"'])
            .trim_end_matches(['.', ',', ')', '>', '"']);
        if (word.starts_with("http://") || word.starts_with("https://"))
            && !found.iter().any(|f| f == word)
        {
            found.push(word.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn links_are_taken_from_the_text_part() {
        let text = "Hallo.\n\nAnnuleren:\nhttp://127.0.0.1:8080/aanmelding/abc\n\nOf: http://127.0.0.1:8080/aanmelding/abc.\n\n-- \nKansrijk (https://example.nl).";
        assert_eq!(
            super::links(text),
            ["http://127.0.0.1:8080/aanmelding/abc", "https://example.nl"]
        );
    }
}
