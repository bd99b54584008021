//! The coverage dashboard: per organisation and role, with goals, contacts, two charts and CSV.

use crate::model::{self, quarters, ContactForm, GoalForm, BASIC_KEY};
use crate::queries::{self, Course, CoverageRow};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kansrijk_kernel::accounts::model::{normalise_email, CurrentUser};
use kansrijk_kernel::audit::{self, Action};
use kansrijk_kernel::db::now;
use kansrijk_kernel::web::{render, shown, AppError, AppResult, AppState, FieldErrors, Form, Page};
use serde::Deserialize;

/// A bar of a chart: label, vertical position, width, value text, and the goal's position.
pub struct Bar {
    pub label: String,
    pub y: i64,
    pub width: i64,
    pub text: String,
    pub goal_x: Option<i64>,
}

pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub desc: String,
    pub height: i64,
    pub bars: Vec<Bar>,
}

/// Bars are drawn on 0–400 px for 0–100 %.
const BAR_SCALE: i64 = 4;

fn chart(
    id: &'static str,
    title: String,
    desc: String,
    rows: Vec<(String, i64, Option<i64>)>,
) -> Chart {
    let bars: Vec<Bar> = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, pct, goal))| Bar {
            label,
            y: i as i64 * 44,
            width: pct.clamp(0, 100) * BAR_SCALE,
            text: format!("{pct}%"),
            goal_x: goal.map(|g| g.clamp(0, 100) * BAR_SCALE),
        })
        .collect();
    Chart {
        id,
        title,
        desc,
        height: (bars.len() as i64 * 44).max(44),
        bars,
    }
}

#[derive(Template)]
#[template(path = "beheer/coverage.html")]
pub struct CoveragePage {
    pub page: Page,
    pub courses: Vec<Course>,
    pub course: Course,
    pub rows: Vec<CoverageRow>,
    pub progress: Chart,
    pub trend: Vec<(String, i64, i64)>,
    pub trend_chart: Chart,
    pub staff_total: i64,
    pub organisations: Vec<(i64, String)>,
    /// Organisation and its contact's name.
    pub contacts: Vec<(String, String)>,
    pub goal: GoalForm,
    pub contact: ContactForm,
    pub errors: FieldErrors,
}

