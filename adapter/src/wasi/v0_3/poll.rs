//! `wasi:io/poll`'s shapes over 0.3's waitables: a pollable is ready at
//! once (stdio), or a `monotonic-clock#wait-until` subtask that is ready
//! when it returns.

use super::builtins::{self, poll_any, wait_any, RETURNED};
use alloc::vec::Vec;
use core::cell::Cell;

/// Something to wait for.
pub struct Pollable {
    /// The pending subtask (0: none, ready).
    subtask: Cell<u32>,
}

impl Pollable {
    /// Ready now.
    pub fn ready_now() -> Self {
        Pollable {
            subtask: Cell::new(0),
        }
    }

    /// Ready when the monotonic clock reaches `when`.
    pub fn until(when: u64) -> Self {
        // SAFETY: an async-lowered call with one integer argument.
        let code = unsafe { builtins::calls::wait_until(when) };
        let pending = match code & 0xf {
            RETURNED => 0,
            _ => code >> 4,
        };
        Pollable {
            subtask: Cell::new(pending),
        }
    }

    /// Its waitable (0 when ready), as 0.2's resource handle.
    pub fn handle(&self) -> u32 {
        self.subtask.get()
    }

    /// The pollable of waitable `h`, as 0.2's `from_handle`.
    ///
    /// # Safety
    /// `h` is a pollable's [`Self::handle`], and the two are not both
    /// dropped (the caller keeps one in `ManuallyDrop`).
    pub unsafe fn from_handle(h: u32) -> Self {
        Pollable {
            subtask: Cell::new(h),
        }
    }

    /// Takes `e` if it is this pollable's: its subtask returned.
    fn take(&self, e: builtins::Event) {
        let t = self.subtask.get();
        if t != 0 && e.waitable == t && e.payload == RETURNED {
            // SAFETY: the subtask's last event was taken.
            unsafe { builtins::subtask_drop(t) };
            self.subtask.set(0);
        }
    }

    /// Whether it is ready, without waiting.
    pub fn ready(&self) -> bool {
        let t = self.subtask.get();
        if t != 0 {
            if let Some(e) = poll_any(&[t]) {
                self.take(e);
            }
        }
        self.subtask.get() == 0
    }

    /// Waits until it is ready.
    pub fn block(&self) {
        while self.subtask.get() != 0 {
            if let Some(e) = wait_any(&[self.subtask.get()]) {
                self.take(e);
            }
        }
    }
}

impl Drop for Pollable {
    fn drop(&mut self) {
        let t = self.subtask.get();
        if t != 0 {
            // SAFETY: a subtask of this pollable, joined to no set: cancel
            // it (a timer ends at once), then drop it.
            unsafe {
                builtins::subtask_cancel(t);
                builtins::subtask_drop(t);
            }
        }
    }
}

/// The indices of the ready ones among `list`, waiting until one is.
pub fn poll(list: &[&Pollable]) -> Vec<u32> {
    loop {
        let ready: Vec<u32> = (0..list.len() as u32)
            .filter(|i| list[*i as usize].subtask.get() == 0)
            .collect();
        if !ready.is_empty() || list.is_empty() {
            return ready;
        }
        let pending: Vec<u32> = list.iter().map(|p| p.subtask.get()).collect();
        if let Some(e) = wait_any(&pending) {
            for p in list {
                p.take(e);
            }
        }
    }
}
