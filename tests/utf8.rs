//! The adapter's UTF-8 check for paths (`adapter/src/utf8.rs`) decides
//! exactly as `core::str::from_utf8`: on every sequence of one to three
//! bytes, on every four-byte sequence around the edges, and inside longer
//! strings.

#[path = "../adapter/src/utf8.rs"]
mod utf8;

fn same(b: &[u8]) {
    assert_eq!(utf8::is_utf8(b), std::str::from_utf8(b).is_ok(), "{b:x?}");
}

#[test]
fn every_short_sequence() {
    same(&[]);
    for a in 0..=255u8 {
        same(&[a]);
        for b in 0..=255u8 {
            same(&[a, b]);
            for c in 0..=255u8 {
                same(&[a, b, c]);
            }
        }
    }
}

#[test]
fn four_byte_sequences_and_longer_strings() {
    // Every byte in each position, the others from a set of edge values.
    let edges = [
        0x00, 0x7f, 0x80, 0x8f, 0x90, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
        0xff,
    ];
    for &a in &edges {
        for &b in &edges {
            for &c in &edges {
                for x in 0..=255u8 {
                    same(&[x, a, b, c]);
                    same(&[a, x, b, c]);
                    same(&[a, b, x, c]);
                    same(&[a, b, c, x]);
                }
            }
        }
    }
    for s in [
        "",
        "a/b/c",
        "héllo",
        "日本語/ファイル",
        "emoji 🎉/x",
        "\u{10ffff}",
        "\u{d7ff}\u{e000}",
    ] {
        same(s.as_bytes());
        let mut cut = s.as_bytes().to_vec();
        if cut.pop().is_some() {
            same(&cut);
        }
    }
}
