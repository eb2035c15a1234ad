"""dashboard/source_view.py: a figure's PDF page drawn with its cell outlined where the text
really is, the table of a text export with the figure's row found, and the Streamlit view.

Where a word really is on the rendered page comes from pdfium itself (its character boxes taken
to device pixels with FPDF_PageToDevice, the transform pdfium renders with), independent of the
pdfplumber coordinates the reader stores and of source_view's own conversion.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.source_view import highlight_pixels, page_image, source_file, styled, table_with_row
from tests.test_pdf_fixtures import BORDERLESS, RULED, build_pdf, sideways_report

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "004_1d7b7b35be8d125c.txt"
SCALE = 2.0

# Tabel 3.8 of the sample (lines 470-476 of the text file): "Program Koordinasi Ketentraman dan
# Ketertiban Umum" (line 474) has pagu 21.900.000, realisasi 15.150.000, capaian 69,18.
TABLE_3_8 = (
    "No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t% Capaian\n"
    "1.\tProgram penunjang urusan pemerintahan daerah kabupaten/kota\t2.637.727.846\t2.370.822.038\t89,88\n"
    "2.\tProgram penyelenggaraan pemerintahan dan pelayanan public\t6.505.600\t6.505.600\t99,99\n"
    "3.\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t38.100.500\t38.068.300\t99,92\n"
    "4.\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t21.900.000\t15.150.000\t69,18\n"
    "5.\tProgram Penyelenggaraan Urusan Pemerintahan Umum\t178.430.000\t76.048.000\t42,62\n"
    "6.\tProgram Pembinaan dan Pengawasan Pemerintahan Desa\t13.743.300\t13.380.000\t97,36"
)
ROW_474 = "4.\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t21.900.000\t15.150.000\t69,18"


@pytest.fixture(scope="module")
def ruled_pdf(tmp_path_factory) -> Path:
    return build_pdf(SAMPLE, tmp_path_factory.mktemp("sv") / "004.pdf", RULED)


@pytest.fixture(scope="module")
def tabel_3_8_page(ruled_pdf) -> int:
    """The page of the ruled PDF printing Tabel 3.8's row (found once: every page's text is read)."""
    return _plumber_box(ruled_pdf.read_bytes(), "21.900.000", "15.150.000")["page"]


@pytest.fixture(scope="module")
def turned_pdf(tmp_path_factory) -> Path:
    """Wide tables on portrait pages turned by /Rotate 90."""
    return build_pdf(SAMPLE, tmp_path_factory.mktemp("sv") / "004b.pdf", BORDERLESS)


# --- where things are ------------------------------------------------------------------------


def _plumber_box(data: bytes, word: str, then: str, field: str = "pagu", page: int | None = None) -> dict:
    """The box the reader would store for `word` printed just before `then` (on the first page
    printing it, or on `page`): its characters' box in pdfplumber's coordinates (characters, so
    a page turned upside down still reads)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for sheet in pdf.pages if page is None else [pdf.pages[page - 1]]:
            chars = sheet.chars
            text = "".join(c["text"] for c in chars)
            found = [m.start() for m in re.finditer(re.escape(word + then), text)]
            if found:
                assert len(found) == 1
                run = chars[found[0] : found[0] + len(word)]
                return {
                    "field": field,
                    "page": sheet.page_number,
                    "x0": min(c["x0"] for c in run),
                    "top": min(c["top"] for c in run),
                    "x1": max(c["x1"] for c in run),
                    "bottom": max(c["bottom"] for c in run),
                }
    raise AssertionError(f"{word} {then} not printed")


