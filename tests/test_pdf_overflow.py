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


def merged_rest_pdf(path: Path, next_sasaran: str = "", fourth: bool = True) -> Path:
    """A performance agreement with a rule under its header only (LibreOffice's 002 Tabel 2.1,
    header rule, measured the same way): its second sasaran merged down four indicators, two
    on each side of a page break; the sasaran's last words open page 2 beside the third
    indicator. `next_sasaran`: what the fourth row prints in the sasaran column; `fourth`:
    whether there is a fourth row."""
    x = [40.0, 62.0, 200.0, 360.0]
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=8)

    def header(top: float) -> None:
        for left, text in zip(x, ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"], strict=True):
            pdf.text(left, top, text)
        pdf.line(x[0], top + 4, 420, top + 4)

    def row(top: float, *cells: list[str]) -> None:
        for left, lines in zip(x, cells, strict=False):
            for k, text in enumerate(lines):
                pdf.text(left, top + PITCH * k, text)

    pdf.add_page()
    pdf.text(40, 640, "Tabel 2.1 Perjanjian Kinerja Kecamatan Contoh")
    header(670)
    row(690, ["1."], ["Meningkatnya akuntabilitas dan", "kinerja Kecamatan"], ["1. Nilai AKIP Kecamatan"], ["71"])
    row(
        716,
        ["2."],
        ["Meningkatnya kualitas", "penyelenggaraan pemerintahan dan"],
        ["1. IKM Kecamatan Contoh"],
        ["93,80"],
    )
    row(742, [], [], ["2. IPP Kecamatan Contoh"], ["3,30"])
    pdf.text(280, 822, "Halaman 1")
    pdf.add_page()
    header(60)
    row(80, [], ["layanan kecamatan"], ["3. Persentase laporan pelanggaran"], ["100%"])
    if fourth:
        row(98, [], [next_sasaran] if next_sasaran else [], ["4. Persentase laporan APBDesa"], ["100%"])
    pdf.text(40, 140, "Demikian perjanjian kinerja ini disusun untuk dilaksanakan.")
    pdf.text(280, 822, "Halaman 2")
    pdf.output(str(path))
    return path


def test_a_merged_sasarans_last_words_over_a_page_break_go_back_to_its_row(tmp_path):
    """No rule shows the row open at the break, and the row above the break (the second
    indicator) is empty in the sasaran column: its words are in the row two up. Were the
    sasaran of the third and fourth indicators (five values of 002 through LibreOffice with
    a header rule filed under "layanan Kecamatan")."""
    (table,) = read_pdf(merged_rest_pdf(tmp_path / "merged.pdf")).document.tables
    sasaran = {r.cells[2]: r.cells[1] for r in table.rows if r.cells[3][:1].isdigit()}
    assert sasaran == {
        "1. Nilai AKIP Kecamatan": "Meningkatnya akuntabilitas dan kinerja Kecamatan",
        "1. IKM Kecamatan Contoh": "Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan kecamatan",
        "2. IPP Kecamatan Contoh": "",
        "3. Persentase laporan pelanggaran": "",
        "4. Persentase laporan APBDesa": "",
    }


def test_a_sasaran_in_small_letters_opening_a_page_with_the_next_row_labelled_is_its_own(tmp_path):
    """The same, but the fourth row names a sasaran of its own: the column is not merged
    down there, so "layanan kecamatan" is the third row's sasaran, as printed."""
    pdf = merged_rest_pdf(tmp_path / "own.pdf", next_sasaran="Meningkatnya pembinaan desa")
    (table,) = read_pdf(pdf).document.tables
    sasaran = {r.cells[2]: r.cells[1] for r in table.rows if r.cells[3][:1].isdigit()}
    assert sasaran["3. Persentase laporan pelanggaran"] == "layanan kecamatan"
    assert sasaran["1. IKM Kecamatan Contoh"] == "Meningkatnya kualitas penyelenggaraan pemerintahan dan"


def test_a_cell_in_small_letters_on_the_last_row_of_a_table_is_its_own(tmp_path):
    """The same with no fourth row: nothing after the third row shows the column merged down
    (and no rule shows the row above open), so its "layanan kecamatan" stays its own."""
    (table,) = read_pdf(merged_rest_pdf(tmp_path / "last.pdf", fourth=False)).document.tables
    sasaran = {r.cells[2]: r.cells[1] for r in table.rows if r.cells[3][:1].isdigit()}
    assert sasaran["3. Persentase laporan pelanggaran"] == "layanan kecamatan"
