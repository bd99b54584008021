//! The meldpunt's personal data (the processing register, `kansrijk privacy-register`). What a
//! reporter writes is sealed and special-category (AVG art. 9): it can reveal origin, religion,
//! health or sexual orientation. The statistical fields are kept without it.

use kansrijk_kernel::authz::Role;
use kansrijk_kernel::privacy::{Art9, LegalBasis, NotPersonal, PersonalField, Reader, Retention};

const RETENTION: Retention = Retention::Setting {
    key: "report_retention_days",
    after: "na het afsluiten van de melding",
};
const HANDLERS: &[Reader] = &[Reader::Subject, Reader::Role(Role::ReportHandler)];
const REPORT: PersonalField = PersonalField::new(
    "reports",
    "Een melding van discriminatie behandelen en de melder helpen",
    LegalBasis::PublicTask,
    RETENTION,
    HANDLERS,
)
.special(Art9::SubstantialPublicInterest);
const CONTACT: PersonalField = REPORT
    .purpose("Contact met de melder, alleen als die dat zelf wil")
    .special(Art9::ExplicitConsent);
const MESSAGE: PersonalField = REPORT
    .table("report_messages")
    .purpose("Berichten tussen melder en behandelaar, en notities bij de melding");
/// Keyed hashes (key outside the database) that only the reporter's browser or code matches.
const PSEUDONYM: PersonalField = PersonalField::new(
    "reports",
    "",
    LegalBasis::PublicTask,
    Retention::Setting {
        key: "report_retention_days",
        after: "na het afsluiten; daarna hoort er niets persoonlijks meer bij",
    },
    &[],
);
const HANDLER: PersonalField = PersonalField::new(
    "reports",
    "Welke behandelaar een melding behandelt",
    LegalBasis::PublicTask,
    Retention::UntilRemoved {
        by: "een behandelaar",
    },
    &[Reader::Role(Role::ReportHandler)],
);

pub const PERSONAL_DATA: &[PersonalField] = &[
    REPORT.column("narrative_sealed"),
    REPORT.column("place_sealed"),
    REPORT.column("happened_about"),
    REPORT.column("happened_about_sealed"),
    CONTACT.column("contact_sealed"),
    CONTACT
        .column("mail_updates")
        .purpose("Of de melder e-mail wil als er nieuws is"),
    PSEUDONYM
        .column("receipt_hash")
        .purpose("De ontvangstcode waarmee de melder de melding volgt (als sleutel-hash)"),
    PSEUDONYM
        .column("duplicate_key")
        .purpose("Dezelfde melding binnen het uur niet twee keer aannemen (sleutel-hash)")
        .retention(RETENTION),
    REPORT
        .table("report_grounds")
        .column("ground")
        .purpose("Discriminatiegrond van de melding (voor de behandeling en de cijfers)")
        .retention(Retention::Setting {
            key: "report_retention_days",
            after:
                "na het afsluiten; daarna alleen als cijfer, zonder iets wat naar de melder leidt",
        }),
    MESSAGE.column("body_sealed"),
    HANDLER.column("assigned_to"),
    HANDLER
        .table("report_messages")
        .column("author_user_id")
        .purpose("Welke behandelaar een bericht of notitie schreef"),
];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    (
        "reports",
        &[
            "id",
            "ref",
            "status",
            "reporter_role",
            "happened_on",
            "area_id",
            "terrain",
            "nature",
            "wants",
            "residence",
            "location_kind",
            "submission_key",
            "lang",
            "consent_handover",
            "handling",
            "due_at",
            "created_at",
            "updated_at",
            "closed_at",
            "personal_deleted_at",
        ],
    ),
    ("report_grounds", &["report_id"]),
    (
        "report_messages",
        &["id", "report_id", "author", "created_at", "place_version"],
    ),
];
