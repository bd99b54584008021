//! What the platform holds about people, declared next to the code that stores it: every column
//! with personal data is a [`PersonalField`] in its feature's `PERSONAL_DATA` (the kernel's in
//! [`KERNEL`]), every other column is listed in `NOT_PERSONAL`. `kansrijk privacy-register`
//! prints the AVG art. 30 register from these declarations, and a test fails when a column of
//! the schema is in neither list. The register is for the municipality's privacy officer, so
//! purposes are written in Dutch.

use crate::authz::Role;

/// Ordinary personal data, or a special category (AVG art. 9) with the exception that allows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Ordinary,
    Special(Art9),
}

/// The exception of AVG art. 9(2) under which special-category data is processed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Art9 {
    /// 9(2)(a): the person gave it explicitly and of their own accord.
    ExplicitConsent,
    /// 9(2)(g): substantial public interest (the municipality's anti-discrimination task,
    /// Wet gemeentelijke antidiscriminatievoorzieningen).
    SubstantialPublicInterest,
}

/// The lawful basis of AVG art. 6(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegalBasis {
    /// 6(1)(a)
    Consent,
    /// 6(1)(b)
    Contract,
    /// 6(1)(c)
    LegalObligation,
    /// 6(1)(e)
    PublicTask,
    /// 6(1)(f) — not for a public authority in its tasks (art. 6(1), last sentence).
    LegitimateInterest,
}

/// How long a value is kept, and what removes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    /// Removed by a job `config.<key>` days (a `*_retention_days` setting, shown in the privacy
    /// statement) after `after`.
    Setting {
        key: &'static str,
        after: &'static str,
    },
    /// Removed by a job a fixed number of days after `after`.
    Fixed { days: i64, after: &'static str },
    /// Kept while the account exists; goes with it.
    WhileAccountExists,
    /// Kept while the record it belongs to exists; `by` says who changes or removes it.
    UntilRemoved { by: &'static str },
}

/// Who may read a value (besides the platform itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The person it is about.
    Subject,
    /// Everyone: it is shown on public pages.
    Public,
    /// People with this role (within their organisation or area where the role is limited).
    Role(Role),
}

/// One column that holds personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonalField {
    pub table: &'static str,
    pub column: &'static str,
    pub category: Category,
    /// The purpose, in Dutch (the register's language).
    pub purpose_nl: &'static str,
    pub legal_basis: LegalBasis,
    pub retention: Retention,
    pub readers: &'static [Reader],
}

/// Columns of a table that hold no personal data: `(table, columns)`.
pub type NotPersonal = (&'static str, &'static [&'static str]);

impl PersonalField {
    /// Ordinary data of `table`; give the column with [`PersonalField::column`]. Features keep
    /// one of these per purpose and derive a field per column from it.
    pub const fn new(
        table: &'static str,
        purpose_nl: &'static str,
        legal_basis: LegalBasis,
        retention: Retention,
        readers: &'static [Reader],
    ) -> PersonalField {
        PersonalField {
            table,
            column: "",
            category: Category::Ordinary,
            purpose_nl,
            legal_basis,
            retention,
            readers,
        }
    }

    pub const fn column(self, column: &'static str) -> PersonalField {
        PersonalField { column, ..self }
    }

    /// The same purpose for another table.
    pub const fn table(self, table: &'static str) -> PersonalField {
        PersonalField { table, ..self }
    }

    pub const fn special(self, exception: Art9) -> PersonalField {
        PersonalField {
            category: Category::Special(exception),
            ..self
        }
    }

    pub const fn purpose(self, purpose_nl: &'static str) -> PersonalField {
        PersonalField { purpose_nl, ..self }
    }

    pub const fn retention(self, retention: Retention) -> PersonalField {
        PersonalField { retention, ..self }
    }

    pub const fn readers(self, readers: &'static [Reader]) -> PersonalField {
        PersonalField { readers, ..self }
    }
}

impl Category {
    pub fn nl(self) -> &'static str {
        match self {
            Category::Ordinary => "gewoon",
            Category::Special(_) => "bijzonder (art. 9)",
        }
    }
}

impl Art9 {
    pub fn nl(self) -> &'static str {
        match self {
            Art9::ExplicitConsent => "art. 9 lid 2 sub a: uitdrukkelijke toestemming",
            Art9::SubstantialPublicInterest => {
                "art. 9 lid 2 sub g: zwaarwegend algemeen belang (antidiscriminatievoorziening)"
            }
        }
    }
}