impl CoveragePage {
    pub fn charts(&self) -> [&Chart; 2] {
        [&self.progress, &self.trend_chart]
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CoverageQuery {
    pub cursus: String,
}

/// The course of the dashboard: the one asked for, else the basic Cultuursensitief werken, else
/// the first.
async fn dashboard_course(state: &AppState, key: &str) -> AppResult<(Vec<Course>, Course)> {
    let courses = queries::courses(&state.db).await?;
    let course = courses
        .iter()
        .find(|c| c.course_key == key)
        .or_else(|| courses.iter().find(|c| c.course_key == BASIC_KEY))
        .or(courses.first())
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok((courses, course))
}

/// The dashboard's charts: progress per organisation and role (with the goals), and the trend
/// per quarter.
fn charts(
    page: &Page,
    course: &Course,
    rows: &[CoverageRow],
    trend: &[(String, i64, i64)],
) -> [Chart; 2] {
    let progress = chart(
        "training-progress",
        page.t_str("training-chart-progress-title", "course", &course.title),
        page.t("training-chart-progress-desc"),
        rows.iter()
            .map(|r| {
                (
                    format!("{} · {}", r.organisation, page.t(r.role_key())),
                    r.percent(),
                    r.goal_percent,
                )
            })
            .collect(),
    );
    let trend_chart = chart(
        "training-trend",
        page.t_str("training-chart-trend-title", "course", &course.title),
        page.t("training-chart-trend-desc"),
        trend
            .iter()
            .map(|(l, _, p)| (l.clone(), *p, None))
            .collect(),
    );
    [progress, trend_chart]
}

async fn coverage_page(
    state: &AppState,
    page: Page,
    key: &str,
    goal: GoalForm,
    contact: ContactForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (courses, course) = dashboard_course(state, key).await?;
    let t = now();
    let rows = queries::coverage(&state.db, course.id, t).await?;
    let staff_total = queries::staff_total(&state.db).await?;
    let trend: Vec<(String, i64, i64)> = queries::trend(&state.db, course.id, &quarters(t, 8))
        .await?
        .into_iter()
        .map(|(label, n)| (label, n, model::percent(n, staff_total)))
        .collect();
    let [progress, trend_chart] = charts(&page, &course, &rows, &trend);
    let organisations = queries::organisations(&state.db).await?;
    let mut contacts = vec![];
    for (id, name) in &organisations {
        if let Some((_, contact_name, _, _)) = queries::contact_of(&state.db, *id).await? {
            contacts.push((name.clone(), contact_name));
        }
    }
    let bad = !errors.is_empty();
    let response = render(&CoveragePage {
        page: page.titled("training-coverage-title"),
        courses,
        course,
        rows,
        progress,
        trend,
        trend_chart,
        staff_total,
        organisations,
        contacts,
        goal,
        contact,
        errors,
    });
    Ok(shown(response, bad))
}

/// `GET /beheer/training/dekking?cursus={key}`
pub async fn coverage(
    State(state): State<AppState>,
    Query(q): Query<CoverageQuery>,
    page: Page,
) -> AppResult<Response> {
    coverage_page(
        &state,
        page,
        &q.cursus,
        GoalForm::default(),
        ContactForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// `GET /beheer/training/dekking.csv?cursus={key}`
pub async fn coverage_csv(
    State(state): State<AppState>,
    Query(q): Query<CoverageQuery>,
) -> AppResult<Response> {
    let (_, course) = dashboard_course(&state, &q.cursus).await?;
    let rows = queries::coverage(&state.db, course.id, now()).await?;
    let mut csv = kansrijk_kernel::csv::Writer::new();
    csv.row([
        "course",
        "organisation",
        "role",
        "working",
        "certified",
        "enrolled",
        "percent_certified",
        "goal_percent",
        "goal_date",
    ]);
    for r in &rows {
        csv.row([
            course.course_key.clone(),
            r.organisation.clone(),
            r.role.to_string(),
            r.working.to_string(),
            r.certified.to_string(),
            r.enrolled.to_string(),
            r.percent().to_string(),
            r.goal_percent.map(|g| g.to_string()).unwrap_or_default(),
            r.goal_date(),
        ]);
    }
    Ok(csv.download(&format!("dekking-{}.csv", course.course_key)))
}

/// The ids of the partner organisations.
async fn organisation_ids(state: &AppState) -> AppResult<Vec<i64>> {
    Ok(queries::organisations(&state.db)
        .await?
        .iter()
        .map(|(id, _)| *id)
        .collect())
}

/// Back to the dashboard of the course it showed.
fn to_dashboard(course_key: &str) -> Response {
    let key = model::slugify(course_key);
    Redirect::to(&format!("/beheer/training/dekking?cursus={key}")).into_response()
}

/// `POST /beheer/training/doel`: a goal per organisation (percentage before a date).
pub async fn set_goal(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(f): Form<GoalForm>,
) -> AppResult<Response> {
    let goal = match f.validate(&organisation_ids(&state).await?) {
        Ok(goal) => goal,
        Err(errors) => {
            let key = f.cursus.clone();
            return coverage_page(&state, page, &key, f, ContactForm::default(), errors).await;
        }
    };
    queries::set_goal(&state.db, goal.organisation_id, goal.percent, goal.due_at).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_goal",
        &goal.organisation_id.to_string(),
        &format!("{}% by {}", goal.percent, f.due),
    )
    .await?;
    Ok(to_dashboard(&f.cursus))
}

/// `POST /beheer/training/contactpersoon`: the person (by e-mail address, of that organisation)
/// who enrols the organisation's people and receives its expiry reminders.
pub async fn set_contact(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(f): Form<ContactForm>,
) -> AppResult<Response> {
    let person = queries::person_by_email(&state.db, &normalise_email(&f.email)).await?;
    let contact = match f.validate(&organisation_ids(&state).await?, person) {
        Ok(contact) => contact,
        Err(errors) => {
            let key = f.cursus.clone();
            return coverage_page(&state, page, &key, GoalForm::default(), f, errors).await;
        }
    };
    queries::set_contact(&state.db, contact.organisation_id, contact.user_id).await?;
    audit::record(
        &state.db,
        Some(&user),
        Action::Update,
        "training_contact",
        &contact.organisation_id.to_string(),
        &format!("person {}", contact.user_id),
    )
    .await?;
    Ok(to_dashboard(&f.cursus))
}
