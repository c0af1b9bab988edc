//! Words and punctuation of a stretch of text, with byte spans, for the attribution rules.
//!
//! A word is a run of letters, digits and the joiners `-`, `'`, `’`, `@`, `_`, `#`; a dot
//! stays on a word when it is part of an abbreviation or initial (`Prof.`, `H.`, `S.H.`).
//! HTML entities (`&quot;`, `&nbsp;`) are single punctuation or blank tokens.

use crate::article::Span;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::borrow::Cow;

use crate::lexicon::classes::{self, Classes};
use crate::lexicon::in_list;
use crate::text::{entity_at, is_blank};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word.
    Word,
    /// A punctuation character (an entity counts as the character it stands for).
    Punct(char),
}

/// One token with its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    /// What it is.
    pub kind: Kind,
    /// The text as written.
    pub text: &'a str,
    /// Where it is.
    pub span: Span,
    /// The word in lower case, when the tokens were cut with an ASCII lower-case copy of the
    /// text ([`sentence_tokens`]): lets [`Token::lower`] borrow instead of allocating.
    ascii_lower: Option<&'a str>,
    /// The lexicon lists the word is in, and its shape ([`classes`]).
    classes: Classes,
}

/// A word in lower case, borrowed from the text when it already was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Lower<'a>(Cow<'a, str>);

impl Lower<'_> {
    /// The word.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Lower<'_>> for String {
    fn from(l: Lower<'_>) -> String {
        l.0.into_owned()
    }
}

impl<'a> From<Lower<'a>> for Cow<'a, str> {
    fn from(l: Lower<'a>) -> Cow<'a, str> {
        l.0
    }
}

impl<'a> Token<'a> {
    /// Whether it is a word.
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether it is the punctuation `c`.
    pub(crate) fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// The word in lower case (punctuation as written); borrowed when it already is, which
    /// is most words, so the per-token lexicon checks allocate nothing.
    pub(crate) fn lower(&self) -> Lower<'a> {
        if let Some(lower) = self.ascii_lower {
            Lower(Cow::Borrowed(lower))
        } else if self.is_in(classes::HAS_CAPITAL) {
            Lower(Cow::Owned(self.text.to_lowercase()))
        } else {
            Lower(Cow::Borrowed(self.text))
        }
    }

    /// Whether the word starts with a capital letter (digits do not count).
    pub(crate) fn is_capitalised(&self) -> bool {
        self.classes.any(classes::CAPITALISED)
    }

    /// Whether the word is an acronym: two or more letters, all capitals (`KPK`, `BPBD`,
    /// `PUPR`), possibly with digits (`DPR-RI`).
    pub(crate) fn is_acronym(&self) -> bool {
        self.classes.any(classes::ACRONYM)
    }

    /// Whether the token (in lower case) is in any of the lexicon lists of `mask`
    /// ([`classes`]): `t.is_in(classes::RANK | classes::HONORIFIC)`.
    pub(crate) fn is_in(&self, mask: Classes) -> bool {
        self.classes.any(mask)
    }

    /// The verb of saying this word is ([`crate::lexicon::speech::cue`]), if any.
    pub(crate) fn cue(&self) -> Option<&'static crate::lexicon::speech::CueForm> {
        if self.is_in(classes::CUE) {
            crate::lexicon::speech::cue(&self.lower())
        } else {
            None
        }
    }
}

/// The classes of the word `text` at `start..end`: the lists its lower case is in, and its
/// shape. `lowered` is the lower-case text when the word is ASCII, whose slice is asked of
/// the lexicon as it is; otherwise the word is lower-cased for the question. (Punctuation has
/// no classes: no list holds it, a test in `classes` checks it.)
fn word_classes(
    text: &str,
    lowered: Option<&str>,
    (start, end): (usize, usize),
    scanned: &Scanned,
) -> Classes {
    let listed = match lowered {
        Some(lowered) => classes::of_in(lowered, start, end),
        None => classes::of_written(text),
    };
    // An ASCII word without a capital has no shape to find.
    let shape = if !scanned.ascii {
        unicode_shape(text) | classes::INNER_GLUE
    } else if scanned.capital {
        ascii_shape(text.as_bytes())
    } else {
        Classes::default()
    };
    if scanned.dotted {
        listed | shape | classes::INNER_GLUE
    } else {
        listed | shape
    }
}

