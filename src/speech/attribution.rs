//! Who said it: for each quoted span, whether it is a direct quote, a partial quote or a
//! quoted term (nobody's speech); its cue and speaker; and indirect speech without marks.
//!
//! Two passes, both linear in the article:
//! 1. read each sentence once (the quotes in it, then indirect speech when it has no direct
//!    quote), recording the cue and the speaker *mention* as written;
//! 2. walk the findings in order, resolving mentions: surnames to the fullest earlier form
//!    (from a [`Registry`] built once), `ia`/`dia`/`-nya` to the last named person speaker,
//!    cue-less quotes to the speaker of the quote they continue or of the previous paragraph.

use std::rc::Rc;

use crate::Rule;
use crate::article::SpeakerKind;
use crate::article::{Citation, Cue, Paragraph, Quote, QuoteKind, QuotedTerm, Span, Speaker};
use crate::document::Document;
use crate::lexicon::speech::{self, CueClass};
use crate::lexicon::{classes, in_list, pronouns, terms, titles};
use crate::speech::finding::{
    CueHit, Finding, Said, Sentence, after_close, citation_in, said_by_cue, strip_opener,
};
use crate::speech::indirect;
use crate::speech::quotes::Marked;
use crate::speech::registry::{self, Registry};
use crate::speech::sentences::{self, Shield};
use crate::speech::speakers::{self, Mention, Pronoun};
use crate::speech::words::{self, Token};

/// Quotes with speakers, and the quoted terms that are nobody's speech.
#[derive(Debug, Default)]
pub(crate) struct Attributed {
    pub quotes: Vec<Quote>,
    pub terms: Vec<QuotedTerm>,
}

/// Tokens of sentences of the body, one sentence after the other in one buffer.
type Tokens<'a> = Vec<Token<'a>>;

/// A sentence as split, before its tokens are cut.
struct Placed {
    span: Span,
    paragraph: usize,
    /// Indices (into the marked list) of the quotes that open in it.
    quotes: Vec<usize>,
}

impl Placed {
    /// The sentence, with `tokens`.
    fn sentence<'s>(&'s self, tokens: &'s [Token<'s>]) -> Sentence<'s> {
        Sentence {
            span: self.span,
            paragraph: self.paragraph,
            tokens,
            quotes: &self.quotes,
        }
    }
}

/// How a quoted span reads in its sentence.
enum Verdict {
    Quote(Finding),
    Term(QuotedTerm),
}

/// Attributes the marked spans and finds indirect speech.
///
/// Every sentence is cut into tokens when there is a quote: nearly every such article has a
/// finding, and resolving it reads every sentence ([`Registry`], subjects). Without a quote,
/// pass 1 can only find indirect speech, and seldom does: it cuts only the sentences that may
/// report speech ([`indirect::may_find`]), and the others only when it found something.
pub(crate) fn attribute(
    doc: &Document<'_>,
    body: &[Paragraph],
    marked: Vec<Marked>,
    citations: &[Citation],
) -> Attributed {
    let (text, lowered) = (doc.text, doc.lowered());
    let placed = split_body(text, body, &marked);
    let read: Vec<bool> = placed
        .iter()
        .map(|p| !marked.is_empty() || indirect::may_find(text, lowered, p.span))
        .collect();
    let mut cutter = Cutter::new(text, lowered);
    let first = cutter.cut(&placed, |i| read.get(i).copied().unwrap_or(true));
    let sentences: Vec<Sentence<'_>> = placed
        .iter()
        .zip(&first.ranges)
        .map(|(p, r)| p.sentence(first.slice(r)))
        .collect();
    let (findings, terms) = pass_one(text, &sentences, &marked, citations);
    if findings.is_empty() {
        return Attributed {
            quotes: Vec::new(),
            terms,
        };
    }
    let rest = cutter.cut(&placed, |i| !read.get(i).copied().unwrap_or(true));
    let sentences: Vec<Sentence<'_>> = placed
        .iter()
        .zip(first.ranges.iter().zip(&rest.ranges))
        .map(|(p, (a, b))| match a {
            Some(_) => p.sentence(first.slice(a)),
            None => p.sentence(rest.slice(b)),
        })
        .collect();
    let registry = Registry::collect(text, sentences.iter().map(|s| s.tokens));
    // Only a subject before a finding can be whom a later `-nya` means.
    let last_start = findings.iter().map(|f| f.span.start).max().unwrap_or(0);
    let subjects: Vec<Said> = sentences
        .iter()
        .take_while(|s| s.span.start < last_start)
        .filter_map(|s| subject(text, s))
        .collect();
    let quotes = resolve(text, &findings, subjects, &marked, &registry);
    Attributed { quotes, terms }
}

