//! Personal data of buurtbemiddeling (the processing register, `kansrijk privacy-register`):
//! the case file of the parties in a conflict (sealed), the written agreements, the referrer's
//! address for status mails, the mediators' contact log and their street (as a keyed hash, for
//! the conflict-of-interest check). Figures keep only topic, stage, dates and outcome.

use kansrijk_kernel::authz::Role;
use kansrijk_kernel::privacy::{LegalBasis, NotPersonal, PersonalField, Reader, Retention};

/// The mediation coordinator and the two mediators of the case (assignment scope).
const CASE_READERS: &[Reader] = &[
    Reader::Subject,
    Reader::Role(Role::MediationCoordinator),
    Reader::Role(Role::Mediator),
    Reader::Role(Role::Coordinator),
];
const CASE_FILE: PersonalField = PersonalField::new(
    "mediation_cases",
    "Dossier van een burenconflict: namen, adressen, contact, taal en het conflict, om te bemiddelen",
    LegalBasis::PublicTask,
    Retention::Setting {
        key: "mediation_retention_days",
        after: "na het afsluiten van de zaak (de cijfers blijven)",
    },
    CASE_READERS,
);
const REFERRER: PersonalField = CASE_FILE
    .purpose("Verwijzer: organisatie en e-mailadres, voor een statusbericht met toestemming");
const MEDIATOR_STREET: PersonalField = PersonalField::new(
    "mediation_mediator_streets",
    "Straat van een bemiddelaar (als sleutel-hash), om belangenverstrengeling te voorkomen",
    LegalBasis::PublicTask,
    Retention::WhileAccountExists,
    &[Reader::Subject, Reader::Role(Role::MediationCoordinator)],
);
const MEDIATOR: PersonalField = CASE_FILE.retention(Retention::WhileAccountExists);

pub const PERSONAL_DATA: &[PersonalField] = &[
    CASE_FILE.column("file_sealed"),
    CASE_FILE
        .purpose(
            "Straat van de partijen (als sleutel-hash), om belangenverstrengeling te voorkomen",
        )
        .column("party_streets"),
    CASE_FILE
        .purpose("Schriftelijke afspraken tussen de partijen")
        .column("agreements_sealed"),
    REFERRER.column("referrer_sealed"),
    REFERRER.column("referrer_org"),
    CASE_FILE
        .purpose("Contactlog van de bemiddelaars per gesprek")
        .table("mediation_contacts")
        .column("note_sealed"),
    MEDIATOR
        .purpose("Wie een stap zette, voor de verantwoording")
        .table("mediation_steps")
        .column("by_user"),
    MEDIATOR
        .purpose("Welke twee bemiddelaars een zaak hebben (toegang tot het dossier)")
        .table("mediation_mediators")
        .column("user_id"),
    MEDIATOR
        .purpose("Bemiddelaar die een gesprek voerde")
        .table("mediation_contacts")
        .column("user_id"),
    MEDIATOR_STREET.column("street_hash"),
    MEDIATOR_STREET.column("user_id"),
];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    (
        "mediation_cases",
        &[
            "id",
            "version",
            "stage",
            "requester",
            "referrer_type",
            "referrer_updates",
            "consent_at",
            "topic",
            "urgency",
            "area_id",
            "lang",
            "received_on",
            "intake_due",
            "intake_on",
            "last_on",
            "party2_agrees",
            "agreements_on",
            "outcome",
            "close_reason",
            "closed_on",
            "closed_at",
            "file_deleted_at",
            "party_link_hash",
            "party_link_expires",
            "created_at",
            "updated_at",
            "referrer_organisation_id",
            "report_ref",
        ],
    ),
    (
        "mediation_steps",
        &["id", "case_id", "step", "on_date", "detail", "created_at"],
    ),
    ("mediation_mediators", &["case_id", "assigned_on"]),
    (
        "mediation_contacts",
        &["id", "case_id", "on_date", "kind", "created_at"],
    ),
    ("mediation_mediator_streets", &["updated_at"]),
    ("mediation_settings", &["id", "same_street_check"]),
    (
        "mediation_school_counts",
        &[
            "id",
            "organisation_id",
            "month",
            "pupils_trained",
            "mediations",
            "wijkmediators",
            "updated_at",
            "council_meetings",
        ],
    ),
];
