//! Tests of the date finder, on passages written for them in the outlets' styles.

use super::*;
use crate::article::Span;

/// Parses `text` as one paragraph against `published` (ISO).
fn dates(text: &str, published: Option<&str>) -> Vec<DateMention> {
    let body = [Paragraph {
        span: Span::new(0, text.len()),
    }];
    let published = published.and_then(crate::published::parse_published);
    find(text, &body, published, None)
}

/// (raw, resolved) of each mention.
fn pairs(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
    dates(text, published)
        .into_iter()
        .map(|d| (d.raw, d.resolved.map(|r| r.to_string())))
        .collect()
}

fn one(text: &str, published: Option<&str>) -> DateMention {
    let found = dates(text, published);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn seed_date_with_and_without_published() {
    let text = "Keduanya bertemu di Beijing pada Jumat (4/2).";
    let d = one(text, Some("2022-02-05"));
    assert_eq!(d.raw, "Jumat (4/2)");
    assert_eq!(d.resolved.unwrap().to_string(), "2022-02-04");
    assert_eq!(d.weekday_matches, Some(true));
    assert_eq!(d.anchor, Some(Anchor::Published));
    let d = one(text, None);
    assert_eq!((d.day, d.month, d.weekday), (Some(4), Some(2), Some(5)));
    assert_eq!(d.resolved, None);
    assert_eq!(d.weekday_matches, None);
}

#[test]
fn bracket_forms() {
    let p = Some("2025-06-18");
    let cases = [
        (
            "Rapat digelar Selasa (17/6/2025).",
            "Selasa (17/6/2025)",
            "2025-06-17",
        ),
        (
            "Ia tiba Kamis (29/5/25) sore.",
            "Kamis (29/5/25) sore",
            "2025-05-29",
        ),
        (
            "Hal itu disampaikan Selasa, (17/6/2025).",
            "Selasa, (17/6/2025)",
            "2025-06-17",
        ),
        (
            "Banjir surut Minggu (15/6/2025) pagi.",
            "Minggu (15/6/2025) pagi",
            "2025-06-15",
        ),
        (
            "Gempa terjadi Kamis malam (12/6/2025).",
            "Kamis malam (12/6/2025)",
            "2025-06-12",
        ),
        (
            "Laga dimulai Senin (16/6), pukul 19.30 WIB.",
            "Senin (16/6), pukul 19.30 WIB",
            "2025-06-16",
        ),
        (
            "Sidang digelar Selasa-Kamis (10-12/6/2025).",
            "Selasa-Kamis (10-12/6/2025)",
            "2025-06-10",
        ),
        (
            "Rapat digelar Jum'at (13/6/2025).",
            "Jum'at (13/6/2025)",
            "2025-06-13",
        ),
        ("Acara digelar Ahad (15/6).", "Ahad (15/6)", "2025-06-15"),
        (
            "Ia dilantik kemarin (17/6).",
            "kemarin (17/6)",
            "2025-06-17",
        ),
        (
            "Pendaftaran dibuka hari ini (18/6/2025).",
            "hari ini (18/6/2025)",
            "2025-06-18",
        ),
        (
            "Kunjungan itu, kata dia, di Jakarta (17/6).",
            "(17/6)",
            "2025-06-17",
        ),
        (
            "Aturan berlaku pada (2/6/2025) lalu.",
            "(2/6/2025)",
            "2025-06-02",
        ),
        (
            "Peluncuran dilakukan Rabu dini hari (18/6) waktu Indonesia.",
            "Rabu dini hari (18/6) waktu Indonesia",
            "2025-06-18",
        ),
        (
            "dikutip dariCNBCRabu (18/6/2025).",
            "Rabu (18/6/2025)",
            "2025-06-18",
        ),
        ("Pemain tiba Senin(16/6).", "Senin(16/6)", "2025-06-16"),
        (
            "Upacara digelar Selasa (17/6) waktu setempat.",
            "Selasa (17/6) waktu setempat",
            "2025-06-17",
        ),
    ];
    for (text, raw, iso) in cases {
        let d = one(text, p);
        assert_eq!(d.raw, raw, "{text}");
        assert_eq!(
            d.resolved.map(|r| r.to_string()).as_deref(),
            Some(iso),
            "{text}"
        );
        assert_eq!(d.rule, Rule::DateBracket);
    }
}

#[test]
fn range_and_time_fields() {
    let d = one("Sidang digelar Selasa-Kamis (10-12/6/2025).", None);
    assert_eq!(
        (d.weekday, d.day, d.end_day, d.month, d.year),
        (Some(2), Some(10), Some(12), Some(6), Some(2025))
    );
    assert_eq!(d.anchor, Some(Anchor::Written));
    assert_eq!(d.weekday_matches, Some(true));
    let d = one(
        "Gempa terjadi Selasa (5/12), pukul 03.41 WIB.",
        Some("2023-12-06"),
    );
    assert_eq!(d.time.unwrap().to_string(), "03:41");
    assert_eq!(d.utc_offset.as_deref(), Some("+07:00"));
    assert_eq!(d.resolved.unwrap().to_string(), "2023-12-05");
    let d = one("Kapal sandar Kamis malam (12/6/2025).", None);
    assert_eq!(d.part_of_day.as_deref(), Some("malam"));
}

#[test]
fn written_forms() {
    let p = Some("2025-06-20");
    let cases = [
        (
            "Ia berbicara pada Rabu, 18 Juni 2025.",
            "Rabu, 18 Juni 2025",
            "2025-06-18",
        ),
        (
            "Kontrak diteken 4 Juni 2025 di Bandung.",
            "4 Juni 2025",
            "2025-06-04",
        ),
        ("Pendaftaran ditutup 17 Juni.", "17 Juni", "2025-06-17"),
        (
            "Festival berlangsung 20 – 22 Juni 2025.",
            "20 – 22 Juni 2025",
            "2025-06-20",
        ),
        (
            "Surat itu bertanggal 5 Peb 2025.",
            "5 Peb 2025",
            "2025-02-05",
        ),
        ("Rapat pada 3 Mrt 2025 ditunda.", "3 Mrt 2025", "2025-03-03"),
        (
            "Tanggal 17 Agt 2024 jadi patokan.",
            "17 Agt 2024",
            "2024-08-17",
        ),
        ("Pada 1 Sept 2024 harga naik.", "1 Sept 2024", "2024-09-01"),
        (
            "Sejak 10 Nop 2024 jalan ditutup.",
            "10 Nop 2024",
            "2024-11-10",
        ),
        ("Hingga 31 Des 2024 stok aman.", "31 Des 2024", "2024-12-31"),
        ("Pada 2 Mei 2025 ia mundur.", "2 Mei 2025", "2025-05-02"),
        (
            "Acara berlangsung Sabtu (21 Juni 2025) malam.",
            "Sabtu (21 Juni 2025) malam",
            "2025-06-21",
        ),
        (
            "Dia lahir pada 12 Februari 1990.",
            "12 Februari 1990",
            "1990-02-12",
        ),
        (
            "Laga digelar Minggu, 15 Juni 2025 pukul 19.00 WIB.",
            "Minggu, 15 Juni 2025 pukul 19.00 WIB",
            "2025-06-15",
        ),
    ];
    for (text, raw, iso) in cases {
        let d = one(text, p);
        assert_eq!(d.raw, raw, "{text}");
        assert_eq!(
            d.resolved.map(|r| r.to_string()).as_deref(),
            Some(iso),
            "{text}"
        );
    }
}

#[test]
fn numeric_after_weekday_or_tanggal() {
    let p = Some("2018-02-26");
    assert_eq!(
        pairs("kata dia kepada wartawan, Sabtu, 25/2/2018.", p),
        vec![("Sabtu, 25/2/2018".into(), Some("2018-02-25".into()))]
    );
    assert_eq!(
        pairs("Gempa terjadi tanggal 09-11-2020 dini hari.", None),
        vec![("09-11-2020 dini hari".into(), Some("2020-11-09".into()))]
    );
    assert!(pairs("Surat Nomor 12/3/2023 diterbitkan.", p).is_empty());
}

#[test]
fn times_alone() {
    let cases = [
        (
            "Rapat dimulai pukul 10.00 WIB.",
            "pukul 10.00 WIB",
            "10:00",
            Some("+07:00"),
        ),
        (
            "Pesawat mendarat 17.30 WITA.",
            "17.30 WITA",
            "17:30",
            Some("+08:00"),
        ),
        (
            "Kapal tiba 09:15 WIT di Ambon.",
            "09:15 WIT",
            "09:15",
            Some("+09:00"),
        ),
        (
            "Ledakan terdengar pukul 22.10 waktu setempat.",
            "pukul 22.10 waktu setempat",
            "22:10",
            None,
        ),
        ("Sekolah masuk pukul 7 pagi.", "pukul 7 pagi", "07:00", None),
        (
            "Toko buka jam 09.00 hingga sore.",
            "jam 09.00",
            "09:00",
            None,
        ),
        (
            "Layanan dibuka pukul 08.00-12.00 WIB.",
            "pukul 08.00-12.00 WIB",
            "08:00",
            Some("+07:00"),
        ),
    ];
    for (text, raw, time, offset) in cases {
        let d = one(text, Some("2025-06-18"));
        assert_eq!(d.raw, raw, "{text}");
        assert_eq!(d.time.unwrap().to_string(), time);
        assert_eq!(d.utc_offset.as_deref(), offset);
        assert_eq!(d.resolved, None);
        assert_eq!(d.rule, Rule::DateTime);
    }
    assert!(dates("Layanan buka 24 jam sehari.", None).is_empty());
}

#[test]
fn relative_mentions() {
    let p = Some("2025-06-18"); // a Wednesday
    let cases = [
        (
            "Polisi menangkapnya kemarin.",
            "kemarin",
            Some("2025-06-17"),
            "day-1",
        ),
        (
            "Harga turun hari ini.",
            "hari ini",
            Some("2025-06-18"),
            "day+0",
        ),
        (
            "Sidang dilanjutkan besok.",
            "besok",
            Some("2025-06-19"),
            "day+1",
        ),
        ("Tim berangkat lusa.", "lusa", Some("2025-06-20"), "day+2"),
        (
            "Ia ditangkap dua hari lalu.",
            "dua hari lalu",
            Some("2025-06-16"),
            "day-2",
        ),
        (
            "Ia ditangkap 3 hari lalu.",
            "3 hari lalu",
            Some("2025-06-15"),
            "day-3",
        ),
        (
            "Rapat digelar pekan lalu.",
            "pekan lalu",
            Some("2025-06-11"),
            "week-1",
        ),
        (
            "Rapat digelar minggu lalu.",
            "minggu lalu",
            Some("2025-06-11"),
            "week-1",
        ),
        (
            "Jadwal diumumkan sepekan lalu.",
            "sepekan lalu",
            Some("2025-06-11"),
            "week-1",
        ),
        (
            "Ia diperiksa Jumat lalu.",
            "Jumat lalu",
            Some("2025-06-13"),
            "weekday-1",
        ),
        (
            "Ia diperiksa pada Minggu lalu.",
            "Minggu lalu",
            Some("2025-06-15"),
            "weekday-1",
        ),
        (
            "Sidang digelar Senin depan.",
            "Senin depan",
            Some("2025-06-23"),
            "weekday+1",
        ),
        (
            "Polisi menangkapnya kemarin sore.",
            "kemarin sore",
            Some("2025-06-17"),
            "day-1",
        ),
    ];
    for (text, raw, iso, rel) in cases {
        let d = one(text, p);
        assert_eq!(d.raw, raw, "{text}");
        assert_eq!(d.resolved.map(|r| r.to_string()).as_deref(), iso, "{text}");
        assert_eq!(d.relative.as_deref(), Some(rel), "{text}");
    }
    assert!(dates("Ia ditangkap beberapa hari lalu.", p).is_empty());
    for coarse in [
        "Pajak naik tahun depan.",
        "Laba naik dibanding tahun lalu.",
        "Target tahun ini tercapai.",
        "Harga naik pekan ini.",
        "Sidang ditunda bulan depan.",
    ] {
        assert!(dates(coarse, p).is_empty(), "{coarse}");
    }
    assert!(
        dates("Polisi menangkapnya kemarin.", None)[0]
            .resolved
            .is_none()
    );
}

#[test]
fn minggu_is_a_week_in_lower_case_and_at_a_sentence_start() {
    let p = Some("2025-06-18");
    let d = one("Minggu lalu harga naik.", p);
    assert_eq!(d.relative.as_deref(), Some("week-1"));
    assert!(dates("Proyek selesai dalam dua minggu.", p).is_empty());
    let d = one("Warga bekerja bakti pada Minggu.", p);
    assert_eq!(d.weekday, Some(7));
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-15");
}

#[test]
fn bare_weekdays() {
    let p = Some("2025-06-19"); // a Thursday
    let d = one("Kepala dinas mengatakan pada Rabu, stok beras aman.", p);
    assert_eq!(d.raw, "Rabu");
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-18");
    assert_eq!(d.rule, Rule::DateWeekday);
    let d = one(
        "Kepala BPBD NTB dari Mataram, Kamis, mengatakan banjir surut.",
        p,
    );
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-19");
    let d = one("Massa berkumpul Sabtu malam di alun-alun.", p);
    assert_eq!(d.raw, "Sabtu malam");
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-14");
    assert!(dates("Jemaah menunaikan salat Jumat di masjid raya.", p).is_empty());
}

#[test]
fn year_inferred_across_new_year() {
    // Published 2 January 2025: "Selasa (31/12)" is 31 December 2024, a Tuesday.
    let d = one("Pesta digelar Selasa (31/12).", Some("2025-01-02"));
    assert_eq!(d.resolved.unwrap().to_string(), "2024-12-31");
    assert_eq!(d.weekday_matches, Some(true));
    // Published 30 December 2024: "Kamis (2/1)" is 2 January 2025.
    let d = one("Sekolah dibuka Kamis (2/1).", Some("2024-12-30"));
    assert_eq!(d.resolved.unwrap().to_string(), "2025-01-02");
    assert_eq!(d.weekday_matches, Some(true));
    // Without weekday, the nearest before wins.
    let d = one("Kontrak diteken 30 Desember.", Some("2025-01-03"));
    assert_eq!(d.resolved.unwrap().to_string(), "2024-12-30");
}

#[test]
fn weekday_preference_and_mismatch() {
    // 19 June 2025 is a Thursday: "Rabu (19/6)" keeps 2025 and is flagged.
    let d = one("Rapat digelar Rabu (19/6).", Some("2025-06-20"));
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-19");
    assert_eq!(d.weekday_matches, Some(false));
    // A written year with the wrong weekday far from publication stays as written.
    let d = one("Ia lahir Rabu (5/3/1990).", Some("2025-06-20"));
    assert_eq!(d.resolved.unwrap().to_string(), "1990-03-05");
    assert_eq!(d.weekday_matches, Some(false));
    assert!(!d.year_suspect);
}

#[test]
fn typo_years_are_flagged() {
    for text in [
        "Rapat digelar Rabu (18/6/2926).",
        "Rapat digelar Rabu (18/6/2205).",
        "Rapat digelar Rabu (18/6/202).",
    ] {
        let d = one(text, Some("2025-06-18"));
        assert!(d.year_suspect, "{text}");
        assert_eq!(d.resolved.unwrap().to_string(), "2025-06-18", "{text}");
        assert_eq!(d.anchor, Some(Anchor::Published));
        assert_eq!(d.weekday_matches, Some(true));
        let d = one(text, None);
        assert!(d.year_suspect);
        assert_eq!(d.resolved, None);
    }
    // A plausible but wrong year next to the publication date: the weekday decides.
    let d = one("Pasar dibuka Rabu (18/6/2026).", Some("2025-06-18"));
    assert_eq!(d.year, Some(2026));
    assert!(d.year_suspect);
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-18");
}

#[test]
fn anchors_without_published() {
    let body = "Rapat digelar Rabu (18/6/2025). Sehari sebelumnya, Selasa (17/6), warga berkumpul. Kemarin hujan.";
    let found = dates(body, None);
    assert_eq!(found[0].anchor, Some(Anchor::Written));
    assert_eq!(found[1].resolved.unwrap().to_string(), "2025-06-17");
    assert_eq!(found[1].anchor, Some(Anchor::LatestInText));
    assert_eq!(found[2].anchor, Some(Anchor::LatestInText));
}

#[test]
fn dateline_date_anchors() {
    let text = "Jakarta, 18 Juni 2025 (ANTARA) - Rapat digelar Selasa (17/6).";
    let body = [Paragraph {
        span: Span::new(33, text.len()),
    }];
    let dateline = Dateline {
        outlet: None,
        outlet_id: None,
        network: None,
        city: Some("Jakarta".into()),
        span: Span::new(0, 32),
        rule: Rule::DatelineCityOutlet,
    };
    let found = find(text, &body, None, Some(&dateline));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].resolved.unwrap().to_string(), "2025-06-17");
    assert_eq!(found[0].anchor, Some(Anchor::Dateline));
}

