//! Scores the parser against the development gold set (`tests/gold/`), overall and per outlet.
//!
//! ```text
//! cargo run --release --example eval              # tables in Markdown
//! cargo run --release --example eval -- --errors  # also every mismatch, for debugging
//! cargo run --release --example eval -- --gold tests/gold-holdout   # the validation set
//! cargo run --release --example eval -- --floors tests/gold/floors.txt  # fail below a floor
//! cargo run --release --example eval -- --corpus-checks  # also the checks needing no gold
//! ```
//!
//! With `--corpus-checks`, the whole corpus is parsed and suspicious frame findings that need
//! no gold are counted (see [`CorpusChecks`]), so that a regression shows as a rising count;
//! with `--errors` too, a few article ids of each are listed.
//!
//! With `--floors FILE` (lines `figure: value`, `#` comments), the program exits with status 1
//! when a headline figure falls more than [`TOLERANCE`] below its floor, or when a floor names
//! a figure the evaluation does not have: the test command runs it so that a change that
//! loses accuracy fails. The floors are the figures of the last release, raised as they improve.
//!
//! Gold spans are code point offsets; the parser's byte spans are converted the same way the
//! `berita/1` JSON does it. Matching rules (documented in tests/gold/README.md):
//! - dateline: right when both are absent, or span, `outlet_id` and `city` all agree;
//! - codes, byline: exact span (and role);
//! - read-also: overlapping spans whose headlines agree (clean text, case-insensitive); a
//!   gold label whose headline was lost (`title_span` null) is scored as boilerplate;
//! - boilerplate recall: a gold item counts when none of its characters is left in the body;
//!   precision: a predicted item counts when it overlaps gold furniture of any kind;
//! - quotes (direct and partial): overlap with IoU ≥ 0.8; attribution also needs the speaker
//!   (same name, or one name of two or more words a contiguous part of the other);
//! - speaker accuracy, over the direct and partial quotes whose span matches and whose gold
//!   speaker is not null: the right person (names matched as for attribution) and the full name
//!   (the normalised name equal to gold's fullest name). With `--errors`, every attribution
//!   error is printed with its class (the quote's rule and the speaker's rule, expected vs got)
//!   and the classes are counted, biggest first;
//! - indirect speech: IoU ≥ 0.5 and the same speaker;
//! - citations: overlapping source spans, one source's words a contiguous part of the other's;
//! - dates: overlap with IoU ≥ 0.5; resolution: same ISO date.

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde_json::Value;

/// Precision/recall counts.
#[derive(Default, Clone, Copy)]
struct Prf {
    tp_p: usize,
    pred: usize,
    tp_r: usize,
    gold: usize,
}

