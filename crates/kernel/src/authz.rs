//! Authorisation in one place: the roles, what each role may do, and which access every route
//! needs. Handlers never check roles themselves; the `access` middleware does, from the table
//! that the routes were registered with (see [`crate::web::Routes`]).

use serde::{Deserialize, Serialize};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Resident,
    Volunteer,
    Professional,
    ReportHandler,
    MediationCoordinator,
    Mediator,
    YouthCoach,
    Trainer,
    /// Programme coordinator: the administrator of the installation.
    Coordinator,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Resident,
        Role::Volunteer,
        Role::Professional,
        Role::ReportHandler,
        Role::MediationCoordinator,
        Role::Mediator,
        Role::YouthCoach,
        Role::Trainer,
        Role::Coordinator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::Volunteer => "volunteer",
            Role::Professional => "professional",
            Role::ReportHandler => "report_handler",
            Role::MediationCoordinator => "mediation_coordinator",
            Role::Mediator => "mediator",
            Role::YouthCoach => "youth_coach",
            Role::Trainer => "trainer",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Translation key of the role's name.
    pub fn label_key(self) -> String {
        format!("role-{}", self.as_str().replace('_', "-"))
    }

    /// Roles that read special-category personal data must use two-factor authentication.
    pub fn requires_two_factor(self) -> bool {
        matches!(
            self,
            Role::ReportHandler | Role::MediationCoordinator | Role::Coordinator
        )
    }
}

/// Something a role may do. Features add their permissions here, so the whole policy stays in
/// one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Open the management area `/beheer` at all.
    OpenManagement,
    ManageOrganisations,
    ManagePeople,
    ViewAuditLog,
    /// Read and handle reports of discrimination (special-category data).
    HandleReports,
    /// The exact (unsuppressed) report figures.
    ViewReportFigures,
    /// Create and edit the plan's core approaches.
    ManageProgramme,
    /// Create, edit and cancel activities; see registrations and attendance (activities feature).
    ManageActivities,
    /// Create courses and sessions, manage enrolments and issue certificates (training feature).
    ManageTraining,
    /// Tick attendance per meeting. Trainers have it, but only for the sessions they give (the
    /// training handlers check that the session's trainer is the person); coordinators for all.
    RecordTrainingAttendance,
    /// The coverage dashboard, goals per organisation, organisation contacts and the effect
    /// results of the training feature.
    ViewTrainingCoverage,
    /// Hide comments on proposals for agreements, with a reason (agreements feature).
    ModerateComments,
    /// Adopt, merge or decline proposals; keep the charter and its reviews (the steering group).
    DecideProposals,
    /// Sign the charter "Zó willen we samenleven" on behalf of one's organisation and record its
    /// commitments. The organisation is the one of the person's coordinator or professional role
    /// (or else of their account); a person without an organisation is told so and cannot sign.
    SignCharter,
    /// Read the mail kept in the local outbox when no SMTP server is configured (`/beheer/post`):
    /// it holds everyone's mail, so only the coordinator.
    ReadLocalMail,
    /// Handle mediation requests and cases: intake, assigning mediators, every step, the exact
    /// figures (mediation feature). Case files are special-category data: roles with it use 2FA.
    HandleMediation,
    /// Open one's own mediation cases and log contacts; assignment-scoped (only the cases the
    /// person is one of the two mediators of).
    MediateCases,
    /// Record a school's pupil-mediation counts (Vreedzame School: pupils trained, mediations
    /// held, wijkmediatoren certified — counts only); organisation-scoped to one's own school.
    RecordSchoolMediation,
    /// Build questionnaires, open and close survey waves, hand out invitation codes and set the
    /// floor of the monitor "olievlek" (monitor feature).
    ManageMonitor,
    /// The programme team's dashboard of the monitor: response counts per wave and the actions
    /// beside the published indicators (never a value below the floor).
    ViewMonitorStaff,
    /// Handle youth-stage campaigns: see every team, assign a coach with a valid youth-coach
    /// certificate, publish on the stage (only with consent), end a campaign, delete team data.
    ManageYouth,
    /// Guide one's own youth-stage campaigns: the timeline, team thread and coach log;
    /// assignment-scoped (only the campaigns the person is the coach of).
    CoachYouth,
}

