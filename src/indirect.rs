//! Indirect speech: reported words without quotation marks.
//!
//! - `Menurut X, …` / `Menurutnya, …` (`quote.indirect.menurut`);
//! - `X mengatakan (bahwa) …`, `X menegaskan, …` (`quote.indirect.verb`), the subject opening
//!   the clause;
//! - `…, kata X.` / `…, ujarnya.` (`quote.indirect.after_cue`).
//!
//! The reported content runs to the end of the sentence, without its final stop and without a
//! trailing attribution (`, kata X`) or citation (`seperti dikutip Y`) clause.

use crate::article::{Citation, QuoteKind, Span};
use crate::attribution::{CueHit, Finding, Said, Sentence, after_close, citation_in, strip_opener};
use crate::lexicon::pronouns;
use crate::lexicon::speech::{self, CueClass};
use crate::quotes::Marked;
use crate::speakers::{self, Mention};
use crate::text::is_blank;
use crate::words::Token;

/// Words after a verb of saying that are not yet the content (`mengatakan kepada wartawan
/// bahwa …`): the content starts after `bahwa` when one follows within a few words.
const BEFORE_CONTENT: &[&str] = &[
    "kepada", "di", "dalam", "saat", "ketika", "usai", "seusai", "pada", "melalui", "lewat",
];

/// The indirect speech in `sentence`, if any.
pub(crate) fn find(
    text: &str,
    sentence: &Sentence<'_>,
    marked: &[Marked],
    citations: &[Citation],
) -> Option<Finding> {
    let outside: Vec<Token<'_>> = sentence
        .tokens
        .iter()
        .filter(|t| !in_quote(t.span, sentence, marked))
        .copied()
        .collect();
    let toks = strip_opener(&outside);
    let found = menurut(text, toks)
        .or_else(|| verb(text, toks))
        .or_else(|| after_cue(text, toks))?;
    let (content_start, content_end, cue, said, rule) = found;
    let end =
        content_end.unwrap_or_else(|| trimmed_end(text, sentence, toks, content_start, citations));
    let span = trim(text, Span::new(content_start, end))?;
    let words = span.slice(text)?.split_whitespace().count();
    (words >= 3).then(|| Finding {
        kind: QuoteKind::Indirect,
        span,
        cue: Some(cue),
        said,
        citation: citation_in(citations, sentence.span),
        paragraph: sentence.paragraph,
        marked: None,
        rule,
    })
}

