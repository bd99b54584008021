//! A small deterministic generator (SplitMix64): the same seed gives the same data on every
//! machine and both databases, without depending on a particular `rand` version.

pub struct Rng(u64);

impl Rng {
    /// A generator for one part of the data (`stream` keeps the parts independent).
    pub fn new(seed: u64, stream: u64) -> Rng {
        Rng(seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// An element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// Picks by weight.
    pub fn weighted<'a>(&mut self, items: &[(&'a str, u64)]) -> &'a str {
        kansrijk_reports::demo::by_weight(items, |total| self.below(total))
    }

    /// `len` characters of URL-safe base64 alphabet.
    pub fn token(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        (0..len)
            .map(|_| ALPHABET[self.below(64) as usize] as char)
            .collect()
    }

    /// `bytes` random bytes in lower-case hex.
    pub fn hex(&mut self, bytes: usize) -> String {
        (0..bytes)
            .map(|_| format!("{:02x}", self.below(256)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_numbers_and_streams_differ() {
        let a: Vec<u64> = (0..5).map(|_| Rng::new(1, 2).next_u64()).collect();
        let mut r = Rng::new(1, 2);
        let b: Vec<u64> = (0..5).map(|_| r.next_u64()).collect();
        assert_eq!(a[0], b[0]);
        assert_ne!(Rng::new(1, 2).next_u64(), Rng::new(1, 3).next_u64());
        let mut r = Rng::new(7, 0);
        assert!((0..1000).all(|_| r.below(10) < 10));
        assert_eq!(r.token(12).len(), 12);
        assert_eq!(r.hex(32).len(), 64);
    }
}
