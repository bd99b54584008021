//! The one CSV writer of the application: fields quoted as RFC 4180 says, rows ended with CRLF,
//! and formulas neutralised. A spreadsheet program runs a cell that starts with `=`, `+`, `-`,
//! `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)` leaks data or runs commands), so
//! such a field gets a leading `'` (OWASP, "CSV injection").

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// One field, neutralised and quoted when needed.
pub fn field(value: &str) -> String {
    let mut v = String::with_capacity(value.len() + 3);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.push('\'');
    }
    v.push_str(value);
    // Quoting a `;` too keeps the columns when a Dutch spreadsheet program splits on it.
    if v.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// A CSV document built row by row.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    /// Adds one row; every value passes [`field`].
    pub fn row<I, S>(&mut self, values: I) -> &mut Writer
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.out.push_str(&field(value.as_ref()));
        }
        self.out.push_str("\r\n");
        self
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// The document as a download named `filename` (ASCII, no quotes).
    pub fn download(self, filename: &str) -> Response {
        (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{filename}\""),
                ),
            ],
            self.out,
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("+31 6 1234"), "'+31 6 1234");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("\rx"), "\"'\rx\"");
        assert_eq!(
            field("=HYPERLINK(\"http://evil\",\"klik\")"),
            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\""
        );
        // Only the first character counts.
        assert_eq!(field("a=b"), "a=b");
        assert_eq!(field("Fatima-Zahra"), "Fatima-Zahra");
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field(""), "");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\rhere"), "\"cr\rhere\"");
        assert_eq!(field("a;b"), "\"a;b\"");
    }

    #[test]
    fn rows_end_with_crlf() {
        let mut w = Writer::new();
        w.row(["name", "count"]).row(["=x", "3"]);
        assert_eq!(w.finish(), "name,count\r\n'=x,3\r\n");
    }
}
