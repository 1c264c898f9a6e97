//! `path_*` functions.
//!
//! p2 calls: none yet. Every function answers `ENOSYS` until the filesystem
//! work implements them on `wasi:filesystem/types`.

crate::enosys! {
    path_create_directory(fd: u32, path: u64, path_len: u64);
    path_filestat_get(fd: u32, flags: u32, path: u64, path_len: u64, out: u64);
    path_filestat_set_times(fd: u32, flags: u32, path: u64, path_len: u64, atim: u64, mtim: u64, fst_flags: u32);
    path_link(old_fd: u32, old_flags: u32, old_path: u64, old_path_len: u64, new_fd: u32, new_path: u64, new_path_len: u64);
    path_open(fd: u32, dirflags: u32, path: u64, path_len: u64, oflags: u32, base: u64, inheriting: u64, fdflags: u32, opened: u64);
    path_readlink(fd: u32, path: u64, path_len: u64, buf: u64, buf_len: u64, bufused: u64);
    path_remove_directory(fd: u32, path: u64, path_len: u64);
    path_rename(fd: u32, old_path: u64, old_path_len: u64, new_fd: u32, new_path: u64, new_path_len: u64);
    path_symlink(old_path: u64, old_path_len: u64, fd: u32, new_path: u64, new_path_len: u64);
    path_unlink_file(fd: u32, path: u64, path_len: u64);
}
