//! "Baca juga" lines: links to other stories, with their headlines.
//!
//! A marker (`Baca juga:`, `BACA JUGA`, `Pilihan Editor:`, ... see
//! [`crate::lexicon::read_also::MARKERS`]) opens a block, follows a sentence, or is glued to
//! the text before it (`DiriBaca Juga:Bos`, `kepolisian.Baca JugaTertimbun`). Its headline is:
//! - the rest of the block, when the block is a line of its own;
//! - in run-on text, the Title Case words after the marker, up to where the story resumes
//!   (a lower-case word that is not a headline function word; the story starts at the
//!   capitalised word before it, or at an earlier sentence opener such as `Sementara`);
//! - the next block, when the marker ends its block (`Baca juga:` ⏎ headline); after
//!   Liputan6's bare `Baca Juga` label only a line that looks like a headline (eight words or
//!   more, Title Case, no full stop, no list number) counts: in the corpus the links were
//!   stripped and the next line is usually story.

use crate::Rule;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use crate::article::{ReadAlso, Span};
use crate::document::Document;
use crate::frame::layout::{Layout, trim};
use crate::lexicon::in_list;
use crate::lexicon::read_also::{HEADLINE_LOWER, LIST_MARKERS, MARKERS, STORY_OPENERS};
use crate::text::clean;

/// Any marker, with its optional colon.
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:{})(?:[ \t\u{{a0}}]*:)?",
        MARKERS.join("|")
    ))
    .unwrap_or_else(|_| unreachable!("the marker lexicon is a valid regex"))
});

/// A label of glued related headlines at the start of a block, with its optional colon.
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?i:{})(?:[ \t\u{{a0}}]*:)?",
        LIST_MARKERS.join("|")
    ))
    .unwrap_or_else(|_| unreachable!("the list marker lexicon is a valid regex"))
});

/// What a marker may start with: the first word of every marker and list label, searched
/// for one at a time (a substring search is far cheaper than an automaton over them all) in
/// the lower-case copy of the text. The marker regexes ignore case the Unicode way, which
/// also reads the long s `ſ` as `s` and the Kelvin sign `K` as `k`: those two are searched
/// too, so that a block without any of these holds no marker.
static MARKER_STARTS: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = MARKERS
        .iter()
        .chain(LIST_MARKERS)
        .filter_map(|m| m.split('\\').next())
        .chain(["\u{17F}", "\u{212A}"])
        .collect();
    words.sort_unstable();
    words.dedup();
    words.into_iter().map(Finder::new).collect()
});

/// A headline on a line of its own is at most this long (bytes); longer text is story.
const MAX_HEADLINE_LEN: usize = 220;
/// Liputan6 headlines after a bare label have at least this many words (subheadings fewer).
const MIN_BARE_HEADLINE_WORDS: usize = 8;
/// At most this many headline lines follow one bare label.
const MAX_BARE_HEADLINES: usize = 3;

/// Finds every read-also line.
pub(crate) fn find(doc: &Document<'_>) -> Vec<ReadAlso> {
    let (text, layout) = (doc.text, &doc.layout);
    let mut found = Vec::new();
    let mut skip_until = 0;
    let starts = marker_starts(doc.lowered());
    for (index, &block) in layout.blocks.iter().enumerate() {
        if block.end <= skip_until || !holds_start(&starts, block) {
            continue;
        }
        let Some(slice) = block.slice(text) else {
            continue;
        };
        if let Some(m) = LIST_MARKER.find(slice) {
            let marker = Span::new(block.start + m.start(), block.start + m.end());
            found.extend(headline_list(
                text,
                marker,
                Span::new(marker.end, block.end),
            ));
            continue;
        }
        let markers: Vec<Span> = MARKER
            .find_iter(slice)
            .map(|m| Span::new(block.start + m.start(), block.start + m.end()))
            .filter(|m| is_marker_here(text, block, *m))
            .collect();
        // A label doubled by the scraper (`Baca juga:Baca juga: ...`) is one label: its
        // first copy opens the read-also that the last one's headline closes.
        let mut doubled_from = None;
        for (k, &marker) in markers.iter().enumerate() {
            let next = markers.get(k + 1);
            let limit = next.map_or(block.end, |next| next.start);
            let rest = trim(text, Span::new(marker.end, limit));
            if rest.is_empty() && next.is_some() {
                doubled_from.get_or_insert(marker.start);
                continue;
            }
            let marker = Span::new(doubled_from.take().unwrap_or(marker.start), marker.end);
            if rest.is_empty() {
                let taken = next_block_headlines(text, layout, index, marker, &mut found);
                skip_until = skip_until.max(taken);
            } else {
                let title = headline_in(text, rest, layout.run_on || block_is_long(text, rest));
                found.push(read_also(text, marker, Some(title), Rule::ReadAlsoInline));
            }
        }
    }
    found
}

