//! Work on all cores, results in the order of the inputs.
//!
//! A window of inputs is in flight at a time: they are worked on by the thread pool (rayon)
//! in chunks of consecutive inputs, one job per chunk, and a chunk's results, once every
//! earlier one has been handed on, are handed on on the calling thread, which then starts
//! the next chunk. Output is therefore the same as a sequential run's, byte for byte; no
//! thread waits for a slow input's neighbours beyond its chunk; and at most one window of
//! results is held at a time, whatever the number of inputs.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::ops::Range;

/// Chunks in flight per thread: enough that a thread rarely waits for a slow chunk ahead of
/// it, few enough that the results held stay small.
const WINDOW_PER_THREAD: usize = 4;

/// The most inputs in one chunk. A job costs a wake-up of a thread and of the caller: for
/// an article read from the cache (20 µs) that was as much as the article, so cheap inputs
/// are grouped; a long run still gets many chunks per thread to balance.
const MAX_CHUNK: usize = 16;

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
            let chunks = Chunks::new(count, pool.current_num_threads());
            pool.in_place_scope(|scope| in_window(scope, chunks, &work, each))
        }
        None => {
            let chunks = Chunks::new(count, rayon::current_num_threads());
            rayon::in_place_scope(|scope| in_window(scope, chunks, &work, each))
        }
    }
}

/// How `0..count` is cut into chunks for `threads` threads.
#[derive(Clone, Copy, Debug)]
struct Chunks {
    count: usize,
    size: usize,
    window: usize,
}

impl Chunks {
    /// At least eight chunks per thread (one input each for small runs), at most
    /// [`MAX_CHUNK`] inputs per chunk.
    fn new(count: usize, threads: usize) -> Self {
        let threads = threads.max(1);
        Self {
            count,
            size: (count / (threads * 8)).clamp(1, MAX_CHUNK),
            window: threads * WINDOW_PER_THREAD,
        }
    }

    fn len(&self) -> usize {
        self.count.div_ceil(self.size)
    }

    fn range(&self, chunk: usize) -> Range<usize> {
        chunk * self.size..((chunk + 1) * self.size).min(self.count)
    }
}

/// Keeps a window of chunks in flight on `scope`'s pool and hands their results on in
/// order.
fn in_window<'scope, T, E>(
    scope: &rayon::Scope<'scope>,
    chunks: Chunks,
    work: &'scope (impl Fn(usize) -> T + Sync),
    mut each: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send + 'scope,
{
    let (sender, receiver) = crossbeam_channel::unbounded();
    let start = |chunk: usize| {
        let sender = sender.clone();
        scope.spawn(move |_| {
            let results: Vec<T> = chunks.range(chunk).map(work).collect();
            // The receiver is gone only when `each` failed: the results are not wanted.
            let _ = sender.send((chunk, results));
        });
    };
    let total = chunks.len();
    let mut started = chunks.window.min(total);
    (0..started).for_each(start);
    let mut arrived = BTreeMap::new();
    let mut next = 0;
    while next < total {
        let Ok((chunk, results)) = receiver.recv() else {
            break;
        };
        arrived.insert(chunk, results);
        while let Some(results) = arrived.remove(&next) {
            results.into_iter().try_for_each(&mut each)?;
            next += 1;
            if started < total {
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
    fn chunks_cover_every_index_once_in_order() {
        for (count, threads) in [(2, 2), (10, 2), (17, 2), (1000, 2), (100_000, 8), (5, 64)] {
            let chunks = Chunks::new(count, threads);
            assert!((1..=MAX_CHUNK).contains(&chunks.size), "{chunks:?}");
            let indices: Vec<usize> = (0..chunks.len()).flat_map(|c| chunks.range(c)).collect();
            assert_eq!(indices, (0..count).collect::<Vec<_>>(), "{chunks:?}");
        }
        // A small run still spreads over the threads; a large one amortises its jobs.
        assert_eq!(Chunks::new(10, 2).size, 1);
        assert_eq!(Chunks::new(10_000, 2).size, MAX_CHUNK);
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
