//! Photo captions inside run-on text, and the photographers their credits name.
//!
//! Kompas pages put a photo's credit before its caption; scrapers that flatten an article
//! glue both into the story: `... Lautan Api (GBLA). KOMPAS.com/ADIL NURSALAMLatihan perdana
//! ... (GBLA). Adapun ...` (56 in the corpus's run-on Kompas text, and 3 more credits of
//! photo agencies). The credit is a source of [`PHOTO_CREDIT_SOURCES`], a slash and the
//! photographer's name, with the caption's first word glued to the name (a capital after a
//! letter, then lower case: `NURSALAMLatihan`, `MaulidaKiri`). The caption runs to the
//! first of:
//! - a sentence end (kept), or a closing bracket glued to a capital (`(25/6/2025)Dudy`);
//! - a word that opens story sentences (`Apalagi`, `Terlepas`; see
//!   [`crate::lexicon::read_also::STORY_OPENERS`]) or the next credit;
//! - what another finder claimed (`Baca juga: ...`), or the end of the block;
//!
//! within [`MAX_CAPTION_BYTES`]; a caption with no end that near is left alone.

use crate::Rule;
use crate::article::{Boilerplate, BoilerplateKind, Credit, Role, Span};
use crate::frame::layout::Layout;
use crate::lexicon::credits::PHOTO_CREDIT_SOURCES;
use crate::lexicon::in_list;
use crate::lexicon::read_also::STORY_OPENERS;

/// A caption, from its credit, is at most this many bytes long (the corpus's longest: 290).
const MAX_CAPTION_BYTES: usize = 420;
/// A photo credit's source is at most this many characters long (`shutterstock`).
const MAX_SOURCE_CHARS: usize = 12;
/// A photographer's name is at most this many bytes long.
const MAX_NAME_BYTES: usize = 40;
/// A photographer's name has at most this many words.
const MAX_NAME_WORDS: usize = 5;

/// A photo credit: where it starts (its source), and the photographer's name.
struct PhotoCredit {
    start: usize,
    name: Span,
}

/// Finds the captions that open with a credit glued to them inside a block, skipping any
/// that overlaps a span of `taken` (sorted by start, pairwise disjoint).
pub(crate) fn find(text: &str, layout: &Layout, taken: &[Span]) -> Vec<Boilerplate> {
    let mut found = Vec::new();
    let mut after = 0;
    for slash in memchr::memchr_iter(b'/', text.as_bytes()) {
        if slash < after {
            continue;
        }
        let Some(credit) = credit_at(text, slash) else {
            continue;
        };
        let Some(block) = layout
            .block_at(credit.start)
            .and_then(|i| layout.blocks.get(i))
        else {
            continue;
        };
        let first = taken.partition_point(|t| t.end <= credit.start);
        let next_taken = taken.get(first).map_or(block.end, |t| t.start);
        if next_taken <= credit.name.end {
            continue;
        }
        let limit = block.end.min(next_taken);
        let Some(end) = caption_end(text, Span::new(credit.name.end, limit)) else {
            continue;
        };
        after = end;
        found.push(Boilerplate {
            kind: BoilerplateKind::Caption,
            span: Span::new(credit.start, end),
            source: None,
            rule: Rule::BoilerplateCaptionRunOn,
        });
    }
    found
}

/// The photographers named by the credits of `captions`: the captions opening with an
/// outlet's or agency's credit (`KOMPAS.com/Name`, `© KapanLagi.com/Name`), not a
/// document's (`DOK/...`) or an account's (`instagram/...`).
pub(crate) fn photographers(text: &str, captions: &[Boilerplate]) -> Vec<Credit> {
    captions
        .iter()
        .filter(|b| {
            matches!(
                b.rule,
                Rule::BoilerplateCaptionRunOn
                    | Rule::BoilerplateCaptionPhotographer
                    | Rule::BoilerplateCaptionHandle
            )
        })
        .filter_map(|b| {
            let caption = b.span.slice(text)?;
            // Of the credits alone on their line, only an outlet's own (`© KapanLagi.com/
            // Name`) names a photographer; the others are accounts (`instagram/x`).
            if b.rule == Rule::BoilerplateCaptionHandle && !caption.starts_with('©') {
                return None;
            }
            let slash = b.span.start + caption.find('/')?;
            let name = credit_name(text, slash, b.span.end)?;
            let source = text
                .get(b.span.start..slash)?
                .trim_start_matches(['©', ' ']);
            let outlet = source.contains('.') && !source.contains(' ');
            let written = name.slice(text)?;
            (outlet || is_credit_source(source.trim_end())).then(|| Credit {
                name: crate::text::clean(written),
                role: Role::Photographer,
                span: name,
                rule: Rule::CreditsPhotoCredit,
            })
        })
        .collect()
}