impl Prf {
    fn add(&mut self, o: Prf) {
        self.tp_p += o.tp_p;
        self.pred += o.pred;
        self.tp_r += o.tp_r;
        self.gold += o.gold;
    }
    fn p(self) -> f64 {
        ratio(self.tp_p, self.pred)
    }
    fn r(self) -> f64 {
        ratio(self.tp_r, self.gold)
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn cell(self) -> String {
        if self.pred == 0 && self.gold == 0 {
            "—".into()
        } else {
            format!("{:.3}", self.f1())
        }
    }
}

/// Accuracy counts.
#[derive(Default, Clone, Copy)]
struct Acc {
    right: usize,
    total: usize,
}

impl Acc {
    fn add(&mut self, o: Acc) {
        self.right += o.right;
        self.total += o.total;
    }
    fn value(self) -> f64 {
        ratio(self.right, self.total)
    }
    fn cell(self) -> String {
        if self.total == 0 {
            "—".into()
        } else {
            format!("{:.3}", self.value())
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Every score of one article (or a sum of articles).
#[derive(Default, Clone, Copy)]
struct Scores {
    dateline: Acc,
    codes: Prf,
    byline: Prf,
    read_also: Prf,
    boilerplate: Prf,
    quotes: Prf,
    attribution: Prf,
    speaker: Acc,
    full_name: Acc,
    indirect: Prf,
    citations: Prf,
    dates: Prf,
    resolution: Acc,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.dateline.add(o.dateline);
        self.codes.add(o.codes);
        self.byline.add(o.byline);
        self.read_also.add(o.read_also);
        self.boilerplate.add(o.boilerplate);
        self.quotes.add(o.quotes);
        self.attribution.add(o.attribution);
        self.speaker.add(o.speaker);
        self.full_name.add(o.full_name);
        self.indirect.add(o.indirect);
        self.citations.add(o.citations);
        self.dates.add(o.dates);
        self.resolution.add(o.resolution);
    }
}

impl Scores {
    /// The headline figure of each structure (F1, or accuracy), named as in the report.
    fn headline(&self) -> [(&'static str, f64); 13] {
        [
            ("dateline", self.dateline.value()),
            ("closing codes", self.codes.f1()),
            ("byline credits", self.byline.f1()),
            ("read-also", self.read_also.f1()),
            ("boilerplate", self.boilerplate.f1()),
            ("quote spans", self.quotes.f1()),
            ("attribution", self.attribution.f1()),
            ("speaker accuracy", self.speaker.value()),
            ("full name", self.full_name.value()),
            ("indirect speech", self.indirect.f1()),
            ("citations", self.citations.f1()),
            ("date mentions", self.dates.f1()),
            ("date resolution", self.resolution.value()),
        ]
    }
}

/// How far below its floor a figure may fall before the evaluation fails: rounding of the
/// floors as written (three decimals) and nothing more.
const TOLERANCE: f64 = 0.01;

/// One line of a floors file: the figure's name and its floor.
struct Floor {
    figure: String,
    floor: f64,
}

/// Reads a floors file: `figure: value` lines; blank lines and `#` comments skipped.
fn read_floors(path: &Path) -> Result<Vec<Floor>, String> {
    let content = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read floors {}: {e}", path.display()))?;
    let mut floors = Vec::new();
    for (n, line) in content.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let parsed = line
            .rsplit_once(':')
            .and_then(|(name, value)| Some((name.trim(), value.trim().parse::<f64>().ok()?)));
        let Some((figure, floor)) = parsed else {
            return Err(format!(
                "{}:{}: expected `figure: value`",
                path.display(),
                n + 1
            ));
        };
        floors.push(Floor {
            figure: figure.to_owned(),
            floor,
        });
    }
    Ok(floors)
}

/// The floors that `scores` breaks, each as a line of the report; an unknown figure is one.
fn broken_floors(scores: &Scores, floors: &[Floor]) -> Vec<String> {
    let headline = scores.headline();
    floors
        .iter()
        .filter_map(|f| {
            let Some(&(_, value)) = headline.iter().find(|(name, _)| *name == f.figure) else {
                return Some(format!("`{}`: no such figure", f.figure));
            };
            (value < f.floor - TOLERANCE).then(|| {
                format!(
                    "{}: {value:.3}, floor {:.3} (tolerance {TOLERANCE})",
                    f.figure, f.floor
                )
            })
        })
        .collect()
}

type Span = (usize, usize);

fn span_of(v: &Value) -> Option<Span> {
    let a = v.as_array()?;
    Some((a.first()?.as_u64()? as usize, a.get(1)?.as_u64()? as usize))
}

fn overlap(a: Span, b: Span) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn iou(a: Span, b: Span) -> f64 {
    let inter = overlap(a, b);
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Lower-case words only: for comparing names and headlines.
fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace("&nbsp;", " ")
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Same speaker: equal names, or one a contiguous run of the other's words
/// (`Pupuk Indonesia` and `PT Pupuk Indonesia`; `Peskov` does not match `Dmitry Peskov`'s
/// absence: an empty name never matches).
fn same_name(gold: &str, found: &str) -> bool {
    if gold.is_empty() || found.is_empty() {
        return false;
    }
    let (short, long) = if gold.len() <= found.len() {
        (gold, found)
    } else {
        (found, gold)
    };
    short.split(' ').count() >= 2 && format!(" {long} ").contains(&format!(" {short} "))
        || gold == found
}

/// Same cited source: one name's words a contiguous part of the other's (`BMKG` and
/// `laman BMKG`: annotators differ on keeping the venue).
fn same_source(gold: &str, found: &str) -> bool {
    !gold.is_empty()
        && !found.is_empty()
        && (format!(" {gold} ").contains(&format!(" {found} "))
            || format!(" {found} ").contains(&format!(" {gold} ")))
}

fn slice_chars(text: &[char], s: Span) -> String {
    text.get(s.0..s.1.min(text.len()))
        .map(|c| c.iter().collect())
        .unwrap_or_default()
}

/// Greedy one-to-one matching; returns the number of matched pairs.
fn match_count<G, P>(gold: &[G], pred: &[P], ok: impl Fn(&G, &P) -> bool) -> usize {
    let mut used = vec![false; pred.len()];
    let mut n = 0;
    for g in gold {
        if let Some(i) = (0..pred.len()).find(|&i| !used[i] && ok(g, &pred[i])) {
            used[i] = true;
            n += 1;
        }
    }
    n
}

fn prf<G, P>(gold: &[G], pred: &[P], ok: impl Fn(&G, &P) -> bool) -> Prf {
    let n = match_count(gold, pred, ok);
    Prf {
        tp_p: n,
        pred: pred.len(),
        tp_r: n,
        gold: gold.len(),
    }
}

/// Reads every `prefix*.jsonl` file of the gold folder into id → record.
fn read_gold(dir: &Path, prefix: &str) -> HashMap<String, Value> {
    let mut out = HashMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !(name.starts_with(prefix) && name.ends_with(".jsonl")) {
            continue;
        }
        for line in std::fs::read_to_string(e.path())
            .unwrap_or_default()
            .lines()
        {
            if let Ok(v) = serde_json::from_str::<Value>(line) {
                if let Some(id) = v["id"].as_str() {
                    out.insert(id.to_owned(), v);
                }
            }
        }
    }
    out
}

/// The gold read-also labels whose headline the scraper dropped (`title_span` null): a link
/// with no headline is no read-also, and is scored as furniture (it must stay out of the body).
fn lost_headline_labels(g: &Value) -> Vec<Span> {
    g["read_also"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|x| x["title_span"].is_null())
        .filter_map(|x| span_of(&x["span"]))
        .collect()
}

struct Eval<'a> {
    text: &'a [char],
    doc: &'a Value,
    errors: Vec<String>,
    /// Attribution errors counted by class (the class label with the rules that fired).
    classes: BTreeMap<String, usize>,
}

/// One quote of the gold file or of the parser's output, as the quote scores read it.
#[derive(Debug, Clone)]
struct QuoteItem {
    span: Span,
    /// The speaker's name, normalised; empty when there is none.
    speaker: String,
    /// `direct`, `partial` or `indirect`.
    kind: String,
    /// The rule that found the quote (parser output only).
    rule: String,
    /// The rule that found the speaker (parser output only).
    speaker_rule: String,
}

impl QuoteItem {
    /// Reads the quotes of one gold record or parser document; `speaker` gives the name.
    fn read_all(v: &Value, speaker: &dyn Fn(&Value) -> Option<String>) -> Vec<QuoteItem> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| {
                Some(QuoteItem {
                    span: span_of(&x["span"])?,
                    speaker: speaker(x).unwrap_or_default(),
                    kind: x["kind"].as_str()?.to_owned(),
                    rule: x["rule"].as_str().unwrap_or("").to_owned(),
                    speaker_rule: x["speaker"]["rule"].as_str().unwrap_or("").to_owned(),
                })
            })
            .collect()
    }