/// The shape of an ASCII word: capitalised, holding a capital, an acronym; and whether a
/// capital stands after its first letter ([`classes::INNER_GLUE`]).
fn ascii_shape(word: &[u8]) -> Classes {
    let (mut letters, mut capitals) = (0usize, 0usize);
    for b in word {
        letters += usize::from(b.is_ascii_alphabetic());
        capitals += usize::from(b.is_ascii_uppercase());
    }
    let capitalised = word.first().is_some_and(u8::is_ascii_uppercase);
    let inner_capital = capitals > usize::from(capitalised);
    let shape = shape(capitalised, letters, capitals);
    if inner_capital {
        shape | classes::INNER_GLUE
    } else {
        shape
    }
}

/// The shape of any word, letter by letter.
fn unicode_shape(word: &str) -> Classes {
    let (mut letters, mut capitals) = (0usize, 0usize);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        capitals += usize::from(c.is_uppercase());
    }
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    shape(capitalised, letters, capitals)
}

/// The shape classes from a word's first letter and its counts of letters and capitals.
fn shape(capitalised: bool, letters: usize, capitals: usize) -> Classes {
    let mut shape = Classes::default();
    if capitalised {
        shape = shape | classes::CAPITALISED;
    }
    if capitals > 0 {
        shape = shape | classes::HAS_CAPITAL;
    }
    if letters >= 2 && capitals == letters {
        shape = shape | classes::ACRONYM;
    }
    shape
}

/// Whether `c` may sit inside a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '@' | '_' | '#')
}

/// What an ASCII byte is, as bits of [`BYTE_FLAGS`]: one table look-up per byte of the text.
fn byte_flags(b: u8) -> u8 {
    // 256 entries: a `u8` index is always in bounds, so no check is compiled in.
    BYTE_FLAGS[usize::from(b)]
}

/// An ASCII byte that may sit inside a word (as [`is_word_char`]).
const WORD_BYTE: u8 = 1;
/// A byte that starts a word: a letter, a digit, `@`, `_`, `#` (not a joiner `-`, `'`).
const WORD_START: u8 = 2;
/// A capital letter.
const CAPITAL_BYTE: u8 = 4;

/// The flags of each byte (none at or above 128).
const BYTE_FLAGS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0u8;
    while b < 128 {
        let starts = b.is_ascii_alphanumeric() || matches!(b, b'@' | b'_' | b'#');
        let mut flags = 0;
        if starts || matches!(b, b'-' | b'\'') {
            flags |= WORD_BYTE;
        }
        if starts {
            flags |= WORD_START;
        }
        if b.is_ascii_uppercase() {
            flags |= CAPITAL_BYTE;
        }
        table[b as usize] = flags;
        b += 1;
    }
    table
};

/// The character at the start of `rest` and its length in bytes (ASCII without decoding).
fn char_at(rest: &str) -> Option<(char, usize)> {
    match rest.as_bytes().first() {
        Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
        Some(_) => rest.chars().next().map(|c| (c, c.len_utf8())),
        None => None,
    }
}

/// The tokens of `span` in `text`, blanks dropped.
#[cfg(test)]
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokens_in(text, None, span, &mut out);
    out
}

/// Appends the tokens of `span` in `text` to `out`, blanks dropped and scraper glue undone
/// ([`unglue`]), with `lowered` (the text lower-cased by `str::to_ascii_lowercase`, so with
/// the same byte offsets) attached to each ASCII token: the lexicon is asked with the
/// lower-case slice, not a lower-cased copy of each word. `scratch` is a buffer the caller
/// reuses for every sentence; it is only used when a word may hold glue.
pub(crate) fn sentence_tokens<'a>(
    text: &'a str,
    lowered: &'a str,
    span: Span,
    out: &mut Vec<Token<'a>>,
    scratch: &mut Vec<Token<'a>>,
) {
    let from = out.len();
    tokens_in(text, Some(lowered), span, out);
    // Most sentences hold no glue: their tokens stay where they were cut.
    let glued = out
        .get(from..)
        .is_some_and(|added| added.iter().any(may_hold_glue));
    if glued {
        scratch.clear();
        scratch.extend(out.drain(from..));
        unglue(text, Some(lowered), scratch, out);
    }
}