/// The credit whose slash is at `slash`: a source of [`PHOTO_CREDIT_SOURCES`] before it,
/// opening a word after a blank or at the start of the text, and a name after it glued to
/// the caption's first word.
fn credit_at(text: &str, slash: usize) -> Option<PhotoCredit> {
    let before = text.get(..slash)?;
    let before = before.strip_suffix(' ').unwrap_or(before);
    let start = PHOTO_CREDIT_SOURCES.iter().find_map(|source| {
        let at = before.len().checked_sub(source.len())?;
        let written = before.get(at..)?;
        let opens_word = before
            .get(..at)
            .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace));
        (written.eq_ignore_ascii_case(source) && opens_word).then_some(at)
    })?;
    let name = credit_name(text, slash, text.len())?;
    let glued = text
        .get(name.end..)
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    glued.then_some(PhotoCredit { start, name })
}

/// Whether `source` is one of [`PHOTO_CREDIT_SOURCES`].
fn is_credit_source(source: &str) -> bool {
    in_list!(PHOTO_CREDIT_SOURCES, source.to_lowercase().as_str())
}

/// The name after the credit's slash at `slash`, before `limit`: up to the capital that
/// opens the caption glued to it (a capital after a letter, then lower case), or to
/// `limit`. Letters, blanks, `.`, `'` and `-` only, at most [`MAX_NAME_WORDS`] words.
fn credit_name(text: &str, slash: usize, limit: usize) -> Option<Span> {
    let from = slash + 1;
    let s = text.get(from..limit.min(from + MAX_NAME_BYTES + 8).max(from))?;
    let start = s.len() - s.trim_start_matches(' ').len();
    let mut end = s.len();
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().skip_while(|&(i, _)| i < start).peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let glue = c.is_uppercase()
            && prev.is_some_and(char::is_alphabetic)
            && next.is_some_and(char::is_lowercase);
        if glue {
            end = i;
            break;
        }
        if !(c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-')) {
            end = i;
            break;
        }
        prev = Some(c);
    }
    let name = s.get(start..end)?.trim_end();
    let words = name.split_whitespace().count();
    let fits = name.len() <= MAX_NAME_BYTES && (1..=MAX_NAME_WORDS).contains(&words);
    (fits && is_name_shaped(name)).then(|| Span::new(from + start, from + start + name.len()))
}

