//! Uploaded photos: only JPEG and PNG ([`clean_photo`] takes WebP too, re-encoded), at most
//! [`MAX_BYTES`] and [`MAX_SIDE`] × [`MAX_SIDE`] pixels ([`MAX_PIXELS`] in all), rebuilt from their known parts before they are stored: the
//! metadata (camera, time and GPS position in EXIF, XMP, IPTC and PNG text chunks), unknown PNG
//! chunks and anything after the end of the image are left out, so nothing rides along with the
//! picture. The size is read from the header, before anything would decode the picture.
//! Written here because it is only a walk over the file's segments; decoding and re-encoding
//! with an image library would cost far more and change the picture.

pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Widest and tallest accepted picture, in pixels.
pub const MAX_SIDE: u32 = 4096;
/// Most pixels in all (16 megapixels): a small file can claim a huge picture that would take
/// gigabytes of memory to show.
pub const MAX_PIXELS: u64 = 16_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Jpeg,
    Png,
}

impl ImageKind {
    pub fn content_type(self) -> &'static str {
        match self {
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Png => "image/png",
        }
    }
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("empty")]
    Empty,
    #[error("too large")]
    TooLarge,
    #[error("too many pixels")]
    TooManyPixels,
    #[error("not a JPEG or PNG image")]
    NotAnImage,
    #[error("damaged image")]
    Damaged,
}

/// Checks an upload and returns it rebuilt without metadata and trailing data.
pub fn clean(bytes: &[u8]) -> Result<(ImageKind, Vec<u8>), ImageError> {
    if bytes.is_empty() {
        return Err(ImageError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ImageError::TooLarge);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok((ImageKind::Jpeg, strip_jpeg(bytes)?));
    }
    if bytes.starts_with(PNG_SIGNATURE) {
        return Ok((ImageKind::Png, strip_png(bytes)?));
    }
    Err(ImageError::NotAnImage)
}

fn check_dimensions(width: u32, height: u32) -> Result<(), ImageError> {
    if width == 0 || height == 0 {
        return Err(ImageError::Damaged);
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ImageError::TooManyPixels);
    }
    Ok(())
}

/// Start-of-frame markers (SOF0–SOF15 without DHT, JPG and DAC), which carry the size.
fn is_frame(marker: u8) -> bool {
    (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
}

/// Rebuilds the file from the segments of the picture, up to the end-of-image marker and
/// nothing after it. Scans (several in a progressive JPEG) are copied up to the next marker.
fn strip_jpeg(b: &[u8]) -> Result<Vec<u8>, ImageError> {
    let mut out = vec![0xFF, 0xD8];
    let mut i = 2;
    let mut frame = false;
    loop {
        // Any number of 0xFF may pad a marker.
        while i + 1 < b.len() && b[i] == 0xFF && b[i + 1] == 0xFF {
            i += 1;
        }
        if i + 2 > b.len() || b[i] != 0xFF {
            return Err(ImageError::Damaged);
        }
        let marker = b[i + 1];
        if marker == 0xD9 {
            if !frame {
                return Err(ImageError::Damaged);
            }
            out.extend_from_slice(&[0xFF, 0xD9]);
            return Ok(out);
        }
        if i + 4 > b.len() {
            return Err(ImageError::Damaged);
        }
        let length = u16::from_be_bytes([b[i + 2], b[i + 3]]) as usize;
        if length < 2 || i + 2 + length > b.len() {
            return Err(ImageError::Damaged);
        }
        let segment = &b[i..i + 2 + length];
        if is_frame(marker) {
            // Length (2), precision (1), height (2), width (2), components…
            if length < 8 {
                return Err(ImageError::Damaged);
            }
            let height = u16::from_be_bytes([segment[5], segment[6]]);
            let width = u16::from_be_bytes([segment[7], segment[8]]);
            check_dimensions(width.into(), height.into())?;
            frame = true;
        }
        match marker {
            // Frames, tables (DHT, DAC, DQT), scans, DNL and restart intervals: the picture.
            0xC0..=0xCF | 0xDA..=0xDD if marker != 0xC8 => out.extend_from_slice(segment),
            // APP0 (JFIF) and APP14 (Adobe colour transform, needed to show some images
            // correctly) rebuilt from their fixed fields: no thumbnail, nothing appended.
            0xE0 if length >= 16 && &segment[4..9] == b"JFIF\0" => {
                out.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x10]);
                out.extend_from_slice(&segment[4..16]);
                out.extend_from_slice(&[0, 0]);
            }
            0xEE if length >= 14 && &segment[4..9] == b"Adobe" => {
                out.extend_from_slice(&[0xFF, 0xEE, 0x00, 0x0E]);
                out.extend_from_slice(&segment[4..16]);
            }
            // Everything else — EXIF, XMP, IPTC, ICC, comments, unknown segments — stays out.
            _ => {}
        }
        i += 2 + length;
        if marker == 0xDA {
            if !frame {
                return Err(ImageError::Damaged);
            }
            // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte) or a restart marker;
            // anything else is the next marker.
            let start = i;
            loop {
                if i + 1 >= b.len() {
                    return Err(ImageError::Damaged);
                }
                if b[i] == 0xFF && b[i + 1] != 0x00 && !(0xD0..=0xD7).contains(&b[i + 1]) {
                    break;
                }
                i += if b[i] == 0xFF { 2 } else { 1 };
            }
            out.extend_from_slice(&b[start..i]);
        }
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The chunks a picture keeps: the critical ones and those that say how to show its colours.
/// Everything else (text, EXIF, time, ICC profiles, private and unknown chunks) is left out.
const PNG_KEPT: [&[u8; 4]; 10] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs",
];

