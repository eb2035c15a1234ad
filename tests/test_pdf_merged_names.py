"""A kegiatan and its sasaran merged down the same rows, cut by a page break between two of
its indicators: the sasaran's last words open the next page beside the second indicator.
They are the rest of the sasaran above the break, not a sasaran of their own - however
they are capitalised - where the table names a sasaran exactly where it names a kegiatan.

Measured on 001 (Sumobito) printed by LibreOffice from a .docx without rules, landscape,
in Carlito 11 (`tests/renderings.py`), Tabel 2.5 pages 24-25: "Terlaksananya
Penyelenggaraan Urusan Pemerintahan Umum sesuai" over the break, "Penugasan Kepala
Daerah" on the next page beside "Jumlah Rekomendasi Hasil Koordinasi Forkopimcam | 4
dokumen". Both indicators were filed under half a sasaran each. Expected sasaran: the
sample's text export (Tabel 2.5, lines 498-500).

Drawn here with fpdf2 in three table styles and two sizes, the header repeated on the next
page as Word does."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.read.pdf import read_pdf

HEADER = ["PROGRAM/KEGIATAN", "SASARAN", "INDIKATOR", "TARGET", "CAPAIAN"]
WIDTHS = [150.0, 150.0, 150.0, 60.0, 60.0]

SASARAN = "Terlaksananya Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah"
BEFORE = [  # each row: its cells, each a list of lines
    [["Program: Penyelenggaraan", "Urusan Pemerintahan Umum"], ["Meningkatnya Penyelenggaraan", "Urusan Pemerintahan Umum"],
     ["Persentase PHBN/PHBA yang", "dilaksanakan"], ["100%"], ["100%"]],
    [[], [], ["Persentase rekomendasi", "Forkopimcam ditindaklanjuti"], ["100%"], ["100%"]],
    [["Sub Kegiatan: Peningkatan", "Efektifitas Pelayanan"], ["Efektifitas Pelaksanaan", "Pelayanan di Wilayah"],
     ["Persentase pengajuan Adminduk", "yang diverifikasi"], ["100%"], ["100%"]],
    [["Kegiatan: Penyelenggaraan", "Urusan Pemerintahan Umum", "sesuai Penugasan Kepala", "Daerah"],
     ["Terlaksananya", "Penyelenggaraan Urusan", "Pemerintahan Umum sesuai"], ["Jumlah Laporan Pelaksanaan", "PHBN/PHBA"],
     ["2 laporan"], ["100%"]],
]  # fmt: skip
AFTER = [
    [[], ["Penugasan Kepala Daerah"], ["Jumlah Rekomendasi Hasil", "Koordinasi Forkopimcam"], ["4 dokumen"], ["100%"]],
    [["Sub Kegiatan Pembinaan", "Persatuan dan Kesatuan", "Bangsa"], ["Terlaksananya Pembinaan", "Persatuan dan Kesatuan", "Bangsa"],
     ["Jumlah kegiatan PHBN/PHBA", "yang dilaksanakan"], ["2 kegiatan"], ["100%"]],
]  # fmt: skip


def _pdf(path: Path, style: str, size: float, before: list, after: list) -> Path:
    """Tabel 2.5 over two pages, `style` "grid", "header-rule" or "no-rules", type `size`."""
    pitch, pad = 1.25 * size, 0.6 * size
    xs = [40.0]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    pdf = FPDF(unit="pt", format="A4", orientation="landscape")
    pdf.set_font("helvetica", size=size)

    def row(top: float, cells: list[list[str]], header: bool = False) -> float:
        height = max(len(lines) for lines in cells) * pitch + 2 * pad
        for x, lines in zip(xs, cells, strict=False):
            for k, text in enumerate(lines):
                pdf.text(x + pad, top + pad + size + pitch * k, text)
        if style == "grid":
            pdf.rect(xs[0], top, xs[-1] - xs[0], height)
            for x in xs[1:-1]:
                pdf.line(x, top, x, top + height)
        elif header and style == "header-rule":
            pdf.line(xs[0], top + height, xs[-1], top + height)
        return top + height

    pdf.add_page()
    pdf.text(40, 300, "Tabel 2.5 Program, Sasaran dan Indikator Kinerja Kegiatan Tahun 2023")
    top = row(320, [[h] for h in HEADER], header=True)
    for cells in before:
        top = row(top, cells)
    pdf.text(400, 570, "Halaman 24")
    pdf.add_page()
    top = row(60, [[h] for h in HEADER], header=True)
    for cells in after:
        top = row(top, cells)
    pdf.text(40, top + 40, "Sumber: Kecamatan Sumobito")
    pdf.text(400, 570, "Halaman 25")
    pdf.output(str(path))
    return path


def _sasaran_of(path: Path) -> dict[str, str]:
    """Each indicator's sasaran, an empty cell filled from the row above (a merged cell)."""
    (table,) = read_pdf(path).document.tables
    out, last = {}, ""
    for row in table.rows[1:]:
        last = row.cells[1] or last
        out[row.cells[2]] = last
    return out


