//! Personal data of the training registry (the processing register, `kansrijk
//! privacy-register`): who trains, who enrols and attends, certificates and the organisations'
//! training contacts. The effect answers carry no link to a person.

use kansrijk_kernel::authz::Role;
use kansrijk_kernel::privacy::{LegalBasis, NotPersonal, PersonalField, Reader, Retention};

const READERS: &[Reader] = &[
    Reader::Subject,
    Reader::Role(Role::Trainer),
    Reader::Role(Role::Coordinator),
];
const ENROLMENT: PersonalField = PersonalField::new(
    "training_enrolments",
    "Inschrijving voor een training en aanwezigheid, voor het certificaat",
    LegalBasis::PublicTask,
    Retention::WhileAccountExists,
    READERS,
);

pub const PERSONAL_DATA: &[PersonalField] = &[
    ENROLMENT
        .table("training_sessions")
        .column("trainer_id")
        .purpose("Wie een training geeft")
        .readers(&[Reader::Public]),
    ENROLMENT
        .table("training_sessions")
        .column("trainer_name")
        .purpose("Wie een training geeft, op de openbare pagina")
        .readers(&[Reader::Public]),
    ENROLMENT.column("user_id"),
    ENROLMENT.column("status"),
    ENROLMENT
        .column("enrolled_by")
        .purpose("Wie iemand anders inschreef"),
    ENROLMENT
        .table("training_attendance")
        .column("enrolment_id"),
    ENROLMENT
        .table("training_certificates")
        .column("user_id")
        .purpose("Certificaat van een gevolgde training (openbaar te controleren met het nummer)"),
    ENROLMENT
        .table("training_certificates")
        .column("number")
        .purpose("Certificaat van een gevolgde training (openbaar te controleren met het nummer)"),
    ENROLMENT
        .table("training_contacts")
        .column("user_id")
        .purpose("Contactpersoon voor trainingen van een organisatie"),
    ENROLMENT
        .table("training_responses")
        .column("enrolment_id")
        .purpose("Wie een vragenlijst al invulde (los van de antwoorden, die geen naam hebben)")
        .readers(&[]),
];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    (
        "training_courses",
        &[
            "id",
            "course_key",
            "title",
            "description",
            "duration_hours",
            "target_group",
            "validity_months",
            "prerequisite_id",
            "completion_percent",
            "created_at",
            "updated_at",
            "archived_at",
        ],
    ),
    (
        "training_sessions",
        &[
            "id",
            "course_id",
            "venue",
            "online",
            "capacity",
            "status",
            "starts_at",
            "ends_at",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "training_meetings",
        &["id", "session_id", "starts_at", "ends_at"],
    ),
    (
        "training_enrolments",
        &["id", "session_id", "created_at", "updated_at"],
    ),
    ("training_attendance", &["meeting_id"]),
    (
        "training_certificates",
        &[
            "id",
            "course_id",
            "enrolment_id",
            "issued_at",
            "valid_until",
            "revoked_at",
            "created_at",
        ],
    ),
    ("training_contacts", &["organisation_id", "updated_at"]),
    (
        "training_goals",
        &["organisation_id", "percent", "due_at", "updated_at"],
    ),
    ("training_responses", &["form"]),
    (
        "training_answers",
        &[
            "id",
            "response_id",
            "session_id",
            "course_id",
            "form",
            "question",
            "score",
        ],
    ),
];