/// Where the words of [`MARKER_STARTS`] occur in `lowered`, sorted. An occurrence a word's
/// search steps over overlaps one it reports, in the same run of letters and so in the same
/// block: every block holding a word holds a position given.
fn marker_starts(lowered: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = MARKER_STARTS
        .iter()
        .flat_map(|word| word.find_iter(lowered.as_bytes()))
        .collect();
    starts.sort_unstable();
    starts
}

/// Whether one of `starts` (sorted) lies in `block`.
fn holds_start(starts: &[usize], block: Span) -> bool {
    let first_inside = starts.partition_point(|&s| s < block.start);
    starts.get(first_inside).is_some_and(|&s| s < block.end)
}

/// The glued headlines after a list label, split where a lower-case letter or digit runs
/// into a capital followed by lower case (`Denny CaknanRia Ricis`); the first item carries
/// the label. A list that reads like a sentence (a full stop and a space) is not one.
fn headline_list(text: &str, marker: Span, rest: Span) -> Vec<ReadAlso> {
    let rest = trim(text, rest);
    let Some(s) = rest
        .slice(text)
        .filter(|s| !s.is_empty() && !s.contains(". "))
    else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut cuts = vec![0];
    for w in chars.windows(3) {
        if let [(_, a), (i, b), (_, c)] = w {
            if (a.is_lowercase() || a.is_ascii_digit()) && b.is_uppercase() && c.is_lowercase() {
                cuts.push(*i);
            }
        }
    }
    cuts.push(s.len());
    cuts.windows(2)
        .enumerate()
        .filter_map(|(k, w)| {
            let title = trim(text, Span::new(rest.start + w[0], rest.start + w[1]));
            let from = if k == 0 { marker } else { title };
            let mut item = read_also(text, from, Some(title), Rule::ReadAlsoList);
            item.marker = marker.slice(text).map(clean).unwrap_or_default();
            (!title.is_empty()).then_some(item)
        })
        .collect()
}

/// Whether the marker match is a real marker: at a block start, after a sentence, or glued
/// to a word when written with a capital; and followed by a headline, not by lower case
/// (`Simak juga video`, `Baca selengkapnya di sini` are furniture, not links).
fn is_marker_here(text: &str, block: Span, marker: Span) -> bool {
    let written = marker.slice(text).unwrap_or_default();
    let capital = written.chars().next().is_some_and(char::is_uppercase);
    let before = text
        .get(block.start..marker.start)
        .and_then(|s| s.trim_end().chars().next_back());
    let place_ok = match before {
        None => true,
        Some('.' | '!' | '?' | '"' | '”' | '…' | ')' | ';') => true,
        Some(_) => capital,
    };
    let after = text
        .get(marker.end..block.end)
        .map(|s| trim(s, Span::new(0, s.len())).slice(s).unwrap_or_default())
        .unwrap_or_default();
    let first_word = after.split_whitespace().next().unwrap_or_default();
    let starts_lower = after.chars().next().is_some_and(char::is_lowercase);
    let is_promo = !written.to_lowercase().starts_with("baca")
        && matches!(first_word, "Video" | "Video:" | "VIDEO" | "Live");
    let selengkapnya = written.to_lowercase().contains("selengkapnya") && !written.ends_with(':');
    place_ok && !starts_lower && !is_promo && !selengkapnya
}