impl LegalBasis {
    pub fn nl(self) -> &'static str {
        match self {
            LegalBasis::Consent => "art. 6 lid 1 sub a: toestemming",
            LegalBasis::Contract => "art. 6 lid 1 sub b: overeenkomst",
            LegalBasis::LegalObligation => "art. 6 lid 1 sub c: wettelijke verplichting",
            LegalBasis::PublicTask => "art. 6 lid 1 sub e: publieke taak",
            LegalBasis::LegitimateInterest => "art. 6 lid 1 sub f: gerechtvaardigd belang",
        }
    }
}

impl PersonalField {
    /// The legal basis, with the art. 9 exception for special-category data.
    pub fn basis_nl(&self) -> String {
        match self.category {
            Category::Ordinary => self.legal_basis.nl().to_string(),
            Category::Special(e) => format!("{}; {}", self.legal_basis.nl(), e.nl()),
        }
    }

    /// The retention period in Dutch, with the configured number of days filled in.
    pub fn retention_nl(&self, config: &crate::config::Config) -> String {
        match self.retention {
            Retention::Setting { key, after } => {
                let days = setting_days(config, key).map_or_else(|| "?".to_string(), days_nl);
                format!("{days} {after} (instelling {key})")
            }
            Retention::Fixed { days, after } => format!("{} {after}", days_nl(days)),
            Retention::WhileAccountExists => "zolang het account bestaat".to_string(),
            Retention::UntilRemoved { by } => format!("tot {by} het wijzigt of verwijdert"),
        }
    }
}

fn days_nl(days: i64) -> String {
    match days {
        1 => "1 dag".to_string(),
        n => format!("{n} dagen"),
    }
}

/// The configured number of days of a `*_retention_days` setting (`None`: no such setting).
pub fn setting_days(config: &crate::config::Config, key: &str) -> Option<i64> {
    config
        .retention_periods()
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, d)| *d)
}

// ---- the kernel's own tables ----------------------------------------------------------------

use LegalBasis::PublicTask;
/// Security of the processing (AVG art. 32): logins, sessions, the audit log, rate limits.
const SECURITY_DUTY: LegalBasis = LegalBasis::LegalObligation;
use Reader::Subject;

const COORDINATOR: Reader = Reader::Role(Role::Coordinator);

const ACCOUNT: PersonalField = PersonalField::new(
    "users",
    "Account om in te loggen en het werk op het platform te doen",
    PublicTask,
    Retention::WhileAccountExists,
    &[Subject, COORDINATOR],
);
const SECURITY: PersonalField = PersonalField::new(
    "users",
    "Beveiliging van het account (inloggen, tweede stap, blokkeren na foute pogingen)",
    SECURITY_DUTY,
    Retention::WhileAccountExists,
    &[],
);
const UNCONFIRMED: Retention = Retention::Setting {
    key: "unconfirmed_account_retention_days",
    after: "na aanmaken als het account nooit is bevestigd; anders zolang het account bestaat",
};
const AUDIT: PersonalField = PersonalField::new(
    "audit_log",
    "Logboek: wie welke gegevens heeft bekeken of veranderd, en wanneer (verantwoording)",
    SECURITY_DUTY,
    Retention::Setting {
        key: "audit_retention_days",
        after: "na de handeling",
    },
    &[COORDINATOR],
);
const MAIL: PersonalField = PersonalField::new(
    "mail_outbox",
    "E-mail versturen (bevestigingen, herinneringen, uitnodigingen)",
    PublicTask,
    Retention::Setting {
        key: "mail_retention_days",
        after: "na aanmaken, verstuurd of niet (het adres gaat weg zodra de mail verstuurd is)",
    },
    &[COORDINATOR],
);

