//! UTF-8 validation for paths (p2 paths are strings). No p2 calls.
//!
//! `tests/utf8.rs` includes this file and compares it with
//! `core::str::from_utf8` on every sequence of up to three bytes.

/// Whether `b` is UTF-8, exactly as `core::str::from_utf8` decides (no
/// overlong forms, no surrogates, nothing past U+10FFFF), in a tenth of its
/// code: paths are short, so its word-at-a-time ASCII path buys nothing.
pub fn is_utf8(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        i += 1;
        let (more, min) = match lead {
            0..=0x7f => continue,
            0xc2..=0xdf => (1, 0x80),
            0xe0..=0xef => (2, 0x800),
            0xf0..=0xf4 => (3, 0x1_0000),
            _ => return false,
        };
        let mut c = u32::from(lead) & (0x7f >> (more + 1));
        for _ in 0..more {
            match b.get(i) {
                Some(&x) if x & 0xc0 == 0x80 => c = c << 6 | u32::from(x & 0x3f),
                _ => return false,
            }
            i += 1;
        }
        if c < min || c > 0x10_ffff || (0xd800..=0xdfff).contains(&c) {
            return false;
        }
    }
    true
}
