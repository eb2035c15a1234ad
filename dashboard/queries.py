"""Every SQL query the dashboard runs: plain functions over a DuckDB cursor, with
named parameters (never string-built from user input), returning DataFrames.

Places are keyed by their official Kemendagri codes (`kec_key`, `kab_key`,
`prov_key`); a document whose names could not be matched keeps a key made of its
names ("?sukorejo|kota blitar"), so it still shows. Names shown are the official
ones where known. Filters: `prov`, `kab`, `kec` are lists of keys (empty = all);
`y0`, `y1` the year range.

The "headline" value of an indicator for a kecamatan and year is the one the
dashboard shows when documents give several: the report for that year first,
its measurement table first, then later reports' multi-year tables.
"""

from __future__ import annotations

import duckdb
import pandas as pd

# Constant SQL fragments (no user input is ever formatted into SQL).
_PLACE_COLUMNS = """coalesce(kode_kecamatan, '?' || lower(kecamatan) || '|' || lower(coalesce(kabupaten_kota, '')))
        AS kec_key,
    coalesce(kode_kabkota, '?' || lower(kabupaten_kota)) AS kab_key,
    coalesce(kode_provinsi, '?' || lower(provinsi)) AS prov_key"""
_NAMES = """* REPLACE (coalesce(kecamatan_resmi, kecamatan) AS kecamatan,
    coalesce(kabupaten_kota_resmi, kabupaten_kota) AS kabupaten_kota, coalesce(provinsi_resmi, provinsi) AS provinsi)"""
# Findings counted once per fact / document, then joined (a correlated count per row
# costs seconds at national size).
_FACT_FINDINGS = "fact_findings AS (SELECT fact_id, count(*) AS n FROM findings GROUP BY fact_id)"
_DOC_FINDINGS = "doc_findings AS (SELECT doc_id, count(*) AS n FROM findings GROUP BY doc_id)"
# Figures a user corrected or added (ids as the findings name them), from the few corrections.
_CORRECTED_FACTS = """corrected_facts AS (
    SELECT v.value_id AS fact_id FROM active_corrections c JOIN documents d USING (sha256)
    JOIN indicator_values v ON v.doc_id = d.doc_id AND v.fact_key = c.fact_key
    WHERE c.action = 'correct' AND c.fact_table = 'indicator_values'
    UNION ALL
    SELECT b.line_id FROM active_corrections c JOIN documents d USING (sha256)
    JOIN budget_lines b ON b.doc_id = d.doc_id AND b.fact_key = c.fact_key
    WHERE c.action = 'correct' AND c.fact_table = 'budget_lines'
    UNION ALL
    SELECT correction_id FROM active_corrections WHERE action = 'add'
)"""
_DOCS = f"""{_FACT_FINDINGS}, docs AS (
    SELECT {_NAMES}, {_PLACE_COLUMNS} FROM current_documents
    WHERE (len($prov::VARCHAR[]) = 0 OR list_contains($prov::VARCHAR[], prov_key))
      AND (len($kab::VARCHAR[]) = 0 OR list_contains($kab::VARCHAR[], kab_key))
      AND (len($kec::VARCHAR[]) = 0 OR list_contains($kec::VARCHAR[], kec_key))
)"""
_KEC_YEAR = """(len($kec::VARCHAR[]) = 0 OR list_contains($kec::VARCHAR[], kec_key))
    AND tahun BETWEEN $y0 AND $y1"""
_TABLE_RANK = """CASE v.table_kind WHEN 'measurement' THEN 0 WHEN 'performance_budget' THEN 1
    WHEN 'multi_year' THEN 2 WHEN 'renstra' THEN 3 WHEN 'peer' THEN 4 ELSE 5 END"""
_INDICATOR_KEY = """CASE WHEN v.indicator_kind = 'OTHER'
    THEN lower(regexp_replace(v.indikator, '[^A-Za-z0-9]+', ' ', 'g')) ELSE v.indicator_kind END"""


