//! Work on all cores, results in the order of the inputs.
//!
//! Inputs are taken in batches: each batch is worked on in parallel (rayon) and its results
//! are handed on in order before the next batch starts. Output is therefore the same as a
//! sequential run's, byte for byte, and at most one batch of results is held at a time,
//! whatever the number of inputs.

use std::num::NonZeroUsize;

use rayon::prelude::*;

/// Inputs per batch and per thread: enough that a thread rarely waits for the batch's
/// slowest input, few enough that a batch's results stay small.
const BATCH_PER_THREAD: usize = 16;

/// Runs `work` on every item on `threads` threads (every core when `None`; one means on
/// this thread, without a pool) and gives the results to `each` in the order of `items`.
/// Stops at the first error of `each`.
pub fn map_in_order<I, T, E>(
    items: &[I],
    threads: Option<NonZeroUsize>,
    work: impl Fn(&I) -> T + Sync,
    mut each: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    I: Sync,
    T: Send,
{
    if threads.is_some_and(|n| n.get() == 1) || items.len() <= 1 {
        return items.iter().map(work).try_for_each(each);
    }
    let pool = threads.and_then(|n| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.get())
            .build()
            .ok()
    });
    let in_parallel = |chunk: &[I]| -> Vec<T> { chunk.par_iter().map(&work).collect() };
    let threads = pool
        .as_ref()
        .map_or_else(rayon::current_num_threads, |pool| {
            pool.current_num_threads()
        });
    for chunk in items.chunks(threads * BATCH_PER_THREAD) {
        let results = match &pool {
            Some(pool) => pool.install(|| in_parallel(chunk)),
            None => in_parallel(chunk),
        };
        results.into_iter().try_for_each(&mut each)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squares(threads: usize, count: u64) -> Vec<u64> {
        let items: Vec<u64> = (0..count).collect();
        let mut out = Vec::new();
        let ok: Result<(), ()> = map_in_order(
            &items,
            NonZeroUsize::new(threads),
            |n| n * n,
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
        let items: Vec<u32> = (0..500).collect();
        let mut seen = 0;
        let result = map_in_order(
            &items,
            NonZeroUsize::new(2),
            |n| *n,
            |n| {
                seen += 1;
                if n == 40 { Err(n) } else { Ok(()) }
            },
        );
        assert_eq!(result, Err(40));
        assert_eq!(seen, 41);
    }
}
