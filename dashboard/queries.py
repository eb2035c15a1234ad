"""Every SQL query the dashboard runs. Plain functions over a DuckDB cursor,
parameterised, returning DataFrames; pages never hold SQL."""

from __future__ import annotations

import duckdb
import pandas as pd


def documents(cur: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All ingested documents, newest first, with whether each is the one shown
    for its kecamatan and year (see docs/schema.md, current_documents)."""
    return cur.execute(
        """SELECT d.doc_id, d.file_name, d.kecamatan, d.kabupaten_kota, d.provinsi, d.tahun, d.status, d.error,
                  d.warnings, d.n_indicator_values, d.n_budget_lines, d.ingested_at,
                  d.doc_id IN (SELECT doc_id FROM current_documents) AS is_current
           FROM documents d
           ORDER BY d.kabupaten_kota NULLS LAST, d.kecamatan NULLS LAST, d.tahun DESC, d.ingested_at DESC"""
    ).df()


def coverage(cur: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Which kecamatan has a report for which year (current documents only)."""
    return cur.execute(
        """SELECT kabupaten_kota, kecamatan, tahun, doc_id FROM current_documents
           ORDER BY kabupaten_kota, kecamatan, tahun"""
    ).df()
