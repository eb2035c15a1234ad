"""Each figure read from a PDF table keeps the box of the cell it was read from (issue 17: a
page image with the cell highlighted). `Provenance.boxes` maps a figure's field name, and
"row", to (page, x0, top, x1, bottom) in points from the top-left corner of the page as
displayed. The boxes are checked against the PDF itself: pdfplumber's characters whose
centres fall inside a box must spell exactly the cell's text, and pypdfium2's rendering of
the page must have ink there. Expected texts are read from data/samples/000_*.txt.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from ingest.boxes import cell_box, cell_boxes, row_box
from ingest.interpret import interpret
from ingest.model import Row
from ingest.read.pdf import read_pdf
from ingest.read.tablebuild import build_table, join_broken_rows
from ingest.read.text import read_text_file
from ingest.read.word import read_docx
from tests.docx_fixtures import docx_bytes
from tests.test_pdf_fixtures import BORDERLESS, RULED, SAMPLE_000, Style, build_pdf, sideways_report

FIGURES = {
    "indicators": ("target", "realisasi", "capaian", "target_renstra", "kemajuan"),
    "budget": ("pagu", "realisasi", "serapan", "share"),
    "efficiency": ("capaian_kinerja", "serapan", "efisiensi"),
}


def _read(path: Path):
    return interpret(read_pdf(path.read_bytes(), path.name).document)


@pytest.fixture(scope="module")
def ruled(tmp_path_factory):
    path = build_pdf(SAMPLE_000, tmp_path_factory.mktemp("boxes") / "000.pdf", RULED)
    return path, _read(path)


@pytest.fixture(scope="module")
def borderless(tmp_path_factory):
    """Borderless tables; the wide ones (Tabel 3.5, 3.7) on portrait pages turned by /Rotate 90."""
    path = build_pdf(SAMPLE_000, tmp_path_factory.mktemp("boxes") / "000b.pdf", BORDERLESS)
    return path, _read(path)


class _Pdf:
    """What the PDF prints inside a box, read by pdfplumber (pages as displayed)."""

    def __init__(self, path: Path) -> None:
        self.pdf = pdfplumber.open(path)

    def __enter__(self) -> _Pdf:
        return self

    def __exit__(self, *exc) -> None:
        self.pdf.close()

    def _inside(self, box):
        number, x0, top, x1, bottom = box
        page = self.pdf.pages[number - 1]
        return page.filter(
            lambda o: (
                o.get("object_type") == "char"
                and x0 <= (o["x0"] + o["x1"]) / 2 <= x1
                and top <= (o["top"] + o["bottom"]) / 2 <= bottom
            )
        )

    def words(self, box) -> list[str]:
        return [w["text"] for w in self._inside(box).extract_words()]

    def text(self, box) -> str:
        """The words inside the box, in reading order, without spaces."""
        return "".join(self.words(box))

    def letters(self, box) -> list[str]:
        """The characters inside the box, sorted (for text set sideways, read in any order)."""
        return sorted(c["text"] for c in self._inside(box).chars if c["text"].strip())


def _plain(text: str) -> str:
    return "".join(text.split())


def _indicator(result, table: str, name: str, tahun: int, kecamatan: str | None = None):
    (fact,) = [
        f
        for f in result.indicators
        if f.where.source_table == table and f.indikator.startswith(name) and f.tahun == tahun
        and f.kecamatan == kecamatan
    ]  # fmt: skip
    return fact


def _budget(result, table: str, name: str):
    (fact,) = [f for f in result.budget if f.where.source_table == table and f.name == name]
    return fact


def _efficiency(result, table: str, name: str):
    (fact,) = [f for f in result.efficiency if f.where.source_table == table and f.name.startswith(name)]
    return fact


def _table_figures(result):
    """(fact, field, reading) of every figure read from a table cell (not prose, not derived)."""
    out = []
    for group, names in FIGURES.items():
        for fact in getattr(result, group):
            if fact.where.row_index is None:
                continue  # a derived total or a figure from a sentence: not read from a cell
            for name in names:
                reading = fact.capaian if name == "capaian_kinerja" else getattr(fact, name)
                if reading is not None and reading.raw.strip():
                    out.append((fact, name, reading))
    return out


def _check_000(path: Path, result) -> None:
    """Figures of 000 (expected texts from the export, lines 430, 703, 712)."""
    ikm = _indicator(result, "Tabel 3.1", "Indeks Kepuasan Masyarakat", 2024)
    program = _budget(result, "Tabel 2.5", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK")
    sasaran = _efficiency(result, "Tabel 3.8", "Sasaran 1")
    expected = [
        (ikm, "target", "Baik (88)"),
        (ikm, "realisasi", "Baik (88,14)"),
        (ikm, "capaian", "100,16%"),
        (program, "pagu", "628.936.788"),
        (program, "realisasi", "578.305.156"),
        (program, "serapan", "91,95%"),
        (sasaran, "capaian_kinerja", "100,00%"),
        (sasaran, "serapan", "91,95%"),
        (sasaran, "efisiensi", "1,09"),
    ]
    with _Pdf(path) as pdf:
        for fact, name, text in expected:
            box = fact.where.boxes[name]
            assert box[0] == fact.where.page
            assert pdf.text(box) == _plain(text), (name, text, box)
        for fact, first in ((ikm, "Indeks"), (program, "PROGRAM"), (sasaran, "Sasaran")):
            row = fact.where.boxes["row"]
            assert first in pdf.words(row)
            for name, box in fact.where.boxes.items():  # every cell of the row lies within the row
                assert row[0] == box[0] and row[1] <= box[1] and row[2] <= box[2], name
                assert box[3] <= row[3] and box[4] <= row[4], name
    assert "kemajuan" not in ikm.where.boxes  # Tabel 3.1 has no such column


def test_ruled_pdf_figures_are_boxed_on_their_cells(ruled):
    _check_000(*ruled)


def test_borderless_pdf_figures_are_boxed_on_their_cells(borderless):
    _check_000(*borderless)


def test_cells_printing_the_same_text_take_its_occurrences_left_to_right(borderless):
    """Tabel 3.5 (line 661, a /Rotate 90 page in the borderless fixture): Kapanjenkidul's
    target 2023, target 2024 and realisasi 2024 all print "Sangat Baik (91)", two of them
    wrapped over two lines; each figure gets its own cell, in column order."""
    path, result = borderless
    t2023 = _indicator(result, "Tabel 3.5", "Indeks Kepuasan", 2023, "Kapanjenkidul")
    t2024 = _indicator(result, "Tabel 3.5", "Indeks Kepuasan", 2024, "Kapanjenkidul")
    boxes = [t2023.where.boxes["target"], t2024.where.boxes["target"], t2024.where.boxes["realisasi"]]
    with _Pdf(path) as pdf:
        assert pdf.pdf.pages[boxes[0][0] - 1].rotation == 90
        for box in boxes:
            assert pdf.text(box) == "SangatBaik(91)"
        assert pdf.text(t2023.where.boxes["realisasi"]) == "Baik(84,22)"
    assert boxes[0][3] < boxes[1][1] and boxes[1][3] < boxes[2][1]  # apart, left to right


def test_a_box_lands_on_the_cell_in_the_rendered_page(borderless):
    """pypdfium2 draws the page as displayed (the /Rotate applied): the ink of a figure on a
    turned page is inside its box, and fills most of its width."""
    path, result = borderless
    fact = _indicator(result, "Tabel 3.5", "Indeks Kepuasan", 2024)  # Sananwetan's own, line 661
    assert fact.target.raw == "Baik (88)" and fact.realisasi.raw == "Baik (88,14)"
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[fact.where.page - 1]
        assert page.get_rotation() == 90
        image = page.render(scale=2).to_pil().convert("L")
    finally:
        doc.close()
    assert image.width > image.height  # drawn as displayed: landscape
    for name in ("target", "realisasi"):
        _, x0, top, x1, bottom = fact.where.boxes[name]
        crop = image.crop((round(2 * x0), round(2 * top), round(2 * x1), round(2 * bottom)))
        inked = [x for x in range(crop.width) if min(crop.getpixel((x, y)) for y in range(crop.height)) < 128]
        assert inked, name
        assert inked[-1] - inked[0] >= 0.6 * crop.width, name


def test_every_figure_read_from_a_cell_has_a_box_holding_exactly_its_text(ruled, borderless):
    for path, result in (ruled, borderless):
        figures = _table_figures(result)
        boxed = [(fact, name, reading) for fact, name, reading in figures if name in fact.where.boxes]
        assert len(figures) > 400
        assert len(boxed) >= 0.98 * len(figures), (path.name, len(boxed), len(figures))
        with _Pdf(path) as pdf:
            wrong = [
                (name, reading.raw, pdf.text(fact.where.boxes[name]))
                for fact, name, reading in boxed
                if pdf.text(fact.where.boxes[name]) != _plain(reading.raw)
            ]
        assert not wrong, (path.name, wrong[:5])


def test_no_box_for_a_figure_not_read_from_a_cell(ruled):
    path, result = ruled
    derived = [f for f in result.budget if f.is_derived]
    prose = [f for f in result.budget + result.efficiency if f.where.table_kind == "prose"]
    assert derived and prose
    assert all(f.where.boxes == {} for f in derived + prose)
    empty = [(f, name) for f in result.indicators for name in ("target", "realisasi", "capaian")
             if f.where.row_index is not None and not getattr(f, name).raw.strip()]  # fmt: skip
    assert empty  # e.g. Tabel 3.5's targets and realisasi have no capaian column
    assert all(name not in f.where.boxes for f, name in empty)


def test_a_sideways_page_gives_boxes_on_the_page_as_displayed(tmp_path):
    """A table printed sideways on a portrait page with no /Rotate is read turned back; its
    boxes are on the page as shown (portrait, text running up), not on the turned page."""
    path = sideways_report(tmp_path / "sideways.pdf")
    result = _read(path)
    sakip = _indicator(result, "Tabel 3.1", "Nilai SAKIP", 2024)
    with _Pdf(path) as pdf:
        page = pdf.pdf.pages[sakip.where.page - 1]
        assert page.width < page.height and page.rotation == 0
        for name, text in (("target", "A (87,89)"), ("realisasi", "A (85,04)"), ("capaian", "96,76")):
            box = sakip.where.boxes[name]
            assert box[3] <= page.width and box[4] <= page.height
            assert box[3] - box[1] < box[4] - box[2]  # a word running up the page: taller than wide
            assert pdf.letters(box) == sorted(_plain(text)), name
        assert set("Nilai") <= set(pdf.letters(sakip.where.boxes["row"]))


def test_a_ruled_table_on_a_page_turned_by_rotate_is_boxed_as_displayed(tmp_path):
    path = build_pdf(SAMPLE_000, tmp_path / "000r.pdf", Style(wide="rotate"))
    result = _read(path)
    fact = _budget(result, "Tabel 3.7", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK")
    with _Pdf(path) as pdf:
        assert pdf.pdf.pages[fact.where.page - 1].rotation == 90
        # line 703: 628.936.788 | 578.305.156 | 91,95%
        for name, text in (("pagu", "628.936.788"), ("realisasi", "578.305.156"), ("serapan", "91,95%")):
            assert pdf.text(fact.where.boxes[name]) == text, name
        assert "PROGRAM" in pdf.words(fact.where.boxes["row"])


def test_a_libreoffice_pdf_is_boxed(tmp_path):
    """000 printed by LibreOffice from Word (ruled tables, portrait), as tests/renderings.py does."""
    from tests.renderings import Rendering, render

    path = render(SAMPLE_000, Rendering("libreoffice", "grid", "portrait"), tmp_path / "000.pdf")
    result = _read(path)
    _check_000(path, result)
    figures = _table_figures(result)
    boxed = [(fact, name, reading) for fact, name, reading in figures if name in fact.where.boxes]
    assert len(boxed) >= 0.95 * len(figures), (len(boxed), len(figures))
    with _Pdf(path) as pdf:
        assert all(pdf.text(fact.where.boxes[name]) == _plain(reading.raw) for fact, name, reading in boxed)


def test_text_exports_and_word_files_have_no_boxes():
    text = read_text_file(SAMPLE_000)
    word = read_docx(docx_bytes(text), SAMPLE_000.name)
    for doc in (text, word):
        result = interpret(doc)
        facts = result.indicators + result.budget + result.efficiency + result.statements
        assert len(facts) > 100
        assert all(f.where.boxes == {} and f.where.cell_boxes == {} for f in facts), doc.source_format
        assert all(f.where.line is not None for f in result.indicators), doc.source_format


def test_the_interpretation_carries_boxes_not_what_each_row_printed(ruled):
    """It crosses a process pipe: the rows' pieces and the cells' boxes by index stay behind."""
    path, result = ruled
    facts = result.indicators + result.budget + result.efficiency + result.statements
    assert all(f.where.cell_boxes == {} for f in facts)
    rows = [r for a in result.tables for r in a.table.header_rows + a.table.rows]
    assert rows and not any(r.pieces for r in rows)
    document = read_pdf(path.read_bytes(), path.name).document
    assert any(r.pieces for t in document.tables for r in t.rows)  # the reader gave them
    assert pickle.loads(pickle.dumps(result)).indicators[0].where.boxes == result.indicators[0].where.boxes


# The box finder alone --------------------------------------------------------------------


def _piece(text: str, x0: float, top: float, width: float = 20.0, height: float = 6.0):
    return (text, x0, top, x0 + width, top + height)


def test_a_cell_is_one_piece_or_pieces_reading_it_along_a_line_or_down_its_column():
    cells = ["1", "Sangat Baik (91)", "Sangat Baik (91)", "Baik (84,22)", "Rp 1.000"]
    pieces = [
        _piece("1", 0, 0, 5),
        _piece("Sangat Baik (91)", 10, 0, 40),
        _piece("Sangat", 60, 0),  # wrapped: "Sangat" over "Baik (91)"
        _piece("Baik", 90, 0),  # the next column's cell, wrapped too: "Baik" over "(84,22)"
        _piece("Rp", 120, 0, 8),
        _piece("1.000", 135, 0),  # set apart on the line
        _piece("Baik (91)", 60, 7),
        _piece("(84,22)", 90, 7),
    ]
    found = cell_boxes(cells, pieces)
    assert found[0] == (0, 0, 5, 6)
    assert found[1] == (10, 0, 50, 6)
    assert found[2] == (60, 0, 80, 13)
    assert found[3] == (90, 0, 110, 13)
    assert found[4] == (120, 0, 155, 6)
    assert cell_box(cells, pieces, 2) == found[2]
    assert row_box(pieces) == (0, 0, 155, 13)
    assert row_box([]) is None and cell_boxes(cells, []) == {}


def test_the_kth_cell_of_a_text_takes_its_kth_occurrence_from_the_left():
    cells = ["IKM", "100", "100", "95"]
    pieces = [_piece("95", 90, 0), _piece("100", 60, 0), _piece("IKM", 0, 0), _piece("100", 30, 0)]
    found = cell_boxes(cells, pieces)
    assert (found[1][0], found[2][0], found[3][0]) == (30, 60, 90)


def test_no_box_rather_than_a_guess():
    # printed more often than cells hold it (a stray "100" from elsewhere): which is which is unknown
    assert cell_boxes(["IKM", "100", "95"], [_piece("IKM", 0, 0), _piece("100", 30, 0), _piece("100", 60, 0),
                                             _piece("95", 90, 0)]).keys() == {0, 2}  # fmt: skip
    # a word rejoined without its hyphen is not printed as such
    assert cell_box(["pelayanan"], [_piece("pela-", 0, 0), _piece("yanan", 0, 7)], 0) is None
    # half a cell on this page, the rest on the next (its pieces stayed behind)
    assert cell_box(["Baik (84)"], [_piece("Baik", 0, 0)], 0) is None
    # a continuation that is not under the text so far does not continue it
    assert cell_box(["Sangat Baik"], [_piece("Sangat", 0, 0), _piece("Baik", 60, 7)], 0) is None


def test_pieces_follow_rows_through_the_table_reading():
    """Rows joined (a name broken over two rows) keep the pieces of their first page only; a
    short row placed in the table's columns keeps its own."""
    header = Row(["No", "Program", "Anggaran"], page=3, pieces=[])
    first = Row(
        ["1", "Program Pelayanan", "6.505.600"], page=3, pieces=[_piece("1", 0, 100), _piece("6.505.600", 80, 100)]
    )
    rest = Row(["", "Publik", ""], page=3, pieces=[_piece("Publik", 20, 107)])
    cut = Row(["", "Kecamatan", ""], page=4, pieces=[_piece("Kecamatan", 20, 50)])
    (joined,) = join_broken_rows([first, rest])
    assert joined.cells[1] == "Program Pelayanan Publik" and len(joined.pieces) == 3
    (across,) = join_broken_rows([first, cut])
    assert across.cells[1] == "Program Pelayanan Kecamatan" and across.pieces == first.pieces
    short = Row(["2", "Program B"], page=3, pieces=[_piece("2", 0, 120), _piece("Program B", 20, 120)])
    table = build_table([header, first, short])
    assert table.rows[1].cells == ["2", "Program B", ""] and table.rows[1].pieces == short.pieces
