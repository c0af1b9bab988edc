//! The frame: what surrounds the story and the story's paragraphs. The stages run in this
//! order, each reading the text and the blocks of [`layout`], and what the earlier stages
//! claimed:
//!
//! 1. [`layout`] reads the text once and cuts it into blocks (lines, or the pieces of
//!    run-on text), the unit every frame finder reads;
//! 2. [`dateline`] finds the opening stamp in the first blocks (outlet names found by their
//!    first bytes, then compared);
//! 3. [`read_also`] finds the "Baca juga" lines and their headlines;
//! 4. [`boilerplate`] finds page furniture: one automaton over the whole text finds every
//!    pattern's trigger words, and a pattern runs only on the blocks holding one; where a
//!    read-also line and furniture claim the same text, [`settle_claims`] keeps one, and
//!    [`drop_dateline_inside`] drops a dateline found inside either; [`embeds`] finds the
//!    posts embedded as text (tweets) and [`captions`] the photo captions glued into run-on
//!    text that no pattern claimed;
//! 5. [`credits`] finds bylines and closing codes among the blocks not yet claimed, and the
//!    photographers the captions' credits name;
//! 6. [`body`] gathers what nobody claimed into the story's paragraphs, which the speech
//!    and date stages read.

pub(crate) mod body;
pub(crate) mod boilerplate;
pub(crate) mod captions;
pub(crate) mod credits;
pub(crate) mod dateline;
pub(crate) mod embeds;
pub(crate) mod layout;
pub(crate) mod read_also;

use crate::Rule;
use crate::article::{Boilerplate, Dateline, ReadAlso};

/// Drops a dateline that lies inside a read-also line or a piece of furniture: it is the
/// linked story's stamp (a scraper glued the link's text, `Baca Juga ... TEMPO.CO, Jakarta -
/// ...`), or words of the furniture's own run-on text, not this story's stamp.
pub(crate) fn drop_dateline_inside(
    dateline: &mut Option<Dateline>,
    read_also: &[ReadAlso],
    boilerplate: &[Boilerplate],
) {
    let inside = |d: &Dateline| {
        read_also.iter().any(|r| r.span.overlaps(d.span))
            || boilerplate.iter().any(|b| b.span.overlaps(d.span))
    };
    if dateline.as_ref().is_some_and(inside) {
        *dateline = None;
    }
}

/// Keeps one claim where a read-also line and a boilerplate match cover the same text, so
/// that nothing is claimed twice: a match that starts where the line starts says what the
/// whole line is (`Simak juga Video: ...` is a video promo, `Berita lainnya di Sampah di Bali`
/// a topic link), and the read-also goes; a match that starts inside the line is the
/// headline's own words (`Baca juga: ... Unduh Aplikasi Maskapai ...` invites to no app),
/// and the match goes. Headlines of the line's list glued after it go with it; a read-also
/// with its own label glued inside the match (`Simak juga Video: ...Baca juga: ...`) stays,
/// and the match ends where it starts. Both lists are in text order, and stay so.
pub(crate) fn settle_claims(read_also: &mut Vec<ReadAlso>, boilerplate: &mut Vec<Boilerplate>) {
    let mut furniture_wins = Vec::new();
    boilerplate.retain_mut(|b| {
        // Read-also lines do not overlap one another: the first that ends after the match
        // starts is the only one that can hold its start.
        let first = read_also.partition_point(|r| r.span.end <= b.span.start);
        let Some(line) = read_also.get(first).filter(|r| r.span.overlaps(b.span)) else {
            return true;
        };
        if b.span.start > line.span.start {
            return false;
        }
        // The line, and the headlines of its list glued after it (`Simak juga Video:
        // PutinSambut...`), are the furniture's; a read-also with a label of its own glued on
        // (`...(AS)Baca juga: ...`) stays, and the furniture ends where it starts.
        let later = read_also.get(first..).unwrap_or_default().iter();
        let inside: Vec<&ReadAlso> = later.take_while(|r| r.span.overlaps(b.span)).collect();
        for (i, r) in inside.iter().enumerate() {
            if i > 0 && r.rule != Rule::ReadAlsoList {
                b.span.end = r.span.start;
                break;
            }
            furniture_wins.push(r.span);
        }
        true
    });
    read_also.retain(|r| furniture_wins.binary_search(&r.span).is_err());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;
    use crate::article::{BoilerplateKind, Span};

    fn line(start: usize, end: usize) -> ReadAlso {
        ReadAlso {
            title: String::new(),
            marker: "Baca juga:".into(),
            span: Span::new(start, end),
            title_span: None,
            rule: Rule::ReadAlsoInline,
        }
    }

    fn furniture(start: usize, end: usize) -> Boilerplate {
        Boilerplate {
            kind: BoilerplateKind::Promo,
            span: Span::new(start, end),
            source: None,
            rule: Rule::BoilerplatePromo,
        }
    }

    #[test]
    fn a_dateline_inside_a_read_also_line_is_dropped() {
        // Found by fuzzing: the stamp of the linked story, glued into the read-also line.
        let text = "Baca Juga: MPO.CO,Jakarta- PT PLN Naikkan Tarif\nWarga resah.";
        let a = crate::parse(text);
        assert_eq!(a.read_also.len(), 1);
        assert!(a.dateline.is_none(), "{:?}", a.dateline);
    }

    #[test]
    fn a_dateline_inside_furniture_is_dropped() {
        // Found by fuzzing: a channel invitation run on into another story's stamp.
        let text = "Warga resah.\nIkuti Whatsapp Cha.CO.ID, TEHERAN— Militer Iran memperingatkan. Channel Republika\nSelesai.";
        let a = crate::parse(text);
        assert!(a.dateline.is_none(), "{:?}", a.dateline);
    }

    #[test]
    fn a_read_also_glued_inside_winning_furniture_cuts_it_short() {
        // Found by fuzzing: `Simak juga Video: ...(AS)Baca juga: ...` on one line.
        let (mut r, mut b) = (vec![line(0, 10), line(30, 40)], vec![furniture(0, 40)]);
        settle_claims(&mut r, &mut b);
        assert_eq!(
            r.iter().map(|r| r.span).collect::<Vec<_>>(),
            [Span::new(30, 40)]
        );
        assert_eq!(
            b.iter().map(|b| b.span).collect::<Vec<_>>(),
            [Span::new(0, 30)]
        );
    }

    #[test]
    fn furniture_that_is_the_whole_line_wins() {
        let (mut r, mut b) = (vec![line(0, 10), line(20, 30)], vec![furniture(20, 30)]);
        settle_claims(&mut r, &mut b);
        assert_eq!(
            r.iter().map(|r| r.span).collect::<Vec<_>>(),
            [Span::new(0, 10)]
        );
        assert_eq!(b.len(), 1);
    }

    #[test]
    fn words_inside_a_headline_stay_the_headline() {
        let (mut r, mut b) = (
            vec![line(20, 60)],
            vec![furniture(40, 60), furniture(70, 80)],
        );
        settle_claims(&mut r, &mut b);
        assert_eq!(r.len(), 1);
        assert_eq!(
            b.iter().map(|b| b.span).collect::<Vec<_>>(),
            [Span::new(70, 80)]
        );
    }
}
