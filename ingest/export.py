"""Export the database as Parquet, partitioned by provinsi and year, for any engine.

    python -m ingest export --parquet DIR [--db data/lkjip.duckdb]

Every table becomes a folder of Parquet files (hive partitions `kode_provinsi=35/tahun=2024`)
that DuckDB, Spark, Polars or a warehouse reads as one table, e.g.
`SELECT * FROM read_parquet('DIR/indicator_values/**/*.parquet', hive_partitioning = true)`.
`indicator_figures`, `budget_figures` and `corrected_documents` (with `set_aside`) are the
figures and documents with users' corrections applied;
`corrections` and `correction_log` their trail.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

# Facts carry their document's provinsi code; the year is the figure's own (tahun).
_PARTITIONED = {
    "documents": "SELECT *, coalesce(kode_provinsi, 'tidak-diketahui') AS provinsi_kode FROM documents",
    "indicator_values": "indicator_values",
    "budget_lines": "budget_lines",
    "efficiency_values": "efficiency_values",
    "findings": "findings",
    "statements": "statements",
    # the figures as the dashboard uses them: users' corrections applied, added figures in,
    # `corrected_fields` saying which (the tables above keep the figures as read)
    "indicator_figures": "indicator_figures",
    "budget_figures": "budget_figures",
    "corrected_documents": (
        "SELECT *, coalesce(kode_provinsi, 'tidak-diketahui') AS provinsi_kode FROM corrected_documents"
    ),
}
_PLAIN = (
    "source_tables", "finding_reviews", "preferred_documents", "meta", "corrections", "correction_log", "cell_boxes",
)  # fmt: skip


def export_parquet(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """Write every table under `out`; returns the rows written per table."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in _PARTITIONED:
        source = (
            f"SELECT t.*, coalesce(d.kode_provinsi, 'tidak-diketahui') AS provinsi_kode "
            f"FROM {table} t JOIN documents d USING (doc_id)"
            if table not in ("documents", "corrected_documents")
            else _PARTITIONED[table]
        )
        target = (out / table).as_posix()
        con.execute(
            f"COPY ({source}) TO '{_quote(target)}' "
            "(FORMAT parquet, PARTITION_BY (provinsi_kode, tahun), OVERWRITE_OR_IGNORE true)"
        )
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    for table in _PLAIN:
        target = (out / f"{table}.parquet").as_posix()
        con.execute(f"COPY {table} TO '{_quote(target)}' (FORMAT parquet)")
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return counts


def _quote(path: str) -> str:
    """A path inside a SQL string literal (COPY takes no parameter for its target)."""
    return path.replace("'", "''")