/// Sentences that hold numbers, brackets and slashes but no date.
const DATE_FREE: &[&str] = &[
    "Hal itu diatur dalam ayat (1) undang-undang tersebut.",
    "Ia dijerat Pasal 27 ayat (3) UU ITE.",
    "Pasal 2 ayat (1) dan ayat (2) dihapus.",
    "Persib menang 3-2 atas Persija.",
    "Skor akhir 1-0 untuk tuan rumah.",
    "Sepertiga (1/3) warga belum divaksin.",
    "Porsi itu setara 1/3 dari anggaran.",
    "Putusan MK Nomor 90/PUU-XXI/2023 menuai kritik.",
    "Perkara Nomor 12/Pid.B/2025/PN Jkt.Pst disidangkan.",
    "Inflasi naik 2,5 persen secara tahunan.",
    "Suku bunga dipangkas 25 bps menjadi 5,75%.",
    "Pembaruan versi 2.1.3 dirilis untuk Android.",
    "Aplikasi versi 10.2 membawa fitur baru.",
    "Hubungi layanan di 0812-3456-7890.",
    "Call center 021-500-454 buka setiap saat.",
    "Harga cabai Rp 40.000-Rp 50.000 per kilogram.",
    "Suhu berkisar 24-32 derajat Celsius.",
    "Gelombang setinggi 1,25-2,5 meter diprediksi.",
    "Kecepatan angin 10-25 km/jam.",
    "Layanan buka 24 jam setiap hari.",
    "Skor 2/3 dari juri cukup untuk lolos.",
    "Rasio utang 30/70 dinilai sehat.",
    "Ia mencetak 12 gol dari 20 laga.",
    "Sebanyak 1.250 personel dikerahkan.",
    "Jumlah penumpang naik 15,3 persen.",
    "Anggaran Rp 1,2 triliun dialokasikan.",
    "Tim juara grup dengan 7 poin.",
    "Kebakaran melanda 3 rumah di RT 05/RW 02.",
    "Alamat kantor di Jalan Sudirman No. 12/4.",
    "Penyaluran tahap 2 sudah 80 persen.",
    "UU Nomor 1 Tahun 2023 tentang KUHP berlaku.",
    "Perpres 12/2025 mengatur hal itu.",
    "Pertandingan berakhir imbang 1-1.",
    "Nilai tukar rupiah 16.250 per dolar AS.",
    "Jarak tempuh 12,5 km ditempuh 3,5 jam.",
    "Mobil itu bermesin 1.5L dengan rasio 10/1.",
    "Indeks naik 0,45 persen ke level 7.100.",
    "Sebanyak 3 dari 5 responden setuju.",
    "Ia menjawab 4/5 soal dengan benar.",
    "Komposisi 60/40 dipertahankan.",
    "Kamar nomor 12-14 disiapkan panitia.",
    "Produksi 2,3 juta ton tahun 2024 tercatat.",
    "Ia mengenakan kaus bernomor 17.",
    "Lensa 50mm f/1.8 dipakai sang fotografer.",
    "Jemaah menunaikan salat Jumat di masjid raya.",
    "Proyek itu rampung dalam dua minggu.",
    "Harga naik dalam beberapa hari lalu.",
    "Tinggi badannya 1,75 meter.",
];