    /// Whether the quote has a speaker.
    fn named(&self) -> bool {
        !self.speaker.is_empty()
    }

    /// A gold quote and a predicted one agree on span and speaker.
    fn attributed(gold: &QuoteItem, found: &QuoteItem) -> bool {
        iou(gold.span, found.span) >= 0.8 && same_name(&gold.speaker, &found.speaker)
    }

    /// The rules that fired, for the error classes: `quote rule / speaker rule`.
    fn rules(&self) -> String {
        let speaker = if self.speaker_rule.is_empty() {
            "-"
        } else {
            &self.speaker_rule
        };
        format!("{} / {speaker}", self.rule)
    }
}

/// Why a quote's attribution is wrong, as the error report groups it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AttributionError {
    /// No predicted quote matches the gold quote's span.
    MissedSpan,
    /// A predicted quote with a speaker matches no gold quote's span.
    ExtraSpan,
    /// The span matches, but the parser gives no speaker.
    NoSpeaker,
    /// The span matches, gold has no speaker, the parser gives one.
    SpeakerNotInGold,
    /// The right person, but not the fullest name (`Tony` for `Tony Wenas`).
    ShortName,
    /// Another person or phrase.
    WrongSpeaker,
    /// Right for attribution, but not gold's fullest name: counts against full name only.
    NotFullest,
}

