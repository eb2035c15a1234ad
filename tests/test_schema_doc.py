"""docs/schema.md documents exactly the tables and columns the database has."""

from __future__ import annotations

import re

from ingest.store import connect
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def _documented() -> dict[str, set[str]]:
    tables: dict[str, set[str]] = {}
    current = None
    for line in DOC.splitlines():
        heading = re.match(r"^## `(\w+)`", line)
        if heading:
            current = tables.setdefault(heading.group(1), set())
        elif current is not None and (col := re.match(r"^\| `(\w+)` \|", line)):
            current.add(col.group(1))
    return tables


def _actual(tmp_path) -> dict[str, set[str]]:
    with connect(str(tmp_path / "schema.duckdb")) as con:
        rows = con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall()
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(table, set()).add(column)
    return tables


def test_every_table_is_documented_and_nothing_else(tmp_path):
    assert set(_documented()) == set(_actual(tmp_path))


# Views documented as "the table they lay over, plus these columns".
VIEWS = {
    "current_documents": "corrected_documents",
    "corrected_documents": "documents",
    "active_corrections": "corrections",
    "indicator_figures": "indicator_values",
    "budget_figures": "budget_lines",
}


def test_every_column_is_documented_and_nothing_else(tmp_path):
    documented, actual = _documented(), _actual(tmp_path)
    for table, columns in actual.items():
        if table in VIEWS:
            continue
        assert documented[table] == columns, table


def test_every_view_has_its_tables_columns_and_the_ones_documented(tmp_path):
    documented, actual = _documented(), _actual(tmp_path)
    for view, base in VIEWS.items():
        assert actual[view] == actual[base] | documented[view], view
