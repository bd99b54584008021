//! The rules for a campaign's media, checked by content and never by a file's name: photos
//! (JPEG, PNG, WebP) cleaned of metadata and given a thumbnail; short PDF documents without
//! active content (scripts, launch actions, embedded files); videos only as a link to a known
//! platform. Anything else — a PHP file named `.jpg`, an SVG with a script, a zip (bomb), a
//! picture of 100 megapixels — is refused with a message beside the field.

use kansrijk_kernel::images::{self, ImageError, ImageKind};
use kansrijk_kernel::web::{forms::clean, FieldErrors};

/// Largest document (bytes).
pub const MAX_DOCUMENT: usize = 2 * 1024 * 1024;
/// Side of a thumbnail (pixels).
pub const THUMB_SIDE: u32 = 480;
/// Platforms a video may link to.
pub const VIDEO_HOSTS: &[&str] = &[
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "tiktok.com",
    "instagram.com",
];
/// Kinds of media.
pub const KINDS: &[&str] = &["photo", "document", "video"];
/// PDF names that make a document act instead of being read.
const ACTIVE_PDF: &[&[u8]] = &[
    b"/JavaScript",
    b"/JS",
    b"/Launch",
    b"/EmbeddedFile",
    b"/OpenAction",
];

/// A checked upload.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMedia {
    pub kind: &'static str,
    pub content_type: String,
    pub description: String,
    pub url: String,
    pub recognisable: bool,
    pub bytes: Vec<u8>,
    pub thumb: Option<Vec<u8>>,
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A photo: cleaned (JPEG/PNG rebuilt, WebP re-encoded) and decoded once for its thumbnail.
pub fn check_photo(file: &[u8]) -> Result<(ImageKind, Vec<u8>, Vec<u8>), &'static str> {
    let problem = |e: ImageError| match e {
        ImageError::TooLarge => "youth-media-error-large",
        ImageError::TooManyPixels => "youth-media-error-pixels",
        _ => "youth-media-error-photo-type",
    };
    let (kind, bytes) = images::clean_photo(file).map_err(problem)?;
    let thumb = images::thumbnail(kind, &bytes, THUMB_SIDE).map_err(problem)?;
    Ok((kind, bytes, thumb))
}

/// A document: a PDF of at most [`MAX_DOCUMENT`] bytes without active content.
pub fn check_document(file: &[u8]) -> Result<(), &'static str> {
    if file.len() > MAX_DOCUMENT {
        return Err("youth-media-error-large");
    }
    if !file.starts_with(b"%PDF-") || !contains(&file[file.len().saturating_sub(1024)..], b"%%EOF")
    {
        return Err("youth-media-error-document-type");
    }
    if ACTIVE_PDF.iter().any(|name| contains(file, name)) {
        return Err("youth-media-error-document-active");
    }
    Ok(())
}

/// A video link: `https://` on one of [`VIDEO_HOSTS`] (or a subdomain of one).
pub fn check_video(url: &str) -> Result<String, &'static str> {
    let url = url.trim();
    let host = url
        .strip_prefix("https://")
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let known = VIDEO_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")));
    if known && url.len() <= 300 && !url.contains(char::is_whitespace) {
        Ok(url.to_string())
    } else {
        Err("youth-media-error-video")
    }
}

/// Checks an upload form: its kind, a description, and the file or link of that kind.
pub fn validate_media(
    kind: &str,
    description: &str,
    url: &str,
    recognisable: bool,
    file: Option<&[u8]>,
) -> Result<NewMedia, FieldErrors> {
    let mut errors = FieldErrors::new();
    let description = clean(description, 200);
    if description.is_empty() {
        errors.add("description", "youth-media-error-description");
    }
    let Some(kind) = KINDS.iter().find(|k| **k == kind).copied() else {
        errors.add("kind", "youth-media-error-kind");
        return Err(errors);
    };
    let mut media = NewMedia {
        kind,
        content_type: String::new(),
        description,
        url: String::new(),
        recognisable: recognisable && kind == "photo",
        bytes: vec![],
        thumb: None,
    };
    let checked = match (kind, file) {
        ("video", _) => check_video(url).map(|u| media.url = u),
        (_, None) => Err("youth-media-error-file"),
        ("photo", Some(f)) => check_photo(f).map(|(k, bytes, thumb)| {
            media.content_type = k.content_type().into();
            media.bytes = bytes;
            media.thumb = Some(thumb);
        }),
        (_, Some(f)) => check_document(f).map(|()| {
            media.content_type = "application/pdf".into();
            media.bytes = f.to_vec();
        }),
    };
    if let Err(key) = checked {
        errors.add(if kind == "video" { "url" } else { "file" }, key);
    }
    errors.or_ok(media)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn videos_link_only_to_known_platforms_over_https() {
        assert!(check_video("https://www.youtube.com/watch?v=abc").is_ok());
        assert!(check_video("https://youtu.be/abc").is_ok());
        assert!(check_video("http://youtube.com/x").is_err());
        assert!(check_video("https://youtube.com.evil.example/x").is_err());
        assert!(check_video("javascript:alert(1)").is_err());
    }

    #[test]
    fn documents_are_pdfs_without_active_content() {
        let pdf = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
        assert_eq!(check_document(&pdf), Ok(()));
        let mut active = pdf.clone();
        active.splice(
            9..9,
            b"<< /OpenAction << /JS (app.alert(1)) >> >>"
                .iter()
                .copied(),
        );
        assert_eq!(
            check_document(&active),
            Err("youth-media-error-document-active")
        );
        assert_eq!(
            check_document(b"PK\x03\x04zipbomb"),
            Err("youth-media-error-document-type")
        );
    }

    #[test]
    fn hostile_photos_are_refused_by_content() {
        let php = b"<?php system($_GET['c']); ?>";
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
        for file in [&php[..], &svg[..], b"PK\x03\x04\x14\x00zip"] {
            let e = validate_media("photo", "Een foto", "", false, Some(file)).unwrap_err();
            assert_eq!(e.get("file"), Some("youth-media-error-photo-type"));
        }
        let e = validate_media("photo", "", "", false, None).unwrap_err();
        assert_eq!(e.get("description"), Some("youth-media-error-description"));
        assert_eq!(e.get("file"), Some("youth-media-error-file"));
    }

    #[test]
    fn a_photo_is_stored_without_gps_and_with_a_thumbnail() {
        let photo = images::sample_photo_with_gps(960, 640);
        let m = validate_media("photo", "Het plein", "", true, Some(&photo)).unwrap();
        assert!(!contains(&m.bytes, b"GPS") && !contains(&m.bytes, b"Exif"));
        assert_eq!(m.content_type, "image/jpeg");
        assert!(m.recognisable);
        assert!(m.thumb.unwrap().len() < m.bytes.len());
    }
}
