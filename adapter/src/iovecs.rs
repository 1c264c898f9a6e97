//! Moving bytes between a guest's iovecs and the host, for reads and
//! writes of stdio and files alike.
//!
//! No p1 functions of its own: `fd_read`, `fd_pread`, `fd_write` and
//! `fd_pwrite` ([`crate::fd`]) and the file side ([`crate::file_io`]) use
//! it. p2 calls: on an output stream, `wasi:io/streams#check-write` +
//! `write` per 64 KiB and `blocking-write-and-flush` for the last 4 KiB
//! or less ([`stream_write`]); reads and file writes make the calls their
//! caller passes in, one per 64 KiB (the scratch buffer) moved whatever the
//! iovecs (consecutive ones are gathered for a write, scattered for a read).

use crate::errno::{Errno, Result};
use crate::guest::{self, Iovec};
use crate::scratch;
use crate::wasi::streams::{OutputStream, StreamError};
use alloc::vec::Vec;

/// Bytes moved per stream call (the most `blocking-write-and-flush` takes).
pub const CHUNK: usize = 4096;
/// Largest single read asked of the host (wasmtime returns at most 64 KiB
/// per `descriptor.read`; asking for more only wastes its buffer).
pub const READ_MAX: u64 = 64 * 1024;
/// Largest single file write handed to the host (the scratch buffer).
pub const FILE_CHUNK: u64 = scratch::SIZE as u64;

/// Where a write goes: `fd_write` uses and advances the offset, `fd_pwrite`
/// gives its own and leaves the offset alone.
#[derive(Clone, Copy)]
pub enum At {
    /// At the fd's offset, which moves.
    Cursor,
    /// At this offset; the fd's offset does not move.
    Offset(u64),
}

/// Most iovecs one read fills (the rest of a longer list waits for the
/// next call: a short read).
const SCATTER_MAX: usize = 16;

/// Reads into the iovecs of a read, in order, with one host call per `cap`
/// bytes however the iovecs split them: `get(done, want)` brings at most
/// `want` bytes (`done` came before them) and whether the end was reached,
/// and its bytes are spread over consecutive iovecs (`Scatter`). C's
/// stdio reads into the caller's buffer and its own as two iovecs, which
/// native p1 and the official adapter read with two calls (native fills
/// only the first, and libc calls again). An error before any byte arrived
/// is returned; after that, an error or a short read ends the call with
/// the count so far.
///
/// Generic, so that the file reads' instance lives behind the `files` link
/// point: a `dyn` source would put both in the element segment, and a
/// guest reading only stdin would import `wasi:filesystem`.
pub fn scatter_iovecs(
    iovs: u64,
    n: u64,
    i: u64,
    first: Iovec,
    cap: u64,
    mut get: impl FnMut(u64, u64) -> Result<(Vec<u8>, bool)>,
) -> Result<u64> {
    let mut to = Scatter::new(iovs, n, i, first)?;
    let mut done = 0u64;
    while done < to.room {
        let want = (to.room - done).min(cap);
        // Where what is left of the current iovec takes all of it, and the
        // adapter can address it (the single layout), the host writes the
        // bytes there: no copy (as the official adapter does). Not on WASI
        // 0.3, whose reads fill their list piece by piece and may fail
        // after a piece.
        let aim = match cfg!(feature = "wasi-0-3") {
            true => None,
            false => to
                .fits(want)
                .and_then(|at| guest::direct(at, want as usize))
                .map(|p| (p, want as usize)),
        };
        let spread = scratch::aimed(aim, || get(done, want)).and_then(|(bytes, end)| {
            let got = bytes.len() as u64;
            if aim.is_some_and(|(p, _)| bytes.as_ptr() == p.cast_const()) {
                // Guest memory: never freed.
                core::mem::forget(bytes);
                to.skip(got);
                return Ok((got, end || got < want));
            }
            let placed = scratch::consume(bytes, want, |b| to.place(b))?;
            Ok((placed, end || got < want))
        });
        match spread {
            Ok((placed, stop)) => {
                done += placed;
                if stop {
                    break;
                }
            }
            Err(e) if done == 0 => return Err(e),
            Err(_) => break,
        }
    }
    Ok(done)
}

/// Where the bytes of a read go. The iovecs are copied before any byte
/// arrives, as `readv` does, since the bytes may land on the array itself.
/// At most [`SCATTER_MAX`] are read into, none past one that is out of
/// bounds or would make the count overflow the guest's `size`, and none
/// after a buffer that overlaps the array (so a guest reading over its own
/// iovecs gets what native gives).
struct Scatter {
    vs: [Iovec; SCATTER_MAX],
    count: usize,
    /// The bytes the copies hold.
    room: u64,
    /// The next byte goes to what is left of `vs[k]`: `at`.
    k: usize,
    at: Iovec,
}

