//! `kansrijk privacy-register`: the register of processing activities (AVG art. 30) printed
//! from the declarations in the code (`kernel::privacy::KERNEL` and each feature's
//! `personal_data`), with the configured retention periods; and with `--dpia` a DPIA outline
//! (AVG art. 35) from the same register and the threat model, for the privacy officer to
//! complete. In Dutch: it is written for the municipality.

use kansrijk_kernel::config::Config;
use kansrijk_kernel::i18n::{kernel_locales, I18n, Lang};
use kansrijk_kernel::privacy::{Category, PersonalField, Reader, KERNEL};
use kansrijk_kernel::web::Feature;

/// The threat model, read when the binary is built: its risks and measures go into the DPIA.
const THREATS: &str = include_str!("../../../THREATS.md");

/// One part of the register: the kernel or a feature, and its declared fields.
pub struct Section {
    pub name: &'static str,
    pub title_nl: &'static str,
    pub fields: &'static [PersonalField],
}

/// The kernel first, then the features in their order.
pub fn sections(features: &[Feature]) -> Vec<Section> {
    let kernel = Section {
        name: "kernel",
        title_nl: title_nl("kernel"),
        fields: KERNEL,
    };
    std::iter::once(kernel)
        .chain(features.iter().map(|f| Section {
            name: f.name,
            title_nl: title_nl(f.name),
            fields: f.personal_data,
        }))
        .collect()
}