#[test]
fn date_free_sentences_give_no_dates() {
    assert!(DATE_FREE.len() >= 40);
    for s in DATE_FREE {
        let found = dates(s, Some("2025-06-18"));
        assert!(found.is_empty(), "{s:?}: {found:#?}");
    }
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let text = "Émile tiba di Paris, Senin (16/6/2025) pagi.";
    let body = [Paragraph {
        span: Span::new(0, text.len()),
    }];
    let found = find(text, &body, None, None);
    assert_eq!(found[0].span.slice(text), Some("Senin (16/6/2025) pagi"));
}

#[test]
fn any_input_is_safe() {
    for s in [
        "(",
        "(/)",
        "(99/99/9999)",
        "pukul",
        "pukul 99.99 WIB",
        "Senin (",
        "ü(1/2)é",
        "kemarin 999 hari lalu",
        "(31/2)",
        "Rabu (29/2)",
    ] {
        let _ = dates(s, Some("2025-06-18"));
        let _ = dates(s, None);
    }
}

#[test]
fn a_background_date_is_only_a_lower_bound() {
    // No publication date; the latest full date is a background one (7 October 2023). The
    // weekday of "Rabu (10/9)" puts it in 2025, which then anchors "hari ini".
    let text = "Serangan Sabtu, 7 Oktober 2023 memicu perang. Rapat digelar Rabu (10/9). Hari ini warga mengungsi.";
    let found = dates(text, None);
    let got: Vec<_> = found
        .iter()
        .map(|d| (d.raw.as_str(), d.resolved.map(|r| r.to_string())))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Sabtu, 7 Oktober 2023", Some("2023-10-07".into())),
            ("Rabu (10/9)", Some("2025-09-10".into())),
            ("Hari ini", Some("2025-09-10".into())),
        ]
    );
    assert_eq!(found[1].anchor, Some(Anchor::LatestInText));
}

