//! `wasi:filesystem/types`' 0.2 shapes over 0.3: a descriptor's methods are
//! 0.3's, lowered synchronously (each `async func` blocks the task), with
//! 0.2's stat and type records; `read` and `write` at an offset go through
//! `read-via-stream` and `write-via-stream`; a directory's entries come
//! from `read-directory`'s stream; a file's streams kept across calls
//! (appends, `poll_oneoff`) are made on first use and run by [`file_op`].

use super::builtins::{self, outcome, DROPPED};
use super::streams::{FileOp, FileOpKind, FileStream, InputStream, OutputStream};
use crate::bindings::wasi::filesystem::types as b;
use alloc::string::String;
use alloc::vec::Vec;

pub use b::{
    Advice, DescriptorFlags, ErrorCode, Filesize, MetadataHashValue, OpenFlags, PathFlags,
};

/// A time as 0.2 gives it.
#[derive(Clone, Copy)]
pub struct Datetime {
    pub seconds: u64,
    pub nanoseconds: u32,
}

impl Datetime {
    /// From a 0.3 instant (before 1970: 0).
    pub fn from_instant(i: super::clocks::Instant) -> Self {
        Datetime {
            seconds: u64::try_from(i.seconds).unwrap_or(0),
            nanoseconds: i.nanoseconds,
        }
    }

    fn instant(self) -> super::clocks::Instant {
        super::clocks::Instant {
            seconds: i64::try_from(self.seconds).unwrap_or(i64::MAX),
            nanoseconds: self.nanoseconds,
        }
    }
}

/// A time to set.
pub enum NewTimestamp {
    NoChange,
    Now,
    Timestamp(Datetime),
}

impl NewTimestamp {
    fn v0_3(self) -> b::NewTimestamp {
        match self {
            NewTimestamp::NoChange => b::NewTimestamp::NoChange,
            NewTimestamp::Now => b::NewTimestamp::Now,
            NewTimestamp::Timestamp(t) => b::NewTimestamp::Timestamp(t.instant()),
        }
    }
}

/// A file's type, as 0.2 names them (0.3's `other` is `unknown`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DescriptorType {
    Unknown,
    BlockDevice,
    CharacterDevice,
    Directory,
    Fifo,
    SymbolicLink,
    RegularFile,
    Socket,
}

impl From<b::DescriptorType> for DescriptorType {
    fn from(t: b::DescriptorType) -> Self {
        match t {
            b::DescriptorType::BlockDevice => DescriptorType::BlockDevice,
            b::DescriptorType::CharacterDevice => DescriptorType::CharacterDevice,
            b::DescriptorType::Directory => DescriptorType::Directory,
            b::DescriptorType::Fifo => DescriptorType::Fifo,
            b::DescriptorType::SymbolicLink => DescriptorType::SymbolicLink,
            b::DescriptorType::RegularFile => DescriptorType::RegularFile,
            b::DescriptorType::Socket => DescriptorType::Socket,
            b::DescriptorType::Other(_) => DescriptorType::Unknown,
        }
    }
}

/// A file's metadata, as 0.2 gives it.
pub struct DescriptorStat {
    pub type_: DescriptorType,
    pub link_count: u64,
    pub size: u64,
    pub data_access_timestamp: Option<Datetime>,
    pub data_modification_timestamp: Option<Datetime>,
    pub status_change_timestamp: Option<Datetime>,
}

impl From<b::DescriptorStat> for DescriptorStat {
    fn from(s: b::DescriptorStat) -> Self {
        DescriptorStat {
            type_: s.type_.into(),
            link_count: s.link_count,
            size: s.size,
            data_access_timestamp: s.data_access_timestamp.map(Datetime::from_instant),
            data_modification_timestamp: s.data_modification_timestamp.map(Datetime::from_instant),
            status_change_timestamp: s.status_change_timestamp.map(Datetime::from_instant),
        }
    }
}

/// A directory entry.
pub struct DirectoryEntry {
    pub type_: DescriptorType,
    pub name: String,
}

/// The filesystem error behind a failed stream operation.
pub fn filesystem_error_code(e: &super::streams::Error) -> Option<ErrorCode> {
    e.0.clone()
}

