//! The receipt code and its follow-up cookie (`kansrijk_reports::receipt`): whatever someone
//! types or sends as a cookie, normalising keeps only digits (at most 32) and survives the
//! display form, and a cookie is valid only when it is exactly the one issued, within its half
//! hour.
#![no_main]

use kansrijk_kernel::sealing::{new_key, Sealer};
use kansrijk_reports::receipt::{
    display, follow_parts, follow_token, follow_valid, normalise, FOLLOW_SECS,
};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const NOW: i64 = 1_800_000_000;
const HASH: &str = "h1:k1:receipt";

fn sealer() -> &'static Sealer {
    static SEALER: OnceLock<Sealer> = OnceLock::new();
    SEALER.get_or_init(|| Sealer::from_keys(&[new_key("k1")]).unwrap())
}

fuzz_target!(|input: (String, String, i64)| {
    let (typed, report_ref, offset) = input;
    // What someone typed into the receipt form.
    let code = normalise(&typed);
    assert!(code.len() <= 32 && code.bytes().all(|b| b.is_ascii_digit()));
    let digits: String = typed
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(32)
        .collect();
    assert_eq!(code, digits);
    assert_eq!(
        normalise(&display(&code)),
        code,
        "the display form reads back"
    );

    // Whatever arrives as a cookie.
    let sealer = sealer();
    if let Some((r, until)) = follow_parts(&typed) {
        assert!(!r.contains('.') && typed.starts_with(r));
        if follow_valid(sealer, &typed, HASH, NOW) {
            assert_eq!(
                typed,
                follow_token(sealer, r, until, HASH),
                "only the issued cookie"
            );
        }
    } else {
        assert!(!follow_valid(sealer, &typed, HASH, NOW));
    }

    // An issued cookie: valid exactly within its half hour, for its own report and receipt.
    let until = NOW.saturating_add(offset % (4 * FOLLOW_SECS));
    let token = follow_token(sealer, &report_ref, until, HASH);
    let expected = !report_ref.contains('.') && (NOW..=NOW + FOLLOW_SECS).contains(&until);
    assert_eq!(follow_valid(sealer, &token, HASH, NOW), expected, "{token}");
    assert!(!follow_valid(sealer, &token, "h1:k1:other", NOW));
});
