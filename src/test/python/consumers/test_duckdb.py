"""DuckDB's Python client: the Parquet (any layout) and the JSON Lines hold the same rows."""
import duckdb

from conftest import assert_same_rows, canonical_row


def rows(relation, cols):
    names = relation.columns
    return [canonical_row(dict(zip(names, values)), cols) for values in relation.fetchall()]


def test_parquet_and_json_lines(release, columns, expected, layout, jsonl):
    for table in ("articles", "annotations"):
        source = f"data/{table}.parquet" if layout == "single" else f"data/{table}/**/*.parquet"
        parquet = duckdb.sql(f"SELECT * FROM read_parquet('{source}', hive_partitioning = true)")
        # DuckDB decompresses .gz and .zst by the file name.
        json_lines = duckdb.sql(f"SELECT * FROM read_json('{jsonl[table]}')")
        if table == "articles":
            types = dict(zip(parquet.columns, map(str, parquet.types)))
            assert types["published_on"] == "DATE" and types["char_count"] == "INTEGER"
            assert types["year"] == ("BIGINT" if layout == "year" else "INTEGER")
        assert_same_rows(table, rows(parquet, columns[table]), expected[table], "DuckDB read_parquet")
        assert_same_rows(table, rows(json_lines, columns[table]), expected[table], "DuckDB read_json")