/// Finds listed words in a sentence's raw text, to tell whether its tokens may hold one
/// without cutting them: a finder says "maybe" whenever a token (glue undone) would be one of
/// the words, and "no" for most sentences that hold none.
pub(crate) struct WordFinder(Option<AhoCorasick>);

/// The Kelvin sign, the one character outside ASCII whose lower case is ASCII (`k`): a word
/// written with it may be a listed word once lower-cased.
const KELVIN: &str = "\u{212A}";

impl WordFinder {
    /// The finder of `words` (lower case).
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordFinder {
        let patterns: Vec<&str> = words.into_iter().chain([KELVIN]).collect();
        WordFinder(
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .match_kind(MatchKind::Standard)
                .build(patterns)
                .ok(),
        )
    }

    /// Whether a token of `span` in `text` may be one of the words, as [`Token::lower`] gives
    /// it (`lowered` is the text lower-cased as [`sentence_tokens`] takes it): never false
    /// when one is. A word token starts and ends where no ASCII letter or digit touches it,
    /// so a listed word found with one on either side is not a token, unless it was glued
    /// inside a word with a capital (or a wider character) that [`unglue`] may cut.
    pub(crate) fn may_hold(&self, text: &str, lowered: &str, span: Span) -> bool {
        let Some(finder) = &self.0 else {
            return true;
        };
        let (Some(sentence), Some(written)) = (span.slice(lowered), span.slice(text)) else {
            return false;
        };
        let bytes = sentence.as_bytes();
        let alnum_at = |i: Option<usize>| {
            i.and_then(|i| bytes.get(i))
                .is_some_and(u8::is_ascii_alphanumeric)
        };
        // Matches come in text order and each lies in one run: a run is read once, so a text
        // of one long word stays linear.
        let mut last_run: Option<WordRun> = None;
        finder.find_overlapping_iter(sentence).any(|m| {
            if !alnum_at(m.start().checked_sub(1)) && !alnum_at(Some(m.end())) {
                return true;
            }
            let run = last_run
                .filter(|r| r.start <= m.start() && m.end() <= r.end)
                .unwrap_or_else(|| word_run(written.as_bytes(), m.start(), m.end()));
            last_run = Some(run);
            run.glued
        })
    }
}

/// The run of word characters around a match inside a word, by byte offsets into the
/// sentence, and whether [`unglue`] may cut a word out of it.
#[derive(Clone, Copy)]
struct WordRun {
    start: usize,
    end: usize,
    /// Whether it has a capital or a character outside ASCII.
    glued: bool,
}

/// The [`WordRun`] around `from..to` in the sentence's `bytes`.
fn word_run(bytes: &[u8], from: usize, to: usize) -> WordRun {
    // A byte that may be part of a word: an ASCII word byte, a dot, or a wider character.
    let in_word = |b: &u8| !b.is_ascii() || *b == b'.' || byte_flags(*b) & WORD_BYTE != 0;
    let before = bytes.get(..from).unwrap_or_default();
    let after = bytes.get(to..).unwrap_or_default();
    let start = from - before.iter().rev().take_while(|b| in_word(b)).count();
    let end = to + after.iter().take_while(|b| in_word(b)).count();
    let glued = bytes
        .get(start..end)
        .is_none_or(|run| run.iter().any(|b| !b.is_ascii() || b.is_ascii_uppercase()));
    WordRun { start, end, glued }
}

/// [`tokens`] into `out`, with the lower-case text when there is one.
fn tokens_in<'a>(text: &'a str, lowered: Option<&'a str>, span: Span, out: &mut Vec<Token<'a>>) {
    let Some(slice) = span.slice(text) else {
        return;
    };
    let mut i = 0;
    while let Some(&b) = slice.as_bytes().get(i) {
        // Most blanks are one space: skipped without a look at the rest.
        if b == b' ' {
            i += 1;
            continue;
        }
        let Some(rest) = slice.get(i..) else {
            break;
        };
        let start = span.start + i;
        // Most tokens are words that start with an ASCII letter: read at once.
        i += if byte_flags(b) & WORD_START != 0 {
            let scanned = word_len(rest);
            out.push(word(text, lowered, start, start + scanned.len, &scanned));
            scanned.len
        } else {
            next_token(text, lowered, rest, start, out)
        }
        .max(1);
    }
}