#[test]
fn scraper_spaces_and_glitches() {
    let p = Some("2025-06-10");
    assert_eq!(
        pairs("harga BBM terbaru Selasa 10 \u{a0}Juni 2025.", p),
        vec![(
            "Selasa 10 \u{a0}Juni 2025".into(),
            Some("2025-06-10".into())
        )]
    );
    assert_eq!(
        pairs(
            "pada hari Kamis (05/06/2025) \u{a0}Pukul \u{a0}04.00 WIB.",
            p
        ),
        vec![(
            "Kamis (05/06/2025) \u{a0}Pukul \u{a0}04.00 WIB".into(),
            Some("2025-06-05".into())
        )]
    );
    assert_eq!(
        pairs(
            "kata pelatih dalam konferensi pers tadi malam (9/6), dan",
            p
        ),
        vec![("tadi malam (9/6)".into(), Some("2025-06-09".into()))]
    );
    // A bracket the scraper left open, after a weekday and with a year.
    assert_eq!(
        pairs("kata dia di Jakarta, Selasa (10/6/2025.\nIa menambahkan", p),
        vec![("Selasa (10/6/2025".into(), Some("2025-06-10".into()))]
    );
    let d = one("dikutip dari The Mainichi, Senin (9/6/20250, salah satu", p);
    assert!(d.year_suspect);
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-09");
}

