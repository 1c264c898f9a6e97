//! `sock_*` functions.
//!
//! p2 calls: none beyond the fd lookup. A p1 module has no way to obtain a
//! socket from a WASI 0.2 host (p2 has no preopened or inherited sockets,
//! and p1 cannot create one), so, like native p1, every open fd answers
//! `ENOTSOCK` and every other fd `EBADF`.

use crate::errno::{ret, Errno};
use crate::state;

fn not_a_socket(fd: u32) -> i32 {
    ret(state::with(|s| s.fds.get(fd).and(Err(Errno::NOTSOCK))))
}

/// p1 `sock_accept`.
#[unsafe(no_mangle)]
pub extern "C" fn sock_accept(fd: u32, _flags: u32, _ro_fd: u64) -> i32 {
    not_a_socket(fd)
}

/// p1 `sock_recv`.
#[unsafe(no_mangle)]
pub extern "C" fn sock_recv(
    fd: u32,
    _ri_data: u64,
    _ri_data_len: u64,
    _ri_flags: u32,
    _ro_datalen: u64,
    _ro_flags: u64,
) -> i32 {
    not_a_socket(fd)
}

/// p1 `sock_send`.
#[unsafe(no_mangle)]
pub extern "C" fn sock_send(
    fd: u32,
    _si_data: u64,
    _si_data_len: u64,
    _si_flags: u32,
    _so_datalen: u64,
) -> i32 {
    not_a_socket(fd)
}

/// p1 `sock_shutdown`.
#[unsafe(no_mangle)]
pub extern "C" fn sock_shutdown(fd: u32, _how: u32) -> i32 {
    not_a_socket(fd)
}