fn title_nl(name: &'static str) -> &'static str {
    match name {
        "kernel" => "Kern: accounts, rollen, sessies, e-mail, logboek en beveiliging",
        "programme" => "Programma en kernaanpakken",
        "activities" => "Activiteiten en ontmoetingsplekken",
        "agreements" => "Buurtafspraken",
        "reports" => "Meldpunt discriminatie",
        "training" => "Trainingen cultuursensitief werken",
        "mediation" => "Buurtbemiddeling",
        other => other,
    }
}

/// The Dutch names of who may read a field.
fn readers_nl(readers: &[Reader], i18n: &I18n) -> String {
    if readers.is_empty() {
        return "alleen het platform zelf".to_string();
    }
    readers
        .iter()
        .map(|r| match r {
            Reader::Subject => "de persoon zelf".to_string(),
            Reader::Public => "iedereen (openbaar)".to_string(),
            Reader::Role(role) => i18n.message(Lang::Nl, &role.label_key(), None),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn roles() -> I18n {
    I18n::new(&[kernel_locales()]).expect("the kernel's translations load")
}

/// A cell of a Markdown table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

const HEADER: [&str; 7] = [
    "tabel",
    "kolom",
    "categorie",
    "doel",
    "grondslag",
    "bewaartermijn",
    "wie mag lezen",
];

/// The row of one field: the columns of [`HEADER`].
fn row(f: &PersonalField, config: &Config, i18n: &I18n) -> [String; 7] {
    [
        f.table.to_string(),
        f.column.to_string(),
        f.category.nl().to_string(),
        f.purpose_nl.to_string(),
        f.basis_nl(),
        f.retention_nl(config),
        readers_nl(f.readers, i18n),
    ]
}

fn table_md(out: &mut String, header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}

/// The register in Markdown, one section per feature.
pub fn markdown(features: &[Feature], config: &Config) -> String {
    let i18n = roles();
    let mut out = String::from(
        "# Register van verwerkingsactiviteiten (AVG artikel 30)\n\n\
         Gemaakt uit de verklaringen in de code van Kansrijk (`kansrijk privacy-register`). \
         Bewaartermijnen met de waarden uit de configuratie van deze installatie.\n\n\
         - Verwerkingsverantwoordelijke: _in te vullen (gemeente)_\n\
         - Functionaris gegevensbescherming: _in te vullen_\n\
         - Ontvangers buiten de gemeente: _in te vullen_ (het platform stuurt zelf geen gegevens door)\n\
         - Doorgifte buiten de EER: geen\n\n",
    );
    for section in sections(features) {
        out.push_str(&format!("## {} (`{}`)\n\n", section.title_nl, section.name));
        if section.fields.is_empty() {
            out.push_str("Geen persoonsgegevens.\n\n");
            continue;
        }
        let rows = section
            .fields
            .iter()
            .map(|f| row(f, config, &i18n).to_vec());
        table_md(&mut out, &HEADER, rows);
        out.push('\n');
    }
    out
}

/// The register as CSV (RFC 4180), one line per field with the feature first.
pub fn csv(features: &[Feature], config: &Config) -> String {
    let i18n = roles();
    let mut w = kansrijk_kernel::csv::Writer::new();
    w.row(std::iter::once("onderdeel").chain(HEADER));
    for section in sections(features) {
        for f in section.fields {
            let r = row(f, config, &i18n);
            w.row(std::iter::once(section.name.to_string()).chain(r));
        }
    }
    w.finish()
}

/// The tables of one `###` part of the threat model: `(heading, rows of cells)`.
fn threat_parts() -> Vec<(&'static str, Vec<Vec<&'static str>>)> {
    let body = THREATS
        .split("## Threats, protections and their tests")
        .nth(1)
        .unwrap_or_default();
    let body = body.split("\n## ").next().unwrap_or_default();
    let mut parts: Vec<(&str, Vec<Vec<&str>>)> = vec![];
    for line in body.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            parts.push((heading.trim(), vec![]));
        } else if line.starts_with('|') && !line.starts_with("| ---") {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            if let Some((_, rows)) = parts.last_mut() {
                rows.push(cells);
            }
        }
    }
    // The first row of each table is its header.
    for (_, rows) in parts.iter_mut() {
        if !rows.is_empty() {
            rows.remove(0);
        }
    }
    parts
}

/// The threat model's "Known gaps" section.
fn known_gaps() -> &'static str {
    THREATS
        .split("## Known gaps")
        .nth(1)
        .map(|s| s.split("\n## ").next().unwrap_or_default().trim())
        .unwrap_or_default()
}

const TO_COMPLETE: &str = "_In te vullen door de privacy officer._\n\n";

/// A DPIA outline: the processing from the register, the special-category data, the risks
/// and measures of the threat model, and headings for the privacy officer to complete.
pub fn dpia(features: &[Feature], config: &Config) -> String {
    let mut out = String::from(
        "# Gegevensbeschermingseffectbeoordeling (DPIA, AVG artikel 35) — opzet\n\n\
         Gemaakt uit het verwerkingsregister en het dreigingsmodel (THREATS.md) van Kansrijk. \
         Delen met _in te vullen_ vult de privacy officer aan.\n\n",
    );
    dpia_processing(&mut out, features, config);
    dpia_special(&mut out, features, config);
    out.push_str("## 3. Noodzaak en evenredigheid\n\n");
    out.push_str(
        "Per doel: is de verwerking nodig, kan het met minder gegevens (dataminimalisatie), \
         zijn de bewaartermijnen passend?\n\n",
    );
    out.push_str(TO_COMPLETE);
    dpia_risks(&mut out);
    out.push_str("## 6. Rechten van betrokkenen\n\n");
    out.push_str(
        "Inzage, correctie, verwijdering en bezwaar: zie de privacyverklaring (/privacy).\n\n",
    );
    out.push_str(TO_COMPLETE);
    out.push_str("## 7. Oordeel en besluit\n\n");
    out.push_str("Restrisico, advies van de functionaris gegevensbescherming, voorafgaande raadpleging van de Autoriteit Persoonsgegevens nodig (ja/nee), besluit en datum.\n\n");
    out.push_str(TO_COMPLETE);
    out
}

fn dpia_processing(out: &mut String, features: &[Feature], config: &Config) {
    out.push_str("## 1. Beschrijving van de verwerking\n\n");
    out.push_str(
        "Aard, omvang, context en doeleinden per onderdeel (uit het register). Het volledige \
         register: `kansrijk privacy-register`.\n\n",
    );
    for section in sections(features) {
        if section.fields.is_empty() {
            continue;
        }
        out.push_str(&format!("### {}\n\n", section.title_nl));
        let mut purposes: Vec<(&str, String, String)> = vec![];
        for f in section.fields {
            if !purposes.iter().any(|(p, _, _)| *p == f.purpose_nl) {
                purposes.push((f.purpose_nl, f.basis_nl(), f.retention_nl(config)));
            }
        }
        for (purpose, basis, retention) in purposes {
            out.push_str(&format!(
                "- {purpose} — grondslag: {basis}; bewaartermijn: {retention}\n"
            ));
        }
        out.push('\n');
    }
    out.push_str("Aantallen betrokkenen en gebruikers: ");
    out.push_str(TO_COMPLETE);
}

fn dpia_special(out: &mut String, features: &[Feature], config: &Config) {
    out.push_str("## 2. Bijzondere persoonsgegevens\n\n");
    let i18n = roles();
    let rows = sections(features).into_iter().flat_map(|s| {
        s.fields
            .iter()
            .filter(|f| matches!(f.category, Category::Special(_)))
            .map(|f| {
                vec![
                    format!("{}.{}", f.table, f.column),
                    f.purpose_nl.to_string(),
                    f.basis_nl(),
                    f.retention_nl(config),
                    readers_nl(f.readers, &i18n),
                ]
            })
            .collect::<Vec<_>>()
    });
    table_md(
        out,
        &[
            "gegeven",
            "doel",
            "grondslag",
            "bewaartermijn",
            "wie mag lezen",
        ],
        rows,
    );
    out.push('\n');
}

fn dpia_risks(out: &mut String) {
    out.push_str("## 4. Risico's en maatregelen\n\n");
    out.push_str(
        "Uit het dreigingsmodel (THREATS.md, in het Engels): per dreiging de maatregel in het \
         platform en de test die faalt als die maatregel verdwijnt. Per risico vult de privacy \
         officer kans, impact en restrisico in.\n\n",
    );
    for (heading, rows) in threat_parts() {
        out.push_str(&format!("### {heading}\n\n"));
        let rows = rows.into_iter().map(|r| {
            vec![
                r.first().copied().unwrap_or_default().to_string(),
                r.get(1).copied().unwrap_or_default().to_string(),
                "_in te vullen_".to_string(),
            ]
        });
        table_md(
            out,
            &["risico", "maatregel", "kans / impact / restrisico"],
            rows,
        );
        out.push('\n');
    }
    out.push_str("## 5. Bekende tekortkomingen\n\n");
    out.push_str(known_gaps());
    out.push_str("\n\n");
    out.push_str("Aanvullende maatregelen (organisatorisch: training, autorisatiebeheer, verwerkersovereenkomst met de hoster): ");
    out.push_str(TO_COMPLETE);
}
