//! The kernel's own pages: privacy statement and accessibility statement (toegankelijkheidsverklaring).
//! Their text lives in `content/{privacy,accessibility}.{lang}.html`. The privacy statement
//! names every retention period as a `{key}` placeholder (`{report_retention_days}`, …), filled
//! in from the configuration, so the page always says what the cleanup jobs do.

use crate::config::Config;
use crate::i18n::Lang;
use crate::web::{render, AppState, Page};
use askama::Template;
use axum::extract::State;
use axum::response::Response;

#[derive(Template)]
#[template(path = "statement.html")]
struct Statement {
    page: Page,
    heading: String,
    body: String,
}

fn privacy_body(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("../content/privacy.nl.html"),
        Lang::En => include_str!("../content/privacy.en.html"),
        Lang::Tr => include_str!("../content/privacy.tr.html"),
        Lang::Ar => include_str!("../content/privacy.ar.html"),
        Lang::Pl => include_str!("../content/privacy.pl.html"),
    }
}

fn accessibility_body(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("../content/accessibility.nl.html"),
        Lang::En => include_str!("../content/accessibility.en.html"),
        Lang::Tr => include_str!("../content/accessibility.tr.html"),
        Lang::Ar => include_str!("../content/accessibility.ar.html"),
        Lang::Pl => include_str!("../content/accessibility.pl.html"),
    }
}

/// The privacy statement with the configured retention periods filled in.
pub fn privacy_text(lang: Lang, config: &Config) -> String {
    config
        .retention_periods()
        .iter()
        .fold(privacy_body(lang).to_string(), |text, (key, days)| {
            text.replace(&format!("{{{key}}}"), &days.to_string())
        })
}

/// `GET /privacy`
pub async fn privacy(State(state): State<AppState>, page: Page) -> Response {
    let heading = page.t("privacy-title");
    let body = privacy_text(page.lang(), &state.config);
    render(&Statement {
        page: page.with_title(heading.clone()),
        heading,
        body,
    })
}

/// `GET /toegankelijkheid`
pub async fn accessibility(page: Page) -> Response {
    let heading = page.t("accessibility-title");
    let body = accessibility_body(page.lang()).to_string();
    render(&Statement {
        page: page.with_title(heading.clone()),
        heading,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_privacy_statement_names_every_retention_period_once_filled_in() {
        let config = Config::default();
        for lang in Lang::ALL {
            let raw = privacy_body(lang);
            for (key, _) in config.retention_periods() {
                assert!(
                    raw.contains(&format!("{{{key}}}")),
                    "{lang:?} misses {{{key}}}"
                );
            }
            let text = privacy_text(lang, &config);
            assert!(!text.contains('{'), "{lang:?} has an unknown placeholder");
        }
    }
}