/// Puts the token at the start of `rest` (byte `start` of `text`) in `out`, unless it is
/// blank, and returns its length in bytes.
fn next_token<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    rest: &str,
    start: usize,
    out: &mut Vec<Token<'a>>,
) -> usize {
    let Some((c, c_len)) = char_at(rest) else {
        return 0;
    };
    if c == '&' {
        if let Some((len, rep)) = entity_at(rest) {
            if let Some(ch) = rep.chars().next().filter(|ch| !is_blank(*ch)) {
                out.push(punct(text, lowered, ch, start, start + len));
            }
            return len;
        }
    }
    if is_blank(c) {
        return c_len;
    }
    if !is_word_char(c) || c == '-' || c == '\'' || c == '’' {
        out.push(punct(text, lowered, c, start, start + c_len));
        return c_len;
    }
    let scanned = word_len(rest);
    out.push(word(text, lowered, start, start + scanned.len, &scanned));
    scanned.len
}

/// The tokens with scraper glue undone: a word is split where a lower-case run of three
/// letters or more meets a capital (`MenteriIsraelBenjamin`, `dariAntara`) and before a
/// lower-case word glued onto a capitalised word (`Yusufbakal`, `Netanyahumemuji`). Spans stay
/// inside the word, so they still point into the original text; the pieces carry their slice
/// of `lowered` as [`sentence_tokens`] gives it. Appends to `out`, whose tokens before the call
/// are not looked at.
pub(crate) fn unglue<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    tokens: &[Token<'a>],
    out: &mut Vec<Token<'a>>,
) {
    let first = out.len();
    out.reserve(tokens.len());
    for (k, &t) in tokens.iter().enumerate() {
        if !t.is_word() {
            out.push(t);
            continue;
        }
        if !may_hold_glue(&t) {
            out.push(t);
            continue;
        }
        // `Fadli Zonyang menyebut`: a three-letter surname may carry glue too, but only
        // between a capitalised word and a lower-case one (not `mi Samyang Foods`).
        let next_lower = tokens
            .get(k + 1)
            .is_some_and(|n| n.is_word() && !n.is_capitalised());
        let after_capitalised = out.len() > first && out.last().is_some_and(Token::is_capitalised);
        let short_head = after_capitalised && next_lower;
        let glue = Glue {
            short_head,
            next_lower,
        };
        let mut from = t.span.start;
        for dot in glued_stops(t.text) {
            split_word(
                text,
                lowered,
                Span::new(from, t.span.start + dot),
                Glue::default(),
                t,
                out,
            );
            out.push(token(
                text,
                lowered,
                Kind::Punct('.'),
                t.span.start + dot,
                t.span.start + dot + 1,
            ));
            from = t.span.start + dot + 1;
        }
        split_word(text, lowered, Span::new(from, t.span.end), glue, t, out);
    }
}

/// Whether [`unglue`] may cut the word `t`: most words are plain lower case, and nothing can
/// be glued to them; a capitalised word may hold glue inside ([`classes::INNER_GLUE`]) or a
/// lower-case word glued on its end ([`glued_tail`], asked with the shortest head it allows,
/// which finds a tail whenever a longer head would).
fn may_hold_glue(t: &Token<'_>) -> bool {
    t.is_word()
        && t.is_in(classes::HAS_CAPITAL)
        && (t.is_in(classes::INNER_GLUE) || glued_tail(t, 3).is_some())
}

/// What the words around a token say about glue on it.
#[derive(Clone, Copy, Default)]
struct Glue {
    /// A capitalised word before and a lower-case word after (`Fadli Zonyang menyebut`):
    /// a three-letter head may carry glue.
    short_head: bool,
    /// A lower-case word after: a glued `yang` opens a clause (`Indonesiayang dibuat`), so
    /// without one the word is a name (`Pyongyang,`, `Kahiyang Ayu`).
    next_lower: bool,
}

