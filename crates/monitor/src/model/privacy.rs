//! Personal data of the monitor (the processing register, `kansrijk privacy-register`): answers
//! are anonymous (buurt, age band and wave only; no person, no time, no invitation code), except
//! a short text answer, which someone may write anything in: it is sealed and deleted a year
//! after its wave closed. Invitation codes are kept as a keyed hash with a "used" flag only.

use kansrijk_kernel::authz::Role;
use kansrijk_kernel::privacy::{LegalBasis, NotPersonal, PersonalField, Retention};

pub const TEXT_RETENTION_DAYS: i64 = 365;

pub const PERSONAL_DATA: &[PersonalField] = &[PersonalField::new(
    "monitor_answers",
    "Kort antwoord in eigen woorden op een vraag van de buurtmonitor (versleuteld)",
    LegalBasis::PublicTask,
    Retention::Fixed {
        days: TEXT_RETENTION_DAYS,
        after: "na het sluiten van de meting",
    },
    &[kansrijk_kernel::privacy::Reader::Role(Role::Coordinator)],
)
.column("text_sealed")];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    ("monitor_settings", &["id", "floor"]),
    ("monitor_instruments", &["id", "name", "created_at"]),
    (
        "monitor_versions",
        &["id", "instrument_id", "number", "created_at"],
    ),
    (
        "monitor_questions",
        &[
            "id",
            "version_id",
            "position",
            "item",
            "kind",
            "reverse",
            "choices",
        ],
    ),
    ("monitor_question_texts", &["question_id", "lang", "text"]),
    (
        "monitor_waves",
        &[
            "id",
            "instrument_id",
            "version_id",
            "name",
            "kind",
            "year",
            "status",
            "link_token",
            "opened_at",
            "closed_at",
            "generation",
            "created_at",
        ],
    ),
    ("monitor_codes", &["hash", "wave_id", "used"]),
    (
        "monitor_responses",
        &["id", "wave_id", "buurt_code", "age_band"],
    ),
    (
        "monitor_answers",
        &["response_id", "question_id", "value", "choice"],
    ),
    (
        "monitor_aggregates",
        &[
            "indicator",
            "wave_id",
            "area_code",
            "n",
            "total",
            "total_sq",
        ],
    ),
    ("monitor_code_map", &["old_code", "new_code"]),
    (
        "monitor_module_counts",
        &["indicator", "year", "area_code", "n", "hits"],
    ),
    (
        "monitor_residents",
        &["area_code", "residents", "year", "updated_at"],
    ),
];