/// Whether a piece of text after a marker is more than a headline line would be.
fn block_is_long(text: &str, rest: Span) -> bool {
    rest.len() > MAX_HEADLINE_LEN
        || rest
            .slice(text)
            .is_some_and(|s| s.contains(". ") && !s.ends_with('?'))
}

/// The headline after a marker: all of `rest`, or in run-on text the part before the story
/// resumes.
fn headline_in(text: &str, rest: Span, run_on: bool) -> Span {
    let Some(s) = rest.slice(text) else {
        return rest;
    };
    let end = if run_on { headline_end(s) } else { s.len() };
    trim(text, Span::new(rest.start, rest.start + end))
}

/// Byte offset in `s` where a run-on headline ends (see the module doc).
fn headline_end(s: &str) -> usize {
    let tokens: Vec<(usize, &str)> = tokens(s).collect();
    let mut prev_lower = false;
    for (i, &(pos, tok)) in tokens.iter().enumerate() {
        // Two spaces join paragraphs in run-on text (svmihar): the headline ends there.
        let prev_end = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .map(|&(p, t)| p + t.len());
        if let Some(end) = prev_end.filter(|&e| s.get(e..pos).is_some_and(|gap| gap.contains("  ")))
        {
            return end;
        }
        let lower = !is_capitalised(tok);
        let bad = lower && (prev_lower || !in_list!(HEADLINE_LOWER, bare(tok).as_str()));
        prev_lower = lower;
        if bad && i >= 2 {
            return story_start(&tokens, i)
                .map_or(s.len(), |k| tokens.get(k).map_or(s.len(), |&(p, _)| p));
        }
        if i >= 1 && (tok.ends_with('…') || tok.ends_with("...")) {
            return pos + tok.len();
        }
    }
    s.len()
}

/// The token where the story resumes, given the first token that cannot be headline.
fn story_start(tokens: &[(usize, &str)], bad: usize) -> Option<usize> {
    let mut last_cap = bad.checked_sub(1)?;
    while last_cap > 0 && !tokens.get(last_cap).is_some_and(|t| is_capitalised(t.1)) {
        last_cap -= 1;
    }
    let mut best = last_cap;
    let mut opener = false;
    let floor = last_cap.saturating_sub(10).max(2);
    let mut k = last_cap;
    while k >= floor && tokens.get(k).is_some_and(|t| is_capitalised(t.1)) {
        let tok = tokens.get(k).map_or("", |t| t.1);
        if in_list!(STORY_OPENERS, bare(tok).as_str()) || opens_quote(tok) {
            best = k;
            opener = true;
        }
        let prev = tokens.get(k - 1).map_or("", |t| t.1);
        if !opener && prev.ends_with(['?', '!', ')']) {
            best = k;
            break;
        }
        k -= 1;
    }
    (best > 1).then_some(best)
}

/// A token that opens a quotation without closing it (`"Kehadiran`): the story resumes
/// with a quote.
fn opens_quote(tok: &str) -> bool {
    tok.starts_with(['"', '“']) && !tok.get(1..).is_some_and(|t| t.contains(['"', '”']))
}

/// Whitespace-separated tokens with their byte offsets (`&nbsp;` counts as a blank).
fn tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (i, c) in s.char_indices() {
        if i < skip_to {
            continue;
        }
        let nbsp = s
            .get(i..i + 6)
            .is_some_and(|e| e.eq_ignore_ascii_case("&nbsp;"));
        if c.is_whitespace() || nbsp {
            if let Some(st) = start.take() {
                out.push((st, s.get(st..i).unwrap_or_default()));
            }
            if nbsp {
                skip_to = i + 6;
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, s.get(st..).unwrap_or_default()));
    }
    out.into_iter()
}

