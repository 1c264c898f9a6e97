//! The scheduler of cooperative threads (`--threads cooperative`): each
//! wasi-threads thread is a component-model thread of the one instance, and
//! exactly one runs at a time; a thread runs until it blocks (a futex wait,
//! `sched_yield`, a `poll_oneoff` that would block) or ends, and then hands
//! over with a directed switch.
//!
//! p2 calls: `wasi:clocks/monotonic-clock#now` and `#subscribe-instant`,
//! `[method]pollable.ready` and `wasi:io/poll#poll` (when every thread
//! waits, the process sleeps until the first of them can go on); the
//! component-model built-ins come through the composer's intrinsics
//! (`p1-adapt:guest` `thread-*`).
//!
//! Everything here is reached only through the `threads` link point
//! ([`crate::threads`]), bound when the composer makes threads: without it
//! the component imports none of this.
//!
//! Two rules keep threads apart in one instance:
//! - the composer's `thread-switch` saves the running thread's mutable
//!   globals (the guest's stack pointer and TLS base, the adapter's stack
//!   pointer) in its own frame and the live part of the adapter's stack in
//!   the thread's save area ([`Thread::save`]), and puts both back when the
//!   thread runs again; so no reference into the scheduler's state is held
//!   across a switch (another thread changes it meanwhile), and a switch
//!   never happens while [`crate::state::with`] holds the adapter's state.
//! - a new thread starts on an empty adapter stack (the trampoline sets
//!   the stack pointer to its top), with fresh guest globals.

use crate::wasi::monotonic_clock;
use crate::wasi::poll::{self, Pollable};
use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::mem::ManuallyDrop;

#[link(wasm_import_module = "p1-adapt:guest")]
unsafe extern "C" {
    /// A new component-model thread, not started, that runs the composer's
    /// trampoline on `slot` (which calls [`run`]); 0 if none can be made.
    #[link_name = "thread-new"]
    fn thread_new(slot: u32) -> u32;
    /// Switches to thread `to` (not started or suspended), saving the
    /// running thread's globals and the live adapter stack (into `save`,
    /// `cap` bytes); back when some thread switches to this one. Answers a
    /// negative `-n` without switching when the stack needs `n` bytes.
    #[link_name = "thread-switch"]
    fn thread_switch(to: u32, save: *mut u8, cap: u32) -> i32;
    /// Lets thread `t` run once the running thread's function returns.
    #[link_name = "thread-resume-later"]
    fn thread_resume_later(t: u32);
    /// The running component-model thread.
    #[link_name = "thread-index"]
    fn thread_index() -> u32;
    /// The guest's `wasi_thread_start(tid, arg)`.
    #[link_name = "thread-start"]
    fn guest_thread_start(tid: i32, arg: i32);
}

/// The largest thread id wasi-threads allows.
const MAX_TID: i32 = 0x1FFF_FFFF;

/// Why a thread does not run.
enum Wait {
    /// It may run.
    Runnable,
    /// A futex wait at guest address `addr`, in arrival order `seq`.
    Futex { addr: u64, seq: u64 },
    /// Until one of these pollables is ready (borrowed from its frame).
    Poll(Vec<u32>),
}

struct Thread {
    /// Its component-model thread; 0: the slot is free.
    handle: u32,
    /// Its wasi-threads id and start argument.
    tid: i32,
    arg: i32,
    wait: Wait,
    /// When a timed futex wait ends (monotonic nanoseconds).
    deadline: Option<u64>,
    /// A notify ended its futex wait.
    woken: bool,
    /// Where the live adapter stack is kept while it is suspended.
    save: Vec<u8>,
}

struct Sched {
    /// Slot 0 is the thread that made the first one (`run`'s).
    threads: Vec<Thread>,
    /// The running thread's slot.
    current: usize,
    /// Threads that have not ended.
    live: usize,
    next_tid: i32,
    next_seq: u64,
}

struct Global(UnsafeCell<Option<&'static mut Sched>>);

// SAFETY: one thread runs at a time (switches are explicit), and no
// reference into the state lives across a switch.
unsafe impl Sync for Global {}

/// `None` until the first thread is made (then on the heap): a null
/// pointer, so the static costs no data in components without threads.
static SCHED: Global = Global(UnsafeCell::new(None));

/// The scheduler's state, made on first use. Callers keep the reference
/// only between switches.
fn sched() -> &'static mut Sched {
    // SAFETY: see `Global`: only one thread runs, and each use ends before
    // the next switch.
    let slot = unsafe { &mut *SCHED.0.get() };
    slot.get_or_insert_with(|| {
        alloc::boxed::Box::leak(alloc::boxed::Box::new(Sched {
            threads: Vec::new(),
            current: 0,
            live: 0,
            next_tid: 1,
            next_seq: 0,
        }))
    })
}

