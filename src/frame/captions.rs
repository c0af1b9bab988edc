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
use crate::frame::read_also;
use crate::lexicon::credits::{CREDIT_LABELS, PHOTO_CREDIT_SOURCES};
use crate::lexicon::in_list;
use crate::lexicon::media::MEDIA;
use crate::lexicon::read_also::{STORY_FUNCTION_WORDS, STORY_OPENERS};

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
/// that overlaps a span of `taken` (sorted by start, pairwise disjoint): credits naming a
/// photographer (`KOMPAS.com/Name`), and in run-on text the credits without one (see
/// [`word_credit_at`]).
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
        let Some(caption) = caption_after(text, layout, taken, credit.start, credit.name.end)
        else {
            continue;
        };
        after = caption.end;
        found.push(run_on_caption(caption, Rule::BoilerplateCaptionRunOn));
    }
    if layout.run_on {
        let mut claimed: Vec<Span> = taken
            .iter()
            .chain(found.iter().map(|b| &b.span))
            .copied()
            .collect();
        claimed.sort();
        found.extend(word_credit_captions(text, layout, &claimed));
        found.sort_by_key(|b| b.span);
    }
    found
}

/// A caption found in run-on text, with its credit.
fn run_on_caption(span: Span, rule: Rule) -> Boilerplate {
    Boilerplate {
        kind: BoilerplateKind::Caption,
        span,
        source: None,
        rule,
    }
}

/// The caption whose credit runs from `credit_start` to `caption_start`, to its end (see
/// [`caption_end`]), in the credit's block and before the next span of `taken` (sorted,
/// pairwise disjoint): `None` when a claim or the block's end comes first, or no end comes
/// near.
fn caption_after(
    text: &str,
    layout: &Layout,
    taken: &[Span],
    credit_start: usize,
    caption_start: usize,
) -> Option<Span> {
    let block = layout
        .block_at(credit_start)
        .and_then(|i| layout.blocks.get(i))?;
    let first = taken.partition_point(|t| t.end <= credit_start);
    let next_taken = taken.get(first).map_or(block.end, |t| t.start);
    if next_taken <= caption_start {
        return None;
    }
    let limit = block.end.min(next_taken);
    let end = caption_end(text, Span::new(caption_start, limit))?;
    Some(Span::new(credit_start, end))
}

/// Finds the captions of run-on text that open at a sentence start with a credit naming no
/// photographer (see [`word_credit_at`]), skipping any that overlaps a span of `taken`.
fn word_credit_captions(text: &str, layout: &Layout, taken: &[Span]) -> Vec<Boilerplate> {
    let mut found = Vec::new();
    for &block in &layout.blocks {
        let Some(s) = block.slice(text) else {
            continue;
        };
        let mut after = 0;
        for blank in blanks_after_marks(s) {
            let start = blank + 1;
            if start < after || !follows_sentence_end(s, blank) {
                continue;
            }
            let Some(caption_start) = word_credit_at(s, start) else {
                continue;
            };
            let (credit, caption) = (block.start + start, block.start + caption_start);
            // A caption that opens as the story does (`Adapun`, or a function word: `Untuk
            // urusan ...,`, `Setelah lama ditunggu, ...`) is lost: only the credit is left.
            let story_glued = s
                .get(caption_start..)
                .is_some_and(|c| opens_story(c) || opens_function_word(c));
            let span = if story_glued {
                let free = taken
                    .iter()
                    .all(|t| !t.overlaps(Span::new(credit, caption)));
                free.then_some(Span::new(credit, caption))
            } else {
                caption_after(text, layout, taken, credit, caption)
            };
            if let Some(span) = span {
                after = span.end - block.start;
                found.push(run_on_caption(span, Rule::BoilerplateCaptionWordCredit));
            }
        }
    }
    found
}

/// The blanks of `s` that follow a mark that may end a sentence (`.`, `!`, `?`, `"`, `)`, or
/// `”`, whose last byte in UTF-8 is `9D`), in order: the marks are searched, not the far more
/// frequent blanks.
fn blanks_after_marks(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let marks = memchr::memchr3_iter(b'.', b'"', b')', bytes)
        .chain(memchr::memchr3_iter(b'!', b'?', 0x9D, bytes));
    let mut blanks: Vec<usize> = marks
        .map(|m| m + 1)
        .filter(|&b| bytes.get(b) == Some(&b' '))
        .collect();
    blanks.sort_unstable();
    blanks
}

/// Whether the blank at `blank` in `s` follows a sentence's end (`.`, `!`, `?`, a closing
/// quote or bracket after a word), not a list number (`1. IsraelIsrael ...` is a listicle's
/// item glued to its heading).
fn follows_sentence_end(s: &str, blank: usize) -> bool {
    let before = s.get(..blank).unwrap_or_default();
    let Some(word) = before.rsplit(' ').next() else {
        return false;
    };
    let ends = word.ends_with(['.', '!', '?', '"', '”', ')']);
    ends && word.chars().count() > 1 && !ends_in_list_number(word)
}

