//! `poll_oneoff`.
//!
//! p2 calls: per subscription one `wasi:clocks/monotonic-clock#subscribe-*`
//! or `[method]input-stream.subscribe` / `output-stream.subscribe` (files
//! get a temporary `read-via-stream` / `write-via-stream` /
//! `append-via-stream`, as native p1 does), then one `wasi:io/poll#poll`
//! over all of them; a ready file read adds a `stat` (for HANGUP).
//! Realtime absolute deadlines ask `wasi:clocks/wall-clock#now` once each.
//!
//! Semantics follow native p1: no subscriptions is `EINVAL`; an unknown
//! clock or an fd that cannot be polled fails the whole call (`EINVAL`,
//! `EBADF`); events are written in subscription order for the ready ones.
//! Layouts do not depend on the guest's pointer width: subscription 48
//! bytes, event 32 bytes.

use crate::descriptors::{Descriptor, StdioKind};
use crate::errno::{ret, Errno, Result};
use crate::fd::stat::Preview;
use crate::files;
use crate::guest;
use crate::sched::alone;
use crate::state::{self, State};
use crate::threads;
use crate::wasi::poll::Pollable;
use crate::wasi::streams::{InputStream, OutputStream};
use crate::wasi::{monotonic_clock, wall_clock};
use alloc::vec::Vec;

const SUBSCRIPTION_SIZE: u64 = 48;
/// Preview 0's clock subscription has an extra `identifier` field first.
const P0_SUBSCRIPTION_SIZE: u64 = 56;
const EVENT_SIZE: u64 = 32;
const EVENTTYPE_CLOCK: u8 = 0;
const EVENTTYPE_FD_READ: u8 = 1;
const EVENTTYPE_FD_WRITE: u8 = 2;
const SUBCLOCKFLAGS_ABSTIME: u16 = 1;
const EVENTRWFLAGS_HANGUP: u16 = 1;

/// One decoded subscription.
enum Kind {
    Clock,
    Read(u32),
    Write(u32),
}

struct Sub {
    userdata: u64,
    kind: Kind,
}

/// Reads one subscription, normalized to the p1 layout (48 bytes).
fn read_sub(at: u64, preview: Preview) -> Result<(Sub, [u8; SUBSCRIPTION_SIZE as usize])> {
    let mut raw = [0u8; P0_SUBSCRIPTION_SIZE as usize];
    let mut b = [0u8; SUBSCRIPTION_SIZE as usize];
    match preview {
        Preview::P1 => guest::read(at, &mut b)?,
        Preview::P0 => {
            guest::read(at, &mut raw)?;
            b[..16].copy_from_slice(&raw[..16]);
            if raw[8] == 0 {
                // clock: drop `identifier` (16..24)
                b[16..48].copy_from_slice(&raw[24..56]);
            } else {
                b[16..48].copy_from_slice(&raw[16..48]);
            }
        }
    }
    let u64_at = |o: usize| {
        u64::from_le_bytes([
            b[o],
            b[o + 1],
            b[o + 2],
            b[o + 3],
            b[o + 4],
            b[o + 5],
            b[o + 6],
            b[o + 7],
        ])
    };
    let u32_at = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
    let kind = match b[8] {
        0 => Kind::Clock,
        1 => Kind::Read(u32_at(16)),
        2 => Kind::Write(u32_at(16)),
        _ => return Err(Errno::INVAL),
    };
    Ok((
        Sub {
            userdata: u64_at(0),
            kind,
        },
        b,
    ))
}

/// The pollable for a clock subscription.
fn clock_pollable(b: &[u8; 48]) -> Result<Pollable> {
    let id = u32::from_le_bytes([b[16], b[17], b[18], b[19]]);
    let timeout = u64::from_le_bytes([b[24], b[25], b[26], b[27], b[28], b[29], b[30], b[31]]);
    let flags = u16::from_le_bytes([b[40], b[41]]);
    let absolute = flags & SUBCLOCKFLAGS_ABSTIME != 0;
    let (timeout, absolute) = match id {
        1 => (timeout, absolute),
        0 if !absolute => (timeout, false),
        0 => {
            let now = wall_clock::now();
            let now = now
                .seconds
                .wrapping_mul(1_000_000_000)
                .wrapping_add(u64::from(now.nanoseconds));
            (timeout.saturating_sub(now), false)
        }
        _ => return Err(Errno::INVAL),
    };
    Ok(if absolute {
        monotonic_clock::subscribe_instant(timeout)
    } else {
        monotonic_clock::subscribe_duration(timeout)
    })
}

/// A file's subscription, through the files link point.
fn subscribe(
    write: bool,
    file: &mut crate::descriptors::File,
    inputs: &mut Vec<InputStream>,
    outputs: &mut Vec<OutputStream>,
) -> Result<Pollable> {
    let mut op = files::Subscribe {
        write,
        file,
        inputs,
        outputs,
        result: Err(Errno::IO),
    };
    files::subscribe_file(&mut op);
    op.result
}

/// What is polled: the subscriptions and their pollables, with the
/// temporary streams they are made from, which must outlive them (fields
/// drop in order: the pollables first).
struct Polled {
    pollables: Vec<Pollable>,
    inputs: Vec<InputStream>,
    outputs: Vec<OutputStream>,
    decoded: Vec<Sub>,
}

