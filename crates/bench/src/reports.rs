//! Meldpunt reports spread over the last two years (slightly more over time, as the meldpunt
//! becomes known), with the category weights of the demo seed (`kansrijk_reports::demo`). The
//! narrative and contact details are sealed with the installation's key like real reports;
//! `receipt_hash` is a random unique string (no receipt code opens a generated report).

use crate::bulk::{self, V};
use crate::rng::Rng;
use crate::Scale;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::sealing::Sealer;
use sqlx::Row;
use std::collections::HashMap;

use kansrijk_reports::demo::{what, GROUNDS, HANDLINGS, NATURES, RESIDENCES, ROLES, TERRAINS};
use kansrijk_reports::queries::place;

const LANGS: &[(&str, u64)] = &[("nl", 85), ("en", 5), ("tr", 4), ("ar", 4), ("pl", 2)];
const SITUATIONS: &[&str] = &[
    "Mijn buren schelden mij uit {what}. Dat gebeurt al maanden, vooral als ik de kinderen naar school breng.",
    "Bij de bushalte riepen jongeren lelijke dingen naar mij {what}. Niemand deed iets.",
    "In de winkel liep de beveiliger steeds achter mij aan {what}. Andere klanten niet.",
    "Mijn kind wordt op school buitengesloten {what}. De juf zegt dat het wel meevalt.",
    "Ik werd niet uitgenodigd voor een gesprek {what}. Mijn collega met dezelfde opleiding wel.",
    "Bij het bezoeken van een huurwoning kreeg ik te horen dat het huis al weg was {what}.",
    "Ik werd op straat gecontroleerd {what}. Ik had niets gedaan.",
    "In een buurtgroep op internet worden berichten geplaatst over mensen zoals ik {what}.",
];

const COLUMNS: &[&str] = &[
    "ref",
    "receipt_hash",
    "status",
    "reporter_role",
    "happened_about",
    "area_id",
    "location_kind",
    "terrain",
    "nature",
    "wants",
    "residence",
    "lang",
    "narrative_sealed",
    "contact_sealed",
    "consent_handover",
    "handling",
    "created_at",
    "updated_at",
    "closed_at",
];

pub async fn generate(db: &Db, sealer: &Sealer, scale: Scale, seed: u64) -> anyhow::Result<usize> {
    let buurten = crate::areas::buurt_ids(db).await?;
    let mut rng = Rng::new(seed, 3);
    let end = now();
    let start = end - 2 * 365 * 86_400;
    let total = scale.reports();
    let mut done = 0;
    while done < total {
        let n = bulk::ROWS_PER_TRANSACTION.min(total - done);
        let mut rows = Vec::with_capacity(n);
        let mut grounds_of: HashMap<String, Vec<&str>> = HashMap::with_capacity(n);
        for i in done..done + n {
            let t = start
                + ((end - start) as f64
                    * ((i as f64 + rng.below(100) as f64 / 100.0) / total as f64).powf(0.85))
                    as i64;
            let t = t.min(end);
            let terrain = rng.weighted(TERRAINS);
            let ground = rng.weighted(GROUNDS);
            let mut grounds = vec![ground];
            if rng.below(5) == 0 {
                grounds.push(rng.weighted(GROUNDS));
            }
            grounds.sort();
            grounds.dedup();
            let (location_kind, area_id) = match rng.below(20) {
                0 | 1 => ("municipality", None),
                2 => ("outside", None),
                3 => ("unknown", None),
                _ if !buurten.is_empty() => ("buurt", Some(rng.pick(&buurten).0)),
                _ => ("unknown", None),
            };
            let wants = *rng.pick(&["register", "advice", "mediation", "handover"]);
            let age_days = (end - t) / 86_400;
            let (status, handling, closed_at) = if age_days > 60 {
                let status = if rng.below(10) == 0 {
                    "referred"
                } else {
                    "closed"
                };
                let closed = (t + (5 + rng.below(40) as i64) * 86_400).min(end);
                (status, Some(rng.weighted(HANDLINGS)), Some(closed))
            } else if age_days > 7 {
                ("in_progress", None, None)
            } else {
                ("new", None, None)
            };
            let report_ref = rng.token(12);
            let narrative = rng.pick(SITUATIONS).replace("{what}", what(ground));
            let narrative_sealed = sealer.seal(&place(&report_ref, "narrative"), &narrative);
            let contact_sealed = (rng.below(3) > 0).then(|| {
                sealer.seal(
                    &place(&report_ref, "contact"),
                    &format!(
                        r#"{{"name":"Bewoner {i}","email":"bewoner{i}@bench.invalid","phone":"","way":"email"}}"#
                    ),
                )
            });
            rows.push(vec![
                V::T(report_ref.clone()),
                V::T(rng.hex(32)),
                V::T(status.into()),
                V::T(rng.weighted(ROLES).into()),
                V::OptT((rng.below(3) == 0).then(|| "een paar dagen geleden".to_string())),
                V::OptI(area_id),
                V::T(location_kind.into()),
                V::T(terrain.into()),
                V::T(rng.weighted(NATURES).into()),
                V::T(wants.into()),
                V::T(rng.weighted(RESIDENCES).into()),
                V::T(rng.weighted(LANGS).into()),
                V::OptT(Some(narrative_sealed)),
                V::OptT(contact_sealed),
                V::I((wants == "handover") as i64),
                V::OptT(handling.map(String::from)),
                V::I(t),
                V::I(closed_at.unwrap_or(t)),
                V::OptI(closed_at),
            ]);
            grounds_of.insert(report_ref, grounds);
        }
        let mut tx = bulk::begin(db).await?;
        let returned =
            bulk::insert(&mut tx, "reports", COLUMNS, &rows, "RETURNING id, ref").await?;
        let mut grounds = Vec::with_capacity(n * 6 / 5);
        for row in &returned {
            let id: i64 = row.get(0);
            let report_ref: String = row.get(1);
            for ground in &grounds_of[&report_ref] {
                grounds.push(vec![V::I(id), V::T((*ground).into())]);
            }
        }
        bulk::insert(
            &mut tx,
            "report_grounds",
            &["report_id", "ground"],
            &grounds,
            "",
        )
        .await?;
        tx.commit().await?;
        done += n;
    }
    Ok(total)
}
