"""The consumer tests: each analyst library reads a freshly cut release, and what it reads must
equal the release's rows, value for value and with the declared types.

Run by PythonConsumersIT (mvn verify) from the pinned environment in target/python:
    python -m pytest src/test/python/consumers --release=DIR [--corpus=DIR]

The ground truth is the release's JSON Lines read with Python's own json module, checked against
manifest.json's declared columns; with --corpus, every text is also compared with the corpus file
byte for byte.
"""
import datetime
import json
import math
import os
import pathlib
import re

import pytest


def pytest_addoption(parser):
    parser.addoption("--release", required=True, help="the release folder to read")
    parser.addoption("--corpus", default=None, help="the corpus the release was cut from (texts compared byte for byte)")
    parser.addoption("--screenshots", default=None, help="where to save a screenshot of report.html (a .png path)")


@pytest.fixture(scope="session")
def release(request):
    path = pathlib.Path(request.config.getoption("--release")).resolve()
    os.chdir(path)  # the README's snippets use paths relative to the release folder
    return path


@pytest.fixture(scope="session")
def corpus(request):
    value = request.config.getoption("--corpus")
    return pathlib.Path(value).resolve() if value else None


@pytest.fixture(scope="session")
def manifest(release):
    return json.loads((release / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def layout(manifest):
    """single, year or shards, from the Parquet files the manifest lists."""
    paths = [f["path"] for f in manifest["tables"][0]["files"] if f["format"] == "parquet"]
    if len(paths) == 1 and paths[0].endswith("articles.parquet"):
        return "single"
    return "year" if any("/year=" in p for p in paths) else "shards"


@pytest.fixture(scope="session")
def formats(manifest):
    return {f["format"] for f in manifest["tables"][0]["files"]}


@pytest.fixture(scope="session")
def jsonl(manifest):
    """Table name -> its JSON Lines file inside the release: data/articles.jsonl, .jsonl.gz or .jsonl.zst."""
    return {t["name"]: next(f["path"] for f in t["files"] if f["format"] == "jsonl") for t in manifest["tables"]}


@pytest.fixture(scope="session")
def compression(jsonl):
    """none, gzip or zstd: how the release's JSON Lines are compressed."""
    path = jsonl["articles"]
    return "gzip" if path.endswith(".gz") else "zstd" if path.endswith(".zst") else "none"


def open_jsonl(path):
    """The decompressed text of a JSON Lines file (pyarrow's codecs: Python 3.11 has no zstd of its own)."""
    import io
    import pyarrow as pa
    codec = "gzip" if str(path).endswith(".gz") else "zstd" if str(path).endswith(".zst") else None
    raw = pa.input_stream(str(path), compression=codec).read() if codec else pathlib.Path(path).read_bytes()
    return io.StringIO(raw.decode("utf-8"))


@pytest.fixture(scope="session")
def columns(manifest):
    """Table name -> [(column, declared type)] in declared order."""
    return {t["name"]: [(c["name"], parse_type(c["type"])) for c in t["columns"]] for t in manifest["tables"]}


@pytest.fixture(scope="session")
def expected(release, columns, jsonl):
    """Table name -> its rows from the JSON Lines, canonical and sorted by key."""
    rows = {}
    for table, cols in columns.items():
        with open_jsonl(release / jsonl[table]) as f:
            rows[table] = sort_rows(table, [canonical_row(json.loads(line), cols) for line in f])
    return rows


def parquet_path(table, layout):
    """The file or folder a Parquet reader is given."""
    return f"data/{table}.parquet" if layout == "single" else f"data/{table}"


# ---- declared types --------------------------------------------------------------------------

def parse_type(text):
    """The manifest's notation (string, int32, date, list<...>, struct<a: t, ...>) as nested tuples."""
    text = text.strip()
    if text.startswith("list<"):
        return ("list", parse_type(text[5:-1]))
    if text.startswith("struct<"):
        return ("struct", [(name, parse_type(t)) for name, t in split_fields(text[7:-1])])
    return (text,)


def split_fields(body):
    fields, depth, start = [], 0, 0
    for i, ch in enumerate(body + ","):
        depth += ch == "<"
        depth -= ch == ">"
        if ch == "," and depth == 0:
            name, _, t = body[start:i].partition(":")
            fields.append((name.strip(), t.strip()))
            start = i + 1
    return fields


# ---- canonical values: what every reader's value is compared as ----------------------------

def is_missing(value):
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd
        return value is pd.NA or value is pd.NaT
    except ImportError:
        return False


def canonical(value, declared):
    """A reader's value as plain Python: str, int, 'YYYY-MM-DD', list, dict of every declared field."""
    if is_missing(value):
        return None
    kind = declared[0]
    if kind == "string":
        return value.decode("utf-8") if isinstance(value, bytes) else str(value)
    if kind == "int32":
        return int(value)
    if kind == "date":
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()[:10]
        if hasattr(value, "isoformat"):  # pandas Timestamp, numpy datetime64 through pandas
            return value.isoformat()[:10]
        text = value.decode() if isinstance(value, bytes) else str(value)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]), f"not a date: {value!r}"
        return text[:10]
    if kind == "list":
        return [canonical(v, declared[1]) for v in value]
    if kind == "struct":
        as_dict = value.asDict() if hasattr(value, "asDict") else dict(value)
        unknown = set(as_dict) - {name for name, _ in declared[1]}
        assert not unknown, f"struct fields not declared: {unknown}"
        return {name: canonical(as_dict.get(name), t) for name, t in declared[1]}
    raise AssertionError(f"unknown declared type {declared}")


def canonical_row(row, cols):
    unknown = set(row) - {name for name, _ in cols}
    assert not unknown, f"columns not declared: {unknown}"
    return {name: canonical(row.get(name), t) for name, t in cols}


def sort_rows(table, rows):
    key = (lambda r: r["id"]) if table == "articles" else (lambda r: (r["article_id"], r["span_id"]))
    return sorted(rows, key=key)


def assert_same_rows(table, actual, expected_rows, reader):
    """Row counts, then the first differing row and column, so a failure says where."""
    assert len(actual) == len(expected_rows), f"{reader}: {len(actual)} {table} rows, the release has {len(expected_rows)}"
    for got, want in zip(sort_rows(table, actual), expected_rows):
        for column in want:
            assert got.get(column) == want[column], (
                f"{reader}: {table} row {want.get('id') or (want['article_id'], want['span_id'])}, column {column}:"
                f" read {got.get(column)!r}, the release has {want[column]!r}")
        assert set(got) == set(want), f"{reader}: {table} columns {sorted(got)} != {sorted(want)}"