/// Pass 1: the findings (quotes and indirect speech, in text order) and the quoted terms of
/// the sentences.
fn pass_one(
    text: &str,
    sentences: &[Sentence<'_>],
    marked: &[Marked],
    citations: &[Citation],
) -> (Vec<Finding>, Vec<QuotedTerm>) {
    let mut findings = Vec::new();
    let mut terms = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let next = sentences
            .get(i + 1)
            .filter(|n| n.paragraph == sentence.paragraph);
        let mut has_direct = false;
        for &q in sentence.quotes {
            let Some(m) = marked.get(q) else { continue };
            match judge(text, sentence, next, marked, q, m, citations) {
                Verdict::Quote(f) => {
                    has_direct |= f.kind == QuoteKind::Direct;
                    findings.push(f);
                }
                Verdict::Term(t) => terms.push(t),
            }
        }
        if !has_direct {
            if let Some(f) = indirect::find(text, sentence, marked, citations) {
                let at = findings.partition_point(|g: &Finding| g.span.start <= f.span.start);
                findings.insert(at, f);
            }
        }
    }
    (findings, terms)
}

/// Cuts sentences into tokens, reusing its buffer for glue.
struct Cutter<'a> {
    text: &'a str,
    lowered: &'a str,
    scratch: Tokens<'a>,
}

/// The tokens of some sentences: for each sentence, the range of its tokens in `tokens`, or
/// `None` when it was not cut.
struct Cut<'a> {
    tokens: Tokens<'a>,
    ranges: Vec<Option<std::ops::Range<usize>>>,
}

impl<'a> Cut<'a> {
    /// The tokens in `range` (none for a sentence not cut).
    fn slice(&self, range: &Option<std::ops::Range<usize>>) -> &[Token<'a>] {
        range
            .clone()
            .and_then(|r| self.tokens.get(r))
            .unwrap_or_default()
    }
}

impl<'a> Cutter<'a> {
    fn new(text: &'a str, lowered: &'a str) -> Cutter<'a> {
        Cutter {
            text,
            lowered,
            scratch: Vec::new(),
        }
    }

    /// The tokens of the sentences `wanted` picks (by index).
    fn cut(&mut self, placed: &[Placed], wanted: impl Fn(usize) -> bool) -> Cut<'a> {
        let picked = || placed.iter().enumerate().filter(|&(i, _)| wanted(i));
        // About one token in five bytes of news text: room for all of them at once.
        let bytes: usize = picked().map(|(_, p)| p.span.len()).sum();
        let mut tokens = Tokens::with_capacity(bytes / 4 + 16);
        let mut ranges = vec![None; placed.len()];
        for (i, p) in picked() {
            let from = tokens.len();
            words::sentence_tokens(
                self.text,
                self.lowered,
                p.span,
                &mut tokens,
                &mut self.scratch,
            );
            if let Some(r) = ranges.get_mut(i) {
                *r = Some(from..tokens.len());
            }
        }
        Cut { tokens, ranges }
    }
}

/// The body's sentences, quotes shielded, each with its quotes.
fn split_body(text: &str, body: &[Paragraph], marked: &[Marked]) -> Vec<Placed> {
    let mut out = Vec::new();
    // One paragraph's sentences: a buffer reused for every paragraph.
    let mut spans = Vec::new();
    let mut shields = Vec::new();
    let mut q = 0;
    for (index, paragraph) in body.iter().enumerate() {
        let first = q;
        while marked.get(q).is_some_and(|m| m.paragraph <= index) {
            q += 1;
        }
        let in_paragraph = marked.get(first..q).unwrap_or_default();
        shields.clear();
        shields.extend(in_paragraph.iter().map(|m| Shield {
            inner: m.inner,
            after: after_close(m),
        }));
        let mut k = 0;
        sentences::split_into(text, paragraph.span, &shields, &mut spans);
        for &span in &spans {
            let mut quotes = Vec::new();
            while let Some(m) = in_paragraph.get(k).filter(|m| m.open.start < span.end) {
                if m.open.start >= span.start.saturating_sub(4) {
                    quotes.push(first + k);
                }
                k += 1;
            }
            out.push(Placed {
                span,
                paragraph: index,
                quotes,
            });
        }
    }
    out
}