/// The kernel's tables: accounts, roles, sessions, tokens, the audit log, jobs, the outbox and
/// rate limits.
pub const KERNEL: &[PersonalField] = &[
    ACCOUNT.column("email").retention(UNCONFIRMED),
    ACCOUNT.column("name").retention(UNCONFIRMED),
    ACCOUNT
        .column("display_name")
        .purpose("Naam die op openbare pagina's bij voorstellen en reacties staat")
        .readers(&[Reader::Public]),
    ACCOUNT.column("lang"),
    ACCOUNT.column("organisation_id"),
    ACCOUNT.column("status"),
    ACCOUNT
        .column("verified_resident")
        .purpose("Bewoner van de wijk (geverifieerd) voor steun aan voorstellen"),
    ACCOUNT.column("last_login_at"),
    SECURITY.column("password_hash"),
    SECURITY.column("totp_secret"),
    SECURITY.column("totp_enabled"),
    SECURITY.column("totp_last_step"),
    SECURITY.column("failed_logins"),
    SECURITY.column("locked_until"),
    SECURITY.column("mfa_failures"),
    SECURITY.column("mfa_window_start"),
    SECURITY.column("mfa_locked_until"),
    PersonalField::new(
        "role_assignments",
        "Rollen en bevoegdheden van een persoon",
        PublicTask,
        Retention::WhileAccountExists,
        &[Subject, COORDINATOR],
    )
    .column("user_id"),
    PersonalField::new(
        "recovery_codes",
        "Herstelcodes voor de tweede stap",
        SECURITY_DUTY,
        Retention::WhileAccountExists,
        &[],
    )
    .column("user_id"),
    PersonalField::new(
        "sessions",
        "Ingelogd blijven (sessie)",
        SECURITY_DUTY,
        Retention::Fixed {
            days: 1,
            after: "na het laatste gebruik of uiterlijk na de maximale sessieduur",
        },
        &[],
    )
    .column("user_id"),
    PersonalField::new(
        "user_tokens",
        "Links voor uitnodiging, wachtwoordherstel en bevestiging",
        PublicTask,
        Retention::Fixed {
            days: 30,
            after: "na gebruik of verlopen",
        },
        &[],
    )
    .column("user_id"),
    AUDIT.column("actor_id"),
    AUDIT.column("actor_name"),
    AUDIT.column("actor_roles"),
    AUDIT
        .column("subject_id")
        .purpose("Logboek: het nummer van de gegevens waar het om ging (nooit de inhoud)"),
    AUDIT.column("detail"),
    PersonalField::new(
        "jobs",
        "Taken op de achtergrond (bijv. het e-mailadres van een wachtwoordherstel)",
        PublicTask,
        Retention::Fixed {
            days: 7,
            after: "na uitvoeren",
        },
        &[],
    )
    .column("payload"),
    MAIL.column("to_address"),
    MAIL.column("subject"),
    MAIL.column("text_body"),
    MAIL.column("html_body"),
    PersonalField::new(
        "rate_limits",
        "Misbruik afremmen: tellen per IP-adres of account",
        SECURITY_DUTY,
        Retention::Fixed {
            days: 1,
            after: "na het tijdvak",
        },
        &[],
    )
    .column("bucket"),
    PersonalField::new(
        "api_tokens",
        "Wie een API-sleutel heeft aangemaakt",
        PublicTask,
        Retention::UntilRemoved {
            by: "een programmacoördinator",
        },
        &[COORDINATOR],
    )
    .column("created_by"),
    PersonalField::new(
        "rights_requests",
        "Verzoeken om inzage of verwijdering (AVG art. 15 en 17): wie het vroeg en hoe die is herkend",
        LegalBasis::LegalObligation,
        Retention::UntilRemoved {
            by: "een programmacoördinator",
        },
        &[COORDINATOR],
    )
    .column("person_id"),
    PersonalField::new(
        "rights_requests",
        "Verzoeken om inzage of verwijdering: hoe de persoon is herkend (versleuteld)",
        LegalBasis::LegalObligation,
        Retention::UntilRemoved {
            by: "een programmacoördinator",
        },
        &[COORDINATOR],
    )
    .column("note_sealed"),
    PersonalField::new(
        "rights_requests",
        "Wie een verzoek om inzage of verwijdering heeft vastgelegd",
        LegalBasis::LegalObligation,
        Retention::UntilRemoved {
            by: "een programmacoördinator",
        },
        &[COORDINATOR],
    )
    .column("created_by"),
];

