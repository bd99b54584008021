//! Accounts: people, organisations, roles, and the rules for what they enter.

use crate::authz::Role;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    School,
    Welfare,
    Housing,
    Police,
    Municipality,
    SportsCulture,
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::School,
        OrganisationKind::Welfare,
        OrganisationKind::Housing,
        OrganisationKind::Police,
        OrganisationKind::Municipality,
        OrganisationKind::SportsCulture,
        OrganisationKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::School => "school",
            OrganisationKind::Welfare => "welfare",
            OrganisationKind::Housing => "housing",
            OrganisationKind::Police => "police",
            OrganisationKind::Municipality => "municipality",
            OrganisationKind::SportsCulture => "sports_culture",
            OrganisationKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<OrganisationKind> {
        OrganisationKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("organisation-kind-{}", self.as_str().replace('_', "-"))
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserStatus {
    /// Invited by a coordinator; no password yet.
    Invited,
    /// Registered themselves; e-mail not confirmed yet.
    Unconfirmed,
    Active,
    Disabled,
}

impl UserStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Invited => "invited",
            UserStatus::Unconfirmed => "unconfirmed",
            UserStatus::Active => "active",
            UserStatus::Disabled => "disabled",
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub lang: String,
    pub password_hash: Option<String>,
    pub status: String,
    pub organisation_id: Option<i64>,
    pub verified_resident: i64,
    pub totp_secret: Option<String>,
    pub totp_enabled: i64,
    pub failed_logins: i64,
    pub locked_until: i64,
    /// Until when the second step takes no codes (after too many wrong ones).
    pub mfa_locked_until: i64,
    pub last_login_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoleAssignment {
    pub id: i64,
    pub user_id: i64,
    pub role: String,
    pub organisation_id: Option<i64>,
    pub area_id: Option<i64>,
}

impl RoleAssignment {
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role)
    }
}

/// The person behind the current request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub lang: String,
    /// The organisation of the account (roles without their own organisation act for it).
    pub organisation_id: Option<i64>,
    pub assignments: Vec<RoleAssignment>,
    pub roles: Vec<Role>,
    pub totp_enabled: bool,
    /// This session passed the second step. Whether it is needed is worked out per request from
    /// the current roles ([`CurrentUser::needs_two_factor`]), so a role added later still asks.
    pub mfa_passed: bool,
    pub session_hash: String,
    /// Set when an authorised system calls the API with a token instead of a person with a
    /// session (see `accounts::api_tokens`).
    pub token: Option<TokenGrant>,
}

/// What an API token allows: its id (for the audit log) and the permissions of its scopes. The
/// principal's roles carry the token's organisation and area, so object-level scopes apply as
/// to a person; this list narrows the roles' permissions to the token's scopes.
#[derive(Debug, Clone)]
pub struct TokenGrant {
    pub id: i64,
    pub permissions: Vec<crate::authz::Permission>,
}

impl CurrentUser {
    /// The person who just logged in, before their session exists: the actor of the login's
    /// audit entry (password or OpenID Connect).
    pub fn logging_in(user: &User, assignments: Vec<RoleAssignment>, mfa_passed: bool) -> Self {
        CurrentUser {
            id: user.id,
            name: user.name.clone(),
            email: user.email.clone(),
            lang: user.lang.clone(),
            organisation_id: user.organisation_id,
            roles: assignments.iter().filter_map(|a| a.role()).collect(),
            assignments,
            totp_enabled: user.totp_enabled != 0,
            mfa_passed,
            session_hash: String::new(),
            token: None,
        }
    }

    /// Two-step login is needed when a role requires it, or when the person turned it on.
    pub fn needs_two_factor(&self) -> bool {
        self.totp_enabled || self.roles.iter().any(|r| r.requires_two_factor())
    }

    /// Ready for everything their roles allow: second factor done where required.
    pub fn fully_authenticated(&self) -> bool {
        self.mfa_passed || !self.needs_two_factor()
    }