/// Pushes the word at `span` (part or all of the token `whole`), cut at camel-case glue and
/// before a glued lower-case word.
fn split_word<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    span: Span,
    glue: Glue,
    whole: Token<'a>,
    out: &mut Vec<Token<'a>>,
) {
    let word = span.slice(text).unwrap_or("");
    let mut start = span.start;
    for cut in camel_cuts(word) {
        out.push(token(text, lowered, Kind::Word, start, span.start + cut));
        start = span.start + cut;
    }
    let last = if Span::new(start, span.end) == whole.span {
        whole
    } else {
        token(text, lowered, Kind::Word, start, span.end)
    };
    let min_head = if glue.short_head && start == span.start {
        3
    } else {
        4
    };
    match glued_tail(&last, min_head)
        .filter(|&cut| glue.next_lower || last.text.get(cut..).is_none_or(|w| w != "yang"))
    {
        Some(cut) => {
            out.push(token(text, lowered, Kind::Word, start, start + cut));
            out.push(token(text, lowered, Kind::Word, start + cut, span.end));
        }
        None => out.push(last),
    }
}

/// Byte offsets of full stops glued between two sentences inside a word (`Jokowi.Presiden`):
/// three lower-case letters before, a capital and two lower-case letters after.
fn glued_stops(word: &str) -> Vec<usize> {
    if !word.contains('.') {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut stops = Vec::new();
    let mut lower_run = 0usize;
    for (k, &(at, c)) in chars.iter().enumerate() {
        if c == '.' && lower_run >= 3 {
            let after = chars.get(k + 1..k + 4).unwrap_or_default();
            let capital = after.first().is_some_and(|(_, d)| d.is_uppercase());
            if capital && after.len() == 3 && after.iter().skip(1).all(|(_, d)| d.is_lowercase()) {
                stops.push(at);
            }
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    stops
}

/// Byte offsets inside `word` where three or more lower-case letters meet a capital that
/// starts three or more letters (`dariAntara` → 4); none in `iPhone`, `McDonald`, `LinkedIn`.
fn camel_cuts(word: &str) -> Vec<usize> {
    // Most capitalised words have no other capital: nothing to cut.
    if !word.chars().skip(1).any(char::is_uppercase) {
        return Vec::new();
    }
    let mut cuts = Vec::new();
    let mut lower_run = 0usize;
    for (at, c) in word.char_indices() {
        if c.is_uppercase() && lower_run >= 3 {
            // Two lower-case letters after the capital are enough to know.
            let after = word.get(at + c.len_utf8()..).unwrap_or_default();
            let lower_after = after.chars().take_while(|d| d.is_lowercase()).take(2);
            if lower_after.count() >= 2 {
                cuts.push(at);
            }
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    cuts
}

/// Where a glued lower-case word starts in a capitalised word (`Yusufbakal` → 5), if the
/// word ends with one and `min_head` letters or more stand before it.
fn glued_tail(token: &Token<'_>, min_head: usize) -> Option<usize> {
    let word = token.text;
    // Too short for a head and a four-byte tail.
    if word.len() < min_head + 4 || !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // Borrowed from the lower-case text for an ASCII word: nothing copied.
    let lower = token.lower();
    let lower = lower.as_str();
    // Every glued tail ends the word: most words end in no listed tail's last four bytes.
    let ending_listed = lower
        .get(lower.len().saturating_sub(4)..)
        .is_none_or(|ending| glued_endings().contains(ending));
    if lower.len() != word.len()
        || !ending_listed
        || in_list!(crate::lexicon::glued::WHOLE_NAMES, lower)
    {
        return None;
    }
    // Every way to cut the word into a head of `min_head` letters or more and a tail of
    // four bytes or more, longest tail first; a verb of saying wins over another glued
    // word. The head is letters only: no cut after the first other character.
    let letters_end = lower
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(lower.len(), |(i, _)| i);
    let cuts = || {
        lower
            .char_indices()
            .skip(min_head)
            .map(|(i, _)| i)
            .take_while(move |&i| lower.len() - i >= 4 && i <= letters_end)
    };
    let tail = |i: usize| lower.get(i..).unwrap_or_default();
    cuts()
        .find(|&i| glued_cues().contains(tail(i)))
        .or_else(|| cuts().find(|&i| in_list!(crate::lexicon::glued::GLUED_WORDS, tail(i))))
}

/// The last four bytes of every word [`glued_tail`] cuts off (the glued cues and
/// [`crate::lexicon::glued::GLUED_WORDS`]; all ASCII): a word ending otherwise has no tail.
fn glued_endings() -> &'static crate::lexicon::WordSet {
    static ENDINGS: std::sync::LazyLock<crate::lexicon::WordSet> = std::sync::LazyLock::new(|| {
        glued_cue_forms()
            .chain(crate::lexicon::glued::GLUED_WORDS.iter().copied())
            .map(|w| w.get(w.len().saturating_sub(4)..).unwrap_or(w))
            .collect()
    });
    &ENDINGS
}

/// The `me-` verbs of saying, which scrapers glue to the speaker's name (`Netanyahumemuji`).
fn glued_cues() -> &'static crate::lexicon::WordSet {
    static CUES: std::sync::LazyLock<crate::lexicon::WordSet> =
        std::sync::LazyLock::new(|| glued_cue_forms().collect());
    &CUES
}

/// The forms of [`glued_cues`], as listed.
fn glued_cue_forms() -> impl Iterator<Item = &'static str> {
    crate::lexicon::speech::CUES
        .iter()
        .map(|c| c.form)
        .filter(|f| f.starts_with("me"))
}

/// The token at `start..end`; with the lower-case text (`lowered`, see [`sentence_tokens`]),
/// an ASCII token carries its slice of it, so the lexicon is asked and [`Token::lower`]
/// answers without lower-casing a copy.
fn token<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    kind: Kind,
    start: usize,
    end: usize,
) -> Token<'a> {
    match kind {
        Kind::Word => {
            let written = text.get(start..end).unwrap_or("");
            let scanned = Scanned {
                len: written.len(),
                ascii: written.is_ascii(),
                capital: written.bytes().any(|b| b.is_ascii_uppercase()),
                dotted: written.contains('.'),
            };
            word(text, lowered, start, end, &scanned)
        }
        Kind::Punct(c) => punct(text, lowered, c, start, end),
    }
}

