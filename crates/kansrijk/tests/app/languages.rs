//! The five languages read against `docs/glossary.toml`: one rendering per term, plural categories
//! each language needs, plain Dutch on public pages.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use kansrijk_kernel::i18n::{I18n, Lang};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn glossary() -> toml::Value {
    let text = std::fs::read_to_string(root().join("docs/glossary.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

/// Every key of one Fluent source with its text; the variants of a selector are kept apart.
fn messages(source: &str) -> Messages {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => m
                .value
                .as_ref()
                .map(|p| (m.id.name.to_string(), variants(p))),
            _ => None,
        })
        .collect()
}

/// The readable texts of a pattern: one per variant of its (first) selector.
fn variants(pattern: &Pattern<&str>) -> Vec<String> {
    let mut out = vec![String::new()];
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.iter_mut().for_each(|o| o.push_str(value)),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants: vs, .. } => {
                    let mut next = vec![];
                    for o in &out {
                        for v in vs {
                            for inner in variants(&v.value) {
                                next.push(format!("{o}{inner}"));
                            }
                        }
                    }
                    out = next;
                }
                Expression::Inline(InlineExpression::VariableReference { id }) => out
                    .iter_mut()
                    .for_each(|o| o.push_str(&format!("{{${}}}", id.name))),
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.iter_mut().for_each(|o| o.push_str(value))
                }
                Expression::Inline(_) => {}
            },
        }
    }
    out
}

/// Per key, its texts (one per variant).
type Messages = BTreeMap<String, Vec<String>>;

/// Per key, the selectors on a variable: the variable's name and the variant keys.
type Selectors = BTreeMap<String, Vec<(String, Vec<String>)>>;

/// Selectors on a variable in a message: variable name → the variant keys.
fn selectors(source: &str) -> Selectors {
    fn walk(pattern: &Pattern<&str>, found: &mut Vec<(String, Vec<String>)>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            {
                if let InlineExpression::VariableReference { id } = selector {
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => name.to_string(),
                            VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect();
                    found.push((id.name.to_string(), keys));
                }
                for v in variants {
                    walk(&v.value, found);
                }
            }
        }
    }
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            if let Some(p) = &m.value {
                let mut found = vec![];
                walk(p, &mut found);
                out.insert(m.id.name.to_string(), found);
            }
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Glossary matching: from the start of a word, any case; `*` at the end allows a longer word.
/// Arabic attaches prefixes (و، ب، ل) to words, so an Arabic pattern may start inside a word.
fn matches(text: &str, pattern: &str) -> bool {
    let text = text.to_lowercase();
    let (pattern, prefix) = match pattern.strip_suffix('*') {
        Some(p) => (p.to_lowercase(), true),
        None => (pattern.to_lowercase(), false),
    };
    let arabic = is_arabic(&pattern);
    text.match_indices(&pattern).any(|(i, _)| {
        let before_ok = arabic
            || text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c));
        let after_ok = prefix
            || text[i + pattern.len()..]
                .chars()
                .next()
                .is_none_or(|c| !is_word_char(c));
        before_ok && after_ok
    })
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

struct Term {
    nl: String,
    forms: Vec<String>,
    rendering: BTreeMap<String, String>,
    avoid: BTreeMap<String, Vec<String>>,
    never: BTreeMap<String, Vec<String>>,
}