/// Rebuilds the file from the kept chunks, up to `IEND` and nothing after it.
fn strip_png(b: &[u8]) -> Result<Vec<u8>, ImageError> {
    let mut out = PNG_SIGNATURE.to_vec();
    let mut i = PNG_SIGNATURE.len();
    let mut image_data = false;
    while i + 12 <= b.len() {
        let length = u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
        let end = i + 12 + length;
        if end > b.len() {
            return Err(ImageError::Damaged);
        }
        let kind = &b[i + 4..i + 8];
        let first = i == PNG_SIGNATURE.len();
        if first != (kind == b"IHDR") {
            return Err(ImageError::Damaged);
        }
        if first {
            if length != 13 {
                return Err(ImageError::Damaged);
            }
            let width = u32::from_be_bytes([b[i + 8], b[i + 9], b[i + 10], b[i + 11]]);
            let height = u32::from_be_bytes([b[i + 12], b[i + 13], b[i + 14], b[i + 15]]);
            check_dimensions(width, height)?;
        }
        image_data |= kind == b"IDAT";
        if PNG_KEPT.iter().any(|k| k.as_slice() == kind) {
            out.extend_from_slice(&b[i..end]);
        }
        i = end;
        if kind == b"IEND" {
            return if image_data {
                Ok(out)
            } else {
                Err(ImageError::Damaged)
            };
        }
    }
    Err(ImageError::Damaged)
}

/// A tiny JPEG with an EXIF segment holding a GPS tag, for tests.
pub fn sample_jpeg_with_exif() -> Vec<u8> {
    let mut b = vec![0xFF, 0xD8];
    // APP0 JFIF
    b.extend_from_slice(&[
        0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    ]);
    // APP1 EXIF with a recognisable GPS marker
    let exif = b"Exif\0\0GPSLatitude 52.166 GPSLongitude 5.404";
    b.extend_from_slice(&[0xFF, 0xE1]);
    b.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    b.extend_from_slice(exif);
    // DQT (one table of 64 ones), SOF0 1x1 grey, DHT minimal, SOS, scan data, EOI
    b.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x43, 0x00]);
    b.extend_from_slice(&[1u8; 64]);
    b.extend_from_slice(&[
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
    ]);
    b.extend_from_slice(&[
        0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00,
    ]);
    b.extend_from_slice(&[
        0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00,
    ]);
    b.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
    b.extend_from_slice(&[0x00, 0x00]);
    b.extend_from_slice(&[0xFF, 0xD9]);
    b
}

// ---- photos of the youth stage: WebP too, and thumbnails ------------------------------------
//
// WebP has no simple segment walk like JPEG and PNG (metadata lives in RIFF chunks beside
// lossy, lossless and animated variants), so it is never stored as it came: it is decoded
// with the `image` crate under the same limits and re-encoded (JPEG, or PNG when it has
// transparency), which leaves every chunk but the pixels behind. Thumbnails are decoded and
// re-encoded the same way, which also proves that a picture really is one.

