//! Languages and translations (Fluent).
//!
//! Each crate (the kernel and every feature) keeps its own `locales/{nl,en,tr,ar,pl}.ftl` and
//! hands them over with [`locales!`]; at start-up they are joined into one bundle per language.
//! Dutch is the default and the fallback.

use anyhow::anyhow;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    En,
    Tr,
    Ar,
    Pl,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar, Lang::Pl];
    pub const DEFAULT: Lang = Lang::Nl;

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Pl => "pl",
        }
    }

    /// Accepts `nl`, `NL`, `nl-BE`, `ar_MA`: only the primary subtag counts.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in that language itself, for the language switcher (not translated:
    /// a reader looks for their own language's name).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ar => "العربية",
            Lang::Pl => "Polski",
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (position, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").map(str::trim))
                .map(|q| q.parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            let Some(lang) = Lang::from_code(tag) else {
                continue;
            };
            if q <= 0.0 {
                continue;
            }
            // Higher q wins; on a tie the earlier entry wins.
            let better = match best {
                None => true,
                Some((bq, bp, _)) => q > bq || (q == bq && position < bp),
            };
            if better {
                best = Some((q, position, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }
}

/// The translation files of one crate.
#[derive(Clone)]
pub struct Locales {
    pub name: &'static str,
    pub sources: [(Lang, &'static str); 5],
}

/// Builds the [`Locales`] of the calling crate from its `locales/` folder.
#[macro_export]
macro_rules! locales {
    ($name:expr) => {
        $crate::i18n::Locales {
            name: $name,
            sources: [
                (
                    $crate::i18n::Lang::Nl,
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/nl.ftl")),
                ),
                (
                    $crate::i18n::Lang::En,
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en.ftl")),
                ),
                (
                    $crate::i18n::Lang::Tr,
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/tr.ftl")),
                ),
                (
                    $crate::i18n::Lang::Ar,
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/ar.ftl")),
                ),
                (
                    $crate::i18n::Lang::Pl,
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/pl.ftl")),
                ),
            ],
        }
    };
}

/// The kernel's own strings (layout, error pages, statements).
pub fn kernel_locales() -> Locales {
    crate::locales!("kernel")
}

/// All translations of the running application.
///
/// Most messages are plain text (no variables, no terms, no choices). Those are kept as slices of
/// the translation files compiled into the executable, and only the others go into a Fluent
/// bundle: a parsed Fluent message costs about 1 KB of heap, and the plain ones are nine in ten of
/// the five languages' messages (issue 20: the resident memory of a small server).
pub struct I18n {
    languages: HashMap<Lang, Language>,
}

struct Language {
    plain: HashMap<&'static str, Cow<'static, str>>,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").finish_non_exhaustive()
    }
}

impl I18n {
    /// Joins the locales of all crates. Fails on a syntax error or on a key defined twice, so a
    /// broken translation file stops the start-up instead of showing raw keys.
    pub fn new(sets: &[Locales]) -> anyhow::Result<I18n> {
        let mut languages = HashMap::new();
        for lang in Lang::ALL {
            let id: unic_langid::LanguageIdentifier = lang.code().parse()?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Unicode isolation marks would end up inside HTML attributes and test assertions;
            // mixed-direction text is handled by the `dir` attributes of the layout instead.
            bundle.set_use_isolating(false);
            let mut plain = HashMap::new();
            for set in sets {
                let (_, source) = set
                    .sources
                    .iter()
                    .find(|(l, _)| *l == lang)
                    .expect("all five");
                let file = || format!("{}/{}.ftl", set.name, lang.code());
                let (rest, complex) =
                    split_plain(source, &mut plain).map_err(|e| anyhow!("{}: {e}", file()))?;
                let resource = FluentResource::try_new(rest)
                    .map_err(|(_, errors)| anyhow!("{}: {errors:?}", file()))?;
                let parsed: BTreeSet<&str> = resource
                    .entries()
                    .filter_map(|entry| match entry {
                        Entry::Message(m) => Some(m.id.name),
                        _ => None,
                    })
                    .collect();
                // A check on the line-based split in `entry_texts`.
                anyhow::ensure!(parsed == complex, "{}: messages lost in the split", file());
                bundle
                    .add_resource(resource)
                    .map_err(|errors| anyhow!("{}: duplicate keys {errors:?}", file()))?;
            }
            let twice: Vec<&str> = plain
                .keys()
                .copied()
                .filter(|key| bundle.has_message(key))
                .collect();
            anyhow::ensure!(
                twice.is_empty(),
                "{}: duplicate keys {twice:?}",
                lang.code()
            );
            languages.insert(lang, Language { plain, bundle });
        }
        Ok(I18n { languages })
    }

    /// The message `key` in `lang`, falling back to Dutch, then to the key itself (a test makes
    /// sure the last never happens).
    pub fn message(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        for l in [lang, Lang::DEFAULT] {
            let language = &self.languages[&l];
            if let Some(text) = language.plain.get(key) {
                return text.to_string();
            }
            let bundle = &language.bundle;
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(key, lang = l.code(), ?errors, "translation error");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(key, lang = lang.code(), "missing translation");
        key.to_string()
    }

    pub fn has(&self, lang: Lang, key: &str) -> bool {
        let language = &self.languages[&lang];
        language.plain.contains_key(key) || language.bundle.has_message(key)
    }
}

/// Moves the plain messages of one Fluent source into `plain` (failing on a key that is already
/// there) and returns the source of the rest, for Fluent to parse: the messages with placeables
/// or attributes (their names too), and every term.
fn split_plain(
    source: &'static str,
    plain: &mut HashMap<&'static str, Cow<'static, str>>,
) -> anyhow::Result<(String, BTreeSet<&'static str>)> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errors)| anyhow!("{errors:?}"))?;
    let mut rest = BTreeSet::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let name = message.id.name;
        let text = match &message.value {
            Some(pattern) if message.attributes.is_empty() => plain_text(pattern),
            _ => None,
        };
        match text {
            Some(text) => {
                if plain.insert(name, text).is_some() {
                    anyhow::bail!("duplicate key {name}");
                }
            }
            None => {
                rest.insert(name);
            }
        }
    }
    let text = entry_texts(source)
        .into_iter()
        .filter(|(id, _)| id.starts_with('-') || rest.contains(id))
        .map(|(_, text)| text)
        .collect();
    Ok((text, rest))
}

/// The text of a pattern without placeables, as Fluent would format it: its pieces (one per line)
/// joined.
fn plain_text(pattern: &Pattern<&'static str>) -> Option<Cow<'static, str>> {
    let mut pieces = pattern.elements.iter().map(|element| match element {
        PatternElement::TextElement { value } => Some(*value),
        PatternElement::Placeable { .. } => None,
    });
    match pattern.elements.len() {
        1 => pieces.next().flatten().map(Cow::Borrowed),
        _ => pieces.collect::<Option<String>>().map(Cow::Owned),
    }
}

/// The entries of a Fluent source as text, with their identifiers (`-name` for a term): an entry
/// starts at a line that begins with an identifier and `=`; the lines after it, up to the next
/// entry or comment, belong to it. Comments are left out.
fn entry_texts(source: &str) -> Vec<(&str, &str)> {
    let mut entries = vec![];
    let mut current: Option<(&str, usize)> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let id = entry_id(line);
        if id.is_some() || line.starts_with('#') {
            if let Some((name, start)) = current.take() {
                entries.push((name, &source[start..offset]));
            }
            current = id.map(|name| (name, offset));
        }
        offset += line.len();
    }
    if let Some((name, start)) = current {
        entries.push((name, &source[start..]));
    }
    entries
}

/// `name` for a line `name = …` or `-name = …` that starts an entry.
fn entry_id(line: &str) -> Option<&str> {
    let (head, _) = line.split_once('=')?;
    let id = head.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let first = name.chars().next()?;
    (first.is_ascii_alphabetic()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(id)
}

/// Lists every key that one language of a set defines and another lacks, as readable problems.
/// An empty list means the set is complete.
pub fn missing_keys(set: &Locales) -> Vec<String> {
    let keys: Vec<(Lang, BTreeSet<String>)> = set
        .sources
        .iter()
        .map(|(lang, source)| (*lang, message_keys(source)))
        .collect();
    let all: BTreeSet<&String> = keys.iter().flat_map(|(_, k)| k.iter()).collect();
    let mut problems = vec![];
    for (lang, k) in &keys {
        for key in &all {
            if !k.contains(*key) {
                problems.push(format!("{}/{}.ftl lacks `{key}`", set.name, lang.code()));
            }
        }
    }
    problems
}

/// The message identifiers defined in one Fluent source.
pub fn message_keys(source: &str) -> BTreeSet<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// A translator for one request: the chosen language and all translations.
#[derive(Clone, Debug)]
pub struct Tr {
    pub lang: Lang,
    i18n: Arc<I18n>,
}

impl Tr {
    pub fn new(lang: Lang, i18n: Arc<I18n>) -> Tr {
        Tr { lang, i18n }
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n.message(self.lang, key, None)
    }

    /// A message with one text argument, e.g. `{ $name }`.
    pub fn t_str(&self, key: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(value.to_string()));
        self.i18n.message(self.lang, key, Some(&args))
    }

    /// A message with any arguments.
    pub fn t_args(&self, key: &str, args: &FluentArgs) -> String {
        self.i18n.message(self.lang, key, Some(args))
    }

    /// A message with one number argument (plural rules apply), e.g. `{ $count }`.
    pub fn t_num(&self, key: &str, name: &str, value: i64) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(value));
        self.i18n.message(self.lang, key, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_honours_quality_and_order() {
        assert_eq!(
            Lang::from_accept_language("ar-MA,ar;q=0.9,en;q=0.8"),
            Some(Lang::Ar)
        );
        assert_eq!(
            Lang::from_accept_language("de-DE,de;q=0.9,pl;q=0.5"),
            Some(Lang::Pl)
        );
        assert_eq!(
            Lang::from_accept_language("en;q=0.2, tr;q=0.8"),
            Some(Lang::Tr)
        );
        assert_eq!(Lang::from_accept_language("fr, de"), None);
        assert_eq!(Lang::from_accept_language("nl;q=0, en"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(Lang::from_accept_language(";;;q=x,,"), None);
    }

    #[test]
    fn codes_round_trip_and_only_arabic_is_rtl() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.dir() == "rtl", lang == Lang::Ar);
        }
        assert_eq!(Lang::from_code("NL-be"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn kernel_locales_are_complete_and_parse() {
        let set = kernel_locales();
        assert_eq!(missing_keys(&set), Vec::<String>::new());
        let i18n = I18n::new(&[kernel_locales()]).unwrap();
        assert!(i18n.has(Lang::Ar, "layout-skip-link"));
    }

    #[test]
    fn missing_keys_are_reported_per_language() {
        let set = Locales {
            name: "sample",
            sources: [
                (Lang::Nl, "a = A\nb = B\n"),
                (Lang::En, "a = A\nb = B\n"),
                (Lang::Tr, "a = A\n"),
                (Lang::Ar, "a = A\nb = B\n"),
                (Lang::Pl, "a = A\nb = B\nc = C\n"),
            ],
        };
        let problems = missing_keys(&set);
        assert!(problems.contains(&"sample/tr.ftl lacks `b`".to_string()));
        assert!(problems.contains(&"sample/nl.ftl lacks `c`".to_string()));
        assert_eq!(problems.len(), 5);
    }

    #[test]
    fn messages_fall_back_to_dutch_and_format_numbers() {
        let set = Locales {
            name: "sample",
            sources: [
                (Lang::Nl, "hi = Hallo { $name }\nonly-nl = Alleen NL\nn = { $count ->\n [one] één\n *[other] { $count } stuks\n}\n"),
                (Lang::En, "hi = Hello { $name }\nn = { $count ->\n [one] one\n *[other] { $count } pieces\n}\n"),
                (Lang::Tr, ""),
                (Lang::Ar, ""),
                (Lang::Pl, ""),
            ],
        };
        let tr = Tr::new(Lang::En, Arc::new(I18n::new(&[set]).unwrap()));
        assert_eq!(tr.t_str("hi", "name", "Jane"), "Hello Jane");
        assert_eq!(tr.t("only-nl"), "Alleen NL");
        assert_eq!(tr.t_num("n", "count", 1), "one");
        assert_eq!(tr.t_num("n", "count", 3), "3 pieces");
        assert_eq!(tr.t("no-such-key"), "no-such-key");
    }

    #[test]
    fn plain_messages_read_as_fluent_formats_them_and_the_rest_keeps_working() {
        let nl = "# Comment = not a message\n\
                  -brand = Kansrijk\n\
                  one = Eén regel\n\
                  lines =\n    Eerste regel\n    tweede regel\n\
                  welcome = Welkom bij { -brand }\n\
                  literal = Open {\"{\"} haakje\n\
                  n = { $count ->\n[one] één\n *[other] { $count } stuks\n}\n\
                  after = Na de keuze\n\
                  field = Veld\n    .label = Label\n";
        let set = Locales {
            name: "sample",
            sources: [
                (Lang::Nl, nl),
                (Lang::En, ""),
                (Lang::Tr, ""),
                (Lang::Ar, ""),
                (Lang::Pl, ""),
            ],
        };
        let i18n = I18n::new(&[set]).unwrap();
        let plain = &i18n.languages[&Lang::Nl].plain;
        let names: BTreeSet<&str> = plain.keys().copied().collect();
        assert_eq!(names, BTreeSet::from(["one", "lines", "after"]));
        assert!(
            matches!(plain["one"], Cow::Borrowed(_)),
            "no copy of a one-line message"
        );

        let mut whole = FluentBundle::new_concurrent(vec!["nl".parse().unwrap()]);
        whole.set_use_isolating(false);
        whole
            .add_resource(FluentResource::try_new(nl.to_string()).unwrap())
            .unwrap();
        let tr = Tr::new(Lang::En, Arc::new(i18n));
        for key in ["one", "lines", "welcome", "literal", "after", "field"] {
            let pattern = whole.get_message(key).unwrap().value().unwrap();
            let expected = whole.format_pattern(pattern, None, &mut vec![]);
            assert_eq!(tr.t(key), expected, "{key}");
        }
        assert_eq!(tr.t("lines"), "Eerste regel\ntweede regel");
        assert_eq!(tr.t_num("n", "count", 4), "4 stuks");
        assert!(tr.i18n.has(Lang::Nl, "field") && tr.i18n.has(Lang::Nl, "one"));
    }

    #[test]
    fn a_key_twice_stops_the_start_whether_plain_or_not() {
        for (first, second) in [
            ("a = A\n", "a = B\n"),
            ("a = A { $x }\n", "a = B\n"),
            ("a = A\n", "a = B { $x }\n"),
            ("a = A { $x }\n", "a = B { $x }\n"),
        ] {
            let set = |name, source| Locales {
                name,
                sources: Lang::ALL.map(|l| (l, if l == Lang::Nl { source } else { "" })),
            };
            let joined = I18n::new(&[set("first", first), set("second", second)]);
            assert!(joined.is_err(), "{first:?} then {second:?}");
        }
    }
}
