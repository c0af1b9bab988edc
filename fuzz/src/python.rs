//! What the Python entry adds to a parse, checked on the very conversion the extension runs
//! (`berita::python_convert`, the pyo3-free half of `src/python.rs`): a call's keyword
//! arguments read from a header line, and the invariants of the result classes' values —
//! every code point offset in bounds and exactly the count of code points before the byte
//! offset it was made from (so that each code point span slices the same text as its byte
//! span, and order is kept), the text each finding carries equal to its span, paragraphs in
//! order, the warnings of an unreadable `published`, and a pickled article (its `berita/1`
//! document) reading back to the same values.

use berita::python_convert::{Cp, Findings};
use berita::{Article, Meta, Span};

/// A Python call read from the first line of a fuzz input: `published`, `outlet`, `url` and
/// the stage switches, separated by tabs. A field that is not there is the keyword argument
/// left out (None); an empty one is the empty string. The switches field turns quotes off
/// when it holds a `q`, dates off when it holds a `d` (`Parser(quotes=False, dates=False)`).
pub struct Call {
    /// The metadata, as `berita.parse(text, published=..., outlet=..., url=...)` builds it.
    pub meta: Meta,
    /// Whether the parser finds quotes.
    pub quotes: bool,
    /// Whether the parser finds dates.
    pub dates: bool,
}

impl Call {
    /// The call a header line describes.
    pub fn read(header: &str) -> Self {
        let mut fields = header.split('\t');
        let mut next = || fields.next().map(str::to_owned);
        let meta = Meta {
            published: next(),
            outlet: next(),
            url: next(),
        };
        let switches = next().unwrap_or_default();
        Call {
            meta,
            quotes: !switches.contains('q'),
            dates: !switches.contains('d'),
        }
    }
}

/// Byte offsets of a text's code points, found the plain way (not with berita's own map,
/// whose results are what is checked).
struct Chars {
    /// The byte offset where each code point starts, then the text's length.
    starts: Vec<usize>,
}

impl Chars {
    /// The code points of `text`.
    fn new(text: &str) -> Self {
        let starts = text.char_indices().map(|(i, _)| i);
        Chars {
            starts: starts.chain(std::iter::once(text.len())).collect(),
        }
    }

    /// How many code points the text has.
    fn count(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The code point offset of byte offset `byte`, or None when it is not a char boundary.
    fn at(&self, byte: usize) -> Option<usize> {
        self.starts.binary_search(&byte).ok()
    }

    /// The text from code point `start` to code point `end`, or None out of bounds.
    fn slice<'t>(&self, text: &'t str, span: Cp) -> Option<&'t str> {
        let (start, end) = (self.starts.get(span.0)?, self.starts.get(span.1)?);
        text.get(*start..*end)
    }
}

/// Every invariant of the Python result values `findings` made from `article`, the parse of
/// `text` with `meta`.
pub fn check_findings(
    text: &str,
    meta: &Meta,
    article: &Article,
    findings: &Findings,
) -> Result<(), String> {
    let chars = Chars::new(text);
    let pairs = span_pairs(article, findings)?;
    for &(label, cp, span) in &pairs {
        check_span(text, &chars, label, cp, span)?;
    }
    check_order(&pairs)?;
    check_body_order(findings)?;
    check_texts(text, &chars, findings)?;
    check_warnings(meta, article, findings)?;
    check_pickle(text, article, findings)
}

