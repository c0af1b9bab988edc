//! Indirect speech: reported words without quotation marks.
//!
//! - `Menurut X, …` / `Menurutnya, …` (`quote.indirect.menurut`);
//! - `X mengatakan (bahwa) …`, `X menegaskan, …` (`quote.indirect.verb`), the subject opening
//!   the clause;
//! - `…, kata X.` / `…, ujarnya.` (`quote.indirect.after_cue`);
//! - an attribution inside the sentence (`quote.indirect.embedded`): `Satu yang pasti, kata X,
//!   …`, `Program itu menurut X berhasil …`, `Program itu dia nilai berhasil …`, `Bansos itu
//!   dikatakan Menteri X bakal rampung …`; the span is then the whole sentence, or what follows
//!   the attribution when only a connective precedes it (`Dalam hal ini, kata X, …`).
//!
//! The reported content runs to the end of the sentence, without its final stop and without a
//! trailing attribution (`, kata X`) or citation (`seperti dikutip Y`) clause.

use crate::Rule;
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::article::{Citation, QuoteKind, Span, SpeakerKind};
use crate::lexicon::classes;
use crate::lexicon::speech::{self, CueClass};
use crate::lexicon::{in_list, media, pronouns, titles};
use crate::speech::finding::{
    CueHit, Finding, Said, Sentence, after_close, citation_in, said_by_cue, strip_opener,
};
use crate::speech::quotes::Marked;
use crate::speech::speakers::{self, Mention, Refers};
use crate::speech::words::{Token, WordFinder};
use crate::text::is_blank;

/// Words that open an adjunct of the speech act: after the verb, not yet the content
/// (`mengatakan kepada wartawan bahwa …`: the content starts after `bahwa` when one follows
/// within a few words); between the speaker and the verb (`Harli Siregar di Gedung Kejaksaan
/// Agung, Jakarta, Selasa (10/6/2025), mengatakan bahwa …`).
const ADJUNCT_OPENERS: &[&str] = &[
    "kepada", "di", "dalam", "saat", "ketika", "usai", "seusai", "pada", "melalui", "lewat",
];

/// Whether [`find`] may find indirect speech in the sentence at `span`, asked of its raw text
/// (`lowered` as [`crate::speech::words::sentence_tokens`] takes it) before it is cut into
/// tokens: every rule needs a verb of saying or a report verb, and most sentences have none.
/// Never false when [`find`] would find something.
pub(crate) fn may_find(text: &str, lowered: &str, span: Span) -> bool {
    static REPORTING: LazyLock<WordFinder> = LazyLock::new(|| {
        let reports = speech::PASSIVE_REPORTS
            .iter()
            .chain(speech::REPORTS_INSIDE)
            .chain(speech::PASSIVE_REPORTS_NYA)
            .chain(speech::SPEECH_NOUNS);
        WordFinder::new(
            speech::CUES
                .iter()
                .map(|c| c.form)
                .chain(reports.map(|(form, _)| *form)),
        )
    });
    REPORTING.may_hold(text, lowered, span)
}

/// The indirect speech in `sentence`, if any.
pub(crate) fn find(
    text: &str,
    sentence: &Sentence<'_>,
    marked: &[Marked],
    citations: &[Citation],
) -> Option<Finding> {
    // Every rule needs a verb of saying or a report verb (the words [`may_find`] looks for).
    let reporting = |t: &Token<'_>| t.is_in(classes::CUE | classes::REPORT);
    let opens_nya = sentence
        .tokens
        .first()
        .is_some_and(|t| passive_nya(t).is_some())
        || strip_opener(sentence.tokens)
            .first()
            .is_some_and(|t| passive_nya(t).is_some());
    // The nouns of saying have 9 to 11 letters: most words are not looked up.
    let noun = |t: &Token<'_>| (9..=11).contains(&t.text.len()) && speech_noun(t).is_some();
    if !opens_nya && !sentence.tokens.iter().any(|t| reporting(t) || noun(t)) {
        return None;
    }
    let all = sentence.tokens;
    let inner_stops = (0..all.len()).any(|i| inner_stop(all, i));
    let outside: Cow<'_, [Token<'_>]> = if sentence.quotes.is_empty() && !inner_stops {
        Cow::Borrowed(all)
    } else {
        let outside = all
            .iter()
            .enumerate()
            .filter(|&(i, t)| !inner_stop(all, i) && !in_quote(t.span, sentence, marked));
        Cow::Owned(outside.map(|(_, t)| *t).collect())
    };
    let toks = strip_opener(&outside);
    // `Menurut dia, …` reads as an opener to `strip_opener` (`dia` opens clauses).
    let found = menurut(text, &outside)
        .or_else(|| menurut(text, toks))
        .or_else(|| passive_opener(text, toks))
        .or_else(|| passive_nya_opener(text, toks))
        .or_else(|| after_cue(text, toks))
        .or_else(|| verb(text, toks))
        .or_else(|| noun_cue(text, toks))
        .or_else(|| menurut_inside(text, toks))
        .or_else(|| bare_verb_inside(text, toks))?;
    let Found {
        content_start,
        content_end,
        cue,
        said,
        rule,
    } = found;
    let content_start = after_weekday(toks, content_start)?;
    let said = said.filter(|s| !unowned_document(&s.mention));
    let end = content_end
        .unwrap_or_else(|| trimmed_end(text, sentence, toks, content_start, cue.span, citations));
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

/// Whether `mention` is a document the article gives no owner for (`Menurut laporan, …`,
/// `laporan menyebutkan …`, `Menurut laporan dari sesi latihan pagi, …`): the article does not
/// say who, so the report has no speaker (gold: null). `laporan saksi mata`, `Laporan Marca`
/// name theirs.
fn unowned_document(mention: &Mention) -> bool {
    let mut words = mention.text.split_whitespace();
    let owner = words.nth(1);
    let rest_capitalised = mention
        .text
        .get(1..)
        .is_some_and(|rest| rest.contains(char::is_uppercase));
    mention.kind == SpeakerKind::Document && owner.is_none_or(|w| w == "dari" && !rest_capitalised)
}

/// What one rule of indirect speech found in a sentence.
struct Found {
    /// Where the reported content starts.
    content_start: usize,
    /// Where it ends, when the rule knows (else at the end of the sentence).
    content_end: Option<usize>,
    /// The verb of saying.
    cue: CueHit,
    /// Who said it, when the sentence names them.
    said: Option<Said>,
    /// The rule id.
    rule: Rule,
}

/// How many tokens (a date in brackets is seven) a date adjunct may have before the comma or
/// `bahwa` that closes it (`Rabu (18/6/2025) pukul 15.32 WIB,`).
const DATE_TOKENS: usize = 16;

/// Where the content starting at byte `start` really starts when a weekday opens it: after
/// the date adjunct, at the comma or `bahwa` that closes it (`mengatakan kepada Kompas.com,
/// Selasa (10/6/2025), "…"`, `mengumumkan pada Sabtu malam bahwa …`); `None` when nothing
/// closes it. In the corpus output 11 contents opened with a weekday, none rightly.
fn after_weekday(toks: &[Token<'_>], start: usize) -> Option<usize> {
    let first = toks.iter().position(|t| t.span.start >= start);
    let Some(first) = first.filter(|&i| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && in_list!(media::WEEKDAYS, t.lower().as_str()))
    }) else {
        return Some(start);
    };
    let close = toks
        .iter()
        .enumerate()
        .skip(first + 1)
        .take(DATE_TOKENS)
        .find(|(_, t)| t.is(',') || is_bahwa(t))?
        .0;
    Some(toks.get(close + 1)?.span.start)
}

/// Whether `toks[i]` is a full stop inside a word, glued to the word before and to a
/// lower-case word after (`kepada Kompas.com bahwa …`, `dihubungi Kontan.co.id mengaku …`): no
/// sentence ends there, and the readers of subjects and adjuncts, which stop at a full stop,
/// do not see it. Over the corpus an outlet's domain stands between a subject and its verb
/// of saying, or between the verb and its content, 35 times (`kepada Kontan.co.id`).
fn inner_stop(toks: &[Token<'_>], i: usize) -> bool {
    let glued = |t: Option<&Token<'_>>, at: usize, end: bool| {
        t.is_some_and(|t| {
            t.is_word()
                && if end {
                    t.span.end == at
                } else {
                    t.span.start == at
                }
        })
    };
    toks.get(i).is_some_and(|t| {
        t.is('.')
            && i > 0
            && glued(toks.get(i - 1), t.span.start, true)
            && glued(toks.get(i + 1), t.span.end, false)
            && toks
                .get(i + 1)
                .is_some_and(|n| n.text.starts_with(|c: char| c.is_lowercase()))
    })
}

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
    let form = first.cue().filter(|f| f.lemma == "menurut")?;
    let rest = toks.get(1..).unwrap_or_default();
    let said = said_by_cue(text, first, form, rest, Rule::SpeakerMenurut);
    // `Menurutnya ada sejumlah insentif …`: no comma after the `-nya` form.
    let glued = form.has_nya() && rest.first().is_some_and(|t| t.is_word());
    let comma = if glued {
        0
    } else {
        toks.iter().take(16).position(|t| t.is(','))?
    };
    let (comma, said) = match second_phrase(text, toks, comma) {
        Some(apposed) => (apposed.comma, apposed.said.or(said)),
        None => (comma, said),
    };
    let start = toks.get(comma + 1)?.span.start;
    Some(Found {
        content_start: start,
        content_end: None,
        cue: CueHit {
            span: first.span,
            lemma: form.lemma,
        },
        said,
        rule: Rule::QuoteIndirectMenurut,
    })
}

/// How many words the second of two capitalised phrases after `Menurut` may have.
const APPOSED_WORDS: usize = 6;

/// A second capitalised phrase between commas after `Menurut X,`: the name after a role
/// (`Menurut Danton Satgas BPBD Kota Tangerang Selatan, Dian Wiriyawan, insiden …`) or the
/// role after a name (`Menurut Andi Sukma, Executive Director Ipsos Indonesia, …`); over the
/// corpus `Menurut` opens 21 such pairs of capitalised phrases.
struct Apposed {
    /// The index of the comma that closes the second phrase: the content follows it.
    comma: usize,
    /// The speaker, when the second phrase names them: it opens with a title (`Iptu Noval …`)
    /// or is shorter than the first (a name after its role); else the first phrase does.
    said: Option<Said>,
}