fn is_webp(b: &[u8]) -> bool {
    b.len() >= 12 && &b[0..4] == b"RIFF" && &b[8..12] == b"WEBP"
}

/// The decoder's limits: the header limits again, and memory for at most that many pixels.
fn limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 + 16 * 1024 * 1024);
    limits
}

fn decode(bytes: &[u8], format: image::ImageFormat) -> Result<image::DynamicImage, ImageError> {
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    reader.limits(limits());
    reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => ImageError::TooManyPixels,
        _ => ImageError::Damaged,
    })
}

/// Encodes a picture as JPEG (quality 85), or PNG when it has transparency.
fn encode(picture: &image::DynamicImage) -> Result<(ImageKind, Vec<u8>), ImageError> {
    let mut out = Vec::new();
    if picture.color().has_alpha() {
        image::ImageEncoder::write_image(
            image::codecs::png::PngEncoder::new(&mut out),
            picture.to_rgba8().as_raw(),
            picture.width(),
            picture.height(),
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|_| ImageError::Damaged)?;
        return Ok((ImageKind::Png, out));
    }
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&picture.to_rgb8())
        .map_err(|_| ImageError::Damaged)?;
    Ok((ImageKind::Jpeg, out))
}

/// The width and height in a WebP header (VP8, VP8L or VP8X), before anything is decoded.
fn webp_dimensions(b: &[u8]) -> Result<(u32, u32), ImageError> {
    let chunk = b.get(12..16).ok_or(ImageError::Damaged)?;
    let data = b.get(20..30).ok_or(ImageError::Damaged)?;
    match chunk {
        b"VP8X" => {
            let w = u32::from_le_bytes([data[4], data[5], data[6], 0]) + 1;
            let h = u32::from_le_bytes([data[7], data[8], data[9], 0]) + 1;
            Ok((w, h))
        }
        b"VP8L" => {
            let bits = u32::from_le_bytes([data[1], data[2], data[3], data[4]]);
            Ok(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8 " => {
            let w = u32::from(u16::from_le_bytes([data[6], data[7]]) & 0x3FFF);
            let h = u32::from(u16::from_le_bytes([data[8], data[9]]) & 0x3FFF);
            Ok((w, h))
        }
        _ => Err(ImageError::Damaged),
    }
}

/// Checks an upload of JPEG, PNG or WebP and returns it without metadata: JPEG and PNG as
/// [`clean`] does, WebP decoded under the limits and re-encoded (see above).
pub fn clean_photo(bytes: &[u8]) -> Result<(ImageKind, Vec<u8>), ImageError> {
    if !is_webp(bytes) {
        return clean(bytes);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ImageError::TooLarge);
    }
    let (width, height) = webp_dimensions(bytes)?;
    check_dimensions(width, height)?;
    encode(&decode(bytes, image::ImageFormat::WebP)?)
}

/// A thumbnail of a cleaned picture, at most `side` × `side` pixels (the proportions kept),
/// decoded under the limits and re-encoded; an error when the picture does not decode.
pub fn thumbnail(kind: ImageKind, bytes: &[u8], side: u32) -> Result<Vec<u8>, ImageError> {
    let format = match kind {
        ImageKind::Jpeg => image::ImageFormat::Jpeg,
        ImageKind::Png => image::ImageFormat::Png,
    };
    let picture = decode(bytes, format)?;
    Ok(encode(&picture.thumbnail(side, side))?.1)
}

/// A real (decodable) JPEG of `width` × `height` pixels with an EXIF segment holding GPS tags
/// inserted after the start marker, for tests.
pub fn sample_photo_with_gps(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 7 % 256) as u8, (y * 5 % 256) as u8, 128])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80)
        .encode_image(&picture)
        .expect("encodes");
    let exif = b"Exif\0\0GPSLatitude 52.166 GPSLongitude 5.404";
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A lossless WebP of `width` × `height` pixels, for tests.
pub fn sample_webp(width: u32, height: u32) -> Vec<u8> {
    let picture =
        image::RgbaImage::from_fn(width, height, |x, _| image::Rgba([x as u8, 90, 200, 255]));
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .encode(
            picture.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgba8,
        )
        .expect("encodes");
    out
}

