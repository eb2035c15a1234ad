"""A row cut by a page break whose names go on, capitalised, under the repeated header:
its indicator opens a numbered list ("1. Jumlah") and the next item ("2. Jumlah ...")
opens the row after the rest. The unnumbered rest between them is the first item's (and
its kegiatan's and sasaran's) words, not a row of its own, though it opens with
"Kegiatan" as a row of its own would: Indonesian names capitalise every word, and the
break fell before one.

Measured on 001 (Sumobito) printed by LibreOffice from a .docx in a grid, landscape
(`tests/renderings.py`, standard type), Tabel 3.1.1.3 pages 41-42: "Sub Kegiatan:
Peningkatan Efektifitas" | "Meningkatnya Efektifitas Kegiatan" | "1. Jumlah" | 42 dokumen
over the break, "Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan" | "Pemberdayaan
Masyarakat di Wilayah Kecamatan" | "Pengajuan Raperdes APB Desa /Perubahan APB Desa" on
the next page: three indicators were filed under half a sasaran, one named "Jumlah".
Expected names: the sample's text export (Tabel 3.1.1.3, lines 651-655), which prints the
same row cut and whole.

Drawn here with fpdf2 in three table styles and two sizes, other words than the sample's."""

from __future__ import annotations

import pytest

from ingest.read.pdf import read_pdf
from tests.test_pdf_merged_names import _pdf

BEFORE = [  # each row: its cells (kegiatan, sasaran, indikator, target, capaian), each a list of lines
    [["Program: Pembinaan Lembaga", "Kemasyarakatan"], ["Meningkatnya Peran Lembaga", "Kemasyarakatan"],
     ["1. Persentase LKD yang", "dibina"], ["100%"], ["100%"]],
    [[], [], ["2. Jumlah Karang Taruna", "yang Aktif"], ["18 lembaga"], ["100%"]],
    [["Sub Kegiatan: Fasilitasi", "Penguatan"], ["Meningkatnya Kapasitas"], ["1. Jumlah"], ["18 laporan"], ["100%"]],
]  # fmt: skip
REST = [["Kegiatan Lembaga", "Kemasyarakatan Desa"], ["Kegiatan Lembaga", "Kemasyarakatan Desa"],
        ["Laporan Pembinaan LKD", "yang Disampaikan"], [], []]  # fmt: skip
AFTER = [
    [[], [], ["2. Jumlah Posyandu yang", "Difasilitasi"], ["36 unit"], ["100%"]],
    [[], [], ["3. Jumlah Kader PKK yang", "Dilatih"], ["40 orang"], ["100%"]],
]
SUB = "Sub Kegiatan: Fasilitasi Penguatan Kegiatan Lembaga Kemasyarakatan Desa"
SASARAN = "Meningkatnya Kapasitas Kegiatan Lembaga Kemasyarakatan Desa"


def _rows(path) -> list[list[str]]:
    (table,) = read_pdf(path).document.tables
    return [row.cells for row in table.rows]


@pytest.mark.parametrize("size", [8.0, 10.0])
@pytest.mark.parametrize("style", ["grid", "header-rule", "no-rules"])
def test_the_unnumbered_rest_between_items_one_and_two_is_the_cut_rows(tmp_path, style, size):
    rows = _rows(_pdf(tmp_path / "t.pdf", style, size, BEFORE, [REST, *AFTER]))
    by_indicator = {cells[2]: cells for cells in rows}
    cut = by_indicator["1. Jumlah Laporan Pembinaan LKD yang Disampaikan"]
    assert cut[0] == SUB
    assert cut[1] == SASARAN
    assert cut[3] == "18 laporan"
    assert "Kegiatan Lembaga Kemasyarakatan Desa" not in [cells[1] for cells in rows]
    assert "2. Jumlah Posyandu yang Difasilitasi" in by_indicator


@pytest.mark.parametrize("style", ["grid", "no-rules"])
def test_a_row_of_names_opening_a_new_list_is_its_own(tmp_path, style):
    # must-not: the numbering starts again under the row of names - a kegiatan of its own
    # whose indicators are listed from 1, the cut row's list ended above the break
    after = [[[], [], ["1. Jumlah Posyandu yang", "Difasilitasi"], ["36 unit"], ["100%"]], AFTER[1]]
    rows = _rows(_pdf(tmp_path / "t.pdf", style, 9.0, BEFORE, [REST, *after]))
    indicators = [cells[2] for cells in rows]
    assert "1. Jumlah" in indicators
    assert "Laporan Pembinaan LKD yang Disampaikan" in indicators


@pytest.mark.parametrize("style", ["grid", "no-rules"])
def test_a_numbered_row_of_names_between_items_is_its_own(tmp_path, style):
    # must-not: the row of names is item 2 itself (a heading row without figures of its
    # own), and item 3 follows: nothing of it is the first item's
    rest = [REST[0], REST[1], ["2. Laporan Pembinaan LKD", "yang Disampaikan"], [], []]
    after = [[[], [], ["3. Jumlah Posyandu yang", "Difasilitasi"], ["36 unit"], ["100%"]]]
    rows = _rows(_pdf(tmp_path / "t.pdf", style, 9.0, BEFORE, [rest, *after]))
    indicators = [cells[2] for cells in rows]
    assert "1. Jumlah" in indicators
    assert "2. Laporan Pembinaan LKD yang Disampaikan" in indicators