/// The outcome a finished `*-via-stream` future carries: `result<_,
/// error-code>`, 20 bytes (`docs/wasi-0.3.md`).
#[repr(C, align(4))]
struct Outcome([u8; 20]);

impl Outcome {
    /// The error, if the future gave one (`other`'s text is dropped).
    fn error(&self) -> Option<ErrorCode> {
        if self.0[0] == 0 {
            return None;
        }
        // The error-code's case at +4; `other(option<string>)`, the last
        // case, carries a string the host allocated: freed.
        let case = self.0[4];
        if case == 36 {
            let word = |at: usize| {
                u32::from_le_bytes([self.0[at], self.0[at + 1], self.0[at + 2], self.0[at + 3]])
            };
            if self.0[8] == 1 && word(16) != 0 {
                let (ptr, len) = (word(12) as usize as *mut u8, word(16) as usize);
                // SAFETY: a string the host placed with `cabi_realloc` on the heap
                // (no scratch loan is active outside `scratch::receive`, as
                // for the 0.2 bindings' strings).
                drop(unsafe { String::from_raw_parts(ptr, len, len) });
            }
            return Some(ErrorCode::Other(None));
        }
        Some(error_case(case))
    }
}

/// The error code of case `c` (0.3's order, `other` excluded).
fn error_case(c: u8) -> ErrorCode {
    use ErrorCode as E;
    const CASES: [E; 36] = [
        E::Access,
        E::Already,
        E::BadDescriptor,
        E::Busy,
        E::Deadlock,
        E::Quota,
        E::Exist,
        E::FileTooLarge,
        E::IllegalByteSequence,
        E::InProgress,
        E::Interrupted,
        E::Invalid,
        E::Io,
        E::IsDirectory,
        E::Loop,
        E::TooManyLinks,
        E::MessageSize,
        E::NameTooLong,
        E::NoDevice,
        E::NoEntry,
        E::NoLock,
        E::InsufficientMemory,
        E::InsufficientSpace,
        E::NotDirectory,
        E::NotEmpty,
        E::NotRecoverable,
        E::Unsupported,
        E::NoTty,
        E::NoSuchDevice,
        E::Overflow,
        E::NotPermitted,
        E::Pipe,
        E::ReadOnly,
        E::InvalidSeek,
        E::TextFileBusy,
        E::CrossDevice,
    ];
    CASES.get(usize::from(c)).cloned().unwrap_or(E::Io)
}

/// A file or directory.
pub struct Descriptor(pub(super) b::Descriptor);

/// Reads a future's outcome and drops it.
fn settle(
    future: u32,
    read: unsafe extern "C" fn(u32, *mut u8) -> u32,
    drop_it: unsafe extern "C" fn(u32),
) -> Option<ErrorCode> {
    let mut o = Outcome([0; 20]);
    // SAFETY: `o` is the 20 bytes the future's value takes, alive until
    // the read completes (`outcome` waits).
    let code = unsafe { read(future, o.0.as_mut_ptr()) };
    outcome(future, code);
    // SAFETY: the future, read.
    unsafe { drop_it(future) };
    o.error()
}

impl Descriptor {
    fn handle(&self) -> u32 {
        self.0.handle()
    }

    /// Up to `len` bytes at `offset`, and whether the end was reached.
    pub fn read(&self, len: u64, offset: u64) -> Result<(Vec<u8>, bool), ErrorCode> {
        let mut ret = [0u32; 2];
        // SAFETY: the call writes the stream and the future at `ret`.
        unsafe { builtins::calls::read_via_stream(self.handle(), offset as i64, &mut ret) };
        let [r, future] = ret;
        let mut bytes = super::streams::list(len);
        let len = bytes.capacity() as u32;
        let mut got = 0u32;
        let mut end = false;
        while got < len {
            let room = len - got;
            // SAFETY: `bytes` has `len` bytes of room past `got`, alive
            // until the read completes.
            let code =
                unsafe { builtins::file_read::read(r, bytes.as_mut_ptr().add(got as usize), room) };
            let (count, status) = outcome(r, code);
            got += count;
            if status == DROPPED {
                end = true;
                break;
            }
            if count == 0 {
                break;
            }
        }
        // SAFETY: the host wrote `got` bytes.
        unsafe { bytes.set_len(got as usize) };
        // SAFETY: the stream is done with.
        unsafe { builtins::file_read::drop_readable(r) };
        let error = settle(
            future,
            builtins::file_read::future_read,
            builtins::file_read::future_drop,
        );
        match error {
            Some(e) if got == 0 => {
                crate::release_list(bytes);
                Err(e)
            }
            _ => Ok((bytes, end)),
        }
    }