impl Scatter {
    #[inline(never)]
    fn new(iovs: u64, n: u64, i: u64, first: Iovec) -> Result<Scatter> {
        guest::check(first.buf, first.len)?;
        let max = guest::size_max();
        let array_end = guest::element(iovs, n, 2 * guest::ptr_size()).unwrap_or(u64::MAX);
        let overlaps = |v: &Iovec| v.len > 0 && v.buf < array_end && iovs < v.buf + v.len;
        let mut vs = [Iovec { buf: 0, len: 0 }; SCATTER_MAX];
        vs[0] = first;
        let (mut count, mut room) = (1, first.len);
        let mut j = i + 1;
        while j < n && count < SCATTER_MAX && !overlaps(&vs[count - 1]) {
            let Ok(v) = guest::iovec(iovs, j) else { break };
            j += 1;
            if v.len == 0 {
                continue;
            }
            if room.checked_add(v.len).is_none_or(|t| t > max)
                || guest::check(v.buf, v.len).is_err()
            {
                break;
            }
            vs[count] = v;
            (count, room) = (count + 1, room + v.len);
        }
        Ok(Scatter {
            vs,
            count,
            room,
            k: 0,
            at: first,
        })
    }

    /// Moves past the iovecs already filled.
    fn next(&mut self) {
        while self.at.len == 0 && self.k + 1 < self.count {
            self.k += 1;
            self.at = self.vs[self.k];
        }
    }

    /// The guest address the next `n` bytes go to, if they all fit in what
    /// is left of one iovec.
    fn fits(&mut self, n: u64) -> Option<u64> {
        self.next();
        (n <= self.at.len).then_some(self.at.buf)
    }

    /// Counts `n` bytes the host placed itself at [`Scatter::fits`]'s
    /// address.
    fn skip(&mut self, n: u64) {
        let n = n.min(self.at.len);
        self.at = Iovec {
            buf: self.at.buf + n,
            len: self.at.len - n,
        };
    }

    /// Places `b` after the bytes placed before; how many found a place
    /// (all of them: `room` counts the copies' bytes, in buffers checked).
    #[inline(never)]
    fn place(&mut self, mut b: &[u8]) -> Result<u64> {
        let mut placed = 0;
        while !b.is_empty() {
            self.next();
            let m = self.at.len.min(b.len() as u64);
            if m == 0 {
                break;
            }
            guest::write(self.at.buf, &b[..m as usize])?;
            self.at = Iovec {
                buf: self.at.buf + m,
                len: self.at.len - m,
            };
            (b, placed) = (&b[m as usize..], placed + m);
        }
        Ok(placed)
    }
}

/// What a write hands its sink: guest bytes where they are, or the bytes
/// of several small iovecs gathered at the start of the scratch buffer.
#[derive(Clone, Copy)]
pub enum Piece {
    Guest(Iovec),
    Gathered(usize),
}

/// Moves the iovecs of a write, in order, through `put`, which returns how
/// many bytes of the piece it moved. Consecutive iovecs that fit in `cap`
/// bytes together are gathered into one piece, so one host call: C's stdio
/// writes its buffer and the new bytes as two iovecs, which native p1 and
/// the official adapter write with two. An iovec alone, or longer than
/// `cap`, goes as it is. As in [`scatter_iovecs`]: an error before any byte
/// moved is returned; after that, a fault, an error or a short transfer
/// ends the call with the count so far. A lone iovec of at most `cap` bytes
/// is not checked here: `put` must fault on it before any effect (its copy
/// or its view in place does). Inlined: one write path each for streams
/// and files, with no call between the gathering and the sending.
#[inline(always)]
pub fn gather_iovecs(
    iovs: u64,
    n: u64,
    i: u64,
    first: Iovec,
    cap: u64,
    mut put: impl FnMut(Piece) -> Result<u64>,
) -> Result<u64> {
    // A lone iovec that fits one piece goes out as it is: `put` copies it
    // (or views it in place) before any host call, which checks its bounds.
    if i + 1 == n && first.len <= cap {
        return put(Piece::Guest(first));
    }
    guest::check(first.buf, first.len)?;
    let max = guest::size_max();
    let mut total = 0u64;
    // Counted but not moved yet: one iovec not yet copied, or `fill`
    // gathered bytes.
    let (mut lone, mut fill) = (None::<Iovec>, 0u64);
    let (mut j, mut next) = (i, Some(first));
    loop {
        // What is pending goes out when the next iovec cannot join it.
        let pending = fill + lone.map_or(0, |l| l.len);
        if pending > 0 && next.is_none_or(|v| v.len > cap.saturating_sub(pending)) {
            let piece = match lone.take() {
                Some(l) => Piece::Guest(l),
                None => Piece::Gathered(fill as usize),
            };
            fill = 0;
            match put(piece) {
                Ok(k) => {
                    total += k;
                    if k < pending {
                        return Ok(total);
                    }
                }
                Err(e) if total == 0 => return Err(e),
                Err(_) => return Ok(total),
            }
        }
        let Some(v) = next.take() else {
            return Ok(total);
        };
        if lone.is_none() && fill == 0 {
            // Alone for now (for good when longer than `cap`).
            lone = Some(v);
        } else {
            // SAFETY: the only user of the scratch buffer until the next
            // `put`, which does not hold it across this borrow.
            let buf = unsafe { scratch::buf() };
            if let Some(l) = lone.take() {
                guest::read(l.buf, &mut buf[..l.len as usize])?;
                fill = l.len;
            }
            guest::read(v.buf, &mut buf[fill as usize..(fill + v.len) as usize])?;
            fill += v.len;
        }
        // The next non-empty iovec; none past one that is out of bounds or
        // would make the count overflow the guest's `size`.
        let counted = total + fill + lone.map_or(0, |l| l.len);
        while j + 1 < n {
            j += 1;
            let Ok(v) = guest::iovec(iovs, j) else { break };
            if v.len == 0 {
                continue;
            }
            if counted.checked_add(v.len).is_none_or(|t| t > max)
                || guest::check(v.buf, v.len).is_err()
            {
                break;
            }
            next = Some(v);
            break;
        }
    }
}