/// Whether the program has one thread (no other was made, or all ended):
/// then nothing here is needed.
pub fn alone() -> bool {
    // SAFETY: as in `sched`.
    unsafe { &*SCHED.0.get() }
        .as_ref()
        .is_none_or(|s| s.live <= 1)
}

/// `thread-spawn` with threads: a new thread, runnable, that will call
/// the guest's `wasi_thread_start(tid, arg)`; its positive tid, or -1.
#[unsafe(export_name = "p1-adapt:threads/spawn")]
pub extern "C" fn spawn(arg: i32) -> i32 {
    let s = sched();
    if s.threads.is_empty() {
        // SAFETY: the intrinsic takes nothing.
        let handle = unsafe { thread_index() };
        s.threads.push(Thread::new(handle, 0, 0));
        s.live = 1;
        s.current = 0;
    }
    if s.next_tid > MAX_TID {
        return -1;
    }
    let slot = match s.threads.iter().position(|t| t.handle == 0) {
        Some(free) => free,
        None => {
            s.threads.push(Thread::new(0, 0, 0));
            s.threads.len() - 1
        }
    };
    // SAFETY: the intrinsic takes a number.
    let handle = unsafe { thread_new(slot as u32) };
    if handle == 0 {
        return -1;
    }
    let tid = s.next_tid;
    s.next_tid += 1;
    let save = core::mem::take(&mut s.threads[slot].save);
    s.threads[slot] = Thread {
        save,
        ..Thread::new(handle, tid, arg)
    };
    s.live += 1;
    tid
}

impl Thread {
    fn new(handle: u32, tid: i32, arg: i32) -> Self {
        Thread {
            handle,
            tid,
            arg,
            wait: Wait::Runnable,
            deadline: None,
            woken: false,
            save: Vec::new(),
        }
    }

    fn runnable(&self) -> bool {
        self.handle != 0 && matches!(self.wait, Wait::Runnable)
    }
}

/// A new thread's body (called by the composer's trampoline on the
/// thread's fresh stacks): the guest's `wasi_thread_start`, then the
/// hand-over to the next thread.
#[unsafe(export_name = "p1-adapt:threads/run")]
pub extern "C" fn run(slot: u32) {
    let slot = slot as usize;
    let (tid, arg) = {
        let t = &sched().threads[slot];
        (t.tid, t.arg)
    };
    // SAFETY: the composer binds it to the guest's `wasi_thread_start`.
    unsafe { guest_thread_start(tid, arg) };
    let s = sched();
    s.threads[slot].handle = 0;
    s.live -= 1;
    // The thread ends when this returns: the next one runs then.
    let next = next_to_run(slot);
    sched().current = next;
    // SAFETY: `next` names a live, suspended or not started thread.
    unsafe { thread_resume_later(sched().threads[next].handle) };
}

/// The futex's wait with other threads: the running thread sleeps until
/// a notify at `addr` (0) or the end of `timeout` nanoseconds (2;
/// negative: none), while the others run.
#[unsafe(export_name = "p1-adapt:threads/park")]
pub extern "C" fn park(addr: u64, timeout: i64) -> i32 {
    let deadline = u64::try_from(timeout)
        .ok()
        .map(|ns| monotonic_clock::now().saturating_add(ns));
    let s = sched();
    let seq = s.next_seq;
    s.next_seq += 1;
    let me = s.current;
    let t = &mut s.threads[me];
    t.wait = Wait::Futex { addr, seq };
    t.deadline = deadline;
    t.woken = false;
    reschedule(me);
    let t = &mut sched().threads[me];
    t.deadline = None;
    match t.woken {
        true => 0,
        false => 2,
    }
}

