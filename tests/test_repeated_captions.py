"""A caption printed again over another table (002 prints "Tabel 2.1" twice: the Perjanjian
Kinerja and, in the annex, the Renja evaluation) names that table apart, so the checks do not
sum one table's programs into the other's total; a caption printed again over the same table
going on ("Tabel 3.1 (Lanjutan)") keeps its name, so its total still covers both parts.

Proven on a report written here (other tables, other words than 002's), read from its text
and printed by two producers. Expected values are worked out by hand from the text below."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from checks.run import run_checks
from ingest.pipeline import ingest_file
from ingest.store import connect
from tests.renderings import Rendering, render

COVER = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) Kecamatan Sukamaju Kabupaten Kediri Tahun 2023\n\n"
HEAD = "Program / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSerapan (%)\n"
PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.000.000.000\t950.000.000\t95,00\n"
PEMBERDAYAAN = "Program Pemberdayaan Masyarakat Desa dan Kelurahan\t500.000.000\t480.000.000\t96,00\n"
JUMLAH = "JUMLAH\t1.500.000.000\t1.430.000.000\t95,33\n"

# lines 3-9 (the cover is lines 1-2): the programs and their total
MAIN = f"Tabel 3.1\nRealisasi Anggaran Program Tahun 2023\n\n{HEAD}{PENUNJANG}{PEMBERDAYAAN}{JUMLAH}"
# lines 11-15: another table between
BETWEEN = (
    "\nTabel 3.2\nCapaian Sasaran\n\nSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)\n"
    "Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t85\t88,5\t104,12\n"
)
# lines 17-26: the annex prints "Tabel 3.1" again over the programs and their kegiatan
ANNEX = (
    f"\nTabel 3.1\nRekapitulasi Evaluasi Renja per Kegiatan\n\n{HEAD}{PENUNJANG}"
    "Kegiatan Administrasi Keuangan Perangkat Daerah\t{keuangan}\t680.000.000\t97,14\n"
    "Kegiatan Administrasi Umum Perangkat Daerah\t300.000.000\t270.000.000\t90,00\n"
    f"{PEMBERDAYAAN}Kegiatan Penguatan Kelembagaan Desa\t500.000.000\t480.000.000\t96,00\n{JUMLAH}"
)


def _report(tmp_path: Path, text: str, rendering: Rendering | None = None) -> Path:
    path = tmp_path / "laporan.txt"
    path.write_text(COVER + text, encoding="utf-8")
    return render(path, rendering, tmp_path / "laporan.pdf") if rendering else path


def _ingest(path: Path) -> duckdb.DuckDBPyConnection:
    db = path.with_suffix(".duckdb")
    with connect(str(db)) as con:
        ingest_file(con, path)
        run_checks(con)
    return duckdb.connect(str(db), read_only=True)


def _budget_tables(con) -> dict[str, list[str]]:
    rows = con.execute(
        "SELECT source_table, name FROM budget_lines WHERE NOT is_derived ORDER BY coalesce(line, 0), page, row_index"
    )
    tables: dict[str, list[str]] = {}
    for table, name in rows.fetchall():
        tables.setdefault(table, []).append(name)
    return tables


def _totals(con) -> list[tuple]:
    return con.execute(
        """SELECT source_table, subject, reported, recomputed FROM findings WHERE "check" = 'total_mismatch'
           ORDER BY ALL"""
    ).fetchall()


def test_the_annex_table_printing_a_caption_again_is_checked_on_its_own(tmp_path):
    # one table's JUMLAH (1.500.000.000) against both tables' four program rows (3.000.000.000)
    # and a program against another table's kegiatan: six false tinggi findings when pooled
    con = _ingest(_report(tmp_path, MAIN + BETWEEN + ANNEX.format(keuangan="700.000.000")))
    tables = _budget_tables(con)
    assert set(tables) == {"Tabel 3.1", "Tabel 3.1 (ke-2)"}
    assert tables["Tabel 3.1"][-1] == tables["Tabel 3.1 (ke-2)"][-1] == "JUMLAH"
    assert len(tables["Tabel 3.1 (ke-2)"]) == 6
    assert _totals(con) == []
    # the repeated caption is a place a user can find: its own row in source_tables
    assert con.execute("SELECT line, title FROM source_tables WHERE source_table = 'Tabel 3.1 (ke-2)'").fetchall() == [
        (20, "Rekapitulasi Evaluasi Renja per Kegiatan")
    ]


def test_an_error_inside_the_annex_table_is_still_found_there(tmp_path):
    # 750.000.000 + 300.000.000 = 1.050.000.000 under a program of 1.000.000.000
    con = _ingest(_report(tmp_path, MAIN + BETWEEN + ANNEX.format(keuangan="750.000.000")))
    assert _totals(con) == [("Tabel 3.1 (ke-2)", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                             1_000_000_000.0, 1_050_000_000.0)]  # fmt: skip


def test_a_caption_printed_again_over_the_same_table_going_on_keeps_one_total(tmp_path):
    # "Tabel 3.1 (Lanjutan)" after a page number: its JUMLAH covers the program before the break
    going_on = (
        f"Tabel 3.1\nRealisasi Anggaran Program Tahun 2023\n\n{HEAD}{PENUNJANG}\n12\n\n"
        f"Tabel 3.1 (Lanjutan)\n\n{HEAD}{PEMBERDAYAAN}{JUMLAH}"
    )
    con = _ingest(_report(tmp_path, going_on))
    assert _budget_tables(con) == {"Tabel 3.1": [PENUNJANG.split("\t")[0], PEMBERDAYAAN.split("\t")[0], "JUMLAH"]}
    assert _totals(con) == []


@pytest.mark.parametrize(
    "rendering",
    [Rendering("weasyprint", "header-rule", "portrait"), Rendering("libreoffice", "grid", "portrait")],
    ids=lambda r: r.slug,
)
def test_printed_as_a_pdf_the_annex_table_is_named_apart_too(tmp_path, rendering):
    con = _ingest(_report(tmp_path, MAIN + BETWEEN + ANNEX.format(keuangan="700.000.000"), rendering))
    tables = _budget_tables(con)
    assert set(tables) == {"Tabel 3.1", "Tabel 3.1 (ke-2)"}
    assert len(tables["Tabel 3.1 (ke-2)"]) == 6
    assert _totals(con) == []
