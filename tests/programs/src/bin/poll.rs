//! poll_oneoff: clocks (monotonic/realtime, relative/absolute, past
//! deadlines), stdin/stdout/file readiness, bad fds, 1,000 subscriptions, a
//! Go-style scheduler loop; and the socket calls on non-sockets.
use p1_adapt_test_programs::*;

fn show(what: &str, (e, events): (u16, Vec<Event>)) {
    let list: Vec<String> = events
        .iter()
        .map(|ev| format!("[ud {} err {} type {} nbytes {} flags {}]", ev.userdata, ev.error, ev.kind, ev.nbytes, ev.flags))
        .collect();
    println!("{what}: errno {e}, {} events {}", events.len(), list.join(" "));
}

fn now(id: u32) -> u64 {
    let mut t = 0;
    unsafe { clock_time_get(id, 1, &mut t) };
    t
}

fn main() {
    show("no subscriptions", poll(&[]));
    let start = now(1);
    show("monotonic 5ms", poll(&[Subscription::clock(7, 1, 5_000_000, false)]));
    println!("slept at least 5ms: {}", now(1) - start >= 5_000_000);
    show("monotonic absolute past", poll(&[Subscription::clock(8, 1, 1, true)]));
    let deadline = now(1) + 3_000_000;
    show("monotonic absolute +3ms", poll(&[Subscription::clock(9, 1, deadline, true)]));
    println!("reached the deadline: {}", now(1) >= deadline);
    show("realtime relative 1ms", poll(&[Subscription::clock(10, 0, 1_000_000, false)]));
    show("realtime absolute past", poll(&[Subscription::clock(11, 0, 1, true)]));
    show("process cputime clock", poll(&[Subscription::clock(12, 2, 1, false)]));
    show("stdout writable", poll(&[Subscription::fd(13, true, 1)]));
    // A clock due now may or may not be reported beside a ready fd (wasmtime
    // reports only the fd, jco both): the clock here is pending.
    show("stderr writable + pending clock", poll(&[Subscription::fd(14, true, 2), Subscription::clock(15, 1, 10_000_000_000, false)]));
    show("stdin readable (piped)", poll(&[Subscription::fd(16, false, 0)]));
    show("bad fd", poll(&[Subscription::clock(17, 1, 0, false), Subscription::fd(18, false, 99)]));
    show("write to stdin", poll(&[Subscription::fd(19, true, 0)]));
    show("read from stdout", poll(&[Subscription::fd(20, false, 1)]));
    show("directory", poll(&[Subscription::fd(21, false, 3)]));
    std::fs::write("data.txt", b"0123456789").unwrap();
    let (_, f) = open(3, "data.txt", 0, (1 << 1) | (1 << 6), 0);
    show("file readable", poll(&[Subscription::fd(22, false, f)]));
    show("file writable", poll(&[Subscription::fd(23, true, f)]));
    let _ = read(f, 100);
    show("file at end: hangup", poll(&[Subscription::fd(24, false, f)]));
    let (_, a) = open(3, "data.txt", 0, (1 << 1) | (1 << 6), 1);
    show("append file writable", poll(&[Subscription::fd(25, true, a)]));

    let mut many: Vec<Subscription> = (0..999).map(|i| Subscription::clock(i, 1, 3_600_000_000_000, false)).collect();
    many.push(Subscription::clock(999, 1, 0, false));
    show("1000 clocks, one due", poll(&many));
    let writers: Vec<Subscription> = (0..1000).map(|i| Subscription::fd(i, true, 1)).collect();
    let (e, events) = poll(&writers);
    println!("1000 stdout writers: errno {e}, {} events, in order: {}", events.len(), events.iter().enumerate().all(|(i, ev)| ev.userdata == i as u64));

    // Go's wasip1 scheduler: wait for stdin or a timer, read when ready.
    let mut got = Vec::new();
    let mut rounds = 0;
    loop {
        rounds += 1;
        let (e, events) = poll(&[Subscription::fd(1, false, 0), Subscription::clock(2, 1, 10_000_000, false)]);
        assert_eq!(e, 0);
        if events.iter().any(|ev| ev.userdata == 1) {
            let (e, data) = read(0, 3);
            if e != 0 || data.is_empty() {
                break;
            }
            got.extend_from_slice(&data);
        }
        if rounds > 1000 {
            break;
        }
    }
    println!("go-style loop read {:?}", String::from_utf8_lossy(&got));

    // Sockets: no p1 socket can exist here.
    let mut fd = 0u32;
    let mut n = 0usize;
    let mut flags = 0u16;
    let iov = Iovec { buf: std::ptr::null(), len: 0 };
    for target in [1u32, 3, 99] {
        println!(
            "sockets on fd {target}: accept {} recv {} send {} shutdown {}",
            unsafe { sock_accept(target, 0, &mut fd) },
            unsafe { sock_recv(target, &iov, 1, 0, &mut n, &mut flags) },
            unsafe { sock_send(target, &iov, 1, 0, &mut n) },
            unsafe { sock_shutdown(target, 1) },
        );
    }
    println!("sched_yield {} proc_raise {}", unsafe { sched_yield() }, unsafe { proc_raise(15) });
}
