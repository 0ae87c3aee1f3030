//! A progress bar on standard error while a large corpus is checked.
//!
//! Drawn only where a person watches: standard error is a terminal, not in CI, not with
//! `--quiet`, and only for runs long enough to need one. Hand-written: one line redrawn with
//! a carriage return needs no dependency.

use std::io::{self, Write};
use std::time::{Duration, Instant};

/// Fewer files than this are checked before a bar would be seen.
pub const MIN_FILES: usize = 50;
const WIDTH: usize = 30;
/// Redraws are limited so that drawing never costs more than checking.
const REDRAW_EVERY: Duration = Duration::from_millis(80);

/// Whether a progress bar may be shown: `stderr_is_terminal`, not in CI (`CI` set and not
/// empty, as CI services set it), and not `--quiet`.
pub fn wanted(stderr_is_terminal: bool, ci: Option<&std::ffi::OsStr>, quiet: bool) -> bool {
    stderr_is_terminal && ci.is_none_or(|value| value.is_empty()) && !quiet
}

/// A bar over `total` steps, or nothing when it is not `enabled` or the run is short.
pub struct Progress {
    total: usize,
    done: usize,
    enabled: bool,
    drawn_at: Option<Instant>,
}

impl Progress {
    pub fn new(total: usize, enabled: bool) -> Self {
        Self {
            total,
            done: 0,
            enabled: enabled && total >= MIN_FILES,
            drawn_at: None,
        }
    }

    /// One more step done; redraws the bar if it is time to.
    pub fn step(&mut self, err: &mut dyn Write) -> io::Result<()> {
        self.done += 1;
        let due = self.drawn_at.is_none_or(|at| at.elapsed() >= REDRAW_EVERY);
        if self.enabled && (due || self.done == self.total) {
            self.drawn_at = Some(Instant::now());
            write!(err, "\r{}", self.line())?;
            err.flush()?;
        }
        Ok(())
    }

    /// Erases the bar so that the report starts on a clean line.
    pub fn finish(&mut self, err: &mut dyn Write) -> io::Result<()> {
        if self.enabled && self.drawn_at.is_some() {
            write!(err, "\r\x1b[2K")?;
            err.flush()?;
        }
        Ok(())
    }

    fn line(&self) -> String {
        let filled = (self.done * WIDTH).checked_div(self.total).unwrap_or(WIDTH);
        format!(
            "checking [{}{}] {}/{} articles",
            "=".repeat(filled),
            " ".repeat(WIDTH - filled),
            self.done,
            self.total
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn only_in_an_interactive_terminal() {
        assert!(wanted(true, None, false));
        assert!(wanted(true, Some(OsStr::new("")), false));
        assert!(!wanted(false, None, false), "piped");
        assert!(!wanted(true, Some(OsStr::new("true")), false), "CI");
        assert!(!wanted(true, None, true), "--quiet");
    }

    #[test]
    fn draws_the_bar_and_erases_it_at_the_end() {
        let mut err = Vec::new();
        let mut progress = Progress::new(MIN_FILES, true);
        for _ in 0..MIN_FILES {
            progress.step(&mut err).unwrap();
        }
        progress.finish(&mut err).unwrap();
        let drawn = String::from_utf8(err).unwrap();
        let full = format!("[{}] {MIN_FILES}/{MIN_FILES} articles", "=".repeat(WIDTH));
        assert!(drawn.starts_with("\rchecking [ "), "{drawn:?}");
        assert!(drawn.contains(&full), "{drawn:?}");
        assert!(drawn.ends_with("\r\x1b[2K"), "{drawn:?}");
    }

    #[test]
    fn nothing_for_a_few_files_or_when_disabled() {
        for progress in [
            Progress::new(MIN_FILES - 1, true),
            Progress::new(500, false),
        ] {
            let mut progress = progress;
            let mut err = Vec::new();
            for _ in 0..progress.total {
                progress.step(&mut err).unwrap();
            }
            progress.finish(&mut err).unwrap();
            assert!(err.is_empty());
        }
    }
}