/// The [`Apposed`] phrase after the comma at `toks[comma]`, when one stands there.
fn second_phrase(text: &str, toks: &[Token<'_>], comma: usize) -> Option<Apposed> {
    let first_words = comma.checked_sub(1)?;
    let all_capitalised = |ts: &[Token<'_>]| {
        !ts.is_empty()
            && ts
                .iter()
                .all(|t| t.is_word() && (t.is_capitalised() || speakers::is_title(t)))
    };
    if !toks.get(1..comma).is_some_and(all_capitalised) {
        return None;
    }
    let rest = toks.get(comma + 1..)?;
    let words = rest
        .iter()
        .take(APPOSED_WORDS + 1)
        .position(|t| t.is(','))?;
    let second = rest.get(..words)?;
    // The content after the second comma is a clause, not a date or a list's next item.
    let after = rest
        .get(words + 1)
        .filter(|t| t.is_word() && !t.is_capitalised());
    if words < 2 || !all_capitalised(second) || after.is_none() {
        return None;
    }
    let titled = second.first().is_some_and(speakers::is_title);
    let said = (titled || words < first_words)
        .then(|| speakers::after_cue(text, second))
        .flatten()
        .filter(|m| m.kind == SpeakerKind::Person)
        .map(|mention| Said {
            mention,
            rule: Rule::SpeakerMenurut,
        });
    Some(Apposed {
        comma: comma + 1 + words,
        said,
    })
}

/// `Dijelaskan X, …`, `Disampaikan oleh X, …`: a passive report verb opens the sentence, its
/// agent follows, and the content starts after the comma.
fn passive_opener(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let first = toks.first().filter(|t| t.is_word() && t.is_capitalised())?;
    let lemma = speech::passive_report(&first.lower())?;
    let by = usize::from(toks.get(1).is_some_and(|t| t.lower() == "oleh"));
    let rest = toks.get(1 + by..).unwrap_or_default();
    let mention = speakers::after_cue(text, rest)?;
    // `Disebutkan Binsar juga, …`: an adverb may stand before the comma.
    let comma = rest
        .iter()
        .position(|t| t.span.start >= mention.span.end)
        .map(|i| {
            let adverb = rest
                .get(i)
                .is_some_and(|t| t.is_word() && in_list!(speech::ADVERBS, t.lower().as_str()));
            i + usize::from(adverb)
        })
        .filter(|&i| rest.get(i).is_some_and(|t| t.is(',')))?;
    let start = rest.get(comma + 1)?.span.start;
    Some(Found {
        content_start: start,
        content_end: None,
        cue: CueHit {
            span: first.span,
            lemma,
        },
        said: Some(Said {
            mention,
            rule: Rule::SpeakerPassive,
        }),
        rule: Rule::QuoteIndirectPassiveOpener,
    })
}

/// The `me-` lemma of a passive report verb with a `-nya` agent (`Dijelaskannya`), if `t` is
/// one ([`speech::PASSIVE_REPORTS_NYA`]).
fn passive_nya(t: &Token<'_>) -> Option<&'static str> {
    if !t.is_word() || !t.is_capitalised() {
        return None;
    }
    let lower = t.lower();
    speech::PASSIVE_REPORTS_NYA
        .iter()
        .find(|(form, _)| *form == lower.as_str())
        .map(|(_, lemma)| *lemma)
}

/// `Dijelaskannya, …`, `Diungkapkannya persoalan ini …`: a passive report verb whose `-nya`
/// agent is the person spoken of before opens the sentence; the content follows it, after a
/// comma or `bahwa` when one stands there.
fn passive_nya_opener(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let first = toks.first()?;
    let lemma = passive_nya(first)?;
    let next = toks.get(1)?;
    let skip = if next.is(',') && toks.get(2).is_some_and(is_bahwa) {
        3
    } else if next.is(',') || is_bahwa(next) {
        2
    } else if next.is_word() && !next.is_capitalised() {
        1
    } else {
        return None;
    };
    Some(Found {
        content_start: toks.get(skip)?.span.start,
        content_end: None,
        cue: CueHit {
            span: first.span,
            lemma,
        },
        said: Some(Said {
            mention: Mention::nya(text, first.span)?,
            rule: Rule::SpeakerNya,
        }),
        rule: Rule::QuoteIndirectPassiveOpener,
    })
}

/// The cue at `toks[k]`, the speaker it names (recorded with `rule`), and the index of the
/// first token after both (`kata Budi Santoso, …`, `menurutnya …`).
fn speaker_at<'t, 'a>(
    text: &str,
    toks: &'t [Token<'a>],
    k: usize,
    rule: Rule,
) -> Option<(&'t Token<'a>, &'static speech::CueForm, Said, usize)> {
    let cue_tok = toks.get(k)?;
    let form = cue_tok.cue()?;
    let said = said_by_cue(
        text,
        cue_tok,
        form,
        toks.get(k + 1..).unwrap_or_default(),
        rule,
    )?;
    let after = toks
        .iter()
        .position(|t| t.span.start >= said.mention.span.end.max(cue_tok.span.end))
        .unwrap_or(toks.len());
    Some((cue_tok, form, said, after))
}

/// `X mengatakan (bahwa) …`: the first verb of saying whose subject opens the clause and that
/// is followed by content (`Menanggapi hal itu, X menegaskan …` is X's `menegaskan`).
fn verb(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let (k, form, mention, content) = toks.iter().enumerate().take(30).find_map(|(i, t)| {
        let form = t.cue().filter(|f| {
            t.is_word() && (f.class.reports_clause() || f.class == CueClass::Directive)
        })?;
        let mention = subject(text, toks, i)
            .or_else(|| coordinated_subject(text, toks, i))
            .or_else(|| relative_subject(text, toks, i))?;
        let cause =
            form.class == CueClass::Directive || in_list!(speech::THING_SUBJECT_VERBS, form.lemma);
        if cause && names_a_cause(&mention) {
            return None;
        }
        let content = if form.class == CueClass::Directive {
            directive_content(toks, i)?
        } else {
            content_after_verb(toks, i, form.class)?
        };
        let topic = toks.get(content).is_some_and(|t| {
            let lower = t.lower();
            in_list!(speech::TOPIC_MARKERS, lower.as_str())
                || in_list!(speech::OBJECT_NOUNS, lower.as_str())
        });
        let object = form.class != CueClass::Directive && possessed_object(toks, content);
        if content == i + 1
            && (topic
                || object
                || in_list!(speech::TAKES_NOUN_OBJECT, form.lemma) && !is_clause(toks, content))
        {
            return None;
        }
        Some((i, form, mention, content))
    })?;
    let verb = toks.get(k)?;
    // After `bahwa` or a comma the content starts right there, with any quoted words that
    // open it (`menyatakan bahwa "hari baik akan datang" bagi …`).
    toks.get(content)?;
    let start = if content > k + 1 {
        toks.get(content - 1)?.span.end
    } else {
        toks.get(content)?.span.start
    };
    Some(Found {
        content_start: start,
        content_end: None,
        cue: CueHit {
            span: verb.span,
            lemma: form.lemma,
        },
        said: Some(Said {
            mention,
            rule: Rule::SpeakerBeforeCue,
        }),
        rule: Rule::QuoteIndirectVerb,
    })
}

/// Whether the content at `toks[at..]` is a possessed noun tied to its complement by a
/// preposition ([`speech::OBJECT_PREPOSITIONS`]): the verb's noun-phrase object, not a clause
/// (`menegaskan dukungannya terhadap …`, `menyampaikan rasa bangganya atas …`; SPEC, Quotes).
fn possessed_object(toks: &[Token<'_>], at: usize) -> bool {
    let rasa = toks.get(at).is_some_and(|t| t.lower() == "rasa");
    let noun_at = if rasa { at + 1 } else { at };
    let possessed = toks.get(noun_at).is_some_and(|t| {
        let lower = t.lower();
        t.is_word()
            && lower.len() > 5
            && lower.ends_with("nya")
            && !in_list!(speech::NYA_CLAUSE_WORDS, lower.as_str())
    });
    // Next to the noun in the text: a quote left out between them (`kelompoknya "tidak
    // netral" dalam perang`) makes a clause.
    let next_to = |t: &Token<'_>| {
        toks.get(noun_at)
            .is_some_and(|n| t.span.start.saturating_sub(n.span.end) <= ADJACENT_GAP)
    };
    possessed
        && toks.get(noun_at + 1).is_some_and(|t| {
            next_to(t) && in_list!(speech::OBJECT_PREPOSITIONS, t.lower().as_str())
        })
}

/// How many bytes of space may stand between two neighbouring words (a no-break space is
/// two).
const ADJACENT_GAP: usize = 3;

/// Whether `mention`, the subject of a directive or of a verb a thing may have as subject
/// ([`speech::THING_SUBJECT_VERBS`]), is a thing the text points back to rather than a speaker:
/// one capitalised common noun and a demonstrative, with no role (`Kondisi ini menuntut
/// kesiapan …`, `Situasi tersebut mendorong investor untuk …`, `Konsep ini mengingatkan kami
/// pada …`): the verb states a cause there, not a demand or a claim. In the corpus output
/// before this rule 31 of the 34 directives with such a subject had a thing as subject; person
/// nouns (`Perempuan itu mendesak`), unnamed speakers (`Pelaku ini mengancam`) and groups stay
/// speakers.
fn names_a_cause(mention: &Mention) -> bool {
    let lower = mention.text.to_lowercase();
    mention.definite
        && mention.text.starts_with(char::is_uppercase)
        && mention.kind == SpeakerKind::Person
        && mention.role.is_none()
        && !mention.text.contains(char::is_whitespace)
        && !in_list!(speech::PERSON_NOUNS, lower.as_str())
        && !in_list!(speech::UNNAMED_SUBJECT_HEADS, lower.as_str())
        && !in_list!(titles::GROUP_HEADS, lower.as_str())
}

/// The lemma of the verb a noun of saying stands for (`penegasan` → `menegaskan`), if `t` is
/// one ([`speech::SPEECH_NOUNS`]).
fn speech_noun(t: &Token<'_>) -> Option<&'static str> {
    let lower = t.lower();
    speech::SPEECH_NOUNS
        .iter()
        .find(|(noun, _)| *noun == lower.as_str())
        .map(|(_, lemma)| *lemma)
}

/// How many words may stand between a noun of saying and its `bahwa` (`pernyataan resmi
/// tertulis bahwa`).
const NOUN_CUE_REACH: usize = 4;

/// `X memberikan penegasan bahwa …`, `X membuat klarifikasi bahwa …`: a light verb and a noun of
/// saying whose subject opens the clause, then `bahwa` within a few words; the content follows
/// `bahwa`, the cue is the verb and the noun with the noun's verb as lemma.
fn noun_cue(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    toks.iter().enumerate().take(30).find_map(|(i, t)| {
        if !in_list!(speech::LIGHT_VERBS, t.text) {
            return None;
        }
        let noun = toks.get(i + 1).filter(|n| n.is_word())?;
        let lemma = speech_noun(noun)?;
        let bahwa = toks
            .iter()
            .enumerate()
            .skip(i + 2)
            .take(NOUN_CUE_REACH)
            .take_while(|(_, w)| w.is_word())
            .find(|(_, w)| is_bahwa(w))
            .map(|(j, _)| j)?;
        let mention = subject(text, toks, i)?;
        Some(Found {
            content_start: toks.get(bahwa + 1)?.span.start,
            content_end: None,
            cue: CueHit {
                span: Span::new(t.span.start, noun.span.end),
                lemma,
            },
            said: Some(Said {
                mention,
                rule: Rule::SpeakerBeforeCue,
            }),
            rule: Rule::QuoteIndirectVerb,
        })
    })
}

/// The subject of the verb at `toks[k]` when it opens the clause: maybe after connectives
/// (`Namun Mendagri mengatakan`), an adverbial phrase and a comma (`Menanggapi hal itu,
/// Menteri X menekankan`), a role and a comma (`Ketua Federasi … (FSP-RTMM), Sudarto menilai`);
/// a relative clause after the head is skipped (`X yang juga Ketua Y ini menilai`).
fn subject(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    subject_before_role(text, toks, k)
        .or_else(|| subject_before_apposition(text, toks, k))
        .or_else(|| subject_ending_at(text, toks, k))
        .or_else(|| subject_before_adjunct(text, toks, k))
        .or_else(|| unnamed_subject(text, toks, k))
        .or_else(|| definite_subject(text, toks, k))
        // A date or a number is no speaker (`pada hari Senin, (28/1) menuduh`, `pada Selasa,
        // 27 Mei 2025, memerintahkan`), nor a word that opens a sentence with no subject
        // (`Pertama, meminta agar …`).
        .filter(|m| {
            m.text.starts_with(|c: char| c.is_alphabetic() || c == '@')
                && !in_list!(speech::SUBJECTLESS_OPENERS, m.text.to_lowercase().as_str())
        })
}

/// How many words a definite description before its verb may have (`Pria berusia 33 tahun
/// itu`, `Mantan menteri pertahanan itu`).
const DEFINITE_WORDS: usize = 6;

/// The definite description that is the subject of the verb at `toks[k]` when it opens the
/// clause: a role head or a person noun ([`speech::PERSON_NOUNS`]), a few plain words and a
/// demonstrative (`Mantan menteri pertahanan itu mengatakan`, `Pria berusia 33 tahun itu
/// mengungkap`); a role without a name, which points back to the person named last. Over the
/// corpus 205 sentences open with a capitalised noun, up to five words and a demonstrative
/// before a common verb of saying, about half of them people.
fn definite_subject(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let mut stop = k;
    while stop > 0
        && toks
            .get(stop - 1)
            .is_some_and(|t| t.is_in(classes::ADVERB) && !t.is_in(classes::DEMONSTRATIVE))
    {
        stop -= 1;
    }
    let demonstrative = stop.checked_sub(1)?;
    if !toks.get(demonstrative)?.is_in(classes::DEMONSTRATIVE) {
        return None;
    }
    let from = demonstrative.saturating_sub(DEFINITE_WORDS);
    let start = (from..demonstrative).find(|&p| toks.get(..p).is_some_and(opens_clause))?;
    let phrase = toks.get(start..demonstrative)?;
    let head = phrase.first()?;
    let person =
        speakers::opens_role(phrase) || in_list!(speech::PERSON_NOUNS, head.lower().as_str());
    // Lower-case words only: a name inside (`Artis Nova Eliza baru-baru ini`) is read by the
    // phrase reader, and `baru-baru ini` is a time.
    let plain = phrase
        .iter()
        .skip(1)
        .all(|t| !t.is_capitalised() && (is_plain_phrase_word(t) || t.lower() == "berusia"));
    let time = phrase.last().is_some_and(|t| t.lower() == "baru-baru");
    if !person || !plain || time {
        return None;
    }
    description(text, phrase)
}

/// How many words an unnamed speaker phrase before its verb may have (`petani dari wilayah
/// tersebut kini`).
const UNNAMED_WORDS: usize = 7;

/// The unnamed speaker of the verb at `toks[k]`: a lower-case phrase that opens the clause with
/// a group head or a person noun ([`speech::UNNAMED_SUBJECT_HEADS`]) and runs to the verb
/// (`Sementara itu, pihak pemohon membenarkan bahwa …`, `Responden survei menganggap …`), cut
/// before a relative clause (`beberapa bankir yang dihubungi Kontan mengaku …`). A phrase with
/// a predicate, a comma or a name of its own is not one.
fn unnamed_subject(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let mut stop = k;
    while stop > 0 && toks.get(stop - 1).is_some_and(|t| t.is_in(classes::ADVERB)) {
        stop -= 1;
    }
    let from = stop.saturating_sub(UNNAMED_WORDS);
    let start = (from..stop).find(|&p| {
        toks.get(p).is_some_and(|t| {
            let lower = t.lower();
            t.is_word()
                && (t.is_in(classes::GROUP_HEAD)
                    || in_list!(speech::UNNAMED_SUBJECT_HEADS, lower.as_str()))
        }) && toks.get(..p).is_some_and(opens_clause)
    })?;
    let phrase = toks.get(start..stop)?;
    let end = phrase
        .iter()
        .position(|t| t.lower() == "yang")
        .unwrap_or(phrase.len());
    let words = phrase.get(..end)?;
    // `Beberapa waktu yang lalu OLX menyebut`: a time, not a speaker; `perusahaan tersebut`
    // points back to a name the resolver does not reach from here.
    let time = words
        .get(1)
        .is_some_and(|t| in_list!(speech::TIME_NOUNS, t.lower().as_str()));
    // The adverbs skipped before the verb hold the demonstrative (`perusahaan tersebut juga`).
    let definite = toks
        .get(start..k)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|t| t.is_in(classes::DEMONSTRATIVE) || !t.is_in(classes::ADVERB))
        .is_some_and(|t| t.is_in(classes::DEMONSTRATIVE));
    if time || definite {
        return None;
    }
    let plain = words.iter().skip(1).all(is_plain_phrase_word);
    (plain && !words.is_empty()).then(|| speakers::unnamed_group(text, words))?
}

/// Whether a token may sit inside a speaker's noun phrase before its verb: a word that is no
/// verb of saying, no predicate, no clause break and no coordination (`dan`, `serta`, `atau`).
fn is_plain_phrase_word(t: &Token<'_>) -> bool {
    let lower = t.lower();
    t.is_word()
        && t.cue().is_none()
        && !is_predicate(&lower)
        && !in_list!(speech::CLAUSE_BREAKS, lower.as_str())
        && !matches!(lower.as_str(), "dan" | "serta" | "atau")
}

/// Words that open an apposition or a relative clause between the subject and its verb,
/// closed by commas: `Dimas, selaku pengelola Sendang Asri, menjelaskan`, `X, sapaan akrab Y,
/// menegaskan`, `X, yang juga Ketua Y, mengatakan` (corpus, before a verb of saying: `yang`
/// 23, `sapaan` 3, `sebagai` 2, `selaku` 1, `seorang` 5: `Irfan, seorang pengemudi …,
/// mengungkapkan`). A plain role between commas (`Ketua RT, Andi, mengatakan`) is left alone:
/// the name there is the speaker.
const APPOSITION_OPENERS: &[&str] = &["yang", "selaku", "sapaan", "sebagai", "seorang"];

/// How many words an apposition between commas may have.
const APPOSITION_WORDS: usize = 14;

/// The subject of the verb at `toks[k]` when an apposition between commas stands between them
/// ([`APPOSITION_OPENERS`]): the subject ending at the apposition's first comma. The apposition
/// may hold commas of its own (`Aris, seorang pedagang buah di Desa X, Kecamatan Y, Jombang,
/// mengaku`).
fn subject_before_apposition(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let close = k.checked_sub(1)?;
    if !toks.get(close)?.is(',') {
        return None;
    }
    let from = close.saturating_sub(APPOSITION_WORDS);
    let open = (from..close)
        .rev()
        .take_while(|&j| toks.get(j).is_some_and(|t| !t.is('.') && t.cue().is_none()))
        .filter(|&j| toks.get(j).is_some_and(|t| t.is(',')))
        .find(|&j| {
            toks.get(j + 1)
                .is_some_and(|t| in_list!(APPOSITION_OPENERS, t.lower().as_str()))
        })?;
    subject_ending_at(text, toks, open)
}

/// The named subject of the verb at `toks[k]` when its role follows the name after a comma
/// and runs to the verb with no comma of its own to close it (`Hexana Tri Sasongko, Direktur
/// Utama Jiwasraya mengatakan`, `Aris, seorang pedagang buah di Desa X, Kecamatan Y mengaku`):
/// the name, with the role when the phrase reader gave none. Over the corpus a name, a comma
/// and a role run to a common verb of saying 148 times (most `Role, Name mengatakan`, which
/// this leaves to [`subject_ending_at`]: a role before the comma names nobody).
fn subject_before_role(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let mut stop = k;
    while stop > 0 && toks.get(stop - 1).is_some_and(|t| t.is_in(classes::ADVERB)) {
        stop -= 1;
    }
    let from = stop.saturating_sub(APPOSITION_WORDS);
    let mut mention = (from..stop)
        .rev()
        .take_while(|&j| toks.get(j).is_some_and(is_role_token))
        .filter(|&j| toks.get(j).is_some_and(|t| t.is(',')))
        .filter(|&j| toks.get(j + 1..stop).is_some_and(opens_apposed_role))
        .find_map(|j| {
            // A one-word name only before an apposition opener (`Aris, seorang …`): `Senada,
            // analis X mengatakan` opens with a connective, not a name.
            let opener = toks
                .get(j + 1)
                .is_some_and(|t| in_list!(APPOSITION_OPENERS, t.lower().as_str()));
            // A name starts with a capital (`Pada 27 September, klub menyatakan`: a date).
            subject_ending_at(text, toks, j)
                .filter(|m| {
                    m.kind == SpeakerKind::Person
                        && m.refers == Refers::Name
                        && m.text.starts_with(char::is_uppercase)
                        && (full_name(m) || opener)
                })
                .map(|m| (j, m))
        });
    if let Some((j, m)) = mention.as_mut() {
        if m.role.is_none() {
            let role = Span::new(toks.get(*j + 1)?.span.start, toks.get(stop - 1)?.span.end);
            m.role = role.slice(text).map(str::to_owned);
        }
    }
    mention.map(|(_, m)| m)
}

/// Whether a token may stand in a role written after a name (`Direktur Utama Jiwasraya`,
/// `Asosiasi Asuransi Jiwa Indonesia (AAJI)`, `seorang pedagang buah di Desa X, Kecamatan Y`):
/// capitalised words (`Dan` among them), plain lower-case words, brackets and commas; no stop,
/// verb of saying or predicate.
fn is_role_token(t: &Token<'_>) -> bool {
    matches!(t.text, "," | "(" | ")" | "&")
        || (t.is_word() && t.cue().is_none() && (t.is_capitalised() || is_plain_phrase_word(t)))
}

/// Whether `role`, the words after a name's comma, open as a role does: a role head
/// (`Direktur`, `juru bicara`) or an apposition opener (`seorang`); not another capitalised
/// name (`Hasan Ende, Hariyanto menjelaskan`: the name after the comma speaks), a pronoun
/// (`Lewat Instagram, dia membocorkan`) or a coordination (`Baik GHF, maupun Israel,
/// membantah`).
fn opens_apposed_role(role: &[Token<'_>]) -> bool {
    role.first().is_some_and(|first| {
        first.is_word()
            && (speakers::opens_role(role) || in_list!(APPOSITION_OPENERS, first.lower().as_str()))
    })
}

/// The subject of a verb of saying coordinated with the clause's first verb (`Rusia dan China
/// menentang perluasan NATO dan menyerukan aliansi itu untuk …`): the subject of that first
/// verb, when `dan` or `serta` comes right before the verb of saying.
fn coordinated_subject(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let before = toks.get(k.checked_sub(1)?)?.lower();
    if !matches!(before.as_str(), "dan" | "serta") {
        return None;
    }
    let first = toks.get(..k)?.iter().position(|t| {
        t.is_word()
            && !t.is_capitalised()
            && t.lower().starts_with("me")
            && is_predicate(&t.lower())
    })?;
    subject(text, toks, first)
}

/// The person a relative clause of saying hangs on, anywhere in the sentence (`Hal itu
/// disampaikan Ketua RT Azhar yang menyebutkan …`, `… Iman Nugroho Soeko yang menyatakan …`):
/// a full name with its role right before `yang` (or `yang juga`) and the verb at `toks[k]`.
/// Over the corpus 107 capitalised words stand before `yang` and a common verb of saying; a
/// body, a law or a product there (`Putusan Mahkamah Konstitusi yang menyatakan`, `UUD 1945
/// yang menyatakan`, `Garuda Indonesia yang meminta`) is no person's name, and without a role
/// the phrase reader cannot tell a bare two-word name from them, so those are left out.
fn relative_subject(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let mut yang = k.checked_sub(1)?;
    if toks.get(yang)?.lower() == "juga" {
        yang = yang.checked_sub(1)?;
    }
    if !toks
        .get(yang)
        .is_some_and(|t| t.is_word() && t.lower() == "yang")
    {
        return None;
    }
    speakers::before_verb(text, toks, yang).filter(|m| full_name(m) && m.role.is_some())
}

/// The subject of the verb at `toks[k]` when an adjunct stands between them (`Harli Siregar di
/// Gedung Kejaksaan Agung, Jakarta, Selasa (10/6/2025), mengatakan`, `Putut Hari Satyaka
/// dalam surat bernomor S-256 menyebutkan`): the subject right before an adjunct opener within
/// [`ADJUNCT_WORDS`] words, with no sentence stop or other verb of saying in between.
fn subject_before_adjunct(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let from = k.saturating_sub(ADJUNCT_WORDS);
    let between = toks.get(from..k)?;
    (from..k)
        .rev()
        .take_while(|&j| {
            between
                .get(j - from)
                .is_some_and(|t| !t.is('.') && t.cue().is_none())
        })
        .filter(|&j| {
            toks.get(j)
                .is_some_and(|t| t.is_word() && in_list!(ADJUNCT_OPENERS, t.lower().as_str()))
        })
        .find_map(|j| subject_ending_at(text, toks, j))
        // A sentence opening with a verb (`Menunjuk pada …`) has no named subject there.
        .filter(|m| m.text.contains(char::is_whitespace) || !is_predicate(&m.text.to_lowercase()))
}

/// The subject that ends right before `toks[k]`, when it opens its clause.
fn subject_ending_at(text: &str, toks: &[Token<'_>], k: usize) -> Option<Mention> {
    let mention = speakers::before_verb(text, toks, k)?;
    let lead = lead_of(toks, &mention);
    let head = toks.get(..lead)?;
    if opens_clause(head) || (full_name(&mention) && role_words_before(head)) {
        return Some(mention);
    }
    // `Xi Jinping bersama Presiden Putin sepakat minta …`: the subject is the first of the two.
    let joined = head.last().filter(|t| t.is_word()).map(|t| t.lower());
    if lead > 0 && matches!(joined.as_deref(), Some("bersama" | "beserta")) {
        return subject_ending_at(text, toks, lead - 1);
    }
    if lead > 0 && joined.as_deref() == Some("atau") {
        return after_atau(text, toks, lead - 1, mention);
    }
    // `X yang juga Ketua Y ini menilai`: the subject is the phrase before `yang`.
    let yang = head
        .iter()
        .rposition(|t| t.is_word() && t.lower() == "yang")
        .filter(|&y| {
            y > 0
                && head
                    .get(y..)
                    .is_some_and(|rel| !rel.iter().any(|t| t.is(',')))
        })?;
    let described = speakers::before_verb(text, toks, yang)?;
    if !opens_clause(toks.get(..lead_of(toks, &described))?) {
        return None;
    }
    // `Pria yang karib disapa Didi ini mengatakan`: a description, closed by a demonstrative.
    let closed = toks
        .get(..k)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|t| t.is_in(classes::DEMONSTRATIVE) || !t.is_in(classes::ADVERB))
        .is_some_and(|t| t.is_in(classes::DEMONSTRATIVE));
    Some(match toks.get(lead_of(toks, &described)..yang) {
        Some(noun) if closed && describes_person(noun) => description(text, noun)?,
        _ => described,
    })
}

/// Whether `head`, the words before a relative clause, is one noun that describes a person
/// without naming one: a role head or a person noun (`Pria`, `Pelatih`, `Perempuan`). Over
/// the corpus about 40 sentences open with such a noun, a relative clause and a demonstrative
/// before a verb of saying (`pria` 13, `wanita` 3, `pelatih` 3, `perempuan` 2).
fn describes_person(head: &[Token<'_>]) -> bool {
    match head {
        [noun] => {
            speakers::opens_role(head) || in_list!(speech::PERSON_NOUNS, noun.lower().as_str())
        }
        _ => false,
    }
}

/// The mention of a definite description without a name (`Pria yang … ini`): the resolver
/// gives it the person named last.
fn description(text: &str, head: &[Token<'_>]) -> Option<Mention> {
    let span = Span::new(head.first()?.span.start, head.last()?.span.end);
    let written = span.slice(text)?.to_owned();
    Some(Mention {
        span,
        text: written.clone(),
        name: None,
        role: Some(written),
        kind: SpeakerKind::Person,
        refers: Refers::Role,
        definite: true,
    })
}

/// How many words an alias after `atau` may have.
const ALIAS_WORDS: usize = 2;

/// The subject of a verb whose subject phrase holds `atau` at `toks[k + 1]`, `after` being the
/// mention after it. Over the corpus a name, `atau` and a name run to a common verb of saying 18
/// times. An alias has one or two words (`Jokowi`, `Gus Ipul`, `KAI Commuter`), and the full
/// name before `atau`, the named subject ending at `toks[k]`, speaks (`Menteri Sosial
/// Saifullah Yusuf atau Gus Ipul mengatakan`, `Organisasi Kesehatan Dunia atau WHO menyebut`).
/// A longer phrase after `atau` is a second role with the speaker's own name, and the words
/// before `atau` are a role (`Ketua Tim Pengawas Haji DPR atau Timwas Haji DPR Cucun Ahmad
/// Syamsurijal menyatakan`).
fn after_atau(text: &str, toks: &[Token<'_>], k: usize, after: Mention) -> Option<Mention> {
    if after.text.split_whitespace().count() > ALIAS_WORDS {
        return Some(after);
    }
    subject_ending_at(text, toks, k).filter(|m| m.refers == Refers::Name)
}

/// Whether `mention` names a person by a name of two words or more (`Eyal Zamir`; not
/// `Trump`, the head of `pejabat pemerintahan Trump`, nor a place, `warga asal Kecamatan X`).
fn full_name(mention: &Mention) -> bool {
    mention.kind == SpeakerKind::Person
        && mention
            .name
            .as_deref()
            .is_some_and(|n| n.contains(char::is_whitespace))
}

/// How many lower-case words of a role may stand before a name the phrase reader stops at.
const ROLE_WORDS_BEFORE: usize = 4;

/// Whether `head`, the words before a named subject, is the rest of its role phrase, which the
/// phrase reader left out at a lower-case word (`Kepala militer Israel Eyal Zamir mengatakan`,
/// `Adapun kiper Bayern Munchen Manuel Neuer mengakui`): a few plain words after any
/// connectives, none a predicate, a verb of saying, a subordinator, `yang` or a coordination.
fn role_words_before(head: &[Token<'_>]) -> bool {
    let connectives = head
        .iter()
        .take_while(|t| {
            let lower = t.lower();
            in_list!(pronouns::CLAUSE_OPENERS, lower.as_str())
                || in_list!(speech::ADVERBS, lower.as_str())
        })
        .count();
    let words = head.get(connectives..).unwrap_or_default();
    let last = words.last().map(|t| t.lower());
    !words.is_empty()
        && words.len() <= ROLE_WORDS_BEFORE
        && !last.is_some_and(|w| matches!(w.as_str(), "asal" | "dari" | "di" | "ke" | "pada"))
        && words.iter().enumerate().all(|(i, t)| {
            let lower = t.lower();
            // Lower case but for the sentence's first word: `Presiden X bersama Presiden Y`
            // has a subject of its own before the name.
            (i + connectives == 0 || !t.is_capitalised())
                && is_plain_phrase_word(t)
                && !in_list!(pronouns::CLAUSE_OPENERS, lower.as_str())
                && !matches!(lower.as_str(), "yang" | "oleh" | "bersama" | "beserta")
        })
}

/// The number of tokens before `mention`.
fn lead_of(toks: &[Token<'_>], mention: &Mention) -> usize {
    toks.iter()
        .take_while(|t| t.span.start < mention.span.start)
        .count()
}

/// Whether the words before a subject leave it opening its clause: nothing, a few connectives
/// or adverbs, or a phrase closed by a comma.
fn opens_clause(head: &[Token<'_>]) -> bool {
    let connectives = head.len() <= 3
        && head.iter().all(|t| {
            let lower = t.lower();
            in_list!(pronouns::CLAUSE_OPENERS, lower.as_str())
                || in_list!(speech::ADVERBS, lower.as_str())
        });
    connectives || head.last().is_some_and(|t| t.is(','))
}

/// The index of the first content token after the verb at `toks[k]`: after `bahwa`, a comma
/// or a colon; after an adjunct (`kepada wartawan`, `sebelumnya`) that a `bahwa` or a comma
/// closes; right after a strong verb.
fn content_after_verb(toks: &[Token<'_>], k: usize, class: CueClass) -> Option<usize> {
    let next = toks.get(k + 1)?;
    if (next.is(',') || next.is(':')) && toks.get(k + 2).is_some_and(is_bahwa) {
        return Some(k + 3);
    }
    if next.is(',') || next.is(':') || is_bahwa(next) {
        return Some(k + 2);
    }
    let strong = matches!(class, CueClass::Verb | CueClass::AfterOrVerb);
    let adverb = next.is_word() && in_list!(speech::ADVERB_ADJUNCTS, next.lower().as_str());
    if adverb || is_adjunct(toks, k + 1) {
        // An adverb (`secara terpisah,`, `lebih lanjut,`) is closed by a comma at once.
        let reach = if adverb { 4 } else { ADJUNCT_WORDS };
        let clause = toks
            .iter()
            .enumerate()
            .skip(k + 1)
            .take(ADJUNCT_WORDS)
            .take_while(|(_, t)| !t.is('.'));
        let mut comma = None;
        for (i, t) in clause {
            if is_bahwa(t) {
                return Some(i + 1);
            }
            if t.is(',') && comma.is_none() && i <= k + reach {
                comma = Some(i + 1);
            }
        }
        if strong && opens_with_time(toks, k + 1) {
            return Some(k + 1);
        }
        if let Some(c) = comma {
            return Some(skip_day(toks, c));
        }
        if !adverb {
            return None;
        }
    }
    (strong && next.is_word()).then_some(k + 1)
}

/// Whether the words at `toks[at]` are a time that opens the reported clause, not an adjunct
/// of the speech act: `saat ini`, `saat itu`, `di tahun ini`, `pada saat itu` (`mengatakan
/// saat ini situasi di Myanmar sulit`: over the corpus a verb of saying is followed by such a
/// time 88 times without `bahwa`, `saat ini` 72 of them, each the start of the content).
fn opens_with_time(toks: &[Token<'_>], at: usize) -> bool {
    let word = |i: usize| toks.get(i).filter(|t| t.is_word()).map(|t| t.lower());
    let (Some(first), Some(second)) = (word(at), word(at + 1)) else {
        return false;
    };
    matches!(first.as_str(), "saat" | "di" | "pada")
        && matches!(second.as_str(), "ini" | "itu" | "tahun" | "saat")
        && !(first == "saat" && second == "saat")
}

/// The index of the first content token after the directive at `toks[k]`, when a clause
/// follows: the addressee is content (`meminta NATO menghormati …`, `mengimbau warga agar …`,
/// `meminta kepada X untuk …`); after `bahwa`, a comma or a colon the content starts there. A
/// noun object alone (`meminta maaf kepada warga`, `mendorong pertumbuhan ekonomi`, `menuntut
/// penghapusan X`) is no clause.
fn directive_content(toks: &[Token<'_>], k: usize) -> Option<usize> {
    let next = toks.get(k + 1)?;
    if next.is(',') || next.is(':') || is_bahwa(next) {
        return content_after_verb(toks, k, CueClass::Verb);
    }
    if !next.is_word() || in_list!(speech::DIRECTIVE_NOUN_OBJECTS, next.lower().as_str()) {
        return None;
    }
    let verb = toks.get(k)?.lower();
    if in_list!(speech::THREATS, verb.as_str()) {
        return in_list!(speech::THREAT_LINKS, next.lower().as_str()).then_some(k + 1);
    }
    predicate_follows(toks, k + 1, speech::DIRECTIVE_LINKS, &[]).then_some(k + 1)
}

/// Whether the words at `toks[at]` are an adjunct of the speech act (`kepada wartawan`,
/// `sebelumnya`, `dalam keterangan tertulis`, `pada Senin`), not the start of the content
/// (`dalam perjanjian pertama, perusahaan …`, `pada masa penawaran, …`).
fn is_adjunct(toks: &[Token<'_>], at: usize) -> bool {
    let Some(first) = toks.get(at).filter(|t| t.is_word()) else {
        return false;
    };
    let lower = first.lower();
    if matches!(lower.as_str(), "dalam" | "pada") {
        return toks.get(at + 1).is_some_and(|t| {
            let next = t.lower();
            in_list!(speech::STATEMENT_SETTINGS, next.as_str())
                || in_list!(media::WEEKDAYS, next.as_str())
        });
    }
    in_list!(ADJUNCT_OPENERS, lower.as_str())
}

/// Whether the content at `toks[at..]`, right after a verb that also takes noun objects
/// (`mengungkapkan keinginannya untuk …`, `menyampaikan salam hormat kepada …`), is a clause:
/// a predicate word before any `untuk` or `kepada` ([`predicate_follows`]).
fn is_clause(toks: &[Token<'_>], at: usize) -> bool {
    predicate_follows(toks, at, &[], &["untuk", "kepada"])
}

/// How many words after a verb its clause must have begun (`meminta kepada seluruh jajaran
/// menteri dan kepala lembaga untuk …`).
const CLAUSE_REACH: usize = 14;

/// Whether a clause starts within [`CLAUSE_REACH`] words from `toks[at]`, before the sentence
/// ends: a word of `links` (`agar`, `untuk`), or a lower-case predicate of the object's own
/// (`NATO menghormati`, `inflasi akan naik`). The verb of a relative clause is not one (`KPR
/// yang disalurkan BTN memiliki …`: `memiliki` is), nor a verb after a coordination
/// (`mendorong investasi dan membuka …` is two acts); a subordinator after the first word
/// (`karena`, `usai`) or a word of `stops` ends the search.
fn predicate_follows(toks: &[Token<'_>], at: usize, links: &[&str], stops: &[&str]) -> bool {
    let mut relative = false;
    let mut conjunction = false;
    let mut coordinated = false;
    let words = toks
        .iter()
        .skip(at)
        .take_while(|t| !t.is('.'))
        .filter(|t| t.is_word())
        .take(CLAUSE_REACH);
    let mut after_preposition = false;
    for (n, t) in words.enumerate() {
        let lower = t.lower();
        let lower = lower.as_str();
        if links.contains(&lower) {
            return true;
        }
        // A verb after a preposition is no predicate (`kemurahan hati yang diberikan aparat
        // dalam mendukung …`, `dengan menggunakan …`).
        let governed = std::mem::replace(
            &mut after_preposition,
            in_list!(speech::VERB_PREPOSITIONS, lower),
        );
        if governed {
            continue;
        }
        if stops.contains(&lower) || (n > 0 && in_list!(speech::CLAUSE_BREAKS, lower)) {
            return false;
        }
        let predicate = !t.is_capitalised() && is_predicate(lower);
        if lower == "yang" {
            relative = true;
        } else if matches!(lower, "dan" | "serta" | "atau") {
            conjunction = true;
        } else if relative {
            // The relative clause ends with its first word past the auxiliaries (`yang tidak
            // memadai`, `yang hadir dalam rapat itu turut memberikan …`).
            relative = in_list!(speech::PREDICATE_MARKERS, lower);
        } else {
            let marker = in_list!(speech::PREDICATE_MARKERS, lower);
            // A verb right after a coordination is a second act (`mendorong investasi dan
            // membuka …`): after it only an auxiliary or a copula makes a clause (`kebijakan,
            // dan aksi korporasi adalah …`). A noun there is coordinated with the one before
            // (`operasi atau penyelenggaraan pasar murah digelar`).
            if std::mem::take(&mut conjunction) && predicate && !marker {
                coordinated = true;
            }
            if predicate && (!coordinated || marker) {
                return true;
            }
        }
    }
    false
}

/// A word that marks a predicate: an auxiliary (`akan`, `tidak`) or a `me-`, `ber-`, `di-`,
/// `ter-` verb.
fn is_predicate(lower: &str) -> bool {
    if in_list!(speech::PREDICATE_MARKERS, lower) {
        return true;
    }
    // `bergabungnya`, `dibukanya`: nominalised, not a predicate.
    lower.chars().count() >= 6
        && !lower.ends_with("nya")
        && ["me", "be", "di", "te"]
            .iter()
            .any(|p| lower.starts_with(p))
        && !in_list!(speech::NOT_VERBS, lower)
}

/// How far after a verb of saying an adjunct may run before its `bahwa` or comma.
const ADJUNCT_WORDS: usize = 20;

/// `…, Senin (12/5), harga …`: the content starts after a day and its date.
fn skip_day(toks: &[Token<'_>], at: usize) -> usize {
    let is_day = toks
        .get(at)
        .is_some_and(|t| in_list!(media::WEEKDAYS, t.lower().as_str()));
    if !is_day {
        return at;
    }
    toks.iter()
        .enumerate()
        .skip(at)
        .take(8)
        .find(|(_, t)| t.is(','))
        .map_or(at, |(i, _)| i + 1)
}

fn is_bahwa(t: &Token<'_>) -> bool {
    t.is_word() && speech::COMPLEMENTISERS[..2].contains(&t.lower().as_str())
}

/// `…, kata X.`, `…, ujarnya.`: content from the clause start to the comma. When the
/// attribution sits inside the sentence (`Satu yang pasti, kata X, laga …`) the content is the
/// whole sentence, or what follows it when only connectives precede (`Dalam hal ini, kata X,
/// …`, `Karena itu, lanjutnya, …`, `Lanjut X, …`).
fn after_cue(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    // `Masih kata Irzan, …`, `Sementara kata Iman, …`: a connective may open the sentence.
    let k = (0..toks.len()).find(|&i| {
        (i == 0
            || (i >= 2 && toks.get(i - 1).is_some_and(|t| t.is(',')))
            || (i <= 2 && toks.get(..i).is_some_and(opening_connectives)))
            && toks.get(i).is_some_and(|t| {
                t.is_word()
                    && t.cue()
                        .is_some_and(|f| f.class.follows_quote() && f.lemma != "menurut")
            })
    })?;
    let (cue_tok, form, said, after) = speaker_at(text, toks, k, Rule::SpeakerAfterCue)?;
    let cue = CueHit {
        span: cue_tok.span,
        lemma: form.lemma,
    };
    let head = toks.get(..k.saturating_sub(1)).unwrap_or_default();
    let short_head = head.iter().filter(|t| t.is_word()).count() <= EMBEDDED_HEAD_WORDS;
    if let Some(rest) = continued(toks, after).filter(|_| short_head) {
        let start = if k == 0 || connectives_only(head) {
            rest
        } else {
            toks.first()?.span.start
        };
        return Some(Found {
            content_start: start,
            content_end: None,
            cue,
            said: Some(said),
            rule: Rule::QuoteIndirectEmbedded,
        });
    }
    if k == 0 {
        return None;
    }
    Some(Found {
        content_start: toks.first()?.span.start,
        content_end: Some(toks.get(k - 1)?.span.start),
        cue,
        said: Some(said),
        rule: Rule::QuoteIndirectAfterCue,
    })
}

/// How many words may precede an attribution inside a sentence (`Satu yang pasti, kata X,
/// …`); after a longer clause the attribution ends the report and what follows it is an
/// apposition (`…, tambah X, RDN, salah satu pendiri …`).
const EMBEDDED_HEAD_WORDS: usize = 8;

/// Where the sentence goes on after an attribution that ends at `toks[after]` with a comma
/// (`…, kata X, laga kandang …`): the start of what follows, when it is a clause of its own
/// and not a date, a place or a title (`, kata X, Senin (12/5)`, `, kata X, Ketua RT`).
fn continued(toks: &[Token<'_>], after: usize) -> Option<usize> {
    toks.get(after).filter(|t| t.is(','))?;
    let rest = toks.get(after + 1..)?;
    let first = rest.first().filter(|t| t.is_word())?;
    let lower = first.lower();
    let words = rest.iter().filter(|t| t.is_word()).count();
    let adjunct = in_list!(media::WEEKDAYS, lower.as_str())
        || in_list!(speech::NOT_CONTENT, lower.as_str())
        || speakers::is_title(first);
    (words >= 4 && !adjunct).then_some(first.span.start)
}

/// Whether `head` is only connectives and no pronoun (`Masih`, `Sementara`; not `Ia`, whose
/// `Ia bilang …` is a verb after its subject).
fn opening_connectives(head: &[Token<'_>]) -> bool {
    connectives_only(head)
        && !head.iter().any(|t| {
            let lower = t.lower();
            in_list!(pronouns::PERSON, lower.as_str()) || in_list!(pronouns::PLURAL, lower.as_str())
        })
}

/// Whether `head` is only connectives (`Dalam hal ini`, `Karena itu`, `Bahkan`).
fn connectives_only(head: &[Token<'_>]) -> bool {
    head.iter().all(|t| {
        let lower = t.lower();
        !t.is_word()
            || in_list!(pronouns::CLAUSE_OPENERS, lower.as_str())
            || in_list!(speech::ADVERBS, lower.as_str())
    })
}

/// How deep in a sentence `menurut X` may sit and still frame it.
const MENURUT_WITHIN: usize = 16;

/// `Program itu menurut X berhasil …`, `Harga naik, menurut dia, karena …`: `menurut` inside
/// the sentence; the content is the whole sentence (up to the attribution when it ends it).
fn menurut_inside(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let k = toks
        .iter()
        .enumerate()
        .take(MENURUT_WITHIN)
        .skip(2)
        .find_map(|(i, t)| {
            (t.is_word() && t.cue().is_some_and(|f| f.lemma == "menurut")).then_some(i)
        })?;
    let subordinate = toks.get(..k).unwrap_or_default().iter().any(|t| {
        t.is_word() && in_list!(speech::NOT_CONTENT, t.lower().as_str()) && t.lower() != "yang"
    });
    if subordinate {
        return None;
    }
    let (cue_tok, form, said, after) = speaker_at(text, toks, k, Rule::SpeakerMenurut)
        .filter(|(_, _, said, _)| said.mention.kind != SpeakerKind::Document)?;
    let words_after = toks
        .get(after..)
        .unwrap_or_default()
        .iter()
        .filter(|t| t.is_word())
        .count();
    let end = (words_after == 0)
        .then(|| toks.get(k.checked_sub(1)?).map(|t| t.span.start))
        .flatten()
        .map(|e| {
            if toks.get(k - 1).is_some_and(|t| t.is(',')) {
                e
            } else {
                cue_tok.span.start
            }
        });
    Some(Found {
        content_start: toks.first()?.span.start,
        content_end: end,
        cue: CueHit {
            span: cue_tok.span,
            lemma: form.lemma,
        },
        said: Some(said),
        rule: Rule::QuoteIndirectEmbedded,
    })
}

/// `Program itu dia nilai berhasil …` (a pronoun and a bare verb) and `Bansos itu dikatakan
/// Menteri X bakal rampung …` (a passive with its agent) inside the sentence: the content is
/// the whole sentence. `Hal itu dia sampaikan di …` and `yang dia sebut` are not reports.
fn bare_verb_inside(text: &str, toks: &[Token<'_>]) -> Option<Found> {
    let opener = toks.first()?.lower();
    if in_list!(speech::NOT_REPORTED_SUBJECTS, opener.as_str()) {
        return None;
    }
    let (k, lemma, said, after) = toks.iter().enumerate().skip(2).find_map(|(i, t)| {
        let lower = t.lower();
        let (_, lemma) = speech::REPORTS_INSIDE
            .iter()
            .find(|(form, _)| lower == *form)?;
        let passive = lower.starts_with("di");
        let before = if passive {
            i.checked_sub(1)
        } else {
            i.checked_sub(2)
        };
        if before
            .and_then(|b| toks.get(b))
            .is_some_and(|p| p.lower() == "yang")
        {
            return None;
        }
        let agent = if passive {
            toks.get(i + 1).filter(|a| a.is_capitalised())?;
            speakers::after_cue(text, toks.get(i + 1..)?)
                .filter(|m| matches!(m.kind, SpeakerKind::Person | SpeakerKind::Organisation))?
        } else {
            let subject = toks.get(i - 1)?;
            let m = speakers::after_cue(text, std::slice::from_ref(subject))?;
            m.pronoun()?;
            m
        };
        let after = toks
            .iter()
            .position(|x| x.span.start >= agent.span.end.max(t.span.end))?;
        Some((i, *lemma, agent, after))
    })?;
    let next = toks.get(after).filter(|t| t.is_word())?;
    if in_list!(speech::NOT_CONTENT, next.lower().as_str())
        || in_list!(media::WEEKDAYS, next.lower().as_str())
    {
        return None;
    }
    let cue_tok = toks.get(k)?;
    Some(Found {
        content_start: toks.first()?.span.start,
        content_end: None,
        cue: CueHit {
            span: cue_tok.span,
            lemma,
        },
        said: Some(Said {
            mention: said,
            rule: Rule::SpeakerInside,
        }),
        rule: Rule::QuoteIndirectEmbedded,
    })
}

/// The end of the content that starts at `start`: the sentence end without its final stop,
/// cut before a trailing `, kata X` clause (other than the finding's own `cue`) or a citation.
fn trimmed_end(
    text: &str,
    sentence: &Sentence<'_>,
    toks: &[Token<'_>],
    start: usize,
    cue: Span,
    citations: &[Citation],
) -> usize {
    let mut end = sentence.span.end;
    let attribution = toks.windows(2).find(|w| {
        matches!(w, [a, b] if a.span.start > start && a.is(',') && b.is_word() && b.span != cue
            && b.cue().is_some_and(|f| f.class.follows_quote()))
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

#[cfg(test)]
mod tests {
    use crate::article::{Paragraph, Quote, QuoteKind, Span};

    /// The indirect quotes of `text` (one paragraph a line, no quotation marks): (text, speaker
    /// name, cue lemma).
    fn indirect(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let mut body = Vec::new();
        let mut offset = 0;
        for line in text.split('\n') {
            body.push(Paragraph {
                span: Span::new(offset, offset + line.len()),
            });
            offset += line.len() + 1;
        }
        crate::speech::attribution::attribute(
            &crate::document::Document::new(text),
            &body,
            Vec::new(),
            &[],
        )
        .quotes
        .into_iter()
        .filter(|q: &Quote| q.kind == QuoteKind::Indirect)
        .map(|q| {
            (
                q.text,
                q.speaker.and_then(|s| s.name),
                q.cue.map(|c| c.lemma),
            )
        })
        .collect()
    }

    fn one(text: &str, content: &str, speaker: &str, lemma: &str) {
        assert_eq!(
            indirect(text),
            vec![(
                content.to_owned(),
                Some(speaker.to_owned()),
                Some(lemma.to_owned())
            )],
            "{text}"
        );
    }

    #[test]
    fn only_sentences_with_a_verb_of_saying_are_read() {
        let may_find = |s: &str| {
            let doc = crate::document::Document::new(s);
            super::may_find(s, doc.lowered(), Span::new(0, s.len()))
        };
        assert!(may_find("Menurut Budi, harga naik."));
        assert!(may_find("Harga naik, KATANYA."));
        // Glued to a name: `unglue` cuts the verb out.
        assert!(may_find("Ketua DPR Puanmengatakan harga naik."));
        // Inside a lower-case word, or no verb at all: nothing to read.
        assert!(!may_find("Harga tersebut naik lagi."));
        assert!(!may_find("Warga mengungsi ke balai desa."));
        // One long word of verbs: each run of letters is read once (linear).
        assert!(!may_find(&"kata".repeat(100_000)));
    }

    #[test]
    fn attribution_inside_the_sentence_takes_the_whole_sentence() {
        one(
            "Pelatih Budi Santoso memimpin latihan. Satu hal yang jelas, kata Budi Santoso, tim tamu tak pernah mudah dikalahkan.",
            "Satu hal yang jelas, kata Budi Santoso, tim tamu tak pernah mudah dikalahkan",
            "Budi Santoso",
            "kata",
        );
        one(
            "Wali Kota Bogor Rina Maharani hadir. Program taman kota menurut Rina Maharani juga berhasil menarik wisatawan.",
            "Program taman kota menurut Rina Maharani juga berhasil menarik wisatawan",
            "Rina Maharani",
            "menurut",
        );
        one(
            "Wali Kota Bogor Rina Maharani hadir. Program taman kota tersebut dia nilai berhasil menarik wisatawan.",
            "Program taman kota tersebut dia nilai berhasil menarik wisatawan",
            "Rina Maharani",
            "menilai",
        );
    }

    #[test]
    fn a_relative_clause_of_saying_hangs_on_a_full_name() {
        one(
            "Hal itu disampaikan Ketua RT Agus Salim yang menyebutkan tanggul baru itu dapat menahan ombak.",
            "tanggul baru itu dapat menahan ombak",
            "Agus Salim",
            "menyebutkan",
        );
        // A body is no person's full name, nor a name without its role.
        assert!(
            indirect("Keluhan itu dijawab Garuda Indonesia yang menyatakan bahwa bagasi aman.")
                .is_empty()
        );
        assert!(indirect(
            "Ia menghormati putusan Mahkamah Konstitusi yang menyatakan bahwa gugatan itu ditolak."
        )
        .is_empty());
    }

    #[test]
    fn a_passive_report_verb_may_open_the_sentence() {
        one(
            "Dijelaskan Budi Santoso, stok beras di gudang masih aman hingga akhir tahun.",
            "stok beras di gudang masih aman hingga akhir tahun",
            "Budi Santoso",
            "menjelaskan",
        );
        one(
            "Disampaikan oleh Agus Salim, pelaku sempat melarikan diri usai kejadian.",
            "pelaku sempat melarikan diri usai kejadian",
            "Agus Salim",
            "menyampaikan",
        );
    }

    #[test]
    fn menurut_may_name_a_role_and_a_name_between_commas() {
        // Kompas and Posmetro write the role, then the name, each closed by a comma.
        one(
            "Menurut Danru Damkar Kota Bekasi Timur, Rahmat Hidayat, api muncul dari dapur warga.",
            "api muncul dari dapur warga",
            "Rahmat Hidayat",
            "menurut",
        );
        one(
            "Menurut Kanit Reskrim Polsek Batuampar, Iptu Dedi Kurniawan, pelaku sudah diamankan.",
            "pelaku sudah diamankan",
            "Dedi Kurniawan",
            "menurut",
        );
        // The name first, then the role: the content still starts after the second comma.
        one(
            "Menurut Rina Maharani, Direktur Riset Lembaga Survei Nusantara, elektabilitas partai turun.",
            "elektabilitas partai turun",
            "Rina Maharani",
            "menurut",
        );
    }

    #[test]
    fn a_role_after_the_name_runs_to_the_verb() {
        // Kontan writes the name, a comma, then the role with no comma before the verb.
        one(
            "Rudi Hartanto, Direktur Utama Bank Sejahtera mengatakan, laba bersih naik 12% tahun lalu.",
            "laba bersih naik 12% tahun lalu",
            "Rudi Hartanto",
            "mengatakan",
        );
        one(
            "Sari, seorang penjual sayur di Desa Mekarsari, Kecamatan Cibeber mengaku dagangannya tidak laku sejak pekan lalu.",
            "dagangannya tidak laku sejak pekan lalu",
            "Sari",
            "mengaku",
        );
        // A role before the comma names nobody: the name after it speaks.
        one(
            "Kepala Dinas Sosial Kota Mataram, Ahmad Fauzi mengatakan bantuan sudah disalurkan.",
            "bantuan sudah disalurkan",
            "Ahmad Fauzi",
            "mengatakan",
        );
    }

    #[test]
    fn a_definite_description_points_back_to_the_person_named() {
        // Liputan6 and Tempo name the person, then describe them.
        let text = "Menteri Pemuda dan Olahraga Rudi Hartono meninjau stadion itu.\nPria berusia 41 tahun itu mengungkap pemerintah butuh Rp200 miliar untuk renovasi.";
        assert_eq!(
            indirect(text),
            vec![(
                "pemerintah butuh Rp200 miliar untuk renovasi".to_owned(),
                Some("Rudi Hartono".to_owned()),
                Some("mengungkap".to_owned())
            )]
        );
        let text = "Menteri Pertahanan Prabowo Subianto menghadiri forum itu.\nMantan menteri pertahanan itu mengatakan, Rusia menyambut usulan tersebut.";
        assert_eq!(
            indirect(text),
            vec![(
                "Rusia menyambut usulan tersebut".to_owned(),
                Some("Prabowo Subianto".to_owned()),
                Some("mengatakan".to_owned())
            )]
        );
    }

    #[test]
    fn an_adjunct_may_stand_between_the_speaker_and_the_verb() {
        one(
            "Kepala Dinas Kesehatan Budi Santoso di Balai Kota, Senin (16/6), mengatakan bahwa stok vaksin aman.",
            "stok vaksin aman",
            "Budi Santoso",
            "mengatakan",
        );
        one(
            "Direktur Keuangan Dewi Lestari dalam surat bernomor 12/2025 menyebutkan bahwa dana sudah cair.",
            "dana sudah cair",
            "Dewi Lestari",
            "menyebutkan",
        );
    }

    #[test]
    fn a_second_subject_after_a_prepositional_name_is_its_own_person() {
        // Not an apposition of `Rina`: a clause with its own subject, who speaks again later.
        let text = "Senada dengan Rina, ekonom PT Bank Maju Tbk. Budi Santoso mengatakan bahwa modal bank kecil sangat penting.\nMenurut Budi, bunga kredit akan turun tahun depan.";
        let found = indirect(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .all(|(_, speaker, _)| speaker.as_deref() == Some("Budi Santoso"))
        );
    }

    #[test]
    fn a_connective_before_the_attribution_is_left_out() {
        one(
            "Kapolsek Agus Salim memberi keterangan. Dalam hal ini, kata Agus Salim, para pelaku sudah merencanakan aksinya.",
            "para pelaku sudah merencanakan aksinya",
            "Agus Salim",
            "kata",
        );
        one(
            "Direktur Dewi Lestari hadir. Lanjut Dewi Lestari, penjualan produk baru naik tajam tahun ini.",
            "penjualan produk baru naik tajam tahun ini",
            "Dewi Lestari",
            "lanjut",
        );
    }

    #[test]
    fn a_date_after_the_attribution_is_not_content() {
        one(
            "Harga cabai naik tajam pekan ini, kata Sumarni, Senin (12/5).",
            "Harga cabai naik tajam pekan ini",
            "Sumarni",
            "kata",
        );
    }

    #[test]
    fn a_statement_said_somewhere_is_not_a_report() {
        assert!(indirect("Hal itu dia sampaikan di kantor gubernur pada Senin sore.").is_empty());
        assert!(indirect("Hal itu dikatakan Menteri Budi Santoso dalam rapat kerja.").is_empty());
        assert!(indirect("Acara yang dia sebut festival rakyat itu ramai dikunjungi.").is_empty());
    }

    #[test]
    fn the_subject_may_follow_an_adverbial_phrase() {
        one(
            "Menanggapi kabar itu, Menteri Pertanian Amir Sudrajat menegaskan harga pupuk tidak akan naik.",
            "harga pupuk tidak akan naik",
            "Amir Sudrajat",
            "menegaskan",
        );
        one(
            "Ketua Koperasi Tani Sejahtera, Joko Susilo, mengatakan kepada wartawan, Senin (12/5), panen tahun ini melimpah.",
            "panen tahun ini melimpah",
            "Joko Susilo",
            "mengatakan",
        );
        one(
            "Juru bicara Polda Jambi Andi Wijaya mengatakan sebelumnya bahwa bantuan sudah dikirim ke lokasi.",
            "bantuan sudah dikirim ke lokasi",
            "Andi Wijaya",
            "mengatakan",
        );
    }

    #[test]
    fn a_relative_clause_after_the_subject_is_skipped() {
        one(
            "Oleh karena itu, Hasan Basri yang juga Ketua Komisi I ini menilai penunjukan itu sah.",
            "penunjukan itu sah",
            "Hasan Basri",
            "menilai",
        );
    }

    #[test]
    fn a_noun_object_is_not_reported_speech() {
        assert!(indirect("Menteri Pertanian Amir Sudrajat mengungkapkan keinginannya untuk membuka lahan baru.").is_empty());
        assert!(
            indirect("Pelatih Budi Santoso membeberkan fakta-fakta yang terjadi selama laga.")
                .is_empty()
        );
        assert!(
            indirect("Bupati Ratna Dewi menyampaikan salam hormat kepada para guru di daerahnya.")
                .is_empty()
        );
        one(
            "Direktur Utama PT Sinar Abadi, Joko Susilo, menyampaikan dalam perjanjian pertama, perusahaan mendapat kredit Rp 150 miliar.",
            "dalam perjanjian pertama, perusahaan mendapat kredit Rp 150 miliar",
            "Joko Susilo",
            "menyampaikan",
        );
        one(
            "Direktur Utama PT Sinar Abadi, Joko Susilo, menyampaikan dalam keterangan tertulis, perusahaan mendapat kredit Rp 150 miliar.",
            "perusahaan mendapat kredit Rp 150 miliar",
            "Joko Susilo",
            "menyampaikan",
        );
    }

    #[test]
    fn an_attribution_before_the_verb_names_the_speaker() {
        one(
            "Kepala Dinas Sosial Joko Susilo hadir. Karena itu, lanjutnya, Dinas Sosial memastikan bantuan tiba pekan ini.",
            "Dinas Sosial memastikan bantuan tiba pekan ini",
            "Joko Susilo",
            "lanjut",
        );
    }

    #[test]
    fn a_predicate_right_after_the_verb_is_content() {
        one(
            "Namun Menteri Sekretaris Negara Prasetyo Hadi mengatakan tidak ada kandungan energi di pulau itu.",
            "tidak ada kandungan energi di pulau itu",
            "Prasetyo Hadi",
            "mengatakan",
        );
        one(
            "Ketua Komisi I Hasan Basri menyatakan bahwa \"masa sulit sudah lewat\" bagi timnya.",
            "\"masa sulit sudah lewat\" bagi timnya",
            "Hasan Basri",
            "menyatakan",
        );
    }

    #[test]
    fn a_long_clause_before_the_attribution_ends_the_report() {
        one(
            "Kacang mete menurunkan risiko penyakit jantung pada orang dewasa yang rutin makan, tambah Dewi Lestari, RD, salah satu pendiri klinik gizi.",
            "Kacang mete menurunkan risiko penyakit jantung pada orang dewasa yang rutin makan",
            "Dewi Lestari",
            "tambah",
        );
        assert!(
            indirect("Kata rezeki sendiri disebut 123 kali dalam kitab itu dengan makna berbeda.")
                .is_empty()
        );
    }

    #[test]
    fn a_directive_with_a_clause_is_reported_speech() {
        one(
            "Gubernur Jawa Barat Dedi Mulyadi mengimbau warga agar tidak panik menghadapi banjir.",
            "warga agar tidak panik menghadapi banjir",
            "Dedi Mulyadi",
            "mengimbau",
        );
        one(
            "Presiden Joko Widodo meminta kepada seluruh menteri untuk menertibkan bawahannya.",
            "kepada seluruh menteri untuk menertibkan bawahannya",
            "Joko Widodo",
            "meminta",
        );
        one(
            "Ketua Serikat Buruh Andi Wijaya mendesak pemerintah segera menaikkan upah minimum.",
            "pemerintah segera menaikkan upah minimum",
            "Andi Wijaya",
            "mendesak",
        );
        one(
            "Rusia dan China menentang perluasan aliansi itu dan menyerukan NATO untuk meredam ketegangan.",
            "NATO untuk meredam ketegangan",
            "Rusia dan China",
            "menyerukan",
        );
    }

    #[test]
    fn a_directive_with_a_noun_object_is_not() {
        assert!(
            indirect("Bupati Ratna Dewi meminta maaf kepada warga yang terdampak banjir.")
                .is_empty()
        );
        assert!(
            indirect("Menteri Keuangan Sri Wahyuni mendorong pertumbuhan ekonomi digital.")
                .is_empty()
        );
        assert!(
            indirect(
                "Kejaksaan Negeri Bogor memerintahkan penahanan tersangka usai sidang berakhir."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_clause_after_a_verb_that_takes_noun_objects() {
        // detik: two nouns coordinated before the clause's own predicate.
        one(
            "Bupati Sleman Rina Wulandari mengungkap operasi atau penyelenggaraan pasar murah digelar di setiap kelurahan.",
            "operasi atau penyelenggaraan pasar murah digelar di setiap kelurahan",
            "Rina Wulandari",
            "mengungkap",
        );
        // CNBC: a modal adjective is the predicate.
        one(
            "Presiden Joko Widodo mengungkapkan masyarakat pantas kecewa karena pelayanan buruk.",
            "masyarakat pantas kecewa karena pelayanan buruk",
            "Joko Widodo",
            "mengungkapkan",
        );
        // A verb after a preposition is no predicate of the object's.
        assert!(
            indirect("Bupati Ratna Dewi menyampaikan apresiasi atas kemurahan hati yang diberikan warga dalam mendukung acara itu.")
                .is_empty()
        );
        // A second act after the coordination is no clause of the object's.
        assert!(
            indirect("Menteri Rudi Hartono mengungkapkan rasa kecewa dan meninggalkan ruangan.")
                .is_empty()
        );
    }

    #[test]
    fn a_passive_report_with_its_nya_agent_may_open_the_sentence() {
        // Posmetro: the person was named in the sentence before.
        let text = "Kepala Dinas Pendidikan Budi Santoso menemui para guru.\nDiungkapkannya persoalan ini bermula dari aturan lama yang masih berlaku.";
        assert_eq!(
            indirect(text),
            vec![(
                "persoalan ini bermula dari aturan lama yang masih berlaku".to_owned(),
                Some("Budi Santoso".to_owned()),
                Some("mengungkapkan".to_owned())
            )]
        );
        let text = "Kepala Dinas Pendidikan Budi Santoso menemui para guru.\nDijelaskannya, tunjangan akan cair pekan depan.";
        assert_eq!(
            indirect(text),
            vec![(
                "tunjangan akan cair pekan depan".to_owned(),
                Some("Budi Santoso".to_owned()),
                Some("menjelaskan".to_owned())
            )]
        );
    }

    #[test]
    fn a_light_verb_and_a_noun_of_saying_report_a_clause() {
        // KapanLagi and CNN write the statement as a noun before `bahwa`.
        one(
            "Dalam pernyataannya, Rina Maharani juga memberikan penegasan bahwa partainya akan mendukung kebijakan itu.",
            "partainya akan mendukung kebijakan itu",
            "Rina Maharani",
            "menegaskan",
        );
        one(
            "Majalah Tempo Kini juga telah membuat klarifikasi bahwa gambar mereka disalahartikan.",
            "gambar mereka disalahartikan",
            "Majalah Tempo Kini",
            "mengklarifikasi",
        );
        // A decision is no statement.
        assert!(indirect("Budi Santoso membuat keputusan bahwa rapat ditunda.").is_empty());
    }

    #[test]
    fn a_date_is_no_speaker() {
        assert!(
            indirect("Pemerintah menggelar rapat pada hari Senin, (28/1) menuduh importir melanggar aturan.")
                .iter()
                .all(|(_, speaker, _)| speaker.as_deref() != Some("(28/1)"))
        );
    }

    #[test]
    fn a_time_after_the_verb_opens_the_content() {
        one(
            "Kepala Dinas Kesehatan Budi Santoso mengatakan saat ini pasien masih diperiksa, sementara korban dirawat.",
            "saat ini pasien masih diperiksa, sementara korban dirawat",
            "Budi Santoso",
            "mengatakan",
        );
        one(
            "Direktur Keuangan Dewi Lestari menjelaskan di tahun ini pihaknya akan fokus pada pasar domestik.",
            "di tahun ini pihaknya akan fokus pada pasar domestik",
            "Dewi Lestari",
            "menjelaskan",
        );
    }

    #[test]
    fn an_assessment_needs_a_clause() {
        one(
            "Ekonom Bank Maju Budi Santoso memperkirakan inflasi akan naik tahun depan.",
            "inflasi akan naik tahun depan",
            "Budi Santoso",
            "memperkirakan",
        );
        one(
            "Ekonom Bank Maju Dewi Lestari memproyeksikan, rupiah bergerak di kisaran Rp 16.300 per dolar AS.",
            "rupiah bergerak di kisaran Rp 16.300 per dolar AS",
            "Dewi Lestari",
            "memproyeksikan",
        );
        assert!(
            indirect("Para ahli Budi Santoso memperkirakan lonjakan serangan siber, karena pelaku dapat memakai AI.")
                .is_empty()
        );
    }

    #[test]
    fn a_topic_after_the_verb_is_not_content() {
        assert!(
            indirect(
                "Meski Rusia membantah soal rumor invasi, pasukan terus bertambah di perbatasan."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_noun_object_after_the_verb_is_not_content() {
        for text in [
            "Gubernur Jawa Tengah Budi Santoso menekankan pentingnya sinergi antardaerah agar banjir cepat surut.",
            "Bupati Andi Wijaya menyampaikan harapannya agar pabrik ini membuka lapangan kerja.",
            "Tim Garuda Muda memastikan diri lolos ke babak final usai menang 2-0.",
        ] {
            assert!(indirect(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_apposition_between_commas_is_skipped_to_the_subject() {
        one(
            "Dimas Prasetyo, selaku pengelola Taman Asri, menjelaskan bahwa pengunjung naik dua kali lipat.",
            "pengunjung naik dua kali lipat",
            "Dimas Prasetyo",
            "menjelaskan",
        );
        one(
            "Andi Wijaya, yang juga Ketua Koperasi Maju, mengatakan harga pupuk naik sejak Mei.",
            "harga pupuk naik sejak Mei",
            "Andi Wijaya",
            "mengatakan",
        );
    }

    #[test]
    fn bilang_reports_a_clause() {
        one(
            "Ekonom Bank Maju Budi Santoso bilang harga emas akan naik pekan depan.",
            "harga emas akan naik pekan depan",
            "Budi Santoso",
            "bilang",
        );
        one(
            "Harga emas akan naik pekan depan, bilang Budi Santoso.",
            "Harga emas akan naik pekan depan",
            "Budi Santoso",
            "bilang",
        );
    }

    #[test]
    fn menurut_with_a_pronoun_opens_the_report() {
        let found = indirect(
            "Menteri Sosial Saifullah Yusuf mengatakan stok beras aman hingga akhir tahun.\nMenurut dia, harga cabai naik tajam pekan ini.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].0, "harga cabai naik tajam pekan ini");
        assert_eq!(found[1].2.as_deref(), Some("menurut"));
    }

    #[test]
    fn an_unnamed_group_or_role_phrase_speaks() {
        one(
            "Sementara itu, pihak pelapor membenarkan bahwa gugatan itu sudah ditolak hakim.",
            "gugatan itu sudah ditolak hakim",
            "pihak pelapor",
            "membenarkan",
        );
        one(
            "Dalam putusannya, majelis hakim mempertimbangkan bahwa bukti yang diajukan tidak cukup kuat.",
            "bukti yang diajukan tidak cukup kuat",
            "majelis hakim",
            "mempertimbangkan",
        );
        one(
            "Sejumlah pengamat pasar memperkirakan harga saham bank itu akan naik pekan depan.",
            "harga saham bank itu akan naik pekan depan",
            "Sejumlah pengamat pasar",
            "memperkirakan",
        );
        one(
            "Nelayan mengeluh. Pemilik kapal di Pelabuhan Muara Angke mengaku sudah tiga pekan tidak melaut.",
            "sudah tiga pekan tidak melaut",
            "Pemilik kapal di Pelabuhan Muara Angke",
            "mengaku",
        );
    }

    #[test]
    fn a_time_or_a_definite_description_is_no_unnamed_speaker() {
        let found =
            indirect("Beberapa waktu yang lalu Tokoku menyebut mobil bekas itu banyak dicari.");
        assert!(
            found
                .iter()
                .all(|(_, speaker, _)| speaker.as_deref() != Some("Beberapa waktu")),
            "{found:?}"
        );
        assert!(
            indirect("Pelaku mengakui perbuatannya bersama dua temannya yang kini buron.")
                .is_empty()
        );
        assert!(
            indirect("Dalam surat edaran, perusahaan tersebut mengatakan pabrik akan tutup.")
                .iter()
                .all(|(_, speaker, _)| speaker.as_deref() != Some("perusahaan")),
        );
    }

    #[test]
    fn role_words_before_a_name_belong_to_the_subject() {
        one(
            "Kepala militer Israel Eyal Zamir mengatakan bahwa operasi itu telah mencapai tujuannya.",
            "operasi itu telah mencapai tujuannya",
            "Eyal Zamir",
            "mengatakan",
        );
        one(
            "Adapun kiper tim tamu Andi Wijaya mengakui timnya kehilangan fokus di babak kedua.",
            "timnya kehilangan fokus di babak kedua",
            "Andi Wijaya",
            "mengakui",
        );
    }

    #[test]
    fn an_apposition_may_hold_commas_of_its_own() {
        one(
            "Sarmin, seorang pedagang sayur di Desa Sukamaju, Kecamatan Cibeber, Cianjur, mengaku omzetnya turun sejak banjir.",
            "omzetnya turun sejak banjir",
            "Sarmin",
            "mengaku",
        );
    }

    #[test]
    fn a_report_nobody_owns_has_no_speaker() {
        let found = indirect(
            "Menurut Budi Santoso, harga beras naik tajam pekan ini.\nMenurut laporan, harga pesawat itu mencapai 6 juta dolar AS per unit.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[1],
            (
                "harga pesawat itu mencapai 6 juta dolar AS per unit".to_owned(),
                None,
                Some("menurut".to_owned())
            )
        );
    }

    #[test]
    fn an_outlet_domain_inside_the_sentence_is_no_full_stop() {
        one(
            "Budi Santoso mengatakan kepada Kompas.com bahwa penyaluran kredit tumbuh 10 persen.",
            "penyaluran kredit tumbuh 10 persen",
            "Budi Santoso",
            "mengatakan",
        );
        one(
            "Namun beberapa bankir yang dihubungi Kontan.co.id mengaku belum memanfaatkan fasilitas itu.",
            "belum memanfaatkan fasilitas itu",
            "beberapa bankir",
            "mengaku",
        );
    }

    #[test]
    fn a_possessed_noun_with_its_complement_is_an_object() {
        for text in [
            "Bupati Sleman Andi Wijaya menyampaikan rasa bangganya atas prestasi para atlet muda.",
            "Bank Maju menegaskan komitmennya dalam memperluas layanan digital di daerah.",
            "Gubernur Budi Santoso menyatakan dukungannya terhadap kebijakan pemerintah pusat.",
        ] {
            assert!(indirect(text).is_empty(), "{text}");
        }
        // A quote between the noun and the preposition makes a clause.
        let quoted = indirect(
            "Andi Wijaya mengatakan kelompoknya \"tidak netral\" dalam perang dagang itu.",
        );
        assert_eq!(quoted.len(), 1, "{quoted:?}");
        // A clause after `pihaknya` stays one.
        one(
            "Budi Santoso mengatakan pihaknya dalam waktu dekat akan membuka kantor baru.",
            "pihaknya dalam waktu dekat akan membuka kantor baru",
            "Budi Santoso",
            "mengatakan",
        );
    }

    #[test]
    fn a_weekday_opens_no_content() {
        one(
            "Budi Santoso mengatakan kepada Kompas.com, Selasa (10/6/2025), harga cabai turun tajam.",
            "harga cabai turun tajam",
            "Budi Santoso",
            "mengatakan",
        );
    }

    #[test]
    fn a_list_item_or_a_purpose_has_no_subject() {
        for text in [
            "Ada dua tuntutan. Pertama, meminta agar pemerintah kota membayar tunjangan guru.",
            "Guna memastikan keamanan, panitia memeriksa setiap tas pengunjung.",
        ] {
            assert!(
                indirect(text)
                    .iter()
                    .all(|(_, speaker, _)| !matches!(speaker.as_deref(), Some("Pertama" | "Guna"))),
                "{text}"
            );
        }
    }

    #[test]
    fn a_thing_pointed_back_to_makes_no_demand() {
        assert!(
            indirect("Kondisi ini menuntut pemerintah daerah untuk menyiapkan dapur umum.")
                .is_empty()
        );
        assert!(
            indirect("Situasi tersebut mendorong warga untuk menjual ternak mereka.").is_empty()
        );
        assert!(
            indirect("Konsep ini mengingatkan kami pada desain ponsel lipat generasi pertama.")
                .is_empty()
        );
        // A person noun stays a speaker.
        let person = indirect("Pria itu mendesak warga agar segera meninggalkan rumah mereka.");
        assert_eq!(person.len(), 1, "{person:?}");
    }

    #[test]
    fn the_full_name_before_an_alias_speaks() {
        one(
            "Gubernur Jawa Barat Dedi Santosa atau Kang Dedi mengaku kecewa dengan lambatnya perbaikan jalan.",
            "kecewa dengan lambatnya perbaikan jalan",
            "Dedi Santosa",
            "mengaku",
        );
        // A role before `atau`, the person's full name after it.
        one(
            "Sekretaris Daerah Jawa Barat atau Sekda Jabar Rina Kusuma mengatakan, anggaran perbaikan jalan sudah cair.",
            "anggaran perbaikan jalan sudah cair",
            "Rina Kusuma",
            "mengatakan",
        );
    }

    #[test]
    fn the_first_of_two_joined_subjects_speaks() {
        one(
            "Presiden Budi Santoso bersama Presiden Andi Wijaya sepakat minta NATO untuk menghentikan ekspansinya.",
            "NATO untuk menghentikan ekspansinya",
            "Budi Santoso",
            "meminta",
        );
    }
}
