//! The `berita` command line: parse articles to `berita/1` JSON, or show a demo.

mod cores;
mod demo;
mod jsonl;
mod plain;
mod pretty;
mod records;
mod tables;

use std::io;
use std::path::PathBuf;

use clap::{Parser as ClapParser, Subcommand};

/// The tool's allocator: mimalloc's small-object paths cost a fraction of the system
/// allocator's on the few hundred small allocations a parse makes per article.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// What the exit status says, in `--help` (`python -m berita` says the same).
const EXIT_STATUS: &str = "Exit status: 0 when all went well; 1 when an input could not be \
                           read; 2 when some records failed, JSONL lines or Parquet rows (each \
                           has its error in the output).";

/// Reads Indonesian news articles and prints their structure as `berita/1` JSON.
#[derive(ClapParser)]
#[command(name = "berita", version, about, after_help = EXIT_STATUS)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse plain-text articles (FILE... or `-` for stdin) to pretty JSON, JSONL records
    /// with --jsonl, or Parquet or JSONL with --input/--output.
    #[command(after_help = EXIT_STATUS)]
    Parse {
        /// Plain-text files (`-` is stdin); with --jsonl, JSONL files read in turn (none or `-`
        /// is stdin).
        files: Vec<PathBuf>,
        /// Read JSONL records {"text", "id"?, "published"?, "outlet"?, "url"?} and write one
        /// line per input line, in order: the `berita/1` document with `id` first, or
        /// {"id", "error", "file", "line"} for a line that gives none (blank, invalid JSON, no
        /// string "text"); a summary goes to stderr.
        #[arg(long, conflicts_with_all = ["input", "output"])]
        jsonl: bool,
        /// Records from Parquet (a file ending in .parquet: columns text, id?, published?,
        /// outlet?, url?) or JSONL (else; `-` is stdin), read as --jsonl reads them, to
        /// --output.
        #[arg(long, conflicts_with = "files")]
        input: Option<PathBuf>,
        /// Where --input goes: the `parse_arrow` table in Parquet (a file ending in .parquet;
        /// a record that gives no document is a row with its `error`), else `berita/1` JSONL
        /// as --jsonl writes it (none or `-` is stdout).
        #[arg(long, requires = "input")]
        output: Option<PathBuf>,
        /// With --output FILE.parquet: write the quotes table (`quotes_arrow`), a row per
        /// quote.
        #[arg(long, requires = "input")]
        quotes_only: bool,
        /// Publication date (ISO or an Indonesian date string); with --jsonl, for the records
        /// without "published" (or with null).
        #[arg(long)]
        published: Option<String>,
        /// Outlet name; with --jsonl, for the records without a string "outlet".
        #[arg(long)]
        outlet: Option<String>,
        /// URL; with --jsonl, for the records without a string "url".
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

/// How a run went, the worst last: its exit status is [`Status::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Every input read, every record parsed.
    Success,
    /// Some records (JSONL lines or Parquet rows) gave an error line or row.
    RecordsFailed,
    /// An input could not be read (said on stderr).
    InputUnreadable,
}

impl Status {
    /// The exit status: 0, 2 when records failed, 1 when an input could not be read.
    fn code(self) -> i32 {
        match self {
            Status::Success => 0,
            Status::RecordsFailed => 2,
            Status::InputUnreadable => 1,
        }
    }
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse {
            files,
            jsonl,
            input,
            output,
            quotes_only,
            published,
            outlet,
            url,
            no_quotes,
            no_dates,
        } => {
            let parser = stages(no_quotes, no_dates);
            let meta = berita::Meta {
                published,
                outlet,
                url,
            };
            if let Some(input) = input {
                let run = tables::Run {
                    parser: &parser,
                    defaults: &meta,
                    quotes_only,
                };
                run.convert(&input, output.as_deref())
            } else if jsonl {
                jsonl::parse_jsonl(&parser, &files, &meta)
            } else {
                plain::parse_plain(&parser, &files, &meta)
            }
        }
        Command::Demo => demo::demo().map(|()| Status::Success),
    };
    let code = match result {
        Ok(status) => status.code(),
        // The reader of the output went away (`berita ... | head`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("berita: {e}");
            1
        }
    };
    std::process::exit(code);
}

/// The parser with the finders the flags leave on.
fn stages(no_quotes: bool, no_dates: bool) -> berita::Parser {
    let config = berita::ParserConfig::default()
        .with_quotes(!no_quotes)
        .with_dates(!no_dates);
    berita::Parser::new(config)
        .unwrap_or_else(|_| unreachable!("no patterns or outlets: the configuration is valid"))
}

/// How a path is named in messages and error records: as given, `-` for stdin.
fn label(path: &std::path::Path) -> String {
    path.display().to_string()
}
