//! `sock_*` functions.
//!
//! p2 calls: none yet; answer `ENOSYS` until implemented.

crate::enosys! {
    sock_accept(fd: u32, flags: u32, ro_fd: u64);
    sock_recv(fd: u32, ri_data: u64, ri_data_len: u64, ri_flags: u32, ro_datalen: u64, ro_flags: u64);
    sock_send(fd: u32, si_data: u64, si_data_len: u64, si_flags: u32, so_datalen: u64);
    sock_shutdown(fd: u32, how: u32);
}
