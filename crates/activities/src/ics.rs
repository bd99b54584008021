//! iCalendar (RFC 5545) for "add to calendar" and the agenda feed. Times are written as local
//! Amsterdam time with `TZID=Europe/Amsterdam` and a VTIMEZONE with the EU summer-time rules, so
//! calendars show 19:30 as 19:30 in winter and in summer.

use crate::model::local;

/// One event of the calendar.
pub struct Event {
    pub uid: String,
    pub stamp: i64,
    pub start: i64,
    pub end: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub cancelled: bool,
}

/// The EU rule since 1996: summer time from the last Sunday of March 02:00 to the last Sunday
/// of October 03:00 local time.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (continuation lines start with a space, which counts),
/// never inside a UTF-8 character, and ends every line with CRLF (§3.1).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if octets + len > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += len;
    }
    out.push_str("\r\n");
    out
}

fn local_stamp(ts: i64) -> String {
    local(ts)
        .map(|d| d.strftime("%Y%m%dT%H%M%S").to_string())
        .unwrap_or_default()
}

fn utc_stamp(ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_default()
}

/// A whole calendar with its events.
pub fn calendar(name: &str, events: &[Event]) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Kansrijk//Activiteiten//NL".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(name)),
        "X-WR-TIMEZONE:Europe/Amsterdam".into(),
    ];
    lines.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", e.uid));
        lines.push(format!("DTSTAMP:{}", utc_stamp(e.stamp)));
        lines.push(format!(
            "DTSTART;TZID=Europe/Amsterdam:{}",
            local_stamp(e.start)
        ));
        lines.push(format!(
            "DTEND;TZID=Europe/Amsterdam:{}",
            local_stamp(e.end)
        ));
        lines.push(format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if !e.location.is_empty() {
            lines.push(format!("LOCATION:{}", escape(&e.location)));
        }
        lines.push(format!("URL:{}", e.url));
        lines.push(format!(
            "STATUS:{}",
            if e.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::local_to_utc;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("Film, gesprek; thee\\koffie\r\nRegel 2"),
            "Film\\, gesprek\\; thee\\\\koffie\\nRegel 2"
        );
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_characters() {
        let line = format!("DESCRIPTION:{}", "ع".repeat(100));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for physical in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
    }

    #[test]
    fn events_are_in_local_time_with_the_timezone() {
        let start = local_to_utc("2027-07-06", "19:30").unwrap();
        let ics = calendar(
            "Agenda",
            &[Event {
                uid: "activity-1@kansrijk".into(),
                stamp: start,
                start,
                end: start + 7200,
                summary: "Zomer".into(),
                description: String::new(),
                location: String::new(),
                url: "http://x/activiteiten/1".into(),
                cancelled: false,
            }],
        );
        assert!(ics.contains("DTSTART;TZID=Europe/Amsterdam:20270706T193000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Amsterdam:20270706T213000\r\n"));
        assert!(ics.contains("BEGIN:VTIMEZONE\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF only");
    }
}