/// One span of a finding: what it is, its code point span (the Python value) and the byte
/// span of the parser's finding it was made from.
type Pair = (&'static str, Cp, Span);

/// Each code point span of `findings` with the byte span it was made from, in the order of
/// [`Findings`]; an error when the two do not hold the same findings.
fn span_pairs(a: &Article, f: &Findings) -> Result<Vec<Pair>, String> {
    let mut pairs = Vec::new();
    same_count(
        "dateline",
        a.dateline.iter().count(),
        f.dateline.iter().count(),
    )?;
    if let (Some(d), Some(pd)) = (&a.dateline, &f.dateline) {
        pairs.push(("dateline", pd.span, d.span));
    }
    same_count("byline", a.byline.len(), f.byline.len())?;
    pairs.extend(zip(&a.byline, &f.byline, "byline", |c, p| (p.span, c.span)));
    same_count("codes", a.codes.len(), f.codes.len())?;
    pairs.extend(zip(&a.codes, &f.codes, "code", |c, p| (p.span, c.span)));
    same_count("read_also", a.read_also.len(), f.read_also.len())?;
    for (r, pr) in a.read_also.iter().zip(&f.read_also) {
        pairs.push(("read_also", pr.span, r.span));
        match (r.title_span, pr.title_span) {
            (Some(span), Some((start, end))) => {
                pairs.push(("read_also.title", Cp(start, end), span))
            }
            (None, None) => {}
            _ => {
                return Err(format!(
                    "read_also {:?}: title span lost or made up",
                    r.span
                ));
            }
        }
    }
    same_count("boilerplate", a.boilerplate.len(), f.boilerplate.len())?;
    pairs.extend(zip(
        &a.boilerplate,
        &f.boilerplate,
        "boilerplate",
        |b, p| (p.span, b.span),
    ));
    same_count("body", a.body.len(), f.body.len())?;
    pairs.extend(zip(&a.body, &f.body, "body", |b, p| (p.span, b.span)));
    quote_pairs(a, f, &mut pairs)?;
    same_count("quoted_terms", a.quoted_terms.len(), f.quoted_terms.len())?;
    pairs.extend(zip(&a.quoted_terms, &f.quoted_terms, "term", |t, p| {
        (p.span, t.span)
    }));
    same_count("citations", a.citations.len(), f.citations.len())?;
    for (c, pc) in a.citations.iter().zip(&f.citations) {
        pairs.push(("citation", pc.span, c.span));
        let (start, end) = pc.source_span;
        pairs.push(("citation.source", Cp(start, end), c.source_span));
    }
    same_count("dates", a.dates.len(), f.dates.len())?;
    pairs.extend(zip(&a.dates, &f.dates, "date", |d, p| (p.span, d.span)));
    Ok(pairs)
}

/// The spans of the quotes, their cues and their speakers, added to `pairs`.
fn quote_pairs(a: &Article, f: &Findings, pairs: &mut Vec<Pair>) -> Result<(), String> {
    same_count("quotes", a.quotes.len(), f.quotes.len())?;
    for (q, pq) in a.quotes.iter().zip(&f.quotes) {
        pairs.push(("quote", pq.span, q.span));
        if q.text != pq.text {
            return Err(format!(
                "quote {:?}: text {:?} became {:?}",
                q.span, q.text, pq.text
            ));
        }
        match (&q.cue, &pq.cue) {
            (Some(c), Some(pc)) => pairs.push(("quote.cue", pc.span, c.span)),
            (None, None) => {}
            _ => return Err(format!("quote {:?}: cue lost or made up", q.span)),
        }
        match (&q.speaker, &pq.speaker) {
            (Some(s), Some(ps)) => pairs.push(("quote.speaker", ps.span, s.span)),
            (None, None) => {}
            _ => return Err(format!("quote {:?}: speaker lost or made up", q.span)),
        }
    }
    Ok(())
}

/// An error unless the parser and the Python values hold as many `what`.
fn same_count(what: &str, parsed: usize, converted: usize) -> Result<(), String> {
    if parsed == converted {
        return Ok(());
    }
    Err(format!("{parsed} {what} parsed, {converted} converted"))
}

/// The pairs of `parsed` and `converted`, item for item, labelled `label`: `spans` gives the
/// code point span and the byte span of one item.
fn zip<'a, T, U>(
    parsed: &'a [T],
    converted: &'a [U],
    label: &'static str,
    spans: impl Fn(&T, &U) -> (Cp, Span) + 'a,
) -> impl Iterator<Item = Pair> + 'a {
    parsed.iter().zip(converted).map(move |(t, u)| {
        let (cp, span) = spans(t, u);
        (label, cp, span)
    })
}

/// A code point span is in bounds, not reversed, and counts exactly the code points before
/// each end of its byte span; so it slices the same text.
fn check_span(text: &str, chars: &Chars, label: &str, cp: Cp, span: Span) -> Result<(), String> {
    if cp.0 > cp.1 || cp.1 > chars.count() {
        return Err(format!(
            "{label} {span:?}: code point span {cp:?} out of bounds (0..{})",
            chars.count()
        ));
    }
    if (chars.at(span.start), chars.at(span.end)) != (Some(cp.0), Some(cp.1)) {
        return Err(format!(
            "{label} {span:?}: code point span {cp:?}, but the code points before its ends are {:?} and {:?}",
            chars.at(span.start),
            chars.at(span.end)
        ));
    }
    let (by_cp, by_byte) = (chars.slice(text, cp), span.slice(text));
    if by_cp != by_byte {
        return Err(format!(
            "{label}: code point span {cp:?} slices {by_cp:?}, byte span {span:?} slices {by_byte:?}"
        ));
    }
    Ok(())
}

