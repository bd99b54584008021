//! Working days and Dutch public holidays, for the intake deadline (five working days).

use crate::model::INTAKE_WORKING_DAYS;
use jiff::civil::{Date, Weekday};

/// Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher).
pub fn easter(year: i16) -> Date {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).expect("Easter is a valid date")
}

/// The days the Algemene termijnenwet counts as public holidays (art. 3, with Good Friday and
/// Liberation Day added by its decree): New Year's Day, Good Friday, Easter Monday, King's Day
/// (27 April, the 26th when the 27th is a Sunday), Liberation Day (5 May, every year for
/// deadlines — not only each fifth year), Ascension Day, Whit Monday and both Christmas days.
/// Easter Sunday and Whit Sunday are Sundays anyway.
pub fn is_public_holiday(date: Date) -> bool {
    let year = date.year();
    let easter = easter(year);
    let from_easter = [-2i64, 1, 39, 50];
    if from_easter
        .iter()
        .any(|d| easter.checked_add(jiff::Span::new().days(*d)).ok() == Some(date))
    {
        return true;
    }
    let kings_day = {
        let d = Date::new(year, 4, 27).expect("27 April");
        if d.weekday() == Weekday::Sunday {
            Date::new(year, 4, 26).expect("26 April")
        } else {
            d
        }
    };
    date == kings_day
        || matches!(
            (date.month(), date.day()),
            (1, 1) | (5, 5) | (12, 25) | (12, 26)
        )
}

pub fn is_working_day(date: Date) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_public_holiday(date)
}

/// The `n`th working day after `from` (`from` itself does not count).
pub fn add_working_days(from: Date, n: i64) -> Date {
    let mut date = from;
    let mut left = n;
    while left > 0 {
        date = date.tomorrow().expect("a date before the year 9999");
        if is_working_day(date) {
            left -= 1;
        }
    }
    date
}

/// The last day for the intake of a request received on `received`.
pub fn intake_deadline(received: Date) -> Date {
    add_working_days(received, INTAKE_WORKING_DAYS)
}

/// Days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    i64::from((b - a).get_days())
}

pub fn parse_date(value: &str) -> Option<Date> {
    value.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn easter_is_computed_for_known_years() {
        assert_eq!(easter(2024), d("2024-03-31"));
        assert_eq!(easter(2025), d("2025-04-20"));
        assert_eq!(easter(2026), d("2026-04-05"));
        assert_eq!(easter(2027), d("2027-03-28"));
        assert_eq!(easter(2038), d("2038-04-25"));
    }

    #[test]
    fn dutch_public_holidays_follow_easter_and_the_calendar() {
        for day in [
            "2026-01-01", // New Year
            "2026-04-03", // Good Friday
            "2026-04-06", // Easter Monday
            "2026-04-27", // King's Day
            "2026-05-05", // Liberation Day (every year for deadlines)
            "2026-05-14", // Ascension Day
            "2026-05-25", // Whit Monday
            "2026-12-25",
            "2026-12-26",
            "2025-04-26", // King's Day on Saturday: the 27th was a Sunday
            "2027-05-06", // Ascension Day 2027
        ] {
            assert!(is_public_holiday(d(day)), "{day}");
        }
        for day in ["2026-04-07", "2025-04-27", "2026-05-15", "2026-12-24"] {
            assert!(!is_public_holiday(d(day)), "{day}");
        }
    }

    #[test]
    fn the_intake_deadline_counts_five_working_days() {
        // A Monday: Tuesday to Monday next week.
        assert_eq!(intake_deadline(d("2026-11-30")), d("2026-12-07"));
        // Received on a Saturday: Monday is the first working day.
        assert_eq!(intake_deadline(d("2026-11-28")), d("2026-12-04"));
        // Christmas: 25 (Fri) and 26 (Sat) do not count.
        assert_eq!(intake_deadline(d("2026-12-18")), d("2026-12-28"));
        // Easter 2026: Good Friday 3 April and Easter Monday 6 April skipped.
        assert_eq!(intake_deadline(d("2026-04-01")), d("2026-04-10"));
        // King's Day (Mon 27 April) and Liberation Day (Tue 5 May) 2026.
        assert_eq!(intake_deadline(d("2026-04-24")), d("2026-05-04"));
        assert_eq!(intake_deadline(d("2026-04-30")), d("2026-05-08"));
        // Ascension Day 2026 (Thu 14 May).
        assert_eq!(intake_deadline(d("2026-05-11")), d("2026-05-19"));
        // New Year's Day 2027 is a Friday.
        assert_eq!(intake_deadline(d("2026-12-30")), d("2027-01-07"));
    }
}
