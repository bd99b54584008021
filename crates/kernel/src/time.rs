//! Time for people: the database keeps UTC seconds; pages show Europe/Amsterdam local time.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use std::sync::OnceLock;

pub fn amsterdam() -> &'static TimeZone {
    static TZ: OnceLock<TimeZone> = OnceLock::new();
    TZ.get_or_init(|| TimeZone::get("Europe/Amsterdam").unwrap_or(TimeZone::UTC))
}

/// Today's date in Amsterdam (a deadline or a retention period counts in local days).
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now()
        .with_time_zone(amsterdam().clone())
        .date()
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

/// A date and a time as typed in Amsterdam (`2026-12-15`, `19:30`), in UTC seconds. In the hour
/// that does not exist in spring, the time is moved forward (jiff's "compatible" choice).
pub fn local_to_utc(date: &str, time: &str) -> Option<i64> {
    let date: jiff::civil::Date = date.trim().parse().ok()?;
    let time: jiff::civil::Time = time.trim().parse().ok()?;
    let zoned = date.to_datetime(time).to_zoned(amsterdam().clone()).ok()?;
    Some(zoned.timestamp().as_second())
}

/// The local date and time of UTC seconds as form values (`2026-12-15`, `19:30`): the inverse
/// of [`local_to_utc`], to fill in the form of an existing record.
pub fn utc_to_local(ts: i64) -> (String, String) {
    Timestamp::from_second(ts)
        .map(|t| {
            let z = t.to_zoned(amsterdam().clone());
            (
                z.strftime("%Y-%m-%d").to_string(),
                z.strftime("%H:%M").to_string(),
            )
        })
        .unwrap_or_default()
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
