//! Words and punctuation of a stretch of text, with byte spans, for the attribution rules.
//!
//! A word is a run of letters, digits and the joiners `-`, `'`, `’`, `@`, `_`, `#`; a dot
//! stays on a word when it is part of an abbreviation or initial (`Prof.`, `H.`, `S.H.`).
//! HTML entities (`&quot;`, `&nbsp;`) are single punctuation or blank tokens.

use crate::article::Span;
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
}

impl Token<'_> {
    /// Whether it is a word.
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether it is the punctuation `c`.
    pub(crate) fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// The word in lower case (punctuation as written).
    pub(crate) fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Whether the word starts with a capital letter (or a digit, as in `Komisi III` no; digits
    /// do not count).
    pub(crate) fn is_capitalised(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the word is an acronym: two or more letters, all capitals (`KPK`, `BPBD`,
    /// `PUPR`), possibly with digits (`DPR-RI`).
    pub(crate) fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        self.is_word()
            && letters >= 2
            && self
                .text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    }
}

/// Whether `c` may sit inside a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '@' | '_' | '#')
}

/// The tokens of `span` in `text`, blanks dropped.
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let Some(slice) = span.slice(text) else {
        return out;
    };
    let mut i = 0;
    while let Some(rest) = slice.get(i..) {
        let Some(c) = rest.chars().next() else {
            break;
        };
        let start = span.start + i;
        if let Some((len, rep)) = entity_at(rest) {
            if let Some(ch) = rep.chars().next().filter(|ch| !is_blank(*ch)) {
                out.push(token(text, Kind::Punct(ch), start, start + len));
            }
            i += len;
            continue;
        }
        if is_blank(c) {
            i += c.len_utf8();
            continue;
        }
        if !is_word_char(c) || c == '-' || c == '\'' || c == '’' {
            out.push(token(text, Kind::Punct(c), start, start + c.len_utf8()));
            i += c.len_utf8();
            continue;
        }
        let len = word_len(rest);
        out.push(token(text, Kind::Word, start, start + len));
        i += len.max(1);
    }
    out
}

fn token(text: &str, kind: Kind, start: usize, end: usize) -> Token<'_> {
    Token {
        kind,
        text: text.get(start..end).unwrap_or(""),
        span: Span::new(start, end),
    }
}

/// Length in bytes of the word at the start of `rest`, with the dots of an abbreviation.
fn word_len(rest: &str) -> usize {
    let mut end = 0;
    for (j, c) in rest.char_indices() {
        if is_word_char(c) {
            end = j + c.len_utf8();
            continue;
        }
        if c == '.' && keeps_dot(rest.get(..j).unwrap_or(""), rest.get(j + 1..).unwrap_or("")) {
            end = j + 1;
            continue;
        }
        break;
    }
    // Trailing joiners are punctuation: `Peskov'` → `Peskov`.
    let word = rest.get(..end).unwrap_or("");
    word.trim_end_matches(['-', '\'', '’']).len()
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
    let lower = word.to_lowercase();
    single_letter && capital
        || word.contains('.')
        || crate::lexicon::titles::HONORIFICS.contains(&format!("{lower}.").as_str())
        || crate::lexicon::titles::RANKS.contains(&format!("{lower}.").as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn odd_input() {
        for s in ["", ".", "a.", "A.b.C.", "&", "&amp", "é.É", "---"] {
            let _ = tokens(s, Span::new(0, s.len()));
        }
    }
}