    /// Writes `bytes` at `offset`: how many were written.
    pub fn write(&self, bytes: &[u8], offset: u64) -> Result<Filesize, ErrorCode> {
        // SAFETY: built-ins on handles this function owns; `bytes` stays
        // borrowed until each write completes.
        unsafe {
            let pair = builtins::file_write::new();
            let (r, w) = (pair as u32, (pair >> 32) as u32);
            let future = builtins::calls::write_via_stream(self.handle(), r, offset as i64);
            let mut done = 0usize;
            while done < bytes.len() {
                let rest = &bytes[done..];
                let n = rest.len().min((1 << 28) - 1) as u32;
                let code = builtins::file_write::write(w, rest.as_ptr(), n);
                let (count, status) = outcome(w, code);
                done += count as usize;
                if status == DROPPED || count == 0 {
                    break;
                }
            }
            builtins::file_write::drop_writable(w);
            let error = settle(
                future,
                builtins::file_write::future_read,
                builtins::file_write::future_drop,
            );
            match error {
                Some(e) if done == 0 => Err(e),
                _ => Ok(done as u64),
            }
        }
    }

    /// A stream of the file from `offset` (made on its first read).
    pub fn read_via_stream(&self, offset: u64) -> Result<InputStream, ErrorCode> {
        Ok(InputStream::file(FileStream::new(
            self.handle(),
            Some(offset),
        )))
    }

    /// A stream into the file at `offset` (made on its first write).
    pub fn write_via_stream(&self, offset: u64) -> Result<OutputStream, ErrorCode> {
        Ok(OutputStream::file(FileStream::new(
            self.handle(),
            Some(offset),
        )))
    }

    /// A stream appending to the file (made on its first write).
    pub fn append_via_stream(&self) -> Result<OutputStream, ErrorCode> {
        Ok(OutputStream::file(FileStream::new(self.handle(), None)))
    }

    /// The directory's entries.
    pub fn read_directory(&self) -> Result<DirectoryEntryStream, ErrorCode> {
        let mut ret = [0u32; 2];
        // SAFETY: the call writes the stream and the future at `ret`.
        unsafe { builtins::calls::read_directory(self.handle(), &mut ret) };
        Ok(DirectoryEntryStream {
            readable: ret[0],
            future: core::cell::Cell::new(ret[1]),
            ended: core::cell::Cell::new(None),
        })
    }

    pub fn stat(&self) -> Result<DescriptorStat, ErrorCode> {
        self.0.stat().map(Into::into)
    }

    pub fn stat_at(&self, flags: PathFlags, path: &str) -> Result<DescriptorStat, ErrorCode> {
        self.0.stat_at(flags, path).map(Into::into)
    }

    pub fn open_at(
        &self,
        path_flags: PathFlags,
        path: &str,
        open_flags: OpenFlags,
        flags: DescriptorFlags,
    ) -> Result<Descriptor, ErrorCode> {
        self.0
            .open_at(path_flags, path, open_flags, flags)
            .map(Descriptor)
    }

    pub fn get_type(&self) -> Result<DescriptorType, ErrorCode> {
        self.0.get_type().map(Into::into)
    }

    pub fn get_flags(&self) -> Result<DescriptorFlags, ErrorCode> {
        self.0.get_flags()
    }

    pub fn set_size(&self, size: Filesize) -> Result<(), ErrorCode> {
        self.0.set_size(size)
    }

    pub fn set_times(&self, atime: NewTimestamp, mtime: NewTimestamp) -> Result<(), ErrorCode> {
        self.0.set_times(atime.v0_3(), mtime.v0_3())
    }

    pub fn set_times_at(
        &self,
        flags: PathFlags,
        path: &str,
        atime: NewTimestamp,
        mtime: NewTimestamp,
    ) -> Result<(), ErrorCode> {
        self.0.set_times_at(flags, path, atime.v0_3(), mtime.v0_3())
    }