/// The one policy table: which role may do what.
pub fn role_permissions(role: Role) -> &'static [Permission] {
    use Permission::*;
    match role {
        Role::Coordinator => &[
            OpenManagement,
            ManageOrganisations,
            ManagePeople,
            ViewAuditLog,
            ViewReportFigures,
            ManageProgramme,
            ManageActivities,
            ManageTraining,
            RecordTrainingAttendance,
            ViewTrainingCoverage,
            ModerateComments,
            DecideProposals,
            SignCharter,
            ReadLocalMail,
            HandleMediation,
            RecordSchoolMediation,
            ManageMonitor,
            ViewMonitorStaff,
            ManageYouth,
        ],
        Role::ReportHandler => &[OpenManagement, HandleReports, ViewReportFigures],
        Role::Trainer => &[OpenManagement, RecordTrainingAttendance],
        Role::MediationCoordinator => &[OpenManagement, HandleMediation, RecordSchoolMediation],
        Role::YouthCoach => &[OpenManagement, CoachYouth],
        Role::Mediator => &[MediateCases],
        // Professionals organise activities in the neighbourhood (Huis van de Wijk, wijkteam).
        // Professionals also sign the charter for their organisation (school, wijkteam, police…).
        // Professionals of a school record its pupil-mediation counts.
        Role::Professional => &[
            ManageActivities,
            SignCharter,
            RecordSchoolMediation,
            ViewMonitorStaff,
        ],
        Role::Resident | Role::Volunteer => &[],
    }
}

pub fn allows(roles: &[Role], permission: Permission) -> bool {
    roles
        .iter()
        .any(|r| role_permissions(*r).contains(&permission))
}

/// What a route needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, logged in or not.
    Public,
    /// A logged-in person whose second factor may still be pending (the two-factor pages, logout).
    Session,
    /// Any logged-in person (with two-factor done when their roles require it).
    LoggedIn,
    /// A logged-in person whose roles include the permission.
    Needs(Permission),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_two_factor_roles_are_exactly_the_special_category_readers() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        let strict: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.requires_two_factor())
            .collect();
        assert_eq!(
            strict,
            [
                Role::ReportHandler,
                Role::MediationCoordinator,
                Role::Coordinator
            ]
        );
    }

    #[test]
    fn only_coordinators_manage_people_and_read_the_audit_log() {
        for r in Role::ALL {
            assert_eq!(
                allows(&[r], Permission::ManagePeople),
                r == Role::Coordinator,
                "{r:?}"
            );
            assert_eq!(
                allows(&[r], Permission::ViewAuditLog),
                r == Role::Coordinator,
                "{r:?}"
            );
        }
        assert!(allows(
            &[Role::Resident, Role::Coordinator],
            Permission::ManageOrganisations
        ));
        assert!(!allows(&[], Permission::OpenManagement));
    }

    /// The roles that have `permission`, in the order of [`Role::ALL`].
    fn holders(permission: Permission) -> Vec<Role> {
        Role::ALL
            .into_iter()
            .filter(|r| allows(&[*r], permission))
            .collect()
    }

    #[test]
    fn the_steering_group_decides_and_moderates_and_partners_sign() {
        assert_eq!(holders(Permission::DecideProposals), [Role::Coordinator]);
        assert_eq!(holders(Permission::ModerateComments), [Role::Coordinator]);
        assert_eq!(
            holders(Permission::SignCharter),
            [Role::Professional, Role::Coordinator]
        );
    }

    #[test]
    fn mediation_coordinators_handle_cases_and_mediators_only_their_own() {
        assert_eq!(
            holders(Permission::HandleMediation),
            [Role::MediationCoordinator, Role::Coordinator]
        );
        assert_eq!(holders(Permission::MediateCases), [Role::Mediator]);
        assert_eq!(
            holders(Permission::RecordSchoolMediation),
            [
                Role::Professional,
                Role::MediationCoordinator,
                Role::Coordinator
            ]
        );
        assert!(Role::MediationCoordinator.requires_two_factor());
    }

    #[test]
    fn coordinators_and_professionals_manage_activities() {
        assert_eq!(
            holders(Permission::ManageActivities),
            [Role::Professional, Role::Coordinator]
        );
    }

    #[test]
    fn coordinators_manage_training_and_trainers_only_tick_attendance() {
        assert_eq!(holders(Permission::ManageTraining), [Role::Coordinator]);
        assert_eq!(
            holders(Permission::ViewTrainingCoverage),
            [Role::Coordinator]
        );
        assert_eq!(
            holders(Permission::RecordTrainingAttendance),
            [Role::Trainer, Role::Coordinator]
        );
    }
}
