//! Work on all cores, results in the order of the inputs.
//!
//! A window of inputs is in flight at a time: each is worked on by the thread pool (rayon)
//! as its own job, and its result, once every earlier one has been handed on, is handed on
//! on the calling thread, which then starts the next input. Output is therefore the same as
//! a sequential run's, byte for byte; no thread waits for a slow input's neighbours; and at
//! most one window of results is held at a time, whatever the number of inputs.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;

/// Inputs in flight per thread: enough that a thread rarely waits for a slow input ahead of
/// it, few enough that the results held stay small.
const WINDOW_PER_THREAD: usize = 16;

/// Runs `work` on every index of `0..count` (the items: the caller keeps them) on `threads`
/// threads (every core when `None`; one means on this thread, without a pool) and gives the
/// results to `each` in the order of the indices. Stops at the first error of `each`.
pub fn map_in_order<T, E>(
    count: usize,
    threads: Option<NonZeroUsize>,
    work: impl Fn(usize) -> T + Sync,
    each: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
{
    if threads.is_some_and(|n| n.get() == 1) || count <= 1 {
        return (0..count).map(work).try_for_each(each);
    }
    let pool = threads.and_then(|n| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.get())
            .build()
            .ok()
    });
    match &pool {
        Some(pool) => {
            let window = pool.current_num_threads() * WINDOW_PER_THREAD;
            pool.in_place_scope(|scope| in_window(scope, window, count, &work, each))
        }
        None => {
            let window = rayon::current_num_threads() * WINDOW_PER_THREAD;
            rayon::in_place_scope(|scope| in_window(scope, window, count, &work, each))
        }
    }
}

/// Keeps `window` items in flight on `scope`'s pool and hands their results on in order.
fn in_window<'scope, T, E>(
    scope: &rayon::Scope<'scope>,
    window: usize,
    count: usize,
    work: &'scope (impl Fn(usize) -> T + Sync),
    mut each: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send + 'scope,
{
    let (sender, receiver) = crossbeam_channel::unbounded();
    let start = |index: usize| {
        let sender = sender.clone();
        scope.spawn(move |_| {
            // The receiver is gone only when `each` failed: the result is not wanted.
            let _ = sender.send((index, work(index)));
        });
    };
    let mut started = window.min(count);
    (0..started).for_each(start);
    let mut arrived = BTreeMap::new();
    let mut next = 0;
    while next < count {
        let Ok((index, result)) = receiver.recv() else {
            break;
        };
        arrived.insert(index, result);
        while let Some(result) = arrived.remove(&next) {
            each(result)?;
            next += 1;
            if started < count {
                start(started);
                started += 1;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squares(threads: usize, count: u64) -> Vec<u64> {
        let mut out = Vec::new();
        let ok: Result<(), ()> = map_in_order(
            count as usize,
            NonZeroUsize::new(threads),
            |n| (n * n) as u64,
            |square| {
                out.push(square);
                Ok(())
            },
        );
        assert_eq!(ok, Ok(()));
        out
    }

    #[test]
    fn results_come_in_the_order_of_the_items_whatever_the_threads() {
        let sequential = squares(1, 1000);
        assert_eq!(sequential, (0..1000u64).map(|n| n * n).collect::<Vec<_>>());
        for threads in [0, 2, 3, 8] {
            assert_eq!(squares(threads, 1000), sequential, "{threads} threads");
        }
        assert!(squares(4, 0).is_empty());
    }

    #[test]
    fn stops_at_the_first_error() {
        let mut seen = 0;
        let result = map_in_order(
            500,
            NonZeroUsize::new(2),
            |n| n,
            |n| {
                seen += 1;
                if n == 40 { Err(n) } else { Ok(()) }
            },
        );
        assert_eq!(result, Err(40));
        assert_eq!(seen, 41);
    }
}
