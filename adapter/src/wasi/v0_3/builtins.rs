//! The component model's async built-ins, declared by hand: waitable sets,
//! subtasks, and the stream and future operations of each 0.3 function
//! that takes or returns a `stream<u8>` (wit-bindgen would need its async
//! runtime for them). Every buffer handed to them is in the adapter's
//! memory, and stays untouched until the operation completes: each one is
//! waited for before its caller returns.
//!
//! Operations are async-lowered (`[async-lower]`), the form a default
//! wasmtime accepts; when one blocks, [`wait`] blocks the task in
//! `waitable-set.wait`, which `wasi:cli/run@0.3.0#run` allows (its type is
//! `async`).

use core::cell::Cell;

/// What a stream or future operation returns while it is pending.
pub const BLOCKED: u32 = 0xffff_ffff;
/// Status of a finished operation: done (all or part of the items).
pub const COMPLETED: u32 = 0;
/// Status: the other end was dropped (the items counted still moved).
pub const DROPPED: u32 = 1;

/// A subtask's state in a call's result or a `SUBTASK` event: returned.
pub const RETURNED: u32 = 2;

#[link(wasm_import_module = "$root")]
unsafe extern "C" {
    #[link_name = "[waitable-set-new]"]
    fn waitable_set_new() -> u32;
    #[link_name = "[waitable-set-wait]"]
    fn waitable_set_wait(set: u32, event: *mut [u32; 2]) -> u32;
    #[link_name = "[waitable-set-poll]"]
    fn waitable_set_poll(set: u32, event: *mut [u32; 2]) -> u32;
    #[link_name = "[waitable-join]"]
    fn waitable_join(waitable: u32, set: u32);
    #[link_name = "[subtask-cancel]"]
    pub fn subtask_cancel(subtask: u32) -> u32;
    #[link_name = "[subtask-drop]"]
    pub fn subtask_drop(subtask: u32);
}

struct Set(Cell<u32>);

// SAFETY: wasm32-unknown-unknown without threads: one thread.
unsafe impl Sync for Set {}

/// The adapter's one waitable set (0 until first needed). Nothing stays
/// joined to it between calls.
static SET: Set = Set(Cell::new(0));

fn set() -> u32 {
    if SET.0.get() == 0 {
        // SAFETY: a built-in without arguments.
        SET.0.set(unsafe { waitable_set_new() });
    }
    SET.0.get()
}

/// An event: the waitable it is for and its payload.
#[derive(Clone, Copy)]
pub struct Event {
    pub waitable: u32,
    pub payload: u32,
}

/// Joins `waitables` to the set, waits for (`block`) or polls one event,
/// and leaves the set again.
fn event(waitables: &[u32], block: bool) -> Option<Event> {
    let set = set();
    for w in waitables {
        // SAFETY: handles owned by the caller, and the adapter's set.
        unsafe { waitable_join(*w, set) };
    }
    let mut out = [0u32; 2];
    // SAFETY: `out` is the two words the built-in writes.
    let code = unsafe {
        match block {
            true => waitable_set_wait(set, &mut out),
            false => waitable_set_poll(set, &mut out),
        }
    };
    for w in waitables {
        // SAFETY: as above; set 0 leaves the set.
        unsafe { waitable_join(*w, 0) };
    }
    // Event code 0 is "none" (a poll with nothing ready).
    (code != 0).then_some(Event {
        waitable: out[0],
        payload: out[1],
    })
}

/// Blocks until one of `waitables` has an event.
pub fn wait_any(waitables: &[u32]) -> Option<Event> {
    event(waitables, true)
}

/// The event one of `waitables` has now, if any.
pub fn poll_any(waitables: &[u32]) -> Option<Event> {
    event(waitables, false)
}

/// The outcome of an operation on `handle` that returned `code`: waits
/// for it if it blocked. `(count, status)`.
pub fn outcome(handle: u32, code: u32) -> (u32, u32) {
    let code = match code {
        BLOCKED => loop {
            match wait_any(&[handle]) {
                Some(e) if e.waitable == handle => break e.payload,
                _ => continue,
            }
        },
        c => c,
    };
    (code >> 4, code & 0xf)
}

/// The stream and future operations of one function that *takes* a
/// `stream<u8>` and returns a `future<result<_, E>>`: new, write, drop,
/// and the future's read and drop.
macro_rules! writer {
    ($name:ident, $module:literal, $new:literal, $write:literal, $drop:literal,
     $fread:literal, $fdrop:literal) => {
        pub mod $name {
            #[link(wasm_import_module = $module)]
            unsafe extern "C" {
                #[link_name = $new]
                pub fn new() -> u64;
                #[link_name = $write]
                pub fn write(w: u32, ptr: *const u8, n: u32) -> u32;
                #[link_name = $drop]
                pub fn drop_writable(w: u32);
                #[link_name = $fread]
                pub fn future_read(f: u32, ptr: *mut u8) -> u32;
                #[link_name = $fdrop]
                pub fn future_drop(f: u32);
            }
        }
    };
}

/// The same for a function that *returns* a `stream<T>` and a future.
macro_rules! reader {
    ($name:ident, $module:literal, $read:literal, $cancel:literal, $drop:literal,
     $fread:literal, $fdrop:literal) => {
        pub mod $name {
            #[link(wasm_import_module = $module)]
            unsafe extern "C" {
                #[link_name = $read]
                pub fn read(r: u32, ptr: *mut u8, n: u32) -> u32;
                #[link_name = $cancel]
                pub fn cancel_read(r: u32) -> u32;
                #[link_name = $drop]
                pub fn drop_readable(r: u32);
                #[link_name = $fread]
                pub fn future_read(f: u32, ptr: *mut u8) -> u32;
                #[link_name = $fdrop]
                pub fn future_drop(f: u32);
            }
        }
    };
}

