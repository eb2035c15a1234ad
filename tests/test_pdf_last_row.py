"""A table's last row whose name wraps in an inner column, under the row's first line (its
figures beside the name's first words), at that cell's pitch: the table ends with it.

Measured on 001 (Sumobito) printed by LibreOffice from a .docx in Carlito 11 (Calibri's
metrics) without rules, portrait, page 26 (`tests/renderings.py`): Tabel 3.1.1.3's last
row, "Persentase | 100% | 100% | 100%" then "Rekomendasi Hasil" / "Pembinaan dan" /
"Pengawasan" / "Pelaksanaan APB Desa". Carlito's small letters have short boxes (5.6 pt at
a 9.8 pt pitch): the white between the lines looked like more than half a line, the table
ended after "Rekomendasi Hasil", its last three lines became the next page's table's title,
and that continuation, titled apart, was filed under the report's year (2024) instead of
the table's (2023): ten values under a wrong year. Expected text is the sample's (its text
export, Tabel 3.1.1.3 line 648: "... Pengawasan Pelaksanaan APB Desa yang Ditindaklanjuti",
whose last words the PDF prints on the next page)."""

from __future__ import annotations

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _kept_lines


def _last_cell(rows: list[list[str]], column: int, first: str) -> str:
    """Column `column` of the rows from the one opening with `first` on (a wrapped cell's
    lines may stand as rows of their own here: the table builder joins them)."""
    start = max(k for k, row in enumerate(rows) if row[column].startswith(first))
    return " ".join(row[column] for row in rows[start:] if row[column])


PAGE_26 = "001-tabel-3.1.1.3-libreoffice-carlito11-p26.json"


def test_a_last_rows_name_wrapping_in_an_inner_column_ends_the_table_with_it():
    # page 26: lines of two rows set 3.7 pt apart made the table's pitch look that small
    tables, prose = borderless_tables(_kept_lines(PAGE_26))
    expected = "Persentase Rekomendasi Hasil Pembinaan dan Pengawasan Pelaksanaan APB Desa"
    assert _last_cell(tables[-1].rows, 3, "Persentase") == expected
    assert [line.text for line in prose] == ["Halaman 26"]


def test_in_another_size_and_column_the_name_still_ends_the_table():
    # a last row in 9 pt at a 12 pt pitch, its name in the second column, tops set up to
    # 0.8 pt off the pitch as glyphs of other shapes are
    def line(top: float, *cells: tuple[float, float, str]) -> Line:
        return Line(list(cells), top, top + 6.4)

    lines = [
        line(100.0, (60.0, 90.0, "No"), (120.0, 200.0, "Uraian Kegiatan"), (330.0, 370.0, "Pagu"), (400.0, 450.0, "Realisasi")),
        line(116.0, (60.0, 66.0, "1"), (120.0, 190.0, "Penyediaan Jasa"), (330.0, 380.0, "12.500.000"), (400.0, 450.0, "12.000.000")),
        line(128.0, (120.0, 200.0, "Komunikasi, Sumber")),
        line(140.8, (60.0, 66.0, "2"), (120.0, 170.0, "Pemeliharaan"), (330.0, 380.0, "8.000.000"), (400.0, 450.0, "7.500.000")),
        line(152.4, (120.0, 190.0, "Kendaraan Dinas")),
        line(165.2, (120.0, 180.0, "Operasional atau")),
        line(176.6, (120.0, 170.0, "Lapangan")),
        line(215.0, (60.0, 300.0, "Dari tabel di atas terlihat bahwa")),
    ]  # fmt: skip
    tables, prose = borderless_tables(lines)
    assert _last_cell(tables[0].rows, 1, "Pemeliharaan") == "Pemeliharaan Kendaraan Dinas Operasional atau Lapangan"
    assert [line.text for line in prose] == ["Dari tabel di atas terlihat bahwa"]


def test_a_line_in_that_column_at_another_pitch_is_not_the_cell_going_on():
    # a note set in the column's place a line and a half under "Rekomendasi Hasil": not the cell
    lines = [line for line in _kept_lines(PAGE_26) if line.top < 750.4]
    lines += [
        Line([(303.0, 353.6, "catatan: diolah")], 759.1, 764.7),
        Line([(283.3, 340.6, "Halaman 26")], 802.3, 810.7),
    ]
    tables, prose = borderless_tables(lines)
    assert _last_cell(tables[-1].rows, 3, "Persentase") == "Persentase Rekomendasi Hasil"
    assert [line.text for line in prose] == ["catatan: diolah", "Halaman 26"]
