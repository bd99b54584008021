//! Demo reports: a realistic spread over the last two years and the five buurten, so the
//! figures, the queue and the follow-up can be tried. Deterministic (a fixed seed); only
//! applied to a database without reports. Demo receipt codes are not valid codes.

use crate::model::ReportInput;
use crate::queries;
use kansrijk_kernel::crypto::random_token;
use kansrijk_kernel::db::{now, Db};
use kansrijk_kernel::sealing::Sealer;

/// A small deterministic generator (the demo must look the same on every machine).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Picks by weight.
    fn weighted<'a>(&mut self, items: &[(&'a str, u64)]) -> &'a str {
        by_weight(items, |total| self.below(total))
    }
}

/// Picks by weight with the caller's generator (`below(n)`: a number in `0..n`), so the demo
/// and the benchmark data generator each stay deterministic with their own.
pub fn by_weight<'a>(items: &[(&'a str, u64)], below: impl FnOnce(u64) -> u64) -> &'a str {
    let total: u64 = items.iter().map(|(_, w)| w).sum();
    let mut r = below(total);
    for (item, w) in items {
        if r < *w {
            return item;
        }
        r -= w;
    }
    items[0].0
}

/// Realistic category weights (percent), shared with the benchmark data generator.
pub const GROUNDS: &[(&str, u64)] = &[
    ("origin", 45),
    ("income", 15),
    ("religion", 12),
    ("nationality", 8),
    ("gender", 6),
    ("disability", 5),
    ("age", 4),
    ("sexual_orientation", 3),
    ("other", 2),
];
pub const TERRAINS: &[(&str, u64)] = &[
    ("neighbours", 25),
    ("public_space", 20),
    ("shops_hospitality", 15),
    ("education", 10),
    ("work", 8),
    ("housing", 8),
    ("authorities_police", 6),
    ("internet_media", 4),
    ("sports_recreation", 2),
    ("other", 2),
];
pub const NATURES: &[(&str, u64)] = &[
    ("hostile_treatment", 45),
    ("unequal_treatment", 30),
    ("threat", 10),
    ("vandalism", 5),
    ("violence", 4),
    ("other", 6),
];
pub const ROLES: &[(&str, u64)] = &[("victim", 3), ("witness", 1), ("on_behalf", 1)];
pub const RESIDENCES: &[(&str, u64)] = &[("municipality", 5), ("elsewhere", 1), ("unknown", 1)];
pub const HANDLINGS: &[(&str, u64)] = &[
    ("registration", 35),
    ("advice", 30),
    ("mediation", 12),
    ("referral", 13),
    ("legal_support", 5),
    ("policy", 5),
];

/// Why it happened, in the reporter's words, per ground (shared with the benchmark data).
pub fn what(ground: &str) -> &'static str {
    match ground {
        "origin" => "om mijn huidskleur en afkomst",
        "income" => "omdat ik weinig geld heb",
        "religion" => "om mijn geloof",
        "nationality" => "omdat ik niet uit Nederland kom",
        "gender" => "omdat ik een vrouw ben",
        "disability" => "om mijn beperking",
        "age" => "om mijn leeftijd",
        "sexual_orientation" => "omdat ik homo ben",
        _ => "om wie ik ben",
    }
}

fn narrative(terrain: &str, ground: &str, r: &mut Lcg) -> String {
    let what = what(ground);
    let situations: &[&str] = match terrain {
        "neighbours" => &["Mijn buren schelden mij uit {what}. Dat gebeurt al maanden, vooral als ik de kinderen naar school breng.", "Een buurman zegt steeds dat ik hier niet hoor {what}. Ik voel me niet meer veilig in mijn eigen straat."],
        "public_space" => &["Bij de bushalte riepen jongeren lelijke dingen naar mij {what}. Niemand deed iets.", "In het park werd ik weggestuurd van het bankje {what}."],
        "shops_hospitality" => &["In de winkel liep de beveiliger steeds achter mij aan {what}. Andere klanten niet.", "Bij het café mocht ik niet naar binnen {what}, terwijl er plek was."],
        "education" => &["Mijn kind wordt op school buitengesloten {what}. De juf zegt dat het wel meevalt.", "Op school krijgt mijn dochter een lager advies {what}, denken wij."],
        "work" => &["Ik werd niet uitgenodigd voor een gesprek {what}. Mijn collega met dezelfde opleiding wel.", "Op mijn werk maken collega's grappen over mij {what}."],
        "housing" => &["Bij het bezoeken van een huurwoning kreeg ik te horen dat het huis al weg was {what}. Mijn vriendin belde later en kon wel komen kijken.", "De verhuurder reageert niet op mijn klachten {what}."],
        "authorities_police" => &["Ik werd op straat gecontroleerd {what}. Ik had niets gedaan.", "Bij het loket werd ik anders behandeld {what}."],
        "internet_media" => &["In een buurtgroep op internet worden berichten geplaatst over mensen zoals ik {what}.", "Iemand zet online lelijke berichten over mij {what}."],
        "sports_recreation" => &["Bij de sportclub mocht mijn zoon niet meedoen {what}."],
        _ => &["Ik werd anders behandeld {what}. Ik wil dat dit bekend is."],
    };
    situations[r.below(situations.len() as u64) as usize].replace("{what}", what)
}

