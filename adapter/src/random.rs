//! `random_get`.
//!
//! p2 calls: `wasi:random/random#get-random-bytes`, in chunks of at most
//! 64 KiB received in the scratch buffer (no heap allocation).

use crate::errno::{ret, Errno, Result};
use crate::guest;
use crate::wasi::random;

const CHUNK: u64 = crate::scratch::SIZE as u64;

fn fill(buf: u64, len: u64) -> Result<()> {
    guest::check(buf, len)?;
    let mut done = 0;
    while done < len {
        let n = (len - done).min(CHUNK);
        let bytes = crate::scratch::receive(|| random::get_random_bytes(n));
        let got = bytes.len() as u64;
        crate::scratch::consume(bytes, n, |b| guest::write(buf + done, b))?;
        if got == 0 {
            return Err(Errno::IO);
        }
        done += got;
    }
    Ok(())
}

/// p1 `random_get`.
#[unsafe(no_mangle)]
pub extern "C" fn random_get(buf: u64, len: u64) -> i32 {
    ret(fill(buf, len))
}
