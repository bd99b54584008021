//! Time for people: the database keeps UTC seconds; pages show Europe/Amsterdam local time.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use std::sync::OnceLock;

pub fn amsterdam() -> &'static TimeZone {
    static TZ: OnceLock<TimeZone> = OnceLock::new();
    TZ.get_or_init(|| TimeZone::get("Europe/Amsterdam").unwrap_or(TimeZone::UTC))
}

/// `28-11-2026 17:05` in Amsterdam time (the Dutch numeric format works in every language).
pub fn format_local(ts: i64) -> String {
    match Timestamp::from_second(ts) {
        Ok(t) => t
            .to_zoned(amsterdam().clone())
            .strftime("%d-%m-%Y %H:%M")
            .to_string(),
        Err(_) => String::new(),
    }
}

/// Parses a `YYYY-MM-DD` date (from `<input type="date">`) as the start of that day in
/// Amsterdam, in UTC seconds.
pub fn parse_local_date(value: &str) -> Option<i64> {
    let date: jiff::civil::Date = value.trim().parse().ok()?;
    let zoned = date.to_zoned(amsterdam().clone()).ok()?;
    Some(zoned.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_time_follows_summer_and_winter_time() {
        // 2026-07-01 10:00 UTC is 12:00 in summer; 2026-01-01 10:00 UTC is 11:00 in winter.
        assert_eq!(format_local(1_782_900_000), "01-07-2026 12:00");
        assert_eq!(format_local(1_767_261_600), "01-01-2026 11:00");
        assert_eq!(parse_local_date("2026-07-01"), Some(1_782_856_800));
        assert_eq!(parse_local_date("2026-02-30"), None);
        assert_eq!(parse_local_date("gisteren"), None);
    }
}
