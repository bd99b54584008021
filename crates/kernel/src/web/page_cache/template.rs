//! Pages with forms kept as templates: the text between the per-visitor values, compressed once.

use crate::web::forms::Slot;
use axum::body::Bytes;
use flate2::{Compress, Compression, FlushCompress};

/// A piece of a page between two placeholders.
struct Part {
    /// The text, or for a gzip template its raw deflate stream flushed to a byte boundary.
    bytes: Bytes,
    /// The CRC-32 and the length of the text, for the gzip trailer.
    crc: crc32fast::Hasher,
    text_len: u64,
}

/// A page with forms, cut at its placeholders: `parts[0] slots[0] parts[1] … parts[n]`.
///
/// Why the parts are compressed once and not per answer: each part is its own deflate stream
/// ending on a byte boundary (a sync flush), and a value goes between two parts as a stored
/// (uncompressed) deflate block, so a gzip answer is a concatenation with a CRC, as cheap as
/// sending the text as it is, yet almost as small as the page compressed whole. Measured on the
/// 13 kB report form (issue 22): gzip level 1 per answer ≈ 1 ms and 4.1 kB, level 6 ≈ 2 ms and
/// 3.4 kB, from the parts ≈ 1 µs and 3.7 kB, uncompressed 13.2 kB; a whole hit costs far less
/// than that millisecond. Brotli cannot be cut this way, so a client that accepts gzip gets gzip.
pub(super) struct Template {
    parts: Vec<Part>,
    slots: Vec<Slot>,
    gzip: bool,
}

const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
/// A final, empty stored block: the end of the deflate stream.
const DEFLATE_END: [u8; 5] = [1, 0, 0, 0xff, 0xff];

impl Template {
    pub(super) fn new(body: &[u8], gzip: bool) -> Template {
        let placeholders = Slot::ALL.map(Slot::placeholder);
        let mut parts = vec![];
        let mut slots = vec![];
        let mut rest = body;
        loop {
            let next = placeholders
                .iter()
                .enumerate()
                .filter_map(|(i, p)| find(rest, p.as_bytes()).map(|at| (at, i)))
                .min();
            let (text, slot) = match next {
                Some((at, i)) => (&rest[..at], Some(i)),
                None => (rest, None),
            };
            let mut crc = crc32fast::Hasher::new();
            crc.update(text);
            let bytes = if gzip {
                deflate_part(text)
            } else {
                Bytes::copy_from_slice(text)
            };
            parts.push(Part {
                bytes,
                crc,
                text_len: text.len() as u64,
            });
            match slot {
                Some(i) => {
                    slots.push(Slot::ALL[i]);
                    rest = &rest[text.len() + placeholders[i].len()..];
                }
                None => break,
            }
        }
        Template { parts, slots, gzip }
    }

    pub(super) fn len(&self) -> usize {
        self.parts.iter().map(|p| p.bytes.len()).sum()
    }

    pub(super) fn has(&self, slot: Slot) -> bool {
        self.slots.contains(&slot)
    }

    /// The page with `value(slot)` in every placeholder, as the stored parts with the values
    /// between them.
    ///
    /// Why no single buffer: the allocator hands every freed block over 16 kB straight back to
    /// the kernel (`dirty_decay_ms:0`, for memory under hostile traffic), so a page-sized buffer
    /// per answer cost a page fault per 4 kB and a TLB shootdown; the 36.9 kB report form at
    /// national scale reached a quarter of the rate of a 13 kB one (issue 22). The parts are
    /// shared, so an answer allocates only its values, and the socket takes them in one
    /// vectored write.
    pub(super) fn fill(&self, value: impl Fn(Slot) -> String) -> Chunks {
        let mut chunks = Vec::with_capacity(2 * self.parts.len() + 2);
        if !self.gzip {
            for (i, part) in self.parts.iter().enumerate() {
                chunks.push(part.bytes.clone());
                if let Some(slot) = self.slots.get(i) {
                    chunks.push(Bytes::from(value(*slot)));
                }
            }
            return Chunks::new(chunks);
        }
        chunks.push(Bytes::from_static(&GZIP_HEADER));
        let mut crc = crc32fast::Hasher::new();
        let mut size: u64 = 0;
        for (i, part) in self.parts.iter().enumerate() {
            chunks.push(part.bytes.clone());
            crc.combine(&part.crc);
            size += part.text_len;
            if let Some(slot) = self.slots.get(i) {
                let v = value(*slot);
                // One stored block of at most 65,535 bytes (a token is a few dozen).
                let v = &v.as_bytes()[..v.len().min(u16::MAX as usize)];
                crc.update(v);
                size += v.len() as u64;
                chunks.push(stored_blocks(v));
            }
        }
        let mut end = Vec::with_capacity(DEFLATE_END.len() + 8);
        end.extend_from_slice(&DEFLATE_END);
        end.extend_from_slice(&crc.finalize().to_le_bytes());
        end.extend_from_slice(&(size as u32).to_le_bytes());
        chunks.push(Bytes::from(end));
        Chunks::new(chunks)
    }
}

/// A body sent as a list of shared chunks, with its exact length (so it goes out with a
/// `Content-Length`, not chunked).
///
/// Written here because no crate we use has one: `http-body-util`'s `StreamBody` knows no length
/// and `Full` is one buffer.
pub(super) struct Chunks {
    chunks: std::vec::IntoIter<Bytes>,
    remaining: u64,
}

impl Chunks {
    fn new(mut chunks: Vec<Bytes>) -> Chunks {
        chunks.retain(|c| !c.is_empty());
        let remaining = chunks.iter().map(|c| c.len() as u64).sum();
        Chunks {
            chunks: chunks.into_iter(),
            remaining,
        }
    }