/// The word at `start..end`, as `scanned` tells of it ([`token`]).
fn word<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    start: usize,
    end: usize,
    scanned: &Scanned,
) -> Token<'a> {
    let written = text.get(start..end).unwrap_or("");
    let ascii_lower = lowered
        .filter(|_| scanned.ascii)
        .and_then(|l| l.get(start..end));
    Token {
        kind: Kind::Word,
        text: written,
        span: Span::new(start, end),
        ascii_lower,
        classes: word_classes(
            written,
            lowered.filter(|_| ascii_lower.is_some()),
            (start, end),
            scanned,
        ),
    }
}

/// The punctuation `c` written at `start..end` ([`token`]); it has no classes.
fn punct<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    c: char,
    start: usize,
    end: usize,
) -> Token<'a> {
    let written = text.get(start..end).unwrap_or("");
    let ascii_lower = lowered
        .filter(|_| written.is_ascii())
        .and_then(|l| l.get(start..end));
    Token {
        kind: Kind::Punct(c),
        text: written,
        span: Span::new(start, end),
        ascii_lower,
        classes: Classes::default(),
    }
}

/// What [`word_len`] found about a word.
struct Scanned {
    /// Its length in bytes.
    len: usize,
    /// Whether all of it is ASCII.
    ascii: bool,
    /// Whether it has an ASCII capital letter.
    capital: bool,
    /// Whether it keeps a dot (`Prof.`, `S.H.`).
    dotted: bool,
}