/// The tokens of `sentence` inside `[from, to)`.
pub(crate) fn tokens_between<'s, 'a>(
    sentence: &'s Sentence<'a>,
    from: usize,
    to: usize,
) -> &'s [Token<'a>] {
    let start = sentence.tokens.partition_point(|t| t.span.start < from);
    let end = sentence.tokens.partition_point(|t| t.span.end <= to);
    sentence
        .tokens
        .get(start..end.max(start))
        .unwrap_or_default()
}

/// A cue hit for the token.
fn hit(t: &Token<'_>, form: &speech::CueForm) -> CueHit {
    CueHit {
        span: t.span,
        lemma: form.lemma,
    }
}

/// Decides what the quoted span `m` is and who says it.
fn judge(
    text: &str,
    sentence: &Sentence<'_>,
    next: Option<&Sentence<'_>>,
    marked: &[Marked],
    q: usize,
    m: &Marked,
    citations: &[Citation],
) -> Verdict {
    let seg_start = q
        .checked_sub(1)
        .and_then(|p| marked.get(p))
        .filter(|p| p.paragraph == m.paragraph && after_close(p) > sentence.span.start)
        .map_or(sentence.span.start, after_close);
    let seg_end = marked
        .get(q + 1)
        .filter(|n| n.open.start < sentence.span.end)
        .map_or(sentence.span.end, |n| n.open.start);
    let before = strip_opener(tokens_between(sentence, seg_start, m.open.start));
    let after = tokens_between(sentence, after_close(m), seg_end);
    let last_in_sentence = seg_end == sentence.span.end;
    let post = post_cue(text, after).or_else(|| {
        (after.iter().all(|t| !t.is_word()) && last_in_sentence)
            .then(|| {
                next.and_then(|n| demikian(text, n.tokens).or_else(|| opening_cue(text, n.tokens)))
            })
            .flatten()
    });
    let pre = pre_cue(text, before);
    let citation = citation_in(citations, sentence.span);
    let finding = |kind, cue: Option<CueHit>, said: Option<Said>, rule| Finding {
        kind,
        span: m.inner,
        cue,
        said,
        citation: citation.clone(),
        paragraph: m.paragraph,
        marked: Some(q),
        rule,
    };
    let term = |rule| {
        Verdict::Term(QuotedTerm {
            text: m.inner.slice(text).unwrap_or("").to_owned(),
            span: m.inner,
            rule,
        })
    };
    let opens_sentence = before.is_empty() || pre.as_ref().is_some_and(|p| p.intro);
    if opens_sentence {
        let continues_sentence = after
            .first()
            .is_some_and(|t| t.is_word() && !t.is_capitalised())
            && post.is_none();
        if continues_sentence && word_count(text, m.inner) <= 8 && !ends_utterance(text, m.inner) {
            return term(Rule::TermSentenceSubject);
        }
        return Verdict::Quote(match (post, pre) {
            (Some((cue, said)), _) => finding(
                QuoteKind::Direct,
                Some(cue),
                said,
                Rule::QuoteDirectAfterCue,
            ),
            (None, Some(p)) => finding(
                QuoteKind::Direct,
                Some(p.cue),
                p.said,
                Rule::QuoteDirectBeforeCue,
            ),
            (None, None) => finding(QuoteKind::Direct, None, None, Rule::QuoteDirectNoCue),
        });
    }
    if term_trigger(before) {
        return term(Rule::TermTrigger);
    }
    if let Some(p) = pre {
        return Verdict::Quote(finding(
            QuoteKind::Partial,
            Some(p.cue),
            p.said,
            Rule::QuotePartialCueVerb,
        ));
    }
    if let Some((cue, said)) = post {
        return Verdict::Quote(finding(
            QuoteKind::Partial,
            Some(cue),
            said,
            Rule::QuotePartialAfterCue,
        ));
    }
    let words = word_count(text, m.inner);
    if words <= 8 && title_case(text, m.inner) {
        return term(Rule::TermTitleCase);
    }
    if words <= 3 {
        return term(Rule::TermShort);
    }
    Verdict::Quote(finding(
        QuoteKind::Partial,
        None,
        None,
        Rule::QuotePartialContext,
    ))
}

/// A cue before the quote, the speaker it names, and whether the words before the quote are
/// only that attribution (`Kedua presiden mengatakan, "…"`, `Menurut Budi, "…"`).
struct PreCue {
    cue: CueHit,
    said: Option<Said>,
    intro: bool,
}

