//! What the speech finders share: a sentence of the body with its tokens and quotes, the cue
//! and speaker a rule found, a finding (a quoted or reported span with both), and the small
//! readings both the direct-quote rules ([`super::attribution`]) and the indirect-speech rules
//! ([`super::indirect`]) make: the speaker a cue names, where a quote ends, a leading
//! connector, a citation inside a sentence. The two stages import this module, not each
//! other's internals.

use crate::Rule;
use crate::article::{Citation, QuoteKind, Span};
use crate::lexicon::speech;
use crate::lexicon::{in_list, pronouns};
use crate::speech::quotes::Marked;
use crate::speech::speakers::{self, Mention};
use crate::speech::words::Token;

/// One sentence of the body, with its tokens and the quotes that sit in it.
pub(crate) struct Sentence<'a> {
    /// Where it is.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Its tokens (a stretch of a token buffer of the body; none when no rule reads it).
    pub tokens: &'a [Token<'a>],
    /// Indices (into the marked list) of the quotes that open in it.
    pub quotes: &'a [usize],
}

/// A cue as found: the word(s) and the lemma.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub span: Span,
    pub lemma: &'static str,
}

/// A speaker mention with the id of the rule that found it.
#[derive(Clone, Debug)]
pub(crate) struct Said {
    pub mention: Mention,
    pub rule: Rule,
}

/// What pass 1 found, in text order.
#[derive(Clone, Debug)]
pub(crate) struct Finding {
    pub kind: QuoteKind,
    /// The quoted or reported words.
    pub span: Span,
    pub cue: Option<CueHit>,
    pub said: Option<Said>,
    pub citation: Option<String>,
    pub paragraph: usize,
    /// For marked quotes: index into the marked list.
    pub marked: Option<usize>,
    pub rule: Rule,
}

/// The speaker a cue names: its `-nya` (`ujarnya`, `menurutnya`), or the phrase after it
/// (`ujar Peskov`), recorded with `rule`.
pub(crate) fn said_by_cue(
    text: &str,
    cue: &Token<'_>,
    form: &speech::CueForm,
    rest: &[Token<'_>],
    rule: Rule,
) -> Option<Said> {
    if form.has_nya() {
        Mention::nya(text, cue.span).map(|mention| Said {
            mention,
            rule: Rule::SpeakerNya,
        })
    } else {
        speakers::after_cue(text, rest).map(|mention| Said { mention, rule })
    }
}

/// One past the closing mark, or the end of the words when the quote was left open.
pub(crate) fn after_close(m: &Marked) -> usize {
    m.close.map_or(m.inner.end, |c| c.end)
}

/// `before` without a leading discourse connector (`Sementara itu,`, `Namun,`).
pub(crate) fn strip_opener<'s, 'a>(before: &'s [Token<'a>]) -> &'s [Token<'a>] {
    let comma = before.iter().take(5).position(|t| t.is(','));
    match comma {
        Some(c)
            if before.get(..c).is_some_and(|head| {
                !head.is_empty()
                    && head.iter().all(|t| {
                        t.is_word()
                            && (in_list!(pronouns::CLAUSE_OPENERS, t.lower().as_str())
                                || in_list!(speech::ADVERBS, t.lower().as_str())
                                || matches!(t.lower().as_str(), "sisi" | "lain" | "pihak"))
                    })
            }) =>
        {
            before.get(c + 1..).unwrap_or_default()
        }
        _ => before,
    }
}

/// The source of a citation inside `span`, if any.
pub(crate) fn citation_in(citations: &[Citation], span: Span) -> Option<String> {
    citations
        .iter()
        .find(|c| span.contains(c.span) || span.contains(c.source_span))
        .map(|c| c.source.clone())
}