/// Length in bytes of the word at the start of `rest`, with the dots of an abbreviation, and
/// what else [`Scanned`] tells of it.
fn word_len(rest: &str) -> Scanned {
    let bytes = rest.as_bytes();
    // The flags of the word's ASCII bytes, together (a byte that ends the run has none that
    // count).
    let mut seen = 0;
    // A run of ASCII word bytes: most words are one run and nothing else.
    let end = ascii_run(bytes, &mut seen);
    match bytes.get(end) {
        Some(&b) if b == b'.' || !b.is_ascii() => dotted_or_wide_word_len(rest, end, seen),
        _ => scanned(rest, end, usize::MAX, seen, false),
    }
}

/// The number of ASCII word bytes at the start of `bytes`, their flags added to `seen`.
fn ascii_run(bytes: &[u8], seen: &mut u8) -> usize {
    let mut flags_seen = 0;
    let mut n = 0;
    for &b in bytes {
        let flags = byte_flags(b);
        flags_seen |= flags;
        if flags & WORD_BYTE == 0 {
            break;
        }
        n += 1;
    }
    *seen |= flags_seen;
    n
}

/// [`word_len`] for a word whose first run of ASCII word bytes ends at `end` with a dot or a
/// wider character: the word goes on through the dots of an abbreviation and wider letters.
#[inline(never)]
fn dotted_or_wide_word_len(rest: &str, mut end: usize, mut seen: u8) -> Scanned {
    let bytes = rest.as_bytes();
    // Where the first byte of a wider character is, if the word has one.
    let mut first_wide = usize::MAX;
    let mut dotted = false;
    loop {
        match bytes.get(end) {
            Some(b'.') => {
                if !keeps_dot(
                    rest.get(..end).unwrap_or(""),
                    rest.get(end + 1..).unwrap_or(""),
                ) {
                    break;
                }
                dotted = true;
                end += 1;
            }
            Some(b) if !b.is_ascii() => match rest.get(end..).and_then(|r| r.chars().next()) {
                Some(c) if is_word_char(c) => {
                    first_wide = first_wide.min(end);
                    end += c.len_utf8();
                }
                _ => break,
            },
            _ => break,
        }
        end += ascii_run(bytes.get(end..).unwrap_or_default(), &mut seen);
    }
    scanned(rest, end, first_wide, seen, dotted)
}

/// What [`word_len`] tells of the word that ends at `end` (before trailing joiners), its first
/// wider character at `first_wide`, its ASCII bytes' flags `seen`.
fn scanned(rest: &str, end: usize, first_wide: usize, seen: u8, dotted: bool) -> Scanned {
    // Trailing joiners are punctuation: `Peskov'` → `Peskov` (`’` ends in byte 0x99).
    let len = match end
        .checked_sub(1)
        .and_then(|last| rest.as_bytes().get(last))
    {
        Some(b'-' | b'\'' | 0x99) => {
            let word = rest.get(..end).unwrap_or("");
            word.trim_end_matches(['-', '\'', '’']).len()
        }
        _ => end,
    };
    Scanned {
        len,
        ascii: first_wide >= len,
        capital: seen & CAPITAL_BYTE != 0,
        dotted,
    }
}

