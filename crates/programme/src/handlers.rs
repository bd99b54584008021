//! Public pages of the programme: the home page (the plan, its approaches, its neighbourhoods)
//! and one page per approach.

use crate::model::{paragraphs, Pillar, Status};
use crate::queries::{self, Approach, Programme};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use kansrijk_kernel::areas::{self, AreaMap};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, Page, Site, SiteLoader};

pub struct ApproachCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub status: Status,
    pub text_lang: String,
    pub pillars: Vec<Pillar>,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct Home {
    pub page: Page,
    pub programme: Option<Programme>,
    pub intro: Vec<String>,
    pub cards: Vec<ApproachCard>,
    pub map: Option<AreaMap>,
    pub neighbourhoods: Vec<String>,
    pub map_attribution: &'static str,
    pub coming_up: Vec<kansrijk_kernel::web::ComingUp>,
}

/// `GET /`
pub async fn home(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let lang = page.lang();
    let programme = queries::primary_programme(&state.db, lang).await?;
    let (mut cards, mut map, mut neighbourhoods) = (vec![], None, vec![]);
    if let Some(p) = &programme {
        let pillars = queries::approach_pillars(&state.db, p.id).await?;
        cards = queries::approaches(&state.db, p.id, lang)
            .await?
            .into_iter()
            .map(|a| ApproachCard {
                pillars: pillars
                    .iter()
                    .filter(|(id, _)| *id == a.id)
                    .map(|(_, p)| *p)
                    .collect(),
                status: Status::parse(&a.status).unwrap_or(Status::Active),
                slug: a.slug,
                title: a.title,
                summary: a.summary,
                text_lang: a.text_lang,
            })
            .collect();
        if let Some(area_id) = p.area_id {
            let drawn = areas::children_map(&state.db, area_id, 480).await?;
            (map, neighbourhoods) = (drawn.0.clone(), drawn.1.clone());
        }
    }
    let intro = programme
        .as_ref()
        .map(|p| paragraphs(&p.summary))
        .unwrap_or_default();
    let page = page.with_title(String::new());
    Ok(render(&Home {
        page,
        programme,
        intro,
        cards,
        map,
        neighbourhoods,
        map_attribution: areas::MAP_ATTRIBUTION,
        coming_up: state.coming_up(lang).await,
    }))
}

pub struct ActionView {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub text_lang: String,
    pub pillars: Vec<Pillar>,
}

#[derive(Template)]
#[template(path = "approach.html")]
pub struct ApproachPage {
    pub page: Page,
    pub programme_title: String,
    pub approach: Approach,
    pub status: Status,
    pub body: Vec<String>,
    pub pillars: Vec<Pillar>,
    pub actions: Vec<ActionView>,
}

/// `GET /aanpak/{slug}`
pub async fn approach(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let detail = queries::approach_detail(&state.db, &slug, page.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    let (approach, programme) = (detail.approach, detail.programme);
    let actions = detail
        .actions
        .into_iter()
        .map(|a| ActionView {
            pillars: a.pillar_list(),
            paragraphs: paragraphs(&a.body),
            title: a.title,
            text_lang: a.text_lang,
        })
        .collect();
    let page = page.with_title(approach.title.clone());
    Ok(render(&ApproachPage {
        page,
        programme_title: programme.title,
        status: Status::parse(&approach.status).unwrap_or(Status::Active),
        body: paragraphs(&approach.body),
        pillars: detail.pillars,
        actions,
        approach,
    }))
}

/// The layout shows the main programme's name and contact on every page.
pub fn site_loader() -> SiteLoader {
    std::sync::Arc::new(|db| {
        Box::pin(async move {
            let Some(p) = queries::primary_programme(&db, Lang::Nl).await? else {
                return Ok(Site::default());
            };
            let names = queries::programme_names(&db, p.id)
                .await?
                .into_iter()
                .filter_map(|(code, title)| Some((Lang::from_code(&code)?, title)))
                .collect();
            Ok(Site {
                names,
                contact_name: p.contact_name,
                contact_email: p.contact_email,
            })
        })
    })
}