def _pdfium_pixels(data: bytes, page: int, word: str, then: str) -> tuple[int, int, int, int]:
    """Where pdfium draws `word` (printed before `then`) at SCALE: its glyph boxes in device pixels."""
    doc = pdfium.PdfDocument(data)
    sheet = doc[page - 1]
    width, height = (round(v * SCALE) for v in sheet.get_size())
    textpage = sheet.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    w, t = re.escape(word), re.escape(then)
    found = re.search(rf"{w}\s*{t}|{t}\s*{w}", text)  # pdfium reads a page as displayed: upside down, backwards
    start = found.start() if found.group().startswith(word) else found.end() - len(word)
    xs, ys = [], []
    for i in range(start, start + len(word)):
        left, bottom, right, top = textpage.get_charbox(i)
        for x, y in ((left, bottom), (right, top)):
            dx, dy = ctypes.c_int(), ctypes.c_int()
            pdfium_c.FPDF_PageToDevice(sheet, 0, 0, width, height, 0, x, y, dx, dy)
            xs.append(dx.value)
            ys.append(dy.value)
    doc.close()
    return min(xs), min(ys), max(xs), max(ys)


def _red(image) -> np.ndarray:
    a = np.asarray(image).astype(int)
    return (a[..., 0] > 200) & (a[..., 1] < 40) & (a[..., 2] < 40)


def _outline(image) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(_red(image))
    assert len(xs), "no red outline drawn"
    return xs.min(), ys.min(), xs.max(), ys.max()


def _outlines_word(data: bytes, box: dict, word: tuple[int, int, int, int]) -> bool:
    """Whether the red outline page_image draws for `box` surrounds the word's glyphs with a
    small margin on every side, its edges red; checks first that dark text is really there."""
    plain = np.asarray(page_image(data, box["page"], [], SCALE).convert("L"))
    x0, y0, x1, y1 = word
    assert (plain[y0 : y1 + 1, x0 : x1 + 1] < 100).sum() > 20, "no dark text where pdfium prints the word"
    drawn = page_image(data, box["page"], [box], SCALE)
    red = _red(drawn)
    left, top, right, bottom = _outline(drawn)
    around = left < x0 and top < y0 and right > x1 and bottom > y1
    close = max(x0 - left, y0 - top, right - x1, bottom - y1) <= 3 * SCALE + 6  # the pad and the line width
    middle_x, middle_y = (left + right) // 2, (top + bottom) // 2
    edges = red[middle_y, left] and red[middle_y, right] and red[top, middle_x] and red[bottom, middle_x]
    return around and close and bool(edges)


def _shifted(box: dict, points: float = 50.0) -> dict:
    return {**box, "x0": box["x0"] + points, "x1": box["x1"] + points, "top": box["top"] + points,
            "bottom": box["bottom"] + points}  # fmt: skip


# --- page_image --------------------------------------------------------------------------------


def test_highlight_pixels_scales_pads_and_moves_by_the_origin():
    box = {"x0": 10.3, "top": 20.0, "x1": 30.0, "bottom": 25.0}
    assert highlight_pixels(box, 2.0, pad=0) == (20, 40, 60, 50)
    assert highlight_pixels(box, 2.0) == (14, 34, 66, 56)  # 3 pt around, rounded outwards
    assert highlight_pixels(box, 1.0, origin=(5.0, -10.0), pad=0) == (5, 30, 25, 35)
    assert highlight_pixels({"x0": 30, "top": 25, "x1": 10, "bottom": 20}, 1.0, pad=0) == (10, 20, 30, 25)


def test_the_pagu_cell_of_tabel_3_8_is_outlined_where_it_is_printed(ruled_pdf):
    data = ruled_pdf.read_bytes()
    box = _plumber_box(data, "21.900.000", "15.150.000")
    word = _pdfium_pixels(data, box["page"], "21.900.000", "15.150.000")
    assert _outlines_word(data, box, word)
    assert not _outlines_word(data, _shifted(box), word)  # a box in the wrong place fails the check


