"""A ruled table's header repeated on the next page shorter than its label: the label's
last line is drawn across the header's bottom rule, and belongs to the header, not to
the first row under it.

Measured on 002 (Plandaan) printed by LibreOffice from a .docx in a grid, landscape, in
Carlito 11 (`tests/renderings.py`), Tabel 3.6 pages 70-87: the repeated header row is
62.8 pt tall where its label "Indikator Kinerja Program, Kegiatan dan Sub Kegiatan" needs
six lines; "dan Sub" stands across the rule (its glyphs 178.4-186.2, the rule at 182.2, its
baseline 3.9 pt under it) and "Kegiatan" is left out. Read at the middle of its box, "dan
Sub" went into the first row of every page: 35 indicators renamed ("Persentase dokumen
perencan dan Sub aan, penganggaran ...") and two findings lost.

Drawn here with fpdf2 in Helvetica, whose box (unlike that LibreOffice subset's) reaches
down to its descent: its middle crosses the rule when the baseline is 0.37 em under it,
so the line is drawn 0.4 and 0.5 em under, two sizes each."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.read.pdf import read_pdf

XS = [40.0, 240.0, 440.0, 500.0, 560.0]
LABEL = ["Indikator", "Kinerja", "Program"]
ROWS = [
    ["Penyusunan Dokumen Perencanaan", "Jumlah Dokumen Perencanaan", "3 dok", "100%"],
    ["Koordinasi Penyusunan Laporan", "Jumlah laporan capaian kinerja", "5 lap", "100%"],
    ["Penyediaan Gaji dan Tunjangan", "Jumlah pembayaran gaji ASN", "14 bulan", "100%"],
]


def _pdf(path: Path, size: float, depth: float, top_pad: float = 0.4) -> Path:
    """Two pages of one grid table; on the second, the header row is cut short so that its
    label's last line has its baseline `depth` (in ems) under the header's bottom rule.
    `top_pad`: the rows' padding over their first baseline's cap height, in ems."""
    pitch = 1.2 * size
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=size)

    def grid(top: float, bottom: float) -> None:
        pdf.rect(XS[0], top, XS[-1] - XS[0], bottom - top)
        for x in XS[1:-1]:
            pdf.line(x, top, x, bottom)

    def header(top: float, height: float) -> float:
        for k, text in enumerate(LABEL):
            pdf.text(XS[1] + 3, top + (top_pad + 0.72) * size + pitch * k, text)
        for x, text in ((XS[0], "Kegiatan"), (XS[2], "Target"), (XS[3], "Capaian")):
            pdf.text(x + 3, top + (top_pad + 0.72) * size, text)
        grid(top, top + height)
        return top + height

    def body(top: float) -> float:
        for cells in ROWS:
            height = 1.5 * size
            for x, text in zip(XS, cells, strict=False):
                pdf.text(x + 3, top + (top_pad + 0.72) * size, text)
            grid(top, top + height)
            top += height
        return top

    full = (top_pad + 0.72) * size + pitch * (len(LABEL) - 1) + 0.4 * size
    pdf.add_page()
    pdf.text(40, 500, "Tabel 3.6 Realisasi kinerja program dan kegiatan")
    body(header(520, full))
    pdf.add_page()
    last_baseline = (top_pad + 0.72) * size + pitch * (len(LABEL) - 1)
    body(header(60, last_baseline - depth * size))
    pdf.output(str(path))
    return path


def _indicators(path: Path) -> list[str]:
    (table,) = read_pdf(path).document.tables
    return [row.cells[1] for row in table.rows if any(c.endswith("%") for c in row.cells)]


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("depth", [0.4, 0.5])
def test_a_header_label_line_across_the_header_rule_stays_out_of_the_first_row(tmp_path, size, depth):
    indicators = _indicators(_pdf(tmp_path / "t.pdf", size, depth))
    assert indicators == [row[1] for row in ROWS] * 2


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_first_line_poking_over_its_cells_top_rule_stays_in_its_cell(tmp_path, size):
    # must-not: no padding over the cap height, the font's box reaching 0.12 em over the
    # rule above it (the header's label fits its row: nothing runs over)
    path = _pdf(tmp_path / "t.pdf", size, -0.4, top_pad=-0.12)
    assert _indicators(path) == [row[1] for row in ROWS] * 2