#[test]
fn habits_and_schedules_are_not_dates() {
    let p = Some("2025-06-18");
    assert!(dates("Posyandu buka setiap Senin, Rabu, Jumat, dan Sabtu.", p).is_empty());
    assert!(dates("Pengajian digelar tiap hari Kamis malam.", p).is_empty());
    assert!(dates("Kantor buka Senin-Jumat pukul 08.00 WIB.", p).len() == 1);
    assert_eq!(one("Rapat digelar Senin, kata dia.", p).weekday, Some(1));
}

#[test]
fn what_follows_a_date_belongs_to_it() {
    let p = Some("2025-06-18");
    let cases = [
        (
            "Kebakaran terjadi Sabtu (14/6), sekitar pukul 00.15 Wita.",
            "Sabtu (14/6), sekitar pukul 00.15 Wita",
        ),
        (
            "Pelaku ditangkap Sabtu tanggal 7 Juni 2025 sekira pukul 19.40 WIB di rumahnya.",
            "Sabtu tanggal 7 Juni 2025 sekira pukul 19.40 WIB",
        ),
        (
            "Laga berlangsung Selasa (17/6) dini hari WIB.",
            "Selasa (17/6) dini hari WIB",
        ),
        (
            "Laga digelar Senin (16/6) pagi waktu Indonesia.",
            "Senin (16/6) pagi waktu Indonesia",
        ),
        (
            "Duel itu digelar Sabtu 14 Juni 2025 malam WIB.",
            "Sabtu 14 Juni 2025 malam WIB",
        ),
    ];
    for (text, raw) in cases {
        assert_eq!(one(text, p).raw, raw, "{text}");
    }
    let d = one(
        "Gencatan senjata berlaku Rabu pukul 10.30 pagi waktu setempat.",
        p,
    );
    assert_eq!(d.raw, "Rabu pukul 10.30 pagi waktu setempat");
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-18");
    assert_eq!(d.time.unwrap().to_string(), "10:30");
}

