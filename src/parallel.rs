//! Work on every core of the machine: a list split into contiguous runs of
//! about equal size, a thread for each, the results in order. Used for the
//! two passes over every function body of a large module: validation and
//! the rewriting of the guest's code. And single pieces of work beside the
//! caller's ([`Beside`]): wit-component's encoding of the stand-in, the
//! rewriting of the guest's DWARF.

/// Below this many bytes of work the items are handled on this thread:
/// starting threads would cost more than they save.
const PARALLEL_FROM: usize = 512 * 1024;

/// Runs `work` over `items` in contiguous runs; `size` is an item's share
/// of the work (its bytes). The runs' results in order, or the error of the
/// first run that fails: the one the first failing item would give in
/// order, since a run stops at its first error. Every thread is joined
/// before an error is returned, so a panic in one is passed on as it is.
pub fn runs<T, R, E>(
    items: Vec<T>,
    size: impl Fn(&T) -> usize,
    work: impl Fn(Vec<T>) -> Result<R, E> + Sync,
) -> Result<Vec<R>, E>
where
    T: Send,
    R: Send,
    E: Send,
{
    let total: usize = items.iter().map(&size).sum();
    let threads = threads();
    if threads < 2 || total < PARALLEL_FROM {
        return work(items).map(|r| vec![r]);
    }
    let share = total / threads + 1;
    let mut runs: Vec<Vec<T>> = vec![Vec::new()];
    let mut filled = 0;
    for item in items {
        let s = size(&item);
        filled += s;
        if filled > share && runs.last().is_some_and(|r| !r.is_empty()) {
            runs.push(Vec::new());
            filled = s;
        }
        if let Some(run) = runs.last_mut() {
            run.push(item);
        }
    }
    let work = &work;
    std::thread::scope(|s| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|run| s.spawn(move || work(run)))
            .collect();
        let results: Vec<_> = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect();
        results.into_iter().collect()
    })
}

/// Work begun beside the caller's, on another thread; or done at once
/// where there is one core, no threads (wasm32-wasip2), or a thread is
/// refused (a process limit). The work owns what it reads, so the thread
/// may outlive the caller's step (a result never asked for is dropped when
/// the thread ends).
pub enum Beside<T> {
    Thread(std::thread::JoinHandle<Option<T>>),
    Done(T),
}

impl<T: Send + 'static> Beside<T> {
    /// Begins `work`.
    pub fn begin<F: FnOnce() -> T + Send + 'static>(work: F) -> Self {
        if threads() < 2 {
            return Beside::Done(work());
        }
        // The work is sent to the thread once it runs: a refused thread
        // leaves it here, to be done at once.
        let (send, receive) = std::sync::mpsc::channel::<F>();
        match std::thread::Builder::new().spawn(move || receive.recv().ok().map(|w| w())) {
            Ok(thread) => match send.send(work) {
                Ok(()) => Beside::Thread(thread),
                Err(std::sync::mpsc::SendError(work)) => Beside::Done(work()),
            },
            Err(_) => Beside::Done(work()),
        }
    }

    /// The work's result, once it is done (its panic passed on); `None`
    /// only if its thread ended without running it.
    pub fn join(self) -> Option<T> {
        match self {
            Beside::Thread(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            Beside::Done(t) => Some(t),
        }
    }
}

/// The machine's cores, asked once: `available_parallelism` reads the
/// cgroup files on Linux, each time.
fn threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

#[cfg(test)]
mod tests {
    use super::runs;

    /// Work beside gives its result, on this machine's every core count;
    /// its panic reaches the caller.
    #[test]
    fn work_beside_gives_its_result_and_its_panic() {
        let owned = [6u64; 7];
        let work = super::Beside::begin(move || owned.iter().sum::<u64>());
        assert_eq!(work.join(), Some(42));
        // Begun inside: on one core the work runs (and panics) at once.
        let caught = std::panic::catch_unwind(|| {
            super::Beside::begin(|| -> u8 {
                if std::hint::black_box(true) {
                    panic!("in the work");
                }
                0
            })
            .join()
        });
        assert!(caught.is_err());
    }

    #[test]
    fn results_in_order_and_the_first_error() {
        // 4,000 items of 1 KB: over the threshold, so split into runs.
        let items: Vec<u32> = (0..4000).collect();
        let size = |_: &u32| 1024;
        let double = |run: Vec<u32>| -> Result<Vec<u32>, u32> {
            run.into_iter()
                .map(|i| if i % 1000 == 999 { Err(i) } else { Ok(i * 2) })
                .collect()
        };
        // Under the threshold: one run on this thread.
        let small: Vec<u32> = (0..998).collect();
        let doubled: Vec<u32> = small.iter().map(|i| i * 2).collect();
        assert!(runs(small, |_| 100, double) == Ok(vec![doubled]));
        // Errors at 999, 1999, 2999 and 3999: the first in order wins,
        // whichever thread finishes first.
        assert!(runs(items.clone(), size, double) == Err(999));
        let ok = |run: Vec<u32>| -> Result<Vec<u32>, u32> { Ok(run) };
        let back = runs(items.clone(), size, ok).unwrap();
        assert!(back.len() > 1 || std::thread::available_parallelism().map_or(1, |n| n.get()) < 2);
        assert!(back.concat() == items);
    }
}