/// Whether `word` ends in a list item's number, alone or glued to the sentence before it
/// (`2.`, `ekonomi.2.`, `Terbesar1.`), not in a longer number (`2025.`).
fn ends_in_list_number(word: &str) -> bool {
    let Some(n) = word.strip_suffix('.') else {
        return false;
    };
    let head = n.trim_end_matches(|c: char| c.is_ascii_digit());
    (1..=2).contains(&(n.len() - head.len()))
}

/// Where the caption starts when a credit naming no photographer opens `s` at `start`, glued
/// to the caption's first word (a capital, then lower case): a label of [`CREDIT_LABELS`]
/// (`TANGKAPAN LAYARFoto dari ...`), or one word that is a medium (`ReutersWarga ...`), a
/// site name with a digit (`9to5googleFitur ...`) or the brand the caption names again
/// (`LenovoLenovo Yoga 7`, `AnkerDaftar power bank Anker ...`): Kompas's technology and
/// world pages credit their photos so (24 in the corpus's run-on Kompas text).
fn word_credit_at(s: &str, start: usize) -> Option<usize> {
    let rest = s.get(start..)?;
    let label = CREDIT_LABELS.iter().find_map(|label| {
        let written = rest.get(..label.len())?;
        written.eq_ignore_ascii_case(label).then_some(label.len())
    });
    let glue = match label {
        Some(len) => len,
        None => word_glue_point(rest)?,
    };
    let caption = rest.get(glue..)?;
    if !opens_capitalised_word(caption) {
        return None;
    }
    let head = rest.get(..glue)?;
    let credit = label.is_some() || is_credit_word(head, caption);
    credit.then_some(start + glue)
}

/// The last place in the word opening `s` where a lower-case letter or a digit runs into a
/// capital followed by lower case (`9to5GoogleSetelah` at `Setelah`: a site's name may hold
/// such a place itself), at least two characters in.
fn word_glue_point(s: &str) -> Option<usize> {
    let word = s.split(|c: char| !c.is_alphanumeric()).next()?;
    let mut last = None;
    // The previous two characters, with the offset of the last one.
    let (mut before, mut at_c): (Option<char>, Option<(usize, char)>) = (None, None);
    for (k, (i, after)) in word.char_indices().enumerate() {
        if let (Some(b), Some((at, c))) = (before, at_c) {
            let glued = (b.is_lowercase() || b.is_ascii_digit())
                && c.is_uppercase()
                && after.is_lowercase();
            // `c` is the word's character k - 1: at least two come before it.
            if glued && k >= 3 {
                last = Some(at);
            }
        }
        before = at_c.map(|(_, c)| c);
        at_c = Some((i, after));
    }
    last
}

/// Whether `s` opens with a capital followed by a lower-case letter.
fn opens_capitalised_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Whether `head`, glued before a caption, is a credit (see [`word_credit_at`]).
fn is_credit_word(head: &str, caption: &str) -> bool {
    let lower = head.to_lowercase();
    let site = head.chars().any(|c| c.is_ascii_digit()) && head.chars().any(char::is_alphabetic);
    let named_again = caption
        .split_whitespace()
        .take(CREDIT_REPEAT_WORDS)
        .any(|w| read_also::bare(w) == lower);
    in_list!(MEDIA, lower.as_str()) || is_credit_source(&lower) || site || named_again
}

/// A brand's credit is named again within this many words of its caption.
const CREDIT_REPEAT_WORDS: usize = 4;

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
    let mut word_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= reach {
            return None;
        }
        if prev.is_whitespace() {
            word_start = i;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let sentence_end = matches!(c, '.' | '!' | '?')
            && (prev.is_alphanumeric() || prev == ')')
            && next.is_none_or(|n| n.is_whitespace() || n.is_uppercase());
        let glued_bracket = c == ')' && next.is_some_and(char::is_uppercase);
        if sentence_end || glued_bracket {
            return Some(span.start + i + c.len_utf8());
        }
        let rest = s.get(i + c.len_utf8()..).unwrap_or_default();
        // A year or a word glued to the story's next sentence (`di MWC 2025Honor menyematkan
        // ...`, `di VenesiaSalah satu ...`), not a camel-case name (`MagicPad`, `iPhone`).
        let glued = || {
            c.is_ascii_digit()
                || (c.is_lowercase()
                    && !read_also::is_camel_case_name(s, word_start, i + c.len_utf8()))
        };
        if opens_capitalised_word(rest) && glued() {
            return Some(span.start + i + c.len_utf8());
        }
        if c == ' ' && next.is_some_and(char::is_uppercase) {
            // A capitalised function word opens a sentence whose full stop the scraper lost
            // (`... Selasa (1/7/2025) Pada aspek hardware, ...`).
            if opens_story(rest) || opens_function_word(rest) || opens_credit(rest) {
                return Some(span.start + i);
            }
        }
        prev = c;
    }
    (s.len() <= MAX_CAPTION_BYTES).then_some(span.end)
}