#[test]
fn agency_stamps_and_written_ranges() {
    let d = one(
        "Gempa M4,9 mengguncang, 10-Jun-25 06:15:07 WIB, kata BMKG.",
        None,
    );
    assert_eq!(d.raw, "10-Jun-25 06:15:07 WIB");
    assert_eq!(d.resolved.unwrap().to_string(), "2025-06-10");
    assert_eq!(d.time.unwrap().to_string(), "06:15");
    assert_eq!(d.rule, Rule::DateStamp);
    let cases = [
        (
            "Pameran dibuka 10 November sampai 2 Desember 2023.",
            "10 November sampai 2 Desember 2023",
            Some("2023-11-10"),
            Some(2),
        ),
        (
            "Liburan 30 Desember sampai 2 Januari 2025 ramai.",
            "30 Desember sampai 2 Januari 2025",
            Some("2024-12-30"),
            Some(2),
        ),
        (
            "Festival digelar 2-7 Juli 2025.",
            "2-7 Juli 2025",
            Some("2025-07-02"),
            Some(7),
        ),
        (
            "Pendaftaran 9 hingga 15 Juni 2025.",
            "9 hingga 15 Juni 2025",
            Some("2025-06-09"),
            Some(15),
        ),
        (
            "Program berlaku 8 Mei 2025-30 Juni 2025.",
            "8 Mei 2025-30 Juni 2025",
            Some("2025-05-08"),
            Some(30),
        ),
        ("Turnamen digelar 23-25 Juni.", "23-25 Juni", None, Some(25)),
    ];
    for (text, raw, iso, end) in cases {
        let d = one(text, None);
        assert_eq!(d.raw, raw, "{text}");
        assert_eq!(d.resolved.map(|r| r.to_string()).as_deref(), iso, "{text}");
        assert_eq!(d.end_day, end, "{text}");
    }
}

