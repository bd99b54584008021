//! The processing register from the code (issue 23): every column of the schema is declared as
//! personal data or as not, every declaration names a real column, every retention setting is
//! enforced and shown in the privacy statement with the same number of days, and the command
//! prints the register, its CSV and the DPIA outline.

use super::kansrijk;
use kansrijk_kernel::backup::tables;
use kansrijk_kernel::config::Config;
use kansrijk_kernel::db::{Backend, Db};
use kansrijk_kernel::i18n::Lang;
use kansrijk_kernel::privacy::{
    Category, NotPersonal, PersonalField, Retention, KERNEL, KERNEL_NOT_PERSONAL,
};
use kansrijk_kernel::testing::{db_test, TestDb};
use std::collections::BTreeSet;

/// Every declaration of the kernel and the features.
fn declared() -> Vec<PersonalField> {
    let features = kansrijk::features();
    KERNEL
        .iter()
        .chain(features.iter().flat_map(|f| f.personal_data))
        .copied()
        .collect()
}

fn not_personal() -> Vec<NotPersonal> {
    let features = kansrijk::features();
    KERNEL_NOT_PERSONAL
        .iter()
        .chain(features.iter().flat_map(|f| f.not_personal))
        .copied()
        .collect()
}

async fn columns(db: &Db, table: &str) -> Vec<String> {
    let sql = match db.backend {
        Backend::Sqlite => "SELECT name FROM pragma_table_info($1) ORDER BY cid",
        Backend::Postgres => {
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position"
        }
    };
    sqlx::query_scalar(sql)
        .bind(table)
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

/// `(table, column)` of every column in the migrated schema.
async fn schema(db: &Db) -> BTreeSet<(String, String)> {
    let mut all = BTreeSet::new();
    for table in tables(db).await.unwrap() {
        for column in columns(db, &table).await {
            all.insert((table.clone(), column));
        }
    }
    all
}

#[db_test]
async fn every_column_is_classified_and_every_declaration_names_a_column(t: TestDb) {
    kansrijk::migrate(&t.db).await.unwrap();
    let schema = schema(&t.db).await;
    let personal: BTreeSet<(String, String)> = declared()
        .iter()
        .map(|f| (f.table.to_string(), f.column.to_string()))
        .collect();
    let other: BTreeSet<(String, String)> = not_personal()
        .iter()
        .flat_map(|(t, cols)| cols.iter().map(|c| (t.to_string(), c.to_string())))
        .collect();

    let unknown: Vec<_> = personal
        .union(&other)
        .filter(|c| !schema.contains(c))
        .collect();
    assert!(
        unknown.is_empty(),
        "declared but not in the schema: {unknown:?}"
    );
    let both: Vec<_> = personal.intersection(&other).collect();
    assert!(
        both.is_empty(),
        "declared personal and not personal: {both:?}"
    );
    // A new column without a classification: declare it in the feature's PERSONAL_DATA when it
    // holds personal data (names, contact details, free text, ids of people, sealed values),
    // otherwise add it to the feature's NOT_PERSONAL.
    let unclassified: Vec<_> = schema
        .iter()
        .filter(|c| !personal.contains(*c) && !other.contains(*c))
        .collect();
    assert!(
        unclassified.is_empty(),
        "columns in neither PERSONAL_DATA nor NOT_PERSONAL: {unclassified:?}"
    );
}

#[test]
fn each_column_is_declared_once_and_sealed_report_content_is_special() {
    let all = declared();
    let mut seen = BTreeSet::new();
    for f in &all {
        assert!(
            seen.insert((f.table, f.column)),
            "{}.{} declared twice",
            f.table,
            f.column
        );
        assert!(!f.purpose_nl.trim().is_empty(), "{}.{}", f.table, f.column);
    }
    for f in all.iter().filter(|f| f.column.ends_with("_sealed")) {
        if f.table.starts_with("report") {
            assert!(
                matches!(f.category, Category::Special(_)),
                "{}.{} is special-category",
                f.table,
                f.column
            );
        }
    }
}

/// A configuration with a different, recognisable number of days for every period.
fn distinct_periods() -> Config {
    Config {
        report_retention_days: 4001,
        registration_retention_days: 4002,
        feedback_retention_days: 4003,
        unconfirmed_account_retention_days: 4004,
        mail_retention_days: 4005,
        audit_retention_days: 4006,
        ..Config::default()
    }
}

/// The code outside the configuration and the declarations themselves: where jobs read the
/// retention settings.
fn code_using_settings() -> String {
    let mut files = vec![];
    for entry in std::fs::read_dir(super::shape::crates_dir())
        .unwrap()
        .flatten()
    {
        let src = entry.path().join("src");
        if src.is_dir() {
            super::shape::rust_files(&src, &mut files);
        }
    }
    files
        .iter()
        .filter(|p| !p.ends_with("config.rs") && !p.to_string_lossy().contains("privacy"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[test]
fn every_retention_setting_is_enforced_and_shows_the_same_days_as_the_privacy_statement() {
    let config = distinct_periods();
    let code = code_using_settings();
    let register = kansrijk::register::markdown(&kansrijk::features(), &config);
    let mut used = BTreeSet::new();
    for f in declared() {
        let Retention::Setting { key, .. } = f.retention else {
            continue;
        };
        used.insert(key);
        let days = kansrijk_kernel::privacy::setting_days(&config, key).unwrap_or_else(|| {
            panic!("{}.{}: {key} is not a retention setting", f.table, f.column)
        });
        // A job reads the setting (`config.<key>`): the period is enforced, not only promised.
        assert!(
            code.contains(&format!(".{key}")),
            "no code reads {key} ({}.{})",
            f.table,
            f.column
        );
        let shown = format!("{days} dagen");
        assert!(
            register.contains(&format!("(instelling {key})")) && register.contains(&shown),
            "{key}"
        );
        for lang in Lang::ALL {
            let statement = kansrijk_kernel::pages::privacy_text(lang, &config);
            assert!(
                statement.contains(&days.to_string()),
                "the {lang:?} privacy statement does not show {key}"
            );
        }
    }
    // And every period the privacy statement promises belongs to declared data.
    for (key, _) in config.retention_periods() {
        assert!(used.contains(key), "{key} is not used by any declaration");
    }
}

#[test]
fn the_command_prints_the_register_its_csv_and_a_dpia_outline() {
    let dir = super::temp_dir();
    let file = dir.join("kansrijk.toml");
    std::fs::write(&file, "report_retention_days = 4321\n").unwrap();
    let run = |args: &[&str]| {
        let out = kansrijk()
            .arg("--config")
            .arg(&file)
            .arg("privacy-register")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };

    let md = run(&[]);
    assert!(
        md.starts_with("# Register van verwerkingsactiviteiten"),
        "{md}"
    );
    for heading in [
        "(`kernel`)",
        "(`reports`)",
        "(`activities`)",
        "(`training`)",
    ] {
        assert!(md.contains(heading), "{heading}");
    }
    assert!(md.contains("| reports | narrative_sealed | bijzonder (art. 9) |"));
    assert!(md
        .contains("4321 dagen na het afsluiten van de melding (instelling report_retention_days)"));

    let csv = run(&["--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("onderdeel,tabel,kolom,categorie,doel,grondslag,bewaartermijn"));
    assert_eq!(
        lines.len(),
        declared().len() + 1,
        "a line per declared column"
    );
    assert!(csv.contains("reports,narrative_sealed,bijzonder (art. 9)"));

    let dpia = run(&["--dpia"]);
    assert!(dpia.contains("## 2. Bijzondere persoonsgegevens"));
    assert!(dpia.contains("| reports.narrative_sealed |"));
    // Risks and measures from THREATS.md, and the gaps it lists.
    assert!(dpia.contains("Guessing receipt codes"));
    assert!(dpia.contains("### The meldpunt"));
    assert!(dpia.contains("Fixed-window rate limits"));
    assert!(dpia.contains("_In te vullen door de privacy officer._"));
    let _ = std::fs::remove_dir_all(dir);
}