def test_the_row_is_a_yellow_band_and_other_pages_boxes_are_not_drawn(ruled_pdf):
    data = ruled_pdf.read_bytes()
    cell = _plumber_box(data, "21.900.000", "15.150.000")
    number = _plumber_box(data, "4.", "Program Koordinasi", field="row", page=cell["page"])
    row = {**number, "x1": cell["x1"]}  # from the row's number to its pagu
    plain = np.asarray(page_image(data, cell["page"], [], SCALE)).astype(int)
    drawn = np.asarray(page_image(data, cell["page"], [row], SCALE)).astype(int)
    y = round((row["top"] + row["bottom"]) / 2 * SCALE)
    between = [
        x for x in range(round(number["x1"] * SCALE) + 4, round(cell["x0"] * SCALE) - 4) if plain[y, x].min() > 250
    ]
    assert between, "white paper between the row's number and its pagu"
    r, g, b = drawn[y, between[len(between) // 2]]
    assert r > 240 and 200 < g < 245 and b < 200  # yellow over white
    assert not _red(drawn.astype(np.uint8)).any()  # a row alone: no red outline
    elsewhere = {**cell, "page": cell["page"] + 1}
    assert (np.asarray(page_image(data, cell["page"], [elsewhere], SCALE)) == plain).all()


def test_a_page_turned_by_rotate_90_is_drawn_upright_with_the_cell_on_its_text(turned_pdf):
    data = turned_pdf.read_bytes()
    box = _plumber_box(data, "21.900.000", "15.120.000")  # Tabel 3.10 (line 516): a wide table
    with pdfplumber.open(turned_pdf) as pdf:
        assert pdf.pages[box["page"] - 1].rotation == 90
    image = page_image(data, box["page"], [], SCALE)
    assert image.width > image.height  # shown as displayed: landscape
    word = _pdfium_pixels(data, box["page"], "21.900.000", "15.120.000")
    assert _outlines_word(data, box, word)
    assert not _outlines_word(data, _shifted(box), word)


def test_a_table_printed_sideways_without_rotate_is_outlined_on_its_text(tmp_path):
    data = sideways_report(tmp_path / "miring.pdf").read_bytes()
    box = _plumber_box(data, "88,14", "100,16", field="realisasi")  # IKM realisasi, printed turned
    assert box["bottom"] - box["top"] > box["x1"] - box["x0"]  # the number runs up the page
    word = _pdfium_pixels(data, box["page"], "88,14", "100,16")
    assert _outlines_word(data, box, word)
    assert not _outlines_word(data, _shifted(box), word)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize(
    ("media", "crop"),
    [
        ((-30.0, 40.0, 811.89, 635.28), None),
        (None, (20.0, 30.0, 800.0, 560.0)),
        ((10, 20, 851.89, 615.28), (40, 60, 820, 590)),
    ],
    ids=["media-moved", "cropped", "both"],
)
def test_media_and_crop_box_corners_and_every_rotation(ruled_pdf, tabel_3_8_page, rotation, media, crop):
    """pdfium draws the crop box, turned; pdfplumber measures from the media box's corner,
    turned: the outline still lands on the text."""
    source, doc = pdfium.PdfDocument(ruled_pdf.read_bytes()), pdfium.PdfDocument.new()
    doc.import_pages(source, [tabel_3_8_page - 1])
    sheet = doc[0]
    if media:
        sheet.set_mediabox(*media)
    if crop:
        sheet.set_cropbox(*crop)
    sheet.set_rotation(rotation)
    buffer = io.BytesIO()
    doc.save(buffer)
    moved = buffer.getvalue()
    box = _plumber_box(moved, "21.900.000", "15.150.000")
    word = _pdfium_pixels(moved, 1, "21.900.000", "15.150.000")
    assert _outlines_word(moved, box, word)
    assert not _outlines_word(moved, _shifted(box, 20.0), word)


# --- the table of a text export ------------------------------------------------------------------


def test_table_with_row_finds_the_row_by_its_text():
    frame, rows = table_with_row(TABLE_3_8, ROW_474, 474, 470)
    assert list(frame.columns) == ["Kolom 1", "Kolom 2", "Kolom 3", "Kolom 4", "Kolom 5"]
    assert frame.shape == (7, 5)  # the header row is row 0, as in the text
    assert rows == [4]
    assert frame.iloc[4].tolist() == ["4.", "Program Koordinasi Ketentraman dan Ketertiban Umum", "21.900.000",
                                      "15.150.000", "69,18"]  # fmt: skip
    spaced = "4.  \tProgram Koordinasi  Ketentraman dan Ketertiban Umum\t21.900.000\t15.150.000\t69,18\t"
    assert table_with_row(TABLE_3_8, spaced, None, None)[1] == [4]  # whitespace aside, no line needed


def test_a_row_of_two_lines_is_two_rows_and_ragged_rows_are_padded():
    text = (
        "No\tProgram/Kegiatan\tIndikator Kinerja\t\t\tAnggaran\n"
        "\t\tTarget\tRealisasi\t% Capaian\n"
        "3.\tProgram Pemberdayaan Masyarakat\t100\t99,92\t99,92\t38.100.000\n"
        "\tDesa dan Kelurahan\n"
        "4.\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t100\t69,18\t69,18\t21.900.000"
    )
    raw = "3.\tProgram Pemberdayaan Masyarakat\t100\t99,92\t99,92\t38.100.000\n\tDesa dan Kelurahan"
    frame, rows = table_with_row(text, raw, 512, 510)
    assert rows == [2, 3]
    assert frame.shape == (5, 6)
    assert frame.iloc[3].tolist() == ["", "Desa dan Kelurahan", "", "", "", ""]
    assert table_with_row(text, "\tDesa dan Kelurahan\n4.\tProgram", None, None)[1] == []  # both lines, in order


def test_table_with_row_falls_back_to_the_line_and_picks_the_nearest_repeat():
    assert table_with_row(TABLE_3_8, "4.\tProgram yang ditulis lain\t21.900.000", 474, 470)[1] == [4]
    assert table_with_row(TABLE_3_8, "4.\tProgram yang ditulis lain\t21.900.000", None, 470)[1] == []
    assert table_with_row(TABLE_3_8, "tidak ada", 480, 470)[1] == []  # past the table's end
    twice = "a\t1\nb\t2\na\t1\nc\t3"
    assert table_with_row(twice, "a\t1", 102, 100)[1] == [2]
    assert table_with_row(twice, "a\t1", None, None)[1] == [0]
    empty, rows = table_with_row("", "a\t1", 3, 1)
    assert empty.empty and rows == []


def test_styled_colours_only_the_figures_row():
    frame, rows = table_with_row(TABLE_3_8, ROW_474, 474, 470)
    styles = styled(frame, rows)._compute().ctx
    coloured = {r for (r, _), css in styles.items() if any("background-color" in p for p, _ in css)}
    assert coloured == {4}


# --- the file ----------------------------------------------------------------------------------


def test_source_file_gives_the_bytes_only_when_the_file_is_unchanged(tmp_path):
    path = tmp_path / "laporan.pdf"
    path.write_bytes(b"%PDF-1.7 isi")
    right = hashlib.sha256(b"%PDF-1.7 isi").hexdigest()
    assert source_file(str(path), right) == b"%PDF-1.7 isi"
    assert source_file(str(path), right.upper()) == b"%PDF-1.7 isi"
    assert source_file(str(path), hashlib.sha256(b"lain").hexdigest()) is None
    assert source_file(str(tmp_path / "hilang.pdf"), right) is None
    assert source_file(str(tmp_path), right) is None  # a folder: OSError, not raised
    assert source_file(None, right) is None
    assert source_file("a\0b", right) is None


# --- Streamlit -----------------------------------------------------------------------------------


def _source(**changes) -> pd.Series:
    """A figure_source row for the Tabel 3.8 figure, as read from the text export."""
    values = {
        "fact_table": "budget_lines", "fact_id": 7, "doc_id": 1, "tahun": 2023,
        "name": "Program Koordinasi Ketentraman dan Ketertiban Umum", "kind": "program",
        "a_raw": "21.900.000", "b_raw": "15.150.000", "c_raw": "69,18",
        "a_read": "21.900.000", "b_read": "15.150.000", "c_read": "69,18", "tahun_read": 2023, "kind_read": "program",
        "source_table": "Tabel 3.8", "line": 474, "page": pd.NA, "row_raw": ROW_474,
        "corrected_fields": np.array([], dtype=object), "file_name": "004_1d7b7b35be8d125c.txt",
        "source_format": "text", "source_path": None, "sha256": "0" * 64, "table_text": TABLE_3_8,
        "table_line": 470, "table_page": pd.NA, "table_title": "Capaian Anggaran Program dan Kegiatan", "boxes": pd.NA,
    }  # fmt: skip
    return pd.Series({**values, **changes})


def _app(*sources: pd.Series) -> AppTest:
    def script(sources):
        from dashboard import source_view

        if len(sources) == 1:
            source_view.show(sources[0], key="uji")
        else:
            source_view.side_by_side(sources[0], sources[1], key="uji")

    return AppTest.from_function(script, args=(list(sources),), default_timeout=60).run()


def _styles(element) -> str:
    return element.proto.arrow_data.styler.styles if hasattr(element.proto, "arrow_data") else ""


def test_show_a_text_export_highlights_the_row_in_its_table():
    at = _app(_source(corrected_fields=np.array(["realisasi"], dtype=object), b_read="15.120.000"))
    assert not at.exception
    captions = [c.value for c in at.caption]
    assert any("Tabel 3\\.8" in c and "baris 474" in c and "004" in c for c in captions)
    (table,) = at.dataframe
    assert table.value.shape == (7, 5)
    assert table.value.iloc[4, 2] == "21.900.000"
    assert "#fff1a8" in _styles(table)
    assert any("baris ke-5" in c for c in captions)
    assert [t.value for t in at.text] == ["realisasi: terbaca 15.120.000 → dipakai 15.150.000 ✎"]
    assert "21.900.000 | 15.150.000" in at.code[0].value
    assert not at.info


def test_show_a_missing_pdf_says_so_and_still_shows_the_table(tmp_path):
    gone = tmp_path / "hilang.pdf"
    at = _app(_source(source_format="pdf", source_path=str(gone), page=19, line=pd.NA))
    assert not at.exception
    (info,) = at.info
    assert "Berkas PDF sumber tidak tersedia lagi" in info.value and "hilang" in info.value
    assert "Unggah Dokumen" in info.value
    assert len(at.dataframe) == 1 and "#fff1a8" in _styles(at.dataframe[0])
    assert "21.900.000" in at.code[0].value
    assert any("halaman 19" in c.value for c in at.caption)


def test_show_a_pdf_page_and_both_places_side_by_side(ruled_pdf):
    data = ruled_pdf.read_bytes()
    cell = _plumber_box(data, "21.900.000", "15.150.000")
    pdf = _source(
        source_format="pdf", source_path=str(ruled_pdf), sha256=hashlib.sha256(data).hexdigest(), line=pd.NA,
        page=cell["page"], boxes=np.array([cell], dtype=object), file_name="004.pdf",
    )  # fmt: skip
    at = _app(pdf, _source())
    assert not at.exception
    assert [m.value for m in at.markdown] == ["**Tempat 1**", "**Tempat 2**"]
    assert len(at.columns) == 2
    left, right = at.columns
    assert not left.dataframe and len(right.dataframe) == 1  # the PDF as a page, the text as a table
    images = left.get("image")
    assert len(images) == 1
    assert any("Disorot: sel pagu" in c for c in _image_captions(images[0]))
    assert any(f"halaman {cell['page']}" in c.value for c in left.caption)
    no_box = _app(_source(**{**pdf.to_dict(), "boxes": pd.NA}))
    assert any("letak sel tidak tersimpan" in c.lower() for c in _image_captions(no_box.get("image")[0]))


def _image_captions(element) -> list[str]:
    return [image.caption for image in element.proto.imgs]


def test_a_page_the_pdf_does_not_have_is_a_warning_not_a_crash(ruled_pdf):
    data = ruled_pdf.read_bytes()
    with pytest.raises(ValueError):
        page_image(data, 0, [])
    at = _app(_source(source_format="pdf", source_path=str(ruled_pdf), sha256=hashlib.sha256(data).hexdigest(),
                      line=pd.NA, page=999))  # fmt: skip
    assert not at.exception
    assert "Halaman 999 tidak dapat digambar" in at.warning[0].value
    assert len(at.dataframe) == 1  # the table's text instead
