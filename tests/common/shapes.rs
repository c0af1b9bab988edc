//! Hostile inputs: shapes of text that make a careless parser quadratic or hungry, each built
//! at any size. `examples/hostile.rs` times them at n and 4n; the fuzz targets start from them.

/// Builds about `n` bytes of one shape.
pub type Build = fn(usize) -> String;

/// The shapes: a name and how to build it.
pub const SHAPES: &[(&str, Build)] = &[
    ("read-also lines", |n| {
        repeat_to("Baca juga: Harga Cabai Naik Lagi di Pasar\n", n)
    }),
    ("open brackets", |n| repeat_to("(", n)),
    ("open square brackets", |n| repeat_to("[", n)),
    ("quotation marks", |n| repeat_to("\"", n)),
    ("curly quotes", |n| repeat_to("\u{201C}Ya,\u{201D} ", n)),
    ("one long line", |n| {
        repeat_to(
            "Warga berkumpul di balai desa.  Hujan turun sore itu, kata Budi. ",
            n,
        )
    }),
    ("credit labels", |n| repeat_to("Editor: Budi ", n)),
    ("advertisement markers", |n| repeat_to("ADVERTISEMENT ", n)),
    ("capitals", |n| repeat_to("JAKARTA ", n)),
    // Capitalised words and verbs of saying, never a full stop: one endless sentence.
    ("capitals with cue verbs", |n| {
        repeat_to(
            "Kepala Dinas Budi Santoso mengatakan Ketua Umum Andi Wijaya kata Rudi ujarnya ",
            n,
        )
    }),
    ("dates", |n| {
        repeat_to("Kamis (5/6/2025) pukul 10.00 WIB, ", n)
    }),
    ("digit runs", |n| repeat_to("1/2/3/4/5/6/7/8/9/", n)),
    ("html entities", |n| {
        repeat_to("&quot;&nbsp;&amp;&ldquo;", n)
    }),
    ("broken entities", |n| repeat_to("&quo &nbs&amp ", n)),
    ("nested brackets and quotes", |n| {
        let half = n / 8;
        format!(
            "{}{}",
            "([\"\u{201C}".repeat(half),
            "\u{201D}\"])".repeat(half)
        )
    }),
];

/// `unit` repeated to about `n` bytes.
pub fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)
}