@pytest.mark.parametrize("size", [8.0, 10.0])
@pytest.mark.parametrize("style", ["no-rules", "header-rule", "grid"])
def test_a_sasarans_capitalised_rest_beside_the_next_indicator_goes_back_to_it(tmp_path, style, size):
    sasaran = _sasaran_of(_pdf(tmp_path / "t.pdf", style, size, BEFORE, AFTER))
    assert sasaran["Jumlah Laporan Pelaksanaan PHBN/PHBA"] == SASARAN
    assert sasaran["Jumlah Rekomendasi Hasil Koordinasi Forkopimcam"] == SASARAN
    assert (
        sasaran["Jumlah kegiatan PHBN/PHBA yang dilaksanakan"]
        == "Terlaksananya Pembinaan Persatuan dan Kesatuan Bangsa"
    )


@pytest.mark.parametrize("style", ["no-rules", "grid"])
def test_a_sasaran_the_table_also_names_without_a_kegiatan_is_its_own(tmp_path, style):
    # must-not: a row above names a sasaran beside no kegiatan, so the two are not merged
    # down together; "Penugasan Kepala Daerah" is printed as the row's own sasaran
    before = [
        *BEFORE[:1],
        [[], ["Meningkatnya Pelayanan"], ["Persentase rekomendasi"], ["100%"], ["100%"]],
        *BEFORE[2:],
    ]
    sasaran = _sasaran_of(_pdf(tmp_path / "t.pdf", style, 9.0, before, AFTER))
    assert sasaran["Jumlah Rekomendasi Hasil Koordinasi Forkopimcam"] == "Penugasan Kepala Daerah"


@pytest.mark.parametrize("style", ["no-rules", "grid"])
def test_a_second_indicator_under_a_target_merged_over_both_is_its_own(tmp_path, style):
    # must-not: the indicator is named wherever a target is, but targets are figures: the
    # target merged over two indicators leaves the second's empty, and it is a row of its own
    after = [[[], [], ["2. Jumlah pemenuhan barang", "penggandaan"], [], ["100%"]], AFTER[1]]
    before = [*BEFORE[:3], [BEFORE[3][0], BEFORE[3][1], ["1. Jumlah pemenuhan barang", "cetak"], ["2 paket"], ["100%"]]]
    path = _pdf(tmp_path / "t.pdf", style, 9.0, before, after)
    (table,) = read_pdf(path).document.tables
    indicators = [row.cells[2] for row in table.rows]
    assert "1. Jumlah pemenuhan barang cetak" in indicators
    assert "2. Jumlah pemenuhan barang penggandaan" in indicators


@pytest.mark.parametrize("style", ["no-rules", "grid"])
def test_a_row_of_names_alone_under_the_break_is_the_cut_rows_rest(tmp_path, style):
    # must-not: WeasyPrint centres a cell's text down its row; the break left the second
    # indicator's figures on the page before and its name alone on the next. The name is
    # that row's, not more of the indicator above (000's Tabel 2.4, 001's Tabel 3.1.1.3 in
    # Liberation Sans 11), though every row so far names an indicator beside a kegiatan.
    first = [BEFORE[3][0], BEFORE[3][1], ["1. Jumlah Laporan Pelaksanaan", "PHBN/PHBA"], ["2 laporan"], ["100%"]]
    before = [BEFORE[0], BEFORE[2], first, [[], [], [], ["4 dokumen"], ["100%"]]]
    after = [[[], [], ["2. Jumlah Rekomendasi Hasil", "Koordinasi Forkopimcam"], [], []], AFTER[1]]
    (table,) = read_pdf(_pdf(tmp_path / "t.pdf", style, 9.0, before, after)).document.tables
    indicators = [row.cells[2] for row in table.rows]
    assert "1. Jumlah Laporan Pelaksanaan PHBN/PHBA" in indicators
    assert "2. Jumlah Rekomendasi Hasil Koordinasi Forkopimcam" in indicators


@pytest.mark.parametrize("style", ["no-rules", "grid"])
def test_a_second_indicator_where_no_row_shows_the_names_merged_is_its_own(tmp_path, style):
    # must-not: every row names a program, its sasaran and its one indicator, and a total
    # row names none; nothing shows program and indicator merged down together, so the
    # indicator opening the next page beside its target is a row of its own (001's
    # Renstra programs through Chromium in DejaVu Sans 10, a total under them)
    def row(name: str, sasaran: str, indicator: str) -> list[list[str]]:
        return [[name], [sasaran], [indicator], ["100%"], ["69.427.000"]]

    before = [
        row("Program Penunjang Urusan", "Meningkatnya capaian kinerja", "Persentase capaian kinerja"),
        row("Program Penyelenggaraan", "Meningkatnya Penyelenggaraan", "Nilai Paten Kecamatan"),
        row("Program Urusan Umum", "Meningkatnya Urusan Umum", "Persentase PHBN/PHBA"),
    ]
    after = [
        [[], [], ["Persentase rekomendasi", "Forkopimcam"], ["100%"], []],
        row("Program Pemberdayaan", "Meningkatnya Pemberdayaan", "Persentase desa aktif"),
        [[], [], [], [], ["2.639.389.253"]],
    ]
    (table,) = read_pdf(_pdf(tmp_path / "t.pdf", style, 9.0, before, after)).document.tables
    indicators = [row.cells[2] for row in table.rows]
    assert "Persentase PHBN/PHBA" in indicators
    assert "Persentase rekomendasi Forkopimcam" in indicators
