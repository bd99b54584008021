//! Accounts: users with one role assignment each. Every user gets the same password hash (one
//! argon2 computation per run, not one per user: hashing a million passwords would take hours
//! and measure nothing the load tests need). Password: `bench-password-not-secret`.

use crate::bulk::{self, V};
use crate::rng::Rng;
use crate::Scale;
use argon2::password_hash::{PasswordHasher, SaltString};
use argon2::Argon2;
use kansrijk_kernel::db::{now, Db};
use sqlx::Row;
use std::collections::HashMap;

const FIRST: &[&str] = &[
    "Anna", "Mohammed", "Fatima", "Daan", "Sanne", "Yusuf", "Emma", "Noah", "Ayşe", "Piotr",
    "Lotte", "Sem", "Amira", "Bram", "Zeynep", "Julia", "Ahmed", "Fleur", "Kofi", "Maria",
];
const LAST: &[&str] = &[
    "de Vries",
    "Jansen",
    "El Amrani",
    "Bakker",
    "Yılmaz",
    "Visser",
    "Smit",
    "Kowalski",
    "de Boer",
    "Mulder",
    "Bouzid",
    "van Dijk",
    "Mensah",
    "Hendriks",
    "Demir",
    "Peters",
];
const LANGS: &[(&str, u64)] = &[("nl", 80), ("en", 6), ("tr", 6), ("ar", 5), ("pl", 3)];
const ROLES: &[(&str, u64)] = &[
    ("resident", 900),
    ("volunteer", 50),
    ("professional", 30),
    ("report_handler", 5),
    ("mediator", 5),
    ("mediation_coordinator", 2),
    ("youth_coach", 4),
    ("trainer", 2),
    ("coordinator", 2),
];

pub fn password_hash() -> anyhow::Result<String> {
    let salt = SaltString::from_b64("a2Fuc3JpamtiZW5jaA").map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(Argon2::default()
        .hash_password(b"bench-password-not-secret", &salt)
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .to_string())
}

pub async fn generate(db: &Db, scale: Scale, seed: u64) -> anyhow::Result<usize> {
    let hash = password_hash()?;
    let buurten = crate::areas::buurt_ids(db).await?;
    let mut rng = Rng::new(seed, 2);
    let end = now();
    let total = scale.users();
    let mut done = 0;
    while done < total {
        let n = bulk::ROWS_PER_TRANSACTION.min(total - done);
        let mut users = Vec::with_capacity(n);
        let mut roles: HashMap<String, (&str, Option<i64>)> = HashMap::with_capacity(n);
        for i in done..done + n {
            let email = format!("user{i:07}@bench.invalid");
            let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
            let created = end - rng.below(3 * 365 * 86_400) as i64;
            let active = rng.below(10) > 0;
            users.push(vec![
                V::T(email.clone()),
                V::T(name),
                V::T(rng.weighted(LANGS).into()),
                V::OptT(active.then(|| hash.clone())),
                V::T(if active { "active" } else { "invited" }.into()),
                V::I(created),
                V::I(created),
            ]);
            let role = rng.weighted(ROLES);
            // Residents and volunteers belong to a buurt; the others work across the municipality.
            let area = matches!(role, "resident" | "volunteer")
                .then(|| rng.pick(&buurten).0)
                .filter(|_| !buurten.is_empty());
            roles.insert(email, (role, area));
        }
        let mut tx = bulk::begin(db).await?;
        let returned = bulk::insert(
            &mut tx,
            "users",
            &[
                "email",
                "name",
                "lang",
                "password_hash",
                "status",
                "created_at",
                "updated_at",
            ],
            &users,
            "RETURNING id, email",
        )
        .await?;
        let assignments: Vec<Vec<V>> = returned
            .iter()
            .map(|row| {
                let id: i64 = row.get(0);
                let email: String = row.get(1);
                let (role, area) = roles[&email];
                vec![V::I(id), V::T(role.into()), V::OptI(area), V::I(end)]
            })
            .collect();
        bulk::insert(
            &mut tx,
            "role_assignments",
            &["user_id", "role", "area_id", "created_at"],
            &assignments,
            "",
        )
        .await?;
        tx.commit().await?;
        done += n;
    }
    Ok(total)
}
