//! Object-level access: *which records* a person may act on, after [`crate::authz`] said *what
//! kind of thing* they may do. One mechanism for every feature:
//!
//! - **organisation scope**: activities, venues, registrations… belong to an organisation; a
//!   role acts for the organisation it is limited to (`/beheer/mensen/{id}/rollen`), or else for
//!   the organisation of the person's account; a role with neither acts on nothing;
//! - **area scope**: a role limited to a wijk or buurt sees the records in it (a wijk covers its
//!   buurten, a municipality everything under it); a role without an area sees every area;
//! - **assignment scope**: a record visible to named people only (a trainer's own session, a
//!   mediation case's mediators), plus whoever holds the permission for all of them.
//!
//! Coordinators act on everything. A record outside the scope is answered like a record that
//! does not exist (404, no hint) and the attempt goes to the audit log ([`Scope::ensure`]).

use crate::accounts::model::CurrentUser;
use crate::areas::AreaIndex;
use crate::audit::{self, Action};
use crate::authz::{role_permissions, Permission, Role};
use crate::db::Db;
use crate::web::AppError;
use std::collections::BTreeSet;

/// A set of ids, or no limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    All,
    Only(BTreeSet<i64>),
}

impl Limit {
    pub fn none() -> Limit {
        Limit::Only(BTreeSet::new())
    }

    /// Does the limit cover this owner? A record without an owner is covered only without limit.
    pub fn covers(&self, owner: Option<i64>) -> bool {
        match self {
            Limit::All => true,
            Limit::Only(ids) => owner.is_some_and(|o| ids.contains(&o)),
        }
    }

    pub fn is_all(&self) -> bool {
        matches!(self, Limit::All)
    }

    /// The ids when limited (`None` = no limit).
    pub fn ids(&self) -> Option<&BTreeSet<i64>> {
        match self {
            Limit::All => None,
            Limit::Only(ids) => Some(ids),
        }
    }

    fn add(&mut self, other: Limit) {
        match (&mut *self, other) {
            (Limit::All, _) => {}
            (_, Limit::All) => *self = Limit::All,
            (Limit::Only(a), Limit::Only(b)) => a.extend(b),
        }
    }

    /// A condition on `column` for a list query, written once for both databases: `TRUE` without
    /// limit, `FALSE` for an empty set, else `column IN (…)` with the ids inlined. Ids are
    /// integers from the database, never user input, so inlining them is safe and keeps one
    /// statement shape per limit instead of a variable number of placeholders.
    pub fn sql(&self, column: &str) -> String {
        match self {
            Limit::All => "1 = 1".to_string(),
            Limit::Only(ids) if ids.is_empty() => "1 = 0".to_string(),
            Limit::Only(ids) => {
                let list: Vec<String> = ids.iter().map(i64::to_string).collect();
                format!("{column} IN ({})", list.join(", "))
            }
        }
    }
}

/// Who owns a record, as far as access goes.
#[derive(Debug, Clone, Copy)]
pub enum Owner<'a> {
    /// The organisation the record belongs to (`None`: the programme's own, coordinators only).
    Organisation(Option<i64>),
    /// The buurt (or wijk) the record is about (`None`: unknown, only roles without an area).
    Area(Option<i64>),
    /// The people assigned to the record.
    Assigned(&'a [i64]),
}

/// What one person may reach with one permission.
#[derive(Debug, Clone)]
pub struct Scope {
    pub user_id: i64,
    pub organisations: Limit,
    pub areas: Limit,
    /// Holds the permission for every assigned record too (a coordinator of the feature).
    pub all_assignments: bool,
}

impl Scope {
    /// The scope of `permission` for this person: the union over the role assignments that grant
    /// it. `areas` expands a wijk or municipality to the buurten under it.
    pub fn of(user: &CurrentUser, permission: Permission, areas: &AreaIndex) -> Scope {
        let mut scope = Scope {
            user_id: user.id,
            organisations: Limit::none(),
            areas: Limit::none(),
            all_assignments: false,
        };
        if !user.token_allows(permission) {
            return scope;
        }
        for a in &user.assignments {
            let Some(role) = a.role() else { continue };
            if !role_permissions(role).contains(&permission) {
                continue;
            }
            if role == Role::Coordinator {
                // The programme coordinator administers the installation: no limits.
                scope.organisations = Limit::All;
                scope.areas = Limit::All;
                scope.all_assignments = true;
                break;
            }
            let organisation = a.organisation_id.or(user.organisation_id);
            scope
                .organisations
                .add(Limit::Only(organisation.into_iter().collect()));
            scope.areas.add(match a.area_id {
                Some(area) => Limit::Only(area_and_below(areas, area)),
                None => Limit::All,
            });
        }
        scope
    }

