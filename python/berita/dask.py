"""berita on a Dask cluster: ``parse_arrow`` mapped over the partitions of a Dask DataFrame.

Each partition (a pandas DataFrame) goes to ``parse_arrow`` through the Arrow PyCapsule
interface and comes back as a pandas DataFrame of Arrow-backed columns (``pd.ArrowDtype``),
one row per input row, in order, with the partition's index: nested columns (quotes,
dates, ...) stay typed, so ``to_parquet`` writes them as Parquet structs and lists.
A parser given here travels to the workers as its configuration and is built once per
worker process (not once per task).

Needs ``pip install berita[dask]`` (dask, distributed, pyarrow)::

    import dask.dataframe as dd
    import berita.dask

    articles = dd.read_parquet("articles/")           # a "text" column (and "published")
    parsed = berita.dask.parse_dataframe(articles, id="id")
    parsed.to_parquet("parsed/")

or in one line, ``berita.dask.parse_parquet("articles/", "parsed/", id="id")``.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import berita

__all__ = ["meta", "parse_dataframe", "parse_parquet", "parse_partition"]


@functools.lru_cache(maxsize=8)
def _worker_parser(config: str) -> berita.Parser:
    """The parser of a configuration, built once per process."""
    return berita.Parser._from_config(config)


def _parser(config: str | None) -> berita.Parser | None:
    return None if config is None else _worker_parser(config)


def parse_partition(
    frame: Any,
    *,
    config: str | None = None,
    text: str = "text",
    published: str | None = "published",
    outlet: str | None = None,
    id: str | None = None,
    quotes: bool = False,
    threads: int | None = 1,
) -> Any:
    """One partition (a pandas DataFrame) parsed: ``parse_arrow`` (or ``quotes_arrow`` with
    ``quotes=True``) as a pandas DataFrame of ``pd.ArrowDtype`` columns. ``config``: a
    parser's configuration as JSON (``json.dumps(parser.config)``), None for the default
    parser. ``threads=1``: a Dask worker thread parses on its own thread.

    >>> import pandas as pd
    >>> out = parse_partition(pd.DataFrame({"text": ["JAKARTA, KOMPAS.com - Hujan turun."]}))
    >>> out["dateline"].iloc[0]["outlet_id"]
    'kompas'
    """
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    parser = _parser(config)
    run: Any = berita if parser is None else parser
    call = run.quotes_arrow if quotes else run.parse_arrow
    table = call(frame, text=text, published=published, outlet=outlet, id=id, threads=threads)
    out = pa.table(table).to_pandas(types_mapper=pd.ArrowDtype)
    if not quotes:
        out.index = frame.index
    return out


def meta(*, quotes: bool = False) -> Any:
    """The empty pandas DataFrame whose columns and types ``parse_partition`` returns (what
    Dask calls ``meta``).

    >>> list(meta().columns)[:3]
    ['id', 'dateline', 'byline']
    """
    import pandas as pd
    import pyarrow as pa

    schema = berita.quotes_arrow_schema() if quotes else berita.arrow_schema()
    return pa.schema(schema).empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def parse_dataframe(
    frame: Any,
    *,
    parser: berita.Parser | None = None,
    text: str = "text",
    published: str | None = "published",
    outlet: str | None = None,
    id: str | None = None,
    quotes: bool = False,
) -> Any:
    """A Dask DataFrame of articles parsed, partition by partition (lazily, as Dask does):
    one row per input row in order with the input's index, or one row per quote with
    ``quotes=True``. ``parser``: None for the default parser."""
    config = None if parser is None else json.dumps(parser.config)
    return frame.map_partitions(
        parse_partition,
        config=config,
        text=text,
        published=published,
        outlet=outlet,
        id=id,
        quotes=quotes,
        meta=meta(quotes=quotes),
    )


def parse_parquet(
    source: str,
    destination: str,
    *,
    parser: berita.Parser | None = None,
    text: str = "text",
    published: str | None = "published",
    outlet: str | None = None,
    id: str | None = None,
    quotes: bool = False,
) -> None:
    """Parquet to Parquet on the current Dask scheduler (a ``distributed.Client`` if one is
    active): reads the columns needed from ``source``, writes the parsed table (or the
    quotes table) to the folder ``destination``, one file per partition."""
    import dask.dataframe as dd  # type: ignore[import-untyped,unused-ignore]

    wanted = [c for c in (id, text, published, outlet) if c is not None]
    frame = dd.read_parquet(source)
    present = [c for c in wanted if c in frame.columns or c != published]
    parsed = parse_dataframe(
        frame[present],
        parser=parser,
        text=text,
        published=published,
        outlet=outlet,
        id=id,
        quotes=quotes,
    )
    parsed.to_parquet(destination, write_index=False)
