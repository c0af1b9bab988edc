//! Double quotation marks and the direction each glyph points.
//!
//! Single marks (`‘ ’ '`) are not listed: they nest inside double ones (`"Simak 'Anwar'"`)
//! or sit inside words (`Jum'at`, `Qur'an`, `'90-an`), so they never open or close a quote
//! span. HTML entities (`&quot;`, `&ldquo;`, `&#8220;`) reach this table decoded by
//! `text::entity_at`.

/// Which way a double quotation mark points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkRole {
    /// The glyph opens a quote (`“`, `„`, `«`). Sloppy writers close with it too (`“...“`,
    /// and German-style `„...“`), so context may still turn it into a closer.
    Opening,
    /// The glyph closes a quote (`”`, `»`).
    Closing,
    /// The straight `"` (and `&quot;`): context decides.
    Either,
}

/// Double quotation marks and their role.
pub(crate) const DOUBLE_MARKS: &[(char, MarkRole)] = &[
    // Straight double quote: most scrapers and CMSs (detik, CNN Indonesia, Liputan6).
    ('"', MarkRole::Either),
    // Curly pairs: Kompas, Liputan6, Okezone, Bisnis.com, Posmetro, Tempo (as `&ldquo;`).
    ('\u{201C}', MarkRole::Opening),
    ('\u{201D}', MarkRole::Closing),
    // Low-9 opening mark (`„Kami siap“`), German style, in translated copy.
    ('\u{201E}', MarkRole::Opening),
    // Guillemets: detik foreign-desk pieces (51 `«`, 40 `»` in the corpus).
    ('\u{00AB}', MarkRole::Opening),
    ('\u{00BB}', MarkRole::Closing),
    // Double prime, typed for `"` by some CMS keyboards.
    ('\u{2033}', MarkRole::Either),
];

/// The role of `c` when it is a double quotation mark.
pub(crate) fn mark_role(c: char) -> Option<MarkRole> {
    DOUBLE_MARKS
        .iter()
        .find(|(m, _)| *m == c)
        .map(|(_, role)| *role)
}

/// Chars that, right before `«` or `»`, show mojibake rather than a mark: UTF-8 read as
/// Latin-1 turns `ë` into `Ã«` and `»` into `Â»` (a detik piece writes `GaÃ«tan`).
pub(crate) const MOJIBAKE_LEADS: &[char] = &['\u{C3}', '\u{C2}'];

/// Cue words that end a quote whose closing mark the scraper lost: `"Kami siap, kata dia.`
/// ends before `kata`. A deliberately small list (the most frequent post-quote cues of
/// FIELD-NOTES C1); the full speech lexicon lives with attribution.
pub(crate) const LOST_CLOSE_CUES: &[&str] = &[
    // kata 4,946 / katanya 1,038
    "kata",
    "katanya",
    // ujar 2,722 / ujarnya 1,402
    "ujar",
    "ujarnya",
    // jelas 604 / jelasnya 599
    "jelas",
    "jelasnya",
    // ungkap 599 / ungkapnya 340
    "ungkap",
    "ungkapnya",
    // ucap 536 / ucapnya 376
    "ucap",
    "ucapnya",
    // tutur 319 / tuturnya 393
    "tutur",
    "tuturnya",
    // tambah 246 / tambahnya 441
    "tambah",
    "tambahnya",
    // tegas 234 / tegasnya 255
    "tegas",
    "tegasnya",
    // imbuh 177 / imbuhnya 298
    "imbuh",
    "imbuhnya",
    // sambung 116 / sambungnya 326, pungkas 114 / pungkasnya 370
    "sambungnya",
    "pungkasnya",
    // lanjut 136 / lanjutnya 209
    "lanjutnya",
    // terang 230 / terangnya 131
    "terangnya",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        assert_eq!(mark_role('"'), Some(MarkRole::Either));
        assert_eq!(mark_role('\u{201D}'), Some(MarkRole::Closing));
        assert_eq!(mark_role('\''), None);
    }
}
