//! Step 1: read the input: WebAssembly binary or text, a core module (not a
//! component). Its validation is [`crate::module::Module::checked`]'s (the
//! structure, while parsing) and fusion's (each function body, while
//! rewriting it); [`invalid`] is the problem either reports.

use crate::error::Problem;
use std::borrow::Cow;

/// The binary of a core module, or the problem with the input.
pub fn read(input: &[u8]) -> Result<Cow<'_, [u8]>, Problem> {
    let bytes: Cow<'_, [u8]> = if input.starts_with(b"\0asm") {
        Cow::Borrowed(input)
    } else if looks_like_text(input) {
        match wat::parse_bytes(input) {
            Ok(b) => Cow::Owned(b.into_owned()),
            Err(e) => return Err(Problem::BadText(one_line(&e.to_string()))),
        }
    } else {
        return Err(Problem::NotWasm);
    };
    if wasmparser::Parser::is_component(&bytes) {
        return Err(Problem::Component);
    }
    Ok(bytes)
}

/// The problem of an input that does not validate.
pub fn invalid(e: &wasmparser::BinaryReaderError) -> Problem {
    Problem::Invalid(one_line(&e.to_string()))
}

/// Text that starts, after blanks and comments, with `(`.
fn looks_like_text(input: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(input) else {
        return false;
    };
    let mut s = s.trim_start();
    loop {
        if let Some(rest) = s.strip_prefix(";;") {
            s = rest.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(rest) = s.strip_prefix("(;") {
            s = rest.split_once(";)").map_or("", |(_, r)| r).trim_start();
        } else {
            return s.starts_with('(');
        }
    }
}

/// Collapses a multi-line message (wat's carets) into one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
