//! Personal data of the neighbourhood agreements (the processing register, `kansrijk
//! privacy-register`): who proposes, comments, supports, flags and follows, what they write,
//! and who decides or signs for an organisation.

use kansrijk_kernel::authz::Role;
use kansrijk_kernel::privacy::{LegalBasis, NotPersonal, PersonalField, Reader, Retention};

const COORDINATOR: Reader = Reader::Role(Role::Coordinator);
/// Shown on the public pages with the name the person chose.
const PUBLIC: PersonalField = PersonalField::new(
    "proposals",
    "Meedoen aan de buurtafspraken: voorstellen en reacties, openbaar met de gekozen naam",
    LegalBasis::PublicTask,
    Retention::WhileAccountExists,
    &[Reader::Public],
);
const PRIVATE: PersonalField = PUBLIC.readers(&[Reader::Subject, COORDINATOR]);
const STAFF: PersonalField = PersonalField::new(
    "proposals",
    "Wie namens het programma of een organisatie besloot, tekende of toezegde",
    LegalBasis::PublicTask,
    Retention::UntilRemoved {
        by: "een programmacoördinator",
    },
    &[COORDINATOR],
);

pub const PERSONAL_DATA: &[PersonalField] = &[
    PUBLIC.column("author_id"),
    PUBLIC.column("title"),
    PUBLIC.column("explanation"),
    PUBLIC.column("on_behalf_of"),
    STAFF.column("decided_by"),
    PUBLIC
        .table("proposal_supports")
        .column("user_id")
        .purpose("Steun voor een voorstel (het aantal is openbaar, de namen niet)")
        .readers(&[Reader::Subject, COORDINATOR]),
    PRIVATE
        .table("proposal_supports")
        .column("verified")
        .purpose("Of de steun van een geverifieerde bewoner komt"),
    PUBLIC.table("proposal_comments").column("author_id"),
    PUBLIC.table("proposal_comments").column("body"),
    STAFF
        .table("proposal_comments")
        .column("hidden_by")
        .purpose("Wie een reactie verborg (moderatie)"),
    PRIVATE
        .table("comment_flags")
        .column("user_id")
        .purpose("Een reactie melden bij de moderatie"),
    PRIVATE
        .table("comment_flags")
        .column("reason")
        .purpose("Een reactie melden bij de moderatie"),
    PRIVATE
        .table("proposal_follows")
        .column("user_id")
        .purpose("Een voorstel volgen en e-mail krijgen bij nieuws"),
    PRIVATE
        .table("proposal_follows")
        .column("mode")
        .purpose("Een voorstel volgen en e-mail krijgen bij nieuws"),
    PRIVATE
        .table("proposal_events")
        .column("actor_id")
        .purpose("Wie een voorstel veranderde of erop reageerde (voor de e-mail aan volgers)")
        .readers(&[]),
    PRIVATE
        .table("proposal_event_mails")
        .column("user_id")
        .purpose("Welke volger al e-mail kreeg over een gebeurtenis")
        .readers(&[]),
    PRIVATE
        .table("proposal_digests")
        .column("user_id")
        .purpose("Welke volger de dagelijkse samenvatting al kreeg")
        .readers(&[]),
    STAFF.table("charter_signatures").column("signed_by"),
    STAFF.table("charter_commitments").column("created_by"),
];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    (
        "agreement_settings",
        &["id", "support_threshold", "updated_at"],
    ),
    (
        "agreements",
        &[
            "id",
            "pillar",
            "status",
            "adopted_at",
            "review_due",
            "last_reviewed_at",
            "review_note",
            "created_at",
            "updated_at",
        ],
    ),
    ("agreement_texts", &["agreement_id", "lang", "text"]),
    (
        "proposals",
        &[
            "id",
            "pillar",
            "area_id",
            "status",
            "decision_reason",
            "decided_at",
            "agreement_id",
            "created_at",
            "updated_at",
        ],
    ),
    ("proposal_supports", &["proposal_id", "created_at"]),
    (
        "proposal_comments",
        &[
            "id",
            "proposal_id",
            "parent_id",
            "created_at",
            "edited_at",
            "hidden_at",
            "hidden_reason",
        ],
    ),
    ("comment_flags", &["comment_id", "created_at"]),
    ("proposal_follows", &["proposal_id", "created_at"]),
    (
        "proposal_events",
        &["id", "proposal_id", "kind", "detail", "created_at"],
    ),
    ("proposal_event_mails", &["event_id"]),
    ("proposal_digests", &["day", "until_event"]),
    ("charter_versions", &["number", "adopted_at", "summary"]),
    (
        "charter_version_items",
        &["version", "agreement_id", "pillar", "lang", "text"],
    ),
    (
        "charter_signatures",
        &["organisation_id", "version", "signed_at"],
    ),
    (
        "charter_commitments",
        &[
            "id",
            "organisation_id",
            "text",
            "created_at",
            "reviewed_at",
            "review_note",
        ],
    ),
];
