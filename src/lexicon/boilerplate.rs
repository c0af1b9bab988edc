//! Page furniture: what the page put around the story, as regular expressions (regex crate
//! syntax) matched inside one layout block, each with its kind and rule id. A pattern with a
//! capture group named `source` reports the outlet it credits; one with a group named `keep`
//! reports only that group as furniture (the rest of the match is context).

use crate::article::BoilerplateKind as K;

/// One pattern: (regex, kind, rule id).
pub(crate) type Pattern = (&'static str, K, &'static str);

/// Built-in patterns, checked in this order; a match may not overlap an earlier one.
pub(crate) const PATTERNS: &[Pattern] = &[
    // Copy-paste tails first: they swallow everything to the end of the block.
    // detik / CNN: `Baca artikel detiksport, "..." selengkapnya https://...`.
    (
        r#"(?i)Baca artikel (?P<source>detik\w*|CNN Indonesia|CNBC Indonesia)\b.*$"#,
        K::CopyTail,
        "boilerplate.copy_tail",
    ),
    // Tirto: `Baca selengkapnya di artikel "...", https://tirto.id/f71K`.
    (
        r#"(?i)Baca selengkapnya di artikel\s*["“].*$"#,
        K::CopyTail,
        "boilerplate.copy_tail",
    ),
    // Tribun and many others: `Artikel ini telah tayang di Kompas.com dengan judul "..."`
    // (Kontan writes `degan judul`);
    // detik `Artikel ini telah naik di detikJabar.`; Kompas `Artikel ini bersumber dari ...`.
    (
        r"(?i)Artikel ini (?:telah )?(?:tayang|naik|terbit|dimuat|bersumber)(?:\s*di|\s*dari)?\s*(?P<source>[\p{L}\p{N}.\-]+?(?: \p{Lu}[\p{L}\p{N}.\-]*?)?)\.?(?:\s+(?:dengan|degan) judul.*|\s*$)",
        K::Syndication,
        "boilerplate.syndication",
    ),
    // Merdeka `Sumber: Liputan6.com`, Republika `sumber : Republika` on their own line, or
    // glued to the credit that follows (Posmetro `Sumber: RandomEditor: Oki Budiman`: only
    // the `keep` group is furniture, the credit is left to the credits finder).
    (
        r"(?i)^(?P<keep>sumber\s*:\s*(?P<source>[\p{L}\p{N}.\- ]{2,40}?))(?:$|(?-i:Editor|Penulis|Reporter|Pewarta)\s*:)",
        K::Syndication,
        "boilerplate.source_line",
    ),
    // detik/CNN `SCROLL TO CONTINUE WITH CONTENT` (2,708 docs), often after `ADVERTISEMENT`.
    (
        r"(?:ADVERTISEMENT\s*)?SCROLL TO CONTINUE WITH CONTENT",
        K::ScrollMarker,
        "boilerplate.scroll",
    ),
    // The ad placeholder: upper case anywhere (run-on text), any case as a whole line
    // (Liputan6 `Advertisement`, 2,799 docs). Republika's `Loading...` placeholder too.
    (r"\bADVERTISEMENT\b", K::Advertisement, "boilerplate.ad"),
    (
        r"(?i)^(?:advertisement|iklan|ads|loading\.\.\.)$",
        K::Advertisement,
        "boilerplate.ad_line",
    ),
    (r"Loading\.\.\.", K::Advertisement, "boilerplate.ad_loading"),
    // detik/CNN embeds `[Gambas:Video 20detik]`, also cut off by the scraper (`[Gambas:Video`).
    (r"\[Gambas:[^\]\n]*\]?", K::Embed, "boilerplate.gambas"),
    // Instagram embeds left as text (Kompas).
    (
        r"(?i)^A post shared by .*$",
        K::Embed,
        "boilerplate.instagram",
    ),
    // Video promos: detik `Simak juga Video: ...`, `Lihat juga Video '...'`, `Tonton juga ...`,
    // `Saksikan Live DetikPagi:`, Liputan6 `Simak juga video pilihan berikut ini:`.
    (
        r"(?:Simak|Lihat|Tonton|Saksikan)(?: juga)?(?: Video\b| video\b| Live\b|\s+[\x22“”])[^\[\n]*",
        K::VideoPromo,
        "boilerplate.video_promo",
    ),
    // Channel invitations: `Ikuti Whatsapp Channel Republika`, `Ikuti Saluran WhatsApp ...`,
    // `Ikuti Berita POS-KUPANG.COM lainnya di GOOGLE NEWS`, `Ikuti kami di`.
    (
        r"Ikuti (?i:kami|saluran|whatsapp|channel|berita|terus|juga|akun|instagram|tiktok|twitter|facebook|youtube|google|update)\b.*$",
        K::ChannelInvite,
        "boilerplate.channel",
    ),
    (
        r"(?i)^(?:GOOGLE NEWS\s*-?\s*)?Dapatkan (?:update|berita|informasi|artikel).*(?:WhatsApp|Google News|Telegram|saluran|kanal).*$",
        K::ChannelInvite,
        "boilerplate.channel_update",
    ),
    (
        r"(?i)^(?:\.\s*)?(?:https?://(?:www\.)?whatsapp\.com/channel/\S*|Pastikan kamu sudah install aplikasi WhatsApp.*)$",
        K::ChannelInvite,
        "boilerplate.channel_link",
    ),
    (
        r"(?i)^.{0,80}\b(?:di|via) Google News\W*$",
        K::ChannelInvite,
        "boilerplate.google_news",
    ),
    // Tribun's footer `- Baca Berita Terbaru Lainnya di GOOGLE NEWS - Dapatkan Berita Viral Via
    // Saluran WhatsApp` (one line, or two).
    (
        r"(?i)^-?\s*Baca Berita Terbaru Lainnya di\s*GOOGLE NEWS.*$",
        K::ChannelInvite,
        "boilerplate.channel_tribun",
    ),
    // Tribun's slogan after the footer: `!!!Membaca Bagi Pikiran Seperti Olahraga Bagi Tubuh!!!`.
    (
        r"(?i)^!*\s*Membaca Bagi Pikiran Seperti Olahraga Bagi Tubuh\s*!*$",
        K::Promo,
        "boilerplate.promo_tribun",
    ),
    // KapanLagi `(Ayo ikuti saluran WhatsApp KapanLagi.com biar enggak ketinggalan ... Klovers!)`.
    (
        r"(?i)^\(?Ayo (?:ikuti|gabung)\b.*(?:WhatsApp|saluran|Google News).*$",
        K::ChannelInvite,
        "boilerplate.channel_ayo",
    ),
    // `Disclaimer: ...` to the end of its block.
    (
        r"(?i)^Disclaimer\s*:.*$",
        K::Disclaimer,
        "boilerplate.disclaimer",
    ),
    // detik's spoiler warning before film and series reviews.
    (
        r"(?i)^Artikel ini (?:mungkin )?(?:mengandung|berisi|memuat) spoiler.*$",
        K::Disclaimer,
        "boilerplate.spoiler",
    ),
    // Photo captions left in the text: a short block ending in its credit (`... Foto: dok.
    // Netflix`, detik), a bracketed credit (`(credit: instagram.com/x)`, KapanLagi), or a
    // block that opens with the photographer's credit glued to the caption
    // (`KOMPAS.com/Aisyah Sekar Ayu MaharaniMock up rumah ...`): no story paragraph does.
    (
        r"^.{0,200}?\b(?:Foto|FOTO|Ilustrasi foto|Sumber foto)\s*:\s*.{2,60}$",
        K::Caption,
        "boilerplate.caption_credit",
    ),
    (
        r"(?i)^\((?:credit|kredit|foto|sumber foto|photo)\s*:[^)]{1,80}\)$",
        K::Caption,
        "boilerplate.caption_bracket",
    ),
    (
        r"^(?i:KOMPAS\.com|KOMPAS|Tribunnews\.com|ANTARA FOTO|ANTARA|SHUTTERSTOCK|DOK\.?)\s*/\s*\p{Lu}.{0,300}$",
        K::Caption,
        "boilerplate.caption_photographer",
    ),
    // Footers: `COPYRIGHT © ANTARA 2023`, `© 2007 - 2015 okezone.com, All Rights Reserved`.
    // A bare `©` must be followed by a year or a name in capitals: mis-decoded UTF-8 in detik
    // text (`Ã©`) leaves stray `©` inside words.
    (
        r"(?:(?:COPYRIGHT|Copyright)\s*©?|©\s*(?:\d{4}|\p{Lu}{3,})\s*)\s*(?:\d{4}\s*(?:-\s*\d{4}\s*)?)?[\p{L}\p{N}.\- ]{0,40}(?:\d{4})?(?:,?\s*All Rights Reserved\.?)?",
        K::Copyright,
        "boilerplate.copyright",
    ),
    (
        r"(?i)All Rights Reserved\.?",
        K::Copyright,
        "boilerplate.rights",
    ),
    // Antara's notice against crawling for AI.
    (
        r"(?i)Dilarang keras mengambil konten.*$",
        K::Copyright,
        "boilerplate.no_crawl",
    ),
    // Pagination: `Halaman 1 2 Selanjutnya`, `Bersambung ke halaman berikutnya...`,
    // `Lanjut ke sebelah...`, `Simak berita selengkapnya di halaman selanjutnya.`,
    // `Baca selengkapnyadi sini.`, Bisnis `Selengkapnya baca di sini.`
    (
        r"(?i)^Halaman(?:\s+\d+)+(?:\s+Selanjutnya)?$",
        K::Pagination,
        "boilerplate.pages",
    ),
    (
        r"(?i)(?:Bersambung ke halaman (?:berikutnya|selanjutnya)|Lanjut ke (?:sebelah|halaman berikutnya))\W*",
        K::Pagination,
        "boilerplate.continued",
    ),
    (
        r"(?i)(?:Simak berita selengkapnya di halaman selanjutnya|Baca selengkapnya\s*di\s*sini|Selengkapnya baca di sini)\.?",
        K::Pagination,
        "boilerplate.more_here",
    ),
    (
        r"(?i)^Load More\.*$",
        K::Pagination,
        "boilerplate.load_more",
    ),
    // App downloads: Kompas `Download aplikasi Kompas.com ...`, detik `Download Apps Detikcom
    // Sekarang https://...`, CNN `Download Apps CNN Indonesia sekarang https://...`.
    (
        r"(?:Download|DOWNLOAD|Unduh) (?i:aplikasi|apps?)\b.*$",
        K::AppDownload,
        "boilerplate.app",
    ),
    // Promotions of the outlet itself: Liputan6 `Simak penelusuran Cek Fakta Liputan6.com.`,
    // Tempo `Halo, pembaca nawala Cek Fakta Tempo!`.
    // Liputan6 `Baca juga berita lainnya di Liputan6.com.`, Tribun `Berita lainnya di Sampah
    // di Bali` (a topic link after the code).
    (
        r"(?i)^(?:Simak penelusuran Cek Fakta Liputan6\.com|Halo, pembaca nawala.*|Baca juga berita lainnya.*|Berita lainnya di .*)\.?$",
        K::Promo,
        "boilerplate.promo",
    ),
];

/// Patterns matched over the whole text because the scraper broke them over several lines
/// (one word a line where the page had links).
pub(crate) const SPANNING_PATTERNS: &[Pattern] = &[
    // Kompas: `Simak⏎breaking news⏎dan⏎berita pilihan⏎kami langsung di ponselmu. Pilih saluran
    // andalanmu akses berita Kompas.com WhatsApp Channel :` (the link and the `Pastikan ...`
    // line after it are caught by `boilerplate.channel_link`).
    (
        r"(?i)Simak\s+breaking\s+news\s+dan\s+berita\s+pilihan\s+kami\s+langsung\s+di\s+ponselmu[^\n]*",
        K::ChannelInvite,
        "boilerplate.channel_kompas",
    ),
];

/// Short function words that stay lower case in a Title Case headline.
pub(crate) const HEADLINE_SMALL_WORDS: &[&str] = &[
    "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "ini", "itu", "pada", "atau", "vs",
    "ala", "jadi", "bagi", "oleh", "soal", "usai", "demi", "hingga", "saat", "&", "-", "–",
];
