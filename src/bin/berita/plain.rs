//! `berita parse FILE...`: plain-text articles to pretty `berita/1` JSON.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::pretty::pretty;
use crate::{Status, label};

/// Plain-text files to pretty JSON: one document for one file, an array for several, where a
/// file that cannot be read is `{"file", "error"}` (and said on stderr). One file that cannot
/// be read is an error.
pub fn parse_plain(
    parser: &berita::Parser,
    files: &[PathBuf],
    meta: &berita::Meta,
) -> io::Result<Status> {
    let mut status = Status::Success;
    let out = match files {
        [] => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "no input: give FILE... or - for stdin",
            ));
        }
        [path] => {
            let text = read_text(path).map_err(|e| in_file(path, &e))?;
            parser.parse_with(&text, meta).to_json_value()
        }
        several => Value::Array(
            several
                .iter()
                .map(|path| match read_text(path) {
                    Ok(text) => parser.parse_with(&text, meta).to_json_value(),
                    Err(e) => {
                        status = Status::InputUnreadable;
                        unreadable(path, &e)
                    }
                })
                .collect(),
        ),
    };
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", pretty(&out))?;
    Ok(status)
}

/// What stands in an array of documents for the file at `path` that cannot be read:
/// `{"file", "error"}`; said on stderr too.
fn unreadable(path: &Path, error: &io::Error) -> Value {
    eprintln!("berita: {}", in_file(path, error));
    json!({"file": label(path), "error": error.to_string()})
}

/// `error` with the path it happened on: `PATH: MESSAGE`.
pub fn in_file(path: &Path, error: &io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", label(path)))
}

/// The text of the file at `path` (`-` is stdin).
fn read_text(path: &Path) -> io::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        File::open(path)?.read_to_end(&mut bytes)?;
    }
    // Invalid UTF-8 is replaced rather than refused: scraped text is often slightly broken.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