    pub fn sync(&self) -> Result<(), ErrorCode> {
        self.0.sync()
    }

    pub fn sync_data(&self) -> Result<(), ErrorCode> {
        self.0.sync_data()
    }

    pub fn advise(&self, offset: Filesize, len: Filesize, advice: Advice) -> Result<(), ErrorCode> {
        self.0.advise(offset, len, advice)
    }

    pub fn create_directory_at(&self, path: &str) -> Result<(), ErrorCode> {
        self.0.create_directory_at(path)
    }

    pub fn remove_directory_at(&self, path: &str) -> Result<(), ErrorCode> {
        self.0.remove_directory_at(path)
    }

    pub fn unlink_file_at(&self, path: &str) -> Result<(), ErrorCode> {
        self.0.unlink_file_at(path)
    }

    pub fn rename_at(&self, old: &str, to: &Descriptor, new: &str) -> Result<(), ErrorCode> {
        self.0.rename_at(old, &to.0, new)
    }

    pub fn link_at(
        &self,
        flags: PathFlags,
        old: &str,
        to: &Descriptor,
        new: &str,
    ) -> Result<(), ErrorCode> {
        self.0.link_at(flags, old, &to.0, new)
    }

    pub fn symlink_at(&self, old: &str, new: &str) -> Result<(), ErrorCode> {
        self.0.symlink_at(old, new)
    }

    pub fn readlink_at(&self, path: &str) -> Result<String, ErrorCode> {
        self.0.readlink_at(path)
    }

    pub fn metadata_hash(&self) -> Result<MetadataHashValue, ErrorCode> {
        self.0.metadata_hash()
    }

    pub fn metadata_hash_at(
        &self,
        flags: PathFlags,
        path: &str,
    ) -> Result<MetadataHashValue, ErrorCode> {
        self.0.metadata_hash_at(flags, path)
    }
}

/// A directory's entries, read one at a time.
pub struct DirectoryEntryStream {
    readable: u32,
    /// The future of the listing's outcome, 0 once taken.
    future: core::cell::Cell<u32>,
    /// The listing ended (its outcome taken): no read may follow.
    ended: core::cell::Cell<Option<Option<ErrorCode>>>,
}

/// A `directory-entry` as the canonical ABI lays it out: its type (a
/// `descriptor-type`, 16 bytes) and its name.
#[repr(C, align(4))]
struct RawEntry([u32; 6]);

impl DirectoryEntryStream {
    /// The next entry, `None` at the end.
    pub fn read_directory_entry(&self) -> Result<Option<DirectoryEntry>, ErrorCode> {
        if let Some(end) = self.ended.take() {
            self.ended.set(Some(end.clone()));
            return end.map_or(Ok(None), Err);
        }
        let mut raw = RawEntry([0; 6]);
        // SAFETY: room for one entry, alive until the read completes; names
        // come through `cabi_realloc`.
        let code =
            unsafe { builtins::directory::read(self.readable, raw.0.as_mut_ptr().cast(), 1) };
        let (count, status) = outcome(self.readable, code);
        if status == DROPPED {
            // The listing's outcome, once; an entry that came with the end
            // is still returned.
            let error = settle(
                self.future.replace(0),
                builtins::directory::future_read,
                builtins::directory::future_drop,
            );
            self.ended.set(Some(error.clone()));
            if count == 0 {
                return error.map_or(Ok(None), Err);
            }
        }
        if count == 0 {
            return Ok(None);
        }
        let [tag_word, other_some, other_ptr, other_len, name_ptr, name_len] = raw.0;
        let tag = (tag_word & 0xff) as u8;
        let type_ = match tag {
            0 => DescriptorType::BlockDevice,
            1 => DescriptorType::CharacterDevice,
            2 => DescriptorType::Directory,
            3 => DescriptorType::Fifo,
            4 => DescriptorType::SymbolicLink,
            5 => DescriptorType::RegularFile,
            6 => DescriptorType::Socket,
            _ => {
                if other_some & 0xff == 1 && other_len != 0 {
                    // SAFETY: a string the host placed with `cabi_realloc` on the heap
                    // (no scratch loan is active outside `scratch::receive`, as
                    // for the 0.2 bindings' strings).
                    drop(unsafe {
                        String::from_raw_parts(
                            other_ptr as usize as *mut u8,
                            other_len as usize,
                            other_len as usize,
                        )
                    });
                }
                DescriptorType::Unknown
            }
        };
        let (ptr, len) = (name_ptr as usize as *mut u8, name_len as usize);
        let name = match len {
            0 => String::new(),
            // SAFETY: the name the host placed with `cabi_realloc` on the heap
            // (no scratch loan outside `scratch::receive`), UTF-8.
            _ => unsafe { String::from_raw_parts(ptr, len, len) },
        };
        Ok(Some(DirectoryEntry { type_, name }))
    }
}

