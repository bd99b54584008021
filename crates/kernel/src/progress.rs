//! Progress of long command-line work (`areas import`, `seed`, `demo`, the benchmark data
//! generator): a count and a rate on standard error. On a terminal one line is redrawn in place
//! (`\r`, at most ten times a second); otherwise (a log file, CI) a plain line every few
//! seconds, so logs stay readable.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    label: String,
    total: Option<u64>,
    count: u64,
    started: Instant,
    drawn: Option<Instant>,
    tty: bool,
    out: Box<dyn Write + Send>,
}

impl Progress {
    /// Progress on standard error; `total` when it is known.
    pub fn new(label: &str, total: Option<u64>) -> Progress {
        let tty = std::io::stderr().is_terminal();
        Progress::to(label, total, tty, Box::new(std::io::stderr()))
    }

    /// Progress written to `out`, drawn as on a terminal when `tty`.
    pub fn to(label: &str, total: Option<u64>, tty: bool, out: Box<dyn Write + Send>) -> Progress {
        Progress {
            label: label.to_string(),
            total,
            count: 0,
            started: Instant::now(),
            drawn: None,
            tty,
            out,
        }
    }

    pub fn add(&mut self, n: u64) {
        self.set(self.count + n);
    }

    pub fn set(&mut self, count: u64) {
        self.count = count;
        let every = if self.tty {
            Duration::from_millis(100)
        } else {
            Duration::from_secs(5)
        };
        if self.drawn.is_none_or(|at| at.elapsed() >= every) {
            self.draw(false);
        }
    }

    /// The last line, with the total time.
    pub fn finish(&mut self) {
        self.draw(true);
    }

    /// `label: count[/total] (rate/s)`, and the elapsed seconds when done.
    pub fn line(&self, done: bool) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 {
            self.count as f64 / secs
        } else {
            0.0
        };
        let count = match self.total {
            Some(total) => format!("{}/{total}", self.count),
            None => self.count.to_string(),
        };
        if done {
            format!("{}: {count} in {secs:.1} s ({rate:.0}/s)", self.label)
        } else {
            format!("{}: {count} ({rate:.0}/s)", self.label)
        }
    }

    fn draw(&mut self, done: bool) {
        let line = self.line(done);
        let _ = if self.tty {
            // Back to the start of the line and clear it, then the new state.
            write!(self.out, "\r\x1b[2K{line}{}", if done { "\n" } else { "" })
        } else {
            writeln!(self.out, "{line}")
        };
        let _ = self.out.flush();
        self.drawn = Some(Instant::now());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);
    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_terminal_gets_one_redrawn_line_and_a_log_plain_lines() {
        let out = Shared::default();
        let mut p = Progress::to("areas", Some(10), true, Box::new(out.clone()));
        p.add(4);
        p.add(6);
        p.finish();
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert!(text.starts_with("\r\x1b[2Kareas: 4/10 ("), "{text:?}");
        assert!(
            text.ends_with("/s)\n") && text.contains("\r\x1b[2Kareas: 10/10 in "),
            "{text:?}"
        );
        assert_eq!(text.matches('\n').count(), 1, "one line, redrawn");

        let out = Shared::default();
        let mut p = Progress::to("rows", None, false, Box::new(out.clone()));
        p.add(500);
        p.add(500); // within five seconds of the last line: not drawn
        p.finish();
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text:?}");
        assert!(lines[0].starts_with("rows: 500 (") && lines[1].starts_with("rows: 1000 in "));
        assert!(!text.contains('\r'));
    }
}
