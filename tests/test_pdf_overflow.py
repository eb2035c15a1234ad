"""A cell's text printed under the table's drawing at the foot of a page: the rest of the
table's last row, not prose.

The PDF is drawn here the way WeasyPrint printed 002's Renstra matrix (Tabel 6.1, pages
110-111 of the grid renderings, measured): the last row's column rules run to the page's
content edge with no rule under them, and its merged sasaran sets its next line 1.3 points
below where the rules end; on the next page, under the repeated header, the sasaran's last
words sit in the first row beside that row's own indicator and figures, and the rows after
leave the column empty (the cell is merged over them)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from ingest.model import Paragraph
from ingest.read.pdf import read_pdf

XS = [40.0, 60.0, 150.0, 270.0, 320.0, 390.0, 450.0]  # column rules: no, sasaran, indikator, target, pagu, unit
HEADER = ["NO", "SASARAN", "INDIKATOR", "TARGET", "PAGU", "UNIT"]
PITCH = 9.0  # the cells' line pitch (8-point type)


EVERY = tuple(range(len(XS) - 1))


def _row(pdf: FPDF, top: float, cells: list[list[str]], height: float, over=EVERY, under=EVERY) -> None:
    """A row with its column rules, and rules over and under the columns `over` and `under`."""
    for x, lines in zip(XS, cells, strict=False):
        for k, text in enumerate(lines):
            pdf.text(x + 3, top + 9 + PITCH * k, text)
    for x in XS:
        pdf.line(x, top, x, top + height)
    for y, columns in ((top, over), (top + height, under)):
        for i in columns:
            pdf.line(XS[i], y, XS[i + 1], y)


def overflow_pdf(path: Path, under: tuple[float, str] = (XS[1], "pemerintahan dan")) -> Path:
    """`under`: what is printed just under the last row's rules on page 1 (x, text)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=8)
    pdf.add_page()
    pdf.text(40, 60, "Rencana kinerja dan pendanaan kecamatan disajikan pada tabel berikut.")
    pdf.text(40, 660, "Tabel 6.1 Rencana Program dan Pendanaan Kecamatan Contoh")
    _row(pdf, 680, [[h] for h in HEADER], 16)
    _row(pdf, 696, [["1."], ["Meningkatnya", "akuntabilitas"], ["Nilai AKIP"], ["72"], ["1.000.000"], ["Camat"]], 44)
    # the cut row at the foot: its rules end at 767, nothing closes it, and the sasaran's
    # third line is set under them
    cut = [["2."], ["Meningkatnya kualitas", "penyelenggaraan"], ["1. IKM Kecamatan"], ["93,85"], ["2.000.000"]]
    _row(pdf, 740, [*cut, ["Camat"]], 27, under=())
    x, text = under
    pdf.text(x + 3, 774, text)  # its box starts about a point under 767
    pdf.text(280, 822, "Halaman 1")
    pdf.add_page()
    _row(pdf, 60, [[h] for h in HEADER], 16)
    # the sasaran's last words beside the next row's own cells; merged down, it stays open
    sasaran_open = (0, 2, 3, 4, 5)
    _row(pdf, 76, [["3."], ["layanan kecamatan"], ["2. IPP Kecamatan"], ["3,35"], ["3.000.000"], ["Camat"]], 20,
         under=sasaran_open)  # fmt: skip
    _row(pdf, 96, [["4."], [], ["Nilai Paten"], ["84"], ["4.000.000"], ["Camat"]], 20, over=sasaran_open)
    pdf.text(40, 150, "Demikian rencana kinerja ini disusun untuk dilaksanakan.")
    pdf.text(280, 822, "Halaman 2")
    pdf.add_page()
    pdf.text(40, 60, "BAB VII PENUTUP")
    pdf.text(280, 822, "Halaman 3")
    pdf.output(str(path))
    return path


def test_a_cells_line_set_under_the_tables_drawing_at_the_foot_is_the_last_rows(tmp_path):
    # Read as prose, "pemerintahan dan" ended the table: page 2's part became a table of its
    # own titled by it, and its rows took "layanan kecamatan" for their sasaran (27 values
    # of 002's Renstra matrix through WeasyPrint, portrait and landscape).
    doc = read_pdf(overflow_pdf(tmp_path / "overflow.pdf")).document
    (table,) = doc.tables
    assert table.caption == "Tabel 6.1"
    assert [r.cells[:3] for r in table.rows] == [
        ["1.", "Meningkatnya akuntabilitas", "Nilai AKIP"],
        ["2.", "Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan kecamatan", "1. IKM Kecamatan"],
        ["3.", "", "2. IPP Kecamatan"],
        ["4.", "", "Nilai Paten"],
    ]
    assert [r.page for r in table.rows] == [1, 1, 2, 2]
    assert not any(getattr(b, "text", None) == "pemerintahan dan" for b in doc.blocks)


def test_a_note_or_a_line_across_the_columns_under_the_table_stays_prose(tmp_path):
    for x, text in ((XS[1], "Sumber : Renstra"), (XS[0], "Sasaran dan indikator kinerja kecamatan tahun ini")):
        doc = read_pdf(overflow_pdf(tmp_path / "prose.pdf", under=(x, text))).document
        texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
        assert text in texts
        assert not any(text in c for t in doc.tables for r in t.rows for c in r.cells)