/// Whether `name` is written as a name: its words all capitalised (`ADIL NURSALAM`, `Lely
/// Maulida`) or all in lower case (`soffyaranti`), none with a capital after a lower-case
/// letter (`RarinMV3-EV`: the caption's model name glued to the photographer's).
fn is_name_shaped(name: &str) -> bool {
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let lower = |w: &str| w.starts_with(char::is_lowercase);
    let camel = |w: &str| {
        w.chars()
            .zip(w.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
    };
    let mut words = name.split_whitespace();
    let one_case = words.clone().all(capitalised) || words.clone().all(lower);
    one_case && !words.any(camel)
}

/// Where the caption that follows its credit's name ends in `span` (see the module doc):
/// `None` when no end comes within [`MAX_CAPTION_BYTES`].
fn caption_end(text: &str, span: Span) -> Option<usize> {
    let s = span.slice(text)?;
    let reach = s.len().min(MAX_CAPTION_BYTES);
    let mut prev = ' ';
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= reach {
            return None;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let sentence_end = matches!(c, '.' | '!' | '?')
            && (prev.is_alphanumeric() || prev == ')')
            && next.is_none_or(|n| n.is_whitespace() || n.is_uppercase());
        let glued_bracket = c == ')' && next.is_some_and(char::is_uppercase);
        if sentence_end || glued_bracket {
            return Some(span.start + i + c.len_utf8());
        }
        if c == ' ' && next.is_some_and(char::is_uppercase) {
            let rest = s.get(i + 1..).unwrap_or_default();
            if opens_story(rest) || opens_credit(rest) {
                return Some(span.start + i);
            }
        }
        prev = c;
    }
    (s.len() <= MAX_CAPTION_BYTES).then_some(span.end)
}

/// Whether `rest` opens with a word that opens story sentences (`Apalagi ...`).
fn opens_story(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    in_list!(STORY_OPENERS, word.as_str())
}

/// Whether `rest` opens with a photo's credit (`KOMPAS.com/...`): a caption, or in run-on
/// text a headline, ends before it.
pub(crate) fn opens_credit(rest: &str) -> bool {
    let slash = rest
        .char_indices()
        .take(MAX_SOURCE_CHARS + 2)
        .find(|&(_, c)| c == '/');
    slash
        .and_then(|(at, _)| rest.get(..at))
        .is_some_and(|source| is_credit_source(source.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captions(text: &str) -> Vec<&str> {
        let layout = Layout::new(text);
        find(text, &layout, &[])
            .iter()
            .map(|b| b.span.slice(text).unwrap_or(""))
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        let layout = Layout::new(text);
        photographers(text, &find(text, &layout, &[]))
            .into_iter()
            .map(|c| c.name)
            .collect()
    }

    #[test]
    fn a_caption_ending_in_a_full_stop() {
        let text = "Tim berlatih pagi. KOMPAS.com/RINA SARIPelatih memimpin latihan di Stadion Si Jalak Harupat, Senin (30/6/2025). Adapun pemain baru belum datang.";
        assert_eq!(
            captions(text),
            [
                "KOMPAS.com/RINA SARIPelatih memimpin latihan di Stadion Si Jalak Harupat, Senin (30/6/2025)."
            ]
        );
        assert_eq!(names(text), ["RINA SARI"]);
    }

    #[test]
    fn a_caption_ending_where_the_story_resumes() {
        let text = "Layarnya lebar. Kompas.com/Dewi AyuKiri ke kanan: Ponsel A dan Ponsel B Plus Apalagi bobotnya ringan. Kompas.com/Dewi AyuPonsel A dengan casing bawaan";
        assert_eq!(
            captions(text),
            [
                "Kompas.com/Dewi AyuKiri ke kanan: Ponsel A dan Ponsel B Plus",
                "Kompas.com/Dewi AyuPonsel A dengan casing bawaan",
            ]
        );
        assert_eq!(names(text), ["Dewi Ayu", "Dewi Ayu"]);
    }

    #[test]
    fn a_caption_glued_to_the_story_by_its_bracket() {
        let text = "Demo berlangsung damai. AFP/JOHN DOEPara sopir truk berunjuk rasa, Rabu (25/6/2025)Menteri mengatakan aturan tetap berlaku.";
        assert_eq!(
            captions(text),
            ["AFP/JOHN DOEPara sopir truk berunjuk rasa, Rabu (25/6/2025)"]
        );
    }

    #[test]
    fn slashes_that_are_no_credit() {
        for text in [
            "Skor akhir 2/1 untuk tuan rumah.",
            "Harga naik (Kompas.com/Budi).",
            "Lihat situs KompasKompas.com/Budi Ayu Datang lagi.",
            "KOMPAS.com/budi santoso mengirim foto.",
            "KOMPAS.com/",
            "Kata AFP/Reuters hari ini.",
            "Mobil itu. KOMPAS.com/RarinMV3-EV Pandu di jalan.",
        ] {
            assert!(captions(text).is_empty(), "{text}: {:?}", captions(text));
        }
    }
}
