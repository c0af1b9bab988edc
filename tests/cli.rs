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

/// A fresh folder for one test's files.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("berita-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// The rows of a Parquet file.
fn read_parquet(path: &std::path::Path) -> Vec<berita::arrow::arrow_array::RecordBatch> {
    let file = std::fs::File::open(path).expect("output written");
    parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .expect("a Parquet file")
        .build()
        .expect("a reader")
        .collect::<Result<Vec<_>, _>>()
        .expect("batches")
}

#[test]
fn jsonl_to_parquet_keeps_every_record_in_order() {
    use berita::arrow::arrow_array::{Array, cast::AsArray};
    let dir = scratch("jsonl");
    let lines = format!(
        "{}\n{}\nnot json\n{}\n",
        serde_json::json!({"id": "a", "text": TEXT, "published": "2025-06-20"}),
        serde_json::json!({"id": 7}),
        serde_json::json!({"id": "c", "text": "Hujan turun."}),
    );
    std::fs::write(dir.join("in.jsonl"), lines).expect("input written");
    let run = Command::new(env!("CARGO_BIN_EXE_berita"))
        .args(["parse", "--input"])
        .arg(dir.join("in.jsonl"))
        .arg("--output")
        .arg(dir.join("out.parquet"))
        .output()
        .expect("berita runs");
    // Two records failed: counted in the summary, exit status 2, as with --jsonl.
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&run.stderr),
        "berita: 2 parsed, 2 failed\n"
    );
    let batches = read_parquet(&dir.join("out.parquet"));
    let ids: Vec<Option<String>> = batches
        .iter()
        .flat_map(|b| {
            let ids = b.column_by_name("id").expect("id").as_string::<i32>();
            (0..ids.len())
                .map(|i| ids.is_valid(i).then(|| ids.value(i).to_owned()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        ids,
        [Some("a".into()), Some("7".into()), None, Some("c".into())]
    );
    let errors = batches[0]
        .column_by_name("error")
        .expect("error")
        .as_string::<i32>();
    assert!(errors.is_null(0));
    let file = dir.join("in.jsonl").display().to_string();
    assert_eq!(
        errors.value(1),
        format!("{file}:2: record has no string field \"text\"")
    );
    assert!(
        errors
            .value(2)
            .starts_with(&format!("{file}:3: invalid JSON"))
    );
    let quotes = batches[0]
        .column_by_name("quotes")
        .expect("quotes")
        .as_list::<i32>();
    assert_eq!(quotes.value(0).len(), 1);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn quotes_only_writes_parquet_only() {
    let out = Command::new(env!("CARGO_BIN_EXE_berita"))
        .args(["parse", "--quotes-only", "--input", "-"])
        .stdin(Stdio::null())
        .output()
        .expect("berita runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--quotes-only writes Parquet"));
}
