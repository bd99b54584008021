//! The shape every feature crate keeps (ARCHITECTURE.md, "One file set per feature"): the
//! same files in the same places, no file over 800 lines and no function over 80 lines
//! outside tests and demo data. A newcomer who knows one feature knows them all.

use std::path::{Path, PathBuf};

/// The files every feature crate has, each with one job.
const FILE_SET: &[&str] = &[
    "src/lib.rs",
    "src/model.rs",
    "src/queries.rs",
    "src/handlers.rs",
    "src/manage.rs",
    "src/api.rs",
    "src/jobs.rs",
    "src/demo.rs",
    "templates",
    "templates/beheer",
    "locales/nl.ftl",
    "migrations/sqlite",
    "migrations/postgres",
    "tests",
];

const MAX_FILE_LINES: usize = 800;
const MAX_FN_LINES: usize = 80;

pub(super) fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub(super) fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The lines of a source file before its unit tests (`#[cfg(test)]`).
fn code_lines(source: &str) -> Vec<&str> {
    source
        .lines()
        .take_while(|l| l.trim() != "#[cfg(test)]")
        .collect()
}

/// Functions longer than `max` lines: `(first line, length)`. A function runs from its `fn`
/// line to the line where the braces it opened are closed again.
fn long_functions(lines: &[&str], max: usize) -> Vec<(usize, usize)> {
    let mut found = vec![];
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        let is_fn = [
            "fn ",
            "pub fn ",
            "async fn ",
            "pub async fn ",
            "pub(crate) fn ",
            "pub(crate) async fn ",
        ]
        .iter()
        .any(|p| t.starts_with(p));
        if !is_fn {
            i += 1;
            continue;
        }
        let (mut depth, mut opened, mut j) = (0i64, false, i);
        while j < lines.len() {
            for c in lines[j].chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    ';' if !opened && depth == 0 => break,
                    _ => {}
                }
            }
            if (opened && depth <= 0) || (!opened && lines[j].trim_end().ends_with(';')) {
                break;
            }
            j += 1;
        }
        let len = j + 1 - i;
        if len > max {
            found.push((i + 1, len));
        }
        i = j + 1;
    }
    found
}

#[test]
fn the_function_scanner_measures_what_it_should() {
    let src = "fn a() {\n    let x = 1;\n}\nfn b();\npub async fn c(\n    x: i64,\n) -> i64 {\n    if x > 0 { 1 } else { 2 }\n}\n";
    let lines: Vec<&str> = src.lines().collect();
    assert_eq!(long_functions(&lines, 2), vec![(1, 3), (5, 5)]);
    assert_eq!(long_functions(&lines, 5), vec![]);
    assert_eq!(code_lines("a\n#[cfg(test)]\nmod tests {}\n"), vec!["a"]);
}

#[test]
fn every_feature_crate_has_the_same_file_set() {
    let mut missing = vec![];
    for feature in kansrijk::features() {
        for file in FILE_SET {
            let path = crates_dir().join(feature.name).join(file);
            if !path.exists() {
                missing.push(format!("{}/{file}", feature.name));
            }
        }
    }
    assert!(missing.is_empty(), "missing from the file set: {missing:?}");
}

#[test]
fn no_source_file_or_function_is_too_long_outside_tests_and_demo_data() {
    let mut too_long = vec![];
    for krate in ["kernel", "kansrijk"]
        .into_iter()
        .map(String::from)
        .chain(kansrijk::features().iter().map(|f| f.name.to_string()))
    {
        let mut files = vec![];
        rust_files(&crates_dir().join(&krate).join("src"), &mut files);
        for file in files {
            let name = file.display().to_string();
            if name.ends_with("demo.rs") || name.ends_with("testing.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&file).unwrap();
            let lines = code_lines(&source);
            if lines.len() > MAX_FILE_LINES {
                too_long.push(format!("{name}: {} lines", lines.len()));
            }
            for (at, len) in long_functions(&lines, MAX_FN_LINES) {
                too_long.push(format!("{name}:{at}: a function of {len} lines"));
            }
        }
    }
    assert!(too_long.is_empty(), "too long:\n{}", too_long.join("\n"));
}