/// Adds about 230 reports spread over the last two years, unless there are reports already.
pub async fn seed(db: &Db, sealer: &Sealer) -> anyhow::Result<usize> {
    if queries::count(db).await? > 0 {
        return Ok(0);
    }
    let buurten: Vec<(i64, String)> = kansrijk_kernel::areas::list(db)
        .await?
        .into_iter()
        .filter(|a| a.kind == "neighbourhood")
        .map(|a| (a.id, a.code))
        .collect();
    let mut r = Lcg(20_261_128);
    let end = now();
    let start = end - 2 * 365 * 86_400;
    let mut made = 0;
    for i in 0..230u64 {
        // Slightly more reports over time: the meldpunt becomes known.
        let t = start
            + ((end - start) as f64 * ((i as f64 + r.below(100) as f64 / 100.0) / 230.0).powf(0.85))
                as i64;
        let terrain = r.weighted(TERRAINS);
        let ground = r.weighted(GROUNDS);
        let mut grounds = vec![ground.to_string()];
        if r.below(5) == 0 {
            grounds.push(r.weighted(GROUNDS).to_string());
        }
        grounds.sort();
        grounds.dedup();
        let (location, area_id) = match r.below(20) {
            0 | 1 => ("municipality".to_string(), None),
            2 => ("outside".to_string(), None),
            3 => ("unknown".to_string(), None),
            _ if !buurten.is_empty() => {
                let (id, code) = &buurten[r.below(buurten.len() as u64) as usize];
                (code.clone(), Some(*id))
            }
            _ => ("unknown".to_string(), None),
        };
        let wants = ["register", "advice", "mediation", "handover"][r.below(4) as usize];
        let with_contact = r.below(3) > 0;
        let input = ReportInput {
            role: r.weighted(ROLES).into(),
            narrative: narrative(terrain, ground, &mut r),
            happened_about: if r.below(3) == 0 {
                "een paar dagen geleden".into()
            } else {
                String::new()
            },
            location,
            terrain: terrain.into(),
            grounds,
            nature: r.weighted(NATURES).into(),
            wants: vec![wants.into()],
            residence: r.weighted(RESIDENCES).into(),
            contact_name: if with_contact {
                format!("Bewoner {}", 100 + i)
            } else {
                String::new()
            },
            contact_email: if with_contact {
                format!("bewoner{}@demo.invalid", 100 + i)
            } else {
                String::new()
            },
            contact_way: if with_contact {
                "email".into()
            } else {
                String::new()
            },
            consent_handover: wants == "handover",
            privacy_read: true,
            ..Default::default()
        };
        let (id, _) = queries::insert(
            db,
            sealer,
            &input,
            area_id,
            "nl",
            &format!("demo-{}", random_token(12)),
            None,
        )
        .await?;
        let age_days = (end - t) / 86_400;
        let (status, handling, closed) = if age_days > 60 {
            let status = if r.below(10) == 0 {
                "referred"
            } else {
                "closed"
            };
            (
                status,
                Some(r.weighted(HANDLINGS)),
                Some(t + (5 + r.below(40) as i64) * 86_400),
            )
        } else if age_days > 7 {
            ("in_progress", None, None)
        } else {
            ("new", None, None)
        };
        queries::set_status(db, id, status, handling).await?;
        queries::backdate(db, id, t, closed).await?;
        made += 1;
    }
    Ok(made)
}
