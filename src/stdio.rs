//! Standard output and standard error as the commands write them.
//!
//! Output read by a person (a terminal) goes out line by line; output to a file or a pipe
//! goes out in large blocks, since a system call per finding was a tenth of a cached
//! re-run. Standard error is never held back, and a write to it first sends what standard
//! output holds, so that the two keep their order when they share a file
//! (`factlint check > log 2>&1`).

use std::cell::RefCell;
use std::io::{self, IsTerminal, Write};

/// The size of the block in which output to a file or a pipe is written.
const BLOCK: usize = 64 * 1024;

/// An output stream and an error stream that keep their order.
pub struct Streams<O: Write, E: Write> {
    out: RefCell<O>,
    err: RefCell<E>,
}

/// The process's own streams: standard output block-buffered unless it is a terminal.
pub fn standard() -> Streams<Box<dyn Write>, io::StderrLock<'static>> {
    let stdout = io::stdout();
    let out: Box<dyn Write> = if stdout.is_terminal() {
        Box::new(stdout.lock())
    } else {
        Box::new(io::BufWriter::with_capacity(BLOCK, stdout.lock()))
    };
    Streams::new(out, io::stderr().lock())
}

impl<O: Write, E: Write> Streams<O, E> {
    pub fn new(out: O, err: E) -> Self {
        Self {
            out: RefCell::new(out),
            err: RefCell::new(err),
        }
    }

    /// A writer to the output stream.
    pub fn out(&self) -> OutStream<'_, O> {
        OutStream(&self.out)
    }

    /// A writer to the error stream, which sends what the output holds first.
    pub fn err(&self) -> ErrStream<'_, O, E> {
        ErrStream {
            out: &self.out,
            err: &self.err,
        }
    }

    /// Sends what the output holds: once the command is done, so that a failed write (a
    /// full disk) is seen rather than lost when the buffer is dropped.
    pub fn flush(&self) -> io::Result<()> {
        self.out.borrow_mut().flush()
    }
}

/// See [`Streams::out`].
pub struct OutStream<'a, O>(&'a RefCell<O>);

impl<O: Write> Write for OutStream<'_, O> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.0.borrow_mut().write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.borrow_mut().flush()
    }
}

/// See [`Streams::err`].
pub struct ErrStream<'a, O, E> {
    out: &'a RefCell<O>,
    err: &'a RefCell<E>,
}

impl<O: Write, E: Write> Write for ErrStream<'_, O, E> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.borrow_mut().flush()?;
        self.err.borrow_mut().write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.borrow_mut().flush()?;
        self.err.borrow_mut().write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.borrow_mut().flush()?;
        self.err.borrow_mut().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    /// One file that both streams write to, as with `> log 2>&1`.
    #[derive(Clone, Default)]
    struct SharedFile(Rc<RefCell<Vec<u8>>>);

    impl Write for SharedFile {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn buffered_output_and_errors_keep_their_order_in_one_file() {
        let file = SharedFile::default();
        let streams = Streams::new(io::BufWriter::new(file.clone()), file.clone());
        let (mut out, mut err) = (streams.out(), streams.err());
        writeln!(out, "finding 1").unwrap();
        writeln!(err, "warning").unwrap();
        writeln!(out, "finding 2").unwrap();
        assert_eq!(file.0.borrow().as_slice(), b"finding 1\nwarning\n");
        streams.flush().unwrap();
        assert_eq!(
            file.0.borrow().as_slice(),
            b"finding 1\nwarning\nfinding 2\n"
        );
    }

    #[test]
    fn output_is_held_until_it_is_flushed() {
        let file = SharedFile::default();
        let streams = Streams::new(io::BufWriter::new(file.clone()), io::sink());
        writeln!(streams.out(), "finding").unwrap();
        assert!(file.0.borrow().is_empty());
        streams.flush().unwrap();
        assert_eq!(file.0.borrow().as_slice(), b"finding\n");
    }
}