/// The cue in `before` and its speaker: the first verb whose subject opens the clause
/// (`Milanovic menegaskan bahwa … Israel melanjutkan "…"` is Milanovic's), else the last cue.
fn pre_cue(text: &str, before: &[Token<'_>]) -> Option<PreCue> {
    let cues = || {
        before
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.cue().filter(|_| t.is_word()).map(|f| (i, f)))
    };
    let clause_subject = cues().find(|&(i, f)| {
        f.class != CueClass::After
            && speakers::before_verb(text, before, i)
                .zip(before.first())
                .is_some_and(|(m, first)| m.span.start <= first.span.start)
    });
    let (k, form) = clause_subject.or_else(|| cues().next_back())?;
    let verb = before.get(k)?;
    let rest = before.get(k + 1..).unwrap_or_default();
    let (said, tail) = match form.class {
        CueClass::After => {
            let said = Mention::nya(text, verb.span)
                .filter(|_| form.has_nya())
                .map(|mention| Said {
                    mention,
                    rule: Rule::SpeakerNya,
                })
                .or_else(|| {
                    speakers::after_cue(text, rest).map(|mention| Said {
                        mention,
                        rule: if form.lemma == "menurut" {
                            Rule::SpeakerMenurut
                        } else {
                            Rule::SpeakerAfterCue
                        },
                    })
                });
            let used = said
                .as_ref()
                .filter(|s| s.rule != Rule::SpeakerNya)
                .map_or(0, |s| {
                    rest.iter()
                        .filter(|t| t.span.end <= s.mention.span.end)
                        .count()
                });
            (said, rest.get(used..).unwrap_or_default())
        }
        _ => {
            let said = speakers::before_verb(text, before, k).map(|mention| Said {
                mention,
                rule: Rule::SpeakerBeforeCue,
            });
            let starts_clause = said.as_ref().is_some_and(|s| {
                before
                    .first()
                    .is_some_and(|f| f.span.start >= s.mention.span.start)
            });
            let tail = if starts_clause { rest } else { before };
            (said, tail)
        }
    };
    let at_start = form.class != CueClass::After || k == 0;
    let intro = at_start
        && tail.len() <= 2
        && tail.iter().all(|t| {
            t.is(',')
                || t.is(':')
                || t.is('-')
                || (t.is_word() && in_list!(speech::COMPLEMENTISERS, t.lower().as_str()))
        });
    Some(PreCue {
        cue: hit(verb, form),
        said,
        intro,
    })
}