def _headline(scope: str) -> str:
    """The one rule for which value of an indicator counts for a kecamatan and year (the
    IKM/SAKIP pages, Perbandingan, Ringkasan and Profil Kecamatan all read it): a value with
    a realisasi, from the report for that year first, its measurement table first, then later
    reports' multi-year tables. `scope` is a constant SQL condition narrowing the rows (an
    indicator kind, or one kecamatan) - never user input; OTHER indicators are told apart by
    their normalised name."""
    return f"""headline AS (
    SELECT v.value_id, v.doc_id, d.kec_key, d.kab_key, d.prov_key, d.kecamatan, d.kabupaten_kota, d.provinsi,
           v.tahun, v.indicator_kind, v.indikator, v.satuan,
           v.target, v.target_raw, v.target_label, v.realisasi, v.realisasi_raw, v.realisasi_label,
           v.capaian_reported, v.capaian_recomputed, v.source_table, v.page, v.line, d.file_name,
           v.corrected_fields,
           d.tahun AS doc_tahun, {_INDICATOR_KEY} AS indicator_key,
           coalesce(fc.n, 0) AS n_findings,
           row_number() OVER (
               PARTITION BY d.kec_key, v.tahun, indicator_key
               ORDER BY (v.tahun = d.tahun) DESC, {_TABLE_RANK}, d.tahun DESC, v.line, v.page
           ) AS rank_in_year
    FROM indicator_figures v JOIN docs d USING (doc_id) LEFT JOIN fact_findings fc ON fc.fact_id = v.value_id
    WHERE NOT v.is_peer AND v.realisasi IS NOT NULL AND {scope}
)"""


_HEADLINE = _headline("v.indicator_kind = $kind")
# The budget total shown for a kecamatan and year: as realised (with realisasi), from
# the report for that year, a printed total of a table listing programs first.
_BUDGET_TOTAL = """program_tables AS (
    SELECT DISTINCT doc_id, source_table FROM budget_figures WHERE level = 'program'
),
budget_total AS (
    SELECT b.line_id, b.doc_id, d.kec_key, d.kab_key, d.prov_key, d.kecamatan, d.kabupaten_kota, d.provinsi,
           b.tahun, b.pagu, b.realisasi,
           b.serapan_reported, b.serapan_recomputed, b.source_table, b.line, b.page, b.is_derived, b.corrected_fields,
           d.file_name, coalesce(fc.n, 0) AS n_findings,
           row_number() OVER (
               PARTITION BY d.kec_key, b.tahun
               ORDER BY (b.tahun = d.tahun) DESC, (b.table_kind = 'prose'), b.is_derived,
                        (b.doc_id, b.source_table) IN (SELECT (doc_id, source_table) FROM program_tables) DESC,
                        d.tahun DESC, b.line
           ) AS rank_in_year
    FROM budget_figures b JOIN docs d USING (doc_id) LEFT JOIN fact_findings fc ON fc.fact_id = b.line_id
    WHERE b.level = 'total' AND b.pagu IS NOT NULL AND b.realisasi IS NOT NULL
)"""


def _run(cur: duckdb.DuckDBPyConnection, sql: str, params: dict) -> pd.DataFrame:
    return cur.execute(sql, params).df()


