"""mlcroissant, the Croissant reference library: croissant.json validates with no error and no
warning, and every record of both record sets loads, nested annotations included."""
import mlcroissant as mlc

from conftest import assert_same_rows, canonical_row


def test_validates_without_errors_or_warnings(release):
    dataset = mlc.Dataset(jsonld="croissant.json")
    assert not dataset.metadata.ctx.issues.errors, dataset.metadata.ctx.issues.errors
    assert not dataset.metadata.ctx.issues.warnings, dataset.metadata.ctx.issues.warnings


def test_every_record_loads(release, columns, expected):
    # The README's snippet, verbatim.
    dataset = mlc.Dataset(jsonld="croissant.json")
    articles = list(dataset.records("articles"))
    spans = list(dataset.records("annotations"))
    for table, records in (("articles", articles), ("annotations", spans)):
        # Keys are '<record set>/<field>', nested ones '<record set>/<field>/<sub-field>'.
        plain = [canonical_row(unprefix(r), columns[table]) for r in records]
        assert_same_rows(table, plain, expected[table], f"mlcroissant records({table!r})")


def unprefix(value):
    if isinstance(value, dict):
        return {key.rsplit("/", 1)[-1]: unprefix(v) for key, v in value.items()}
    if isinstance(value, list):
        return [unprefix(v) for v in value]
    return value