/// The kernel's columns without personal data.
pub const KERNEL_NOT_PERSONAL: &[NotPersonal] = &[
    (
        "areas",
        &[
            "id",
            "code",
            "kind",
            "name",
            "parent_id",
            "geometry",
            "created_at",
            "updated_at",
        ],
    ),
    ("settings", &["name", "value"]),
    (
        "organisations",
        &["id", "name", "kind", "created_at", "updated_at"],
    ),
    ("users", &["id", "created_at", "updated_at"]),
    (
        "role_assignments",
        &[
            "id",
            "role",
            "organisation_id",
            "area_id",
            "created_by",
            "created_at",
        ],
    ),
    ("recovery_codes", &["id", "code_hash", "used_at"]),
    (
        "sessions",
        &[
            "token_hash",
            "mfa_passed",
            "created_at",
            "last_seen_at",
            "expires_at",
        ],
    ),
    (
        "user_tokens",
        &[
            "token_hash",
            "purpose",
            "expires_at",
            "used_at",
            "created_at",
        ],
    ),
    ("audit_log", &["id", "at", "action", "subject_type"]),
    (
        "jobs",
        &[
            "id",
            "kind",
            "unique_key",
            "status",
            "run_at",
            "attempts",
            "max_attempts",
            "locked_until",
            "locked_by",
            "last_error",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "mail_outbox",
        &["id", "lang", "created_at", "sent_at", "kept_locally"],
    ),
    ("rate_limits", &["window_start", "hits"]),
    (
        "rights_requests",
        &[
            "id",
            "kind",
            "channel",
            "received_at",
            "due_at",
            "status",
            "answered_at",
            "created_at",
        ],
    ),
    (
        "api_tokens",
        &[
            "id",
            "token_hash",
            "description",
            "organisation_id",
            "area_id",
            "scopes",
            "expires_at",
            "revoked_at",
            "created_at",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn every_kernel_field_has_a_column_and_a_purpose() {
        for f in KERNEL {
            assert!(!f.column.is_empty(), "{f:?}");
            assert!(!f.purpose_nl.is_empty(), "{f:?}");
        }
    }

    #[test]
    fn every_retention_setting_is_a_configured_period() {
        let config = Config::default();
        for f in KERNEL {
            if let Retention::Setting { key, .. } = f.retention {
                assert!(setting_days(&config, key).is_some(), "{key}");
            }
        }
        assert_eq!(setting_days(&config, "nonsense_retention_days"), None);
    }

    #[test]
    fn the_register_shows_the_configured_days_and_the_art_9_exception() {
        let config = Config {
            audit_retention_days: 999,
            ..Config::default()
        };
        let audit = KERNEL.iter().find(|f| f.table == "audit_log").unwrap();
        assert!(audit.retention_nl(&config).starts_with("999 dagen"));
        let special =
            PersonalField::new("t", "doel", PublicTask, Retention::WhileAccountExists, &[])
                .column("c")
                .special(Art9::ExplicitConsent);
        assert!(special.basis_nl().contains("art. 9 lid 2 sub a"));
        assert_eq!(special.category.nl(), "bijzonder (art. 9)");
    }

    #[test]
    fn no_kernel_column_is_both_personal_and_not() {
        for f in KERNEL {
            let listed = KERNEL_NOT_PERSONAL
                .iter()
                .any(|(t, cols)| *t == f.table && cols.contains(&f.column));
            assert!(!listed, "{}.{}", f.table, f.column);
        }
    }
}