impl AttributionError {
    /// The class of a gold quote's attribution given the predicted quote whose span matches
    /// (`None` when none does); `None` when the attribution is right.
    fn classify(gold: &QuoteItem, found: Option<&QuoteItem>) -> Option<AttributionError> {
        let Some(p) = found else {
            return gold.named().then_some(AttributionError::MissedSpan);
        };
        match (gold.named(), p.named()) {
            (false, false) => None,
            (false, true) => Some(AttributionError::SpeakerNotInGold),
            (true, false) => Some(AttributionError::NoSpeaker),
            (true, true) if gold.speaker == p.speaker => None,
            (true, true) if same_name(&gold.speaker, &p.speaker) => {
                Some(AttributionError::NotFullest)
            }
            (true, true) if format!(" {} ", gold.speaker).contains(&format!(" {} ", p.speaker)) => {
                Some(AttributionError::ShortName)
            }
            (true, true) => Some(AttributionError::WrongSpeaker),
        }
    }

    /// The label of the class, with the rules that fired.
    fn label(self, rules: &str) -> String {
        let name = match self {
            AttributionError::MissedSpan => return "span missed".into(),
            AttributionError::ExtraSpan => "span extra",
            AttributionError::NoSpeaker => "no speaker",
            AttributionError::SpeakerNotInGold => "speaker where gold has none",
            AttributionError::ShortName => "short name",
            AttributionError::WrongSpeaker => "wrong speaker",
            AttributionError::NotFullest => "(full name only) not the fullest name",
        };
        format!("{name}: {rules}")
    }
}

