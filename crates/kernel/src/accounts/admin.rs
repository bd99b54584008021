//! The management area `/beheer`: organisations, people and their roles, invitations and the
//! audit log. Every read of a person's record is written to the audit log.

use super::model::{
    normalise_email, valid_email, CurrentUser, Organisation, OrganisationKind, RoleAssignment,
    User, UserStatus, NAME_MAX,
};
use super::queries;
use crate::audit::{self, Action};
use crate::authz::{allows, Permission, Role};
use crate::db::is_unique_violation;
use crate::web::{
    parse_id, render, AppError, AppResult, AppState, Empty, FieldErrors, Form, Page, RecordId,
};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const PAGE_SIZE: i64 = 50;
/// An invitation link works for a week.
const INVITE_VALID_SECS: i64 = 7 * 86_400;

/// The management home: links to what this person may manage.
#[derive(Template)]
#[template(path = "admin/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub organisations: bool,
    pub people: bool,
    pub audit: bool,
    pub jobs: Vec<(String, i64)>,
    /// The features' cards this person may open.
    pub links: Vec<crate::web::ManagementLink>,
}

pub async fn index(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
) -> AppResult<Response> {
    let title = page.t("admin-title");
    let people = allows(&user.roles, Permission::ManagePeople);
    let jobs = if people {
        crate::jobs::counts(&state.db).await?
    } else {
        vec![]
    };
    Ok(render(&IndexPage {
        page: page.with_title(title),
        organisations: allows(&user.roles, Permission::ManageOrganisations),
        people,
        audit: allows(&user.roles, Permission::ViewAuditLog),
        jobs,
        links: state
            .management
            .iter()
            .filter(|l| allows(&user.roles, l.permission))
            .cloned()
            .collect(),
    }))
}

// ---- organisations --------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "admin/organisations.html")]
pub struct OrganisationsPage {
    pub page: Page,
    pub organisations: Vec<Organisation>,
    pub kinds: Vec<OrganisationKind>,
    pub name: String,
    pub kind: String,
    pub errors: FieldErrors,
}

impl OrganisationsPage {
    pub fn kind_label(&self, kind: &str) -> String {
        OrganisationKind::parse(kind)
            .map(|k| self.page.t(k.label_key()))
            .unwrap_or_default()
    }
}

#[derive(Deserialize)]
pub struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
}

fn check_organisation(form: &OrganisationForm) -> FieldErrors {
    let mut errors = FieldErrors::new();
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > NAME_MAX {
        errors.add("name", "form-error-name");
    }
    if OrganisationKind::parse(&form.kind).is_none() {
        errors.add("kind", "organisation-error-kind");
    }
    errors
}

/// After saving an organisation (`saved`: its id): audited and back to the list, or the name is
/// already taken.
async fn organisation_saved(
    state: &AppState,
    user: &CurrentUser,
    action: Action,
    saved: sqlx::Result<i64>,
    form: &OrganisationForm,
) -> AppResult<Result<Response, FieldErrors>> {
    match saved {
        Ok(id) => {
            audit::record(
                &state.db,
                Some(user),
                action,
                "organisation",
                &id.to_string(),
                form.name.trim(),
            )
            .await?;
            Ok(Ok(Redirect::to("/beheer/organisaties").into_response()))
        }
        Err(e) if is_unique_violation(&e) => {
            Ok(Err(FieldErrors::single("name", "organisation-error-taken")))
        }
        Err(e) => Err(e.into()),
    }
}

async fn organisations_page(
    state: &AppState,
    page: Page,
    name: String,
    kind: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    Ok(render(&OrganisationsPage {
        page: page.titled("organisations-title"),
        organisations: queries::organisations(&state.db).await?,
        kinds: OrganisationKind::ALL.to_vec(),
        name,
        kind,
        errors,
    }))
}

pub async fn organisations(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    organisations_page(
        &state,
        page,
        String::new(),
        String::new(),
        FieldErrors::new(),
    )
    .await
}

