//! The kernel's own pages: privacy statement and accessibility statement (toegankelijkheidsverklaring).
//! Their text lives in `content/{privacy,accessibility}.{lang}.html`.

use crate::i18n::Lang;
use crate::web::{render, Page};
use askama::Template;
use axum::response::Response;

#[derive(Template)]
#[template(path = "statement.html")]
struct Statement {
    page: Page,
    heading: String,
    body: &'static str,
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

/// `GET /privacy`
pub async fn privacy(page: Page) -> Response {
    let heading = page.t("privacy-title");
    let body = privacy_body(page.lang());
    render(&Statement {
        page: page.with_title(heading.clone()),
        heading,
        body,
    })
}

/// `GET /toegankelijkheid`
pub async fn accessibility(page: Page) -> Response {
    let heading = page.t("accessibility-title");
    let body = accessibility_body(page.lang());
    render(&Statement {
        page: page.with_title(heading.clone()),
        heading,
        body,
    })
}