/// Whether `rest` opens with a word that opens story sentences (`Apalagi ...`).
fn opens_story(rest: &str) -> bool {
    in_list!(STORY_OPENERS, first_word(rest).as_str())
}

/// Whether `rest` opens with one of [`STORY_FUNCTION_WORDS`] (`Untuk`, `Setelah`), as story
/// sentences do and captions do not.
fn opens_function_word(rest: &str) -> bool {
    opens_capitalised_word(rest) && in_list!(STORY_FUNCTION_WORDS, first_word(rest).as_str())
}

/// The letters opening `rest`, in lower case.
fn first_word(rest: &str) -> String {
    rest.chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
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
    fn captions_after_a_credit_without_a_photographer() {
        // Kompas's technology pages: a site's or a brand's credit glued to the caption.
        let text = "Fitur itu kini tersedia. 9to5googleFitur baru di aplikasi Pesan (kiri: arsip, kanan: hapus). Selain itu, ada mode gelap.";
        assert_eq!(
            captions(text),
            ["9to5googleFitur baru di aplikasi Pesan (kiri: arsip, kanan: hapus)."]
        );
        let text = "Harganya Rp 9 juta. LenovoLenovo Yoga Slim 5. Laptop ini ringan.";
        assert_eq!(captions(text), ["LenovoLenovo Yoga Slim 5."]);
        // The caption's end lost: the story resumes at a capitalised function word, or
        // glued to a year.
        let text = "Kameranya 50 MP. VivoVivo Y20 rilis Selasa (1/7/2025) Pada aspek mesin, ponsel ini kencang.";
        assert_eq!(captions(text), ["VivoVivo Y20 rilis Selasa (1/7/2025)"]);
        let text = "Tahan air. HonorHonor Watch 5 debut di MWC 2025Honor menyematkan cip baru.";
        assert_eq!(captions(text), ["HonorHonor Watch 5 debut di MWC 2025"]);
        let text =
            "Acara ramai. GreenpeaceSpanduk Greenpeace di VenesiaSalah satu aktivis, Budi, datang.";
        assert_eq!(captions(text), ["GreenpeaceSpanduk Greenpeace di Venesia"]);
        // Camel-case names and `DI` (a special region) stay inside the caption.
        let text =
            "Harga turun. XiaomiTablet Xiaomi MagicPad dan iPhone di DI Yogyakarta. Stok terbatas.";
        assert_eq!(
            captions(text),
            ["XiaomiTablet Xiaomi MagicPad dan iPhone di DI Yogyakarta."]
        );
        let text = "Serangan berlanjut. ReutersWarga berkumpul di lokasi serangan, Senin (30/6/2025). Rumah sakit penuh.";
        assert_eq!(
            captions(text),
            ["ReutersWarga berkumpul di lokasi serangan, Senin (30/6/2025)."]
        );
        let text = "Ia berusia 26 tahun. TANGKAPAN LAYARFoto lokasi kecelakaan di jalan tol, Kamis (3/7/2025). Polisi masih menyelidiki.";
        assert_eq!(
            captions(text),
            ["TANGKAPAN LAYARFoto lokasi kecelakaan di jalan tol, Kamis (3/7/2025)."]
        );
        // The caption lost, the credit glued to the story: only the credit.
        let text =
            "Tulis manajer produk itu. 9to5GoogleSetelah lama ditunggu, fitur itu akhirnya hadir.";
        assert_eq!(captions(text), ["9to5Google"]);
    }

    #[test]
    fn glued_words_at_a_sentence_start_that_are_no_credit() {
        for text in [
            "Banjir surut. PantauanKompas.com di lokasi, warga mulai membersihkan rumah.",
            "Warga kembali. DilansirReuters, Senin (30/6), situasi mulai tenang.",
            "Ini daftarnya. 1. IsraelIsrael menerima bantuan terbesar.",
            "Negara dengan Bantuan Terbesar1. IsraelIsrael menerima bantuan.",
            "Itu sektor ekonomi.2. LatviaLatvia mencatat angka tinggi.",
            "Harga naik. KepalaDinas Pasar, Budi, mengatakan stok aman.",
        ] {
            assert!(Layout::new(text).run_on);
            assert!(captions(text).is_empty(), "{text}: {:?}", captions(text));
        }
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
