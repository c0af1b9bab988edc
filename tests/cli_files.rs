//! The command line on files: JSONL files where every input line gives one output line (in
//! order, errors with their file and line), the summary and the exit status; defaults for
//! records; plain files of which one is missing; `--version`.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

/// A folder of this test's own under the system's temporary folder, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("berita-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Writes `bytes` to `name` in `dir`; returns its path.
fn file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("a scratch file");
    path
}

/// Runs `berita ARGS`.
fn berita(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_berita"))
        .args(args)
        .output()
        .expect("berita runs")
}

/// The output lines, each as JSON.
fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

/// stderr, as text.
fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A path as an argument.
fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 scratch path")
}

/// Good records among a blank line, invalid JSON, a record without a string text and one
/// with undecodable bytes in its text.
const MIXED: &[u8] = b"{\"id\": 1, \"text\": \"JAKARTA - Hujan turun.\"}\n\
\n\
{\"id\": 3, \"text\": \n\
{\"id\": 4, \"text\": 5}\n\
{\"id\": 5, \"text\": \"a\xff\xfeb\"}\n\
{\"id\": 6, \"text\": \"Warga senang.\"}\n";

#[test]
fn every_jsonl_line_gives_one_line_in_order_with_its_file_line() {
    let dir = scratch("mixed");
    let path = file(&dir, "mixed.jsonl", MIXED);
    let out = berita(&["parse", "--jsonl", arg(&path)]);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 6, "one output line per input line");
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["schema"], "berita/1");
    let error = |i: usize| (lines[i]["id"].clone(), lines[i]["error"].clone());
    assert_eq!(error(1), (Value::Null, json!("blank line")));
    assert_eq!(
        error(2).1,
        json!("invalid JSON: EOF while parsing a value at column 18")
    );
    assert_eq!(
        error(3),
        (json!(4), json!("record has no string field \"text\""))
    );
    assert_eq!(
        error(4).1,
        json!("invalid JSON: invalid unicode code point at column 21")
    );
    assert_eq!(lines[5]["id"], 6);
    for (i, line) in lines.iter().enumerate().skip(1).take(4) {
        assert_eq!(line["file"], arg(&path));
        assert_eq!(line["line"], i + 1);
    }
    assert_eq!(stderr(&out), "berita: 2 parsed, 4 failed\n");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn several_jsonl_files_are_read_in_turn() {
    let dir = scratch("two");
    let a = file(&dir, "a.jsonl", b"{\"id\": \"a1\", \"text\": \"Hujan.\"}\n");
    let b = file(
        &dir,
        "b.jsonl",
        b"{\"id\": \"b1\", \"text\": \"Panas.\"}\r\n{\"id\": \"b2\"}",
    );
    let out = berita(&["parse", "--jsonl", arg(&a), arg(&b)]);
    let lines = json_lines(&out);
    let ids: Vec<&Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(ids, [&json!("a1"), &json!("b1"), &json!("b2")]);
    assert_eq!(lines[2]["file"], arg(&b));
    assert_eq!(lines[2]["line"], 2);
    assert_eq!(stderr(&out), "berita: 2 parsed, 1 failed\n");
    assert_eq!(out.status.code(), Some(2));
    let good = berita(&["parse", "--jsonl", arg(&a), arg(&a)]);
    assert_eq!(json_lines(&good).len(), 2);
    assert_eq!(stderr(&good), "berita: 2 parsed, 0 failed\n");
    assert_eq!(good.status.code(), Some(0));
}

#[test]
fn a_jsonl_file_that_cannot_be_read_is_said_and_the_others_are_read() {
    let dir = scratch("missing-jsonl");
    let a = file(&dir, "a.jsonl", b"{\"text\": \"Hujan.\"}\n");
    let missing = dir.join("missing.jsonl");
    let out = berita(&["parse", "--jsonl", arg(&missing), arg(&a)]);
    assert_eq!(json_lines(&out).len(), 1);
    let expected = format!(
        "berita: {}: No such file or directory (os error 2)\nberita: 1 parsed, 0 failed\n",
        arg(&missing)
    );
    assert_eq!(stderr(&out), expected);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn published_given_on_the_command_line_serves_records_without_one() {
    let dir = scratch("published");
    let records = b"{\"id\": 1, \"text\": \"Mereka bertemu Jumat (4/2).\"}\n\
{\"id\": 2, \"text\": \"Mereka bertemu Jumat (4/2).\", \"published\": \"2021-02-06\"}\n\
{\"id\": 3, \"text\": \"Mereka bertemu Jumat (4/2).\", \"published\": 20220205}\n";
    let path = file(&dir, "p.jsonl", records);
    let out = berita(&["parse", "--jsonl", "--published", "2022-02-05", arg(&path)]);
    let lines = json_lines(&out);
    assert_eq!(lines[0]["dates"][0]["resolved"], "2022-02-04");
    assert_eq!(lines[0]["warnings"], json!([]));
    assert_eq!(lines[1]["dates"][0]["resolved"], "2021-02-04");
    assert_eq!(
        lines[2]["warnings"][0]["message"],
        "published: could not read \"20220205\""
    );
    assert_eq!(lines[2]["dates"][0]["resolved"], Value::Null);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn plain_files_with_a_missing_one() {
    let dir = scratch("plain");
    let a = file(&dir, "a.txt", "JAKARTA - Hujan turun.".as_bytes());
    let missing = dir.join("missing.txt");
    let out = berita(&["parse", arg(&a), arg(&missing)]);
    let docs: Value = serde_json::from_slice(&out.stdout).expect("a JSON array");
    assert_eq!(docs[0]["schema"], "berita/1");
    assert_eq!(
        docs[1],
        json!({"file": arg(&missing), "error": "No such file or directory (os error 2)"})
    );
    assert!(stderr(&out).contains(&format!("berita: {}: No such file", arg(&missing))));
    assert_eq!(out.status.code(), Some(1));

    let alone = berita(&["parse", arg(&missing)]);
    assert!(alone.stdout.is_empty());
    assert!(stderr(&alone).starts_with(&format!("berita: {}: ", arg(&missing))));
    assert_eq!(alone.status.code(), Some(1));
}

#[test]
fn version_is_the_crate_version() {
    let out = berita(&["--version"]);
    let version = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        version.trim(),
        format!("berita {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_says_the_defaults_and_the_exit_statuses() {
    let out = berita(&["parse", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("with --jsonl, for the records without \"published\""));
    assert!(help.contains("Exit status: 0 when all went well; 1 when an input could not be read"));
}
