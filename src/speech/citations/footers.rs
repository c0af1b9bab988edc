//! Source footers: a line, or the end of a table glued to it, that names where the article
//! came from: `sumber : Antara` (Republika), `Sumber: Bloomberg` after Bisnis's market
//! tables, `sumber: diskominfo Tebing Tinggieditor: syaputra` (Posmetro, a credit glued on),
//! `SUMBER: Military Watch Magazine`. Not a source: Posmetro's empty `Sumber: Random`, a
//! photo credit (`sumber : Antara Foto`), `berbagai sumber:` or `Nara sumber :` inside a
//! sentence, a bracketed caption credit `(Sumber: ...)`, a bare link. The frame also keeps
//! the line as boilerplate (`boilerplate.source_line`): both readings hold. A syndication
//! credit (`Artikel ini telah tayang di Tribunnews.com dengan judul ...`), which the frame
//! finds as boilerplate, cites the outlet it names too ([`syndicated`]).

use crate::Rule;
use crate::article::{Boilerplate, BoilerplateKind, Citation, Span};
use crate::lexicon::media::{
    FOOTER_CREDIT_LABELS, FOOTER_LABEL, FOOTER_PLACEHOLDERS, PHOTO_CREDIT_WORDS, SYNDICATION_VERBS,
};
use crate::text::is_blank;
use memchr::memmem;

/// Most characters in a footer's source.
const SOURCE_CHARS: usize = 60;
/// Most words in one source of a footer.
const SOURCE_WORDS: usize = 6;

/// Finds the source footers anywhere in `text` (`lowered` is its lower-case copy, with the
/// same offsets), in text order.
pub(super) fn find(text: &str, lowered: &str, out: &mut Vec<Citation>) {
    for at in memmem::find_iter(lowered.as_bytes(), FOOTER_LABEL.as_bytes()) {
        if starts_footer(text, at) {
            read(text, lowered, at, out);
        }
    }
}

/// Whether the label at `at` opens a footer: it starts its line (blanks aside), or is glued
/// to the number or punctuation that ends a table or a sentence (`14.154Sumber:`,
/// `+0,48%Sumber:`, `catatan.Sumber :`); not after a word (`Nara sumber`), nor in brackets.
fn starts_footer(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    match before.chars().next_back() {
        None | Some('\n' | '\r') => true,
        Some(c) if is_blank(c) => before
            .trim_end_matches(|c: char| is_blank(c) && c != '\n' && c != '\r')
            .chars()
            .next_back()
            .is_none_or(|c| c == '\n' || c == '\r'),
        Some(c) => !c.is_alphabetic() && c != '(',
    }
}

/// Reads the footer whose label starts at `at`: the colon, then the sources up to the line
/// end or a glued credit label, parted by commas.
fn read(text: &str, lowered: &str, at: usize, out: &mut Vec<Citation>) {
    let label_end = at + FOOTER_LABEL.len();
    let Some(colon) = inline_blanks_end(text, label_end).filter(|&i| text.get(i..=i) == Some(":"))
    else {
        return;
    };
    let start = inline_blanks_end(text, colon + 1).unwrap_or(colon + 1);
    let line_end = text
        .get(start..)
        .and_then(|r| r.find(['\n', '\r']))
        .map_or(text.len(), |i| start + i);
    let end = credit_label_start(lowered, start, line_end).unwrap_or(line_end);
    let Some(sources) = text.get(start..end) else {
        return;
    };
    if sources.trim().chars().count() > SOURCE_CHARS {
        return;
    }
    let verb = text.get(at..label_end).unwrap_or_default();
    let mut from = start;
    for part in sources.split(',') {
        let trimmed = part.trim_start_matches(is_blank);
        let part_start = from + (part.len() - trimmed.len());
        let name = trimmed.trim_end_matches(|c: char| is_blank(c) || c == '.');
        from += part.len() + 1;
        if is_source(name) {
            let source_span = Span::new(part_start, part_start + name.len());
            out.push(Citation {
                source: name.to_owned(),
                verb: verb.to_owned(),
                kind: super::kind_of(name, false),
                span: Span::new(at, source_span.end),
                source_span,
                rule: Rule::CitationSourceFooter,
            });
        }
    }
}

/// The citations of the syndication credits among `boilerplate` (in `text`): the outlet a
/// credit names, with the credit's verb (`tayang`, `naik`). The story was taken from there,
/// as much as with `dikutip dari`: every syndication credit of the gold sets (6) is
/// annotated so. The article's own outlet is dropped later, as for every citation.
///
/// `lowered` is the text's ASCII lower-case copy (same offsets). Not in text order: the
/// caller sorts.
pub(super) fn syndicated(
    text: &str,
    lowered: &str,
    boilerplate: &[Boilerplate],
    out: &mut Vec<Citation>,
) {
    // Only the credits read as such: a `Sumber:` line is a syndication line too, read by
    // [`find`] (which knows its placeholders and photo credits).
    let credits = boilerplate.iter().filter(|b| {
        b.kind == BoilerplateKind::Syndication && b.rule == Rule::BoilerplateSyndication
    });
    for credit in credits {
        let Some(source) = &credit.source else {
            continue;
        };
        let Some(written) = credit.span.slice(text) else {
            continue;
        };
        let Some(at) = written.find(source.as_str()) else {
            continue;
        };
        let credit_lowered = credit.span.slice(lowered).unwrap_or_default();
        let verb = SYNDICATION_VERBS
            .iter()
            .find_map(|v| credit_lowered.find(v).map(|i| (i, v.len())))
            .and_then(|(i, n)| written.get(i..i + n))
            .unwrap_or_default();
        let start = credit.span.start + at;
        out.push(Citation {
            source: source.clone(),
            verb: verb.to_owned(),
            kind: super::kind_of(source, false),
            span: Span::new(credit.span.start, start + source.len()),
            source_span: Span::new(start, start + source.len()),
            rule: Rule::CitationSyndication,
        });
    }
}