/// The futex's notify with other threads: makes up to `count` threads
/// waiting at `addr` runnable, the longest waiting first; how many.
#[unsafe(export_name = "p1-adapt:threads/wake")]
pub extern "C" fn wake(addr: u64, count: u32) -> i32 {
    let s = sched();
    let mut waiting: Vec<(u64, usize)> = s
        .threads
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t.wait {
            Wait::Futex { addr: a, seq } if a == addr && t.handle != 0 => Some((seq, i)),
            _ => None,
        })
        .collect();
    // Arrival order. By hand: `sort` would bring 4 KB of code.
    for k in 1..waiting.len() {
        let mut j = k;
        while j > 0 && waiting[j - 1].0 > waiting[j].0 {
            waiting.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut woken = 0;
    for (_, i) in waiting.into_iter().take(count as usize) {
        let t = &mut s.threads[i];
        t.wait = Wait::Runnable;
        t.woken = true;
        woken += 1;
    }
    woken
}

/// `sched_yield` with other threads: the next runnable thread runs.
#[unsafe(export_name = "p1-adapt:threads/yield")]
pub extern "C" fn yield_now() {
    let me = sched().current;
    reschedule(me);
}

/// A cooperative thread that has looped for a while without blocking (the
/// composer's countdown at loop heads): the other runnable threads run.
#[unsafe(export_name = "p1-adapt:threads/preempt")]
pub extern "C" fn preempt() {
    if !alone() {
        let me = sched().current;
        reschedule(me);
    }
}

/// Waits until one of `pollables` (handles) is ready while the other
/// threads run.
///
/// # Safety
/// `handles` points to `len` handles of pollables the caller owns.
#[unsafe(export_name = "p1-adapt:threads/poll")]
pub unsafe extern "C" fn block(handles: *const u32, len: usize) {
    // SAFETY: as the caller promises (`crate::threads::poll`).
    let handles = unsafe { core::slice::from_raw_parts(handles, len) };
    let me = sched().current;
    sched().threads[me].wait = Wait::Poll(handles.to_vec());
    reschedule(me);
}

/// Runs the next runnable thread after `me` (which runs again when it is
/// runnable and its turn comes, `me` itself when it is the only one);
/// returns once `me` runs again.
fn reschedule(me: usize) {
    let next = next_to_run(me);
    switch_to(next);
}

/// The next thread to run after `from`, round robin: threads whose waits
/// have ended are made runnable first; when none can run, the process
/// sleeps until one can (a deadlock when none ever can).
fn next_to_run(from: usize) -> usize {
    let mut blocking = false;
    loop {
        wake_ended(blocking);
        let s = sched();
        let n = s.threads.len();
        if let Some(next) = (1..=n)
            .map(|k| (from + k) % n)
            .find(|&i| s.threads[i].runnable())
        {
            return next;
        }
        blocking = true;
    }
}

/// Makes runnable the threads whose timed waits are over and whose
/// pollables are ready; with `block`, first sleeps until one of them is
/// (a deadlock when nothing could end any wait).
fn wake_ended(block: bool) {
    let s = sched();
    let waiting = s.threads.iter().any(|t| t.deadline.is_some())
        || s.threads.iter().any(|t| matches!(t.wait, Wait::Poll(_)));
    if !waiting {
        if block {
            deadlock();
        }
        return;
    }
    let mut watched: Vec<(usize, ManuallyDrop<Pollable>)> = Vec::new();
    for (i, t) in s.threads.iter().enumerate() {
        if let Wait::Poll(handles) = &t.wait {
            for &h in handles {
                // SAFETY: the waiting thread owns the pollable and keeps it
                // until it runs again; this borrow is never dropped.
                watched.push((i, ManuallyDrop::new(unsafe { Pollable::from_handle(h) })));
            }
        }
    }
    let earliest = s.threads.iter().filter_map(|t| t.deadline).min();
    let timer = match (block, earliest) {
        (true, Some(at)) => Some(monotonic_clock::subscribe_instant(at)),
        _ => None,
    };
    let mut ready: Vec<usize> = Vec::new();
    if block {
        let mut refs: Vec<&Pollable> = watched.iter().map(|(_, p)| &**p).collect();
        refs.extend(timer.as_ref());
        for k in poll::poll(&refs) {
            if let Some((i, _)) = watched.get(k as usize) {
                ready.push(*i);
            }
        }
    } else {
        ready.extend(watched.iter().filter(|(_, p)| p.ready()).map(|(i, _)| *i));
    }
    let now = earliest.map(|_| monotonic_clock::now());
    let s = sched();
    for i in ready {
        s.threads[i].wait = Wait::Runnable;
    }
    for t in s.threads.iter_mut() {
        if let (Some(at), Some(now)) = (t.deadline, now) {
            if at <= now && matches!(t.wait, Wait::Futex { .. }) {
                t.wait = Wait::Runnable;
                t.deadline = None;
            }
        }
    }
}

/// Switches from the running thread to slot `next` (nothing when it is
/// the running one); returns when the running thread runs again.
fn switch_to(next: usize) {
    let s = sched();
    let me = s.current;
    if next == me {
        return;
    }
    s.current = next;
    let to = s.threads[next].handle;
    loop {
        let save = &mut sched().threads[me].save;
        let (at, cap) = (save.as_mut_ptr(), save.capacity() as u32);
        // SAFETY: `at` has `cap` bytes the scheduler keeps for this thread
        // alone until it runs again; `to` is a live thread.
        let r = unsafe { thread_switch(to, at, cap) };
        if r >= 0 {
            break;
        }
        // The stack did not fit (nothing switched): make room, again.
        sched().threads[me].save.reserve(r.unsigned_abs() as usize);
    }
}

/// Every thread waits with no timeout: nothing can wake any of them.
pub fn deadlock() -> ! {
    // Short: the adapter's data is in every component.
    let message = b"p1-adapt: deadlock: all threads wait forever\n";
    // Best effort: the trap below is the report that counts.
    let _ = crate::wasi::stderr::get_stderr().blocking_write_and_flush(message);
    core::arch::wasm32::unreachable()
}