    /// [`Scope::of`] with the area index read only when one of the person's roles is limited to
    /// an area (most are not, and the index is large at national scale).
    pub async fn load(db: &Db, user: &CurrentUser, permission: Permission) -> sqlx::Result<Scope> {
        if user.assignments.iter().any(|a| a.area_id.is_some()) {
            Ok(Scope::of(
                user,
                permission,
                &*crate::areas::index(db).await?,
            ))
        } else {
            Ok(Scope::of(
                user,
                permission,
                &AreaIndex::new(std::sync::Arc::new(vec![])),
            ))
        }
    }

    /// The scope of someone who may reach everything (jobs, the command line, tests).
    pub fn everything(user_id: i64) -> Scope {
        Scope {
            user_id,
            organisations: Limit::All,
            areas: Limit::All,
            all_assignments: true,
        }
    }

    pub fn covers(&self, owner: Owner<'_>) -> bool {
        match owner {
            Owner::Organisation(o) => self.organisations.covers(o),
            Owner::Area(a) => self.areas.covers(a),
            Owner::Assigned(people) => self.all_assignments || people.contains(&self.user_id),
        }
    }

    /// `Ok` when the record is within the scope; otherwise the attempt is audited (ids only) and
    /// the answer is 404, exactly as for a record that does not exist.
    pub async fn ensure(
        &self,
        db: &Db,
        user: &CurrentUser,
        subject_type: &str,
        subject_id: &str,
        owner: Owner<'_>,
    ) -> Result<(), AppError> {
        if self.covers(owner) {
            return Ok(());
        }
        denied(db, user, subject_type, subject_id).await
    }
}

/// [`Scope::load`] and [`Scope::ensure`] in one call, for a handler that acts on one record.
pub async fn check(
    db: &Db,
    user: &CurrentUser,
    permission: Permission,
    subject_type: &str,
    subject_id: &str,
    owner: Owner<'_>,
) -> Result<Scope, AppError> {
    let scope = Scope::load(db, user, permission).await?;
    scope
        .ensure(db, user, subject_type, subject_id, owner)
        .await?;
    Ok(scope)
}

/// Records a refused attempt on a record outside the person's scope and answers 404.
pub async fn denied(
    db: &Db,
    user: &CurrentUser,
    subject_type: &str,
    subject_id: &str,
) -> Result<(), AppError> {
    tracing::info!(
        person = user.id,
        subject_type,
        subject_id,
        "record outside the person's scope"
    );
    audit::record(db, Some(user), Action::Denied, subject_type, subject_id, "").await?;
    Err(AppError::NotFound)
}