    /// The whole body in one buffer (tests).
    #[cfg(test)]
    pub(super) fn concat(self) -> Vec<u8> {
        self.chunks.flat_map(|c| c.to_vec()).collect()
    }
}

impl http_body::Body for Chunks {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        let next = self.chunks.next().map(|chunk| {
            self.remaining -= chunk.len() as u64;
            Ok(http_body::Frame::data(chunk))
        });
        std::task::Poll::Ready(next)
    }

    fn is_end_stream(&self) -> bool {
        self.remaining == 0
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.remaining)
    }
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `text` as a raw deflate stream without a final block, ending on a byte boundary, so other
/// blocks can follow it.
fn deflate_part(text: &[u8]) -> Bytes {
    let mut compress = Compress::new(Compression::default(), false);
    let mut out = Vec::with_capacity(text.len() / 3 + 64);
    loop {
        let done = compress.total_in() as usize;
        if compress
            .compress_vec(&text[done..], &mut out, FlushCompress::Sync)
            .is_err()
        {
            // Cannot happen with a growing buffer; fall back to stored blocks.
            return stored_blocks(text);
        }
        if compress.total_in() as usize == text.len() && out.len() < out.capacity() {
            return Bytes::from(out);
        }
        out.reserve(out.capacity().max(64));
    }
}

/// `text` as non-final stored deflate blocks.
fn stored_blocks(text: &[u8]) -> Bytes {
    let mut out = Vec::with_capacity(text.len() + 5 * text.len().div_ceil(u16::MAX as usize));
    for chunk in text.chunks(u16::MAX as usize) {
        let len = chunk.len() as u16;
        out.push(0);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    Bytes::from(out)
}

/// Whether the client takes gzip: named without `q=0`, or `*` without `q=0` and gzip unnamed.
pub(super) fn accepts_gzip(accept_encoding: &str) -> bool {
    let mut gzip = None;
    let mut any = None;
    for item in accept_encoding.split(',') {
        let mut pieces = item.split(';');
        let name = pieces.next().unwrap_or("").trim();
        let refused = pieces.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        if name.eq_ignore_ascii_case("gzip") {
            gzip = Some(!refused);
        } else if name == "*" {
            any = Some(!refused);
        }
    }
    gzip.or(any).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gunzip(bytes: &[u8]) -> String {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(bytes), &mut text)
            .expect("a valid gzip stream");
        text
    }

    #[test]
    fn a_template_is_filled_in_plain_and_as_gzip() {
        let (c, k, n) = (
            Slot::Csrf.placeholder(),
            Slot::FormKey.placeholder(),
            Slot::Name.placeholder(),
        );
        // Placeholders at the start, side by side, twice, at the end; a part over 64 KiB.
        let long = "lange tekst é ".repeat(6000);
        let page = format!("{c}<p>{long}</p>{k}{c}<input value=\"{k}\">{n}{c}");
        let value = |slot| match slot {
            Slot::Csrf => "TOKEN".to_string(),
            Slot::FormKey => "KEY".to_string(),
            Slot::Name => "NAME".to_string(),
        };
        let expected = format!("TOKEN<p>{long}</p>KEYTOKEN<input value=\"KEY\">NAMETOKEN");
        let plain = Template::new(page.as_bytes(), false);
        assert_eq!(plain.slots.len(), 6);
        assert_eq!(plain.fill(value).concat(), expected.as_bytes());
        let gzip = Template::new(page.as_bytes(), true);
        let filled = gzip.fill(value).concat();
        assert_eq!(gunzip(&filled), expected);
        assert!(
            filled.len() < expected.len() / 10,
            "compressed: {}",
            filled.len()
        );
        // A page without placeholders is one part.
        let none = Template::new(b"<p>niets</p>", true);
        assert_eq!(gunzip(&none.fill(value).concat()), "<p>niets</p>");
        assert_eq!(gunzip(&Template::new(b"", true).fill(value).concat()), "");
    }

    #[test]
    fn an_answer_shares_the_stored_parts_and_has_its_exact_length() {
        let long = "x".repeat(40_000);
        let page = format!("<p>{long}</p>{}<p>{long}</p>", Slot::Csrf.placeholder());
        for gzip in [false, true] {
            let template = Template::new(page.as_bytes(), gzip);
            let filled = template.fill(|_| "TOKEN".to_string());
            let length = http_body::Body::size_hint(&filled).exact();
            // No copy of a part: the answer points into the stored bytes.
            let stored: Vec<*const u8> = template.parts.iter().map(|p| p.bytes.as_ptr()).collect();
            let sent: Vec<*const u8> = filled
                .chunks
                .as_slice()
                .iter()
                .map(|c| c.as_ptr())
                .collect();
            assert!(stored.iter().all(|p| sent.contains(p)), "gzip {gzip}");
            let bytes = filled.concat();
            assert_eq!(length, Some(bytes.len() as u64));
            let text = if gzip {
                gunzip(&bytes)
            } else {
                String::from_utf8(bytes).unwrap()
            };
            assert_eq!(text, page.replace(Slot::Csrf.placeholder(), "TOKEN"));
        }
    }

    #[test]
    fn gzip_is_used_when_the_client_takes_it() {
        for (header, gzip) in [
            ("gzip", true),
            ("br, gzip, deflate", true),
            ("GZIP;q=0.5", true),
            ("gzip;q=0", false),
            ("br", false),
            ("*", true),
            ("*;q=0", false),
            ("gzip;q=0, *", false),
            ("", false),
        ] {
            assert_eq!(accepts_gzip(header), gzip, "{header}");
        }
    }
}
