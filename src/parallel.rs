//! Work on all cores, results in the order of the inputs.
//!
//! Inputs are cut into chunks of consecutive inputs. Worker threads, one fewer than the
//! threads asked for, take the next chunk as they come free; the calling thread hands the
//! chunks' results on in order and, whenever the next chunk in order is not done yet, takes
//! a chunk itself rather than wait. So every thread works and none sleeps while there is
//! work: a pool of as many workers as cores plus a caller that renders left three threads
//! on two cores, and a re-run from the cache spent a third of its time handing off and
//! waking threads. At most one window of chunks is taken ahead of the one handed on next,
//! so the results held stay small whatever the number of inputs, and output is the same as
//! a sequential run's, byte for byte.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::ops::Range;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread;

/// Chunks taken ahead per thread: enough that a thread rarely waits for a slow chunk ahead of
/// it, few enough that the results held stay small.
const WINDOW_PER_THREAD: usize = 4;

/// The most inputs in one chunk. Taking a chunk and handing its results on cost a lock and
/// a message: for an article read from the cache (20 µs) that was as much as the article,
/// so cheap inputs are grouped; a long run still gets many chunks per thread to balance.
const MAX_CHUNK: usize = 16;

/// Runs `work` on every index of `0..count` (the items: the caller keeps them) on `threads`
/// threads, this one included (every core when `None`; one means on this thread only) and
/// gives the results to `each` in the order of the indices, on this thread. Stops at the
/// first error of `each`.
///
/// `each` may give back what it leaves of a result (`Some`): that is dropped on the thread
/// that made the result. Memory then goes back to the allocator's arena it came from,
/// without waiting for that arena's lock while its thread allocates: freeing the articles of
/// a re-run on this thread made two thirds of its context switches.
pub fn map_in_order<T, S, E>(
    count: usize,
    threads: Option<NonZeroUsize>,
    work: impl Fn(usize) -> T + Sync,
    mut each: impl FnMut(T) -> Result<Option<S>, E>,
) -> Result<(), E>
where
    T: Send,
    S: Send,
{
    // One article (pre-commit) needs no threads, nor the system's count of cores (a dozen
    // system calls through the cgroup files).
    let threads = match count {
        0 | 1 => 1,
        _ => threads
            .or_else(|| thread::available_parallelism().ok())
            .map_or(1, NonZeroUsize::get),
    };
    if threads == 1 {
        return (0..count)
            .map(work)
            .try_for_each(|item| each(item).map(drop));
    }
    let chunks = Chunks::new(count, threads);
    let queue = Queue::new(chunks);
    let work_on = |chunk: usize| -> Vec<T> { chunks.range(chunk).map(&work).collect() };
    let (sender, receiver) = mpsc::channel();
    thread::scope(|scope| {
        let mut spent_senders = Vec::new();
        for worker in 0..threads - 1 {
            let (sender, (spent_sender, spent)) = (sender.clone(), mpsc::channel::<Vec<S>>());
            spent_senders.push(spent_sender);
            let (queue, work_on) = (&queue, &work_on);
            scope.spawn(move || {
                let _stop = StopOnDrop(queue);
                while let Some(chunk) = queue.take_waiting() {
                    spent.try_iter().for_each(drop);
                    let done = Done {
                        chunk,
                        worker: Some(worker),
                        results: work_on(chunk),
                    };
                    // The receiver is gone only when `each` failed: the results are not wanted.
                    if sender.send(done).is_err() {
                        return;
                    }
                }
            });
        }
        drop(sender);
        let _stop = StopOnDrop(&queue);
        let mut hand_on_done = |done: Done<T>| {
            let mut spent = Vec::new();
            for result in done.results {
                spent.extend(each(result)?);
            }
            if let Some(worker) = done.worker {
                // A worker that is gone took nothing more: what it made is dropped here.
                let _ = spent_senders[worker].send(spent);
            }
            Ok(())
        };
        hand_on(&queue, &work_on, &receiver, &mut hand_on_done)
    })
}

/// The results of a chunk, and the worker that made them (`None`: the calling thread).
struct Done<T> {
    chunk: usize,
    worker: Option<usize>,
    results: Vec<T>,
}