/// A cue right after the quote (`, kata X`, `ujarnya`, `Budi menambahkan`) and its speaker.
fn post_cue(text: &str, after: &[Token<'_>]) -> Option<(CueHit, Option<Said>)> {
    let start = after.iter().position(|t| t.is_word()).filter(|&i| {
        after.get(..i).is_some_and(|p| {
            p.iter()
                .all(|t| t.is(',') || t.is('-') || t.is('–') || t.is('—'))
        })
    })?;
    let first = after.get(start)?;
    let rest = after.get(start + 1..).unwrap_or_default();
    if let Some(form) = first.cue().filter(|f| f.class.follows_quote()) {
        let said = said_by_cue(text, first, form, rest, Rule::SpeakerAfterCue);
        return Some((hit(first, form), said));
    }
    if in_list!(speech::DEMIKIAN, first.lower().as_str()) {
        return demikian(text, after.get(start..)?);
    }
    // `"…," Budi menambahkan.`
    let mention = speakers::after_cue(text, after.get(start..)?)?;
    let verb = after
        .iter()
        .skip(start)
        .find(|t| t.span.start >= mention.span.end)?;
    let form = verb.cue().filter(|f| f.class.reports_clause())?;
    Some((
        hit(verb, form),
        Some(Said {
            mention,
            rule: Rule::SpeakerBeforeCue,
        }),
    ))
}

/// `Demikian kata X`, `Demikian disampaikan X`: an attribution that opens the sentence after a
/// quote.
fn demikian(text: &str, tokens: &[Token<'_>]) -> Option<(CueHit, Option<Said>)> {
    let first = tokens
        .first()
        .filter(|t| in_list!(speech::DEMIKIAN, t.lower().as_str()))?;
    let mut i = 1;
    let mut cue = CueHit {
        span: first.span,
        lemma: "demikian",
    };
    if let Some(t) = tokens.get(1) {
        if let Some(form) = t.cue() {
            cue = hit(t, form);
            i = 2;
        } else if speech::passive_report(&t.lower()).is_some() {
            i = 2;
        }
    }
    if tokens.get(i).is_some_and(|t| t.lower() == "oleh") {
        i += 1;
    }
    let rest = tokens.get(i..).unwrap_or_default();
    let said = speakers::after_cue(text, rest).map(|mention| Said {
        mention,
        rule: Rule::SpeakerDemikian,
    });
    said.is_some().then_some((cue, said))
}

/// `Ungkap Bryan.`: a cue that opens the sentence after a quote (the splitter cut at its
/// capital), with the speaker after it.
fn opening_cue(text: &str, tokens: &[Token<'_>]) -> Option<(CueHit, Option<Said>)> {
    let first = tokens.first().filter(|t| t.is_capitalised())?;
    let form = first
        .cue()
        .filter(|f| f.class.follows_quote() && f.lemma != "menurut")?;
    let said = if form.has_nya() {
        Mention::nya(text, first.span).map(|mention| Said {
            mention,
            rule: Rule::SpeakerNya,
        })
    } else {
        speakers::after_cue(text, tokens.get(1..)?).map(|mention| Said {
            mention,
            rule: Rule::SpeakerAfterCue,
        })
    };
    said.is_some().then(|| (hit(first, form), said))
}

/// The person a sentence is about, when it opens with a named subject and an active verb
/// (`Maruarar Sirait menyambut baik …`, `Gus Ipul memastikan …`) or reports a statement
/// (`Hal ini disampaikan Senior Manager …, Saroyo Utomo, …`): a later `ujarnya` points to them.
fn subject(text: &str, sentence: &Sentence<'_>) -> Option<Said> {
    let mut tokens = strip_opener(sentence.tokens);
    // `Adapun Komisaris Utama Tokopedia …`: an opener without its comma.
    while let Some((first, rest)) = tokens
        .split_first()
        .filter(|(t, _)| in_list!(pronouns::CLAUSE_OPENERS, t.lower().as_str()) && t.is_word())
    {
        let _ = first;
        tokens = rest;
    }
    let said = |mention| Said {
        mention,
        rule: Rule::SpeakerSubject,
    };
    let passive = tokens.iter().take(6).position(|t| {
        // Every passive report verb is a report word: most words are looked at no closer.
        t.is_in(classes::REPORT) && speech::passive_report(&t.lower()).is_some()
    });
    if let Some(k) = passive {
        let mut rest = tokens.get(k + 1..)?;
        if rest.first().is_some_and(|t| t.lower() == "oleh") {
            rest = rest.get(1..)?;
        }
        return speakers::after_cue(text, rest)
            .filter(|m| m.pronoun().is_none())
            .map(said);
    }
    let (mention, _) = speakers::name_phrase(text, tokens)?;
    if mention.kind != SpeakerKind::Person || mention.pronoun().is_some() {
        return None;
    }
    let at = tokens
        .iter()
        .position(|t| t.span.start >= mention.span.end)
        .unwrap_or(tokens.len());
    let rest = past_age(tokens.get(at..)?);
    let active = match rest.first() {
        Some(t) if t.is(',') => verb_after_apposition(rest),
        // `Muhammad Iqbal salah seorang warga mengaku`: an apposition with no comma.
        Some(t) if in_list!(pronouns::APPOSITION_OPENERS, t.lower().as_str()) => rest
            .iter()
            .take(APPOSITION_TOKENS)
            .any(|t| t.is_word() && !t.is_capitalised() && active_verb(t)),
        _ => first_verb(rest).is_some_and(active_verb),
    };
    active.then(|| said(mention))
}

/// `tokens` past an age in brackets that opens them (`Suci Anggraini (30) mengaku`: 31 times
/// in 27 corpus articles a name, an age and an active verb), else `tokens`.
fn past_age<'t, 'a>(tokens: &'t [Token<'a>]) -> &'t [Token<'a>] {
    match tokens {
        [open, age, close, rest @ ..]
            if open.is('(') && close.is(')') && age.text.chars().all(|c| c.is_ascii_digit()) =>
        {
            rest
        }
        _ => tokens,
    }
}

/// Whether an active verb follows the apposition that opens `rest` with a comma. `Mualem,
/// sapaan akrab Muzakir Manaf, menegaskan`: the verb right after the next comma, within 12
/// tokens. An apposition that describes a person (`seorang`, `salah seorang`, a lower-case
/// role head: `warga`, `pedagang`) may hold commas of its own (`Aris, seorang pedagang buah
/// di Desa X, Kecamatan Y, Jombang, mengaku`): the verb after any of them. Not after a place
/// (`Kasat Samapta Polres Kapuas Hulu, Provinsi Kalimantan Barat, AKP Febri, membenarkan`), nor
/// a capitalised role, whose name comes after it (`Senada, Lurah Sawang, Azman, turut
/// mengapresiasi`: `Senada` is no subject).
fn verb_after_apposition(rest: &[Token<'_>]) -> bool {
    let apposition = rest.get(1..).unwrap_or_default();
    let describes = apposition.first().is_some_and(|w| {
        in_list!(pronouns::APPOSITION_OPENERS, w.lower().as_str())
            || (!w.is_capitalised() && speakers::opens_role(apposition))
    });
    let limit = if describes { APPOSITION_TOKENS } else { 12 };
    let mut closers = apposition
        .iter()
        .enumerate()
        .take(limit)
        .filter(|(_, t)| t.is(','))
        .map(|(i, _)| {
            apposition
                .get(i + 1..)
                .and_then(first_verb)
                .is_some_and(active_verb)
        });
    if describes {
        closers.any(|active| active)
    } else {
        closers.next().unwrap_or(false)
    }
}

/// Most tokens an apposition after a subject runs over (`, seorang pedagang buah di Desa
/// Tugusumberjo, Kecamatan Peterongan, Jombang,` is 12).
const APPOSITION_TOKENS: usize = 30;

/// The first word of `tokens` that is not an adverb (`juga`, `pun`): the verb after a subject.
fn first_verb<'s, 'a>(tokens: &'s [Token<'a>]) -> Option<&'s Token<'a>> {
    tokens
        .iter()
        .find(|t| t.is_word() && !in_list!(speech::ADVERBS, t.lower().as_str()))
}

/// Whether a verb after a subject is active (`menyambut`, `berharap`) or a cue that may open
/// a report (`mengatakan`), so the sentence is about what the subject did or said.
fn active_verb(verb: &Token<'_>) -> bool {
    let lower = verb.lower();
    verb.cue().is_some_and(|f| f.class != CueClass::After)
        || lower.starts_with("me")
        || lower.starts_with("ber")
}

/// Whether the word before the quote (or before `sebagai`, `yakni`) makes it a term.
fn term_trigger(before: &[Token<'_>]) -> bool {
    let mut words = before.iter().rev().filter(|t| t.is_word()).take(3);
    let Some(last) = words.next() else {
        return false;
    };
    let lower = last.lower();
    if in_list!(terms::TRIGGERS, lower.as_str()) {
        return true;
    }
    matches!(
        lower.as_str(),
        "sebagai" | "yakni" | "yaitu" | "dengan" | "yang" | "alias"
    ) && words
        .next()
        .is_some_and(|t| in_list!(terms::TRIGGERS, t.lower().as_str()))
}

/// Number of words in a span.
fn word_count(text: &str, span: Span) -> usize {
    span.slice(text).map_or(0, |s| s.split_whitespace().count())
}

/// Whether every word of the span starts with a capital (a title: `Agak Laen`).
fn title_case(text: &str, span: Span) -> bool {
    let Some(s) = span.slice(text) else {
        return false;
    };
    let mut any = false;
    for w in s.split_whitespace() {
        let first = w.chars().find(|c| c.is_alphanumeric());
        match first {
            Some(c) if c.is_uppercase() || c.is_ascii_digit() => any = true,
            Some(_)
                if matches!(
                    w,
                    "dan" | "di" | "ke" | "dari" | "yang" | "untuk" | "&" | "of" | "the"
                ) => {}
            Some(_) => return false,
            None => {}
        }
    }
    any
}

/// Whether the quoted words end like an utterance (`,` `.` `!` `?`).
fn ends_utterance(text: &str, span: Span) -> bool {
    span.slice(text)
        .and_then(|s| s.trim_end().chars().last())
        .is_some_and(|c| matches!(c, ',' | '.' | '!' | '?' | '…'))
}

/// What pass 2 remembers while walking the findings: shared speakers, so that remembering
/// one copies nothing.
#[derive(Default)]
struct State {
    last_person: Option<Rc<Speaker>>,
    last_group: Option<Rc<Speaker>>,
    last: Option<(usize, Rc<Speaker>)>,
}

/// Pass 2: resolves mentions and carries speakers, in text order.
fn resolve(
    text: &str,
    findings: &[Finding],
    subjects: Vec<Said>,
    marked: &[Marked],
    registry: &Registry<'_>,
) -> Vec<Quote> {
    let mut state = State::default();
    let mut out = Vec::with_capacity(findings.len());
    let mut subjects = subjects.into_iter().peekable();
    for (i, f) in findings.iter().enumerate() {
        // Named subjects of the sentences before this finding: the latest is who `-nya` means.
        while let Some(said) = subjects.next_if(|s| s.mention.span.start < f.span.start) {
            let from = said.mention.span.start;
            let s = speaker_of(text, said, from, &state, registry);
            // One capitalised word alone (`Acara`, `Malah`) is too weak to be a subject; a
            // company (`Pupuk Indonesia memastikan`) is none.
            let named = (s.role.is_some()
                || s.name
                    .as_deref()
                    .is_some_and(|n| n.contains(char::is_whitespace)))
                && !s.name.as_deref().is_some_and(|n| {
                    // Not a role phrase (`Kepala Dinas … Kota Pontianak` ends with a place).
                    s.role.is_none()
                        && n.split_whitespace().count() <= 3
                        && registry::names_company(n)
                });
            if s.kind == SpeakerKind::Person && named {
                state.last_person = Some(Rc::new(s));
            }
        }
        let speaker = match &f.said {
            Some(said) => Some(speaker_of(
                text,
                said.clone(),
                f.span.start,
                &state,
                registry,
            )),
            // Indirect speech names its speaker in its own sentence, or has none (`Menurut
            // laporan, …`): it never takes the previous quote's speaker.
            None if f.kind == QuoteKind::Indirect => None,
            None => carried(text, findings, i, marked, &state, registry),
        };
        let speaker = speaker.map(Rc::new);
        if let Some(s) = &speaker {
            remember(&mut state, f.paragraph, s);
        }
        out.push(Quote {
            kind: f.kind,
            text: f.span.slice(text).unwrap_or("").to_owned(),
            span: f.span,
            cue: f.cue.as_ref().map(|c| Cue {
                text: c.span.slice(text).unwrap_or("").to_owned(),
                lemma: c.lemma.to_owned(),
                span: c.span,
            }),
            speaker: speaker.map(Rc::unwrap_or_clone),
            citation: f.citation.clone(),
            rule: f.rule,
        });
    }
    out
}

/// Updates what pass 2 remembers after a speaker was chosen.
fn remember(state: &mut State, paragraph: usize, s: &Rc<Speaker>) {
    if s.name.is_some() {
        match s.kind {
            SpeakerKind::Person => state.last_person = Some(Rc::clone(s)),
            SpeakerKind::Group => state.last_group = Some(Rc::clone(s)),
            _ => {}
        }
    }
    state.last = Some((paragraph, Rc::clone(s)));
}

/// The speaker for a finding without a mention of its own: the quote it runs into, or the
/// speaker of the same or the previous paragraph.
fn carried(
    text: &str,
    findings: &[Finding],
    i: usize,
    marked: &[Marked],
    state: &State,
    registry: &Registry<'_>,
) -> Option<Speaker> {
    let f = findings.get(i)?;
    let mut cur = f;
    for next in findings.iter().skip(i + 1).take(4) {
        if !runs_into(text, cur, next, marked) {
            break;
        }
        if let Some(said) = &next.said {
            let mut s = speaker_of(text, said.clone(), next.span.start, state, registry);
            s.rule = Rule::SpeakerNextQuote;
            return Some(s);
        }
        cur = next;
    }
    let (paragraph, last) = state.last.as_ref()?;
    let continues = f
        .marked
        .and_then(|q| marked.get(q))
        .is_some_and(|m| m.continues);
    (continues || f.paragraph <= paragraph + 1).then(|| Speaker {
        rule: Rule::SpeakerCarried,
        ..Speaker::clone(last)
    })
}

/// Whether quote `a` runs straight into quote `b`: only blanks between them, or `b` continues
/// `a` into the next paragraph.
fn runs_into(text: &str, a: &Finding, b: &Finding, marked: &[Marked]) -> bool {
    let (Some(ma), Some(mb)) = (
        a.marked.and_then(|q| marked.get(q)),
        b.marked.and_then(|q| marked.get(q)),
    ) else {
        return false;
    };
    if mb.continues && mb.paragraph == ma.paragraph + 1 {
        return true;
    }
    mb.paragraph == ma.paragraph
        && text
            .get(after_close(ma)..mb.open.start)
            .is_some_and(|gap| gap.chars().all(crate::text::is_blank))
}

/// Resolves a mention to a speaker. `said_from` is where the words said start: a pronoun
/// with no speaker remembered points to the last person named before them, not to one the
/// quote itself names (`“Menurut data Malaysian Palm Oil Board, …,” ujarnya`).
fn speaker_of(
    text: &str,
    said: Said,
    said_from: usize,
    state: &State,
    registry: &Registry<'_>,
) -> Speaker {
    let Said { mention: m, rule } = said;
    let read = MentionRead {
        pronoun: m.pronoun(),
        role_only: m.role_only(),
        definite: m.definite,
        rule,
    };
    let company = describes_company(&m)
        .then(|| registry.company_before(m.span.start))
        .flatten();
    let mut speaker = Speaker {
        mention: if read.pronoun == Some(Pronoun::Nya) {
            "-nya".to_owned()
        } else {
            m.text
        },
        name: m.name,
        role: m.role,
        kind: m.kind,
        span: m.span,
        rule,
    };
    if let Some(company) = company {
        // `Perseroan menyatakan`, `tulis manajemen`: the company the article is about, no
        // person a later `-nya` could mean (`Perseroan juga berupaya …` then `ujarnya`).
        speaker.name = Some(company.to_owned());
        speaker.kind = SpeakerKind::Organisation;
    } else {
        resolve_mention(&mut speaker, read, said_from, state, registry);
    }
    speaker.mention = crate::text::cleaned(speaker.mention);
    let kind = speaker.kind;
    speaker.name = speaker.name.map(|n| {
        let n = crate::text::cleaned(n);
        match kind {
            SpeakerKind::Person => speakers::without_glued_verb(&n).to_owned(),
            _ => n,
        }
    });
    speaker.role = speaker.role.map(crate::text::cleaned);
    let _ = text;
    speaker
}

/// What a speaker's resolution needs to know of the mention it was made from, once the
/// mention's strings have moved into the [`Speaker`].
#[derive(Clone, Copy)]
struct MentionRead {
    /// The pronoun it is, if any.
    pronoun: Option<Pronoun>,
    /// Only a role, no name (`kata Kapolres`).
    role_only: bool,
    /// A definite description (`politikus itu`).
    definite: bool,
    /// The rule that found the speaker.
    rule: Rule,
}

/// Whether a mention describes a company without naming it (`Perseroan`, `manajemen
/// perusahaan`): every word of it is a [`titles::COMPANY_DESCRIPTIONS`] noun.
fn describes_company(m: &Mention) -> bool {
    m.pronoun().is_none()
        && m.name.as_deref().is_some_and(|n| {
            n.split_whitespace()
                .all(|w| in_list!(titles::COMPANY_DESCRIPTIONS, w.to_lowercase().as_str()))
        })
}

/// Resolves a speaker's pronoun, short name, role or acronym (as its mention wrote it, see
/// `read`) to the speaker it means.
fn resolve_mention(
    speaker: &mut Speaker,
    read: MentionRead,
    said_from: usize,
    state: &State,
    registry: &Registry<'_>,
) {
    let at = speaker.span.start;
    match read.pronoun {
        Some(Pronoun::Person | Pronoun::Nya) => {
            let last = state.last_person.as_ref();
            if let Some(p) = last {
                speaker.name = p.name.clone();
                speaker.role = p.role.clone();
            } else if let Some(p) = registry.last_before(said_from.min(at)) {
                speaker.name = Some(p.name.clone());
                speaker.role = p.role.clone();
            }
            if read.rule != Rule::SpeakerNya {
                speaker.rule = Rule::SpeakerPronoun;
            }
        }
        Some(Pronoun::Plural) => {
            speaker.name = state.last_group.as_ref().and_then(|g| g.name.clone());
        }
        None if speaker.kind == SpeakerKind::Person => {
            let name = speaker.name.as_deref().unwrap_or("");
            let single = !name.contains(char::is_whitespace);
            let found = if read.role_only {
                registry.by_role(first_word(name), at)
            } else {
                registry
                    .alias(name)
                    .or_else(|| registry.resolve(name, at))
                    .or_else(|| {
                        // `Perintah Jokowi`, `Sikap Milanovic`: a capitalised noun glued on.
                        let rest = name.split_once(char::is_whitespace)?.1;
                        registry.resolve(rest, at).or_else(|| registry.alias(rest))
                    })
                    .or_else(|| single.then(|| registry.by_role(name, at)).flatten())
                    .or_else(|| registry.nickname(name, at))
            };
            if let Some(p) = found {
                speaker.name = Some(p.name.clone());
                if speaker.role.is_none() {
                    speaker.role = p.role.clone();
                }
            } else if read.definite && (read.role_only || speaker.role.is_some()) {
                // `Politikus Partai Gerindra ini`: a description of the person just named.
                if let Some(p) = &state.last_person {
                    speaker.name = p.name.clone();
                    speaker.role = p.role.clone().or(speaker.role.take());
                }
            }
        }
        None => {
            // `ungkap JPPI`: an organisation's acronym given in full earlier.
            if let Some(full) = speaker.name.as_deref().and_then(|n| registry.expand(n)) {
                speaker.name = Some(full.into_owned());
            }
        }
    }
}

/// The first word of a phrase.
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or(s)
}

#[cfg(test)]
mod tests;