/// Whether the dot after `word` belongs to it: initials and short titles (`H.`, `Prof.`,
/// `S.H.`, `M.Si.`), not a sentence's final stop.
fn keeps_dot(word: &str, after: &str) -> bool {
    let last_segment = word.rsplit('.').next().unwrap_or(word);
    let short = last_segment.chars().count() <= 4;
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    let next = after.chars().next();
    let glued_letter = next.is_some_and(char::is_alphabetic);
    let single_letter = last_segment.chars().count() == 1;
    // `S.H`, `M.Si`: a short capitalised segment glued to the next letters.
    if glued_letter {
        return capital && short && last_segment.chars().count() <= 3 && word.len() <= 8;
    }
    single_letter && capital
        || word.contains('.')
        || classes::dotted_title(word)
        || in_list!(crate::lexicon::abbreviations::IN_NAMES, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of all of `s`, glue undone.
    fn unglued(s: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        unglue(s, None, &tokens(s, Span::new(0, s.len())), &mut out);
        out
    }

    fn texts(s: &str) -> Vec<&str> {
        tokens(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn words_punctuation_and_abbreviations() {
        assert_eq!(
            texts("\"Ya,\" ujar Prof. H. Budi, S.H. kemarin."),
            vec![
                "\"", "Ya", ",", "\"", "ujar", "Prof.", "H.", "Budi", ",", "S.H.", "kemarin", "."
            ]
        );
        assert_eq!(texts("kata Peskov."), vec!["kata", "Peskov", "."]);
        assert_eq!(
            texts("PT Astra Tbk. Budi"),
            vec!["PT", "Astra", "Tbk.", "Budi"]
        );
        assert_eq!(
            texts("&ldquo;Ya&rdquo;&nbsp;kata"),
            vec!["&ldquo;", "Ya", "&rdquo;", "kata"]
        );
    }

    #[test]
    fn classes() {
        let t = tokens("KPK Budi", Span::new(0, 8));
        assert!(t[0].is_acronym());
        assert!(!t[1].is_acronym() && t[1].is_capitalised());
    }

    #[test]
    fn scraper_glue_is_undone() {
        let s = "Perdana MenteriIsraelBenjamin Netanyahumemuji dariAntara Yusufbakal iPhone Mendalam Jokowi.Presiden";
        let t = unglued(s);
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Perdana",
                "Menteri",
                "Israel",
                "Benjamin",
                "Netanyahu",
                "memuji",
                "dari",
                "Antara",
                "Yusuf",
                "bakal",
                "iPhone",
                "Mendalam",
                "Jokowi",
                ".",
                "Presiden"
            ]
        );
    }

    #[test]
    fn an_adverb_glued_after_a_name_is_cut() {
        let words =
            |s: &'static str| -> Vec<&'static str> { unglued(s).iter().map(|t| t.text).collect() };
        assert_eq!(
            words("Rudi Hartonojuga menegaskan"),
            ["Rudi", "Hartono", "juga", "menegaskan"]
        );
        assert_eq!(
            words("Sementara Budi Pratamasudah tiba"),
            ["Sementara", "Budi", "Pratama", "sudah", "tiba"]
        );
        assert_eq!(
            words("Kota Malangtidak banjir"),
            ["Kota", "Malang", "tidak", "banjir"]
        );
    }

    #[test]
    fn glue_after_a_short_surname_needs_a_name_before_and_a_word_after() {
        let words =
            |s: &'static str| -> Vec<&'static str> { unglued(s).iter().map(|t| t.text).collect() };
        assert_eq!(
            words("Menteri Budi Tanyang menyebut"),
            ["Menteri", "Budi", "Tan", "yang", "menyebut"]
        );
        // A place or brand that ends in the same letters stays whole.
        assert_eq!(words("mi Samyang Foods"), ["mi", "Samyang", "Foods"]);
        assert_eq!(
            words("Meunasah Manyang, Aceh"),
            ["Meunasah", "Manyang", ",", "Aceh"]
        );
        assert_eq!(words("of Youyang telah"), ["of", "Youyang", "telah"]);
        // A surname that ends like the glue, listed.
        assert_eq!(
            words("Analis Edwin Sebayang mengatakan"),
            ["Analis", "Edwin", "Sebayang", "mengatakan"]
        );
        // A glued `yang` opens a clause; before a capital or a comma it is part of a name.
        assert_eq!(
            words("Kota Pyongyang, Korea"),
            ["Kota", "Pyongyang", ",", "Korea"]
        );
        assert_eq!(words("Negeriyang dibangun"), ["Negeri", "yang", "dibangun"]);
        // Other verbs glued to the subject's name.
        assert_eq!(
            words("Menteri Budi Santosomenggelar rapat"),
            ["Menteri", "Budi", "Santoso", "menggelar", "rapat"]
        );
        assert_eq!(
            words("Menteri Budi Santosaat ditemui"),
            ["Menteri", "Budi", "Santo", "saat", "ditemui"]
        );
        // A passive verb glued to the name.
        assert_eq!(
            words("Direktur Agus Wijayadiperiksa penyidik"),
            ["Direktur", "Agus", "Wijaya", "diperiksa", "penyidik"]
        );
    }

    #[test]
    fn odd_input() {
        for s in ["", ".", "a.", "A.b.C.", "&", "&amp", "é.É", "---"] {
            let _ = tokens(s, Span::new(0, s.len()));
        }
    }
}