fn terms() -> Vec<Term> {
    let g = glossary();
    g["term"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let per_lang = |name: &str| -> BTreeMap<String, Vec<String>> {
                t.get(name)
                    .and_then(|a| a.as_table())
                    .map(|a| {
                        a.iter()
                            .map(|(k, v)| (k.clone(), strings(Some(v))))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            Term {
                nl: t["nl"].as_str().unwrap().to_string(),
                forms: strings(t.get("nl_forms")),
                rendering: ["en", "tr", "ar", "pl"]
                    .iter()
                    .map(|l| (l.to_string(), t[*l].as_str().unwrap().to_string()))
                    .collect(),
                avoid: per_lang("avoid"),
                never: per_lang("never"),
            }
        })
        .collect()
}

/// The glossary problems of one translated text next to its Dutch original.
fn glossary_problems(terms: &[Term], lang: &str, dutch: &str, text: &str) -> Vec<String> {
    let used: Vec<&Term> = terms
        .iter()
        .filter(|t| t.forms.iter().any(|f| matches(dutch, f)))
        .collect();
    let mut problems = vec![];
    for term in terms {
        for pattern in term.never.get(lang).into_iter().flatten() {
            if matches(text, pattern) {
                problems.push(format!(
                    "“{pattern}” (never; {} = {})",
                    term.nl, term.rendering[lang]
                ));
            }
        }
    }
    for term in &used {
        for pattern in term.avoid.get(lang).into_iter().flatten() {
            let someone_elses = used
                .iter()
                .any(|other| matches(&other.rendering[lang], pattern));
            if matches(text, pattern) && !someone_elses {
                problems.push(format!(
                    "“{pattern}” for “{}” (use “{}”)",
                    term.nl, term.rendering[lang]
                ));
            }
        }
    }
    problems
}

fn demo_and_seed_files() -> Vec<PathBuf> {
    let crates = root().join("crates");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&crates)
        .unwrap()
        .flatten()
        .map(|e| e.path().join("src/demo.rs"))
        .filter(|p| p.exists())
        .collect();
    files.push(crates.join("programme/seed/liendert.toml"));
    files
}

#[test]
fn the_glossary_can_find_an_avoided_word() {
    let terms = terms();
    assert!(!glossary_problems(&terms, "tr", "Kies een buurt", "Bir semt seçin").is_empty());
    assert!(glossary_problems(
        &terms,
        "tr",
        "Kies een wijk of buurt",
        "Bir semt veya mahalle seçin"
    )
    .is_empty());
    assert!(!glossary_problems(&terms, "pl", "Buurt", "Okolica").is_empty());
    assert!(!glossary_problems(&terms, "ar", "Buurt", "الحي الصغير").is_empty());
    assert!(!glossary_problems(&terms, "ar", "in de wijk", "في الحي.").is_empty());
    assert!(glossary_problems(&terms, "ar", "in de wijk", "الحياة في المنطقة").is_empty());
    assert!(!glossary_problems(&terms, "pl", "De afspraken", "Umowy sąsiedzkie").is_empty());
    assert!(glossary_problems(&terms, "pl", "Samenvatting", "Podsumowanie").is_empty());
    assert!(!glossary_problems(&terms, "en", "een olievlek", "an oil stain").is_empty());
    assert!(!glossary_problems(&terms, "en", "Status", "State").is_empty());
    assert!(glossary_problems(&terms, "en", "Privacyverklaring", "Privacy statement").is_empty());
}

#[test]
fn every_translation_follows_the_glossary() {
    let terms = terms();
    let mut problems = vec![];
    for set in kansrijk::locales() {
        let dutch = messages(set.sources[0].1);
        for (lang, source) in &set.sources[1..] {
            for (key, texts) in messages(source) {
                let nl = dutch.get(&key).map(|v| v.join(" ")).unwrap_or_default();
                for p in glossary_problems(&terms, lang.code(), &nl, &texts.join(" ")) {
                    problems.push(format!("{}/{}.ftl `{key}`: {p}", set.name, lang.code()));
                }
            }
        }
    }
    // The seed: each text in each language next to the same text in Dutch.
    let seed: toml::Value = toml::from_str(
        &std::fs::read_to_string(root().join("crates/programme/seed/liendert.toml")).unwrap(),
    )
    .unwrap();
    fn walk(v: &toml::Value, path: String, out: &mut Vec<(String, String, String, String)>) {
        match v {
            toml::Value::Table(t) => {
                if let Some(toml::Value::Table(texts)) = t.get("text") {
                    if let Some(nl) = texts.get("nl").and_then(|n| n.as_table()) {
                        for (lang, fields) in texts {
                            for (field, value) in fields.as_table().into_iter().flatten() {
                                let dutch = nl.get(field).and_then(|d| d.as_str()).unwrap_or("");
                                out.push((
                                    format!("{path}.{field}"),
                                    lang.clone(),
                                    dutch.into(),
                                    value.as_str().unwrap_or("").into(),
                                ));
                            }
                        }
                    }
                }
                for (k, child) in t {
                    walk(child, format!("{path}.{k}"), out);
                }
            }
            toml::Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    walk(child, format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut texts = vec![];
    walk(&seed, "seed".into(), &mut texts);
    assert!(texts.len() > 20, "{}", texts.len());
    for (path, lang, dutch, text) in texts.iter().filter(|t| t.1 != "nl") {
        for p in glossary_problems(&terms, lang, dutch, text) {
            problems.push(format!("{path} ({lang}): {p}"));
        }
    }
    // The privacy and accessibility statements, per language.
    for entry in std::fs::read_dir(root().join("crates/kernel/content"))
        .unwrap()
        .flatten()
    {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(lang) = name.split('.').nth(1) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        for term in &terms {
            for pattern in term.never.get(lang).into_iter().flatten() {
                if matches(&text, pattern) {
                    problems.push(format!(
                        "{name}: “{pattern}” ({} = {})",
                        term.nl, term.rendering[lang]
                    ));
                }
            }
        }
    }
    // Demo data: the words that are wrong in any sentence.
    for file in demo_and_seed_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        for term in &terms {
            for (lang, patterns) in &term.never {
                for pattern in patterns {
                    if matches(&text, pattern) {
                        problems.push(format!(
                            "{}: “{pattern}” ({lang}; {} = {})",
                            file.display(),
                            term.nl,
                            term.rendering[lang]
                        ));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

// ---- plurals ---------------------------------------------------------------------------------

/// The CLDR plural category of `n` in `lang`, asked of Fluent itself.
fn category(lang: Lang, n: i64) -> String {
    let probe = "p = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
    let set = kansrijk_kernel::i18n::Locales {
        name: "probe",
        sources: Lang::ALL.map(|l| (l, probe)),
    };
    kansrijk_kernel::i18n::Tr::new(lang, std::sync::Arc::new(I18n::new(&[set]).unwrap()))
        .t_num("p", "n", n)
}

/// The categories a count needs in each language. Turkish nouns do not change after a number,
/// so a Turkish count needs no selector (and must not carry a number-dependent suffix).
fn needed(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl | Lang::En => &["one", "other"],
        Lang::Tr => &[],
        Lang::Ar => &["zero", "one", "two", "few", "many", "other"],
        Lang::Pl => &["one", "few", "many", "other"],
    }
}

/// Variables that carry a count of something (other numbers are years, page numbers, codes).
const COUNT_VARIABLES: [&str; 2] = ["count", "minutes"];

/// Numbers that are a position, not an amount ("number 3 on the waiting list", point 4 of a scale).
const POSITIONS: [&str; 2] = ["registration-position", "training-score"];

const SAMPLES: [i64; 8] = [0, 1, 2, 3, 5, 11, 21, 100];

#[test]
fn plural_categories_come_from_cldr() {
    assert_eq!(category(Lang::Ar, 0), "zero");
    assert_eq!(category(Lang::Ar, 2), "two");
    assert_eq!(category(Lang::Ar, 5), "few");
    assert_eq!(category(Lang::Ar, 11), "many");
    assert_eq!(category(Lang::Ar, 100), "other");
    assert_eq!(category(Lang::Pl, 5), "many");
    assert_eq!(category(Lang::Pl, 22), "few");
    assert_eq!(category(Lang::Nl, 1), "one");
}

#[test]
fn every_count_has_the_plural_forms_its_language_needs() {
    let i18n = I18n::new(&kansrijk::locales()).unwrap();
    let mut problems = vec![];
    let mut counted = 0;
    for set in kansrijk::locales() {
        let per_lang: Vec<(Lang, Selectors, Messages)> = set
            .sources
            .iter()
            .map(|(l, s)| (*l, selectors(s), messages(s)))
            .collect();
        // A key counts something when Dutch selects a plural on its variable, or it names a count.
        let mut count_keys: BTreeMap<String, String> = BTreeMap::new();
        for (lang, sel, msgs) in &per_lang {
            for (key, found) in sel.iter().filter(|_| *lang == Lang::Nl) {
                for (var, keys) in found {
                    if keys
                        .iter()
                        .any(|k| ["zero", "one", "two", "few", "many"].contains(&k.as_str()))
                    {
                        count_keys.insert(key.clone(), var.clone());
                    }
                }
            }
            for (key, texts) in msgs {
                for var in COUNT_VARIABLES {
                    if texts.iter().any(|t| t.contains(&format!("{{${var}}}"))) {
                        count_keys.entry(key.clone()).or_insert(var.to_string());
                    }
                }
            }
        }
        for (key, var) in &count_keys {
            // A percentage, a bare number ("fewer than 5", "Meeting 3") or a place in a queue
            // takes no plural noun.
            let placeable = format!("{{${var}}}");
            let bare = |t: &String| {
                t.contains(&format!("{placeable}%")) || t.trim_end().ends_with(&placeable)
            };
            if POSITIONS.contains(&key.as_str())
                || per_lang[0].2.get(key).is_some_and(|t| t.iter().all(bare))
            {
                continue;
            }
            counted += 1;
            for (lang, sel, msgs) in &per_lang {
                let where_ = format!("{}/{}.ftl `{key}`", set.name, lang.code());
                let keys: Vec<&String> = sel
                    .get(key)
                    .into_iter()
                    .flatten()
                    .filter(|(v, _)| v == var)
                    .flat_map(|(_, k)| k)
                    .collect();
                for need in needed(*lang) {
                    if !keys.iter().any(|k| k == need) {
                        problems.push(format!("{where_}: no [{need}] for ${var}"));
                    }
                }
                if *lang == Lang::Tr {
                    for t in msgs.get(key).into_iter().flatten() {
                        if t.contains(&format!("{{${var}}}'"))
                            || t.contains(&format!("{{${var}}}’"))
                        {
                            problems.push(format!(
                                "{where_}: a suffix after the number depends on the number: {t}"
                            ));
                        }
                    }
                }
                // Every sample number renders through its own category, not the fallback.
                if !keys.is_empty() {
                    for n in SAMPLES {
                        let c = category(*lang, n);
                        if !keys.iter().any(|k| **k == c || **k == n.to_string()) {
                            problems
                                .push(format!("{where_}: {n} is [{c}], which the selector lacks"));
                        }
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set(var.clone(), n);
                        let text = i18n.message(*lang, key, Some(&args));
                        if text.contains(&format!("{{${var}}}")) || text == *key {
                            problems.push(format!("{where_}: {n} renders as {text}"));
                        }
                    }
                }
            }
        }
    }
    assert!(counted > 30, "{counted}");
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_digest_subject_counts_one_message_in_the_singular() {
    let i18n = I18n::new(&kansrijk::locales()).unwrap();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 1);
    let one = |lang| i18n.message(lang, "mail-agr-digest-subject", Some(&args));
    assert!(
        one(Lang::Nl).contains("1 bericht ") || one(Lang::Nl).ends_with("1 bericht"),
        "{}",
        one(Lang::Nl)
    );
    assert!(!one(Lang::En).contains("1 updates"), "{}", one(Lang::En));
    // Turkish keeps the noun the same after a number; the others change it after 1.
    for lang in [Lang::Nl, Lang::En, Lang::Ar, Lang::Pl] {
        let mut two = fluent_bundle::FluentArgs::new();
        two.set("count", 2);
        assert_ne!(
            one(lang),
            i18n.message(lang, "mail-agr-digest-subject", Some(&two))
                .replace('2', "1"),
            "{lang:?}"
        );
    }
}

// ---- plain Dutch -----------------------------------------------------------------------------

fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut in_vowels = false;
    for c in word.to_lowercase().chars() {
        let vowel = "aeiouyáéíóúëïöü".contains(c);
        if vowel && !in_vowels {
            count += 1;
        }
        in_vowels = vowel;
    }
    count.max(1)
}

fn sentences(text: &str) -> Vec<Vec<String>> {
    text.split(['.', '!', '?', '\n', ';', ':'])
        .map(|s| {
            s.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn public_dutch_is_plain_and_speaks_to_residents_as_je() {
    let g = glossary();
    let plain = &g["plain_dutch"];
    let staff = strings(plain.get("staff_prefixes"));
    let max_words = plain["max_words"].as_integer().unwrap() as usize;
    let floor = plain["flesch_douma_floor"].as_float().unwrap();
    let avoid = plain["avoid"].as_table().unwrap();
    let mut problems = vec![];
    let mut report = vec![];
    for set in kansrijk::locales() {
        let (mut words, mut sentence_count, mut syllable_count) = (0usize, 0usize, 0usize);
        for (key, texts) in messages(set.sources[0].1) {
            for text in &texts {
                // One form of address everywhere: "je" (staff pages too, so a module never mixes).
                if ["u", "uw"].iter().any(|w| matches(text, w)) {
                    problems.push(format!("{}/nl.ftl `{key}` says “u”: {text}", set.name));
                }
                if staff.iter().any(|p| key.starts_with(p.as_str())) {
                    continue;
                }
                for (word, instead) in avoid {
                    if matches(text, word) {
                        problems.push(format!(
                            "{}/nl.ftl `{key}`: “{word}”, say “{}”",
                            set.name,
                            instead.as_str().unwrap()
                        ));
                    }
                }
                for s in sentences(text) {
                    if s.len() > max_words {
                        problems.push(format!(
                            "{}/nl.ftl `{key}`: {} words: {}",
                            set.name,
                            s.len(),
                            s.join(" ")
                        ));
                    }
                    sentence_count += 1;
                    words += s.len();
                    syllable_count += s.iter().map(|w| syllables(w)).sum::<usize>();
                }
            }
        }
        let score = 206.835
            - 0.93 * (words as f64 / sentence_count as f64)
            - 77.0 * (syllable_count as f64 / words as f64);
        report.push(format!(
            "{}: Flesch-Douma {score:.1} ({words} words)",
            set.name
        ));
        if score < floor {
            problems.push(format!(
                "{}: Flesch-Douma {score:.1} is below {floor}",
                set.name
            ));
        }
    }
    // The privacy and accessibility statements are public Dutch too.
    for name in ["privacy.nl.html", "accessibility.nl.html"] {
        let html =
            std::fs::read_to_string(root().join("crates/kernel/content").join(name)).unwrap();
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        if ["u", "uw"].iter().any(|w| matches(&text, w)) {
            problems.push(format!("{name} says “u”"));
        }
        for s in sentences(&text) {
            if s.len() > max_words {
                problems.push(format!("{name}: {} words: {}", s.len(), s.join(" ")));
            }
        }
    }
    println!("{}", report.join("\n"));
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_plain_dutch_check_can_fail() {
    assert_eq!(sentences("Een. Twee drie! Vier")[1], vec!["Twee", "drie"]);
    assert!(matches("Kijk of u het adres goed hebt", "u"));
    assert!(matches("Kijk of je uw adres", "uw"));
    assert!(!matches("Ga naar buiten", "u"));
    assert_eq!(syllables("bewoners"), 3);
    assert_eq!(syllables("wijk"), 1);
}
