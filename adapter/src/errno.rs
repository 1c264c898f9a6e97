//! p1 errno values and the adapter's `Result`.
//!
//! No p2 calls. `Errno` is the p1 code, a non-zero `u16`; every exported
//! p1 function returns it as `i32`.

/// A p1 errno (`wasi_snapshot_preview1` `errno` enum), never `success`:
/// non-zero, so a `Result<(), Errno>` is one `u16` (0 for `Ok`) and passes
/// in a register rather than through the stack.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Errno(core::num::NonZeroU16);

/// Result of an adapter operation.
pub type Result<T> = core::result::Result<T, Errno>;

macro_rules! errnos {
    ($($name:ident = $v:expr),* $(,)?) => {
        impl Errno { $(#[allow(missing_docs)] pub const $name: Errno = Errno(match core::num::NonZeroU16::new($v) {
            Some(v) => v,
            None => panic!("an errno is not zero"),
        });)* }
    };
}

errnos! {
    TOOBIG = 1, ACCES = 2, ADDRINUSE = 3, ADDRNOTAVAIL = 4, AFNOSUPPORT = 5,
    AGAIN = 6, ALREADY = 7, BADF = 8, BADMSG = 9, BUSY = 10, CANCELED = 11, CHILD = 12,
    CONNABORTED = 13, CONNREFUSED = 14, CONNRESET = 15, DEADLK = 16, DESTADDRREQ = 17,
    DOM = 18, DQUOT = 19, EXIST = 20, FAULT = 21, FBIG = 22, HOSTUNREACH = 23, IDRM = 24,
    ILSEQ = 25, INPROGRESS = 26, INTR = 27, INVAL = 28, IO = 29, ISCONN = 30, ISDIR = 31,
    LOOP = 32, MFILE = 33, MLINK = 34, MSGSIZE = 35, MULTIHOP = 36, NAMETOOLONG = 37,
    NETDOWN = 38, NETRESET = 39, NETUNREACH = 40, NFILE = 41, NOBUFS = 42, NODEV = 43,
    NOENT = 44, NOEXEC = 45, NOLCK = 46, NOLINK = 47, NOMEM = 48, NOMSG = 49,
    NOPROTOOPT = 50, NOSPC = 51, NOSYS = 52, NOTCONN = 53, NOTDIR = 54, NOTEMPTY = 55,
    NOTRECOVERABLE = 56, NOTSOCK = 57, NOTSUP = 58, NOTTY = 59, NXIO = 60, OVERFLOW = 61,
    OWNERDEAD = 62, PERM = 63, PIPE = 64, PROTO = 65, PROTONOSUPPORT = 66, PROTOTYPE = 67,
    RANGE = 68, ROFS = 69, SPIPE = 70, SRCH = 71, STALE = 72, TIMEDOUT = 73, TXTBSY = 74,
    XDEV = 75, NOTCAPABLE = 76,
}

/// Turns an operation's result into the `i32` errno a p1 function returns.
pub fn ret(r: Result<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(e) => i32::from(e.0.get()),
    }
}

impl From<crate::wasi::fs::ErrorCode> for Errno {
    /// The p1 errno for a `wasi:filesystem` error, as native p1 maps it.
    fn from(code: crate::wasi::fs::ErrorCode) -> Self {
        use crate::wasi::fs::ErrorCode as E;
        match code {
            E::Access => Errno::ACCES,
            #[cfg(not(feature = "wasi-0-3"))]
            E::WouldBlock => Errno::AGAIN,
            E::Already => Errno::ALREADY,
            E::BadDescriptor => Errno::BADF,
            E::Busy => Errno::BUSY,
            E::Deadlock => Errno::DEADLK,
            E::Quota => Errno::DQUOT,
            E::Exist => Errno::EXIST,
            E::FileTooLarge => Errno::FBIG,
            E::IllegalByteSequence => Errno::ILSEQ,
            E::InProgress => Errno::INPROGRESS,
            E::Interrupted => Errno::INTR,
            E::Invalid => Errno::INVAL,
            E::Io => Errno::IO,
            E::IsDirectory => Errno::ISDIR,
            E::Loop => Errno::LOOP,
            E::TooManyLinks => Errno::MLINK,
            E::MessageSize => Errno::MSGSIZE,
            E::NameTooLong => Errno::NAMETOOLONG,
            E::NoDevice => Errno::NODEV,
            E::NoEntry => Errno::NOENT,
            E::NoLock => Errno::NOLCK,
            E::InsufficientMemory => Errno::NOMEM,
            E::InsufficientSpace => Errno::NOSPC,
            E::NotDirectory => Errno::NOTDIR,
            E::NotEmpty => Errno::NOTEMPTY,
            E::NotRecoverable => Errno::NOTRECOVERABLE,
            E::Unsupported => Errno::NOTSUP,
            E::NoTty => Errno::NOTTY,
            E::NoSuchDevice => Errno::NXIO,
            E::Overflow => Errno::OVERFLOW,
            E::NotPermitted => Errno::PERM,
            E::Pipe => Errno::PIPE,
            E::ReadOnly => Errno::ROFS,
            E::InvalidSeek => Errno::SPIPE,
            E::TextFileBusy => Errno::TXTBSY,
            E::CrossDevice => Errno::XDEV,
            #[cfg(feature = "wasi-0-3")]
            E::Other(_) => Errno::IO,
        }
    }
}

/// The errno for a failed stream operation on a file: the filesystem error
/// behind it when there is one, else `EIO` (as native p1).
pub fn stream_errno(e: crate::wasi::streams::StreamError) -> Errno {
    use crate::wasi::streams::StreamError;
    match e {
        StreamError::Closed => Errno::IO,
        StreamError::LastOperationFailed(err) => {
            crate::wasi::fs::filesystem_error_code(&err).map_or(Errno::IO, Errno::from)
        }
    }
}
