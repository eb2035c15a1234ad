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


def test_every_column_is_documented_and_nothing_else(tmp_path):
    documented, actual = _documented(), _actual(tmp_path)
    for table, columns in actual.items():
        if table == "current_documents":
            continue  # a view: "same columns as documents"
        assert documented[table] == columns, table


def test_current_documents_view_has_the_documents_columns(tmp_path):
    actual = _actual(tmp_path)
    assert actual["current_documents"] == actual["documents"]
