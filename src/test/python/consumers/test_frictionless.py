"""frictionless-py: datapackage.json validates (every resource, hashes and foreign keys), and the
JSON Lines resources read as typed tables."""
import datetime

from frictionless import Package, system

from conftest import assert_same_rows, canonical_row


def test_the_package_is_valid(release, compression):
    with system.use_context(trusted=True):
        report = Package("datapackage.json").validate()
    problems = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors] + \
               [error.message for error in report.errors]
    assert report.valid, "\n".join(problems)
    # frictionless-py reads gzip but not zstd, so .jsonl.zst resources are declared (and checked) as files.
    jsonl_type = "file" if compression == "zstd" else "table"
    assert {task.name: task.type for task in report.tasks} == {
        "articles-jsonl": jsonl_type, "annotations-jsonl": jsonl_type,
        **{f"{t}-{f}": "file" for t in ("articles", "annotations") for f in ("parquet", "arrow")
           if (release / "data").joinpath(f"{t}.{f}").exists() or (f == "parquet" and (release / "data" / t).is_dir())}}


def test_json_lines_resources_are_typed_tables(release, columns, expected, compression):
    package = Package("datapackage.json")
    for table in ("articles", "annotations"):
        resource = package.get_resource(f"{table}-jsonl")
        if compression == "zstd":
            assert resource.type == "file" and "zstd" in resource.description
            continue
        assert resource.type == "table"
        read = resource.read_rows()
        if table == "articles":
            assert all(isinstance(r["year"], int) for r in read)
            assert all(r["published_on"] is None or type(r["published_on"]) is datetime.date for r in read)
            assert all(isinstance(r["annotations"], list) for r in read)
        assert_same_rows(table, [canonical_row(r.to_dict(), columns[table]) for r in read], expected[table],
                         f"frictionless {table}-jsonl")
