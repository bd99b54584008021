//! QR codes as inline SVG, for pages that are printed or shown on a screen to be scanned (the
//! two-step login set-up, an attendance sheet, the charter poster).

/// An inline SVG QR code of at least `min_size` pixels square. The renderer's XML declaration is
/// cut off: it does not belong inside HTML. Data too long for a QR code gives an empty string.
pub fn svg(data: &str, min_size: u32) -> String {
    let svg = qrcode::QrCode::new(data.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(min_size, min_size)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    match svg.find("<svg") {
        Some(i) => svg[i..].to_string(),
        None => svg,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_inline_svg_without_xml_declaration_and_nothing_for_impossible_data() {
        let qr = super::svg("https://kansrijk.example/afspraken", 160);
        assert!(qr.starts_with("<svg") && qr.ends_with("</svg>"), "{qr}");
        assert!(!qr.contains("<?xml"));
        assert_ne!(qr, super::svg("https://kansrijk.example/activiteiten", 160));
        assert_eq!(
            super::svg(&"x".repeat(8000), 160),
            "",
            "too long for any QR version"
        );
    }
}
