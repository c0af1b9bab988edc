"""parse_arrow / quotes_arrow through the Arrow PyCapsule interface: pyarrow, Polars, pandas
and DuckDB inputs give, row for row, what parse_many gives on the same texts."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import berita
from berita import _berita
from conftest import KOMPAS, UNICODE, as_document, corpus_records

pa = pytest.importorskip("pyarrow")

#: One corpus record of every this many (about 600 articles).
STEP = 18


@pytest.fixture(scope="module")
def records() -> list[dict[str, str | None]]:
    return corpus_records(STEP)


@pytest.fixture(scope="module")
def table(records: list[dict[str, str | None]]) -> Any:
    return pa.Table.from_pylist(records)


@pytest.fixture(scope="module")
def expected(records: list[dict[str, str | None]]) -> list[berita.Article]:
    texts = [r["text"] or "" for r in records]
    return berita.parse_many(texts, published=[r["published"] for r in records])


def assert_same(result: Any, expected: list[berita.Article], ids: list[Any]) -> None:
    rows = pa.table(result).to_pylist()
    assert len(rows) == len(expected)
    for i, (row, article) in enumerate(zip(rows, expected)):
        document = article.to_dict()
        del document["schema"]
        assert row["error"] is None, (i, row["error"])
        assert row["id"] == ids[i]
        assert as_document(row) == document, i
        assert row["body_text"] == article.body_text


def test_pyarrow_table(table: Any, expected: list[berita.Article]) -> None:
    ids = table.column("id").to_pylist()
    assert_same(berita.parse_arrow(table, id="id"), expected, ids)


def test_polars_dataframe(table: Any, expected: list[berita.Article]) -> None:
    pl = pytest.importorskip("polars")
    df = pl.from_arrow(table)
    assert_same(berita.parse_arrow(df, id="id", threads=2), expected, df["id"].to_list())
    # Polars keeps strings as string views: the texts are read where Polars holds them.
    assert pl.DataFrame(berita.parse_arrow(df["text"])).height == df.height


def test_pandas_dataframe(table: Any, expected: list[berita.Article]) -> None:
    pytest.importorskip("pandas")
    df = table.to_pandas()
    assert_same(berita.parse_arrow(df, id="id", threads=1), expected, list(df["id"]))


def test_duckdb_relation(table: Any, expected: list[berita.Article]) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.register("articles", table)
    relation = con.sql("SELECT id, text, published FROM articles")
    ids = table.column("id").to_pylist()
    assert_same(berita.parse_arrow(relation, id="id"), expected, ids)


def test_quotes_table_matches_parse_many(table: Any, expected: list[berita.Article]) -> None:
    quotes = pa.table(berita.quotes_arrow(table, id="id")).to_pylist()
    flat = [(i, q) for i, a in enumerate(expected) for q in a.quotes]
    assert len(quotes) == len(flat)
    for row, (i, quote) in zip(quotes, flat):
        assert row["row"] == i
        assert (row["kind"], row["text"], row["start"], row["end"]) == (
            quote.kind, quote.text, quote.start, quote.end)
        assert row["speaker_name"] == (quote.speaker.name if quote.speaker else None)
        assert row["cue_lemma"] == (quote.cue.lemma if quote.cue else None)
        assert row["citation"] == quote.citation and row["rule"] == quote.rule
        assert row["error"] is None


def test_texts_are_not_copied() -> None:
    texts = pa.array([KOMPAS, None, UNICODE])
    data = texts.buffers()[2].address
    offsets = texts.to_pylist()
    assert _berita._text_addresses(texts) == [data, None, data + len(KOMPAS.encode())]
    assert offsets[1] is None
    large = pa.array([KOMPAS], pa.large_string())
    assert _berita._text_addresses(large) == [large.buffers()[2].address]


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string(), pa.string_view()])
def test_string_layouts(kind: Any) -> None:
    result = pa.table(berita.parse_arrow(pa.table({"text": pa.array([KOMPAS], kind)})))
    assert result.column("dateline").to_pylist()[0]["outlet_id"] == "kompas"


@pytest.mark.parametrize(
    "make",
    [
        lambda: pa.array([KOMPAS, UNICODE]),
        lambda: pa.chunked_array([[KOMPAS], [UNICODE]]),
        lambda: pa.record_batch({"text": [KOMPAS, UNICODE]}),
        lambda: pa.table({"text": [KOMPAS, UNICODE]}).to_batches()[0],
    ],
)
def test_arrays_batches_and_chunks(make: Any) -> None:
    assert pa.table(berita.parse_arrow(make())).num_rows == 2


def test_null_texts_give_row_errors() -> None:
    table = pa.table({"text": [KOMPAS, None, UNICODE], "id": [1, 2, 3]})
    result = pa.table(berita.parse_arrow(table, id="id"))
    assert result.column("error").to_pylist() == [None, "text is null", None]
    assert result.column("id").to_pylist() == ["1", "2", "3"]
    assert result.column("quotes").to_pylist()[1] is None
    quotes = pa.table(berita.quotes_arrow(table, id="id"))
    assert [r for r in quotes.to_pylist() if r["error"]] == [
        {**{k: None for k in quotes.column_names}, "row": 1, "id": "2", "error": "text is null"}
    ]


def test_missing_and_wrong_columns_name_the_column() -> None:
    with pytest.raises(ValueError, match='no column "body"'):
        berita.parse_arrow(pa.table({"text": [KOMPAS]}), text="body")
    with pytest.raises(TypeError, match='column "text" must hold strings'):
        berita.parse_arrow(pa.table({"text": [1, 2]}))
    with pytest.raises(ValueError, match='no column "tanggal"'):
        berita.parse_arrow(pa.table({"text": [KOMPAS]}), published="tanggal")
    with pytest.raises(TypeError, match='column "published" must hold strings'):
        berita.parse_arrow(pa.table({"text": [KOMPAS], "published": [1]}))
    with pytest.raises(TypeError, match=r'column "id" \(id\)'):
        berita.parse_arrow(pa.table({"text": [KOMPAS], "id": [1.5]}), id="id")
    with pytest.raises(TypeError, match="must export Arrow"):
        berita.parse_arrow([KOMPAS])
    with pytest.raises(ValueError, match="threads must be at least 1"):
        berita.parse_arrow(pa.table({"text": [KOMPAS]}), threads=0)


def test_empty_tables_give_empty_results() -> None:
    empty = pa.table({"text": pa.array([], pa.string())})
    result = pa.table(berita.parse_arrow(empty))
    assert result.num_rows == 0
    assert result.schema == pa.schema(berita.arrow_schema())
    quotes = pa.table(berita.quotes_arrow(empty))
    assert quotes.num_rows == 0 and quotes.schema == pa.schema(berita.quotes_arrow_schema())


def test_published_column_resolves_dates() -> None:
    table = pa.table({"text": ["Hujan turun Jumat (4/2)."], "tanggal": ["2022-02-05"]})
    row = pa.table(berita.parse_arrow(table, published="tanggal")).to_pylist()[0]
    assert row["published"] == datetime.date(2022, 2, 5)
    assert row["dates"][0]["resolved"] == datetime.date(2022, 2, 4)


def test_parser_methods_and_result_object() -> None:
    parser = berita.Parser(quotes=False)
    result = parser.parse_arrow(pa.table({"text": [KOMPAS]}))
    assert len(result) == result.num_rows == 1
    assert repr(result).startswith("ArrowTable(1 rows")
    assert pa.table(result).column("quotes").to_pylist() == [[]]
    # A result exports a new stream each time.
    assert pa.table(result).equals(pa.table(result))
    assert result.schema.names == berita.arrow_schema().names
    assert "speaker_name" in berita.quotes_arrow_schema().names
    assert parser.quotes_arrow(pa.table({"text": [KOMPAS]})).num_rows == 0


def test_columns_of_none_alone_are_null_columns() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": [KOMPAS, UNICODE], "published": [None, None], "id": [None, None]})
    result = pa.table(berita.parse_arrow(frame, id="id"))
    assert result.column("error").to_pylist() == [None, None]
    assert result.column("id").to_pylist() == [None, None]
    nothing = pa.table(berita.parse_arrow(pd.DataFrame({"text": [None]})))
    assert nothing.column("error").to_pylist() == ["text is null"]
