//! `clock_res_get`, `clock_time_get`.
//!
//! p2 calls: `wasi:clocks/wall-clock#{now,resolution}` for `REALTIME`,
//! `wasi:clocks/monotonic-clock#{now,resolution}` for `MONOTONIC`. The CPU
//! time clocks answer `EBADF` and unknown ids `EINVAL`, as native p1 does.

use crate::errno::{ret, Errno, Result};
use crate::guest;
use crate::wasi::{monotonic_clock, wall_clock};

const REALTIME: u32 = 0;
const MONOTONIC: u32 = 1;
const PROCESS_CPUTIME: u32 = 2;
const THREAD_CPUTIME: u32 = 3;

/// A time of `seconds` and `nanoseconds` in nanoseconds, `EOVERFLOW` past
/// `u64` (`seconds` compared with a constant first: a `checked_mul` brings
/// in a 128-bit multiply).
pub fn nanos(seconds: u64, nanoseconds: u32) -> Result<u64> {
    const MAX_SECONDS: u64 = u64::MAX / 1_000_000_000;
    if seconds > MAX_SECONDS {
        return Err(Errno::OVERFLOW);
    }
    (seconds * 1_000_000_000)
        .checked_add(u64::from(nanoseconds))
        .ok_or(Errno::OVERFLOW)
}

fn wall(t: wall_clock::Datetime) -> Result<u64> {
    nanos(t.seconds, t.nanoseconds)
}

fn read_clock(id: u32, resolution: bool) -> Result<u64> {
    match id {
        REALTIME if resolution => wall(wall_clock::resolution()),
        REALTIME => wall(wall_clock::now()),
        MONOTONIC if resolution => Ok(monotonic_clock::resolution()),
        MONOTONIC => Ok(monotonic_clock::now()),
        PROCESS_CPUTIME | THREAD_CPUTIME => Err(Errno::BADF),
        _ => Err(Errno::INVAL),
    }
}

/// p1 `clock_res_get`.
#[unsafe(no_mangle)]
pub extern "C" fn clock_res_get(id: u32, out: u64) -> i32 {
    ret(read_clock(id, true).and_then(|t| guest::write_u64(out, t)))
}

/// p1 `clock_time_get` (the precision argument is ignored, as native does).
#[unsafe(no_mangle)]
pub extern "C" fn clock_time_get(id: u32, _precision: u64, out: u64) -> i32 {
    ret(read_clock(id, false).and_then(|t| guest::write_u64(out, t)))
}