pub async fn create_organisation(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<OrganisationForm>,
) -> AppResult<Response> {
    let errors = match check_organisation(&form).or_ok(()) {
        Ok(()) => {
            let saved = queries::create_organisation(&state.db, form.name.trim(), &form.kind).await;
            match organisation_saved(&state, &user, Action::Create, saved, &form).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    organisations_page(
        &state,
        page,
        form.name.chars().take(NAME_MAX * 2).collect(),
        form.kind,
        errors,
    )
    .await
}

#[derive(Template)]
#[template(path = "admin/organisation.html")]
pub struct OrganisationPage {
    pub page: Page,
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub kinds: Vec<OrganisationKind>,
    pub errors: FieldErrors,
}

pub async fn organisation_form(
    State(state): State<AppState>,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    let org = queries::organisation(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(render(&OrganisationPage {
        page: page.with_title(org.name.clone()),
        id,
        name: org.name,
        kind: org.kind,
        kinds: OrganisationKind::ALL.to_vec(),
        errors: FieldErrors::new(),
    }))
}

pub async fn update_organisation(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(form): Form<OrganisationForm>,
) -> AppResult<Response> {
    queries::organisation(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let errors = match check_organisation(&form).or_ok(()) {
        Ok(()) => {
            let saved = queries::update_organisation(&state.db, id, form.name.trim(), &form.kind)
                .await
                .map(|_| id);
            match organisation_saved(&state, &user, Action::Update, saved, &form).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    Ok(render(&OrganisationPage {
        page: page.titled("organisations-title"),
        id,
        name: form.name.chars().take(NAME_MAX * 2).collect(),
        kind: form.kind,
        kinds: OrganisationKind::ALL.to_vec(),
        errors,
    }))
}

// ---- people ---------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct PeopleQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    pagina: i64,
}

#[derive(Template)]
#[template(path = "admin/people.html")]
pub struct PeoplePage {
    pub page: Page,
    pub people: Vec<User>,
    pub q: String,
    pub pagina: i64,
    pub more: bool,
}

/// The list shows names and e-mail addresses only; opening a record is what the audit log records.
pub async fn people(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<PeopleQuery>,
) -> AppResult<Response> {
    let q: String = query.q.chars().take(100).collect();
    let pagina = query.pagina.max(0);
    let mut people = queries::users(&state.db, q.trim(), PAGE_SIZE + 1, pagina * PAGE_SIZE).await?;
    let more = people.len() as i64 > PAGE_SIZE;
    people.truncate(PAGE_SIZE as usize);
    Ok(render(&PeoplePage {
        page: page.titled("people-title"),
        people,
        q,
        pagina,
        more,
    }))
}

#[derive(Template)]
#[template(path = "admin/person.html")]
pub struct PersonPage {
    pub page: Page,
    /// Districts and neighbourhoods a role can be limited to (at national scale those of one
    /// municipality).
    pub areas: crate::areas::AreaChoice,
    /// The new role as filled in (kept when the form is shown again).
    pub role_form: RoleForm,
    pub person: User,
    pub organisation: Option<String>,
    pub assignments: Vec<(RoleAssignment, String, String)>,
    pub roles: Vec<Role>,
    pub organisations: Vec<Organisation>,
    pub errors: FieldErrors,
}

async fn person_page(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    page: Page,
    errors: FieldErrors,
    role_form: RoleForm,
) -> AppResult<Response> {
    let person = queries::user_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::person(&state.db, Some(user), Action::Read, id, "").await?;
    let organisations = queries::organisations(&state.db).await?;
    let org_name = |oid: Option<i64>| {
        oid.and_then(|o| organisations.iter().find(|x| x.id == o))
            .map(|o| o.name.clone())
    };
    let index = crate::areas::index(&state.db).await?;
    let assignments = queries::role_assignments(&state.db, id)
        .await?
        .into_iter()
        .map(|a| {
            let label = a
                .role()
                .map(|r| page.t(r.label_key()))
                .unwrap_or_else(|| a.role.clone());
            let scope = [
                org_name(a.organisation_id),
                a.area_id.and_then(|x| index.get(x)).map(|z| z.name.clone()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            (a, label, scope)
        })
        .collect();
    let organisation = org_name(person.organisation_id);
    Ok(render(&PersonPage {
        areas: role_form.areas(&index),
        role_form,
        page: page.with_title(person.name.clone()),
        organisation,
        assignments,
        roles: Role::ALL.to_vec(),
        organisations,
        person,
        errors,
    }))
}

pub async fn person_detail(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
) -> AppResult<Response> {
    person_page(
        &state,
        &user,
        id,
        page,
        FieldErrors::new(),
        RoleForm::default(),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    pub role: String,
    pub organisation_id: String,
    /// An area (district or neighbourhood) the role is limited to, or empty.
    pub area_id: String,
    /// At national scale: the municipality whose areas the form offers (a CBS code).
    pub gemeente: String,
    /// `gemeente`: the person chose a municipality; show the form again, nothing saved.
    pub step: String,
}

impl RoleForm {
    /// The areas the form offers: every wijk and buurt, or at national scale those of one
    /// municipality.
    fn areas(&self, index: &crate::areas::AreaIndex) -> crate::areas::AreaChoice {
        index.choice(
            crate::areas::Offer::DistrictsAndBuurten,
            &self.gemeente,
            self.area_id.trim().parse().ok(),
        )
    }
}

pub async fn add_role(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(form): Form<RoleForm>,
) -> AppResult<Response> {
    queries::user_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if form.step == "gemeente" {
        return person_page(&state, &user, id, page, FieldErrors::new(), form).await;
    }
    let mut errors = FieldErrors::new();
    let role = Role::parse(&form.role);
    let organisation_id = match form.organisation_id.trim() {
        "" => None,
        v => match v.parse::<i64>().ok() {
            Some(o) if queries::organisation(&state.db, o).await?.is_some() => Some(o),
            _ => {
                errors.add("organisation_id", "organisation-error-unknown");
                None
            }
        },
    };
    let index = crate::areas::index(&state.db).await?;
    let area_id = form
        .areas(&index)
        .check_field(&index, &form.area_id, "people-error-area")
        .unwrap_or_else(|key| {
            errors.add("area_id", key);
            None
        });
    match role {
        Some(role) if errors.is_empty() => {
            queries::assign_role(&state.db, id, role, organisation_id, area_id, Some(user.id))
                .await?;
            audit::person(
                &state.db,
                Some(&user),
                Action::Update,
                id,
                &format!("role added: {}", role.as_str()),
            )
            .await?;
            Ok(Redirect::to(&format!("/beheer/mensen/{id}")).into_response())
        }
        _ => {
            if role.is_none() {
                errors.add("role", "role-error-unknown");
            }
            person_page(&state, &user, id, page, errors, form).await
        }
    }
}

pub async fn remove_role(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, assignment)): Path<(String, String)>,
    page: Page,
    Form(_): Form<Empty>,
) -> AppResult<Response> {
    let (id, assignment) = (parse_id(&id)?, parse_id(&assignment)?);
    let current = queries::role_assignments(&state.db, id).await?;
    let target = current
        .iter()
        .find(|a| a.id == assignment)
        .ok_or(AppError::NotFound)?;
    // Never remove the last coordinator: nobody could manage the installation any more.
    if target.role() == Some(Role::Coordinator)
        && queries::count_with_role(&state.db, Role::Coordinator).await? <= 1
    {
        let errors = FieldErrors::single("role", "role-error-last-coordinator");
        return person_page(&state, &user, id, page, errors, RoleForm::default()).await;
    }
    queries::remove_role(&state.db, id, assignment).await?;
    audit::person(
        &state.db,
        Some(&user),
        Action::Update,
        id,
        &format!("role removed: {}", target.role),
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/mensen/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct ToggleForm {
    #[serde(default)]
    value: String,
}

/// Blocks or unblocks a person; blocking ends their sessions at once.
pub async fn set_status(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    page: Page,
    Form(form): Form<ToggleForm>,
) -> AppResult<Response> {
    let person = queries::user_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let block = form.value == "blocked";
    if block && person.id == user.id {
        let errors = FieldErrors::single("status", "people-error-block-self");
        return person_page(&state, &user, id, page, errors, RoleForm::default()).await;
    }
    let status = match (block, person.password_hash.is_some()) {
        (true, _) => UserStatus::Disabled,
        (false, true) => UserStatus::Active,
        (false, false) => UserStatus::Invited,
    };
    queries::set_status(&state.db, id, status).await?;
    if block {
        super::session::delete_all_for_user(&state.db, id).await?;
    }
    audit::person(
        &state.db,
        Some(&user),
        Action::Update,
        id,
        &format!("status: {}", status.as_str()),
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/mensen/{id}")).into_response())
}

/// Marks a person as a verified resident of the neighbourhood (their supports count "from Liendert").
pub async fn set_resident(
    State(state): State<AppState>,
    user: CurrentUser,
    RecordId(id): RecordId,
    Form(form): Form<ToggleForm>,
) -> AppResult<Response> {
    queries::user_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let verified = form.value == "yes";
    queries::set_verified_resident(&state.db, id, verified).await?;
    audit::person(
        &state.db,
        Some(&user),
        Action::Update,
        id,
        &format!("verified resident: {verified}"),
    )
    .await?;
    Ok(Redirect::to(&format!("/beheer/mensen/{id}")).into_response())
}

// ---- invitations ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "admin/invitations.html")]
pub struct InvitationsPage {
    pub page: Page,
    pub open: Vec<(i64, String, String, i64)>,
    pub roles: Vec<Role>,
    pub organisations: Vec<Organisation>,
    pub form: InviteForm,
    pub errors: FieldErrors,
    pub sent_to: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
pub struct InviteForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub organisation_id: String,
    #[serde(default)]
    pub lang: String,
}

async fn invitations_page(
    state: &AppState,
    page: Page,
    form: InviteForm,
    errors: FieldErrors,
    sent_to: Option<String>,
) -> AppResult<Response> {
    Ok(render(&InvitationsPage {
        page: page.titled("invitations-title"),
        open: queries::open_invitations(&state.db).await?,
        roles: Role::ALL.to_vec(),
        organisations: queries::organisations(&state.db).await?,
        form,
        errors,
        sent_to,
    }))
}

pub async fn invitations(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    invitations_page(
        &state,
        page,
        InviteForm::default(),
        FieldErrors::new(),
        None,
    )
    .await
}

/// Creates the account, gives the role, and mails a single-use link valid for a week.
pub async fn invite(
    State(state): State<AppState>,
    user: CurrentUser,
    page: Page,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let name = form.name.trim().to_string();
    let email = normalise_email(&form.email);
    if name.is_empty() || name.chars().count() > NAME_MAX {
        errors.add("name", "form-error-name");
    }
    if !valid_email(&email) {
        errors.add("email", "form-error-email");
    }
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.add("role", "role-error-unknown");
    }
    let organisation_id = form.organisation_id.trim().parse::<i64>().ok();
    if let Some(o) = organisation_id {
        if queries::organisation(&state.db, o).await?.is_none() {
            errors.add("organisation_id", "organisation-error-unknown");
        }
    }
    let lang = crate::i18n::Lang::from_code(&form.lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    if errors.is_empty() {
        let created = queries::create_user(
            &state.db,
            &queries::NewUser {
                email: &email,
                name: &name,
                lang: lang.code(),
                status: UserStatus::Invited,
                organisation_id,
                password_hash: None,
            },
        )
        .await;
        match created {
            Ok(id) => {
                let role = role.expect("checked");
                queries::assign_role(&state.db, id, role, organisation_id, None, Some(user.id))
                    .await?;
                send_invitation(&state, id, &email, &name, lang.code(), Some(&user.name)).await?;
                audit::person(
                    &state.db,
                    Some(&user),
                    Action::Create,
                    id,
                    &format!("invited as {}", role.as_str()),
                )
                .await?;
                return invitations_page(
                    &state,
                    page,
                    InviteForm::default(),
                    FieldErrors::new(),
                    Some(email),
                )
                .await;
            }
            Err(e) if is_unique_violation(&e) => errors.add("email", "invite-error-exists"),
            Err(e) => return Err(e.into()),
        }
    }
    invitations_page(&state, page, form, errors, None).await
}

/// Creates an invitation token and mails the link; returns the link (the CLI prints it).
pub async fn send_invitation(
    state: &AppState,
    user_id: i64,
    email: &str,
    name: &str,
    lang: &str,
    inviter: Option<&str>,
) -> anyhow::Result<String> {
    let token = queries::create_token(&state.db, user_id, "invite", INVITE_VALID_SECS).await?;
    let url = format!("{}/uitnodiging/{token}", state.config.public_url());
    let tr = state.tr(lang);
    let inviter = inviter
        .map(str::to_string)
        .unwrap_or_else(|| tr.t("invite-inviter-default"));
    let mail = crate::mail::compose(
        &tr,
        email,
        "invite",
        &[("name", name), ("inviter", &inviter)],
        Some(&url),
    );
    crate::mail::queue(&state.db, &mail).await?;
    Ok(url)
}

// ---- audit log ------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    subject_type: String,
    #[serde(default)]
    subject_id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    pagina: i64,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub page: Page,
    pub entries: Vec<audit::Entry>,
    pub actions: Vec<&'static str>,
    pub q: AuditQuery,
    pub more: bool,
}

pub async fn audit_log(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let filter = audit::Filter {
        actor: q.actor.chars().take(100).collect(),
        action: q.action.chars().take(40).collect(),
        subject_type: q.subject_type.chars().take(40).collect(),
        subject_id: q.subject_id.chars().take(40).collect(),
        from: crate::time::parse_local_date(&q.from).unwrap_or(0),
        until: crate::time::parse_local_date(&q.until)
            .map(|t| t + 86_400)
            .unwrap_or(0),
    };
    let pagina = q.pagina.max(0);
    let mut entries = audit::search(&state.db, &filter, PAGE_SIZE + 1, pagina * PAGE_SIZE).await?;
    let more = entries.len() as i64 > PAGE_SIZE;
    entries.truncate(PAGE_SIZE as usize);
    Ok(render(&AuditPage {
        page: page.titled("audit-title"),
        entries,
        actions: Action::ALL.iter().map(|a| a.as_str()).collect(),
        q,
        more,
    }))
}
