//! Any string is valid input: no panic, every span a slice of the text, JSON always written.

mod common;

use proptest::prelude::*;

/// Pieces that steer the generator into the finders' paths: marks, brackets, markers, dates.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "„",
    "«",
    "»",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    "/",
    "-",
    "–",
    "—",
    "|",
    ".",
    ",",
    "\n",
    "\r\n",
    "  ",
    "\u{a0}",
    "&nbsp;",
    "&ldquo;",
    "&rdquo;",
    "&quot;",
    "\u{200b}",
    "é",
    "😀",
    "e\u{301}",
    "JAKARTA",
    "KOMPAS.com",
    "Liputan6.com",
    "(ANTARA)",
    "Baca juga:",
    "Baca Juga",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "[Gambas:Video CNN]",
    "(dna/dna)",
    "[qnt]",
    "(zik)",
    "Penulis:",
    "Editor:",
    "Pewarta:",
    "ujar",
    "kata dia",
    "katanya",
    "mengatakan",
    "Menurut",
    "ia",
    "Peskov",
    "Dmitry",
    "seperti dikutip",
    "dilansir",
    "CNN",
    "Jumat",
    "Jum'at",
    "(4/2)",
    "(12/6/2025)",
    "Juni",
    "2025",
    "pukul",
    "10.00",
    "WIB",
    "kemarin",
    "lalu",
    "ayat (1)",
    "3-2",
    "1/3",
    " ",
    "a",
    "Budi",
    "Presiden",
];

fn article_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let meta = berita::Meta {
        published: Some("2025-06-18".into()),
        ..Default::default()
    };
    for a in [
        berita::parse(text),
        berita::Parser::default().parse_with(text, &meta),
    ] {
        common::check_spans(text, &a).map_err(TestCaseError::fail)?;
        let json: serde_json::Value =
            serde_json::from_str(&a.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&json["schema"], "berita/1");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_parses(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn article_like_strings_parse(text in article_like()) {
        check(&text)?;
    }
}

#[test]
fn long_runs_of_marks_parse_in_linear_time() {
    for piece in [
        "\"",
        "“",
        "(",
        "[",
        "Baca juga: ",
        "-",
        "&nbsp;",
        "(4/2) ",
        "ujar ",
        "A. ",
    ] {
        let text = piece.repeat(50_000);
        let a = berita::parse(&text);
        assert!(common::check_spans(&text, &a).is_ok(), "{piece}");
    }
}