#[test]
fn ranges_keep_their_start_and_end() {
    // (text, raw, resolved start, end day, end month, end year)
    let cases = [
        (
            "Kasus turun pada pekan ke-19 (4&mdash;10 Mei 2025) di kota itu.",
            "4&mdash;10 Mei 2025",
            Some("2025-05-04"),
            (10, 5, Some(2025)),
        ),
        (
            "Festival digelar 10&ndash;14 Juli 2025 di Ubud.",
            "10&ndash;14 Juli 2025",
            Some("2025-07-10"),
            (14, 7, Some(2025)),
        ),
        (
            "Pameran berlangsung 7 Juli hingga 10 Agustus 2025 di Jakarta.",
            "7 Juli hingga 10 Agustus 2025",
            Some("2025-07-07"),
            (10, 8, Some(2025)),
        ),
        (
            "Liburan 30 Desember 2024 - 2 Januari 2025 ramai.",
            "30 Desember 2024 - 2 Januari 2025",
            Some("2024-12-30"),
            (2, 1, Some(2025)),
        ),
        (
            "Diskon berlaku 28 Desember 2024 sampai 3 Januari.",
            "28 Desember 2024 sampai 3 Januari",
            Some("2024-12-28"),
            (3, 1, Some(2025)),
        ),
        (
            "Turnamen digelar 23-25 Juni.",
            "23-25 Juni",
            None,
            (25, 6, None),
        ),
    ];
    for (text, raw, iso, (day, month, year)) in cases {
        let d = one(text, None);
        assert_eq!(d.raw, raw, "{text}");
        assert_eq!(d.resolved.map(|r| r.to_string()).as_deref(), iso, "{text}");
        assert_eq!(
            (d.end_day, d.end_month, d.end_year),
            (Some(day), Some(month), year),
            "{text}"
        );
    }
    let single = one("Rapat digelar 4 Mei 2025.", None);
    assert_eq!(
        (single.end_day, single.end_month, single.end_year),
        (None, None, None)
    );
}

#[test]
fn a_relative_word_next_to_its_date_names_today() {
    // No publication date: "kemarin" is the Thursday written after it.
    let found = dates("Harga emas kemarin Kamis (2/3/2023) turun.", None);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].raw, "kemarin");
    assert_eq!(found[0].resolved.unwrap().to_string(), "2023-03-02");
    // Stamped the 21st, but the story says today is Tuesday the 22nd.
    let text = "IHSG dibuka menguat hari ini, Selasa (22/1/2019). Pagi ini asing masuk. Pekan lalu indeks turun.";
    let found = dates(text, Some("2019-01-21"));
    let got: Vec<_> = found
        .iter()
        .map(|d| d.resolved.map(|r| r.to_string()))
        .collect();
    assert_eq!(
        got,
        vec![
            Some("2019-01-22".into()),
            Some("2019-01-22".into()),
            Some("2019-01-22".into()),
            Some("2019-01-15".into()),
        ]
    );
    assert!(dates("Alun-alun ramai setiap malam Minggu.", Some("2019-01-21")).is_empty());
}

proptest::proptest! {
    /// Any text of date-like pieces: no panic, spans on char boundaries inside the text.
    #[test]
    fn no_panic_and_spans_on_boundaries(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "Senin", "Jum'at", "Minggu", "(", ")", "/", "-", "–", " ", ",", ".", "\u{a0}",
                "12", "2025", "9", "31", "Juni", "Jun", "pukul", "10.00", "WIB", "waktu setempat",
                "kemarin", "hari ini", "lalu", "pekan", "dua", "hari", "sampai", "malam", "é",
                "setiap", "tanggal", "pada", "\n",
            ]),
            0..40,
        ),
        published in proptest::option::of(proptest::sample::select(vec!["2025-06-18", "2019-01-01", "2024-02-29"])),
    ) {
        let text: String = pieces.concat();
        for d in dates(&text, published) {
            proptest::prop_assert!(text.get(d.span.start..d.span.end).is_some());
            proptest::prop_assert!(d.span.start < d.span.end);
        }
    }
}

/// The explicit and relative finds of `text`, with the cues of `text` or with none (each
/// pattern then searches the whole text, as `captures_iter` does).
fn finds_with(text: &str, cues: &cues::Cues) -> String {
    let mut found = explicit::find(text, text, 0, cues);
    found.extend(relative::find(text, text, 0, cues));
    format!("{found:?}")
}