impl Eval<'_> {
    fn frame(&mut self, g: &Value, s: &mut Scores) {
        let d = &self.doc["dateline"];
        let gd = &g["dateline"];
        let right = match (gd.is_null(), d.is_null()) {
            (true, true) => true,
            (false, false) => {
                span_of(&gd["span"]) == span_of(&d["span"])
                    && gd["outlet_id"] == d["outlet_id"]
                    && norm(gd["city"].as_str().unwrap_or(""))
                        == norm(d["city"].as_str().unwrap_or(""))
            }
            _ => false,
        };
        if !right {
            self.errors.push(format!("dateline: gold {gd} / found {d}"));
        }
        s.dateline = Acc {
            right: usize::from(right),
            total: 1,
        };

        let spans = |v: &Value| -> Vec<Span> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| span_of(&x["span"]))
                .collect()
        };
        s.codes = self.scored(
            "codes",
            &spans(&g["codes"]),
            &spans(&self.doc["codes"]),
            |a, b| a == b,
        );

        let credits = |v: &Value| -> Vec<(Span, String)> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| Some((span_of(&x["span"])?, x["role"].as_str()?.to_owned())))
                .collect()
        };
        s.byline = self.scored(
            "byline",
            &credits(&g["byline"]),
            &credits(&self.doc["byline"]),
            |a, b| a == b,
        );

        let text = self.text;
        let gold_ra: Vec<(Span, String)> = g["read_also"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| {
                let title = span_of(&x["title_span"])?;
                Some((span_of(&x["span"])?, norm(&slice_chars(text, title))))
            })
            .collect();
        let pred_ra: Vec<(Span, String)> = self.doc["read_also"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| {
                Some((
                    span_of(&x["span"])?,
                    norm(x["title"].as_str().unwrap_or("")),
                ))
            })
            .collect();
        s.read_also = self.scored("read_also", &gold_ra, &pred_ra, |a, b| {
            overlap(a.0, b.0) > 0 && a.1 == b.1
        });

        let body = spans(&self.doc["body"]);
        let mut gold_bp = spans(&g["boilerplate"]);
        gold_bp.extend(lost_headline_labels(g));
        let not_story: Vec<Span> = ["boilerplate", "read_also", "codes", "byline"]
            .iter()
            .flat_map(|k| spans(&g[*k]))
            .chain(span_of(&g["dateline"]["span"]))
            .collect();
        let pred_bp = spans(&self.doc["boilerplate"]);
        let recalled = gold_bp
            .iter()
            .filter(|gs| body.iter().all(|b| overlap(**gs, *b) == 0))
            .count();
        let precise = pred_bp
            .iter()
            .filter(|p| not_story.iter().any(|n| overlap(**p, *n) > 0))
            .count();
        for gs in gold_bp
            .iter()
            .filter(|gs| body.iter().any(|b| overlap(**gs, *b) > 0))
        {
            self.errors.push(format!(
                "boilerplate left in body: {:?}",
                slice_chars(text, *gs)
            ));
        }
        for p in pred_bp
            .iter()
            .filter(|p| !not_story.iter().any(|n| overlap(**p, *n) > 0))
        {
            self.errors.push(format!(
                "boilerplate found in story: {:?}",
                slice_chars(text, *p)
            ));
        }
        s.boilerplate = Prf {
            tp_p: precise,
            pred: pred_bp.len(),
            tp_r: recalled,
            gold: gold_bp.len(),
        };
    }

    fn quotes(&mut self, g: &Value, s: &mut Scores) {
        let gold = QuoteItem::read_all(&g["quotes"], &|x| x["speaker"].as_str().map(norm));
        let pred = QuoteItem::read_all(&self.doc["quotes"], &|x| {
            let sp = &x["speaker"];
            sp["name"].as_str().or(sp["mention"].as_str()).map(norm)
        });
        let (gq, gi): (Vec<_>, Vec<_>) = gold.into_iter().partition(|q| q.kind != "indirect");
        let (pq, pi): (Vec<_>, Vec<_>) = pred.into_iter().partition(|q| q.kind != "indirect");
        s.quotes = self.scored("quote", &gq, &pq, |a, b| iou(a.span, b.span) >= 0.8);
        let gq_named: Vec<_> = gq.iter().filter(|q| q.named()).cloned().collect();
        let pq_named: Vec<_> = pq.iter().filter(|q| q.named()).cloned().collect();
        s.attribution = prf(&gq_named, &pq_named, QuoteItem::attributed);
        self.speakers(&gq, &pq, s);
        s.indirect = self.scored("indirect", &gi, &pi, |a, b| {
            // A gold item with no speaker (`menurut laporan`) matches a finding with none.
            let unnamed = a.speaker.is_empty() && b.speaker.is_empty();
            iou(a.span, b.span) >= 0.5 && (unnamed || same_name(&a.speaker, &b.speaker))
        });

        let cites = |v: &Value, span_key: &str| -> Vec<(Span, String)> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| Some((span_of(&x[span_key])?, norm(x["source"].as_str()?))))
                .collect()
        };
        s.citations = self.scored(
            "citation",
            &cites(&g["citations"], "span"),
            &cites(&self.doc["citations"], "source_span"),
            |a, b| overlap(a.0, b.0) > 0 && same_source(&a.1, &b.1),
        );
    }

    fn dates(&mut self, g: &Value, s: &mut Scores) {
        let read = |v: &Value| -> Vec<(Span, String)> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| {
                    Some((
                        span_of(&x["span"])?,
                        x["resolved"].as_str().unwrap_or("").to_owned(),
                    ))
                })
                .collect()
        };
        let gold = read(&g["dates"]);
        let pred = read(&self.doc["dates"]);
        s.dates = self.scored("date", &gold, &pred, |a, b| iou(a.0, b.0) >= 0.5);
        let mut used = vec![false; pred.len()];
        for gd in gold.iter().filter(|d| !d.1.is_empty()) {
            if let Some(i) = (0..pred.len()).find(|&i| !used[i] && iou(gd.0, pred[i].0) >= 0.5) {
                used[i] = true;
                let right = gd.1 == pred[i].1;
                if !right {
                    self.errors.push(format!(
                        "date {:?}: resolved {:?}, gold {}",
                        slice_chars(self.text, gd.0),
                        pred[i].1,
                        gd.1
                    ));
                }
                s.resolution.add(Acc {
                    right: usize::from(right),
                    total: 1,
                });
            }
        }
    }

    /// Speaker accuracy and full-name accuracy over the gold direct and partial quotes whose
    /// span a predicted quote matches and whose gold speaker is not null; records every
    /// attribution error with its class.
    fn speakers(&mut self, gold: &[QuoteItem], pred: &[QuoteItem], s: &mut Scores) {
        for g in gold {
            let found = pred.iter().find(|p| iou(g.span, p.span) >= 0.8);
            if let Some(p) = found.filter(|_| g.named()) {
                s.speaker.add(Acc {
                    right: usize::from(same_name(&g.speaker, &p.speaker)),
                    total: 1,
                });
                s.full_name.add(Acc {
                    right: usize::from(g.speaker == p.speaker),
                    total: 1,
                });
            }
            if let Some(class) = AttributionError::classify(g, found) {
                self.attribution_error(class, g, found);
            }
        }
        for p in pred.iter().filter(|p| p.named()) {
            if !gold.iter().any(|g| iou(g.span, p.span) >= 0.8) {
                self.attribution_error(AttributionError::ExtraSpan, p, None);
            }
        }
    }

    /// Records one attribution error: its class, the rules that fired, expected vs got.
    fn attribution_error(
        &mut self,
        class: AttributionError,
        item: &QuoteItem,
        found: Option<&QuoteItem>,
    ) {
        let (rules, got) = match found {
            Some(p) => (p.rules(), p.speaker.as_str()),
            None if class == AttributionError::ExtraSpan => (item.rules(), item.speaker.as_str()),
            None => (String::new(), ""),
        };
        let expected = if class == AttributionError::ExtraSpan {
            ""
        } else {
            item.speaker.as_str()
        };
        let label = class.label(&rules);
        self.errors.push(format!(
            "attribution error [{label}]: expected {expected:?}, got {got:?}: {:?}",
            slice_chars(self.text, item.span)
                .chars()
                .take(70)
                .collect::<String>()
        ));
        *self.classes.entry(label).or_default() += 1;
    }

    /// P/R/F1 of one structure, recording unmatched items as errors.
    fn scored<T: std::fmt::Debug>(
        &mut self,
        what: &str,
        gold: &[T],
        pred: &[T],
        ok: impl Fn(&T, &T) -> bool,
    ) -> Prf {
        let score = prf(gold, pred, &ok);
        for g in gold.iter().filter(|g| !pred.iter().any(|p| ok(g, p))) {
            self.errors
                .push(format!("{what} missed: {g:?} {:?}", self.describe(g)));
        }
        for p in pred.iter().filter(|p| !gold.iter().any(|g| ok(g, p))) {
            self.errors
                .push(format!("{what} extra: {p:?} {:?}", self.describe(p)));
        }
        score
    }

    fn describe<T: std::fmt::Debug>(&self, item: &T) -> String {
        // Items start with their span: show its text.
        let dbg = format!("{item:?}");
        let nums: Vec<usize> = dbg
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|x| x.parse().ok())
            .take(2)
            .collect();
        match nums.as_slice() {
            [a, b] if a <= b => slice_chars(self.text, (*a, *b)).chars().take(90).collect(),
            _ => String::new(),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let floors = match args
        .iter()
        .position(|a| a == "--floors")
        .and_then(|i| args.get(i + 1))
    {
        Some(path) => match read_floors(&root.join(path)) {
            Ok(floors) => Some(floors),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        },
        None => None,
    };
    let gold_dir = match args
        .iter()
        .position(|a| a == "--gold")
        .and_then(|i| args.get(i + 1))
    {
        Some(dir) => root.join(dir),
        None => root.join("tests/gold"),
    };
    let frame = read_gold(&gold_dir, "frame");
    let quotes = read_gold(&gold_dir, "quotes");
    let dates = read_gold(&gold_dir, "dates");
    let Some(records) = common::required_corpus() else {
        return;
    };
    let parser = berita::Parser::default();
    let mut per_outlet: BTreeMap<String, (usize, Scores)> = BTreeMap::new();
    let mut total = Scores::default();
    let mut articles = 0;
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    for r in records.iter().filter(|r| {
        frame.contains_key(&r.id) || quotes.contains_key(&r.id) || dates.contains_key(&r.id)
    }) {
        let meta = berita::Meta {
            published: r.published.clone(),
            ..Default::default()
        };
        let doc = parser.parse_with(&r.text, &meta).to_json_value();
        let chars: Vec<char> = r.text.chars().collect();
        let mut ev = Eval {
            text: &chars,
            doc: &doc,
            errors: Vec::new(),
            classes: BTreeMap::new(),
        };
        let mut s = Scores::default();
        if let Some(g) = frame.get(&r.id) {
            ev.frame(g, &mut s);
        }
        if let Some(g) = quotes.get(&r.id) {
            ev.quotes(g, &mut s);
        }
        if let Some(g) = dates.get(&r.id) {
            ev.dates(g, &mut s);
        }
        if show_errors && !ev.errors.is_empty() {
            println!("## {} ({})", r.id, r.outlet);
            ev.errors.iter().for_each(|e| println!("- {e}"));
        }
        for (class, n) in ev.classes {
            *classes.entry(class).or_default() += n;
        }
        articles += 1;
        total.add(&s);
        let entry = per_outlet.entry(r.outlet.clone()).or_default();
        entry.0 += 1;
        entry.1.add(&s);
    }
    print_report(articles, &total, &per_outlet);
    if show_errors {
        print_attribution_classes(&classes);
    }
    if args.iter().any(|a| a == "--corpus-checks") {
        print_corpus_checks(&corpus_checks(&parser, &records), show_errors);
    }
    if let Some(floors) = floors {
        check_floors(articles, &total, &floors);
    }
}

