//! The command line: `berita parse` on stdin, with and without the optional finders.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `berita parse ARGS -` on `input` and returns the JSON it prints.
fn parse(args: &[&str], input: &str) -> serde_json::Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_berita"))
        .arg("parse")
        .args(args)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("berita runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("input written");
    let out = child.wait_with_output().expect("berita exits");
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("JSON out")
}

const TEXT: &str = "JAKARTA - \"Kami siap,\" kata Budi, Senin (16/6).";

#[test]
fn parse_finds_quotes_and_dates() {
    let doc = parse(&["--published", "2025-06-20"], TEXT);
    assert_eq!(doc["quotes"].as_array().map(Vec::len), Some(1));
    assert_eq!(doc["dates"].as_array().map(Vec::len), Some(1));
}

#[test]
fn no_quotes_and_no_dates_leave_them_out() {
    let full = parse(&["--published", "2025-06-20"], TEXT);
    let frame = parse(
        &["--published", "2025-06-20", "--no-quotes", "--no-dates"],
        TEXT,
    );
    assert_eq!(frame["quotes"], serde_json::json!([]));
    assert_eq!(frame["dates"], serde_json::json!([]));
    assert_eq!(frame["body"], full["body"]);
    assert_eq!(frame["dateline"], full["dateline"]);
}