def filter_options(cur: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every provinsi / kabupaten-kota / kecamatan (keys and names) and year the
    current documents cover, years with a realised figure included."""
    return cur.execute(
        f"""WITH docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM current_documents)
           SELECT DISTINCT prov_key, provinsi, kab_key, kabupaten_kota, kec_key, kecamatan, tahun FROM docs
           UNION
           SELECT DISTINCT d.prov_key, d.provinsi, d.kab_key, d.kabupaten_kota, d.kec_key, d.kecamatan, v.tahun
           FROM indicator_figures v JOIN docs d USING (doc_id)
           WHERE NOT v.is_peer AND v.tahun IS NOT NULL AND v.realisasi IS NOT NULL"""
    ).df()


def documents(cur: duckdb.DuckDBPyConnection, prov=(), kab=(), kec=(), y0=1900, y1=2100) -> pd.DataFrame:
    """Ingested documents in the filter (failed ones always: they need attention), with
    whether each is the one shown for its kecamatan and year (docs/schema.md, current_documents)."""
    return cur.execute(
        f"""WITH {_DOC_FINDINGS}, all_docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM corrected_documents)
           SELECT d.doc_id, d.file_name, d.kecamatan, d.kabupaten_kota, d.provinsi, d.kode_kecamatan, d.kec_key,
                  d.tahun, d.status, d.error, d.warnings, d.n_indicator_values, d.n_budget_lines, d.ingested_at,
                  d.set_aside, d.set_aside_reason,
                  d.doc_id IN (SELECT doc_id FROM current_documents) AS is_current,
                  coalesce(fc.n, 0) AS n_findings
           FROM all_docs d LEFT JOIN doc_findings fc USING (doc_id)
           WHERE d.status <> 'ok' OR (
               (len($prov::VARCHAR[]) = 0 OR list_contains($prov::VARCHAR[], d.prov_key))
               AND (len($kab::VARCHAR[]) = 0 OR list_contains($kab::VARCHAR[], d.kab_key))
               AND (len($kec::VARCHAR[]) = 0 OR list_contains($kec::VARCHAR[], d.kec_key))
               AND coalesce(d.tahun BETWEEN $y0 AND $y1, true))
           ORDER BY d.kabupaten_kota NULLS LAST, d.kecamatan NULLS LAST, d.tahun DESC, d.ingested_at DESC""",
        dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1),
    ).df()


def coverage(cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """Which kecamatan has its own report for which year."""
    sql = f"""WITH {_DOCS}
        SELECT kab_key, kabupaten_kota, kec_key, kode_kecamatan, kecamatan, tahun, doc_id, file_name FROM docs
        WHERE {_KEC_YEAR} ORDER BY kabupaten_kota, kecamatan, tahun"""
    return _run(cur, sql, dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def indicator_headline(cur: duckdb.DuckDBPyConnection, kind, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """One value per kecamatan and year for an indicator kind (IKM, SAKIP, ...)."""
    sql = f"""WITH {_DOCS}, {_HEADLINE}
        SELECT * EXCLUDE (rank_in_year) FROM headline
        WHERE rank_in_year = 1 AND {_KEC_YEAR}
        ORDER BY tahun, realisasi DESC"""
    return _run(cur, sql, dict(kind=kind, prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def indicator_series(cur: duckdb.DuckDBPyConnection, kind, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """The values of `indicator_headline` with keys only (names: `place_names`), small
    enough to read every year of every kecamatan at once, for trends and summaries."""
    sql = f"""WITH {_DOCS}, {_HEADLINE}
        SELECT kec_key, kab_key, prov_key, tahun, target, realisasi, doc_id
        FROM headline WHERE rank_in_year = 1 AND {_KEC_YEAR}
        ORDER BY tahun, realisasi DESC"""
    return _run(cur, sql, dict(kind=kind, prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def place_names(cur: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per kecamatan of the current documents: its keys and names at every level."""
    return cur.execute(
        f"""WITH docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM current_documents)
           SELECT kec_key, any_value(kecamatan) AS kecamatan, any_value(kab_key) AS kab_key,
                  any_value(kabupaten_kota) AS kabupaten_kota, any_value(prov_key) AS prov_key,
                  any_value(provinsi) AS provinsi
           FROM docs GROUP BY kec_key"""
    ).df()


def peer_values(cur: duckdb.DuckDBPyConnection, kind, prov, kab, y0, y1) -> pd.DataFrame:
    """Figures one kecamatan's report gives about another kecamatan (or 'Nasional')."""
    sql = f"""WITH {_DOCS}
        SELECT v.kecamatan, v.kode_kecamatan, v.kode_kabkota, d.kode_kabkota AS reported_by_kode_kabkota, d.doc_id,
               v.tahun, v.target, v.realisasi, v.realisasi_label, v.source_table,
               v.line, v.page, d.kecamatan AS reported_by, d.kabupaten_kota AS reported_by_kabupaten_kota, d.file_name
        FROM indicator_figures v JOIN docs d USING (doc_id)
        WHERE v.is_peer AND v.indicator_kind = $kind AND v.realisasi IS NOT NULL
          AND v.tahun BETWEEN $y0 AND $y1
        ORDER BY v.tahun, v.realisasi DESC"""
    return _run(cur, sql, dict(kind=kind, prov=prov, kab=kab, kec=(), y0=y0, y1=y1))