/// The attribution error classes with their counts, biggest first.
fn print_attribution_classes(classes: &BTreeMap<String, usize>) {
    let mut sorted: Vec<(&String, &usize)> = classes.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("\n## Attribution error classes (quote rule / speaker rule), biggest first\n");
    println!("| class | errors |");
    println!("|---|---|");
    for (class, n) in sorted {
        println!("| {class} | {n} |");
    }
}

/// Exits with status 1, saying why, when no gold article was scored or a floor is broken.
fn check_floors(articles: usize, total: &Scores, floors: &[Floor]) {
    let mut broken = broken_floors(total, floors);
    if articles == 0 {
        broken.push("no gold article was found in the corpus".into());
    }
    if broken.is_empty() {
        eprintln!(
            "every figure is at or above its floor ({} floors)",
            floors.len()
        );
        return;
    }
    eprintln!("the evaluation fell below its floors:");
    broken.iter().for_each(|b| eprintln!("- {b}"));
    std::process::exit(1);
}

fn print_report(articles: usize, t: &Scores, per_outlet: &BTreeMap<String, (usize, Scores)>) {
    println!("# berita evaluation ({articles} gold articles)\n");
    println!("| structure | P | R | F1 / accuracy | gold items |");
    println!("|---|---|---|---|---|");
    println!(
        "| dateline (accuracy) | | | {:.3} | {} |",
        t.dateline.value(),
        t.dateline.total
    );
    let rows: [(&str, Prf); 6] = [
        ("closing codes", t.codes),
        ("byline credits", t.byline),
        ("read-also", t.read_also),
        ("boilerplate", t.boilerplate),
        ("quote spans", t.quotes),
        ("attribution", t.attribution),
    ];
    for (name, x) in rows {
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {} |",
            x.p(),
            x.r(),
            x.f1(),
            x.gold
        );
    }
    for (name, x) in [
        ("speaker accuracy", t.speaker),
        ("full name (accuracy)", t.full_name),
    ] {
        println!("| {name} | | | {:.3} | {} |", x.value(), x.total);
    }
    let rows: [(&str, Prf); 3] = [
        ("indirect speech", t.indirect),
        ("citations", t.citations),
        ("date mentions", t.dates),
    ];
    for (name, x) in rows {
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {} |",
            x.p(),
            x.r(),
            x.f1(),
            x.gold
        );
    }
    println!(
        "| date resolution (accuracy) | | | {:.3} | {} |",
        t.resolution.value(),
        t.resolution.total
    );
    println!("\n## Per outlet (F1; accuracy for dateline and resolution; boilerplate recall)\n");
    println!(
        "| outlet | n | dateline | codes | byline | read-also | boilerplate R | quotes | attribution | speaker | full name | indirect | citations | dates | resolution |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (outlet, (n, s)) in per_outlet {
        let bp = if s.boilerplate.gold == 0 {
            "—".to_string()
        } else {
            format!("{:.3}", s.boilerplate.r())
        };
        println!(
            "| {outlet} | {n} | {} | {} | {} | {} | {bp} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s.dateline.cell(),
            s.codes.cell(),
            s.byline.cell(),
            s.read_also.cell(),
            s.quotes.cell(),
            s.attribution.cell(),
            s.speaker.cell(),
            s.full_name.cell(),
            s.indirect.cell(),
            s.citations.cell(),
            s.dates.cell(),
            s.resolution.cell()
        );
    }
}

