//! Personal data of the youth stage (the processing register, `kansrijk privacy-register`): the
//! team members' first names and age bands, the birth month of members under 16, the consent
//! records, the contact person's e-mail/phone (sealed), the team thread and the coach log
//! (sealed), and which coach guides a team. Deleted `youth_retention_days` after the campaign
//! ends, or earlier on request; the campaign's story stays.

use kansrijk_kernel::authz::Role;
use kansrijk_kernel::privacy::{LegalBasis, NotPersonal, PersonalField, Reader, Retention};

const TEAM_READERS: &[Reader] = &[
    Reader::Subject,
    Reader::Role(Role::YouthCoach),
    Reader::Role(Role::Coordinator),
];
const MEMBER: PersonalField = PersonalField::new(
    "youth_members",
    "Voornaam en leeftijdsgroep van een teamlid, om de campagne te begeleiden en te tonen",
    LegalBasis::Consent,
    Retention::Setting {
        key: "youth_retention_days",
        after: "na het einde van de campagne (of eerder op verzoek)",
    },
    TEAM_READERS,
);

const RESIDENT: PersonalField = PersonalField::new(
    "youth_reactions",
    "Reactie van een bewoner op een campagne, met de schrijver (publieke naam op het podium)",
    LegalBasis::PublicTask,
    Retention::WhileAccountExists,
    &[
        Reader::Public,
        Reader::Subject,
        Reader::Role(Role::Coordinator),
    ],
);

pub const PERSONAL_DATA: &[PersonalField] = &[
    RESIDENT.column("body"),
    RESIDENT.column("author_id"),
    RESIDENT
        .purpose("Wie een reactie verborg (de moderator) en waarom")
        .column("hidden_by"),
    RESIDENT
        .purpose("Reden van de moderator, die de schrijver te zien krijgt")
        .column("hidden_reason"),
    RESIDENT
        .purpose("Wie een reactie meldde, en waarom, voor de moderatie")
        .table("youth_reaction_flags")
        .column("user_id"),
    RESIDENT
        .purpose("Reden van een melding")
        .table("youth_reaction_flags")
        .column("reason"),
    RESIDENT
        .purpose("Wie een campagne steunt (één keer per persoon)")
        .table("youth_supports")
        .column("user_id"),
    MEMBER.column("first_name"),
    MEMBER.column("age_band"),
    MEMBER
        .purpose("Geboortemaand onder 16 jaar, om bij 16 jaar zelf toestemming te vragen")
        .column("born_month"),
    MEMBER
        .purpose("Toestemming van een ouder of de jongere zelf: datum, tekstversie, kanaal en wat")
        .table("youth_consents")
        .column("given_by"),
    MEMBER
        .purpose("Hoe de ouder of jongere is bereikt voor de toestemming")
        .table("youth_consents")
        .column("channel"),
    MEMBER
        .purpose("E-mail of telefoon van de contactpersoon van het team")
        .table("youth_campaigns")
        .column("contact_sealed"),
    MEMBER
        .purpose("Berichten in de teamdraad en het coachlogboek")
        .table("youth_timeline")
        .column("body_sealed"),
    MEMBER
        .purpose("Wie een bericht schreef (de coach)")
        .table("youth_timeline")
        .column("by_user"),
    MEMBER
        .purpose("Foto's van het team (herkenbaar alleen met toestemming), zonder plaats of camera")
        .table("youth_media_blobs")
        .column("bytes"),
    MEMBER
        .purpose("Kleine versie van een foto van het team")
        .table("youth_media_blobs")
        .column("thumb"),
    MEMBER
        .purpose("Beschrijving of videolink die het team bij zijn werk zet")
        .table("youth_media")
        .column("description"),
    MEMBER
        .purpose("Videolink van het team")
        .table("youth_media")
        .column("url"),
    MEMBER
        .purpose("Eigen terugblik van het team op de campagne")
        .table("youth_campaigns")
        .column("evaluation_sealed"),
    MEMBER
        .purpose("Welke coach een team begeleidt")
        .table("youth_campaigns")
        .column("coach_id")
        .retention(Retention::WhileAccountExists),
];

pub const NOT_PERSONAL: &[NotPersonal] = &[
    (
        "youth_campaigns",
        &[
            "id",
            "name",
            "idea",
            "audience",
            "form",
            "milestone",
            "published",
            "published_at",
            "team_token_hash",
            "ended_at",
            "data_deleted_at",
            "created_at",
            "updated_at",
            "cta_text",
            "cta_url",
        ],
    ),
    (
        "youth_members",
        &[
            "id",
            "campaign_id",
            "position",
            "consent_token_hash",
            "consent_token_sealed",
            "own_consent_asked_at",
            "created_at",
        ],
    ),
    (
        "youth_consents",
        &[
            "id",
            "member_id",
            "text_version",
            "take_part",
            "publish_work",
            "publish_photos",
            "given_at",
            "withdrawn_at",
        ],
    ),
    (
        "youth_media",
        &[
            "id",
            "campaign_id",
            "kind",
            "content_type",
            "recognisable",
            "byte_size",
            "created_at",
        ],
    ),
    ("youth_media_blobs", &["media_id"]),
    (
        "youth_reactions",
        &["id", "campaign_id", "created_at", "kept_at", "hidden_at"],
    ),
    ("youth_reaction_flags", &["reaction_id", "created_at"]),
    ("youth_supports", &["campaign_id", "created_at"]),
    ("youth_views", &["campaign_id", "day", "views"]),
    (
        "youth_timeline",
        &[
            "id",
            "campaign_id",
            "kind",
            "milestone",
            "done",
            "created_at",
        ],
    ),
];