/// Whether the cues of `text` lose nothing the whole search finds.
fn cues_agree(text: &str) -> bool {
    finds_with(text, &cues::Cues::of(text)) == finds_with(text, &cues::Cues::none())
}

#[test]
fn cues_find_what_the_whole_search_finds() {
    for text in [
        "Senin (2/6/2025) pukul 10.00 WIB, dua hari lalu, sehari kemudian; Jum\u{2019}at lalu.",
        "Pada 2025 ada 1.500 orang; 10-Jun-25 06:15:07 WIB; 25/2/2018; 3hari; (31/4) 9 Mei.",
        "Rapat Kamis-Jumat, 12 - 14 Juni 2025 sampai 2 Juli; jam 24; 17.30 Wita; harian ini.",
    ] {
        assert!(cues_agree(text), "{text}");
        assert!(!dates(text, None).is_empty());
    }
}

#[test]
fn hidden_cues_fall_back_to_the_whole_search() {
    // The Kelvin sign folds to `k` (`Kemarin` is `kemarin`); Arabic-Indic digits are `\d`.
    let text =
        "\u{212A}emarin pukul \u{661}\u{660}.00 WIB, 5 \u{661}2 Juni, Senin (2/6/2025) pagi.";
    assert!(cues_agree(text));
    assert!(!dates(text, None).is_empty());
}

proptest::proptest! {
    /// Any text of date-like pieces: the cues lose no mention.
    #[test]
    fn cues_lose_no_match(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "Senin", "Jum'at", "Jum\u{2019}at", "Minggu", "minggu", "(", ")", "/", "-", "–",
                " ", ",", ".", ":", "\u{a0}", "12", "2025", "9", "31", "Juni", "Jun", "pukul",
                "jam", "10.00", "WIB", "Wita", "waktu setempat", "kemarin", "hari ini", "lalu",
                "pekan", "se", "dua", "hari", "sampai", "malam", "é", "x", "_", "\u{212A}",
                "\u{17F}", "\u{663}", "setiap", "tanggal", "pada", "\n", "Agustus", "Mei",
                "hingga", "s/d", "depan", "ini", "pagi", "tadi", "besok", "tiga", "sepekan",
                "Kamis", "persen", "10-", "—", "WIB ", "2/6/2025", "Jun-25", "\u{b2}", "\u{bd}",
            ]),
            0..40,
        ),
    ) {
        let text: String = pieces.concat();
        proptest::prop_assert!(cues_agree(&text), "{:?}", text);
    }
}

proptest::proptest! {
    /// Any text of the pieces the hand readers compare: they find what the regexes find.
    #[test]
    fn readers_find_what_the_regexes_find(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                " ", "  ", "\u{a0}", "\u{2009}", "\n", ",", ".", ":", "(", ")", "/", "-", "–",
                "—", "&mdash;", "&ndash;", "&#8211;", "&#8212;", "&", "é", "_", "\u{2019}", "'",
                "\u{201C}", "0", "1", "12", "123", "2025", "25", "06:15", ":07", "10.00",
                "sekitar", "kira-kira", "pukul", "Jam", "s.d.", "s.d", "s/d", "sampai", "Hingga",
                "Waktu Indonesia Barat", "waktu", "Indonesia", "setempat", "WITA", "Wit", "wib",
                "GMT", "dini hari", "pagi", "Pagi", "hari", "malam", "yang lalu", "silam",
                "mendatang", "lalu", "ini", "depan", "kemarin", "besok", "tadi", "tiap-tiap",
                "saban", "setiap", "dan", "atau", "se", "sepekan", "dua", "Minggu", "minggu",
                "pekan", "Senin", "Jumat", "Jum'at", "Jum\u{2019}at", "Ahad", "SENIN", "Desember",
                "Nopember", "Sept", "Agust", "Mei", "MEI", "jun", "Jun", "Des", "tanggal", "pada",
                "x", "Ahadx",
            ]),
            0..30,
        ),
    ) {
        let text: String = pieces.concat();
        proptest::prop_assert!(cues_agree(&text), "{:?}", text);
    }
}

#[test]
fn word_characters_are_the_regex_word_characters() {
    let word = regex::Regex::new(r"^\w$").unwrap();
    let blanks = (0..=0x3000u32)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace());
    let signs = read::NO_WORD_SIGNS.into_iter().flatten();
    for c in blanks
        .chain(signs)
        .chain(['a', '_', '1', '\u{301}', '\u{200d}', '\u{203f}'])
    {
        assert_eq!(
            read::is_word_char(c),
            word.is_match(&c.to_string()),
            "{c:?}"
        );
    }
}
