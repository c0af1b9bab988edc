"""berita.dask on a real (local) Dask cluster: two worker processes, one thread each, parse
a few thousand corpus articles from Parquet to Parquet; the output has every row, in order,
and the same findings as parse_many."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

import berita
import berita.dask
from conftest import as_document, corpus_records

pytest.importorskip("pyarrow")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

#: One corpus record of every this many: about 3,600 articles.
STEP = 3


@pytest.fixture(scope="module")
def cluster() -> Any:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_parquet_to_parquet_on_a_local_cluster(cluster: Any, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = corpus_records(STEP)
    source = tmp_path / "articles"
    source.mkdir()
    # Several files, so that the cluster has several partitions to share.
    for i in range(0, len(records), 500):
        pq.write_table(pa.Table.from_pylist(records[i : i + 500]), source / f"part-{i:05}.parquet")
    started = time.monotonic()
    berita.dask.parse_parquet(str(source), str(tmp_path / "parsed"), id="id")
    elapsed = time.monotonic() - started
    parsed = pq.read_table(tmp_path / "parsed")
    assert parsed.num_rows == len(records)
    assert parsed.column("id").to_pylist() == [r["id"] for r in records]
    assert parsed.column("error").null_count == parsed.num_rows
    expected = berita.parse_many(
        [r["text"] or "" for r in records], published=[r["published"] for r in records]
    )
    for i, (row, article) in enumerate(zip(parsed.to_pylist(), expected)):
        document = article.to_dict()
        del document["schema"]
        assert as_document(row) == document, i
    print(f"{len(records)} articles Parquet to Parquet on 2 workers in {elapsed:.1f} s")


def test_quotes_and_a_custom_parser(cluster: Any, tmp_path: Path) -> None:
    import dask.dataframe as dd
    import pandas as pd

    texts = ['"Kami siap," ujar Budi.', "Hujan turun.", "BeritaBaru.id, Jakarta - Hujan."]
    frame = dd.from_pandas(pd.DataFrame({"text": texts * 4}), npartitions=3)
    parser = berita.Parser(outlets=[{"id": "beritabaru", "names": ["BeritaBaru.id"]}])
    parsed = berita.dask.parse_dataframe(frame, parser=parser).compute()
    assert list(parsed.index) == list(range(12))
    assert parsed["dateline"].iloc[2]["outlet_id"] == "beritabaru"
    quotes = berita.dask.parse_dataframe(frame, quotes=True).compute()
    assert len(quotes) == 4 and set(quotes["speaker_name"]) == {"Budi"}


def test_docstring_examples() -> None:
    import doctest

    results = doctest.testmod(berita.dask)
    assert results.attempted > 0 and results.failed == 0