def budget_totals(cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """Pagu, realisasi and serapan per kecamatan and year (the report's own total)."""
    sql = f"""WITH {_DOCS}, {_BUDGET_TOTAL}
        SELECT * EXCLUDE (rank_in_year), realisasi / pagu * 100 AS serapan FROM budget_total
        WHERE rank_in_year = 1 AND {_KEC_YEAR}
        ORDER BY tahun, serapan DESC"""
    return _run(cur, sql, dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def budget_series(cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """The totals of `budget_totals` with keys only (names: `place_names`), every year."""
    sql = f"""WITH {_DOCS}, {_BUDGET_TOTAL}
        SELECT kec_key, kab_key, prov_key, tahun, pagu, realisasi, doc_id FROM budget_total
        WHERE rank_in_year = 1 AND {_KEC_YEAR} ORDER BY tahun"""
    return _run(cur, sql, dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def budget_programs(cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """Program lines per kecamatan and year, from the table of the budget total shown
    (`budget_totals`); a derived total's table is its programs' table."""
    sql = f"""WITH {_DOCS}, {_BUDGET_TOTAL}
        SELECT t.kec_key, t.kecamatan, t.kabupaten_kota, t.doc_id, p.tahun, p.name, p.pagu, p.realisasi,
               p.serapan_reported, p.serapan_recomputed, p.source_table, p.line, p.page, t.file_name,
               p.line_id, p.corrected_fields,
               coalesce(fc.n, 0) AS n_findings
        FROM budget_figures p JOIN budget_total t
             ON p.doc_id = t.doc_id AND p.source_table = t.source_table AND p.tahun = t.tahun AND t.rank_in_year = 1
        LEFT JOIN fact_findings fc ON fc.fact_id = p.line_id
        WHERE p.level = 'program' AND p.pagu IS NOT NULL
          AND {_KEC_YEAR.replace("kec_key", "t.kec_key").replace("tahun BETWEEN", "p.tahun BETWEEN")}
        ORDER BY t.kecamatan, p.tahun, p.row_index"""
    return _run(cur, sql, dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def efficiency(cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """Capaian kinerja (mean recomputed capaian of the report's measurement table) against
    serapan anggaran (the report's total) per kecamatan and year."""
    sql = f"""WITH {_DOCS}, {_BUDGET_TOTAL},
        kinerja AS (
            SELECT d.kec_key, d.kab_key, d.prov_key, d.kecamatan, d.kabupaten_kota, d.provinsi, v.tahun,
                   avg(coalesce(v.capaian_recomputed, v.capaian_reported)) AS capaian_kinerja,
                   any_value(v.doc_id) AS doc_id, count(*) AS n_indikator
            FROM indicator_figures v JOIN docs d USING (doc_id)
            WHERE NOT v.is_peer AND v.table_kind = 'measurement' AND v.tahun = d.tahun
              AND coalesce(v.capaian_recomputed, v.capaian_reported) IS NOT NULL
            GROUP BY ALL
        )
        SELECT k.kec_key, k.kab_key, k.prov_key, k.kecamatan, k.kabupaten_kota, k.provinsi, k.tahun,
               k.capaian_kinerja, k.n_indikator, k.doc_id, b.doc_id AS budget_doc_id,
               b.realisasi / b.pagu * 100 AS serapan,
               k.capaian_kinerja / (b.realisasi / b.pagu * 100) AS efisiensi
        FROM kinerja k JOIN budget_total b
             ON k.kec_key = b.kec_key AND k.tahun = b.tahun AND b.rank_in_year = 1
        WHERE b.realisasi IS NOT NULL AND b.pagu > 0
          AND {_KEC_YEAR.replace("kec_key", "k.kec_key").replace("tahun BETWEEN", "k.tahun BETWEEN")}
        ORDER BY k.tahun, efisiensi DESC"""
    return _run(cur, sql, dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def findings_summary(cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1) -> pd.DataFrame:
    sql = f"""WITH {_DOCS}
        SELECT f.severity, f."check", count(*) AS n
        FROM findings f JOIN docs d USING (doc_id)
        WHERE (len($kec::VARCHAR[]) = 0 OR list_contains($kec::VARCHAR[], d.kec_key))
          AND f.tahun BETWEEN $y0 AND $y1
        GROUP BY ALL ORDER BY n DESC"""
    return _run(cur, sql, dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def kecamatan_findings(cur: duckdb.DuckDBPyConnection, kec_key) -> pd.DataFrame:
    """Findings in the documents of one kecamatan."""
    return cur.execute(
        f"""WITH all_docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM corrected_documents)
           SELECT f.finding_id, f.tahun, f."check", f.severity, f.message, f.reported, f.recomputed, f.other_value,
                  f.source_table, f.page, f.line, d.file_name
           FROM findings f JOIN all_docs d USING (doc_id)
           WHERE d.kec_key = $kec AND NOT d.set_aside
           ORDER BY CASE f.severity WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 WHEN 'rendah' THEN 2 ELSE 3 END,
                    f.difference DESC NULLS LAST""",
        dict(kec=kec_key),
    ).df()


def kecamatan_indicators(cur: duckdb.DuckDBPyConnection, kec_key) -> pd.DataFrame:
    """Every indicator of one kecamatan across years: the same value per indicator and year
    as the indicator pages show (`_headline`)."""
    sql = f"""WITH {_DOCS}, {_headline("d.kec_key = $kec_key")}
        SELECT * EXCLUDE (rank_in_year) FROM headline WHERE rank_in_year = 1
        ORDER BY indicator_kind = 'OTHER', indicator_kind, indikator, tahun"""
    return _run(cur, sql, dict(prov=(), kab=(), kec=(), kec_key=kec_key))


def kecamatan_documents(cur: duckdb.DuckDBPyConnection, kec_key) -> pd.DataFrame:
    return cur.execute(
        f"""WITH {_DOC_FINDINGS}, all_docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM corrected_documents)
           SELECT d.doc_id, d.file_name, d.tahun, d.status, d.ingested_at, d.n_indicator_values, d.n_budget_lines,
                  d.doc_id IN (SELECT doc_id FROM current_documents) AS is_current, d.set_aside, d.set_aside_reason,
                  d.source_format, d.kecamatan,
                  coalesce(fc.n, 0) AS n_findings
           FROM all_docs d LEFT JOIN doc_findings fc USING (doc_id) WHERE d.kec_key = $kec
           ORDER BY d.tahun DESC, d.ingested_at DESC""",
        dict(kec=kec_key),
    ).df()


def unread_tables(cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1) -> pd.DataFrame:
    """Tables holding performance or budget figures none of which was read
    (`source_tables.status = 'unread'`), in the current documents of the filter: one row
    per table, without its text (`kecamatan_table_account` has it)."""
    sql = f"""WITH {_DOCS}
        SELECT d.doc_id, d.kec_key, d.kecamatan, d.kabupaten_kota, d.tahun, d.file_name,
               t.source_table, t.line, t.page, t.note
        FROM source_tables t JOIN docs d USING (doc_id)
        WHERE t.status = 'unread'
          AND {_KEC_YEAR.replace("kec_key", "d.kec_key").replace("tahun BETWEEN", "d.tahun BETWEEN")}
        ORDER BY d.kabupaten_kota, d.kecamatan, d.tahun DESC, d.file_name, t.line NULLS LAST, t.page NULLS LAST"""
    return _run(cur, sql, dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1))


def kecamatan_table_account(cur: duckdb.DuckDBPyConnection, kec_key) -> pd.DataFrame:
    """The tables of one kecamatan's documents (every version, as in `kecamatan_documents`)
    that were not read (`unread`, with their raw text) or read in part (`partly_read`,
    with the rows skipped)."""
    return cur.execute(
        f"""WITH all_docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM corrected_documents)
           SELECT d.doc_id, d.file_name, d.tahun, d.doc_id IN (SELECT doc_id FROM current_documents) AS is_current,
                  d.source_format, d.source_path, d.sha256,
                  t.source_table, t.title, t.status, t.line, t.page, t.n_rows, t.n_rows_read, t.n_rows_skipped,
                  t.skipped_rows, t.note, t.raw_text
           FROM source_tables t JOIN all_docs d USING (doc_id)
           WHERE d.kec_key = $kec AND t.status IN ('unread', 'partly_read')
           ORDER BY d.tahun DESC, d.ingested_at DESC, d.doc_id, t.line NULLS LAST, t.page NULLS LAST""",
        dict(kec=kec_key),
    ).df()


CHECKS = (
    "capaian_mismatch", "capaian_capped", "serapan_mismatch", "weighted_absorption", "total_mismatch",
    "conflicting_values", "label_mismatch", "lhe_grade_mismatch", "efficiency_mismatch", "average_mismatch",
    "shares_sum", "serapan_conflict", "prose_vs_table", "category_mismatch", "another_year", "unreadable", "rounding",
    "signing_date", "renstra_period", "misplaced_indicator", "mission_number", "ikm_formula",
    "ikm_unsur",
)  # fmt: skip
SEVERITIES = ("tinggi", "sedang", "rendah", "info")


def findings_list(
    cur: duckdb.DuckDBPyConnection, prov, kab, kec, y0, y1, checks=(), severities=(), doc_ids=(), review="semua"
) -> pd.DataFrame:
    """Findings with both places and the review state, most severe and largest gap first.
    `review` is 'semua', 'belum' (not reviewed) or 'sudah' (reviewed)."""
    sql = f"""WITH {_DOCS}, {_CORRECTED_FACTS}
        SELECT f.*, d.file_name, d.kecamatan AS doc_kecamatan, d.kabupaten_kota, d.tahun AS doc_tahun,
               o.file_name AS other_file_name,
               (f.fact_id IN (SELECT fact_id FROM corrected_facts)
                OR f.other_fact_id IN (SELECT fact_id FROM corrected_facts)) AS on_corrected,
               coalesce(r.reviewed, false) AS reviewed, r.note AS review_note, r.reviewed_at
        FROM findings f JOIN docs d USING (doc_id)
        LEFT JOIN documents o ON o.doc_id = f.other_doc_id
        LEFT JOIN finding_reviews r USING (finding_key)
        WHERE (len($kec::VARCHAR[]) = 0 OR list_contains($kec::VARCHAR[], d.kec_key))
          -- a finding about a later year's figure (a Renstra end target) belongs to its report's year too
          AND (coalesce(f.tahun BETWEEN $y0 AND $y1, true) OR d.tahun BETWEEN $y0 AND $y1)
          AND (len($checks::VARCHAR[]) = 0 OR list_contains($checks::VARCHAR[], f."check"))
          AND (len($severities::VARCHAR[]) = 0 OR list_contains($severities::VARCHAR[], f.severity))
          AND (len($doc_ids::INTEGER[]) = 0 OR list_contains($doc_ids::INTEGER[], f.doc_id))
          AND ($review = 'semua' OR ($review = 'sudah') = coalesce(r.reviewed, false))
        ORDER BY CASE f.severity WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 WHEN 'rendah' THEN 2 ELSE 3 END,
                 f.difference / nullif(greatest(abs(f.reported), abs(coalesce(f.recomputed, f.other_value))), 0)
                     DESC NULLS LAST,
                 d.file_name, f.line"""
    params = dict(prov=prov, kab=kab, kec=kec, y0=y0, y1=y1, checks=checks, severities=severities)
    return _run(cur, sql, params | {"doc_ids": [int(d) for d in doc_ids], "review": review})


def kecamatan_figures(cur: duckdb.DuckDBPyConnection, kec_key) -> pd.DataFrame:
    """Every figure of one kecamatan's documents (every version), as the pages use them
    (corrections applied), for picking one to see its source or correct it."""
    return cur.execute(
        f"""WITH all_docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM corrected_documents)
           SELECT 'indicator_values' AS fact_table, v.value_id AS fact_id, v.doc_id, d.file_name,
                  d.doc_id IN (SELECT doc_id FROM current_documents) AS is_current, v.tahun,
                  v.indicator_kind AS kind, v.indikator AS name, v.target, v.realisasi, v.capaian_reported AS third,
                  v.source_table, v.line, v.page, v.corrected_fields, v.is_peer, v.row_index
           FROM indicator_figures v JOIN all_docs d USING (doc_id) WHERE d.kec_key = $kec
           UNION ALL
           SELECT 'budget_lines', b.line_id, b.doc_id, d.file_name,
                  d.doc_id IN (SELECT doc_id FROM current_documents), b.tahun, b.level, b.name, b.pagu, b.realisasi,
                  b.serapan_reported, b.source_table, b.line, b.page, b.corrected_fields, false, b.row_index
           FROM budget_figures b JOIN all_docs d USING (doc_id) WHERE d.kec_key = $kec AND NOT b.is_derived
           ORDER BY is_current DESC, doc_id, line NULLS LAST, page NULLS LAST, row_index NULLS LAST, fact_table""",
        dict(kec=kec_key),
    ).df()


def figure_source(cur: duckdb.DuckDBPyConnection, fact_id) -> pd.DataFrame:
    """Where one figure (as the pages use it) was read: its document (and file), table, row,
    the table's text, the figure as read and as corrected, and its cell boxes on a PDF page."""
    return cur.execute(
        """WITH f AS (
               SELECT 'indicator_values' AS fact_table, value_id AS fact_id, doc_id, tahun, indikator AS name,
                      indicator_kind AS kind, target_raw AS a_raw, realisasi_raw AS b_raw, capaian_raw AS c_raw,
                      source_table, line, page, row_raw, corrected_fields, fact_key
               FROM indicator_figures WHERE value_id = $id
               UNION ALL
               SELECT 'budget_lines', line_id, doc_id, tahun, name, level, pagu_raw, realisasi_raw, serapan_raw,
                      source_table, line, page, row_raw, corrected_fields, fact_key
               FROM budget_figures WHERE line_id = $id
               UNION ALL  -- figures users cannot correct: shown as read
               SELECT 'efficiency_values', efficiency_id, doc_id, tahun, name, NULL, capaian_kinerja_raw, serapan_raw,
                      efisiensi_raw, source_table, line, page, row_raw, []::VARCHAR[], NULL
               FROM efficiency_values WHERE efficiency_id = $id
               UNION ALL
               SELECT 'statements', statement_id, doc_id, tahun, subject, kind, value_raw, NULL, NULL,
                      source_table, line, page, row_raw, []::VARCHAR[], NULL
               FROM statements WHERE statement_id = $id
           ), read AS (
               SELECT value_id AS fact_id, target_raw AS a_read, realisasi_raw AS b_read, capaian_raw AS c_read,
                      tahun AS tahun_read, indicator_kind AS kind_read
               FROM indicator_values WHERE value_id = $id
               UNION ALL
               SELECT line_id, pagu_raw, realisasi_raw, serapan_raw, tahun, level FROM budget_lines WHERE line_id = $id
           )
           SELECT f.*, r.a_read, r.b_read, r.c_read, r.tahun_read, r.kind_read,
                  d.file_name, d.source_format, d.source_path, d.sha256, d.kecamatan, d.tahun AS doc_tahun,
                  coalesce(d.kecamatan_resmi, d.kecamatan) AS place_name,
                  coalesce(d.kabupaten_kota_resmi, d.kabupaten_kota) AS place_kabupaten,
                  t.raw_text AS table_text, t.line AS table_line, t.page AS table_page, t.title AS table_title,
                  (SELECT list({'field': b.field, 'page': b.page, 'x0': b.x0, 'top': b.top, 'x1': b.x1,
                                'bottom': b.bottom})
                   FROM cell_boxes b WHERE b.fact_id = f.fact_id) AS boxes
           FROM f JOIN corrected_documents d USING (doc_id)
           LEFT JOIN read r USING (fact_id)
           LEFT JOIN source_tables t ON t.doc_id = f.doc_id AND t.source_table = f.source_table
           QUALIFY row_number() OVER (ORDER BY abs(coalesce(t.line, 0) - coalesce(f.line, 0)),
                                              abs(coalesce(t.page, 0) - coalesce(f.page, 0))) = 1""",
        dict(id=int(fact_id)),
    ).df()


def corrections_list(cur: duckdb.DuckDBPyConnection, kec_key=None) -> pd.DataFrame:
    """Corrections (active and withdrawn) with their last logged event, newest first; of one
    kecamatan's documents when `kec_key` is given."""
    return cur.execute(
        f"""WITH all_docs AS (SELECT {_NAMES}, {_PLACE_COLUMNS} FROM corrected_documents),
           last_event AS (
               SELECT correction_id, arg_max(event, event_id) AS last_event, arg_max(detail, event_id) AS last_detail
               FROM correction_log GROUP BY correction_id
           ),
           -- an active correction of a field a later active one corrects again is superseded by it
           superseded AS (
               SELECT correction_id, lead(correction_id) OVER (
                   PARTITION BY sha256, fact_table, coalesce(fact_key, ''), field ORDER BY correction_id
               ) AS superseded_by
               FROM corrections WHERE withdrawn_at IS NULL AND action = 'correct'
           )
           SELECT c.*, s.superseded_by, d.file_name, d.kecamatan, d.kabupaten_kota, d.tahun AS doc_tahun,
                  e.last_event, e.last_detail
           FROM corrections c LEFT JOIN all_docs d USING (doc_id) LEFT JOIN last_event e USING (correction_id)
           LEFT JOIN superseded s USING (correction_id)
           WHERE $kec IS NULL OR d.kec_key = $kec
           ORDER BY c.withdrawn_at IS NOT NULL, c.created_at DESC, c.correction_id DESC""",
        dict(kec=kec_key),
    ).df()


def correction_log(cur: duckdb.DuckDBPyConnection, correction_ids=()) -> pd.DataFrame:
    """The logged events of some corrections, oldest first."""
    return cur.execute(
        """SELECT l.*, c.fact_label, c.field FROM correction_log l JOIN corrections c USING (correction_id)
           WHERE list_contains($ids::BIGINT[], l.correction_id) ORDER BY l.event_id""",
        dict(ids=[int(i) for i in correction_ids]),
    ).df()


def same_place_documents(cur: duckdb.DuckDBPyConnection, doc_id: int) -> list[int]:
    """A document and every other document of its kecamatan (versions, other years)."""
    rows = cur.execute(
        f"""WITH all_docs AS (SELECT doc_id, {_PLACE_COLUMNS} FROM corrected_documents)
           SELECT o.doc_id FROM all_docs o JOIN all_docs d ON o.kec_key = d.kec_key WHERE d.doc_id = $doc""",
        dict(doc=int(doc_id)),
    ).fetchall()
    return sorted({int(doc_id), *(r[0] for r in rows)})


# --- writes --------------------------------------------------------------------------------


def set_review(cur: duckdb.DuckDBPyConnection, finding_key: str, reviewed: bool, note: str | None) -> None:
    """Record (or change) an auditor's review of a finding."""
    cur.execute(
        """INSERT OR REPLACE INTO finding_reviews (finding_key, reviewed, note, reviewed_at)
           VALUES ($key, $reviewed, $note, now()::TIMESTAMP)""",
        dict(key=finding_key, reviewed=reviewed, note=(note or "").strip() or None),
    )


def prefer_document(cur: duckdb.DuckDBPyConnection, doc_id: int) -> None:
    """Make a document the version shown for its kecamatan and year (others lose the choice)."""
    cur.execute(
        f"""DELETE FROM preferred_documents WHERE doc_id IN (
               WITH all_docs AS (SELECT {_PLACE_COLUMNS}, doc_id, tahun FROM corrected_documents)
               SELECT o.doc_id FROM all_docs o JOIN all_docs d ON o.kec_key = d.kec_key AND o.tahun = d.tahun
               WHERE d.doc_id = $doc)""",
        dict(doc=int(doc_id)),
    )
    cur.execute("INSERT INTO preferred_documents VALUES ($doc, now()::TIMESTAMP)", dict(doc=int(doc_id)))
