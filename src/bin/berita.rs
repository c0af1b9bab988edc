//! The `berita` command line: parse articles to `berita/1` JSON, or show a demo.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;

use anstream::println;
use clap::{Parser as ClapParser, Subcommand};
use owo_colors::OwoColorize;
use serde_json::{Value, json};

/// Reads Indonesian news articles and prints their structure as `berita/1` JSON.
#[derive(ClapParser)]
#[command(name = "berita", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse plain-text articles (FILE... or `-` for stdin) to pretty JSON, or JSONL records
    /// with --jsonl.
    Parse {
        /// Plain-text files (`-` is stdin); with --jsonl, one JSONL file (default stdin).
        files: Vec<PathBuf>,
        /// Read JSONL records {"text", "id"?, "published"?, "outlet"?, "url"?} and write one
        /// `berita/1` line per record, in order.
        #[arg(long)]
        jsonl: bool,
        /// Publication date for plain-text input (ISO or an Indonesian date string).
        #[arg(long)]
        published: Option<String>,
        /// Outlet name for plain-text input.
        #[arg(long)]
        outlet: Option<String>,
        /// URL for plain-text input.
        #[arg(long)]
        url: Option<String>,
        /// Leave quotes, speakers, citations and quoted terms out (about twice as fast).
        #[arg(long)]
        no_quotes: bool,
        /// Leave date and time mentions out.
        #[arg(long)]
        no_dates: bool,
    },
    /// Parse a sample article embedded in the binary and show what berita finds.
    Demo,
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse {
            files,
            jsonl: true,
            no_quotes,
            no_dates,
            ..
        } => parse_jsonl(&stages(no_quotes, no_dates), files.first().cloned()),
        Command::Parse {
            files,
            published,
            outlet,
            url,
            no_quotes,
            no_dates,
            ..
        } => parse_plain(
            &stages(no_quotes, no_dates),
            &files,
            &berita::Meta {
                published,
                outlet,
                url,
            },
        ),
        Command::Demo => demo(),
    };
    if let Err(e) = result {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("berita: {e}");
            std::process::exit(1);
        }
    }
}

/// The parser with the finders the flags leave on.
fn stages(no_quotes: bool, no_dates: bool) -> berita::Parser {
    let config = berita::ParserConfig::default()
        .with_quotes(!no_quotes)
        .with_dates(!no_dates);
    berita::Parser::new(config)
        .unwrap_or_else(|_| unreachable!("no patterns or outlets: the configuration is valid"))
}

/// Plain-text files to pretty JSON: one document for one file, an array for several.
fn parse_plain(parser: &berita::Parser, files: &[PathBuf], meta: &berita::Meta) -> io::Result<()> {
    if files.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "no input: give FILE... or - for stdin",
        ));
    }
    let mut docs = Vec::with_capacity(files.len());
    for path in files {
        let text = read_text(path)?;
        docs.push(parser.parse_with(&text, meta).to_json_value());
    }
    let out = if docs.len() == 1 {
        docs.swap_remove(0)
    } else {
        Value::Array(docs)
    };
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", pretty(&out))
}

/// Pretty JSON that keeps short arrays of numbers (spans) on one line.
fn pretty(value: &Value) -> String {
    let mut out = String::new();
    write_pretty(value, 0, &mut out);
    out
}