/// Where the blanks (not line breaks) from `pos` end, if `pos` is on the text.
fn inline_blanks_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let skipped = rest.len()
        - rest
            .trim_start_matches(|c: char| is_blank(c) && c != '\n' && c != '\r')
            .len();
    Some(pos + skipped)
}

/// The start of the first credit label (`editor:`, glued or not) between `from` and `to`.
fn credit_label_start(lowered: &str, from: usize, to: usize) -> Option<usize> {
    let line = lowered.get(from..to)?;
    FOOTER_CREDIT_LABELS
        .iter()
        .filter_map(|label| {
            line.match_indices(label).find_map(|(i, _)| {
                let after = line.get(i + label.len()..)?;
                after
                    .trim_start_matches(is_blank)
                    .starts_with(':')
                    .then_some(from + i)
            })
        })
        .min()
}

/// Whether a footer's part names a source: letters first, a few words, not a link, a
/// placeholder or a photo credit.
fn is_source(name: &str) -> bool {
    let words: Vec<&str> = name.split(is_blank).filter(|w| !w.is_empty()).collect();
    let Some(last) = words.last() else {
        return false;
    };
    let lower = name.to_lowercase();
    name.chars().next().is_some_and(char::is_alphabetic)
        && words.len() <= SOURCE_WORDS
        && !lower.starts_with("http")
        && !FOOTER_PLACEHOLDERS.contains(&lower.as_str())
        && !PHOTO_CREDIT_WORDS.contains(&last.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find(text, &text.to_lowercase(), &mut out);
        for c in &out {
            assert_eq!(c.source_span.slice(text), Some(c.source.as_str()));
            assert!(c.span.contains(c.source_span));
        }
        out.into_iter().map(|c| c.source).collect()
    }

    #[test]
    fn a_syndication_credit_cites_its_outlet() {
        let text = "Warga panen raya. (Rina)\nArtikel ini telah tayang di TribunJateng.com dengan judul Warga Panen Raya";
        let a = crate::parse(text);
        let c = &a.citations[0];
        assert_eq!(
            (c.source.as_str(), c.verb.as_str()),
            ("TribunJateng.com", "tayang")
        );
        assert_eq!(c.source_span.slice(text), Some("TribunJateng.com"));
        assert_eq!(c.rule, Rule::CitationSyndication);
        // detik breaks the line before the desk's name.
        let text = "Hujan reda sore itu.\nArtikel ini telah naik di\ndetikJateng.";
        let a = crate::parse(text);
        assert_eq!(a.boilerplate[0].kind, BoilerplateKind::Syndication);
        assert_eq!(a.citations[0].source, "detikJateng");
        // The outlet's own credit cites nothing.
        let text = "TRIBUNNEWS.COM, JAKARTA - Hujan reda.\nArtikel ini telah tayang di Tribunnews.com dengan judul Hujan Reda";
        assert!(crate::parse(text).citations.is_empty());
    }
    #[test]
    fn a_footer_line() {
        assert_eq!(sources("Harga naik.\nsumber : Antara"), ["Antara"]);
        assert_eq!(
            sources("Harga naik.\n  SUMBER: Koran Harian Pagi\n"),
            ["Koran Harian Pagi"]
        );
    }

    #[test]
    fn glued_to_a_table_or_a_credit() {
        assert_eq!(
            sources("21 Mei14.212Sumber: Bank Indonesia"),
            ["Bank Indonesia"]
        );
        assert_eq!(sources("Konsumer+0,51%Sumber: Bloomberg"), ["Bloomberg"]);
        assert_eq!(
            sources("Acara ditutup.(rls)\nsumber: dinas kominfo Kota Xeditor: budi"),
            ["dinas kominfo Kota X"]
        );
    }

    #[test]
    fn several_sources() {
        assert_eq!(sources("Gol itu sah.\nSumber: Marca, AS"), ["Marca", "AS"]);
    }

    #[test]
    fn not_a_footer() {
        assert!(sources("Pelaku ditahan.\nSumber: RandomEditor: Oki Budiman").is_empty());
        assert!(sources("Foto bersama.\nsumber : Antara Foto").is_empty());
        assert!(sources("dirangkum dari berbagai sumber: Jahe dan kunyit.").is_empty());
        assert!(sources("Kata Nara sumber :Dr. Budi").is_empty());
        assert!(sources("Rumah itu. (Sumber: Dokumentasi Polsek)").is_empty());
        assert!(sources("Cek fakta.\nSumber:\nhttps://contoh.id/a").is_empty());
        assert!(sources("Cek fakta.\nSumber: https://contoh.id/a").is_empty());
        assert!(sources("Sumber daya air melimpah.").is_empty());
    }
}