/// Writes one iovec to a stream. With `bulk` (stdout, stderr), past its
/// last 4 KiB, as much as the stream takes now (`check-write`, 64 KiB on
/// wasmtime; the scratch buffer at most) goes through `write`; the rest, at
/// most 4 KiB and maybe nothing, through `blocking-write-and-flush`, which
/// also flushes the earlier writes and waits until all of it is out. A
/// stream that takes nothing for now gets its next 4 KiB that way as well,
/// which waits until it can. So a 16-byte write is one host call, and a
/// 16 MiB one 514 (4,096 with `blocking-write-and-flush` alone). Without
/// `bulk` (a file's append stream) every piece is a
/// `blocking-write-and-flush`: jco's shim fails one that follows `write`s
/// to a file before Node.js has drained them, where it should wait.
pub fn stream_write(
    out: &OutputStream,
    piece: Piece,
    errno: impl Fn(StreamError) -> Errno,
    bulk: bool,
) -> Result<u64> {
    // SAFETY: the only user of the scratch buffer during this write; no
    // received `Vec` is alive.
    let buf = unsafe { scratch::buf() };
    let iov = match piece {
        Piece::Guest(iov) => iov,
        Piece::Gathered(len) => {
            out.blocking_write_and_flush(&buf[..len]).map_err(&errno)?;
            return Ok(len as u64);
        }
    };
    // Most writes are one piece of at most 4 KiB: one call, no loop.
    if iov.len <= CHUNK as u64 {
        send(out, iov.buf, iov.len as usize, true, buf, &errno)?;
        return Ok(iov.len);
    }
    let mut done = 0u64;
    loop {
        let (rest, at) = (iov.len - done, iov.buf + done);
        let take = match bulk && rest > CHUNK as u64 {
            true => out
                .check_write()
                .map_err(&errno)?
                .min(rest)
                .min(buf.len() as u64),
            false => 0,
        };
        // `write` what the stream takes, else `blocking-write-and-flush`.
        let (n, blocking) = match take {
            0 => (rest.min(CHUNK as u64) as usize, true),
            t => (t as usize, false),
        };
        send(out, at, n, blocking, buf, &errno)?;
        done += n as u64;
        if blocking && done == iov.len {
            return Ok(done);
        }
    }
}

/// Sends guest bytes `[at, at + n)` with `blocking-write-and-flush` or
/// `write`: in place when the adapter can address them, else copied into
/// `buf` first (a fault is `EFAULT`, before any call).
#[inline(always)]
fn send(
    out: &OutputStream,
    at: u64,
    n: usize,
    blocking: bool,
    buf: &mut [u8],
    errno: &impl Fn(StreamError) -> Errno,
) -> Result<()> {
    let send = |b: &[u8]| match blocking {
        true => out.blocking_write_and_flush(b),
        false => out.write(b),
    };
    match guest::with_direct(at, n, send) {
        Some(r) => r.map_err(errno),
        None => {
            guest::read(at, &mut buf[..n])?;
            send(&buf[..n]).map_err(errno)
        }
    }
}
