"""A row whose cells a browser centred down its height, cut by a page break: its short
figures stand alone at the page's foot, its names and its one figure of several lines
("12" / "Dokumen") open the next page. The next page's first row, filling every cell the
figures left empty that rows like it always fill, is the rest of that row - its figure
under the row's empty cell too.

Measured on 001 (Sumobito) printed by WeasyPrint without rules, portrait, in URW Bookman
10 (`tests/renderings.py`, held out), Tabel 4.1 pages 34-35: "100 | 75.678.000 | 100"
at the foot of page 34, "2. Pelaksanaan penatausahaan ..." | "Jumlah Dokumen ..." | "12
Dokumen" | "Sangat menunjang" at the top of page 35. Read as two rows, the sub-kegiatan
lost its budget and the kegiatan's total a line (a false `total_mismatch`, sedang; a
`serapan_mismatch` lost). Expected row: the sample's text export (Tabel 4.1, line 768)."""

from __future__ import annotations

import pytest

from ingest.model import Table
from ingest.read.pdf.assemble import Assembler
from ingest.read.pdf.layout import FoundTable, PageItems

HEADER = ["Program/Kegiatan", "Indikator Kinerja Program (outcome) dan Kegiatan (output)", "Realisasi Kinerja",
          "% Capaian Kinerja", "Realisasi Anggaran", "% Capaian Anggaran", "Menunjang / Kurang"]  # fmt: skip
NUMBERS = ["1", "2", "3", "4", "5", "6", "7"]
CUTS = [240.0, 390.0, 462.0, 533.0, 625.0, 703.0]
ABOVE = [
    ["Kegiatan: Administrasi Keuangan Perangkat Daerah", "1. Persentase pencairan gaji dan tunjangan ASN tepat waktu",
     "100%", "100", "2.010.907.346", "83,67", "Sangat menunjang"],
    ["", "2. Persentase laporan keuangan yang tersusun sesuai aturan", "100%", "100", "", "", "Sangat menunjang"],
    ["Sub Kegiatan : 1. Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
     "14 orang", "100", "1.932.654.346", "98", "Sangat menunjang"],
]  # fmt: skip


def _table(foot: list[str], top: list[list[str]]) -> Table:
    pages = [
        PageItems(34, 595.0, [], [FoundTable([HEADER, NUMBERS, *ABOVE, foot], 73.4, 530.1, CUTS)]),
        PageItems(35, 595.0, [], [FoundTable([HEADER, NUMBERS, *top], 73.4, 208.6, CUTS)]),
    ]
    (table,) = [block for block in Assembler().run(pages) if isinstance(block, Table)]
    return table


FOOT = ["", "", "", "100", "75.678.000", "100", ""]
REST = ["2. Pelaksanaan penatausahaan dan pengujian /verifikasi keuangan SKPD",
        "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "12 Dokumen", "", "", "", "Sangat menunjang"]  # fmt: skip
NEXT = ["3. Koordinasi dan penyusunan laporan keuangan akhir tahun SKPD", "Jumlah Laporan Keuangan Akhir Tahun SKPD",
        "1 laporan", "100", "2.575.000", "100", "Sangat menunjang"]  # fmt: skip


def test_names_and_a_figure_opening_the_page_complete_the_figures_left_at_its_foot():
    table = _table(FOOT, [REST, NEXT])
    rows = [row.cells for row in table.rows]
    assert [*REST[:3], *FOOT[3:6], REST[6]] in rows
    assert NEXT in rows and FOOT not in rows


@pytest.mark.parametrize(("figure", "unit"), [("4", "laporan"), ("21", "unit")])
def test_generated_rest_with_another_figure_completes_the_row(figure, unit):
    rest = ["2. Penyediaan Peralatan Kantor", "Jumlah Peralatan Kantor yang Disediakan", f"{figure} {unit}", "", "", "",
            "Menunjang"]  # fmt: skip
    table = _table(["", "", "", "100", "13.629.800", "98", ""], [rest, NEXT])
    assert table.rows[-2].cells == [*rest[:3], "100", "13.629.800", "98", "Menunjang"]


def test_a_rest_leaving_a_cell_rows_always_fill_empty_is_a_row_of_its_own():
    # must-not: the next page's row has no Program/Kegiatan of its own, which rows with
    # figures always name: not the figures' row's rest, whose names would fill it
    rest = ["", "Jumlah Dokumen Penatausahaan", "12 Dokumen", "", "", "", "Sangat menunjang"]
    table = _table(FOOT, [rest, NEXT])
    rows = [row.cells for row in table.rows]
    assert FOOT in rows and rest in rows