/// Reads the `n` subscriptions at `subs` and makes their pollables.
fn subscribe_all(s: &mut State, subs: u64, n: u64, preview: Preview) -> Result<Polled> {
    let sub_size = match preview {
        Preview::P1 => SUBSCRIPTION_SIZE,
        Preview::P0 => P0_SUBSCRIPTION_SIZE,
    };
    if n == 0 {
        return Err(Errno::INVAL);
    }
    let mut p = Polled {
        pollables: Vec::new(),
        inputs: Vec::new(),
        outputs: Vec::new(),
        decoded: Vec::new(),
    };
    // Room for all of them, or `ENOMEM` (the single layout's heap is
    // bounded; the host's answer is spilled if it does not fit).
    let n_usize = usize::try_from(n).map_err(|_| Errno::NOMEM)?;
    p.pollables
        .try_reserve_exact(n_usize)
        .map_err(|_| Errno::NOMEM)?;
    p.decoded
        .try_reserve_exact(n_usize)
        .map_err(|_| Errno::NOMEM)?;
    for i in 0..n {
        let at = guest::element(subs, i, sub_size)?;
        let (sub, raw) = read_sub(at, preview)?;
        let pollable = match sub.kind {
            Kind::Clock => clock_pollable(&raw)?,
            Kind::Read(fd) => match s.fds.get(fd)? {
                // With other threads, a stream of its own: another thread
                // may close the fd while this one waits.
                Descriptor::Stdio(st) if st.kind == StdioKind::Stdin && !alone() => {
                    let own = st.own_input()?;
                    let ready = own.subscribe();
                    p.inputs.push(own);
                    ready
                }
                Descriptor::Stdio(st) if st.kind == StdioKind::Stdin => st.input()?.subscribe(),
                Descriptor::File(file) => subscribe(false, file, &mut p.inputs, &mut p.outputs)?,
                _ => return Err(Errno::BADF),
            },
            Kind::Write(fd) => match s.fds.get(fd)? {
                Descriptor::Stdio(st) if st.kind != StdioKind::Stdin && !alone() => {
                    let own = st.own_output()?;
                    let ready = own.subscribe();
                    p.outputs.push(own);
                    ready
                }
                Descriptor::Stdio(st) if st.kind != StdioKind::Stdin => st.output()?.subscribe(),
                Descriptor::File(file) => subscribe(true, file, &mut p.inputs, &mut p.outputs)?,
                _ => return Err(Errno::BADF),
            },
        };
        p.pollables.push(pollable);
        p.decoded.push(sub);
    }
    Ok(p)
}

/// Writes the events of the `ready` subscriptions of `p` at `events`; how
/// many.
fn write_events(s: &mut State, p: Polled, mut ready: Vec<u32>, events: u64) -> Result<u64> {
    let Polled {
        pollables,
        inputs,
        outputs,
        decoded,
    } = p;
    drop(pollables);
    drop(inputs);
    drop(outputs);
    ready.sort_unstable();
    ready.dedup();

    let mut count = 0u64;
    for i in ready {
        let Some(sub) = decoded.get(i as usize) else {
            continue;
        };
        let (ty, nbytes, flags) = match sub.kind {
            Kind::Clock => (EVENTTYPE_CLOCK, 0u64, 0u16),
            // The fd may have been closed by another thread meanwhile:
            // the event stands, without HANGUP.
            Kind::Read(fd) => match s.fds.get(fd) {
                Ok(Descriptor::File(file)) => {
                    let mut op = files::ReadReady {
                        file,
                        result: Err(Errno::IO),
                    };
                    files::read_ready(&mut op);
                    let flags = if op.result? { EVENTRWFLAGS_HANGUP } else { 0 };
                    (EVENTTYPE_FD_READ, 1, flags)
                }
                _ => (EVENTTYPE_FD_READ, 1, 0),
            },
            Kind::Write(_) => (EVENTTYPE_FD_WRITE, 1, 0),
        };
        let mut e = [0u8; EVENT_SIZE as usize];
        e[0..8].copy_from_slice(&sub.userdata.to_le_bytes());
        e[10] = ty;
        e[16..24].copy_from_slice(&nbytes.to_le_bytes());
        e[24..26].copy_from_slice(&flags.to_le_bytes());
        let at = guest::element(events, count, EVENT_SIZE)?;
        guest::write(at, &e)?;
        count += 1;
    }
    Ok(count)
}

/// `poll_oneoff` in three steps: subscribe, poll (outside the state: other
/// threads may run meanwhile), write the events.
fn poll_oneoff_impl(subs: u64, events: u64, n: u64, nevents: u64, preview: Preview) -> i32 {
    let polled = match state::with(|s| subscribe_all(s, subs, n, preview)) {
        Ok(p) => p,
        Err(e) => return ret(Err(e)),
    };
    let mut refs: Vec<&Pollable> = Vec::new();
    if refs.try_reserve_exact(polled.pollables.len()).is_err() {
        return ret(Err(Errno::NOMEM));
    }
    refs.extend(polled.pollables.iter());
    let ready = threads::poll(&refs);
    drop(refs);
    let r = state::with(|s| {
        let count = write_events(s, polled, ready, events)?;
        guest::write_usize(nevents, count)
    });
    // The answer, used and dropped: its pages, if spilled, go.
    crate::spill::release();
    ret(r)
}

/// p1 `poll_oneoff`.
#[unsafe(no_mangle)]
pub extern "C" fn poll_oneoff(
    subscriptions: u64,
    events: u64,
    nsubscriptions: u64,
    nevents: u64,
) -> i32 {
    poll_oneoff_impl(subscriptions, events, nsubscriptions, nevents, Preview::P1)
}

/// Preview 0 `poll_oneoff` (56-byte subscriptions).
#[unsafe(export_name = "wasi_unstable:poll_oneoff")]
pub extern "C" fn p0_poll_oneoff(
    subscriptions: u64,
    events: u64,
    nsubscriptions: u64,
    nevents: u64,
) -> i32 {
    poll_oneoff_impl(subscriptions, events, nsubscriptions, nevents, Preview::P0)
}
