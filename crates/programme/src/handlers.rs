//! Public pages of the programme: the home page (the plan, its approaches, its neighbourhoods)
//! and one page per approach.

use crate::model::{paragraphs, Pillar, Status};
use crate::queries::{self, Approach, Programme};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use kansrijk_kernel::areas::{self, AreaMap};
use kansrijk_kernel::web::{render, AppError, AppResult, AppState, Page};

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
    let lang = page.lang();
    let approach = queries::approach_by_slug(&state.db, &slug, lang)
        .await?
        .ok_or(AppError::NotFound)?;
    let programme = queries::programmes(&state.db, lang)
        .await?
        .into_iter()
        .find(|p| p.id == approach.programme_id)
        .ok_or(AppError::NotFound)?;
    let pillars = queries::approach_pillars(&state.db, programme.id)
        .await?
        .into_iter()
        .filter(|(id, _)| *id == approach.id)
        .map(|(_, p)| p)
        .collect();
    let actions = queries::actions(&state.db, approach.id, lang)
        .await?
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
        pillars,
        actions,
        approach,
    }))
}