impl Drop for DirectoryEntryStream {
    fn drop(&mut self) {
        // SAFETY: the handles this stream owns, each dropped once (the
        // future is 0 once `settle` took and dropped it).
        unsafe {
            builtins::directory::drop_readable(self.readable);
            let future = self.future.get();
            if future != 0 {
                builtins::directory::future_drop(future);
            }
        }
    }
}

/// Runs a file stream's operation (the files link point's `FILE_STREAM`):
/// makes the stream on first use, reads or writes, or ends it and takes
/// its future's outcome.
pub fn file_op(op: &mut FileOp<'_>) {
    let f = op.stream;
    if f.ended.get() && matches!(op.what, FileOpKind::Write | FileOpKind::Read) {
        op.out = (0, DROPPED);
        return;
    }
    let (mut handle, mut future) = f.handles.get();
    // SAFETY: built-ins on the handles this stream owns; `op.ptr` has
    // `op.len` bytes, alive until the operation completes (`outcome` waits).
    unsafe {
        match (op.what, handle) {
            (FileOpKind::Write, 0) => {
                let pair = match f.offset {
                    Some(_) => builtins::file_write::new(),
                    None => builtins::file_append::new(),
                };
                let r = pair as u32;
                handle = (pair >> 32) as u32;
                future = match f.offset {
                    Some(at) => builtins::calls::write_via_stream(f.fd, r, at as i64),
                    None => builtins::calls::append_via_stream(f.fd, r),
                };
                f.handles.set((handle, future));
            }
            (FileOpKind::Read, 0) => {
                let mut ret = [0u32; 2];
                builtins::calls::read_via_stream(f.fd, f.offset.unwrap_or(0) as i64, &mut ret);
                (handle, future) = (ret[0], ret[1]);
                f.handles.set((handle, future));
            }
            _ => {}
        }
        match op.what {
            FileOpKind::Write => {
                let code = match f.offset {
                    Some(_) => builtins::file_write::write(handle, op.ptr, op.len),
                    None => builtins::file_append::write(handle, op.ptr, op.len),
                };
                op.out = outcome(handle, code);
                if op.out.1 == DROPPED {
                    f.ended.set(true);
                    if op.out.0 < op.len {
                        op.error = settle_write(f);
                    }
                }
            }
            FileOpKind::Read => {
                let code = builtins::file_read::read(handle, op.ptr, op.len);
                op.out = outcome(handle, code);
                f.ended.set(op.out.1 == DROPPED);
            }
            FileOpKind::CloseWrite => op.error = settle_write(f),
            FileOpKind::CloseRead => {
                builtins::file_read::drop_readable(handle);
                settle(
                    future,
                    builtins::file_read::future_read,
                    builtins::file_read::future_drop,
                );
                f.handles.set((0, 0));
            }
        }
    }
}

/// Ends a file's write stream: its writable end dropped, its future's
/// outcome taken.
fn settle_write(f: &FileStream) -> Option<ErrorCode> {
    let (handle, future) = f.handles.get();
    if handle == 0 {
        return None;
    }
    f.handles.set((0, 0));
    // SAFETY: the handles this stream owns, each dropped once.
    unsafe {
        match f.offset {
            Some(_) => {
                builtins::file_write::drop_writable(handle);
                settle(
                    future,
                    builtins::file_write::future_read,
                    builtins::file_write::future_drop,
                )
            }
            None => {
                builtins::file_append::drop_writable(handle);
                settle(
                    future,
                    builtins::file_append::future_read,
                    builtins::file_append::future_drop,
                )
            }
        }
    }
}