#[cfg(test)]
mod photo_tests {
    use super::*;

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_real_photo_loses_its_gps_and_gets_a_small_thumbnail() {
        let with = sample_photo_with_gps(640, 480);
        assert!(contains(&with, b"GPSLatitude"));
        let (kind, clean) = clean_photo(&with).unwrap();
        assert_eq!(kind, ImageKind::Jpeg);
        assert!(!contains(&clean, b"GPSLatitude") && !contains(&clean, b"Exif"));
        let thumb = thumbnail(kind, &clean, 320).unwrap();
        let small = image::load_from_memory(&thumb).unwrap();
        assert_eq!((small.width(), small.height()), (320, 240));
    }

    #[test]
    fn webp_is_decoded_and_stored_re_encoded() {
        let webp = sample_webp(40, 20);
        let (kind, stored) = clean_photo(&webp).unwrap();
        assert_eq!(kind, ImageKind::Png, "it had an alpha channel");
        assert!(stored.starts_with(PNG_SIGNATURE));
        assert_eq!(webp_dimensions(&webp).unwrap(), (40, 20));
    }

    #[test]
    fn a_webp_claiming_huge_dimensions_is_refused_before_decoding() {
        let mut webp = sample_webp(4, 4);
        // VP8L: 14 bits width-1, 14 bits height-1 after the signature byte.
        let bits: u32 = (16_000 - 1) | ((16_000 - 1) << 14);
        webp[21..25].copy_from_slice(&bits.to_le_bytes());
        assert_eq!(clean_photo(&webp), Err(ImageError::TooManyPixels));
    }

