//! `berita demo`: parses a sample article embedded in the binary and shows what berita finds.

use std::io;

use anstream::println;
use owo_colors::OwoColorize;

use crate::pretty::pretty;

/// The sample article shown by `berita demo` (written for berita, in Kompas' house style).
const DEMO: &str = berita::DEMO_TEXT;
/// The publication date given with [`DEMO`].
const DEMO_PUBLISHED: &str = berita::DEMO_PUBLISHED;

/// Prints the sample article, a summary of what berita finds in it, and its JSON.
pub fn demo() -> io::Result<()> {
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
