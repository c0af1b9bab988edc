//! Any text as a `published` timestamp: no panic; a date read from it is a real date whose
//! ISO form reads back as the same date, and a time of day read with it is a real time.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = berita_fuzz::text_of(data);
    let Some((date, time)) = berita::parse_published_time(&text) else {
        return;
    };
    let iso = date.to_string();
    assert_eq!(
        berita::parse_published(&iso),
        Some(date),
        "{text:?} gave {iso}"
    );
    if let Some(time) = time {
        let hhmm = time.to_string();
        let (h, m) = hhmm.split_once(':').expect("a time is written HH:MM");
        let (h, m): (u32, u32) = (h.parse().expect("hours"), m.parse().expect("minutes"));
        assert!((h < 24 && m < 60) || (h, m) == (24, 0), "{text:?} gave the time {hhmm}");
    }
});