    /// The roles allow the permission, and the token (if any) has a scope for it.
    pub fn may(&self, permission: crate::authz::Permission) -> bool {
        crate::authz::allows(&self.roles, permission) && self.token_allows(permission)
    }

    /// False only for a token without a scope for the permission.
    pub fn token_allows(&self, permission: crate::authz::Permission) -> bool {
        self.token
            .as_ref()
            .is_none_or(|t| t.permissions.contains(&permission))
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// A role scoped to an organisation: true when held without scope or for that organisation.
    pub fn has_role_for_organisation(&self, role: Role, organisation_id: i64) -> bool {
        self.assignments.iter().any(|a| {
            a.role() == Some(role) && a.organisation_id.is_none_or(|o| o == organisation_id)
        })
    }
}

pub const NAME_MAX: usize = 120;
pub const EMAIL_MAX: usize = 254;
pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 256;

/// Lower-cases and trims an e-mail address so one person has one account.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plausible e-mail address (one `@`, a dot in the domain, no spaces); delivery proves the rest.
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && email.chars().count() <= EMAIL_MAX
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
        && !email
            .chars()
            .any(|c| c.is_control() || c == '<' || c == '>')
}

/// The password policy (NCSC/NIST style): long enough, not absurdly long, and not guessable —
/// zxcvbn scores it against common passwords, names, dates and the person's own details.
/// Returns the translation key of the problem.
pub fn password_problem(password: &str, email: &str, name: &str) -> Option<&'static str> {
    let length = password.chars().count();
    if length < PASSWORD_MIN {
        return Some("password-error-short");
    }
    if length > PASSWORD_MAX {
        return Some("password-error-long");
    }
    // The person's own details count as guessable, also run together ("janedoe").
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    let name = name.to_lowercase();
    let mut own: Vec<String> = vec![
        email.to_lowercase(),
        local.replace(['.', '_', '-'], ""),
        name.replace(' ', ""),
    ];
    own.extend(local.split(['.', '_', '-']).map(str::to_string));
    own.extend(name.split_whitespace().map(str::to_string));
    own.extend(["kansrijk", "liendert", "amersfoort", "wachtwoord", "welkom"].map(String::from));
    let inputs: Vec<&str> = own
        .iter()
        .map(String::as_str)
        .filter(|s| s.len() >= 3)
        .collect();
    let entropy = zxcvbn::zxcvbn(password, &inputs);
    if (entropy.score() as u8) < 3 {
        return Some("password-error-weak");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_and_personal_passwords_are_refused() {
        assert_eq!(
            password_problem("kort", "a@b.nl", "A"),
            Some("password-error-short")
        );
        assert_eq!(
            password_problem(&"x".repeat(300), "a@b.nl", "A"),
            Some("password-error-long")
        );
        assert_eq!(
            password_problem("password123", "a@b.nl", "A"),
            Some("password-error-weak")
        );
        assert_eq!(
            password_problem("qwertyuiop12", "a@b.nl", "A"),
            Some("password-error-weak")
        );
        assert_eq!(
            password_problem("janedoe2024!", "jane.doe@b.nl", "Jane Doe"),
            Some("password-error-weak")
        );
        assert_eq!(
            password_problem("Liendert1234", "a@b.nl", "A"),
            Some("password-error-weak")
        );
        assert_eq!(
            password_problem("paars fietsje zingt op dinsdag", "a@b.nl", "A"),
            None
        );
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            normalise_email("  Jane@Amersfoort.NL "),
            "jane@amersfoort.nl"
        );
        assert!(valid_email("jane@amersfoort.nl"));
        for bad in [
            "",
            "jane",
            "@x.nl",
            "jane@nl",
            "jane@.nl",
            "ja ne@x.nl",
            "a@b@c.nl",
            "a<b@c.nl",
            "a\u{0}@b.nl",
        ] {
            assert!(!valid_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn organisation_kinds_round_trip() {
        for k in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(
            OrganisationKind::SportsCulture.label_key(),
            "organisation-kind-sports-culture"
        );
    }
}