writer!(
    stdout,
    "wasi:cli/stdout@0.3.0",
    "[stream-new-0]write-via-stream",
    "[async-lower][stream-write-0]write-via-stream",
    "[stream-drop-writable-0]write-via-stream",
    "[async-lower][future-read-1]write-via-stream",
    "[future-drop-readable-1]write-via-stream"
);
writer!(
    stderr,
    "wasi:cli/stderr@0.3.0",
    "[stream-new-0]write-via-stream",
    "[async-lower][stream-write-0]write-via-stream",
    "[stream-drop-writable-0]write-via-stream",
    "[async-lower][future-read-1]write-via-stream",
    "[future-drop-readable-1]write-via-stream"
);
writer!(
    file_write,
    "wasi:filesystem/types@0.3.0",
    "[stream-new-0][method]descriptor.write-via-stream",
    "[async-lower][stream-write-0][method]descriptor.write-via-stream",
    "[stream-drop-writable-0][method]descriptor.write-via-stream",
    "[async-lower][future-read-1][method]descriptor.write-via-stream",
    "[future-drop-readable-1][method]descriptor.write-via-stream"
);
writer!(
    file_append,
    "wasi:filesystem/types@0.3.0",
    "[stream-new-0][method]descriptor.append-via-stream",
    "[async-lower][stream-write-0][method]descriptor.append-via-stream",
    "[stream-drop-writable-0][method]descriptor.append-via-stream",
    "[async-lower][future-read-1][method]descriptor.append-via-stream",
    "[future-drop-readable-1][method]descriptor.append-via-stream"
);
reader!(
    stdin,
    "wasi:cli/stdin@0.3.0",
    "[async-lower][stream-read-0]read-via-stream",
    "[stream-cancel-read-0]read-via-stream",
    "[stream-drop-readable-0]read-via-stream",
    "[async-lower][future-read-1]read-via-stream",
    "[future-drop-readable-1]read-via-stream"
);
reader!(
    file_read,
    "wasi:filesystem/types@0.3.0",
    "[async-lower][stream-read-0][method]descriptor.read-via-stream",
    "[stream-cancel-read-0][method]descriptor.read-via-stream",
    "[stream-drop-readable-0][method]descriptor.read-via-stream",
    "[async-lower][future-read-1][method]descriptor.read-via-stream",
    "[future-drop-readable-1][method]descriptor.read-via-stream"
);
reader!(
    directory,
    "wasi:filesystem/types@0.3.0",
    "[async-lower][stream-read-0][method]descriptor.read-directory",
    "[stream-cancel-read-0][method]descriptor.read-directory",
    "[stream-drop-readable-0][method]descriptor.read-directory",
    "[async-lower][future-read-1][method]descriptor.read-directory",
    "[future-drop-readable-1][method]descriptor.read-directory"
);

// A file stream's operations go through the files link point (bound only
// when files can exist), so that the stdio streams' code, which shares
// the stream types, does not reach the `wasi:filesystem` imports.
#[link(wasm_import_module = "p1-adapt:optional")]
unsafe extern "C" {
    #[link_name = "files/dispatch"]
    pub fn files_dispatch(kind: u32, op: *mut core::ffi::c_void);
}

/// The link point's operation number for a file stream's operation
/// ([`super::streams::FileOp`]).
pub const FILE_STREAM: u32 = 5;

/// The functions themselves (their core signatures, `docs/wasi-0.3.md`).
pub mod calls {
    #[link(wasm_import_module = "wasi:cli/stdout@0.3.0")]
    unsafe extern "C" {
        #[link_name = "write-via-stream"]
        pub fn stdout_write_via_stream(r: u32) -> u32;
    }
    #[link(wasm_import_module = "wasi:cli/stderr@0.3.0")]
    unsafe extern "C" {
        #[link_name = "write-via-stream"]
        pub fn stderr_write_via_stream(r: u32) -> u32;
    }
    #[link(wasm_import_module = "wasi:cli/stdin@0.3.0")]
    unsafe extern "C" {
        /// Writes the stream at `ret` and the future at `ret + 4`.
        #[link_name = "read-via-stream"]
        pub fn stdin_read_via_stream(ret: *mut [u32; 2]);
    }
    #[link(wasm_import_module = "wasi:filesystem/types@0.3.0")]
    unsafe extern "C" {
        #[link_name = "[method]descriptor.read-via-stream"]
        pub fn read_via_stream(fd: u32, offset: i64, ret: *mut [u32; 2]);
        #[link_name = "[method]descriptor.write-via-stream"]
        pub fn write_via_stream(fd: u32, r: u32, offset: i64) -> u32;
        #[link_name = "[method]descriptor.append-via-stream"]
        pub fn append_via_stream(fd: u32, r: u32) -> u32;
        #[link_name = "[method]descriptor.read-directory"]
        pub fn read_directory(fd: u32, ret: *mut [u32; 2]);
    }
    #[link(wasm_import_module = "wasi:clocks/monotonic-clock@0.3.0")]
    unsafe extern "C" {
        /// Async-lowered: a subtask (`(handle << 4) | state`), or returned.
        #[link_name = "[async-lower]wait-until"]
        pub fn wait_until(when: u64) -> u32;
    }
}