/// Hands the chunks' results on to `each` in order, taking chunks itself while the next in
/// order is being worked on elsewhere.
fn hand_on<T, E>(
    queue: &Queue,
    work_on: &impl Fn(usize) -> Vec<T>,
    receiver: &mpsc::Receiver<Done<T>>,
    each: &mut impl FnMut(Done<T>) -> Result<(), E>,
) -> Result<(), E> {
    let mut arrived = BTreeMap::new();
    let total = queue.chunks.len();
    let mut next = 0;
    while next < total {
        arrived.extend(receiver.try_iter().map(|done| (done.chunk, done)));
        if let Some(done) = arrived.remove(&next) {
            each(done)?;
            next += 1;
            queue.handed_on(next);
        } else if let Some(chunk) = queue.take() {
            let results = work_on(chunk);
            let done = Done {
                chunk,
                worker: None,
                results,
            };
            arrived.insert(chunk, done);
        } else {
            // Every chunk of the window is taken: wait for the next to arrive. The workers
            // are gone only if one panicked, which the scope then raises.
            let Ok(done) = receiver.recv() else {
                break;
            };
            arrived.insert(done.chunk, done);
        }
    }
    Ok(())
}

/// The chunks not taken yet, and how far ahead of the output they may be taken.
struct Queue {
    chunks: Chunks,
    state: Mutex<QueueState>,
    /// Signalled when the output moves on (a waiting worker may take a chunk) or stops.
    moved_on: Condvar,
}

#[derive(Default)]
struct QueueState {
    /// Chunks taken so far: the next to take is this one.
    taken: usize,
    /// Chunks handed on so far.
    handed_on: usize,
    /// Workers waiting for the output to move on: a signal with none costs a system call.
    waiting: usize,
    stopped: bool,
}

impl Queue {
    fn new(chunks: Chunks) -> Self {
        Self {
            chunks,
            state: Mutex::new(QueueState::default()),
            moved_on: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, QueueState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next chunk, if there is one within the window.
    fn take(&self) -> Option<usize> {
        let mut state = self.lock();
        self.take_from(&mut state)
    }

    fn take_from(&self, state: &mut QueueState) -> Option<usize> {
        let free = state.taken < self.chunks.len()
            && state.taken < state.handed_on + self.chunks.window
            && !state.stopped;
        free.then(|| {
            state.taken += 1;
            state.taken - 1
        })
    }

    /// The next chunk, once the window has room for it; `None` when every chunk is taken or
    /// the run stopped.
    fn take_waiting(&self) -> Option<usize> {
        let mut state = self.lock();
        loop {
            if state.stopped || state.taken >= self.chunks.len() {
                return None;
            }
            if let Some(chunk) = self.take_from(&mut state) {
                return Some(chunk);
            }
            state.waiting += 1;
            state = self.moved_on.wait(state).unwrap_or_else(|e| e.into_inner());
            state.waiting -= 1;
        }
    }

    fn handed_on(&self, chunks: usize) {
        let mut state = self.lock();
        state.handed_on = chunks;
        if state.waiting > 0 {
            self.moved_on.notify_all();
        }
    }

    /// Ends the run (early, or once it is done): waiting workers return.
    fn stop(&self) {
        self.lock().stopped = true;
        self.moved_on.notify_all();
    }
}

/// Stops the queue when dropped, however the thread that holds it ends: a worker ends once
/// nothing is left to take (or after a panic), the calling thread once everything is handed
/// on (or after an error or a panic), and no thread is then left waiting for another.
struct StopOnDrop<'a>(&'a Queue);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.stop();
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
                Ok(None::<()>)
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
    fn a_panic_on_any_thread_is_raised_and_no_thread_waits_for_ever() {
        use std::panic::{AssertUnwindSafe, catch_unwind};
        for panicking in [0, 1, 300, 999] {
            let run = catch_unwind(AssertUnwindSafe(|| {
                map_in_order(
                    1000,
                    NonZeroUsize::new(3),
                    |n| assert_ne!(n, panicking, "the work panics"),
                    |()| Ok::<_, ()>(None::<()>),
                )
            }));
            assert!(run.is_err(), "a panic at {panicking}");
        }
        let run = catch_unwind(AssertUnwindSafe(|| {
            map_in_order(
                1000,
                NonZeroUsize::new(3),
                |n| n,
                |n| {
                    assert_ne!(n, 500, "handing on panics");
                    Ok::<_, ()>(None::<()>)
                },
            )
        }));
        assert!(run.is_err());
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
                if n == 40 { Err(n) } else { Ok(None::<()>) }
            },
        );
        assert_eq!(result, Err(40));
        assert_eq!(seen, 41);
    }
}
