//! Uploaded photos: only JPEG and PNG, at most [`MAX_BYTES`], and with their metadata removed
//! (camera, time and GPS position in EXIF, XMP, IPTC and PNG text chunks) before they are stored.
//! Written here because it is only a walk over the file's segments; decoding and re-encoding
//! with an image library would cost far more and change the picture.

pub const MAX_BYTES: usize = 2 * 1024 * 1024;

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
    #[error("not a JPEG or PNG image")]
    NotAnImage,
    #[error("damaged image")]
    Damaged,
}

/// Checks an upload and returns it without metadata.
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
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok((ImageKind::Png, strip_png(bytes)?));
    }
    Err(ImageError::NotAnImage)
}

/// Drops the APPn segments (EXIF, XMP, IPTC…) except APP0 (JFIF) and APP14 (Adobe colour
/// information, needed to show some images correctly) and comments; copies the rest.
fn strip_jpeg(b: &[u8]) -> Result<Vec<u8>, ImageError> {
    let mut out = vec![0xFF, 0xD8];
    let mut i = 2;
    loop {
        if i + 4 > b.len() || b[i] != 0xFF {
            return Err(ImageError::Damaged);
        }
        let marker = b[i + 1];
        if marker == 0xD9 {
            out.extend_from_slice(&b[i..i + 2]);
            return Ok(out);
        }
        let length = u16::from_be_bytes([b[i + 2], b[i + 3]]) as usize;
        if length < 2 || i + 2 + length > b.len() {
            return Err(ImageError::Damaged);
        }
        let segment = &b[i..i + 2 + length];
        let metadata = (0xE1..=0xEF).contains(&marker) && marker != 0xEE || marker == 0xFE;
        if !metadata {
            out.extend_from_slice(segment);
        }
        i += 2 + length;
        if marker == 0xDA {
            // Start of scan: the compressed image data follows up to the end.
            out.extend_from_slice(&b[i..]);
            return Ok(out);
        }
    }
}

/// Drops ancillary text and EXIF chunks (tEXt, zTXt, iTXt, eXIf, tIME).
fn strip_png(b: &[u8]) -> Result<Vec<u8>, ImageError> {
    let mut out = b[..8].to_vec();
    let mut i = 8;
    while i + 12 <= b.len() {
        let length = u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
        let end = i + 12 + length;
        if end > b.len() {
            return Err(ImageError::Damaged);
        }
        let kind = &b[i + 4..i + 8];
        if !matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            out.extend_from_slice(&b[i..end]);
        }
        i = end;
        if kind == b"IEND" {
            return Ok(out);
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

    #[test]
    fn png_text_chunks_are_removed() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        };
        png.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
        png.extend(chunk(b"tEXt", b"Author\0Fatima"));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        let (kind, clean) = clean(&png).unwrap();
        assert_eq!(kind, ImageKind::Png);
        assert!(!contains(&clean, b"Fatima"));
        assert!(contains(&clean, b"IDAT") && contains(&clean, b"IEND"));
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
