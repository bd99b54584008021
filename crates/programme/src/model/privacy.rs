//! The programme's personal data (the processing register, `kansrijk privacy-register`): only
//! the contact person of a programme or approach, shown on its public page.

use kansrijk_kernel::privacy::{LegalBasis, NotPersonal, PersonalField, Reader, Retention};

const CONTACT: PersonalField = PersonalField::new(
    "programmes",
    "Contactpersoon van het programma, op de openbare pagina",
    LegalBasis::PublicTask,
    Retention::UntilRemoved {
        by: "een programmacoördinator",
    },
    &[Reader::Public],
);
const APPROACH_CONTACT: PersonalField =
    CONTACT.purpose("Contactpersoon van een kernaanpak, op de openbare pagina");

pub const PERSONAL_DATA: &[PersonalField] = &[
    CONTACT.column("contact_name"),
    CONTACT.column("contact_email"),
    APPROACH_CONTACT.table("approaches").column("contact_name"),
    APPROACH_CONTACT.table("approaches").column("contact_email"),
];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    (
        "programmes",
        &[
            "id",
            "slug",
            "area_id",
            "status",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "programme_texts",
        &["programme_id", "lang", "title", "summary"],
    ),
    (
        "approaches",
        &[
            "id",
            "programme_id",
            "slug",
            "position",
            "status",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "approach_texts",
        &["approach_id", "lang", "title", "summary", "body"],
    ),
    ("approach_pillars", &["approach_id", "pillar"]),
    (
        "approach_actions",
        &["id", "approach_id", "position", "pillars"],
    ),
    (
        "approach_action_texts",
        &["action_id", "lang", "title", "body"],
    ),
];