/// Monotone: any two spans of the same kind (all quotes, all dates, ...) are in the same
/// order in code points as in bytes (neither start nor end order ever flips).
fn check_order(pairs: &[Pair]) -> Result<(), String> {
    for (i, &(label, cp, span)) in pairs.iter().enumerate() {
        let next = pairs.get(i + 1).filter(|p| p.0 == label);
        if let Some(&(_, next_cp, next_span)) = next {
            let in_bytes = (
                span.start.cmp(&next_span.start),
                span.end.cmp(&next_span.end),
            );
            let in_cps = (cp.0.cmp(&next_cp.0), cp.1.cmp(&next_cp.1));
            if in_bytes != in_cps {
                return Err(format!(
                    "{label} {span:?} then {next_span:?} are ordered {in_bytes:?} in bytes, {cp:?} then {next_cp:?} {in_cps:?} in code points"
                ));
            }
        }
    }
    Ok(())
}

/// The story's paragraphs follow one another in code points without overlapping.
fn check_body_order(f: &Findings) -> Result<(), String> {
    for pair in f.body.windows(2) {
        if let [a, b] = pair {
            if a.span.1 > b.span.0 {
                return Err(format!(
                    "paragraph {:?} overlaps the next, {:?}",
                    a.span, b.span
                ));
            }
        }
    }
    Ok(())
}

/// The text each finding carries (dateline, read-also line, boilerplate, paragraph,
/// citation) is the article's text at its code point span.
fn check_texts(text: &str, chars: &Chars, f: &Findings) -> Result<(), String> {
    let mut texts: Vec<(&str, Cp, &str)> = Vec::new();
    texts.extend(
        f.dateline
            .iter()
            .map(|d| ("dateline", d.span, d.text.as_str())),
    );
    texts.extend(
        f.read_also
            .iter()
            .map(|r| ("read_also", r.span, r.text.as_str())),
    );
    texts.extend(
        f.boilerplate
            .iter()
            .map(|b| ("boilerplate", b.span, b.text.as_str())),
    );
    texts.extend(f.body.iter().map(|p| ("body", p.span, p.text.as_str())));
    texts.extend(
        f.citations
            .iter()
            .map(|c| ("citation", c.span, c.text.as_str())),
    );
    for (label, cp, carried) in texts {
        if chars.slice(text, cp) != Some(carried) {
            return Err(format!(
                "{label} {cp:?} carries {carried:?}, not its span's text"
            ));
        }
    }
    Ok(())
}

/// The warnings are the parser's, and say `published_unreadable` exactly when a non-blank
/// `published` holds no date berita reads; `published` is that date, ISO.
fn check_warnings(meta: &Meta, a: &Article, f: &Findings) -> Result<(), String> {
    let parsed: Vec<(&str, &str)> = a
        .warnings
        .iter()
        .map(|w| (w.kind.as_str(), w.message.as_str()))
        .collect();
    let converted: Vec<(&str, &str)> = f
        .warnings
        .iter()
        .map(|w| (w.kind.as_str(), w.message.as_str()))
        .collect();
    if parsed != converted {
        return Err(format!("warnings {parsed:?} became {converted:?}"));
    }
    let given = meta.published.as_deref().filter(|p| !p.trim().is_empty());
    let date = given.and_then(berita::parse_published);
    let warned = converted
        .iter()
        .any(|(kind, _)| *kind == "published_unreadable");
    if warned != (given.is_some() && date.is_none()) {
        return Err(format!(
            "published {given:?} read as {date:?}, but warnings {converted:?}"
        ));
    }
    let iso = date.map(|d| d.to_string());
    if f.published != iso {
        return Err(format!(
            "published {given:?} is {iso:?}, converted {:?}",
            f.published
        ));
    }
    Ok(())
}

/// A pickled article keeps its text and its `berita/1` document; read back, the document
/// gives the same values as the parse did.
fn check_pickle(text: &str, a: &Article, f: &Findings) -> Result<(), String> {
    let json = a.to_json();
    let back = Findings::from_document(&json, text)?;
    if back != *f {
        return Err(format!("the document reads back as {back:?}, not {f:?}"));
    }
    Ok(())
}