/// Counts over the whole corpus of frame findings that look wrong without any gold.
#[derive(Default)]
struct CorpusChecks {
    /// Articles parsed.
    articles: usize,
    /// Read-also items found.
    read_also: usize,
    /// Read-also items with an empty title.
    empty_titles: Vec<String>,
    /// Read-also titles longer than [`MAX_TITLE_CHARS`] characters.
    long_titles: Vec<String>,
    /// Read-also titles holding a sentence end followed by a capital (`... naik. Harga`).
    sentence_titles: Vec<String>,
    /// Articles with a closing code.
    with_codes: usize,
    /// Articles whose last code is followed by more than [`MAX_LINES_AFTER_CODE`] lines.
    lines_after_code: Vec<String>,
    /// Articles without a code, one of whose last [`TAIL_LINES`] lines ends in initials in
    /// brackets (`(abc/def)`, `(rls)`, `(*)`): a code probably missed.
    code_missed: Vec<String>,
}

/// A read-also title longer than this (characters) has swallowed story.
const MAX_TITLE_CHARS: usize = 200;
/// A closing code is followed by at most this many non-blank lines (credits, a footer);
/// more suggests the code found is not the one closing the story.
const MAX_LINES_AFTER_CODE: usize = 2;
/// How many last lines are looked at for a missed code.
const TAIL_LINES: usize = 4;