/// A token as a lower-case word, stripped of quotes and punctuation.
fn bare(tok: &str) -> String {
    tok.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether a token reads as a headline word: capitalised, a number, a symbol, or a word
/// with a capital or digit inside (`iPhone`, `ke-4`).
fn is_capitalised(tok: &str) -> bool {
    let word = tok.trim_start_matches(|c: char| !c.is_alphanumeric());
    match word.chars().next() {
        None => true,
        Some(c) if !c.is_alphabetic() || c.is_uppercase() => true,
        Some(_) => word.chars().any(|c| c.is_uppercase() || c.is_numeric()),
    }
}

/// Headlines on the blocks after a marker that ends its block. Returns the end of the last
/// block taken (0 when none).
fn next_block_headlines(
    text: &str,
    layout: &Layout,
    index: usize,
    marker: Span,
    found: &mut Vec<ReadAlso>,
) -> usize {
    let written = marker.slice(text).unwrap_or_default();
    let bare_label = !written.ends_with(':');
    let prev_is_list_intro = index
        .checked_sub(1)
        .and_then(|i| layout.blocks.get(i))
        .and_then(|b| b.slice(text))
        .is_some_and(|s| s.trim_end().ends_with(':'));
    let mut taken = 0;
    let mut titles = Vec::new();
    for &next in layout.blocks.iter().skip(index + 1) {
        let s = next.slice(text).unwrap_or_default();
        if is_ad_line(s) {
            continue;
        }
        let ok = if bare_label {
            !prev_is_list_intro && is_bare_headline(s)
        } else {
            titles.is_empty() && is_headline_line(s)
        };
        if !ok || titles.len() >= MAX_BARE_HEADLINES {
            break;
        }
        titles.push(next);
        taken = next.end;
    }
    if titles.is_empty() {
        found.push(read_also(text, marker, None, Rule::ReadAlsoLabel));
    }
    for (i, title) in titles.into_iter().enumerate() {
        let rule = if bare_label {
            Rule::ReadAlsoBareLabelNextLine
        } else {
            Rule::ReadAlsoNextLine
        };
        let span_from = if i == 0 { marker } else { title };
        let mut r = read_also(text, span_from, Some(title), rule);
        r.marker = clean(written);
        found.push(r);
    }
    taken
}

/// An ad placeholder line between a label and its headline.
fn is_ad_line(s: &str) -> bool {
    s.eq_ignore_ascii_case("advertisement") || s.contains("SCROLL TO CONTINUE")
}

/// A line that can be a linked headline: short, no final full stop, mostly Title Case.
fn is_headline_line(s: &str) -> bool {
    let words: Vec<&str> = tokens(s).map(|t| t.1).collect();
    let headline_words = words
        .iter()
        .filter(|w| is_capitalised(w) || in_list!(HEADLINE_LOWER, bare(w).as_str()))
        .count();
    !words.is_empty()
        && s.len() <= MAX_HEADLINE_LEN
        && !s.ends_with('.')
        && !s.ends_with(':')
        && headline_words * 4 >= words.len() * 3
}

/// The stricter test after Liputan6's bare label: a real headline, not a subheading or a
/// numbered list item.
fn is_bare_headline(s: &str) -> bool {
    let words: Vec<&str> = tokens(s).map(|t| t.1).collect();
    let numbered = words.first().is_some_and(|w| {
        w.trim_end_matches(['.', ','])
            .chars()
            .all(|c| c.is_ascii_digit())
    });
    is_headline_line(s)
        && words.len() >= MIN_BARE_HEADLINE_WORDS
        && !s.contains(':')
        && !numbered
        && words
            .iter()
            .all(|w| is_capitalised(w) || in_list!(HEADLINE_LOWER, bare(w).as_str()))
}

/// Builds a finding from the marker (or first span) and the headline.
fn read_also(text: &str, from: Span, title: Option<Span>, rule: Rule) -> ReadAlso {
    let end = title.map_or(from.end, |t| t.end.max(from.end));
    ReadAlso {
        title: title
            .and_then(|t| t.slice(text))
            .map(clean)
            .unwrap_or_default(),
        marker: from.slice(text).map(clean).unwrap_or_default(),
        span: Span::new(from.start, end),
        title_span: title,
        rule,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        find(&Document::new(text))
            .into_iter()
            .map(|r| r.title)
            .collect()
    }

    #[test]
    fn a_doubled_label_is_one_label() {
        // Found by fuzzing: the first copy took the next line as its headline, the second
        // its own, and the two read-alsos overlapped.
        let text = "Baca juga:Baca juga: Harga Cabai Naik\nWarga resah.";
        let found = find(&Document::new(text));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].title, "Harga Cabai Naik");
        assert_eq!(found[0].span, Span::new(0, 37));
    }

    #[test]
    fn kompas_line_with_headline() {
        let text = "Warga mulai mengungsi.\nBaca juga: Banjir Rendam 12 RT di Jakarta Timur\nPetugas BPBD bersiaga.";
        let found = find(&Document::new(text));
        assert_eq!(found[0].title, "Banjir Rendam 12 RT di Jakarta Timur");
        assert_eq!(found[0].marker, "Baca juga:");
        assert_eq!(
            found[0].span.slice(text),
            Some("Baca juga: Banjir Rendam 12 RT di Jakarta Timur")
        );
    }

    #[test]
    fn kompas_glued_after_colon() {
        assert_eq!(
            titles(
                "Harga naik.\nBaca juga:Litbang Kompas: Publik Puas Kinerja Menteri\nIa menjelaskan."
            ),
            ["Litbang Kompas: Publik Puas Kinerja Menteri"]
        );
    }

    #[test]
    fn kompas_run_on_headline_ends_where_story_resumes() {
        let text = "Toko itu ramai sejak pagi di Jakarta. Baca juga: Rahasia Toko Buka Ratusan Gerai dalam Dua Tahun di Indonesia Dia menyebutkan, pihaknya masih mencari lokasi baru.";
        assert_eq!(
            titles(text),
            ["Rahasia Toko Buka Ratusan Gerai dalam Dua Tahun di Indonesia"]
        );
        let text = "Sidang belum selesai. Baca juga: KPK Dalami Pengadaan Mesin EDC di Bank BUMN Dari penggeledahan tersebut, penyidik menyita dokumen.";
        assert_eq!(
            titles(text),
            ["KPK Dalami Pengadaan Mesin EDC di Bank BUMN"]
        );
    }

    #[test]
    fn kapanlagi_glued_headline_list() {
        let text = "Ia menolak berkomentar.\nBerita LainnyaAyu Ting Ting Rilis Lagu BaruPotret Liburan Raffi di Bali, Mulai Pantai hingga Pura\nKonser digelar besok.";
        assert_eq!(
            titles(text),
            [
                "Ayu Ting Ting Rilis Lagu Baru",
                "Potret Liburan Raffi di Bali, Mulai Pantai hingga Pura"
            ]
        );
        let story = "Berita lainnya. Ia datang ke kantor.";
        assert!(titles(story).is_empty());
    }

    #[test]
    fn run_on_headline_ends_at_a_double_space() {
        let text = "Harga naik. Baca juga: Permintaan Meningkat, Pasar Komoditas RI Diprediksi Tumbuh  Selain itu, ekspor naik.";
        assert_eq!(
            titles(text),
            ["Permintaan Meningkat, Pasar Komoditas RI Diprediksi Tumbuh"]
        );
    }

    #[test]
    fn run_on_headline_with_question_and_opener() {
        let text = "Nama calon belum diumumkan. Baca juga: Siapa Calon Dubes di AS? Ketua DPR: Nama Terbaik Sementara itu, komisi menunggu surat presiden.";
        assert_eq!(
            titles(text),
            ["Siapa Calon Dubes di AS? Ketua DPR: Nama Terbaik"]
        );
        let text = "Ia hadir. Baca juga: Prabowo Batal ke KTT, Pilih Temui Putin di Rusia \"Kehadiran Presiden hanya sekadar mendengarkan,\" ujarnya.";
        assert_eq!(
            titles(text),
            ["Prabowo Batal ke KTT, Pilih Temui Putin di Rusia"]
        );
        let text = "Ia ditarik ke Jakarta. Baca juga:Dubes Kosong, Menlu: Ini Kesalahan Kami… Sejak 17 Juli 2023, posnya kosong.";
        assert_eq!(titles(text), ["Dubes Kosong, Menlu: Ini Kesalahan Kami…"]);
    }

    #[test]
    fn detik_label_then_headline_line() {
        let text = "Bandara itu sepi.\nSCROLL TO CONTINUE WITH CONTENT\nBaca juga:\n5 Bandara Paling Sepi di Indonesia\nDia mengatakan strategi disiapkan.";
        let found = find(&Document::new(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "5 Bandara Paling Sepi di Indonesia");
        assert_eq!(found[0].rule, Rule::ReadAlsoNextLine);
    }

    #[test]
    fn liputan6_bare_label_followed_by_story_has_no_title() {
        let text = "Warga panik.\nBaca Juga\nSebelum ditemukan, korban sempat dibawa ke pos jaga.";
        let found = find(&Document::new(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "");
        assert_eq!(found[0].span.slice(text), Some("Baca Juga"));
    }

    #[test]
    fn liputan6_bare_label_followed_by_headlines() {
        let text = "Tips memilih gamis.\nBaca Juga\nAdvertisement\nGunung Lewotobi Kembali Erupsi, Warga Panik Berlarian ke Posko Pengungsian\nBanjir dan Longsor Terjang Cilacap, 1 Orang Tewas Belasan Rumah Rusak\nBerikut enam pilihan yang bisa dicoba:";
        assert_eq!(
            titles(text),
            [
                "Gunung Lewotobi Kembali Erupsi, Warga Panik Berlarian ke Posko Pengungsian",
                "Banjir dan Longsor Terjang Cilacap, 1 Orang Tewas Belasan Rumah Rusak"
            ]
        );
    }

    #[test]
    fn liputan6_subheading_and_list_item_are_story() {
        let text =
            "Spesifikasinya lengkap.\nBaca Juga\nSpesifikasi Kamera Ponsel Baru\nKameranya empat.";
        assert_eq!(titles(text), [""]);
        let text = "Berikut beberapa di antaranya:\nBaca Juga\n1. Cek Fakta: Hoaks Tautan Pendaftaran Bantuan Tunai dari Bank Daerah\nBeredar pesan.";
        assert_eq!(titles(text), [""]);
    }

    #[test]
    fn okezone_and_republika_glued_markers() {
        assert_eq!(
            titles(
                "Rossi tak mau berpuas DiriBaca Juga:Bos Tim Valentino Rossi Puji Pembalap Muda"
            ),
            ["Bos Tim Valentino Rossi Puji Pembalap Muda"]
        );
        assert_eq!(
            titles(
                "Evakuasi dilakukan kepolisian.\nBaca JugaTertimbun Longsor, Tiga Warga Dievakuasi"
            ),
            ["Tertimbun Longsor, Tiga Warga Dievakuasi"]
        );
    }

    #[test]
    fn tempo_pilihan_editor_with_nbsp() {
        let text =
            "Presiden akan hadir. Pilihan Editor:&nbsp;Koperasi Desa Bisa Ajukan Pinjaman Bank";
        assert_eq!(titles(text), ["Koperasi Desa Bisa Ajukan Pinjaman Bank"]);
    }

    #[test]
    fn sindonews_variants() {
        let text = "Zakat ditunaikan.\nBACA JUGA: 8 Kesalahan Saat Berkurban\nLihat Juga: 10 Adab Buang Hajat sesuai Sunnah\n(poe)";
        assert_eq!(
            titles(text),
            [
                "8 Kesalahan Saat Berkurban",
                "10 Adab Buang Hajat sesuai Sunnah"
            ]
        );
    }

    #[test]
    fn tribun_simak_juga_headline_but_not_video_promos() {
        let text = "Polisi berjaga.\nSimak juga: Polisi Tangkap Dua Pencuri Motor di Klaten\nSimak juga Video: Pencurian Motor Terekam CCTV\nLihat juga video lainnya.";
        assert_eq!(titles(text), ["Polisi Tangkap Dua Pencuri Motor di Klaten"]);
    }

    #[test]
    fn not_markers_inside_sentences() {
        let text = "Anda bisa baca juga panduan lengkapnya.\nBaca selengkapnya di sini";
        assert!(titles(text).is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "Baca juga",
            "Baca juga:",
            "é Baca Juga é",
            "Baca juga:\n\n",
            "x Baca Juga&nbsp;",
        ] {
            let _ = titles(text);
        }
    }
}
