//! The CSV writer (`kansrijk_kernel::csv`): for any rows, an RFC 4180 reader gets the same rows
//! back, except that a value starting with `=`, `+`, `-`, `@`, a tab or a carriage return comes
//! back behind a `'` (so no cell a spreadsheet reads starts a formula).
#![no_main]

use kansrijk_kernel::csv::Writer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|rows: Vec<Vec<String>>| {
    let mut writer = Writer::new();
    for row in &rows {
        writer.row(row);
    }
    let parsed = read(&writer.finish()).expect("the writer's output is valid RFC 4180");
    let expected: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            if row.is_empty() {
                return vec![String::new()]; // an empty line is one empty field
            }
            row.iter()
                .map(|v| {
                    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                        format!("'{v}")
                    } else {
                        v.clone()
                    }
                })
                .collect()
        })
        .collect();
    assert_eq!(parsed, expected);
});

/// A strict RFC 4180 reader (CRLF after every record; quotes only around a whole field).
fn read(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => return Err("unterminated quote".into()),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\r' {
                    break;
                }
                if c == '"' || c == '\n' {
                    return Err(format!("bare {c:?} in an unquoted field"));
                }
                field.push(c);
                chars.next();
            }
        }
        row.push(field);
        match chars.next() {
            Some(',') => {}
            Some('\r') if chars.next() == Some('\n') => rows.push(std::mem::take(&mut row)),
            other => return Err(format!("{other:?} after a field")),
        }
    }
    if !row.is_empty() {
        return Err("the last record has no CRLF".into());
    }
    Ok(rows)
}