/// Parses every corpus record and counts the suspicious findings of [`CorpusChecks`].
fn corpus_checks(parser: &berita::Parser, records: &[common::Record]) -> CorpusChecks {
    let mut c = CorpusChecks::default();
    for r in records {
        let a = parser.parse(&r.text);
        c.articles += 1;
        c.read_also += a.read_also.len();
        for ra in &a.read_also {
            let title = ra.title.trim();
            if title.is_empty() {
                c.empty_titles.push(r.id.clone());
            }
            if title.chars().count() > MAX_TITLE_CHARS {
                c.long_titles.push(r.id.clone());
            }
            if has_sentence_end_then_capital(title) {
                c.sentence_titles.push(r.id.clone());
            }
        }
        if let Some(last) = a.codes.iter().map(|code| code.span.end).max() {
            c.with_codes += 1;
            let after = r.text.get(last..).unwrap_or_default();
            if after.lines().filter(|l| !l.trim().is_empty()).count() > MAX_LINES_AFTER_CODE {
                c.lines_after_code.push(r.id.clone());
            }
        } else if r
            .text
            .lines()
            .rev()
            .filter(|l| !l.trim().is_empty())
            .take(TAIL_LINES)
            .any(ends_in_initials)
        {
            c.code_missed.push(r.id.clone());
        }
    }
    c
}

/// Whether `s` holds `.`, `!` or `?`, blanks, then a capital letter: two sentences, or a
/// headline that ran on into the story.
fn has_sentence_end_then_capital(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        matches!(c, '.' | '!' | '?') && {
            let rest = chars.get(i + 1..).unwrap_or_default();
            let blanks = rest.iter().take_while(|c| c.is_whitespace()).count();
            blanks > 0 && rest.get(blanks).is_some_and(|c| c.is_uppercase())
        }
    })
}

/// Whether a line ends in lower-case initials in brackets (`(abc/def)`, `[qnt]`, `(*)`).
fn ends_in_initials(line: &str) -> bool {
    let line = line.trim_end();
    let Some(open) = line.rfind(['(', '[']) else {
        return false;
    };
    let inner = line
        .get(open + 1..line.len().saturating_sub(1))
        .unwrap_or("");
    let closed = line.ends_with([')', ']']);
    let initials = inner
        .split('/')
        .all(|p| (2..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()));
    closed && (inner == "*" || initials)
}

/// Prints the corpus-wide counts, with a few article ids of each when `examples` is set.
fn print_corpus_checks(c: &CorpusChecks, examples: bool) {
    println!("\n## Corpus checks ({} articles, no gold)\n", c.articles);
    println!("| check | count | of |");
    println!("|---|---|---|");
    let without_codes = c.articles - c.with_codes;
    let rows: [(&str, &[String], usize); 5] = [
        ("read-also title empty", &c.empty_titles, c.read_also),
        (
            "read-also title over 200 characters",
            &c.long_titles,
            c.read_also,
        ),
        (
            "read-also title with a sentence end then a capital",
            &c.sentence_titles,
            c.read_also,
        ),
        (
            "code followed by more than 2 lines",
            &c.lines_after_code,
            c.with_codes,
        ),
        (
            "no code, but initials in brackets in the last 4 lines",
            &c.code_missed,
            without_codes,
        ),
    ];
    for (name, ids, of) in rows {
        println!("| {name} | {} | {of} |", ids.len());
    }
    if examples {
        for (name, ids, _) in rows {
            let mut some: Vec<&String> = ids.iter().collect();
            some.dedup();
            let some: Vec<&str> = some.iter().take(8).map(|s| s.as_str()).collect();
            println!("- {name}: {}", some.join(" "));
        }
    }
}