fn write_pretty(value: &Value, depth: usize, out: &mut String) {
    let pad = |d: usize| "  ".repeat(d);
    match value {
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => {
            let parts: Vec<String> = items.iter().map(Value::to_string).collect();
            out.push_str(&format!("[{}]", parts.join(", ")));
        }
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_pretty(v, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                out.push_str(&format!("{}{}: ", pad(depth + 1), Value::String(k.clone())));
                write_pretty(v, depth + 1, out);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

fn read_text(path: &PathBuf) -> io::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    }
    // Invalid UTF-8 is replaced rather than refused: scraped text is often slightly broken.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// How many records are read before they are parsed together (bounds memory).
const BATCH: usize = 512;

/// JSONL in, JSONL out, in order, in bounded memory; batches are parsed on every core.
fn parse_jsonl(parser: &berita::Parser, file: Option<PathBuf>) -> io::Result<()> {
    let (reader, size): (Box<dyn BufRead>, Option<u64>) = match file {
        Some(p) if p.as_os_str() != "-" => {
            let f = File::open(&p)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
            let size = f.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::with_capacity(1 << 20, f)), size)
        }
        _ => (
            Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
            None,
        ),
    };
    let progress = progress_bar(size);
    let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut lines = reader.split(b'\n');
    loop {
        let batch: Vec<Vec<u8>> = lines.by_ref().take(BATCH).collect::<io::Result<_>>()?;
        if batch.is_empty() {
            break;
        }
        let bytes: u64 = batch.iter().map(|l| l.len() as u64 + 1).sum();
        for line in parse_batch(parser, &batch) {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
        if let Some(p) = &progress {
            p.inc(bytes);
        }
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    out.flush()
}

fn progress_bar(size: Option<u64>) -> Option<indicatif::ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = match size {
        Some(n) => indicatif::ProgressBar::new(n).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner(),
    };
    Some(bar)
}

/// Parses a batch of JSONL lines on all cores; blank lines give no output.
fn parse_batch(parser: &berita::Parser, batch: &[Vec<u8>]) -> Vec<String> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(batch.len().max(1));
    let chunk = batch.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|lines| {
                s.spawn(move || {
                    lines
                        .iter()
                        .filter_map(|l| parse_record(parser, l))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// One JSONL record to one output line: the document with `id` echoed, or an error object.
fn parse_record(parser: &berita::Parser, line: &[u8]) -> Option<String> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let record: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => {
            return Some(json!({"id": null, "error": format!("invalid JSON: {e}")}).to_string());
        }
    };
    let id = record.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = record.get("text").and_then(Value::as_str) else {
        return Some(json!({"id": id, "error": "record has no string field \"text\""}).to_string());
    };
    let field = |k: &str| record.get(k).and_then(Value::as_str).map(str::to_owned);
    let meta = berita::Meta {
        published: field("published"),
        outlet: field("outlet"),
        url: field("url"),
    };
    Some(with_id(&id, &parser.parse_with(text, &meta).to_json()))
}

/// The document `{"schema": ...}` with `"id"` as its first field.
fn with_id(id: &Value, document: &str) -> String {
    let fields = document.strip_prefix('{').unwrap_or(document);
    format!("{{\"id\":{id},{fields}")
}

/// The sample article shown by `berita demo` (written for berita, in Kompas' house style).
const DEMO: &str = berita::DEMO_TEXT;
const DEMO_PUBLISHED: &str = berita::DEMO_PUBLISHED;

fn demo() -> io::Result<()> {
    let meta = berita::Meta {
        published: Some(DEMO_PUBLISHED.into()),
        ..Default::default()
    };
    let a = berita::Parser::default().parse_with(DEMO, &meta);
    let slice = |s: berita::Span| s.slice(DEMO).unwrap_or("").replace('\n', " ");
    println!(
        "{}",
        "berita demo: a sample article and what berita finds in it".bold()
    );
    println!("{}", format!("published: {DEMO_PUBLISHED}").dimmed());
    println!();
    for line in DEMO.lines() {
        println!("  {}", line.dimmed());
    }
    println!();
    if let Some(d) = &a.dateline {
        let outlet = d.outlet_id.as_deref().unwrap_or("?");
        let city = d.city.as_deref().unwrap_or("-");
        println!(
            "{} {}  (outlet {}, city {})",
            "dateline".cyan().bold(),
            slice(d.span),
            outlet,
            city
        );
    }
    for c in &a.byline {
        println!(
            "{} {} ({})",
            "credit".cyan().bold(),
            c.name,
            c.role.as_str()
        );
    }
    for c in &a.codes {
        println!("{} {}", "code".cyan().bold(), c.raw);
    }
    for r in &a.read_also {
        println!("{} {}", "read also".yellow().bold(), r.title);
    }
    for b in &a.boilerplate {
        println!(
            "{} {} ({})",
            "boilerplate".yellow().bold(),
            slice(b.span),
            b.kind.as_str()
        );
    }
    println!("{} {} paragraphs", "body".green().bold(), a.body.len());
    for q in &a.quotes {
        let who = q.speaker.as_ref().map_or("?".to_string(), |s| {
            let name = s.name.as_deref().unwrap_or(&s.mention);
            s.role
                .as_ref()
                .map_or(name.to_string(), |r| format!("{name}, {r}"))
        });
        let cue = q.cue.as_ref().map_or("-", |c| c.text.as_str());
        println!(
            "{} [{}] {} {} {}",
            "quote".magenta().bold(),
            q.kind.as_str(),
            q.text.italic(),
            "—".dimmed(),
            who.bold()
        );
        println!("      {}", format!("cue: {cue}").dimmed());
    }
    for c in &a.citations {
        println!(
            "{} {} ({} {})",
            "citation".blue().bold(),
            c.source,
            c.verb,
            c.kind.as_str()
        );
    }
    for d in &a.dates {
        let resolved = d.resolved.map_or("?".into(), |r| r.to_string());
        println!("{} {} → {}", "date".blue().bold(), d.raw, resolved.bold());
    }
    println!();
    println!("{}", "berita/1 JSON:".bold());
    println!("{}", pretty(&a.to_json_value()));
    Ok(())
}