    #[test]
    fn a_picture_that_does_not_decode_gets_no_thumbnail() {
        // Valid chunks around meaningless image data: passes the walk, fails the decoder.
        let mut png = PNG_SIGNATURE.to_vec();
        for (kind, data) in [
            (&b"IHDR"[..], &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0][..]),
            (b"IDAT", b"<?php system($_GET['c']); ?>"),
            (b"IEND", b""),
        ] {
            png.extend_from_slice(&(data.len() as u32).to_be_bytes());
            png.extend_from_slice(kind);
            png.extend_from_slice(data);
            png.extend_from_slice(&[0; 4]);
        }
        let (kind, clean) = clean(&png).unwrap();
        assert_eq!(thumbnail(kind, &clean, 100), Err(ImageError::Damaged));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn jpeg_metadata_is_removed_and_the_picture_kept() {
        let with = sample_jpeg_with_exif();
        assert!(contains(&with, b"GPSLatitude"));
        let (kind, clean) = clean(&with).unwrap();
        assert_eq!(kind, ImageKind::Jpeg);
        assert!(!contains(&clean, b"GPSLatitude") && !contains(&clean, b"Exif"));
        assert!(contains(&clean, b"JFIF"), "APP0 stays");
        assert!(clean.starts_with(&[0xFF, 0xD8]) && clean.ends_with(&[0xFF, 0xD9]));
        assert_eq!(
            clean.len(),
            with.len() - (4 + b"Exif\0\0GPSLatitude 52.166 GPSLongitude 5.404".len())
        );
    }

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    }

    fn png(width: u32, height: u32, between: &[Vec<u8>]) -> Vec<u8> {
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend(chunk(b"IHDR", &ihdr));
        for c in between {
            png.extend_from_slice(c);
        }
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        png
    }

    /// A baseline JPEG header claiming `width` × `height`, with a scan and its end.
    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut b = vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08];
        b.extend_from_slice(&height.to_be_bytes());
        b.extend_from_slice(&width.to_be_bytes());
        b.extend_from_slice(&[0x01, 0x01, 0x11, 0x00]);
        b.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
        b.extend_from_slice(&[0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        b.extend_from_slice(&[0xFF, 0xD9]);
        b
    }

    #[test]
    fn png_text_chunks_are_removed() {
        let with = png(1, 1, &[chunk(b"tEXt", b"Author\0Fatima")]);
        let (kind, clean) = clean(&with).unwrap();
        assert_eq!(kind, ImageKind::Png);
        assert!(!contains(&clean, b"Fatima"));
        assert!(contains(&clean, b"IDAT") && contains(&clean, b"IEND"));
    }

    #[test]
    fn png_keeps_only_known_chunks_and_nothing_after_iend() {
        let mut with = png(
            2,
            2,
            &[
                chunk(b"gAMA", &[0, 0, 0xB1, 0x8F]),
                chunk(b"prVt", b"hidden payload"),
                chunk(b"iCCP", b"profile\0\0secret"),
            ],
        );
        let rebuilt = png(2, 2, &[chunk(b"gAMA", &[0, 0, 0xB1, 0x8F])]);
        with.extend_from_slice(b"<?php system($_GET['c']); ?>");
        let (_, clean) = clean(&with).unwrap();
        assert_eq!(clean, rebuilt);
        assert!(clean.ends_with(&chunk(b"IEND", &[])));
    }

    #[test]
    fn jpeg_keeps_nothing_after_the_end_of_the_image() {
        let mut with = jpeg(2, 2);
        let picture = with.clone();
        with.extend_from_slice(b"PK\x03\x04 a zip file riding along");
        assert_eq!(clean(&with).unwrap().1, picture);
        // A progressive JPEG: a second table and scan after the first scan are kept.
        let mut progressive = jpeg(2, 2);
        progressive.truncate(progressive.len() - 2);
        progressive.extend_from_slice(&[0xFF, 0xC4, 0x00, 0x03, 0x00]);
        progressive
            .extend_from_slice(&[0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
        progressive.extend_from_slice(&[0x78, 0xFF, 0xD9]);
        assert_eq!(clean(&progressive).unwrap().1, progressive);
        // Without its end the image is refused.
        assert_eq!(
            clean(&picture[..picture.len() - 2]),
            Err(ImageError::Damaged)
        );
    }

    #[test]
    fn jpeg_keeps_only_the_picture_segments() {
        let picture = jpeg(2, 2);
        let mut with = picture[..2].to_vec();
        // JFIF with a 1×1 thumbnail (3 bytes of RGB), an unknown JPGn segment and a comment.
        with.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x13]);
        with.extend_from_slice(b"JFIF\0");
        with.extend_from_slice(&[1, 2, 0, 0, 1, 0, 1, 1, 1, 0xAB, 0xCD, 0xEF]);
        with.extend_from_slice(&[0xFF, 0xF3, 0x00, 0x08]);
        with.extend_from_slice(b"secret");
        with.extend_from_slice(&[0xFF, 0xFE, 0x00, 0x07]);
        with.extend_from_slice(b"hello");
        with.extend_from_slice(&picture[2..]);
        let (_, clean) = clean(&with).unwrap();
        let mut expected = picture[..2].to_vec();
        expected.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x10]);
        expected.extend_from_slice(b"JFIF\0");
        expected.extend_from_slice(&[1, 2, 0, 0, 1, 0, 1, 0, 0]);
        expected.extend_from_slice(&picture[2..]);
        assert_eq!(clean, expected);
    }

    #[test]
    fn huge_pictures_are_refused_from_their_header() {
        assert!(clean(&png(4096, 3906, &[])).is_ok());
        assert_eq!(clean(&png(4097, 1, &[])), Err(ImageError::TooManyPixels));
        assert_eq!(clean(&png(1, 4097, &[])), Err(ImageError::TooManyPixels));
        assert_eq!(clean(&png(4096, 4096, &[])), Err(ImageError::TooManyPixels));
        assert_eq!(
            clean(&png(u32::MAX, u32::MAX, &[])),
            Err(ImageError::TooManyPixels)
        );
        assert_eq!(clean(&png(0, 10, &[])), Err(ImageError::Damaged));
        assert!(clean(&jpeg(4000, 4000)).is_ok());
        assert_eq!(clean(&jpeg(65_000, 65_000)), Err(ImageError::TooManyPixels));
        assert_eq!(clean(&jpeg(4096, 4096)), Err(ImageError::TooManyPixels));
    }

    #[test]
    fn other_files_and_damaged_images_are_refused() {
        assert_eq!(clean(b""), Err(ImageError::Empty));
        assert_eq!(clean(b"<svg onload=alert(1)>"), Err(ImageError::NotAnImage));
        assert_eq!(
            clean(&[0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF]),
            Err(ImageError::Damaged)
        );
        assert_eq!(clean(&vec![0xFF; MAX_BYTES + 1]), Err(ImageError::TooLarge));
    }
}
