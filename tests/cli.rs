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

/// `batch` written to `path` as Parquet, in row groups of `group` rows.
fn write_parquet(
    path: &std::path::Path,
    batch: &berita::arrow::arrow_array::RecordBatch,
    group: usize,
) {
    let file = std::fs::File::create(path).expect("input file");
    let properties = parquet::file::properties::WriterProperties::builder()
        .set_max_row_group_row_count(Some(group))
        .build();
    let mut writer = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), Some(properties))
        .expect("writer");
    writer.write(batch).expect("rows written");
    writer.close().expect("footer written");
}

/// Runs `berita parse --input IN --output OUT ARGS`.
fn convert(
    input: &std::path::Path,
    output: &std::path::Path,
    args: &[&str],
) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_berita"))
        .args(["parse", "--input"])
        .arg(input)
        .arg("--output")
        .arg(output)
        .args(args)
        .output()
        .expect("berita runs")
}

/// A column of a Parquet output read back as optional strings, over every batch.
fn strings(batches: &[berita::arrow::arrow_array::RecordBatch], name: &str) -> Vec<Option<String>> {
    use berita::arrow::arrow_array::{Array, cast::AsArray};
    batches
        .iter()
        .flat_map(|b| {
            let column = b.column_by_name(name).expect("column").as_string::<i32>();
            (0..column.len())
                .map(|i| column.is_valid(i).then(|| column.value(i).to_owned()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn parquet_null_texts_are_rows_with_their_error() {
    use berita::arrow::arrow_array::{ArrayRef, Int64Array, RecordBatch, StringArray};
    use std::sync::Arc;
    let dir = scratch("nulls");
    let n = 1_300;
    let texts: Vec<Option<&str>> = (0..n).map(|i| (i % 3 != 1).then_some(TEXT)).collect();
    let batch = RecordBatch::try_from_iter([
        (
            "id",
            Arc::new(Int64Array::from_iter_values(0..n)) as ArrayRef,
        ),
        ("text", Arc::new(StringArray::from(texts)) as ArrayRef),
    ])
    .expect("a batch");
    // Row groups of 500: batches of the reader cross them.
    write_parquet(&dir.join("in.parquet"), &batch, 500);
    let run = convert(&dir.join("in.parquet"), &dir.join("out.parquet"), &[]);
    let failed = (0..n).filter(|i| i % 3 == 1).count();
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&run.stderr),
        format!("berita: {} parsed, {failed} failed\n", n as usize - failed)
    );
    let out = read_parquet(&dir.join("out.parquet"));
    let ids = strings(&out, "id");
    let expected: Vec<Option<String>> = (0..n).map(|i| Some(i.to_string())).collect();
    assert_eq!(ids, expected);
    let errors = strings(&out, "error");
    for (i, error) in errors.iter().enumerate() {
        let null = (i % 3 == 1).then(|| "text is null".to_owned());
        assert_eq!(error, &null, "row {i}");
    }
    // The quotes table: one row per quote, and one per failed row, with its input row.
    let run = convert(
        &dir.join("in.parquet"),
        &dir.join("q.parquet"),
        &["--quotes-only"],
    );
    assert_eq!(run.status.code(), Some(2));
    let quotes = read_parquet(&dir.join("q.parquet"));
    assert_eq!(
        quotes.iter().map(|b| b.num_rows()).sum::<usize>(),
        n as usize
    );
    assert_eq!(strings(&quotes, "id"), expected);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn parquet_without_a_string_text_column_is_refused_by_name() {
    use berita::arrow::arrow_array::{ArrayRef, Int32Array, RecordBatch, StringArray};
    use std::sync::Arc;
    let dir = scratch("columns");
    let cases: [(&str, ArrayRef, &str); 3] = [
        (
            "body",
            Arc::new(StringArray::from(vec![TEXT])),
            "no column \"text\"",
        ),
        (
            "text",
            Arc::new(Int32Array::from(vec![1])),
            "column \"text\" must hold strings",
        ),
        (
            "id",
            Arc::new(StringArray::from(vec![TEXT])),
            "no column \"text\"",
        ),
    ];
    for (i, (name, column, message)) in cases.into_iter().enumerate() {
        let input = dir.join(format!("in{i}.parquet"));
        let batch = RecordBatch::try_from_iter([(name, column)]).expect("a batch");
        write_parquet(&input, &batch, 10);
        let output = dir.join(format!("out{i}.parquet"));
        let run = convert(&input, &output, &[]);
        assert_eq!(run.status.code(), Some(1), "{name}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(stderr.contains(message), "{stderr}");
        assert!(stderr.contains(&input.display().to_string()), "{stderr}");
        // Refused before anything is written.
        assert!(!output.exists());
    }
    let input = dir.join("ids.parquet");
    let batch = RecordBatch::try_from_iter([
        ("text", Arc::new(StringArray::from(vec![TEXT])) as ArrayRef),
        (
            "id",
            Arc::new(berita::arrow::arrow_array::Float64Array::from(vec![1.5])) as ArrayRef,
        ),
    ])
    .expect("a batch");
    write_parquet(&input, &batch, 10);
    let run = convert(&input, &dir.join("ids-out.parquet"), &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("column \"id\" must hold strings"));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn parquet_to_jsonl_gives_a_line_per_row() {
    use berita::arrow::arrow_array::{ArrayRef, RecordBatch, StringArray};
    use std::sync::Arc;
    let dir = scratch("tojsonl");
    let batch = RecordBatch::try_from_iter([
        (
            "id",
            Arc::new(StringArray::from(vec!["a", "b", "c"])) as ArrayRef,
        ),
        (
            "text",
            Arc::new(StringArray::from(vec![Some(TEXT), None, Some("Hujan.")])) as ArrayRef,
        ),
        (
            "published",
            Arc::new(StringArray::from(vec![Some("2025-06-20"), None, None])) as ArrayRef,
        ),
    ])
    .expect("a batch");
    write_parquet(&dir.join("in.parquet"), &batch, 2);
    let run = convert(&dir.join("in.parquet"), &dir.join("out.jsonl"), &[]);
    assert_eq!(run.status.code(), Some(2));
    let out = std::fs::read_to_string(dir.join("out.jsonl")).expect("output");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["schema"], "berita/1");
    assert_eq!(lines[1]["error"], "text is null");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[2]["id"], "c");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn the_output_cannot_be_the_input() {
    let dir = scratch("same");
    let input = dir.join("in.jsonl");
    let line = format!("{}\n", serde_json::json!({"id": "a", "text": TEXT}));
    std::fs::write(&input, &line).expect("input written");
    let run = convert(&input, &dir.join(".").join("in.jsonl"), &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("--output is the input file"));
    assert_eq!(std::fs::read_to_string(&input).expect("input kept"), line);
    std::fs::remove_dir_all(dir).ok();
}
