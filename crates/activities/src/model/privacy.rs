//! Personal data of activities (the processing register, `kansrijk privacy-register`): who
//! signs up, how to reach them and what they need to take part (access needs can be health
//! data), the free text of feedback, and the contact person of an activity.

use kansrijk_kernel::authz::Role;
use kansrijk_kernel::privacy::{Art9, LegalBasis, NotPersonal, PersonalField, Reader, Retention};

/// The organisers: professionals and volunteers of the organising organisation, and the
/// programme coordinators.
const ORGANISERS: &[Reader] = &[
    Reader::Subject,
    Reader::Role(Role::Professional),
    Reader::Role(Role::Volunteer),
    Reader::Role(Role::Coordinator),
];
const REGISTRANT: PersonalField = PersonalField::new(
    "registrations",
    "Aanmelding voor een activiteit: weten wie er komt en diegene iets kunnen laten weten",
    LegalBasis::PublicTask,
    Retention::Setting {
        key: "registration_retention_days",
        after: "na het einde van de activiteit (dan geanonimiseerd)",
    },
    ORGANISERS,
);
const NEEDS: PersonalField = REGISTRANT
    .purpose("Wat iemand nodig heeft om mee te doen (toegankelijkheid), vrijwillig opgegeven");

pub const PERSONAL_DATA: &[PersonalField] = &[
    REGISTRANT.column("name"),
    REGISTRANT.column("email"),
    REGISTRANT.column("phone"),
    NEEDS.column("interpreter"),
    NEEDS.column("interpreter_lang"),
    NEEDS.column("childcare"),
    NEEDS.column("sign_language").special(Art9::ExplicitConsent),
    NEEDS.column("wheelchair").special(Art9::ExplicitConsent),
    NEEDS.column("other_needs").special(Art9::ExplicitConsent),
    PersonalField::new(
        "activity_feedback",
        "Mening over een activiteit in eigen woorden (zonder naam), om activiteiten te verbeteren",
        LegalBasis::PublicTask,
        Retention::Setting {
            key: "feedback_retention_days",
            after: "na het geven van de mening",
        },
        &[
            Reader::Role(Role::Professional),
            Reader::Role(Role::Coordinator),
        ],
    )
    .column("comment"),
    PersonalField::new(
        "activities",
        "Contactpersoon van een activiteit, op de openbare pagina",
        LegalBasis::PublicTask,
        Retention::UntilRemoved {
            by: "de organiserende organisatie",
        },
        &[Reader::Public],
    )
    .column("contact_name"),
];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    (
        "venues",
        &[
            "id",
            "name",
            "address",
            "area_id",
            "opening_hours",
            "route",
            "step_free",
            "accessible_toilet",
            "hearing_loop",
            "parking",
            "created_at",
            "updated_at",
            "organisation_id",
        ],
    ),
    (
        "activities",
        &[
            "id",
            "kind",
            "approach_id",
            "venue_id",
            "online_url",
            "starts_at",
            "ends_at",
            "series_id",
            "organisation_id",
            "languages",
            "cost_cents",
            "age_group",
            "capacity",
            "registration_required",
            "status",
            "walk_ins",
            "created_at",
            "updated_at",
            // Counts of registrations, kept by triggers: numbers, nobody's data.
            "confirmed_people",
            "waiting_count",
        ],
    ),
    (
        "activity_texts",
        &["activity_id", "lang", "title", "description"],
    ),
    ("activity_pillars", &["activity_id", "pillar"]),
    // What stays after anonymising: how many came and whether they were there, without a name.
    (
        "registrations",
        &[
            "id",
            "activity_id",
            "token_hash",
            "idempotency_key",
            "people",
            "lang",
            "status",
            "checked_in",
            "reminded_at",
            "created_at",
            "updated_at",
            "anonymised_at",
        ],
    ),
    (
        "activity_feedback",
        &[
            "id",
            "activity_id",
            "met_someone",
            "understand",
            "come_again",
            "created_at",
        ],
    ),
    (
        "venue_photos",
        &["venue_id", "content_type", "bytes", "alt", "updated_at"],
    ),
];
