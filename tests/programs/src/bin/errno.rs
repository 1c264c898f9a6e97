//! Exact errnos for the fd table and stdio: bad fds, wrong directions,
//! preopen queries, fdstat of every kind, close and reuse.
use p1_adapt_test_programs::*;

fn fdstat(fd: u32) -> String {
    let mut b = [0u8; 24];
    let e = unsafe { fd_fdstat_get(fd, b.as_mut_ptr()) };
    if e != 0 {
        return format!("errno {e}");
    }
    let flags = u16::from_le_bytes([b[2], b[3]]);
    let base = u64::from_le_bytes(b[8..16].try_into().unwrap());
    let inh = u64::from_le_bytes(b[16..24].try_into().unwrap());
    format!("type {} flags {flags:#x} base {base:#x} inheriting {inh:#x}", b[0])
}

fn main() {
    for fd in [0, 1, 2, 3, 4, 5, 99, u32::MAX] {
        println!("fdstat {fd}: {}", fdstat(fd));
    }
    for fd in 0..8u32 {
        let mut pre = [0u32; 2];
        let e = unsafe { fd_prestat_get(fd, pre.as_mut_ptr()) };
        let mut name = vec![0u8; 64];
        let e2 = unsafe { fd_prestat_dir_name(fd, name.as_mut_ptr(), 64) };
        let e3 = unsafe { fd_prestat_dir_name(fd, name.as_mut_ptr(), 1) };
        let len = pre[1] as usize;
        let shown = if e == 0 { String::from_utf8_lossy(&name[..len.min(64)]).into_owned() } else { String::new() };
        println!("prestat {fd}: errno {e} tag {} len {len} name {shown:?}, dir_name errno {e2}, short buffer errno {e3}", pre[0]);
    }
    println!("write to bad fd, no iovecs: {:?}", writev(99, &[]));
    println!("write to bad fd: {:?}", writev(99, &[b"x"]));
    println!("write to stdin: {:?}", writev(0, &[b"x"]));
    println!("write to preopen: {:?}", writev(3, &[b"x"]));
    println!("write all-empty iovecs: {:?}", writev(1, &[b"", b""]));
    let mut byte = [0u8; 1];
    let iov = Iovec { buf: byte.as_mut_ptr(), len: 1 };
    let mut n = 0;
    println!("read from stdout: {}", unsafe { fd_read(1, &iov, 1, &mut n) });
    println!("read from bad fd: {}", unsafe { fd_read(1234, &iov, 1, &mut n) });
    println!("proc_raise: {}", unsafe { proc_raise(1) });
    println!("sched_yield: {}", unsafe { sched_yield() });
    println!("close 99: {}", unsafe { fd_close(99) });
    println!("close preopen 4: {}", unsafe { fd_close(4) });
    println!("fdstat 4 after close: {}", fdstat(4));
    println!("close again: {}", unsafe { fd_close(4) });
    println!("close stdin: {}", unsafe { fd_close(0) });
    println!("fdstat 0 after close: {}", fdstat(0));
    let (e, _) = writev(2, &[b"stderr still works\n"]);
    println!("stderr write errno {e}");
    println!("close stdout: {}", unsafe { fd_close(1) });
    let (e, _) = writev(1, &[b"lost\n"]);
    let (_, _) = writev(2, &[format!("write to closed stdout: errno {e}\n").as_bytes()]);
}
