//! Local time in Amsterdam: what organisers type, what the agenda shows, and recurring series.

use jiff::civil::{Date, DateTime};
use jiff::{Timestamp, ToSpan};
use kansrijk_kernel::time::amsterdam;
pub use kansrijk_kernel::time::{local_to_utc, utc_to_local};

pub fn local(ts: i64) -> Option<DateTime> {
    Some(
        Timestamp::from_second(ts)
            .ok()?
            .to_zoned(amsterdam().clone())
            .datetime(),
    )
}

/// `19:30` in Amsterdam.
pub fn local_time(ts: i64) -> String {
    local(ts)
        .map(|d| d.time().strftime("%H:%M").to_string())
        .unwrap_or_default()
}

/// `15-12-2026` in Amsterdam.
pub fn local_date(ts: i64) -> String {
    local(ts)
        .map(|d| d.date().strftime("%d-%m-%Y").to_string())
        .unwrap_or_default()
}

/// Translation key of the local weekday: `weekday-1` (Monday) to `weekday-7` (Sunday).
pub fn weekday_key(ts: i64) -> String {
    let n = local(ts)
        .map(|d| d.date().weekday().to_monday_one_offset())
        .unwrap_or(1);
    format!("weekday-{n}")
}

/// The start of a local month and of the next one, in UTC seconds.
pub fn month_bounds(year: i16, month: i8) -> Option<(i64, i64)> {
    let first = Date::new(year, month, 1).ok()?;
    let next = first.checked_add(1.month()).ok()?;
    let start = first.to_zoned(amsterdam().clone()).ok()?.timestamp();
    let end = next.to_zoned(amsterdam().clone()).ok()?.timestamp();
    Some((start.as_second(), end.as_second()))
}

/// The start times of a series: every `every_weeks` weeks, `count` times, at the same local
/// clock time, so 19:30 stays 19:30 across the change to and from summer time.
pub fn series(start: i64, end: i64, every_weeks: i64, count: i64) -> Vec<(i64, i64)> {
    let (Some(first), Some(first_end)) = (local(start), local(end)) else {
        return vec![];
    };
    let duration = first_end.duration_since(first);
    (0..count.max(1))
        .filter_map(|n| {
            let dt = first
                .checked_add((n * every_weeks.max(1) * 7).days())
                .ok()?;
            let s = dt.to_zoned(amsterdam().clone()).ok()?;
            let e = dt
                .checked_add(duration)
                .ok()?
                .to_zoned(amsterdam().clone())
                .ok()?;
            Some((s.timestamp().as_second(), e.timestamp().as_second()))
        })
        .collect()
}