/// The area and every area below it (a wijk's buurten, a municipality's wijken and buurten).
fn area_and_below(index: &AreaIndex, area: i64) -> BTreeSet<i64> {
    let mut out = BTreeSet::from([area]);
    // Areas are three levels deep; two passes over the children reach every buurt.
    for _ in 0..2 {
        for a in index.areas() {
            if a.parent_id.is_some_and(|p| out.contains(&p)) {
                out.insert(a.id);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::model::RoleAssignment;
    use crate::areas::Area;

    fn area(id: i64, kind: &str, parent: Option<i64>) -> Area {
        Area {
            id,
            code: format!("X{id}"),
            kind: kind.into(),
            name: format!("area {id}"),
            parent_id: parent,
            geometry: None,
        }
    }

    /// Municipality 1 → wijk 2 → buurten 3, 4; wijk 5 → buurt 6.
    fn index() -> AreaIndex {
        AreaIndex::new(std::sync::Arc::new(vec![
            area(1, "municipality", None),
            area(2, "district", Some(1)),
            area(3, "neighbourhood", Some(2)),
            area(4, "neighbourhood", Some(2)),
            area(5, "district", Some(1)),
            area(6, "neighbourhood", Some(5)),
        ]))
    }

    fn person(org: Option<i64>, roles: &[(Role, Option<i64>, Option<i64>)]) -> CurrentUser {
        let assignments: Vec<RoleAssignment> = roles
            .iter()
            .enumerate()
            .map(|(i, (role, o, a))| RoleAssignment {
                id: i as i64,
                user_id: 7,
                role: role.as_str().into(),
                organisation_id: *o,
                area_id: *a,
            })
            .collect();
        CurrentUser {
            id: 7,
            name: "P".into(),
            email: "p@example.nl".into(),
            lang: "nl".into(),
            organisation_id: org,
            roles: roles.iter().map(|r| r.0).collect(),
            assignments,
            totp_enabled: false,
            mfa_passed: true,
            session_hash: String::new(),
            token: None,
        }
    }

    #[test]
    fn a_role_acts_for_its_own_organisation_or_else_the_accounts() {
        let idx = index();
        let limited = person(Some(9), &[(Role::Professional, Some(3), None)]);
        let s = Scope::of(&limited, Permission::ManageActivities, &idx);
        assert!(s.covers(Owner::Organisation(Some(3))));
        assert!(!s.covers(Owner::Organisation(Some(9))));
        assert!(!s.covers(Owner::Organisation(None)));

        let by_account = person(Some(9), &[(Role::Professional, None, None)]);
        let s = Scope::of(&by_account, Permission::ManageActivities, &idx);
        assert!(s.covers(Owner::Organisation(Some(9))));
        assert!(!s.covers(Owner::Organisation(Some(3))));
    }

    #[test]
    fn without_any_organisation_a_professional_reaches_nothing() {
        let nobody = person(None, &[(Role::Professional, None, None)]);
        let s = Scope::of(&nobody, Permission::ManageActivities, &index());
        assert_eq!(s.organisations, Limit::none());
        assert!(!s.covers(Owner::Organisation(Some(1))));
        assert_eq!(s.organisations.sql("a.organisation_id"), "1 = 0");
    }

    #[test]
    fn coordinators_reach_everything_and_roles_without_the_permission_add_nothing() {
        let idx = index();
        let c = person(None, &[(Role::Coordinator, Some(3), Some(6))]);
        let s = Scope::of(&c, Permission::ManageActivities, &idx);
        assert!(s.covers(Owner::Organisation(None)));
        assert!(s.covers(Owner::Area(None)));
        assert!(s.covers(Owner::Assigned(&[])));
        assert_eq!(s.organisations.sql("x"), "1 = 1");
        // A resident role for organisation 3 gives no reach with ManageActivities.
        let r = person(Some(3), &[(Role::Resident, Some(3), None)]);
        let s = Scope::of(&r, Permission::ManageActivities, &idx);
        assert!(!s.covers(Owner::Organisation(Some(3))));
    }

    #[test]
    fn an_area_limit_covers_the_buurten_below_it() {
        let idx = index();
        let wijk = person(None, &[(Role::ReportHandler, None, Some(2))]);
        let s = Scope::of(&wijk, Permission::HandleReports, &idx);
        assert!(s.covers(Owner::Area(Some(3))));
        assert!(s.covers(Owner::Area(Some(4))));
        assert!(!s.covers(Owner::Area(Some(6))));
        assert!(
            !s.covers(Owner::Area(None)),
            "unknown place: unlimited roles only"
        );
        assert_eq!(s.areas.sql("r.area_id"), "r.area_id IN (2, 3, 4)");

        let buurt = person(None, &[(Role::ReportHandler, None, Some(6))]);
        let s = Scope::of(&buurt, Permission::HandleReports, &idx);
        assert!(s.covers(Owner::Area(Some(6))) && !s.covers(Owner::Area(Some(3))));

        let everywhere = person(None, &[(Role::ReportHandler, None, None)]);
        let s = Scope::of(&everywhere, Permission::HandleReports, &idx);
        assert!(s.covers(Owner::Area(Some(3))) && s.covers(Owner::Area(None)));
        // Two limited assignments add up; one without a limit lifts it.
        let two = person(
            None,
            &[
                (Role::ReportHandler, None, Some(3)),
                (Role::ReportHandler, None, Some(6)),
            ],
        );
        let s = Scope::of(&two, Permission::HandleReports, &idx);
        assert!(s.covers(Owner::Area(Some(3))) && s.covers(Owner::Area(Some(6))));
        assert!(!s.covers(Owner::Area(Some(4))));
    }

    #[test]
    fn assigned_records_are_for_the_assigned_people_and_coordinators() {
        let idx = index();
        let trainer = person(None, &[(Role::Trainer, None, None)]);
        let s = Scope::of(&trainer, Permission::RecordTrainingAttendance, &idx);
        assert!(s.covers(Owner::Assigned(&[7])));
        assert!(!s.covers(Owner::Assigned(&[8])));
        assert!(!s.covers(Owner::Assigned(&[])));
        let c = person(None, &[(Role::Coordinator, None, None)]);
        let s = Scope::of(&c, Permission::RecordTrainingAttendance, &idx);
        assert!(s.covers(Owner::Assigned(&[8])));
    }
}