/// Where the content starts, where it ends (when the rule knows), the cue, the speaker and
/// the rule id.
type Found = (usize, Option<usize>, CueHit, Option<Said>, &'static str);

/// Whether `span` lies inside one of the sentence's quotes (marks included).
fn in_quote(span: Span, sentence: &Sentence<'_>, marked: &[Marked]) -> bool {
    sentence
        .quotes
        .iter()
        .filter_map(|&q| marked.get(q))
        .any(|m| m.open.start <= span.start && span.end <= after_close(m))
}

/// `Menurut X, …`, `Menurutnya, …`.
fn menurut(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let first = toks.first()?;
    let form = speech::cue(first.text).filter(|f| f.lemma == "menurut")?;
    let rest = toks.get(1..).unwrap_or_default();
    let said = if form.has_nya() {
        Mention::nya(text, first.span).map(|mention| Said {
            mention,
            rule: "speaker.nya",
        })
    } else {
        speakers::after_cue(text, rest).map(|mention| Said {
            mention,
            rule: "speaker.menurut",
        })
    };
    let comma = toks.iter().take(16).position(|t| t.is(','))?;
    let start = toks.get(comma + 1)?.span.start;
    Some((
        start,
        None,
        CueHit {
            span: first.span,
            lemma: form.lemma,
        },
        said,
        "quote.indirect.menurut",
    ))
}

/// `X mengatakan (bahwa) …`: the first verb of saying, its subject opening the clause.
fn verb(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let (k, form) = toks.iter().enumerate().take(30).find_map(|(i, t)| {
        speech::cue(t.text)
            .filter(|f| t.is_word() && matches!(f.class, CueClass::Verb | CueClass::WeakVerb))
            .map(|f| (i, f))
    })?;
    let mention = speakers::before_verb(text, toks, k)?;
    // The subject opens the clause, maybe after connectives (`Namun Mendagri mengatakan`).
    let lead = toks
        .iter()
        .take_while(|t| t.span.start < mention.span.start)
        .count();
    let openers_only = toks.get(..lead).is_some_and(|head| {
        head.len() <= 3
            && head.iter().all(|t| {
                let lower = t.lower();
                pronouns::CLAUSE_OPENERS.contains(&lower.as_str())
                    || speech::ADVERBS.contains(&lower.as_str())
            })
    });
    // `Ketua Federasi … (FSP-RTMM), Sudarto menilai`: a role phrase, a comma, the subject.
    let role_apposition = toks.get(..lead).is_some_and(|head| {
        head.last().is_some_and(|t| t.is(','))
            && head
                .iter()
                .all(|t| speakers::in_phrase(t) || t.is('(') || t.is(')') || t.is(','))
    });
    if !openers_only && !role_apposition {
        return None;
    }
    let next = toks.get(k + 1)?;
    let content = if (next.is(',') || next.is(':')) && toks.get(k + 2).is_some_and(is_bahwa) {
        k + 3
    } else if next.is(',') || next.is(':') || is_bahwa(next) {
        k + 2
    } else if let Some(b) = toks
        .iter()
        .enumerate()
        .skip(k + 1)
        .take(10)
        .take_while(|(_, t)| !t.is('.'))
        .find(|(_, t)| is_bahwa(t))
        .map(|(i, _)| i)
        .filter(|_| BEFORE_CONTENT.contains(&next.lower().as_str()))
    {
        b + 1
    } else if form.class == CueClass::Verb
        && next.is_word()
        && !BEFORE_CONTENT.contains(&next.lower().as_str())
    {
        k + 1
    } else {
        return None;
    };
    let verb = toks.get(k)?;
    Some((
        toks.get(content)?.span.start,
        None,
        CueHit {
            span: verb.span,
            lemma: form.lemma,
        },
        Some(Said {
            mention,
            rule: "speaker.before_cue",
        }),
        "quote.indirect.verb",
    ))
}

fn is_bahwa(t: &Token<'_>) -> bool {
    t.is_word() && speech::COMPLEMENTISERS[..2].contains(&t.lower().as_str())
}

/// `…, kata X.`, `…, ujarnya.`: content from the clause start to the comma.
fn after_cue(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let k = (2..toks.len()).find(|&i| {
        toks.get(i - 1).is_some_and(|t| t.is(','))
            && toks.get(i).is_some_and(|t| {
                t.is_word() && speech::cue(t.text).is_some_and(|f| f.class == CueClass::After)
            })
    })?;
    let cue_tok = toks.get(k)?;
    let form = speech::cue(cue_tok.text)?;
    let said = if form.has_nya() {
        Mention::nya(text, cue_tok.span).map(|mention| Said {
            mention,
            rule: "speaker.nya",
        })
    } else {
        speakers::after_cue(text, toks.get(k + 1..).unwrap_or_default()).map(|mention| Said {
            mention,
            rule: "speaker.after_cue",
        })
    };
    said.as_ref()?;
    Some((
        toks.first()?.span.start,
        Some(toks.get(k - 1)?.span.start),
        CueHit {
            span: cue_tok.span,
            lemma: form.lemma,
        },
        said,
        "quote.indirect.after_cue",
    ))
}

/// The end of the content that starts at `start`: the sentence end without its final stop,
/// cut before a trailing `, kata X` clause or a citation.
fn trimmed_end(
    text: &str,
    sentence: &Sentence<'_>,
    toks: &[Token<'_>],
    start: usize,
    citations: &[Citation],
) -> usize {
    let mut end = sentence.span.end;
    let attribution = toks.windows(2).find(|w| {
        matches!(w, [a, b] if a.span.start > start && a.is(',') && b.is_word()
            && speech::cue(b.text).is_some_and(|f| f.class == CueClass::After))
    });
    if let Some([comma, _]) = attribution {
        end = comma.span.start;
    }
    if let Some(c) = citations
        .iter()
        .find(|c| c.span.start > start && c.span.start < end && sentence.span.contains(c.span))
    {
        end = c.span.start;
        // `seperti dikutip`, `sebagaimana dilansir`: the connective goes with the citation.
        let head = text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(is_blank);
        for lead in ["seperti", "sebagaimana", "Seperti", "Sebagaimana"] {
            if let Some(h) = head.strip_suffix(lead) {
                end = start + h.len();
            }
        }
    }
    let body = text.get(start..end).unwrap_or("");
    let body = body.trim_end_matches(|c: char| is_blank(c) || c == ',');
    let body = body.strip_suffix(['.', '!', '?', '…']).unwrap_or(body);
    start
        + body
            .trim_end_matches(|c: char| is_blank(c) || c == ',')
            .len()
}

/// `span` without blanks at either end, `None` if empty.
fn trim(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text)?;
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    let trail = s.len() - s.trim_end_matches(is_blank).len();
    let out = Span::new(span.start + lead, span.end.saturating_sub(trail));
    (!out.is_empty()).then_some(out)
}
