"""Borderless tables (columns aligned by whitespace), one behaviour per test, on plain
lines as the PDF reader builds them: text runs with their x extent, a line's top and bottom."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line

HEIGHT = 10.0
ROW = 24.0  # rows further apart than a line's height: a new row each time


def _line(top: float, *cells: tuple[float, float, str]) -> Line:
    return Line(list(cells), top, top + HEIGHT)


def _rows(top: float, columns: list[tuple[float, float]], rows: list[list[str]]) -> list[Line]:
    return [
        _line(top + k * ROW, *[(x0, x1, text) for (x0, x1), text in zip(columns, row, strict=True) if text])
        for k, row in enumerate(rows)
    ]


AGREEMENT = [(50, 60), (80, 190), (220, 345), (362, 380)]  # No, Sasaran, Indikator, Target
PROGRAMS = [(50, 60), (80, 160), (200, 295), (320, 425), (440, 460), (480, 530)]  # ... Target, Anggaran


def test_two_tables_stacked_without_text_between_keep_their_own_columns():
    """A performance agreement, then its programs and budget, printed one under the other:
    the agreement's indicator column runs over the programs' gutters and the programs'
    columns over the agreement's, so read as one table both lose columns."""
    agreement = _rows(100, AGREEMENT, [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
        ["1.", "Meningkatnya Akuntabilitas", "Nilai Evaluasi AKIP", "72"],
        ["2.", "Meningkatnya Kualitas Layanan", "Indeks Kualitas Pelayanan Publik", "7,7"],
    ])  # fmt: skip
    programs = _rows(100 + 3 * ROW, PROGRAMS, [
        ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"],
        ["1.", "Meningkatnya capaian", "Program Penunjang", "Persentase capaian", "100%", "2.487.371.653"],
        ["2.", "Meningkatnya pelayanan", "Program Pelayanan", "Nilai Paten", "84", "19.861.000"],
    ])  # fmt: skip
    tables, prose = borderless_tables(agreement + programs)
    assert prose == []
    assert [t.rows for t in tables] == [
        [
            ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
            ["1.", "Meningkatnya Akuntabilitas", "Nilai Evaluasi AKIP", "72"],
            ["2.", "Meningkatnya Kualitas Layanan", "Indeks Kualitas Pelayanan Publik", "7,7"],
        ],
        [
            ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"],
            ["1.", "Meningkatnya capaian", "Program Penunjang", "Persentase capaian", "100%", "2.487.371.653"],
            ["2.", "Meningkatnya pelayanan", "Program Pelayanan", "Nilai Paten", "84", "19.861.000"],
        ],
    ]


def test_one_cell_running_over_its_column_keeps_the_columns():
    rows = [["1.", "Sasaran satu", "Indikator satu", "90"] for _ in range(6)]
    lines = _rows(100, AGREEMENT, rows)
    # the third row's sasaran runs into the indicator column's left margin
    lines[2].segments[1] = (80, 230, "Sasaran yang sangat panjang")
    tables, _ = borderless_tables(lines)
    assert len(tables) == 1
    assert tables[0].rows[2] == ["1.", "Sasaran yang sangat panjang", "Indikator satu", "90"]
    assert all(row == ["1.", "Sasaran satu", "Indikator satu", "90"] for k, row in enumerate(tables[0].rows) if k != 2)


def test_a_label_spanning_its_year_columns_keeps_them_apart():
    """ "Realisasi" centred over 2022, 2023 and 2024: the label goes to the first of them,
    as a merged header cell is printed in a text export."""
    columns = [(50, 150), (170, 200), (220, 240), (255, 275), (290, 310)]
    header = [
        _line(100, (50, 100, "Indikator"), (170, 200, "Target"), (236, 294, "Realisasi")),
        _line(100 + ROW, (220, 240, "2022"), (255, 275, "2023"), (290, 310, "2024")),
    ]
    body = _rows(100 + 2 * ROW, columns, [["IKM", "80", "81", "82", "83"], ["SAKIP", "70", "71", "72", "73"]])
    tables, _ = borderless_tables(header + body)
    assert tables[0].rows == [
        ["Indikator", "Target", "Realisasi", "", ""],
        ["", "", "2022", "2023", "2024"],
        ["IKM", "80", "81", "82", "83"],
        ["SAKIP", "70", "71", "72", "73"],
    ]


def test_a_column_with_one_long_cell_is_not_cut_through():
    """The strip right of the short indicators is covered by one long name only: it is
    part of the column, not a gutter."""
    columns = [(50, 80), (100, 260), (280, 300)]
    lines = _rows(100, columns, [["IKM", "Indeks", "88"], ["IPP", "Indeks", "3"], ["PATEN", "Nilai", "84"]])
    lines.append(
        _line(100 + 3 * ROW, (50, 80, "SKM"), (100, 260, "Persentase layanan yang tepat waktu"), (280, 300, "90"))
    )
    lines.append(_line(100 + 4 * ROW, (50, 80, "IKPP"), (100, 130, "Indeks"), (280, 300, "7")))
    tables, _ = borderless_tables(lines)
    assert [len(row) for row in tables[0].rows] == [3] * 5
    assert tables[0].rows[3] == ["SKM", "Persentase layanan yang tepat waktu", "90"]


def test_a_header_whose_labels_overflow_narrow_columns_stays_with_its_body():
    """A peer table: a column per kecamatan, each narrower than its wrapped header label."""
    columns = [(50, 120), (140, 165), (185, 210), (230, 255), (275, 300)]
    header = [
        _line(100, (50, 120, "Indikator"), (136, 170, "Kecamatan"), (181, 215, "Kecamatan"),
              (226, 260, "Kecamatan"), (271, 305, "Kecamatan")),
        _line(100 + ROW, (139, 168, "Bluto"), (184, 213, "Sumobito"), (229, 258, "Plandaan"), (274, 303, "Gapura")),
    ]  # fmt: skip
    body = _rows(100 + 2 * ROW, columns, [["IKM", "83", "81", "85", "80"], ["SAKIP", "70", "73", "71", "69"]])
    tables, _ = borderless_tables(header + body)
    assert len(tables) == 1
    assert tables[0].rows[-1] == ["SAKIP", "70", "73", "71", "69"]
    assert tables[0].rows[0][0] == "Indikator"


def test_a_table_continued_keeps_its_columns_when_a_cell_is_slightly_wider():
    """Columns carried from the page before: this page's target cell is a point wider
    than any above it; the boundary moves into the white beside it instead of being
    dropped (which lost the empty first column and the table's header)."""
    carry = [70.0, 200.0, 350.0, 400.0]  # five columns; the first is empty on this page
    lines = _rows(100, [(80, 190), (220, 340), (362, 401), (420, 470)], [
        ["Pemberdayaan Masyarakat", "Jumlah Pokmas", "15 Pokmas", "2.997.683.700"],
        ["Pemberdayaan Masyarakat", "Jumlah Pokmas", "8 Pokmas", "1.514.997.100"],
    ])  # fmt: skip
    tables, _ = borderless_tables(lines, carry)
    assert tables[0].rows[0] == ["", "Pemberdayaan Masyarakat", "Jumlah Pokmas", "15 Pokmas", "2.997.683.700"]
    assert len(tables[0].cuts) == 4 and 401 < tables[0].cuts[3] < 420


def test_a_carried_column_far_from_any_white_is_not_forced_on_another_table():
    carry = [70.0, 200.0, 350.0, 400.0]
    lines = _rows(100, [(50, 150), (160, 330), (340, 470)], [
        ["No Program", "Anggaran dan keterangan yang panjang", "Total"],
        ["1 Program", "Anggaran dan keterangan yang panjang", "100"],
    ])  # fmt: skip
    tables, _ = borderless_tables(lines, carry)
    assert tables[0].rows[0] == ["No Program", "Anggaran dan keterangan yang panjang", "Total"]


def test_a_single_row_opening_the_page_continues_the_table():
    """The last row of a table alone at the top of the next page, a source note under it."""
    carry = [70.0, 200.0, 350.0]
    lines = [
        _line(60, (50, 60, "7"), (80, 190, "Meningkatnya Kinerja Perangkat"), (220, 340, "Nilai SAKIP"),
              (362, 400, "A (87,89)")),
        _line(60 + 0.3 * HEIGHT + HEIGHT, (80, 110, "daerah")),
        _line(60 + 4 * ROW, (50, 400, "Sumber : dokumen Perjanjian Kinerja")),
    ]  # fmt: skip
    tables, prose = borderless_tables(lines, carry)
    assert tables[0].rows == [["7", "Meningkatnya Kinerja Perangkat daerah", "Nilai SAKIP", "A (87,89)"]]
    assert [line.text for line in prose] == ["Sumber : dokumen Perjanjian Kinerja"]
    # without a table above it, one line is not a table
    tables, prose = borderless_tables(lines)
    assert tables == [] and len(prose) == 3


def test_the_last_row_of_a_table_then_another_table_at_the_top_of_a_page():
    """The page opens with the agreement's last row (its columns carried from the page
    before), then the programs table follows with no text between them."""
    carry = [70.0, 205.0, 353.0]  # the agreement's four columns
    last_row = _rows(60, AGREEMENT, [["", "", "5. Persentase evaluasi Raperdes", "100%"]])
    programs = _rows(60 + ROW, PROGRAMS, [
        ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"],
        ["1.", "Meningkatnya capaian", "Program Penunjang", "Persentase capaian", "100%", "2.134.044.723"],
        ["2.", "Meningkatnya pelayanan", "Program Pelayanan", "Nilai Paten", "83,25", "4.733.000"],
    ])  # fmt: skip
    tables, _ = borderless_tables(last_row + programs, carry)
    assert [t.rows for t in tables] == [
        [["", "", "5. Persentase evaluasi Raperdes", "100%"]],
        [
            ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"],
            ["1.", "Meningkatnya capaian", "Program Penunjang", "Persentase capaian", "100%", "2.134.044.723"],
            ["2.", "Meningkatnya pelayanan", "Program Pelayanan", "Nilai Paten", "83,25", "4.733.000"],
        ],
    ]


def test_a_group_label_across_the_table_does_not_merge_its_columns():
    """A sasaran named on a row of its own, written across the columns below it."""
    columns = [(50, 150), (170, 300), (320, 350), (370, 400)]  # Indikator, Satuan, Target, Realisasi
    header = _rows(100, columns, [["Indikator", "Satuan", "Target", "Realisasi"]])
    first = [_line(100 + ROW, (50, 380, "Sasaran 1: Meningkatnya kualitas pelayanan publik kecamatan"))]
    body = _rows(100 + 2 * ROW, columns, [["IKM", "Indeks", "88", "88,14"], ["IPP", "Indeks", "3,3", "3,49"]])
    second = [_line(100 + 4 * ROW, (50, 390, "Sasaran 2: Meningkatnya akuntabilitas kinerja perangkat daerah"))]
    sakip = _rows(100 + 5 * ROW, columns, [["Nilai SAKIP", "Nilai", "70", "72,5"]])
    tables, prose = borderless_tables(header + first + body + second + sakip)
    assert prose == [] and len(tables) == 1
    assert tables[0].rows == [
        ["Indikator", "Satuan", "Target", "Realisasi"],
        ["Sasaran 1: Meningkatnya kualitas pelayanan publik kecamatan", "", "", ""],
        ["IKM", "Indeks", "88", "88,14"],
        ["IPP", "Indeks", "3,3", "3,49"],
        ["Sasaran 2: Meningkatnya akuntabilitas kinerja perangkat daerah", "", "", ""],
        ["Nilai SAKIP", "Nilai", "70", "72,5"],
    ]


def test_a_continued_table_keeps_its_columns_when_one_cell_overflows():
    carry = [70.0, 205.0, 353.0]
    rows = [["", "Sasaran", "Indikator", "90"] for _ in range(5)]
    lines = _rows(60, AGREEMENT, rows)
    lines[1].segments[1] = (220, 360, "Indikator yang sangat panjang")  # runs over the target boundary
    tables, _ = borderless_tables(lines, carry)
    assert len(tables) == 1 and tables[0].cuts == carry
    assert tables[0].rows[1] == ["", "Sasaran", "Indikator yang sangat panjang", "90"]
    assert tables[0].rows[0] == ["", "Sasaran", "Indikator", "90"]


def test_rows_that_fit_the_columns_above_but_belong_to_a_wider_table_are_not_continued():
    """After the agreement's last row, a programs table whose rows, each alone, leave
    enough white to fit the agreement's columns (short indicator names): it has more
    columns than the table above, so it is another table."""
    carry = [70.0, 205.0, 353.0]
    last_row = _rows(60, AGREEMENT, [["", "", "5. Persentase evaluasi Raperdes", "100%"]])
    header = _rows(
        60 + ROW, PROGRAMS, [["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]]
    )
    body = [
        _line(60 + (2 + k) * ROW, (50, 60, f"{k + 1}."), (80, 160, "Meningkatnya capaian"), (200, 295, "Program"),
              (320, 340, name), (440, 460, "100%"), (480, 530, "4.733.000"))
        for k, name in enumerate(["IKM", "IPP"])
    ]  # fmt: skip
    tables, _ = borderless_tables(last_row + header + body, carry)
    assert [len(t.rows[0]) for t in tables] == [4, 6]
    assert tables[1].rows[1] == ["1.", "Meningkatnya capaian", "Program", "IKM", "100%", "4.733.000"]


def test_a_page_number_above_the_continued_rows_does_not_stop_the_continuation():
    carry = [70.0, 205.0, 353.0]
    page_number = _line(20, (290, 300, "12"))  # in the top margin of an 842-point page
    last_row = _rows(80, AGREEMENT, [["7", "Meningkatnya Kinerja", "Nilai SAKIP", "A (87,89)"]])
    tables, prose = borderless_tables([page_number, *last_row], carry, height=842)
    assert tables[0].rows == [["7", "Meningkatnya Kinerja", "Nilai SAKIP", "A (87,89)"]]
    assert [line.text for line in prose] == ["12"]


def test_a_continued_row_of_two_cells_is_a_row():
    """A total alone at the top of the page: its label and its amount."""
    carry = [70.0, 200.0, 350.0, 400.0]
    total = [_line(60, (80, 120, "JUMLAH"), (420, 470, "21.348.371.653"))]
    tables, _ = borderless_tables(total, carry)
    assert tables[0].rows == [["", "JUMLAH", "", "", "21.348.371.653"]]


CHAR, MARGIN = 4.6, 5.4  # a character of Arial 9 pt; Word's cell margin


def _aligned(top: float, columns: list[tuple[float, float]], rows: list[list[str]], aligns: list[str]) -> list[Line]:
    """Lines as Word or Excel lays out cells: left (l), centred (c) or right (r) aligned."""

    def place(column: tuple[float, float], text: str, align: str) -> tuple[float, float, str]:
        left, right, width = column[0] + MARGIN, column[1] - MARGIN, len(text) * CHAR
        x0 = {"l": left, "r": right - width, "c": (left + right - width) / 2}[align]
        return (x0, x0 + width, text)

    return [
        _line(top + k * ROW, *[place(c, text, a) for c, text, a in zip(columns, row, align, strict=True) if text])
        for k, (row, align) in enumerate(zip(rows, aligns, strict=True))
    ]


def test_a_centred_header_over_short_left_aligned_figures_is_one_column():
    """Word's default: header centred, cells left-aligned. The white between short targets
    and the centred 'Target' is not a boundary, though one long target runs over it."""
    columns = [(70, 95), (95, 250), (250, 440), (440, 525)]
    rows = [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
        ["1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "88"],
        ["", "", "Indeks Kualitas Pelayanan Publik", "3,3"],
        ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP Kecamatan", "A (87,89)"],
        ["3", "Meningkatnya tertib administrasi", "Persentase desa tertib", "100%"],
        ["", "", "Persentase pelayanan tepat waktu", "95%"],
    ]
    tables, _ = borderless_tables(_aligned(100, columns, rows, ["cccc"] + ["clll"] * 5))
    assert tables[0].rows == rows
    # with every target short, no line runs over the white between them and the label
    rows[3][3] = "80"
    tables, _ = borderless_tables(_aligned(100, columns, rows, ["cccc"] + ["clll"] * 5))
    assert tables[0].rows == rows


def test_right_aligned_figures_under_a_centred_header_are_one_column():
    """Excel's default: numbers right-aligned, header centred; two long figures."""
    columns = [(60, 90), (90, 260), (260, 360), (360, 460), (460, 540)]
    rows = [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Keterangan"],
        ["1", "Indeks Kepuasan Masyarakat", "88", "88", "Tercapai"],
        ["2", "Indeks Kualitas Pelayanan", "3,3", "3,4", "Tercapai"],
        ["3", "Nilai SAKIP", "70", "72", "Tercapai"],
        ["4", "Persentase layanan tepat waktu", "100", "95", "Belum"],
        ["5", "Persentase desa tertib", "100", "100", "Tercapai"],
        ["6", "Jumlah inovasi pelayanan", "2", "3", "Tercapai"],
        ["7", "Nilai kinerja kecamatan", "80", "82,125", "Tercapai"],
        ["8", "Nilai SAKIP Desa", "B (65)", "BB (70,5)", "Tercapai"],
    ]
    tables, _ = borderless_tables(_aligned(100, columns, rows, ["ccccc"] + ["rlrrl"] * 8))
    assert tables[0].rows == rows


def test_a_program_name_drawn_over_the_empty_amount_cell_does_not_split_the_amounts():
    """Excel draws a name over the empty cell beside it; the amounts, right-aligned and of
    different widths, stay one column."""
    lines = [
        _line(100, (62, 72, "1"), (102, 361, "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK")),
        _line(100 + ROW, (62, 72, "1.1"), (102, 157, "Koordinasi"), (366, 398, "733.000")),
        _line(100 + 2 * ROW, (62, 72, "1.2"), (102, 183, "Pelayanan umum"), (366, 398, "861.000")),
        _line(100 + 3 * ROW, (62, 72, "1.3"), (102, 246, "Administrasi keuangan"), (357, 398, "4.348.371")),
        _line(100 + 4 * ROW, (62, 72, "1.4"), (102, 151, "Rapat"), (366, 398, "500.000")),
        _line(100 + 5 * ROW, (62, 72, "1.5"), (102, 270, "Perencanaan dan evaluasi"), (366, 398, "997.683")),
        _line(100 + 6 * ROW, (62, 72, "2"), (102, 322, "PROGRAM PEMBERDAYAAN MASYARAKAT DESA")),
        _line(100 + 7 * ROW, (62, 72, "2.1"), (102, 294, "Fasilitasi pembangunan desa"), (357, 398, "1.514.997")),
    ]
    tables, _ = borderless_tables(lines)
    assert [row[2] for row in tables[0].rows] == [
        "", "733.000", "861.000", "4.348.371", "500.000", "997.683", "", "1.514.997",
    ]  # fmt: skip


def test_a_running_head_in_words_above_the_continued_rows_does_not_stop_the_continuation():
    carry = [70.0, 205.0, 353.0]
    head = _line(30, (200, 395, "LKjIP Kecamatan Sukamaju Tahun 2024"), (500, 510, "12"))
    total = [_line(80, (80, 120, "JUMLAH"), (362, 420, "21.348.371.653"))]
    tables, prose = borderless_tables([head, *total], carry, height=842)
    assert tables[0].rows == [["", "JUMLAH", "", "21.348.371.653"]]
    assert [line.text for line in prose] == ["LKjIP Kecamatan Sukamaju Tahun 2024 12"]


def _at(top: float, height: float, *cells: tuple[float, float, str]) -> Line:
    return Line(list(cells), top, top + height)


def test_an_html_table_with_padded_rows_and_a_centred_group_label():
    """What a browser prints (004 Tabel 2.5 through Chromium, measured): the header's lines
    vertically centred and overlapping, "TARGET" centred over its two sub-columns, rows
    apart by their cell padding only (3.6 points for 8.6-point lines, wrapped lines 0.4
    apart). Read as the text export prints it: the group label over the columns it spans."""
    h = 8.6
    lines = [
        _at(302.5, h, (389, 416, "TARGET")),
        _at(308.9, h, (122, 190, "TUJUAN/SASARAN"), (225, 262, "INDIKATOR")),
        _at(313.4, h + 4, (90, 101, "NO"), (136, 175, "STRATEGIS"), (229, 258, "KINERJA"), (294, 326, "SATUAN"),
            (351, 386, "SEBELUM"), (422, 455, "SETELAH")),
        _at(323.7, h, (345, 392, "PERUBAHAN"), (415, 462, "PERUBAHAN")),
        _at(336.0, h, (94, 97, "1"), (155, 158, "2"), (244, 247, "3"), (308, 311, "4"), (368, 371, "5"),
            (437, 440, "6")),
        _at(348.2, h, (89, 95, "1."), (112, 190, "Meningkatnya Mutu"), (212, 250, "Nilai IKM"),
            (290, 330, "Persentase"), (340, 350, "83"), (410, 413, "-")),
        _at(357.2, h, (112, 170, "Layanan Publik"), (212, 255, "Kecamatan")),
        _at(369.5, h, (89, 95, "2."), (112, 170, "Meningkatkan"), (212, 262, "Nilai SAKIP"), (290, 306, "77,9"),
            (340, 352, "BB"), (410, 413, "-")),
        _at(378.5, h, (112, 195, "akuntabilitas kinerja")),
    ]  # fmt: skip
    tables, prose = borderless_tables(lines)
    assert prose == []
    assert tables[0].rows == [
        ["NO", "TUJUAN/SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", ""],
        ["", "", "", "", "SEBELUM PERUBAHAN", "SETELAH PERUBAHAN"],
        ["1", "2", "3", "4", "5", "6"],
        ["1.", "Meningkatnya Mutu Layanan Publik", "Nilai IKM Kecamatan", "Persentase", "83", "-"],
        ["2.", "Meningkatkan akuntabilitas kinerja", "Nilai SAKIP", "77,9", "BB", "-"],
    ]


def test_the_rest_of_a_row_cut_by_the_page_break_opens_the_continued_table():
    """Word lets a row break across pages: the next page opens with the rest of its names
    (one run, then two, close together), then the table's next rows. They continue the
    table (where `tablebuild` joins them to the row above), not a paragraph titling it."""
    carry = [70.0, 200.0, 350.0, 400.0]
    rest = [
        _line(100, (220, 330, "pemeliharaan ketentraman")),
        _line(112, (80, 160, "Umum"), (220, 330, "yang terlaksana")),
    ]
    body = _rows(136, [(55, 65), (80, 190), (220, 340), (362, 390), (420, 470)], [
        ["5.", "Program Pemerintahan Umum", "Persentase koordinasi", "100", "178.430.000"],
        ["6.", "Program Pembinaan Desa", "Persentase desa dibina", "100", "13.743.300"],
    ])  # fmt: skip
    tables, prose = borderless_tables(rest + body, carry)
    assert prose == []
    assert tables[0].rows == [
        ["", "Umum", "pemeliharaan ketentraman yang terlaksana", "", ""],
        ["5.", "Program Pemerintahan Umum", "Persentase koordinasi", "100", "178.430.000"],
        ["6.", "Program Pembinaan Desa", "Persentase desa dibina", "100", "13.743.300"],
    ]


def test_years_centred_over_their_sub_columns_label_each_group():
    """004's Tabel 3.3 as Chromium prints it with a rule under the header: "2022" and
    "2023" centred over Target | Realisasi | % Capaian, on the line of the labels that span
    both header lines ("No.", "Indikator Kinerja"); the export prints each year over the
    first column of its group (line 380)."""
    cols = [(50, 65), (80, 180), (200, 230), (250, 290), (310, 350), (370, 400), (420, 460), (480, 520)]
    head = [
        _line(100, (50, 65, "No."), (80, 180, "Indikator Kinerja"), (262, 282, "2022"), (432, 452, "2023")),
        _line(
            112, *[(x0, x1, t) for (x0, x1), t in zip(cols[2:], ["Target", "Realisasi", "% Capaian"] * 2, strict=True)]
        ),
    ]
    body = _rows(136, cols, [
        ["1.", "Indeks Kepuasan Masyarakat (IKM)", "82", "82", "100", "83", "83", "100"],
        ["2.", "Nilai SAKIP", "77", "77,9", "101", "78", "78,5", "100"],
    ])  # fmt: skip
    (table,), prose = borderless_tables(head + body)
    assert prose == []
    assert table.rows[:2] == [
        ["No.", "Indikator Kinerja", "2022", "", "", "2023", "", ""],
        ["", "", "Target", "Realisasi", "% Capaian", "Target", "Realisasi", "% Capaian"],
    ]


def test_a_wrapped_line_without_descenders_stays_in_its_row():
    """LibreOffice, 002's programme table without rules: a cell's lines are set 10.3 pt
    apart, rows 14.4 pt; a line without descenders ("Daerah") is 6.6 pt high instead of
    8.4, so the white under it looks like a row's (3.7 pt). Pitch tells them apart."""
    cols = [(85, 95), (127, 200), (220, 300), (313, 400), (418, 440), (468, 520)]

    def at(top: float, height: float, *cells: tuple[int, str]) -> Line:
        return Line([(cols[k][0], cols[k][1], text) for k, text in cells], top, top + height)

    lines = [
        at(453.8, 6.4, (0, "NO."), (1, "SASARAN"), (2, "PROGRAM"), (3, "INDIKATOR"), (4, "TARGET"), (5, "ANGGARAN")),
        at(478.3, 8.4, (0, "1."), (1, "Meningkatnya"), (2, "Program Penunjang"), (3, "Persentase"), (4, "100%"), (5, "2.134.044.723")),
        at(488.7, 8.4, (1, "capaian kinerja"), (2, "Urusan"), (3, "capaian kinerja")),
        at(499.0, 6.6, (2, "Pemerintahan Daerah")),
        at(509.4, 8.4, (2, "Kabupaten/Kota")),
        at(523.8, 8.4, (0, "2."), (1, "Meningkatnya"), (2, "Program Pelayanan"), (3, "Nilai Paten"), (4, "83,25"), (5, "4.733.000")),
        at(534.1, 6.6, (2, "Publik")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[1:] == [
        ["1.", "Meningkatnya capaian kinerja", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Persentase capaian kinerja", "100%", "2.134.044.723"],
        ["2.", "Meningkatnya", "Program Pelayanan Publik", "Nilai Paten", "83,25", "4.733.000"],
    ]  # fmt: skip


def test_a_merged_name_wrapping_beside_the_next_rows_stays_in_its_own_row():
    """LibreOffice, 002's Tabel 3.x without rules (measured): the sasaran, a cell merged over
    its indicators' rows, wraps at its own pitch (10.3 pt) while rows are 14.3 pt apart; its
    second line starts 4 pt above the next row's first and its third 6.4 pt below it. Runs
    whose baselines are 4 pt apart are two lines, however their boxes overlap; the name's
    lines stay with the row they began in."""
    from ingest.read.pdf.layout import lines_from_runs

    runs = [
        (85, 141, 123.0, 131.4, "Sasaran", 129.6), (240, 300, 123.0, 131.4, "Indikator", 129.6),
        (445, 470, 123.0, 131.4, "Target", 129.6), (502, 530, 123.0, 131.4, "Realisasi", 129.6),
        (85, 141, 163.1, 171.5, "Meningkatnya kualitas", 169.7), (240, 344, 163.1, 169.7, "IKM Kecamatan Plandaan", 169.7),
        (445, 467, 163.1, 170.7, "92,67", 169.7), (502, 524, 163.1, 170.7, "92,54", 169.7),
        (85, 212, 173.4, 181.8, "penyelenggaraan pemerintahan", 180.0),
        (240, 343, 177.4, 184.0, "IPP Kecamatan Plandaan", 184.0), (445, 462, 177.4, 185.0, "3,27", 184.0),
        (502, 519, 177.4, 185.0, "3,23", 184.0),
        (85, 222, 183.8, 192.2, "dan layanan Kecamatan Plandaan", 190.4),
        (240, 370, 191.8, 200.2, "Persentase laporan", 198.4), (445, 468, 191.8, 198.4, "100%", 198.4),
        (502, 524, 191.8, 198.4, "100%", 198.4),
    ]  # fmt: skip
    lines = lines_from_runs(runs)
    assert [line.text for line in lines][2:5] == [
        "penyelenggaraan pemerintahan",
        "IPP Kecamatan Plandaan 3,27 3,23",
        "dan layanan Kecamatan Plandaan",
    ]
    (table,), _ = borderless_tables(lines)
    assert table.rows[1:] == [
        ["Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan Kecamatan Plandaan", "IKM Kecamatan Plandaan", "92,67", "92,54"],
        ["", "IPP Kecamatan Plandaan", "3,27", "3,23"],
        ["", "Persentase laporan", "100%", "100%"],
    ]  # fmt: skip


def test_a_merged_names_last_line_beside_a_later_rows_first_line_goes_with_its_row():
    """Chromium, 002's Tabel 3.1 without rules (measured): the sasaran merged over three
    indicators wraps at 10.3 pt while rows are 14.3 pt apart, so its fourth line
    ("Kecamatan") comes beside the third row's first line, its baseline 2.25 pt lower. It is
    a line of its own, and the name's, not the third row's sasaran; the rows between have
    nothing in its column."""
    from ingest.read.pdf.layout import lines_from_runs

    runs = [
        (97, 195, 237.9, 247.9, "SASARAN STRATEGIS", 246.0), (227, 318, 237.9, 247.9, "INDIKATOR KINERJA", 246.0),
        (344.5, 381, 237.9, 247.9, "TARGET", 246.0), (393.7, 442, 237.9, 247.9, "REALISASI", 246.0),
        (90, 179, 282.1, 292.1, "Meningkatnya kualitas", 290.3), (212.5, 317, 282.1, 292.1, "IKM Kecamatan Plandaan", 290.3),
        (343.5, 366, 282.1, 292.1, "93,80", 290.3), (392.7, 415.2, 282.1, 292.1, "94,22", 290.3),
        (90, 160, 292.6, 302.6, "penyelenggaraan", 300.8),
        (212.5, 315, 296.4, 306.4, "IPP Kecamatan Plandaan", 304.5), (343.5, 361, 296.4, 306.4, "3,30", 304.5),
        (392.7, 410, 296.4, 306.4, "3,49", 304.5),
        (90, 197, 302.4, 312.4, "pemerintahan dan layanan", 310.5),
        (212.5, 290.5, 310.6, 320.6, "Persentase laporan", 318.8), (343.5, 366.5, 310.6, 320.6, "100%", 318.8),
        (392.7, 415.7, 310.6, 320.6, "100%", 318.8),
        (90, 135.6, 312.9, 322.9, "Kecamatan", 321.0),
        (212.5, 325, 321.1, 331.1, "pelanggaran Perda/Perkada", 329.3),
        (212.5, 292, 331.6, 341.6, "dan Trantibum yang", 339.8),
        (212.5, 290.5, 356.4, 366.4, "Persentase laporan", 364.5), (343.5, 366.5, 356.4, 366.4, "100%", 364.5),
        (392.7, 415.7, 356.4, 366.4, "100%", 364.5),
    ]  # fmt: skip
    lines = lines_from_runs(runs)
    assert "Kecamatan" in [line.text for line in lines]
    (table,), _ = borderless_tables(lines)
    assert table.rows[1:] == [
        ["Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan Kecamatan", "IKM Kecamatan Plandaan", "93,80", "94,22"],
        ["", "IPP Kecamatan Plandaan", "3,30", "3,49"],
        ["", "Persentase laporan pelanggaran Perda/Perkada dan Trantibum yang", "100%", "100%"],
        ["", "Persentase laporan", "100%", "100%"],
    ]  # fmt: skip


def test_header_labels_set_a_little_apart_stay_one_line():
    """Chromium, 002's Tabel 2.1 without rules (measured): in its three-row header the
    sub-labels `K` and `Rp.` sit 1.5 pt (0.17 of a line) below `kegiatan` and `(sesuai SPD)`.
    Read as two lines, the header's columns came out shifted and the table's figures were
    read under the wrong labels (seven false `conflicting_values`, severity tinggi)."""
    from ingest.read.pdf.layout import lines_from_runs

    runs = [
        (422.2, 454.6, 137.5, 146.4, "kegiatan", 144.75), (604.7, 653.5, 137.5, 146.4, "(sesuai SPD)", 144.75),
        (701.4, 707.2, 139.0, 147.9, "K", 146.25), (749.8, 762.7, 139.0, 147.9, "Rp.", 146.25),
    ]  # fmt: skip
    assert [line.text for line in lines_from_runs(runs)] == ["kegiatan (sesuai SPD) K Rp."]


def test_words_of_one_line_whose_boxes_start_at_different_heights_stay_one_line():
    """LibreOffice, 001 without rules (measured): pdfium's loose box of a word without tall
    letters starts lower ("yang" at 540.0, "Daerah" at 538.7, 5.2 pt high); on one baseline
    they are one line, in their order."""
    from ingest.read.pdf.layout import lines_from_runs

    runs = [
        (314.6, 337.5, 538.7, 543.9, "Daerah", 543.9),
        (339.5, 354.6, 540.0, 545.2, "yang", 543.9),
        (356.5, 383.3, 539.3, 543.9, "tersusun", 543.9),
    ]
    assert [line.text for line in lines_from_runs(runs)] == ["Daerah yang tersusun"]


def test_group_labels_over_further_header_rows_go_to_the_first_column_they_are_centred_on():
    """Chromium, 000's Rencana Kerja Tahunan with a rule under the header (measured): a row of
    three labels, each centred over its group (SARASAN over URAIAN | INDIKATOR | TARGET,
    KEGIATAN over four columns, KETERANGAN over its own), above the sub-labels and the
    column numbers. The text export prints a group label in its group's first column."""
    h = 8.4
    lines = [
        _at(105.2, h, (159, 195, "SARASAN"), (452, 492, "KEGIATAN"), (680, 730, "KETERANGAN")),
        _at(130.6, h, (108, 136, "URAIAN"), (167, 210, "INDIKATOR"), (232, 258, "TARGET"), (319, 347, "URAIAN"),
            (411, 500, "INDIKATOR PROGRAM"), (543, 569, "TARGET"), (637, 660, "ANGGARAN")),
        _at(155.2, h, (121, 125, "1"), (191, 195, "2"), (245, 249, "3"), (331, 335, "4"), (457, 461, "5"),
            (556, 560, "6"), (631, 635, "7"), (705, 709, "8")),
        _at(172.1, h, (91, 150, "Meningkatnya"), (167, 210, "Nilai SAKIP"), (231, 266, "A (87,89)"),
            (277, 390, "PROGRAM PENUNJANG"), (403, 515, "Indeks Kepuasan"), (529, 566, "Baik (84)"),
            (601, 668, "13.875.741.254,00"), (679, 735, "Kecamatan")),
        _at(188.0, h, (277, 390, "Penyusunan Dokumen"), (403, 515, "Jumlah Dokumen"), (529, 566, "13 dokumen"),
            (601, 640, "6.905.200"), (679, 735, "Kelurahan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0] == ["SARASAN", "", "", "KEGIATAN", "", "", "", "KETERANGAN"]
    assert table.rows[1][:4] == ["URAIAN", "INDIKATOR", "TARGET", "URAIAN"]


def test_the_column_numbers_tell_apart_columns_set_closer_than_a_gutter():
    """A wide table set small (000's comparison with other kecamatan, 18 columns on a
    portrait page through WeasyPrint): two columns' figures come within 2 pt of each other,
    less than the white between columns, and read as one. The header's column numbers, one
    centred over each column, say there are two."""
    cols = [(50, 100), (110, 200), (210, 240), (242, 272), (290, 320)]

    def at(top: float, *cells: str) -> Line:
        return Line([(x0, x1, text) for (x0, x1), text in zip(cols, cells, strict=True) if text], top, top + HEIGHT)

    lines = [
        at(100, "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"),
        Line([(73, 77, "1"), (153, 157, "2"), (223, 227, "3"), (255, 259, "4"), (303, 307, "5")], 124, 124 + HEIGHT),
        at(148, "Meningkatnya", "Nilai IKM", "88,10", "88,14", "100%"),
        at(172, "Meningkatnya", "Nilai SAKIP", "87,89", "85,04", "96,76%"),
    ]
    (table,), _ = borderless_tables(lines)
    assert table.rows[-2:] == [
        ["Meningkatnya", "Nilai IKM", "88,10", "88,14", "100%"],
        ["Meningkatnya", "Nilai SAKIP", "87,89", "85,04", "96,76%"],
    ]


def test_group_labels_set_close_above_the_sub_labels_are_still_a_row_of_their_own():
    """WeasyPrint, the same table without rules (measured): the group labels end 4.3 pt above
    the sub-labels' first line (less than half a line, so one block of header lines), and
    the sub-labels are vertically centred in three lines. Still SARASAN, KEGIATAN and
    KETERANGAN head their groups, each in its group's first column."""
    h = 8.9
    lines = [
        _at(106.0, h, (166, 203, "SARASAN"), (479, 519, "KEGIATAN"), (720, 770, "KETERANGAN")),
        _at(119.2, h, (184, 225, "INDIKATOR"), (444, 530, "INDIKATOR PROGRAM/")),
        _at(123.8, h, (112, 140, "URAIAN"), (248, 276, "TARGET"), (339, 367, "URAIAN"), (578, 606, "TARGET"),
            (676, 735, "ANGGARAN (Rp)")),
        _at(128.4, h, (186, 223, "SARASAN"), (437, 537, "KEGIATAN/SUB KEGIATAN")),
        _at(141.6, h, (125, 129, "1"), (203, 207, "2"), (262, 266, "3"), (352, 356, "4"), (486, 490, "5"),
            (592, 596, "6"), (670, 674, "7"), (746, 750, "8")),
        _at(154.8, h, (90, 150, "Meningkatnya"), (175, 230, "Nilai SAKIP"), (247, 283, "A (87,89)"),
            (292, 410, "PROGRAM PENUNJANG"), (427, 545, "Indeks Kepuasan"), (561, 600, "Baik (84)"),
            (638, 705, "13.875.741.254,00"), (717, 775, "Kecamatan")),
        _at(170.0, h, (292, 410, "Penyusunan Dokumen"), (427, 545, "Jumlah Dokumen"), (561, 605, "13 dokumen"),
            (638, 680, "6.905.200"), (717, 775, "Kelurahan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0] == ["SARASAN", "", "", "KEGIATAN", "", "", "", "KETERANGAN"]
    assert table.rows[1][:5] == [
        "URAIAN",
        "INDIKATOR SARASAN",
        "TARGET",
        "URAIAN",
        "INDIKATOR PROGRAM/KEGIATAN/SUB KEGIATAN",
    ]


def test_a_label_centred_within_the_middle_of_its_sub_columns_heads_all_of_them():
    """Chromium, 000's Tabel 3.3 with a rule under the header (measured): "Target" is narrower
    than its middle year's column and sits inside it, centred over 2022 | 2023 | 2024; the
    labels spanning both header rows are centred vertically, staggering the header over five
    lines; the first body row's figures wrap under words ("Baik" over "(84)"). Read as the
    text export prints it: each group label in its group's first column, the header ending
    above the first body row."""
    h = 8.4
    lines = [
        _at(600.1, h, (302, 328, "Target"), (425, 462, "Realisasi")),
        _at(603.6, h, (98, 160, "Kinerja Utama /")),
        _at(608.6, h, (180, 247, "Indikator Kinerja")),
        _at(613.5, h, (92, 166, "Sasaran / Program")),
        _at(617.7, h, (263, 282, "2022"), (303, 322, "2023"), (346, 364, "2024"), (389, 408, "2022"), (435, 454, "2023"),
            (479, 498, "2024")),
        _at(635.3, h, (91, 144, "Meningkatnya"), (180, 245, "Indeks Kepuasan"), (260, 277, "Baik"), (298, 314, "Baik"),
            (340, 357, "Baik"), (383, 399, "Baik"), (428, 445, "Baik"), (473, 490, "Baik")),
        _at(645.1, h, (91, 161, "kualitas pelayanan"), (180, 246, "Masyarakat (IKM)"), (260, 275, "(84)"), (298, 313, "(86)"),
            (340, 355, "(88)"), (383, 412, "(83, 14)"), (428, 457, "(87, 98)"), (473, 500, "(88,14)")),
        _at(655.0, h, (180, 223, "Kecamatan")),
        _at(671.9, h, (91, 144, "Meningkatnya"), (180, 223, "Persentase"), (260, 277, "97%"), (298, 315, "97%"),
            (340, 362, "100%"), (383, 411, "99,11%"), (428, 457, "98,63%"), (473, 495, "100%")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[:3] == [
        ["Kinerja Utama / Sasaran / Program", "Indikator Kinerja", "Target", "", "", "Realisasi", "", ""],
        ["", "", "2022", "2023", "2024", "2022", "2023", "2024"],
        [
            "Meningkatnya kualitas pelayanan",
            "Indeks Kepuasan Masyarakat (IKM) Kecamatan",
            "Baik (84)",
            "Baik (86)",
            "Baik (88)",
            "Baik (83, 14)",
            "Baik (87, 98)",
            "Baik (88,14)",
        ],
    ]


def test_a_rows_rest_under_a_repeated_header_is_not_part_of_the_header():
    """Chromium, 002's Tabel 3.9 without rules, the top of a continuation page (measured): the
    repeated header staggered over nine lines, then the rest of a name the page break cut
    ("Penunjang Urusan / Pemerintahan Daerah"), set further below its column's label than a
    wrapped label's next line is. It is a row of the body (the stitcher joins it to the row
    above), not words of the header."""
    h = 5.2
    lines = [
        _at(71.8, h, (366, 387, "KINERJA"), (475, 503, "ANGGARAN")),
        _at(75.8, h, (274, 321, "INDIKATOR KINERJA")),
        _at(78.3, h, (141, 191, "SASARAN PROGRAM,"), (209, 259, "PROGRAM, KEGIATAN")),
        _at(79.8, h, (105, 112, "NO"), (272, 322, "PROGRAM, KEGIATAN"), (525, 544, "PERSEN")),
        _at(82.3, h, (334, 353, "TARGET"), (366, 391, "REALISASI"), (401, 422, "CAPAIAN"), (482, 507, "REALISASI")),
        _at(83.8, h, (136, 197, "KEGIATAN, SUB KEGIATAN"), (211, 257, "DAN SUB KEGIATAN"), (442, 456, "PAGU"),
            (524, 545, "TASE (%)")),
        _at(86.3, h, (274, 320, "DAN SUB KEGIATAN")),
        _at(87.8, h, (332, 355, "TAHUNAN"), (364, 392, "TAHUN 2022"), (408, 415, "(%)"), (481, 509, "TAHUN 2022")),
        _at(90.3, h, (524, 545, "CAPAIAN")),
        _at(97.3, h, (136, 174, "Penunjang Urusan")),
        _at(102.3, h, (136, 181, "Pemerintahan Daerah")),
        _at(110.3, h, (136, 191, "Terlaksananya Pengadaan"), (204, 253, "Pengadaan sarana dan"),
            (271, 311, "Jumlah pengadaan"), (330, 342, "3 unit"), (364, 375, "3 unit"), (400, 412, "100%"),
            (430, 460, "56,650,000.00"), (475, 505, "56,500,000.00"), (522, 537, "99.74%")),
        _at(115.8, h, (136, 181, "sarana dan prasarana"), (204, 259, "prasarana gedung kantor /"),
            (271, 316, "sarana gedung kantor")),
        _at(121.3, h, (136, 190, "gedung kantor / bangunan"), (204, 241, "bangunan lainnya")),
        _at(126.3, h, (136, 151, "lainnya")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    header = [row for row in table.rows if "SASARAN PROGRAM, KEGIATAN, SUB KEGIATAN" in row]
    assert header and all("Penunjang" not in cell for row in header for cell in row)
    assert ["", "Penunjang Urusan Pemerintahan Daerah", "", "", "", "", "", "", "", ""] in table.rows
    assert table.rows[-1][1:4] == [
        "Terlaksananya Pengadaan sarana dan prasarana gedung kantor / bangunan lainnya",
        "Pengadaan sarana dan prasarana gedung kantor / bangunan lainnya",
        "Jumlah pengadaan sarana gedung kantor",
    ]


def test_group_labels_over_columns_of_equal_width_head_their_whole_group():
    """Chromium, 000's Tabel 3.5 (measured): each kecamatan centred over its four columns of
    equal width (Target 2023, 2024, Realisasi 2023, 2024), so also over the middle two. The
    text export prints each in the first of its four: the widest span that is as well centred
    and that the neighbouring labels leave free."""
    h = 7.3
    tahun = [(199, 218), (235, 254), (271, 290), (306, 326), (342, 362), (378, 397), (414, 433), (450, 469),
             (486, 505), (521, 541), (558, 577), (595, 614), (630, 649), (665, 684), (700, 720), (736, 755)]  # fmt: skip
    lines = [
        _at(104.0, h, (222, 303, "Kecamatan Kapanjenkidul"), (373, 438, "Kecamatan Sukorejo"),
            (512, 587, "Kecamatan Sananwetan"), (637, 749, "Kecamatan Sukorejo Kab. Pasuruan")),
        _at(118.8, h, (101, 126, "Tujuan /"), (152, 180, "Indikator"), (217, 236, "Target"), (284, 312, "Realisasi"),
            (360, 380, "Target"), (427, 456, "Realisasi"), (503, 523, "Target"), (571, 600, "Realisasi"),
            (647, 667, "Target"), (714, 742, "Realisasi")),
        _at(126.6, h, (100, 126, "Sasaran"), (155, 177, "Kinerja")),
        _at(133.6, h, *[(a, b, "Tahun") for a, b in tahun]),
        _at(141.3, h, *[(a + 2, b - 2, "2023" if k % 2 == 0 else "2024") for k, (a, b) in enumerate(tahun)]),
        _at(156.1, h, (111, 115, "1"), (164, 168, "2"),
            *[(a + 8, a + 12, str(k + 3)) for k, (a, _) in enumerate(tahun)]),
        _at(172.3, h, (91, 132, "Meningkatnya"), (148, 182, "Presentase"),
            *[(a, a + 17, "100%") for a, _ in tahun]),
        _at(180.0, h, (91, 114, "kualitas"), (148, 179, "pelayanan")),
        _at(195.3, h, (91, 132, "Meningkatnya"), (148, 182, "Presentase"),
            *[(a, a + 17, "75%") for a, _ in tahun]),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    kecamatan = [
        "Kecamatan Kapanjenkidul",
        "Kecamatan Sukorejo",
        "Kecamatan Sananwetan",
        "Kecamatan Sukorejo Kab. Pasuruan",
    ]
    assert table.rows[0] == ["", ""] + [kecamatan[k // 4] if k % 4 == 0 else "" for k in range(16)]
    assert table.rows[1][:6] == ["Tujuan / Sasaran", "Indikator Kinerja", "Target", "", "Realisasi", ""]


def test_a_tall_header_over_one_row_does_not_cut_the_table_there():
    """LibreOffice, 002's Tabel 2.1 with a rule under the header (measured): a header of nine
    lines, its long labels wrapping and running over the columns below, then the column
    numbers and the rows. The labels cross the body's gutters, but the first body row agrees
    with the rows under it: one table, not a table of the header and its first row over
    another of the rest."""
    h = 6.6
    lines = [
        _at(234.9, h, (85, 103, "Kode"), (150, 224, "Urusan/bidang urusan"), (258, 314, "Indikator Kinerja"),
            (354, 375, "Target"), (411, 441, "Realisasi"), (475, 641, "Target dan realisasi kinerja program dan keluaran"),
            (684, 754, "Realisasi Kinerja dan")),
        _at(242.9, h, (150, 235, "pemerintahan daerah dan"), (258, 327, "Program (outcome) /"), (354, 376, "kinerja"),
            (411, 455, "target kinerja"), (475, 582, "kegiatan SKPD pada Renja 2022"), (684, 766, "Anggaran Renstra SKPD")),
        _at(251.0, h, (150, 208, "program/kegiatan"), (258, 316, "Kegiatan (output)"), (354, 392, "Renstra PD"),
            (411, 457, "hasil program"), (684, 755, "s/d tahun 2022 (Akhir")),
        _at(259.0, h, (354, 392, "Tahun 2022"), (411, 454, "dan keluaran"), (684, 770, "tahun pelaksanaan Renja)")),
        _at(267.1, h, (411, 451, "kegiatan s/d")),
        _at(275.1, h, (411, 447, "tahun 2022")),
        _at(279.1, h, (475, 535, "Target Renja 2022"), (583, 650, "Realisasi Triwulan II"), (684, 689, "K"), (730, 742, "Rp.")),
        _at(287.2, h, (583, 625, "(sesuai SPD)")),
        _at(307.3, h, (475, 480, "K"), (522, 533, "Rp."), (583, 588, "K"), (629, 640, "Rp.")),
        _at(335.4, h, (85, 89, "1"), (150, 154, "2"), (258, 262, "3"), (354, 358, "4"), (411, 415, "5"), (475, 479, "6"),
            (522, 526, "7"), (583, 587, "8"), (629, 633, "9"), (684, 692, "10"), (730, 738, "11")),
        _at(348.5, h, (85, 108, "7.01.01"), (150, 238, "Program: Penunjang Urusan"), (258, 322, "Persentase rata-rata"),
            (354, 372, "100%"), (411, 435, "50.00%"), (475, 493, "100%"), (522, 567, "2.388.468.992"), (583, 606, "50.00%"),
            (629, 668, "930.582.158"), (684, 708, "50.00%"), (730, 769, "930.582.158")),
        _at(356.5, h, (150, 218, "Pemerintahan Daerah"), (258, 333, "capaian kinerja aparatur")),
        _at(364.6, h, (150, 199, "Kabupaten/kota")),
        _at(376.6, h, (85, 124, "7.01.01.2.01"), (150, 225, "Kegiatan: Perencanaan,"), (258, 324, "Persentase dokumen"),
            (354, 372, "100%"), (411, 435, "57.00%"), (475, 493, "100%"), (522, 553, "4.190.700"), (583, 606, "57.00%"),
            (629, 660, "2.006.000"), (684, 708, "57.00%"), (730, 761, "2.006.000")),
        _at(384.7, h, (150, 238, "Penganggaran dan Evaluasi"), (258, 301, "perencanaan,")),
        _at(392.7, h, (150, 230, "Kinerja Perangkat Daerah"), (258, 317, "penganggaran dan")),
        _at(400.8, h, (258, 335, "evaluasi kinerja PD yang")),
        _at(408.8, h, (258, 329, "tersusun sesuai aturan")),
        _at(420.9, h, (85, 134, "7.01.01.2.01.01"), (150, 244, "Sub Kegiatan : 1. Penyusunan"), (258, 313, "Jumlah Dokumen"),
            (354, 371, "2 dok"), (411, 428, "1 dok"), (475, 492, "2 dok"), (522, 553, "2.823.200"), (583, 600, "1 dok"),
            (629, 660, "1.265.000"), (684, 701, "1 dok"), (730, 761, "1.265.000")),
        _at(428.9, h, (150, 223, "Dokumen Perencanaan"), (258, 334, "Perencanaan Perangkat")),
        _at(437.0, h, (150, 207, "Perangkat Daerah"), (258, 327, "Daerah yang tersusun")),
        _at(449.0, h, (85, 134, "7.01.01.2.01.06"), (150, 204, "2. Koordinasi dan"), (258, 333, "Jumlah laporan capaian"),
            (354, 369, "5 lap"), (411, 426, "3 lap"), (475, 490, "5 lap"), (522, 553, "1.367.500"), (583, 598, "3 lap"),
            (629, 654, "741.000"), (684, 699, "3 lap"), (730, 756, "741.000")),
        _at(457.1, h, (150, 244, "Penyusunan Laporan Capaian"), (258, 317, "kinerja dan ikhtisar")),
        _at(465.1, h, (150, 240, "Kinerja dan Ikhtisar Realisasi"), (258, 324, "realisasi kinerja yang")),
        _at(473.2, h, (150, 192, "Kinerja SKPD"), (258, 285, "tersusun")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert [row[0] for row in table.rows[-4:]] == ["7.01.01", "7.01.01.2.01", "7.01.01.2.01.01", "7.01.01.2.01.06"]
    assert table.rows[-4][3:] == [
        "100%",
        "50.00%",
        "100%",
        "2.388.468.992",
        "50.00%",
        "930.582.158",
        "50.00%",
        "930.582.158",
    ]
    assert table.rows[-1][3:] == ["5 lap", "3 lap", "5 lap", "1.367.500", "3 lap", "741.000", "3 lap", "741.000"]


def test_two_wrapped_lines_without_descenders_stay_in_their_row():
    """LibreOffice, 000's Rencana Kerja Tahunan without rules (pdfium's boxes, measured): a
    merged sasaran's indicator wraps onto "Kecamatan" and "Sananwetan" under the row's last
    full line, "daerah". None of the three has a descender, so their boxes end 1.6 to 1.9 pt
    above the line below, as if set apart; at the pitch of the lines around them they are the
    cell's next lines, not the end of the table (nor the title of the rest)."""
    lines = [
        Line([(85, 135, "Meningkatnya"), (169, 211, "Nilai SAKIP"), (242, 275, "A (87,89)"), (287, 380, "PROGRAM PENUNJANG"),
              (422, 527, "Indeks Kepuasan Masyarakat"), (556, 588, "Baik (84)"), (632, 699, "13.875.741.254,00"),
              (712, 768, "Kecamatan dan")], 281.9, 289.4),
        Line([(85, 146, "kinerja perangkat"), (169, 205, "perangkat"), (287, 387, "URUSAN PEMERINTAHAN"),
              (712, 748, "Kelurahan")], 291.1, 298.6),
        Line([(85, 110, "daerah"), (169, 194, "daerah"), (287, 395, "DAERAH KABUPATEN/KOTA")], 300.3, 306.2),
        Line([(169, 210, "Kecamatan")], 309.8, 315.4),
        Line([(169, 214, "Sananwetan")], 318.9, 324.6),
        Line([(287, 409, "Perencanaan, Penganggaran, dan"), (422, 543, "Persentase penyusunan dokumen"), (556, 576, "100%"),
              (632, 684, "79.239.300,00"), (712, 768, "Kecamatan dan")], 331.9, 339.4),
        Line([(287, 383, "Evaluasi Kinerja Perangkat"), (422, 541, "perencanaan dan pelaporan yang"),
              (712, 748, "Kelurahan")], 341.1, 348.6),
        Line([(287, 313, "Daerah"), (422, 534, "tepat waktu dan sesuai standart")], 350.3, 357.8),
        Line([(287, 368, "Penyusunan Dokumen"), (422, 534, "Jumlah Dokumen Perencanaan"), (556, 600, "13 dokumen"),
              (632, 668, "6.905.200"), (712, 752, "Kecamatan")], 363.5, 371.0),
    ]  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert prose == []
    assert table.rows[0][1] == "Nilai SAKIP perangkat daerah Kecamatan Sananwetan"
    assert [row[6] for row in table.rows] == ["13.875.741.254,00", "79.239.300,00", "6.905.200"]


def test_a_rows_rest_without_descenders_under_the_repeated_header_resumes_the_table():
    """LibreOffice, 000's Rencana Kerja Tahunan without rules, the top of a continuation page
    (pdfium's boxes, measured): the repeated header and its column numbers, then the rest of
    a row the page break cut ("Bulanan/Triwulanan/Semesteran", "SKPD") alone in its column,
    then the next rows. Measured with the height of the full lines around it, the rest is
    set as closely as wrapped lines are: the table goes on (it is no title of a new one)."""
    lines = [
        Line([(85, 125, "SARASAN"), (287, 329, "KEGIATAN"), (712, 768, "KETERANGAN")], 123.0, 128.7),
        Line([(85, 116, "URAIAN"), (169, 214, "INDIKATOR"), (242, 275, "TARGET"), (287, 318, "URAIAN"),
              (422, 466, "INDIKATOR"), (556, 589, "TARGET"), (632, 698, "ANGGARAN (Rp)")], 163.6, 171.1),
        Line([(169, 209, "SARASAN"), (422, 526, "PROGRAM/KEGIATAN/SUB")], 172.8, 178.8),
        Line([(422, 463, "KEGIATAN")], 182.2, 187.9),
        Line([(85, 90, "1"), (169, 174, "2"), (242, 247, "3"), (287, 292, "4"), (422, 426, "5"), (556, 560, "6"),
              (632, 637, "7"), (712, 716, "8")], 195.4, 201.1),
        Line([(422, 538, "Bulanan/Triwulanan/Semesteran")], 208.4, 214.3),
        Line([(422, 443, "SKPD")], 217.8, 223.5),
        Line([(287, 387, "Koordinasi dan Penyusunan"), (422, 504, "Jumlah Laporan Keuan"), (556, 589, "5 laporan"),
              (632, 668, "1.679.000"), (712, 748, "Kelurahan")], 230.8, 238.3),
        Line([(287, 355, "Laporan Keuangan"), (422, 538, "Bulanan/Triwulanan/Semesteran"), (712, 762, "Karangtengah")],
             240.0, 247.5),
        Line([(287, 403, "Bulanan/Triwulanan/Semesteran"), (422, 499, "SKPD dan Koordinasi")], 249.2, 255.1),
    ]  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert prose == []
    assert ["", "", "", "", "Bulanan/Triwulanan/Semesteran SKPD", "", "", ""] in table.rows
    assert table.rows[-1][5:7] == ["5 laporan", "1.679.000"]


def test_a_header_row_after_rows_of_figures_starts_another_table():
    """LibreOffice, 002's Tabel 2.1 with a rule under the header (measured): the performance
    agreement (four columns) and, a few lines below, its programs and budget (six columns,
    a header of their own). Less than four lines apart, the lines are one run; the second
    header is not a row of the first table but opens the second, as in the text export."""
    h = 8.5
    lines = [
        _at(200.2, h, (85, 101, "NO."), (117, 216, "SASARAN STRATEGIS"), (303, 395, "INDIKATOR KINERJA"), (489, 526, "TARGET")),
        _at(215.6, h, (85, 93, "1."), (117, 272, "Meningkatnya akuntabilitas dan kinerja"), (303, 451, "1. Nilai Evaluasi AKIP Kec. Plandaan"), (489, 499, "71")),
        _at(225.9, h, (117, 163, "Kecamatan")),
        _at(240.3, h, (85, 93, "2."), (117, 278, "Meningkatnya kualitas penyelenggaraan"), (303, 418, "1. IKM Kecamatan Plandaan"), (489, 512, "93,80")),
        _at(250.6, h, (117, 272, "pemerintahan dan layanan Kecamatan")),
        _at(254.6, h, (303, 416, "2. IPP Kecamatan Plandaan"), (489, 507, "3,30")),
        _at(269.0, h, (303, 444, "3. Persentase laporan pelanggaran"), (489, 512, "100%")),
        _at(279.3, h, (303, 446, "Perda/Perkada dan Trantibum yang")),
        _at(289.7, h, (303, 418, "ditindaklanjuti instansi terkait")),
        _at(304.0, h, (303, 394, "4. Persentase Laporan"), (489, 512, "100%")),
        _at(314.4, h, (303, 468, "pertanggungjawaban Realisasi APBDesa")),
        _at(324.7, h, (303, 349, "tepat waktu")),
        _at(339.1, h, (303, 436, "5. Persentase evaluasi Raperdes"), (489, 512, "100%")),
        _at(349.4, h, (303, 453, "APBDesa/Perubahan APBDesa tepat")),
        _at(359.8, h, (303, 327, "waktu")),
        _at(398.6, h, (85, 101, "NO."), (130, 224, "SASARAN PROGRAM"), (303, 350, "PROGRAM"), (476, 575, "INDIKATOR PROGRAM"), (650, 687, "TARGET"), (712, 765, "ANGGARAN")),
        _at(414.0, h, (85, 93, "1."), (130, 285, "Meningkatnya capaian kinerja aparatur"), (303, 414, "Program Penunjang Urusan"), (476, 621, "Persentase rata-rata capaian kinerja"), (650, 673, "100%"), (712, 769, "2.134.044.723")),
        _at(424.3, h, (303, 458, "Pemerintahan Daerah Kabupaten/Kota"), (476, 510, "Aparatur")),
        _at(438.7, h, (85, 93, "2."), (130, 258, "Meningkatnya penyelenggaraan"), (303, 410, "Program Penyelenggaraan"), (476, 567, "Nilai Paten Kecamatan"), (650, 673, "83,25"), (712, 752, "4.733.000")),
        _at(449.0, h, (130, 273, "pemerintahan dan pelayanan publik"), (303, 448, "Pemerintahan dan Pelayanan Publik")),
        _at(463.4, h, (85, 93, "3."), (130, 259, "Meningkatnya Penyelenggaraan"), (303, 442, "Program Penyelenggaraan Urusan"), (476, 597, "Persentase PHBN/PHBA yang"), (650, 673, "100%"), (712, 744, "900.000")),
        _at(473.7, h, (130, 247, "Urusan Pemerintahan Umum"), (303, 388, "Pemerintahan Umum"), (476, 528, "dilaksanakan")),
        _at(488.1, h, (476, 632, "Persentase rekomendasi Forkopimcam"), (650, 673, "100%")),
        _at(498.4, h, (476, 552, "yang ditindaklanjuti")),
        _at(512.8, h, (476, 615, "Persentase kegiatan sosial budaya"), (650, 673, "100%")),
        _at(523.1, h, (476, 552, "yang ditindaklanjuti")),
    ]  # fmt: skip
    first, second = borderless_tables(lines)[0]
    assert first.rows[0] == ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]
    assert [row[3] for row in first.rows[1:]] == ["71", "93,80", "3,30", "100%", "100%", "100%"]
    assert second.rows[0] == ["NO.", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert [row[5] for row in second.rows[1:4]] == ["2.134.044.723", "4.733.000", "900.000"]


def test_a_label_set_left_over_its_sub_columns_stays_in_its_column():
    """fpdf2, 000's Tabel 3.3 without rules (pdfium's boxes, measured): Word's way, every label
    starts where its column's cells start. "Realisasi" starts over its first year (2022) and
    happens to sit near the middle of 2024 | 2022 | 2023, free columns either side: it is set
    left over its own column, not centred over those three."""
    lines = [
        Line([(55, 151, "Kinerja Utama / Sasaran"), (163, 230, "Indikator Kinerja"), (266, 292, "Target"),
              (396, 432, "Realisasi")], 151.9, 160.1),
        Line([(55, 94, "/ Program")], 160.5, 168.7),
        Line([(266, 286, "2022"), (308, 328, "2023"), (352, 372, "2024"), (396, 416, "2022"), (450, 470, "2023"),
              (501, 521, "2024")], 185.9, 194.1),
        Line([(55, 135, "Meningkatnya kualitas"), (163, 223, "Indeks Kepuasan"), (266, 281, "Baik"), (308, 340, "Baik (86)"),
              (352, 384, "Baik (88)"), (396, 428, "Baik (83,"), (450, 482, "Baik (87,"), (501, 516, "Baik")], 211.3, 219.5),
        Line([(55, 92, "pelayanan"), (163, 224, "Masyarakat (IKM)"), (266, 281, "(84)"), (396, 408, "14)"), (450, 462, "98)"),
              (501, 527, "(88,14)")], 220.0, 228.1),
        Line([(163, 203, "Kecamatan")], 228.6, 236.7),
        Line([(55, 135, "Meningkatnya Kualitas"), (163, 241, "Persentase pelayanan"), (266, 282, "97%"), (308, 324, "97%"),
              (352, 372, "100%"), (396, 423, "99,11%"), (450, 477, "98,63%"), (501, 521, "100%")], 254.0, 262.1),
        Line([(55, 134, "Pelayanan Kecamatan"), (163, 234, "yang sesuai dengan")], 262.6, 270.7),
        Line([(163, 232, "standart pelayanan")], 271.2, 279.3),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0] == [
        "Kinerja Utama / Sasaran / Program",
        "Indikator Kinerja",
        "Target",
        "",
        "",
        "Realisasi",
        "",
        "",
    ]
    assert table.rows[1][2:] == ["2022", "2023", "2024", "2022", "2023", "2024"]


# 002's Renstra Tabel 6.1 as LibreOffice prints it at 6 pt on an A3 landscape page, no rules
# (measured): a header of four label lines, a tall gap left by the merged cells, the years,
# Realisasi/Target and Rp., the column numbers, then the rows.
_MATRIX_HEAD = [
    Line([(85, 119, "Tujuan OPD"), (157, 180, "Sasaran"), (228, 243, "Kode"), (298, 362, "Program Dan Kegiatan"),
          (389, 459, "Indikator Kinerja Tujuan,"), (475, 513, "Data Capaian"),
          (533, 653, "Realisasi Kinerja Program dan Pendanaan"), (682, 823, "Target Kinerja Program dan Kerangka Pendanaan"),
          (977, 1016, "Unit Kerja PD"), (1039, 1058, "Lokasi")], 161.4, 167.4),
    Line([(389, 440, "Sasaran, Program"), (475, 525, "Pada Tahun Awal"), (977, 1021, "Penggabungan")], 168.3, 174.3),
    Line([(389, 459, "(Outcome) Dan Kegiatan"), (475, 512, "Perencanaan")], 175.2, 181.2),
    Line([(389, 413, "(Output)")], 182.1, 188.1),
    Line([(533, 546, "2019"), (607, 620, "2020"), (682, 695, "2021"), (753, 766, "2022"), (825, 838, "2023"),
          (897, 1031, "Kondisi Kinerja pada Akhir Periode Renstra PD")], 220.6, 226.6),
    Line([(533, 559, "Realisasi"), (566, 574, "Rp"), (607, 633, "Realisasi"), (641, 649, "Rp"), (682, 700, "Target"),
          (707, 717, "Rp."), (753, 771, "Target"), (779, 789, "Rp."), (825, 843, "Target"), (851, 860, "Rp."),
          (897, 915, "Target"), (931, 941, "Rp.")], 252.2, 258.2),
    Line([(85, 89, "1"), (157, 160, "2"), (228, 231, "3"), (298, 301, "5"), (389, 393, "6"), (475, 478, "7"), (533, 536, "8"),
          (566, 570, "9"), (607, 614, "10"), (641, 647, "11"), (682, 688, "12"), (707, 714, "13"), (753, 760, "14"),
          (779, 786, "15"), (825, 832, "16"), (851, 857, "17"), (897, 903, "18"), (931, 938, "19"), (977, 984, "20"),
          (1039, 1046, "21")], 276.9, 282.9),
]  # fmt: skip


def _matrix_row(top: float, name: str, amount: str) -> Line:
    """A body row of that table: its indicator, 2019-2020 figures, N/A targets and an amount
    in the 2022 Rp. column (779 onwards)."""
    return Line([(389, 449, name), (475, 490, "72,25"), (533, 548, "66,14"), (566, 600, "122.690.000"), (607, 622, "68,55"),
                 (641, 671, "49.525.700"), (682, 692, "N/A"), (707, 717, "N/A"), (753, 763, "N/A"),
                 (779, 779 + 3.4 * len(amount), amount), (825, 835, "N/A"), (851, 861, "N/A"), (897, 907, "N/A"),
                 (931, 941, "N/A"), (977, 998, "CAMAT"), (1039, 1078, "Kec. Plandaan")], top, top + 6)  # fmt: skip


def test_a_tall_header_ending_in_one_label_word_stays_with_its_years_and_rows():
    """Under the header's last line - one word, "(Output)", the end of a label - a gap of
    five lines (the merged cells' height) before the years: still the header, because every
    line above is a label and the first is a row of them. At 7 pt the last line had two
    labels and was kept; at 6 pt the table was cut in two there and its body lost."""
    lines = [*_MATRIX_HEAD, _matrix_row(287.8, "Nilai Sinergitas", "N/A"), _matrix_row(305.6, "Indeks Kepuasan", "N/A")]
    (table,), prose = borderless_tables(lines)
    assert prose == []
    assert [row[0] for row in table.rows[:1]] == ["Tujuan OPD"]
    assert "2019" in table.rows[1] and "Nilai Sinergitas" in table.rows[-2]


def test_a_label_ending_inside_a_gutter_does_not_close_it():
    """ "Target Kinerja Program dan Kerangka Pendanaan" runs over four sub-columns and ends
    1.8 pt short of the 2023 Target column; the amounts of the 2022 Rp. column end 7.6 pt
    short of it. The white between them is a gutter the label only narrows: 2022's Rp. and
    2023's Target stay two columns (they were read as one: "15 16", "N/A N/A")."""
    body = [_matrix_row(287.8 + 18 * k, "Nilai Sinergitas", amount) for k, amount in enumerate(
        ["2.134.044.723", "2.951.900", "1.877,391,123", "58,200,000", "460,000", "23.083.800"])]  # fmt: skip
    head = [line for line in _MATRIX_HEAD if line.segments[0][2] != "(Output)"]  # this rule alone
    (table,), _ = borderless_tables([*head, *body])
    numbers = next(row for row in table.rows if row[:3] == ["1", "2", "3"])
    assert "15" in numbers and "16" in numbers
    assert table.rows[-6][table.rows[-6].index("2.134.044.723") :][:2] == ["2.134.044.723", "N/A"]


def test_a_repeated_header_over_rows_that_split_a_merged_column_goes_with_them():
    """004's Tabel 2.4 through Chromium without rules (measured): the page before read the
    table in six columns (its one row left the merged SASARAN column empty); here the header
    is repeated - it fits those columns - and the rows under it set a number and a name in
    SASARAN, crossing them. Not a continuation of two header lines followed by another
    table: header and rows are read together, in their own seven columns (the assembler
    joins them to the table by the repeated header)."""
    lines = [
        Line([(91, 105, "NO"), (182, 218, "TUJUAN"), (296, 340, "SASARAN"), (569, 660, "INDIKATOR KINERJA"),
              (711, 729, "SAT."), (742, 778, "TARGET")], 73.2, 82.2),
        Line([(92, 103, "(1)"), (195, 206, "(2)"), (313, 324, "(3)"), (609, 620, "(4)"), (714, 725, "(5)"),
              (755, 766, "(6)")], 87.4, 96.4),
        Line([(295, 307, "1.1"), (352, 495, "Meningkatnya Mutu Layanan Publik"), (531, 662, "Persentase Layanan Publik yang"),
              (710, 718, "%"), (741, 751, "83")], 101.7, 110.7),
        Line([(531, 654, "diselenggarakan di Kecamatan")], 112.2, 121.2),
        Line([(295, 307, "1.2"), (352, 490, "Meningkatnya akuntabilitas kinerja"), (531, 577, "Nilai SAKIP"),
              (710, 727, "77,9"), (741, 753, "BB")], 126.4, 135.4),
        Line([(352, 423, "perangkat daerah")], 136.9, 145.9),
        Line([(295, 307, "1.3"), (352, 518, "Meningkatnya Capaian Kinerja Perangkat"),
              (531, 675, "Persentase terpenuhinya kebutuhan"), (710, 718, "%"), (741, 756, "100")], 151.2, 160.2),
        Line([(352, 430, "Daerah Kecamatan"), (531, 646, "sarana dan prasarana kantor")], 160.9, 169.9),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines, carry=[111, 272, 435, 685, 735])
    assert table.rows[0] == ["NO", "TUJUAN", "SASARAN", "", "INDIKATOR KINERJA", "SAT.", "TARGET"]
    assert table.rows[-1][2:] == [
        "1.3",
        "Meningkatnya Capaian Kinerja Perangkat Daerah Kecamatan",
        "Persentase terpenuhinya kebutuhan sarana dan prasarana kantor",
        "%",
        "100",
    ]


def test_labels_centred_right_of_short_figures_in_several_header_rows_are_one_column():
    """002's Renstra Tabel 6.1 from WeasyPrint on A3 at 6 pt, no rules (measured): labels and
    column numbers centred in narrow columns, figures set left: the `Rp.` of 2021 and its
    number `13` sit right of the body's `N/A`, leaving white the width of a gutter between
    them. They are in two header rows (the label, then the numbers), with the group label
    `2021` over the figures' side in another: still one column (was a column of its own
    between 12 and 13, every amount after it one column off its label)."""
    lines = [
    Line([(547, 667, 'Realisasi Kinerja Program dan Pendanaan'), (759, 900, 'Target Kinerja Program dan Kerangka Pendanaan')], 104.0, 110.7),
    Line([(397, 467, 'Indikator Kinerja Tujuan,')], 108.0, 114.7),
    Line([(485, 523, 'Data Capaian')], 111.4, 118.1),
    Line([(406, 458, 'Sasaran, Program'), (907, 967, 'Kondisi Kinerja pada'), (989, 1027, 'Unit Kerja PD')], 114.9, 121.6),
    Line([(104, 138, 'Tujuan OPD'), (180, 204, 'Sasaran'), (255, 270, 'Kode'), (311, 376, 'Program Dan Kegiatan'), (479, 528, 'Pada Tahun Awal'), (563, 576, '2019'), (638, 651, '2020'), (711, 724, '2021'), (782, 796, '2022'), (854, 868, '2023'), (1060, 1079, 'Lokasi')], 118.3, 125.0),
    Line([(397, 467, '(Outcome) Dan Kegiatan'), (900, 973, 'Akhir Periode Renstra PD'), (987, 1030, 'Penggabungan')], 121.8, 128.5),
    Line([(485, 522, 'Perencanaan')], 125.2, 131.9),
    Line([(420, 444, '(Output)')], 128.7, 135.4),
    Line([(536, 562, 'Realisasi'), (583, 591, 'Rp'), (611, 637, 'Realisasi'), (657, 665, 'Rp'), (685, 703, 'Target'), (725, 735, 'Rp.'), (757, 775, 'Target'), (797, 807, 'Rp.'), (829, 847, 'Target'), (869, 878, 'Rp.'), (905, 923, 'Target'), (949, 959, 'Rp.')], 132.7, 139.4),
    Line([(119, 122, '1'), (190, 194, '2'), (261, 264, '3'), (342, 345, '5'), (430, 434, '6'), (502, 505, '7'), (548, 551, '8'), (585, 588, '9'), (621, 627, '10'), (658, 665, '11'), (691, 698, '12'), (727, 733, '13'), (763, 769, '14'), (799, 805, '15'), (834, 841, '16'), (870, 877, '17'), (911, 917, '18'), (951, 957, '19'), (1005, 1012, '20'), (1066, 1072, '21')], 143.6, 150.3),
    Line([(88, 148, 'Meningkatnya Kualitas'), (392, 471, 'Indeks Kepuasan Masyarakat'), (478, 493, '87,86'), (535, 550, '95,25'), (569, 602, '538,666,977'), (610, 625, '93,81'), (644, 677, '532,445,294'), (684, 694, 'N/A'), (710, 720, 'N/A'), (756, 766, 'N/A'), (782, 792, 'N/A'), (828, 838, 'N/A'), (853, 863, 'N/A'), (900, 910, 'N/A'), (934, 944, 'N/A'), (980, 1001, 'CAMAT'), (1042, 1081, 'Kec. Plandaan')], 154.5, 161.2),
    Line([(88, 129, 'Layanan Publik'), (392, 449, 'Kecamatan Plandaan')], 161.4, 168.1),
    Line([(88, 147, 'Meningkatnya kualitas'), (392, 452, 'Nilai Sinergitas Kinerja'), (478, 493, '72,25'), (535, 550, '66,14'), (569, 602, '122.690.000'), (610, 625, '68,55'), (644, 674, '49.525.700'), (684, 694, 'N/A'), (710, 720, 'N/A'), (756, 766, 'N/A'), (782, 792, 'N/A'), (828, 838, 'N/A'), (853, 863, 'N/A'), (900, 910, 'N/A'), (934, 944, 'N/A'), (980, 1001, 'CAMAT'), (1042, 1081, 'Kec. Plandaan')], 172.3, 179.0),
    Line([(88, 127, 'pelayanan dan'), (392, 472, 'Kecamatan Plandaan Minimal')], 179.2, 185.9),
    Line([(88, 134, 'penyelenggaraan'), (392, 406, 'BAIK')], 186.1, 192.8),
    Line([(88, 125, 'pemerintahan')], 193.0, 199.7),
    Line([(88, 145, 'Kecamatan Plandaan')], 199.9, 206.6),
    Line([(231, 284, '4.01.4.01.21.01.106'), (300, 360, 'Program Fasilitasi dan'), (392, 464, 'Nilai Sinergitas Kecamatan'), (478, 493, '72,25'), (535, 550, '66,14'), (569, 602, '122.690.000'), (610, 625, '68,55'), (644, 674, '49.525.700'), (684, 694, 'N/A'), (710, 720, 'N/A'), (756, 766, 'N/A'), (782, 792, 'N/A'), (828, 838, 'N/A'), (853, 863, 'N/A'), (900, 910, 'N/A'), (934, 944, 'N/A'), (980, 1001, 'CAMAT'), (1042, 1081, 'Kec. Plandaan')], 210.8, 217.5),
    Line([(300, 376, 'koordinasi penyelenggaraan'), (392, 455, 'Plandaan Minimal BAIK')], 217.7, 224.4),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    numbers = next(row for row in table.rows if row[:3] == ["1", "2", "3"])
    assert numbers[numbers.index("12") + 1] == "13"
    first = next(row for row in table.rows if "87,86" in row)
    assert first[numbers.index("12") : numbers.index("14")] == ["N/A", "N/A"]


def test_figures_between_two_centred_labels_go_with_one_of_them():
    """001's Tabel 3.1.4 from WeasyPrint with padded cells (measured): `Realisasi Tahun n` and
    `Realisasi Nasional` centred over short figures set left (`73,47`, `N/A`). The white
    between `N/A` and the label `n` on its left, and between it and `Realisasi Nasional` on
    its right, both look like a label apart from its figures; joined left to right, `N/A`
    goes with one (Realisasi Nasional), not both into one column with `73,47`."""
    lines = [
        Line([(443, 511, 'Realisasi Tahun'), (547, 586, 'Realisasi')], 359.4, 369.5),
        Line([(134, 210, 'Sasaran Strategis'), (310, 382, 'Indikator Kinerja'), (690, 707, 'Ket.')], 364.6, 374.6),
        Line([(474, 479, 'n'), (547, 585, 'Nasional')], 369.8, 379.8),
        Line([(170, 175, '1'), (343, 348, '2'), (474, 479, '3'), (564, 569, '4'), (696, 701, '5')], 388.1, 398.2),
        Line([(92, 249, 'Meningkatnya Akuntabilitas dan Kinerja'), (266, 391, 'Nilai Evaluasi AKIP Kecamatan'), (440, 462, '73,47'), (528, 543, 'N/A'), (619, 737, 'Indikator nasional adalah nilai')], 407.5, 417.5),
        Line([(92, 138, 'Kecamatan'), (266, 304, 'Sumobito'), (619, 770, 'akuntabilitas kinerja rata-rata nasional')], 417.8, 427.9),
        Line([(92, 247, 'Meningkatnya Kualitas Layanan Publik'), (266, 399, 'Indeks Kualitas Pelayanan Publik'), (440, 457, '8,14'), (528, 531, '-'), (619, 741, 'Tidak ditemukan hasil nasional')], 436.2, 446.2),
        Line([(266, 381, '(IKPP) Kecamatan Sumobito')], 446.5, 456.6),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0][3] == "Realisasi Nasional"
    assert table.rows[-3:] == [
        ["1", "2", "3", "4", "5"],
        [
            "Meningkatnya Akuntabilitas dan Kinerja Kecamatan",
            "Nilai Evaluasi AKIP Kecamatan Sumobito",
            "73,47",
            "N/A",
            "Indikator nasional adalah nilai akuntabilitas kinerja rata-rata nasional",
        ],
        [
            "Meningkatnya Kualitas Layanan Publik",
            "Indeks Kualitas Pelayanan Publik (IKPP) Kecamatan Sumobito",
            "8,14",
            "-",
            "Tidak ditemukan hasil nasional",
        ],
    ]


def test_a_stray_label_beside_a_column_of_words_stays_apart_from_it():
    """002's `5 UNIT KERJA` table printed by LibreOffice with a rule under the header
    (measured): its export prints `% REALISASI` in a last header cell of its own, right of
    `BUKTI DUKUNG`, over no body cell. The white between that label and `BUKTI DUKUNG`'s
    sentences is no label centred over its figures: the two columns stay apart (joined,
    the sentences took the stray label and the table lost a column)."""
    lines = [
        Line([(85, 94, 'NO'), (152, 178, 'KINERJA'), (229, 291, 'INDIKATOR KINERJA'), (308, 332, 'TARGET'), (340, 372, 'REALISASI'), (386, 414, 'CAPAIAN'), (422, 578, 'KETERKAITAN DENGAN KOMPONEN PERENCANAAN'), (632, 672, 'PENJELASAN'), (680, 740, 'ALTERNATIF/UPAYA'), (759, 805, 'BUKTI DUKUNG')], 120.7, 126.7),
        Line([(229, 256, 'INDIVIDU'), (340, 349, 's.d'), (386, 396, '(%)'), (680, 719, 'YANG TELAH')], 127.6, 133.6),
        Line([(340, 378, 'TRIBUNAL IV'), (680, 716, 'DILAKUKAN')], 134.5, 140.5),
        Line([(422, 431, 'NO'), (439, 457, 'NAMA'), (523, 558, 'ANGGARAN'), (578, 623, 'REALISASI (Rp)'), (838, 843, '%')], 153.3, 159.3),
        Line([(439, 506, 'PROGRAM/KEGIATAN /'), (523, 535, '(Rp)'), (838, 870, 'REALISASI')], 160.2, 166.2),
        Line([(439, 484, 'SUB KEGIATAN')], 167.1, 173.1),
        Line([(85, 89, '1'), (152, 208, 'Pengimplementasian'), (229, 281, 'Nilai Evaluasi AKIP'), (308, 323, '71.00'), (340, 355, '70.17'), (386, 407, '98.83%'), (422, 426, '1'), (439, 512, 'Program penunjang Urusan'), (523, 570, '2,134,044,723.00'), (578, 624, '2,002,041,515.00'), (632, 652, '93.81%'), (680, 752, 'Tingkat keberhasilan dapat'), (759, 816, 'Telah dilakukan rapat')], 179.0, 185.0),
        Line([(152, 219, 'SAKIP yang membudaya'), (229, 287, 'Kecamatan Plandaan'), (439, 496, 'Pemerintahan daerah'), (680, 738, 'dinilai kurang berhasil'), (759, 819, 'internal dan koordinasi')], 185.9, 191.9),
        Line([(152, 215, 'di Kecamatan Plandaan'), (439, 480, 'kabupaten/kota'), (680, 734, 'namun masih dalam'), (759, 801, 'dengan seluruh')], 192.8, 198.8),
        Line([(680, 737, 'kategori BB. Indikator'), (759, 806, 'stakeholder untuk')], 199.7, 205.7),
        Line([(680, 752, 'kinerja utama nilai evaluasi'), (759, 827, 'perbaikan dokumen AKIP')], 206.6, 212.6),
        Line([(680, 752, 'AKIP Kec. Plandaan belum'), (759, 824, 'Rencana Tindak Lanjut :')], 213.5, 219.5),
        Line([(680, 746, 'berhasil mencapai target'), (759, 829, 'Berkoordinasi dengan Tim')], 220.4, 226.4),
        Line([(680, 749, 'yang ditetapkan (target 71'), (759, 820, 'AKIP Kabupaten untuk')], 227.3, 233.3),
        Line([(680, 748, 'terealisasi 70.17, tercapai'), (759, 830, 'pendampingan dan segera')], 234.2, 240.2),
        Line([(680, 750, '98,83%). Hambatan : Nilai'), (759, 831, 'dilakukan tindak lanjut atas')], 241.1, 247.1),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    bukti = table.rows[0].index("BUKTI DUKUNG")
    assert table.rows[1][bukti + 1] == "% REALISASI"
    assert table.rows[2][bukti].startswith("Telah dilakukan rapat") and table.rows[2][bukti + 1] == ""


def test_group_labels_centred_over_years_that_share_a_line_with_a_tall_label():
    """000's Tabel 3.3 through Chromium without rules (measured): header cells centred
    vertically, so the years under `Target` and `Realisasi` share their line with the last
    words of the tall first label (`Sasaran / Program`) and fall in one block of header lines
    with the group labels. Each group label still heads its three years, as the export
    prints it (was: `Target 2023` over the middle year only, 2022 and 2024 bare)."""
    lines = [
        Line([(101.8, 167.3, 'Kinerja Utama /'), (324.6, 351.4, 'Target'), (449.5, 488.5, 'Realisasi')], 596.4, 608.6),
        Line([(194.9, 265.9, 'Indikator Kinerja')], 603.1, 613.1),
        Line([(94.8, 174.3, 'Sasaran / Program'), (285.3, 305.3, '2022'), (325.7, 345.7, '2023'), (368.4, 388.4, '2024'), (413.2, 433.2, '2022'), (460.0, 480.1, '2023'), (505.9, 525.9, '2024')], 608.4, 620.6),
        Line([(90.1, 146.2, 'Meningkatnya'), (189.9, 259.4, 'Indeks Kepuasan'), (281.7, 299.2, 'Baik'), (319.8, 337.3, 'Baik'), (362.4, 380.0, 'Baik'), (405.2, 440.6, 'Baik (83,'), (452.0, 487.5, 'Baik (87,'), (498.9, 516.4, 'Baik')], 624.9, 634.9),
        Line([(90.1, 164.7, 'kualitas pelayanan'), (189.9, 260.8, 'Masyarakat (IKM)'), (281.7, 297.7, '(84)'), (319.8, 335.8, '(86)'), (362.4, 378.5, '(88)'), (405.2, 418.2, '14)'), (452.0, 465.0, '98)'), (498.9, 527.4, '(88,14)')], 635.4, 645.4),
        Line([(189.9, 235.4, 'Kecamatan')], 645.9, 655.9),
        Line([(90.1, 146.2, 'Meningkatnya'), (189.9, 235.4, 'Persentase'), (281.7, 299.7, '97%'), (319.8, 337.8, '97%'), (362.4, 385.5, '100%'), (405.2, 435.7, '99,11%'), (452.0, 482.5, '98,63%'), (498.9, 521.9, '100%')], 660.1, 670.1),
        Line([(90.1, 167.1, 'Kualitas Pelayanan'), (189.9, 253.4, 'pelayanan yang')], 670.6, 680.6),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[:2] == [
        ["Kinerja Utama / Sasaran / Program", "Indikator Kinerja", "Target", "", "", "Realisasi", "", ""],
        ["", "", "2022", "2023", "2024", "2022", "2023", "2024"],
    ]


def test_a_source_note_set_close_under_the_last_row_is_not_its_cell():
    """000 Tabel 3.1 through LibreOffice (a rule under the header only): "Sumber : Laporan
    Evaluasi ..." sits a line under the last row's wrapped sasaran, as close as a wrapped
    line; it is the table's note, not the rest of the sasaran (nor of any other cell)."""
    lines = _rows(100, AGREEMENT, [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
        ["1.", "Meningkatnya Kinerja", "Nilai SAKIP Kecamatan", "87,89"],
    ])  # fmt: skip
    wrapped = _line(100 + ROW + HEIGHT + 1, (220, 300, "Sananwetan"))
    for note in ("Sumber : Laporan Evaluasi Capaian Kinerja Tahun 2024", "Keterangan: data sementara"):
        source = _line(100 + ROW + 2 * HEIGHT + 2, (50, 330, note))
        tables, prose = borderless_tables([*lines, wrapped, source])
        assert [t.rows for t in tables] == [[
            ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
            ["1.", "Meningkatnya Kinerja", "Nilai SAKIP Kecamatan Sananwetan", "87,89"],
        ]]  # fmt: skip
        assert [line.text for line in prose] == [note]


def test_a_group_label_centred_over_its_cells_heads_sub_labels_set_left_in_them():
    """001's Tabel 3.1.2.1 through WeasyPrint without rules (measured, page 21): "Realisasi"
    centred over the merged cell of 2022 | 2023 | 2024, whose years and figures are set left
    in their cells. The text ends short of the last column's right edge, so measured by the
    columns the text draws the label sits off their middle; measured by the years under it,
    it is centred. Read as one column, the 2022 and 2024 realisations had no year label and
    the 2023 column was filed as the year before."""
    lines = [
        _at(105.5, 10.6, (385.1, 411.8, "Target"), (466.7, 504.5, "Realisasi")),
        _at(112.7, 8.5, (118.0, 193.4, "Sasaran Strategis"), (260.5, 331.0, "Indikator Kinerja")),
        _at(117.9, 8.7, (380.1, 416.3, "Tahunan"), (440.6, 459.9, "2022"), (475.9, 495.3, "2023"),
            (511.2, 530.9, "2024")),
        _at(134.2, 8.5, (91.2, 216.4, "Meningkatnya Akuntabilitas dan"),
            (232.7, 355.8, "Nilai Evaluasi AKIP Kecamatan"), (370.1, 379.2, "72"), (438.5, 460.2, "70,03"),
            (473.8, 495.5, "71,13"), (509.1, 530.7, "73,47")),
        _at(144.6, 8.5, (91.2, 165.9, "Kinerja Kecamatan"), (232.4, 269.6, "Sumobito")),
        _at(158.9, 8.5, (91.2, 217.4, "Meningkatnya Kualitas Layanan"), (232.8, 337.4, "Indeks Kualitas Pelayanan"),
            (370.1, 374.3, "8"), (438.8, 453.0, "N/A"), (473.8, 490.5, "7,68"), (509.1, 525.9, "8,14")),
        _at(169.3, 8.5, (91.2, 115.0, "Publik"), (232.7, 332.9, "Publik (IKPP) Kecamatan")),
        _at(179.6, 6.7, (232.4, 269.6, "Sumobito")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[:2] == [
        ["Sasaran Strategis", "Indikator Kinerja", "Target Tahunan", "Realisasi", "", ""],
        ["", "", "", "2022", "2023", "2024"],
    ]


def test_labels_a_browser_staggers_over_several_one_run_lines_open_the_header():
    """002's Tabel 3.6 through Chromium without rules (measured, page 33): the header's
    labels are centred vertically in cells of different heights, so "Capaian Kinerja" and
    "Indikator Kinerja" each stand alone on a line above the first line of two columns. Only
    a single such line was taken into the table: "Capaian Kinerja" became prose and its two
    columns were filed under "Realisasi Kinerja" (61 capaian values lost). A title set apart
    above the header stays prose."""
    lines = [
        _at(481.6, 9.5, (98, 330, "Realisasi kinerja serta capaian kinerja")),
        _at(495.4, 7.2, (301, 322, "2022")),
        _at(512.5, 8.9, (469, 530, "Capaian Kinerja")),
        _at(514.8, 8.9, (203, 267, "Indikator Kinerja")),
        _at(517.0, 8.9, (299, 352, "Target Kinerja"), (384, 448, "Realisasi Kinerja")),
        _at(519.3, 8.9, (93, 181, "Program, Kegiatan dan")),
        _at(522.3, 10.4, (199, 270, "Program, Kegiatan"), (493, 506, "(%)")),
        _at(528.3, 8.9, (112, 163, "Sub Kegiatan")),
        _at(532.8, 8.9, (201, 269, "dan Sub Kegiatan")),
        _at(535.0, 8.9, (294, 312, "2021"), (339, 357, "2022"), (384, 402, "2021"), (429, 447, "2022"),
            (472, 490, "2021"), (511, 528, "2022")),
        _at(548.5, 8.9, (90, 160, "Program penunjang"), (195, 268, "Persentase rata-rata"), (286, 306, "100%"),
            (331, 351, "100%"), (376, 396, "100%"), (421, 442, "100%"), (466, 487, "100%"), (506, 527, "100%")),
        _at(557.5, 8.9, (90, 168, "Urusan Pemerintahan"), (195, 249, "capaian kinerja")),
        _at(578.5, 8.9, (90, 160, "Perencanaan"), (195, 268, "Persentase dokumen"), (286, 306, "100%"),
            (331, 351, "100%"), (376, 396, "100%"), (421, 442, "100%"), (466, 487, "90%"), (506, 527, "100%")),
    ]  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert [line.text for line in prose] == ["Realisasi kinerja serta capaian kinerja", "2022"]
    # as the text export prints it (002:989); "(%)", starting inside the white between the
    # years under it, was a header row of its own over 2022
    assert table.rows[0][6] == "Capaian Kinerja (%)"
    assert table.rows[1] == ["", "", "2021", "2022", "2021", "2022", "2021", "2022"]
    assert table.rows[-1] == ["Perencanaan", "Persentase dokumen", *["100%"] * 4, "90%", "100%"]


def test_a_header_staggered_over_more_lines_than_a_header_has_rows_ends_at_its_column_numbers():
    """002"s appendix Renja Tabel 2.1 through WeasyPrint with a header rule, landscape
    (measured, page 93): eleven columns whose labels a browser centres vertically, each on a
    line of its own half a line below the last, fourteen lines over ten lines" height. The
    header was looked for in its first twelve lines only: none was found, nor the column
    numbers under it, so columns 8 and 9 stayed one and every later figure moved left
    (realisasi read as pagu: three tinggi conflicting_values). Lines set within the height
    of those above them are not counted as lines of the header."""
    lines = [
        _at(106.8, 7.0, (699.4, 769.8, "Realisasi Kinerja dan")),
        _at(114.9, 7.0, (496.9, 662.1, "Target dan realisasi kinerja program dan keluaran"),
            (693.5, 775.6, "Anggaran Renstra SKPD")),
        _at(118.8, 7.0, (427.8, 458.2, "Realisasi")),
        _at(122.9, 7.0, (526.2, 632.8, "kegiatan SKPD pada Renja 2022"), (699.2, 770.0, "s/d tahun 2022 (Akhir")),
        _at(126.9, 7.0, (371.9, 392.8, "Target"), (421.0, 465.0, "target kinerja")),
        _at(130.9, 7.0, (166.9, 241.2, "Urusan/bidang urusan"), (278.5, 333.7, "Indikator Kinerja"),
            (691.4, 777.7, "tahun pelaksanaan Renja)")),
        _at(134.9, 7.0, (371.1, 393.6, "kinerja"), (419.8, 466.1, "hasil program")),
        _at(139.0, 7.0, (108.6, 126.1, "Kode"), (161.4, 246.6, "pemerintahan daerah dan"),
            (271.8, 340.3, "Program (outcome) /")),
        _at(143.0, 7.0, (363.5, 401.2, "Renstra PD"), (421.4, 464.6, "dan keluaran")),
        _at(147.0, 7.0, (174.7, 233.4, "program/kegiatan"), (277.1, 335.0, "Kegiatan (output)"),
            (600.0, 666.6, "Realisasi Triwulan II")),
        _at(151.0, 7.0, (363.3, 401.3, "Tahun 2022"), (422.8, 463.2, "kegiatan s/d"),
            (499.2, 558.6, "Target Renja 2022")),
        _at(155.1, 7.0, (611.9, 654.7, "(sesuai SPD)")),
        _at(159.1, 7.0, (424.7, 461.3, "tahun 2022"), (704.6, 709.6, "K"), (752.1, 763.4, "Rp.")),
        _at(171.1, 7.0, (496.0, 501.0, "K"), (546.7, 557.9, "Rp."), (603.3, 608.4, "K"), (650.8, 662.1, "Rp.")),
        _at(187.2, 7.0, (115.4, 119.3, "1"), (202.1, 206.0, "2"), (304.1, 308.0, "3"), (380.4, 384.3, "4"),
            (441.0, 444.9, "5"), (496.6, 500.5, "6"), (550.4, 554.2, "7"), (603.9, 607.8, "8"), (654.5, 658.4, "9"),
            (703.2, 711.0, "10"), (753.8, 761.6, "11")),
        _at(204.2, 7.0, (92.0, 115.4, "7.01.01"), (156.7, 245.4, "Program: Penunjang Urusan"),
            (265.4, 329.2, "Persentase rata-rata"), (360.8, 378.7, "100%"), (417.9, 441.6, "50.00%"),
            (482.1, 500.0, "100%"), (528.9, 573.7, "2.388.468.992"), (589.7, 613.4, "50.00%"),
            (636.0, 674.9, "930.582.158"), (690.9, 714.7, "50.00%"), (737.3, 776.2, "930.582.158")),
        _at(212.3, 7.0, (156.7, 225.2, "Pemerintahan Daerah"), (265.4, 340.4, "capaian kinerja aparatur")),
        _at(220.3, 7.0, (156.7, 205.7, "Kabupaten/kota")),
        _at(236.4, 7.0, (92.0, 131.0, "7.01.01.2.01"), (156.7, 231.8, "Kegiatan: Perencanaan,"),
            (265.4, 331.5, "Persentase dokumen"), (360.8, 378.7, "100%"), (417.9, 441.6, "57.00%"),
            (482.1, 500.0, "100%"), (528.9, 560.1, "4.190.700"), (589.7, 613.4, "57.00%"),
            (636.0, 667.2, "2.006.000"), (690.9, 714.7, "57.00%"), (737.3, 768.4, "2.006.000")),
        _at(244.4, 7.0, (156.7, 244.6, "Penganggaran dan Evaluasi"), (265.4, 308.2, "perencanaan,")),
        _at(252.5, 7.0, (156.7, 237.2, "Kinerja Perangkat Daerah"), (265.4, 324.1, "penganggaran dan")),
        _at(260.5, 7.0, (265.4, 342.4, "evaluasi kinerja PD yang")),
        _at(268.6, 7.0, (265.4, 336.2, "tersusun sesuai aturan")),
        _at(284.6, 7.0, (92.0, 140.7, "7.01.01.2.01.01"), (156.7, 251.2, "Sub Kegiatan : 1. Penyusunan"),
            (265.4, 319.8, "Jumlah Dokumen"), (360.8, 377.9, "2 dok"), (417.9, 435.0, "1 dok"),
            (482.1, 499.2, "2 dok"), (528.9, 560.1, "2.823.200"), (589.7, 606.8, "1 dok"),
            (636.0, 667.2, "1.265.000"), (690.9, 708.1, "1 dok"), (737.3, 768.4, "1.265.000")),
        _at(292.7, 7.0, (156.7, 230.2, "Dokumen Perencanaan"), (265.4, 340.8, "Perencanaan Perangkat")),
        _at(300.7, 7.0, (156.7, 213.5, "Perangkat Daerah"), (265.4, 334.2, "Daerah yang tersusun")),
        _at(316.8, 7.0, (92.0, 140.7, "7.01.01.2.01.06"), (156.7, 211.2, "2. Koordinasi dan"),
            (265.4, 339.7, "Jumlah laporan capaian"), (360.8, 376.0, "5 lap"), (417.9, 433.1, "3 lap"),
            (482.1, 497.3, "5 lap"), (528.9, 560.1, "1.367.500"), (589.7, 604.9, "3 lap"), (636.0, 661.3, "741.000"),
            (690.9, 706.1, "3 lap"), (737.3, 762.6, "741.000")),
        _at(324.8, 7.0, (156.7, 251.2, "Penyusunan Laporan Capaian"), (265.4, 323.7, "kinerja dan ikhtisar")),
        _at(332.9, 7.0, (156.7, 246.9, "Kinerja dan Ikhtisar Realisasi"), (265.4, 330.7, "realisasi kinerja yang")),
        _at(340.9, 7.0, (156.7, 199.5, "Kinerja SKPD"), (265.4, 292.2, "tersusun")),
        _at(357.0, 7.0, (92.0, 131.0, "7.01.01.2.02"), (156.7, 225.9, "Kegiatan: Administrasi"),
            (265.4, 342.0, "1. Persentase Pencairan"), (360.8, 378.7, "100%"), (417.9, 441.6, "50.00%"),
            (482.1, 500.0, "100%"), (528.9, 573.7, "2.196.418.492"), (589.7, 613.4, "50.00%"),
            (636.0, 674.9, "837.232.462"), (690.9, 714.7, "50.00%"), (737.3, 776.2, "837.232.462")),
        _at(365.0, 7.0, (156.7, 247.4, "Keuangan Perangkat Daerah"), (265.4, 342.0, "Gaji dan Tunjangan ASN")),
        _at(373.1, 7.0, (265.4, 301.1, "tepat waktu")),
        _at(389.1, 7.0, (265.4, 333.8, "2. Persentase laporan"), (360.8, 378.7, "100%"), (417.9, 435.8, "100%"),
            (482.1, 500.0, "100%"), (589.7, 607.6, "100%"), (690.9, 708.8, "100%")),
        _at(397.2, 7.0, (265.4, 342.0, "keuangan yang tersusun")),
        _at(405.2, 7.0, (265.4, 307.4, "sesuai aturan")),
        _at(421.3, 7.0, (92.0, 140.7, "7.01.01.2.02.01"), (156.7, 249.3, "Sub Kegiatan : 1. Penyediaan"),
            (265.4, 343.2, "Jumlah pembayaran Gaji"), (360.8, 379.9, "14 bln"), (417.9, 433.1, "7 bln"),
            (482.1, 501.2, "14 bln"), (528.9, 573.7, "2.137.758.492"), (589.7, 604.9, "7 bln"),
            (636.0, 674.9, "807.672.462"), (690.9, 706.1, "8 bln"), (737.3, 776.2, "807.672.462")),
        _at(429.3, 7.0, (156.7, 233.3, "Gaji dan Tunjangan ASN"), (265.4, 327.6, "dan Tunjangan ASN")),
        _at(437.4, 7.0, (265.4, 324.9, "lingkup Kecamatan")),
        _at(445.4, 7.0, (265.4, 344.3, "Plandaan yang difasilitasi")),
        _at(461.5, 7.0, (92.0, 140.7, "7.01.01.2.02.05"), (156.7, 251.2, "2. Koordinasi dan penyusunan"),
            (265.4, 343.9, "Jumlah dokumen laporan"), (360.8, 376.0, "1 lap"), (417.9, 433.1, "1 lap"),
            (482.1, 497.3, "1 lap"), (528.9, 554.2, "460.000"), (589.7, 604.9, "1 lap"), (636.0, 661.3, "460.000"),
            (690.9, 706.1, "1 lap"), (737.3, 762.6, "460.000")),
        _at(469.5, 7.0, (156.7, 249.3, "laporan keuangan akhir tahun"), (265.4, 344.3, "keuangan tahunan SKPD")),
        _at(477.6, 7.0, (156.7, 175.8, "SKPD")),
        _at(493.6, 7.0, (92.0, 140.7, "7.01.01.2.02.03"), (156.7, 204.9, "3. Pelaksanaan"),
            (265.4, 330.3, "Jumlah Pelaksanaan"), (360.8, 381.0, "12 kali"), (417.9, 434.2, "6 kali"),
            (482.1, 502.3, "12 kali"), (528.9, 563.9, "58.200.000"), (589.7, 606.0, "6 kali"),
            (636.0, 671.0, "29.100.000"), (690.9, 707.3, "6 kali"), (737.3, 772.3, "29.100.000")),
        _at(501.7, 7.0, (156.7, 219.3, "Penatausahaan dan"), (265.4, 328.0, "Penatausahaan dan")),
        _at(509.7, 7.0, (156.7, 217.8, "Pengujian/Verifikasi"), (265.4, 326.4, "Pengujian/Verifikasi")),
        _at(517.8, 7.0, (156.7, 209.6, "Keuangan SKPD"), (265.4, 318.3, "Keuangan SKPD")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert [str(k) for k in range(1, 12)] in table.rows
    assert table.rows[-9][3:] == ["100%", "50.00%", "100%", "2.388.468.992", "50.00%", "930.582.158", "50.00%",
                                  "930.582.158"]  # fmt: skip
    assert table.rows[-1][3:] == ["12 kali", "6 kali", "12 kali", "58.200.000", "6 kali", "29.100.000", "6 kali",
                                  "29.100.000"]  # fmt: skip


def test_column_numbers_skipping_one_and_a_centred_group_row_place_a_renstra_matrix_header():
    """002's Renstra Tabel 6.1 through WeasyPrint with a header rule, landscape (measured,
    page 84): every label is centred in its cell. The column numbers skip 4 (the document
    numbers its columns 1 2 3 5 6 ...) and were not taken for column numbers: the cut
    between 2019's Realisasi and Rp fell through the wide "Realisasi", read as a group label
    with the year ("2019 Realisasi" over both, the Rp column without its year: 2019's
    rupiah filed as the report year's realisasi). And "Target Kinerja Program dan Kerangka
    Pendanaan" happens to start within 2 pt of the "Target" under it, so it was taken as set
    left over 2022 alone, leaving 2021's target under "Realisasi Kinerja ...": in a row whose
    other label is centred over its columns, such a start is chance. The text export prints:
    Realisasi ... over 2019 | 2020, Target ... over 2021 to the Renstra's end, each year
    over its two columns, Realisasi | Rp under 2019."""
    lines = [
        _at(106.7, 6.0, (546.9, 667.3, "Realisasi Kinerja Program dan Pendanaan"),
            (758.8, 900.1, "Target Kinerja Program dan Kerangka Pendanaan")),
        _at(114.7, 6.0, (397.0, 466.9, "Indikator Kinerja Tujuan,")),
        _at(118.1, 6.0, (484.7, 522.7, "Data Capaian")),
        _at(121.6, 6.0, (406.3, 457.6, "Sasaran, Program"), (907.1, 966.8, "Kondisi Kinerja pada"),
            (989.0, 1027.4, "Unit Kerja PD")),
        _at(125.0, 6.0, (103.8, 137.7, "Tujuan OPD"), (180.5, 203.8, "Sasaran"), (255.3, 270.3, "Kode"),
            (311.0, 375.7, "Program Dan Kegiatan"), (479.2, 528.1, "Pada Tahun Awal"), (563.1, 576.5, "2019"),
            (637.7, 651.0, "2020"), (710.7, 724.1, "2021"), (782.4, 795.8, "2022"), (854.2, 867.6, "2023"),
            (1059.6, 1078.6, "Lokasi")),
        _at(128.5, 6.0, (397.0, 467.0, "(Outcome) Dan Kegiatan"), (900.5, 973.5, "Akhir Periode Renstra PD"),
            (986.5, 1029.9, "Penggabungan")),
        _at(131.9, 6.0, (485.0, 522.3, "Perencanaan")),
        _at(135.4, 6.0, (420.1, 443.8, "(Output)")),
        _at(143.4, 6.0, (536.3, 562.3, "Realisasi"), (582.6, 590.6, "Rp"), (610.9, 636.9, "Realisasi"),
            (657.2, 665.2, "Rp"), (685.5, 703.4, "Target"), (725.3, 735.0, "Rp."), (757.1, 775.0, "Target"),
            (797.2, 806.9, "Rp."), (828.8, 846.7, "Target"), (868.8, 878.5, "Rp."), (904.9, 922.8, "Target"),
            (949.3, 959.0, "Rp.")),
        _at(158.3, 6.0, (119.1, 122.4, "1"), (190.5, 193.8, "2"), (261.1, 264.4, "3"), (341.7, 345.0, "5"),
            (430.3, 433.6, "6"), (502.0, 505.3, "7"), (547.6, 551.0, "8"), (584.9, 588.3, "9"), (620.6, 627.2, "10"),
            (657.8, 664.5, "11"), (691.1, 697.7, "12"), (726.8, 733.5, "13"), (762.8, 769.4, "14"),
            (798.7, 805.4, "15"), (834.4, 841.1, "16"), (870.3, 877.0, "17"), (910.5, 917.2, "18"),
            (950.8, 957.5, "19"), (1004.9, 1011.5, "20"), (1065.7, 1072.4, "21")),
        _at(174.2, 6.0, (87.8, 148.2, "Meningkatnya Kualitas"), (391.9, 470.9, "Indeks Kepuasan Masyarakat"),
            (477.6, 492.6, "87,86"), (535.3, 550.3, "95,25"), (568.9, 602.3, "538,666,977"), (609.9, 624.9, "93,81"),
            (643.5, 676.9, "532,445,294"), (684.5, 694.5, "N/A"), (710.0, 720.0, "N/A"), (755.9, 765.9, "N/A"),
            (781.9, 791.9, "N/A"), (827.8, 837.8, "N/A"), (853.3, 863.3, "N/A"), (899.5, 909.5, "N/A"),
            (933.8, 943.8, "N/A"), (980.0, 1000.6, "CAMAT"), (1042.0, 1081.0, "Kec. Plandaan")),
        _at(181.1, 6.0, (87.8, 128.9, "Layanan Publik"), (391.9, 449.3, "Kecamatan Plandaan")),
        _at(196.0, 6.0, (87.8, 147.2, "Meningkatnya kualitas"), (391.9, 452.2, "Nilai Sinergitas Kinerja"),
            (477.6, 492.6, "72,25"), (535.3, 550.3, "66,14"), (568.9, 602.3, "122.690.000"), (609.9, 624.9, "68,55"),
            (643.5, 673.5, "49.525.700"), (684.5, 694.5, "N/A"), (710.0, 720.0, "N/A"), (755.9, 765.9, "N/A"),
            (781.9, 791.9, "N/A"), (827.8, 837.8, "N/A"), (853.3, 863.3, "N/A"), (899.5, 909.5, "N/A"),
            (933.8, 943.8, "N/A"), (980.0, 1000.6, "CAMAT"), (1042.0, 1081.0, "Kec. Plandaan")),
        _at(202.9, 6.0, (87.8, 127.2, "pelayanan dan"), (391.9, 471.6, "Kecamatan Plandaan Minimal")),
        _at(209.8, 6.0, (87.8, 134.2, "penyelenggaraan"), (391.9, 405.6, "BAIK")),
        _at(216.7, 6.0, (87.8, 124.5, "pemerintahan")),
        _at(223.6, 6.0, (87.8, 145.2, "Kecamatan Plandaan")),
        _at(238.5, 6.0, (230.7, 284.0, "4.01.4.01.21.01.106"), (300.5, 360.1, "Program Fasilitasi dan"),
            (391.9, 463.9, "Nilai Sinergitas Kecamatan"), (477.6, 492.6, "72,25"), (535.3, 550.3, "66,14"),
            (568.9, 602.3, "122.690.000"), (609.9, 624.9, "68,55"), (643.5, 673.5, "49.525.700"),
            (684.5, 694.5, "N/A"), (710.0, 720.0, "N/A"), (755.9, 765.9, "N/A"), (781.9, 791.9, "N/A"),
            (827.8, 837.8, "N/A"), (853.3, 863.3, "N/A"), (899.5, 909.5, "N/A"), (933.8, 943.8, "N/A"),
            (980.0, 1000.6, "CAMAT"), (1042.0, 1081.0, "Kec. Plandaan")),
        _at(245.4, 6.0, (300.5, 375.8, "koordinasi penyelenggaraan"), (391.9, 454.9, "Plandaan Minimal BAIK")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    groups, years, subs = table.rows[:3]
    assert groups[6] == "Realisasi Kinerja Program dan Pendanaan"
    assert groups[10] == "Target Kinerja Program dan Kerangka Pendanaan"
    assert years[6:12] == ["2019", "", "2020", "", "2021", ""]
    assert subs[6:12] == ["Realisasi", "Rp", "Realisasi", "Rp", "Target", "Rp."]
    first = next(row for row in table.rows if "87,86" in row)
    assert first[5:10] == ["87,86", "95,25", "538,666,977", "93,81", "532,445,294"]


def test_a_header_after_rows_without_figures_under_a_header_starts_another_table():
    """002's individual performance tables through WeasyPrint without rules (page 88): the
    header repeated at the page's top, the rest of a row the break cut (words only), a title
    row ("KETERKAITAN DENGAN KOMPONEN PERENCANAAN"), then the next official's table with a
    header of its own. No row of figures came between the two headers, so they were read as
    one table and the next pages' repeated headers as rows of it (three indicators lost)."""
    cols = [(88, 100), (155, 220), (233, 300), (311, 335), (344, 380), (389, 415)]

    def at(top: float, *cells: str) -> Line:
        return _line(top, *[(x0, x1, text) for (x0, x1), text in zip(cols, cells, strict=True) if text])

    lines = [
        at(100, "NO", "KINERJA", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN (%)"),
        at(124, "", "", "", "", "", "dan OPD terkait"),
        _line(148, (88, 150, "KETERKAITAN DENGAN")),
        at(172, "NO", "KINERJA", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN (%)"),
        at(196, "1", "Meningkatnya kinerja", "Persentase capaian", "100.00%", "100.00%", "100.00%"),
        at(220, "2", "Meningkatnya PATEN", "Nilai Paten", "83.25", "86.31", "103.68%"),
    ]
    tables, _ = borderless_tables(lines)
    assert [t.rows[0][:3] for t in tables] == [["NO", "KINERJA", "INDIKATOR"], ["NO", "KINERJA", "INDIKATOR"]]
    assert tables[1].rows[1:] == [
        ["1", "Meningkatnya kinerja", "Persentase capaian", "100.00%", "100.00%", "100.00%"],
        ["2", "Meningkatnya PATEN", "Nilai Paten", "83.25", "86.31", "103.68%"],
    ]


def test_two_cells_of_a_cramped_table_read_as_one_run_are_split_at_the_column():
    """000's Tabel 3.5 through WeasyPrint with a header rule, landscape (measured, page 24):
    eighteen columns, and the 2024 SAKIP grades of two kecamatan set 6 pt apart, "A (85,13)"
    and the "A" of "A (85,04)" (its "(85,04)" wrapped below), read as one run crossing the
    boundary: it went whole to the first column, the second kept "(85,04)" alone (a
    realisasi lost). A run with figures crossing a boundary is split where one of its words
    starts where the next column's cells start."""
    lines = [
        _at(75.8, 7.0, (256.3, 343.4, "Kecamatan Kapanjenkidul"), (407.0, 476.2, "Kecamatan Sukorejo"),
            (539.5, 619.6, "Kecamatan Sananwetan"), (655.7, 775.9, "Kecamatan Sukorejo Kab. Pasuruan")),
        _at(91.9, 7.0, (254.9, 275.7, "Target"), (320.7, 351.1, "Realisasi"), (393.1, 414.0, "Target"),
            (459.5, 489.9, "Realisasi"), (535.4, 556.3, "Target"), (597.4, 627.8, "Realisasi"),
            (669.7, 690.6, "Target"), (734.5, 764.8, "Realisasi")),
        _at(95.9, 7.0, (93.5, 149.0, "Tujuan / Sasaran"), (165.8, 221.0, "Indikator Kinerja")),
        _at(107.9, 7.0, (237.0, 257.5, "Tahun"), (273.1, 293.6, "Tahun"), (307.6, 328.1, "Tahun"),
            (342.2, 362.7, "Tahun"), (376.8, 397.2, "Tahun"), (409.8, 430.3, "Tahun"), (445.4, 465.9, "Tahun"),
            (483.5, 504.0, "Tahun"), (519.1, 539.5, "Tahun"), (552.1, 572.6, "Tahun"), (585.8, 606.3, "Tahun"),
            (619.5, 640.0, "Tahun"), (651.9, 672.4, "Tahun"), (685.8, 706.3, "Tahun"), (720.4, 740.9, "Tahun"),
            (755.9, 776.4, "Tahun")),
        _at(116.0, 7.0, (239.5, 255.1, "2023"), (275.5, 291.1, "2024"), (310.1, 325.7, "2023"),
            (344.6, 360.2, "2024"), (379.2, 394.8, "2023"), (412.3, 427.9, "2024"), (447.9, 463.4, "2023"),
            (485.9, 501.5, "2024"), (521.5, 537.1, "2023"), (554.6, 570.2, "2024"), (588.3, 603.8, "2023"),
            (622.0, 637.5, "2024"), (654.4, 669.9, "2023"), (688.3, 703.8, "2024"), (722.8, 738.4, "2023"),
            (758.4, 774.0, "2024")),
        _at(132.0, 7.0, (119.3, 123.2, "1"), (191.4, 195.3, "2"), (245.3, 249.2, "3"), (281.4, 285.3, "4"),
            (315.9, 319.8, "5"), (350.5, 354.4, "6"), (385.0, 388.9, "7"), (418.1, 422.0, "8"), (453.7, 457.6, "9"),
            (489.8, 497.6, "10"), (525.4, 533.2, "11"), (558.5, 566.3, "12"), (592.2, 600.0, "13"),
            (625.9, 633.7, "14"), (658.3, 666.1, "15"), (692.2, 699.9, "16"), (726.7, 734.5, "17"),
            (762.3, 770.1, "18")),
        _at(149.1, 7.0, (87.8, 131.4, "Meningkatnya"), (160.3, 214.4, "Indeks Kepuasan"), (232.0, 254.2, "Sangat"),
            (268.1, 290.3, "Sangat"), (304.1, 317.7, "Baik"), (337.2, 359.4, "Sangat"), (373.3, 386.9, "Baik"),
            (406.3, 419.9, "Baik"), (439.4, 461.6, "Sangat"), (477.5, 499.7, "Sangat"), (515.5, 529.2, "Baik"),
            (548.6, 562.2, "Baik"), (581.7, 595.3, "Baik"), (616.0, 629.6, "Baik"), (649.1, 651.4, "-"),
            (680.8, 703.0, "Sangat"), (716.9, 730.5, "Baik"), (749.9, 772.1, "Sangat")),
        _at(157.1, 7.0, (87.8, 145.8, "kualitas pelayanan"), (160.3, 215.6, "Masyarakat (IKM)"),
            (232.0, 260.1, "Baik (91)"), (268.1, 296.1, "Baik (91)"), (304.1, 326.3, "(84,22)"),
            (337.2, 365.2, "Baik (91)"), (373.3, 385.7, "(89)"), (406.3, 428.5, "(89,10)"), (439.4, 453.0, "Baik"),
            (477.5, 491.1, "Baik"), (515.5, 528.0, "(86)"), (548.6, 561.1, "(88)"), (581.7, 603.9, "(87,98)"),
            (616.0, 638.2, "(88,14)"), (680.8, 708.8, "Baik (90)"), (716.9, 739.0, "(87,99)"),
            (749.9, 763.6, "Baik")),
        _at(165.2, 7.0, (87.8, 106.1, "publik"), (160.3, 195.7, "Kecamatan"), (439.4, 461.6, "(90,26)"),
            (477.5, 499.7, "(90,61)"), (749.9, 772.1, "(95,40)")),
        _at(181.2, 7.0, (87.8, 131.4, "Meningkatnya"), (160.3, 195.7, "Presentase"), (232.0, 249.9, "100%"),
            (268.1, 286.0, "100%"), (304.1, 322.0, "100%"), (337.2, 355.1, "100%"), (373.3, 387.3, "97%"),
            (406.3, 424.2, "100%"), (439.4, 457.3, "100%"), (477.5, 495.4, "100%"), (515.5, 529.6, "97%"),
            (548.6, 566.5, "100%"), (581.7, 605.4, "98,63%"), (616.0, 633.9, "100%"), (649.1, 651.4, "-"),
            (680.8, 683.2, "-"), (716.9, 719.2, "-"), (749.9, 752.3, "-")),
        _at(189.3, 7.0, (87.8, 145.8, "kualitas pelayanan"), (160.3, 209.8, "pelayanan yang")),
        _at(197.3, 7.0, (87.8, 122.1, "kecamatan"), (160.3, 207.8, "sesuai standart")),
        _at(205.4, 7.0, (160.3, 192.6, "pelayanan")),
        _at(221.4, 7.0, (87.8, 131.4, "Meningkatnya"), (160.3, 195.7, "Presentase"), (232.0, 246.1, "75%"),
            (268.1, 286.0, "100%"), (304.1, 322.0, "100%"), (337.2, 355.1, "100%"), (373.3, 387.3, "75%"),
            (406.3, 424.2, "100%"), (439.4, 457.3, "100%"), (477.5, 495.4, "100%"), (515.5, 529.6, "75%"),
            (548.6, 566.5, "100%"), (581.7, 599.6, "100%"), (616.0, 633.9, "100%"), (649.1, 651.4, "-"),
            (680.8, 683.2, "-"), (716.9, 719.2, "-"), (749.9, 752.3, "-")),
        _at(229.5, 7.0, (87.8, 111.6, "kualitas"), (160.3, 218.3, "kelurahan berdaya")),
        _at(237.5, 7.0, (87.8, 132.6, "pembangunan")),
        _at(245.6, 7.0, (87.8, 111.2, "wilayah")),
        _at(261.6, 7.0, (87.8, 145.0, "Meningkatnya tata"), (160.3, 196.5, "Nilai SAKIP"),
            (232.0, 256.6, "A (85,5)"), (268.1, 292.6, "A (85,5)"), (304.1, 308.8, "A"), (337.2, 365.6, "A (85,31)"),
            (373.3, 377.9, "A"), (406.3, 411.0, "A"), (439.4, 467.8, "A (85,16)"), (477.5, 505.9, "A (85,37)"),
            (515.5, 520.2, "A"), (548.6, 553.3, "A"), (581.7, 620.7, "A (85,13) A"), (649.1, 651.4, "-"),
            (680.8, 699.9, "B (80)"), (716.9, 726.2, "BB"), (749.9, 778.7, "B (80,05)")),
        _at(269.7, 7.0, (87.8, 139.2, "kelola perangkat"), (160.3, 215.2, "perangkat daerah"),
            (304.1, 326.3, "(85,09)"), (373.3, 395.4, "(84,76)"), (406.3, 428.5, "(84,80)"),
            (515.5, 537.7, "(86,88)"), (548.6, 570.8, "(87,89)"), (616.0, 638.2, "(85,04)"),
            (716.9, 739.0, "(79,05)")),
        _at(277.7, 7.0, (87.8, 109.6, "daerah")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[-1][2:] == ["A (85,5)", "A (85,5)", "A (85,09)", "A (85,31)", "A (84,76)", "A (84,80)",
                                  "A (85,16)", "A (85,37)", "A (86,88)", "A (87,89)", "A (85,13)", "A (85,04)", "-",
                                  "B (80)", "BB (79,05)", "B (80,05)"]  # fmt: skip


def test_a_row_of_sub_labels_over_figure_columns_does_not_open_another_table():
    """LibreOffice, 002's appendix Renja without rules, page 96 (measured): under the header
    the producer repeats, a row of the text export's second header copy ("K Rp." six times,
    over the figure columns only) and the rest of a cut row, then the table's rows go on. A
    new table's header labels its first columns, left of the figures above; a row naming
    only figure columns is part of the table it sits in, and the rows under it keep its
    eleven columns (they were a table of their own with "K Rp." as its header, unread)."""
    h = 8.0
    lines = [
        _at(120.6, h, (85.2, 105.1, "Kode"), (153.6, 238.4, "Urusan/bidang urusan"),
            (264.1, 327.2, "Indikator Kinerja"), (358.3, 382.7, "Target"), (410.9, 445.6, "Realisasi"),
            (466.8, 656.1, "Target dan realisasi kinerja program dan keluaran"),
            (681.5, 761.9, "Realisasi Kinerja dan")),
        _at(129.8, h, (153.6, 250.9, "pemerintahan daerah dan"), (264.1, 342.3, "Program (outcome) /"),
            (358.3, 384.0, "kinerja"), (410.9, 433.1, "target"), (466.8, 588.6, "kegiatan SKPD pada Renja 2022"),
            (681.5, 750.8, "Anggaran Renstra")),
        _at(139.0, h, (153.6, 220.6, "program/kegiatan"), (264.1, 330.2, "Kegiatan (output)"),
            (358.3, 388.0, "Renstra"), (410.9, 436.6, "kinerja"), (681.5, 761.4, "SKPD s/d tahun 2022")),
        _at(148.2, h, (358.3, 395.6, "PD Tahun"), (410.9, 429.1, "hasil"), (681.5, 728.5, "(Akhir tahun")),
        _at(157.4, h, (358.3, 376.0, "2022"), (410.9, 443.3, "program"), (681.5, 756.1, "pelaksanaan Renja)")),
        _at(166.6, h, (410.9, 425.1, "dan")),
        _at(175.8, h, (410.9, 443.8, "keluaran")),
        _at(179.8, h, (466.8, 535.2, "Target Renja 2022"), (577.6, 654.0, "Realisasi Triwulan II"),
            (681.5, 687.3, "K"), (728.0, 740.8, "Rp.")),
        _at(185.0, h, (410.9, 443.4, "kegiatan")),
        _at(189.0, h, (577.6, 626.4, "(sesuai SPD)")),
        _at(194.2, h, (410.9, 446.4, "s/d tahun")),
        _at(203.4, h, (410.9, 428.6, "2022")),
        _at(211.4, h, (466.8, 472.6, "K"), (513.6, 526.4, "Rp."), (577.6, 583.4, "K"), (624.2, 637.0, "Rp.")),
        _at(224.6, h, (85.2, 89.6, "1"), (153.6, 158.0, "2"), (264.1, 268.5, "3"), (358.3, 362.7, "4"),
            (410.9, 415.3, "5"), (466.8, 471.2, "6"), (513.6, 518.0, "7"), (577.6, 582.0, "8"), (624.2, 628.6, "9"),
            (681.5, 690.3, "10"), (728.0, 736.8, "11")),
        _at(237.8, h, (153.6, 240.3, "Pemerintahan di Tingkat"), (264.1, 316.1, "sesuai standar")),
        _at(251.0, h, (466.8, 472.1, "K"), (513.6, 526.0, "Rp."), (577.6, 582.9, "K"), (624.2, 636.6, "Rp."),
            (681.5, 686.8, "K"), (728.0, 740.4, "Rp.")),
        _at(264.2, h, (153.6, 194.0, "Kecamatan")),
        _at(277.4, h, (85.2, 140.8, "7.01.02.2.01.02"), (153.6, 250.5, "Sub Kegiatan: Peningkatan"),
            (264.1, 344.1, "Persentase pengajuan"), (358.3, 378.7, "100%"), (410.9, 431.3, "100%"),
            (466.8, 487.2, "100%"), (513.6, 549.1, "4.733.000"), (577.6, 598.0, "100%"), (624.2, 659.7, "2.216.250"),
            (681.5, 701.9, "100%"), (728.0, 763.5, "2.216.250")),
        _at(286.6, h, (153.6, 222.0, "Efektifitas Kegiatan"), (264.1, 338.8, "pelayanan Adminduk")),
        _at(295.8, h, (153.6, 240.3, "Pemerintahan di Tingkat"), (264.1, 320.9, "yang diverifikasi")),
        _at(305.0, h, (153.6, 194.0, "Kecamatan")),
        _at(318.2, h, (264.1, 344.1, "Persentase pengajuan"), (358.3, 378.7, "100%"), (410.9, 431.3, "100%"),
            (466.8, 487.2, "100%"), (577.6, 598.0, "100%"), (681.5, 701.9, "100%")),
        _at(327.4, h, (264.1, 316.1, "perizinan yang")),
        _at(336.6, h, (264.1, 301.3, "diverifikasi")),
    ]  # fmt: skip
    tables = borderless_tables(lines)[0]
    assert len(tables) == 1
    rows = tables[0].rows
    assert [rows[-2][0], rows[-2][6], rows[-2][10]] == ["7.01.02.2.01.02", "4.733.000", "2.216.250"]
    assert rows[-1][2].startswith("Persentase pengajuan perizinan") and rows[-1][3:6] == ["100%", "100%", "100%"]


def test_a_header_centred_over_its_numbers_still_opens_the_second_table():
    """WeasyPrint without rules, landscape, 002's Tabel 2.1 (measured): the same two tables as
    above, but the browser centres "NO." over its column while the numbers "1." start at its
    left edge, 7.5 pt further left. The second header starts in the first column of the rows
    above (left of where their names start), so it opens the second table all the same."""
    h = 9.0
    lines = [
        _at(289.6, h, (91.4, 107.4, "NO."), (156.3, 254.2, "SASARAN STRATEGIS"),
            (342.5, 433.6, "INDIKATOR KINERJA"), (485.8, 522.2, "TARGET")),
        _at(303.9, h, (90.4, 97.9, "1."), (119.2, 274.3, "Meningkatnya akuntabilitas dan kinerja"),
            (302.0, 449.5, "1. Nilai Evaluasi AKIP Kec. Plandaan"), (484.8, 494.8, "71")),
        _at(314.3, h, (119.2, 164.8, "Kecamatan")),
        _at(328.6, h, (90.4, 97.9, "2."), (119.2, 280.3, "Meningkatnya kualitas penyelenggaraan"),
            (302.0, 416.6, "1. IKM Kecamatan Plandaan"), (484.8, 507.4, "93,80")),
        _at(339.0, h, (119.2, 273.8, "pemerintahan dan layanan Kecamatan")),
        _at(343.0, h, (302.0, 414.9, "2. IPP Kecamatan Plandaan"), (484.8, 502.4, "3,30")),
        _at(357.3, h, (302.0, 471.6, "3. Persentase laporan pelanggaran Perda/"), (484.8, 507.9, "100%")),
        _at(367.7, h, (302.0, 417.6, "Perkada dan Trantibum yang")),
        _at(378.0, h, (302.0, 416.6, "ditindaklanjuti instansi terkait")),
        _at(392.4, h, (302.0, 393.1, "4. Persentase Laporan"), (484.8, 507.9, "100%")),
        _at(402.7, h, (302.0, 466.1, "pertanggungjawaban Realisasi APBDesa")),
        _at(413.1, h, (302.0, 348.1, "tepat waktu")),
        _at(427.4, h, (302.0, 434.6, "5. Persentase evaluasi Raperdes"), (484.8, 507.9, "100%")),
        _at(437.8, h, (302.0, 451.1, "APBDesa/Perubahan APBDesa tepat")),
        _at(448.1, h, (302.0, 325.5, "waktu")),
        _at(474.5, h, (97.9, 113.9, "NO."), (167.8, 261.8, "SASARAN PROGRAM"), (367.3, 414.3, "PROGRAM"),
            (517.9, 616.6, "INDIKATOR PROGRAM"), (667.1, 703.5, "TARGET"), (723.5, 776.5, "ANGGARAN")),
        _at(488.8, h, (90.4, 97.9, "1."), (132.2, 287.3, "Meningkatnya capaian kinerja aparatur"),
            (308.2, 419.8, "Program Penunjang Urusan"), (484.2, 629.2, "Persentase rata-rata capaian kinerja"),
            (661.2, 684.2, "100%"), (720.2, 777.8, "2.134.044.723")),
        _at(499.2, h, (308.2, 463.3, "Pemerintahan Daerah Kabupaten/Kota"), (484.2, 518.7, "Aparatur")),
        _at(513.5, h, (90.4, 97.9, "2."), (132.2, 260.3, "Meningkatnya penyelenggaraan"),
            (308.2, 415.8, "Program Penyelenggaraan"), (484.2, 575.7, "Nilai Paten Kecamatan"),
            (661.2, 683.7, "83,25"), (720.2, 760.3, "4.733.000")),
        _at(523.9, h, (132.2, 274.8, "pemerintahan dan pelayanan publik"),
            (308.2, 453.8, "Pemerintahan dan Pelayanan Publik")),
    ]  # fmt: skip
    first, second = borderless_tables(lines)[0]
    assert first.rows[0] == ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]
    assert second.rows[0] == ["NO.", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert [row[5] for row in second.rows[1:3]] == ["2.134.044.723", "4.733.000"]


def test_a_sasaran_staggered_down_its_rows_does_not_cut_the_table_in_two():
    """Chromium without rules, 002's Tabel 3.11 (measured): the second sasaran, merged over five
    rows, prints its words one per line down the rows beside them ("penyelenggaraan" between
    the IKM and IPP rows, "layanan Kecamatan" beside the third), and the totals under the
    table span the No and Sasaran columns. Both cross gutters the rows around them keep, as two
    stacked tables would; but the rows under the IKM row open with figures, not with a header
    of their own: one table, its five indicators under their sasaran."""
    h = 9.0
    lines = [
        _at(103.9, h, (446.6, 528.5, "Kinerja Tahun 2022"), (597.5, 744.9, "Sumber Daya Manusia Tahun 2022")),
        _at(115.9, 11.2, (130.1, 142.1, "No"), (204.4, 280.4, "Sasaran Strategis"),
            (322.0, 393.0, "Indikator Kinerja"), (570.7, 617.7, "Kebutuhan"), (640.5, 697.1, "Ketersediaan"),
            (712.2, 779.2, "% Ketersediaan")),
        _at(123.4, h, (424.1, 450.9, "Target"), (463.7, 502.7, "Realisasi"), (515.8, 550.8, "Capaian")),
        _at(128.7, h, (570.3, 618.3, "SDM (ABK)"), (658.8, 678.8, "SDM"), (735.7, 755.7, "SDM")),
        _at(142.9, h, (90.1, 97.6, "1."), (192.9, 248.9, "Meningkatnya"),
            (302.7, 398.6, "Nilai evaluasi AKIP Kec."), (423.1, 445.6, "71,00"), (462.7, 485.2, "70,17"),
            (514.5, 545.0, "98,83%"), (562.9, 572.9, "19"), (636.4, 641.5, "6"), (711.9, 742.4, "31,58%")),
        _at(153.4, h, (192.9, 289.5, "akuntabilitas dan kinerja"), (302.7, 340.8, "Plandaan")),
        _at(163.9, h, (192.9, 238.4, "Kecamatan")),
        _at(178.2, h, (90.1, 97.6, "2."), (192.9, 282.0, "Meningkatnya kualitas"),
            (302.7, 407.3, "IKM Kecamatan Plandaan"), (423.1, 445.6, "93,80"), (462.7, 485.2, "94,22"),
            (514.5, 550.0, "100,45%"), (562.9, 567.9, "4"), (636.4, 641.5, "1"), (711.9, 729.9, "25%")),
        _at(187.9, h, (192.9, 262.5, "penyelenggaraan")),
        _at(192.4, h, (302.7, 405.6, "IPP Kecamatan Plandaan"), (423.1, 440.6, "3,30"), (462.7, 480.2, "3,49"),
            (514.5, 550.0, "105,76%"), (562.9, 567.9, "4"), (636.4, 641.5, "1"), (711.9, 729.9, "25%")),
        _at(198.4, h, (192.9, 265.5, "pemerintahan dan")),
        _at(206.7, h, (302.7, 380.8, "Persentase laporan"), (423.1, 446.1, "100%"), (462.7, 485.7, "100%"),
            (514.5, 537.5, "100%"), (562.9, 567.9, "5"), (636.4, 641.5, "3"), (711.9, 729.9, "60%")),
        _at(208.9, h, (192.9, 272.5, "layanan Kecamatan")),
        _at(217.2, 11.2, (192.9, 230.9, "Plandaan"), (302.7, 352.8, "pelanggaran")),
        _at(226.9, h, (302.7, 380.3, "Perda/Perkada dan")),
        _at(237.4, h, (302.7, 364.9, "Trantibum yang")),
        _at(247.9, h, (302.7, 390.3, "ditindaklanjuti instansi")),
        _at(258.4, h, (302.7, 327.2, "terkait")),
        _at(272.7, h, (302.7, 383.8, "Persentase Laporan"), (423.1, 446.1, "100%"), (462.7, 485.7, "100%"),
            (514.5, 537.5, "100%"), (562.9, 567.9, "3"), (636.4, 641.5, "1"), (711.9, 742.4, "33,33%")),
        _at(283.2, h, (302.7, 386.8, "pertanggungjawaban")),
        _at(293.7, h, (302.7, 402.8, "Realisasi APBDesa tepat")),
        _at(303.4, h, (302.7, 326.2, "waktu")),
        _at(317.7, h, (302.7, 383.8, "Persentase evaluasi"), (423.1, 446.1, "100%"), (462.7, 485.7, "100%"),
            (514.5, 537.5, "100%"), (562.9, 567.9, "4"), (636.4, 641.5, "1"), (711.9, 729.9, "25%")),
        _at(328.2, h, (302.7, 387.8, "Raperdes APBDesa /")),
        _at(338.7, h, (302.7, 410.3, "Perubahan APBDesa tepat")),
        _at(349.2, h, (302.7, 326.2, "waktu")),
        _at(363.4, h, (90.1, 150.0, "PERSENTASE"), (514.5, 550.0, "100,84%"), (636.4, 667.0, "33,32%")),
        _at(373.9, h, (90.1, 169.5, "CAPAIAN KINERJA")),
        _at(384.4, h, (90.1, 138.5, "RATA-RATA")),
        _at(398.7, h, (90.1, 174.3, "TINGKAT EFISIENSI"), (562.9, 618.4, "3,03 (efisiensi")),
        _at(408.4, h, (90.1, 110.1, "SDM"), (562.9, 597.9, "tercapai)")),
    ]  # fmt: skip
    tables = borderless_tables(lines)[0]
    assert len(tables) == 1
    rows = tables[0].rows
    ipp = next(row for row in rows if row[2] == "IPP Kecamatan Plandaan")
    assert ipp[3:6] == ["3,30", "3,49", "105,76%"]
    assert rows[-1][0].startswith("TINGKAT EFISIENSI")


def test_a_group_label_narrower_than_its_middle_column_heads_its_sub_columns():
    """Chromium without rules, 001's Tabel 3.2.1.2 (measured): "KINERJA" and "ANGGARAN" are
    centred over TARGET | REALISASI | CAPAIAN and ALOKASI | REALISASI | CAPAIAN, each within
    its middle column; "NAMA PROGRAM" and "INDIKATOR KINERJA", spanning both header rows, sit
    half a line under them. The header lines make one block, and the group labels still head
    their three sub-columns, as the export prints them (was: "KINERJA REALISASI" over the
    middle column, the last CAPAIAN bare and read as a capaian of kinerja)."""
    h = 9.0
    lines = [
        _at(373.2, h, (489.8, 529.3, "KINERJA"), (661.5, 714.5, "ANGGARAN")),
        _at(379.9, h, (132.7, 208.9, "NAMA PROGRAM"), (296.8, 388.0, "INDIKATOR KINERJA")),
        _at(387.4, h, (434.4, 470.7, "TARGET"), (483.5, 531.5, "REALISASI"), (544.3, 584.7, "CAPAIAN"),
            (606.0, 646.5, "ALOKASI"), (672.6, 720.6, "REALISASI"), (738.2, 778.5, "CAPAIAN")),
        _at(401.7, h, (90.1, 197.7, "Program Penyelenggaraan"), (262.3, 353.8, "Nilai Paten Kecamatan"),
            (433.4, 443.4, "84"), (482.5, 505.0, "80,55"), (543.3, 565.9, "95,89"), (596.5, 641.5, "19.769.500"),
            (666.8, 711.9, "19.769.500"), (737.2, 752.2, "100")),
        _at(412.2, h, (90.1, 234.7, "pemerintahan dan Pelayanan Publik")),
        _at(426.4, h, (90.1, 244.7, "Program Pembinaan dan Pengawasan"),
            (262.3, 402.4, "Persentase Laporan Realisasi APB"), (433.4, 448.4, "100"), (482.5, 497.5, "100"),
            (543.3, 558.3, "100"), (596.5, 641.5, "11.960.950"), (666.8, 711.9, "11.945.750"), (737.2, 752.2, "100")),
        _at(436.2, h, (90.1, 169.7, "Pemerintahan Desa"), (262.3, 335.3, "Desa Tepat Waktu")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[:2] == [
        ["NAMA PROGRAM", "INDIKATOR KINERJA", "KINERJA", "", "", "ANGGARAN", "", ""],
        ["", "", "TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "CAPAIAN"],
    ]
    assert table.rows[2][2:] == ["84", "80,55", "95,89", "19.769.500", "19.769.500", "100"]


def test_a_wrapped_label_beside_labels_centred_half_a_line_lower_stays_in_its_column():
    """The case the rule above must leave alone (HTML's vertically centred header cells): a
    label wrapped on two lines ("Realisasi" / "Kinerja") beside one-line labels set half a
    line lower, centred in the row. "Realisasi" is centred over its neighbours too, but they
    are labelled beside it, not under it: it heads its own column only."""
    h = 9.0
    lines = [
        _at(100.0, h, (235, 265, "Realisasi")),
        _at(104.5, h, (90, 100, "No"), (120, 155, "Indikator"), (190, 214, "Target"), (290, 322, "Capaian")),
        _at(109.0, h, (237, 263, "Kinerja")),
        _at(125.0, h, (90, 96, "1."), (120, 160, "Nilai IKM"), (190, 200, "88"), (235, 257, "89,03"),
            (290, 320, "101,17%")),
        _at(140.0, h, (90, 96, "2."), (120, 165, "Nilai SAKIP"), (190, 200, "72"), (235, 257, "73,47"),
            (290, 320, "102,04%")),
        _at(155.0, h, (90, 96, "3."), (120, 160, "Nilai IPP"), (190, 202, "3,5"), (235, 247, "3,6"),
            (290, 320, "102,86%")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0] == ["No", "Indikator", "Target", "Realisasi Kinerja", "Capaian"]
    assert table.rows[1] == ["1.", "Nilai IKM", "88", "89,03", "101,17%"]


def test_a_sub_label_wider_than_its_figures_stays_in_its_column():
    """WeasyPrint with a rule under the header, 002's Tabel 6.1 (measured): "Realisasi" under
    2020 runs 6 pt past the white strip its figures leave, into the column "Rp" heads on the
    same line. A label crossing into a column labelled on its own line overflows its column;
    it is no group label over both (was: "2020 Realisasi" over one column, its Rp without a
    year, its rupiah read as the report year's realisasi). The years still head two each."""
    h = 6.0
    lines = [
        _at(106.7, h, (546.9, 667.3, "Realisasi Kinerja Program dan Pendanaan"),
            (758.8, 900.1, "Target Kinerja Program dan Kerangka Pendanaan")),
        _at(114.7, h, (397.0, 466.9, "Indikator Kinerja Tujuan,")),
        _at(118.1, h, (484.7, 522.7, "Data Capaian")),
        _at(121.6, h, (406.3, 457.6, "Sasaran, Program"), (907.1, 966.8, "Kondisi Kinerja pada"),
            (989.0, 1027.4, "Unit Kerja PD")),
        _at(125.0, h, (103.8, 137.7, "Tujuan OPD"), (180.5, 203.8, "Sasaran"), (255.3, 270.3, "Kode"),
            (311.0, 375.7, "Program Dan Kegiatan"), (479.2, 528.1, "Pada Tahun Awal"), (563.1, 576.5, "2019"),
            (637.7, 651.0, "2020"), (710.7, 724.1, "2021"), (782.4, 795.8, "2022"), (854.2, 867.6, "2023"),
            (1059.6, 1078.6, "Lokasi")),
        _at(128.5, h, (397.0, 467.0, "(Outcome) Dan Kegiatan"), (900.5, 973.5, "Akhir Periode Renstra PD"),
            (986.5, 1029.9, "Penggabungan")),
        _at(131.9, h, (485.0, 522.3, "Perencanaan")),
        _at(135.4, h, (420.1, 443.8, "(Output)")),
        _at(143.4, h, (536.3, 562.3, "Realisasi"), (582.6, 590.6, "Rp"), (610.9, 636.9, "Realisasi"),
            (657.2, 665.2, "Rp"), (685.5, 703.4, "Target"), (725.3, 735.0, "Rp."), (757.1, 775.0, "Target"),
            (797.2, 806.9, "Rp."), (828.8, 846.7, "Target"), (868.8, 878.5, "Rp."), (904.9, 922.8, "Target"),
            (949.3, 959.0, "Rp.")),
        _at(158.3, h, (119.1, 122.4, "1"), (190.5, 193.8, "2"), (261.1, 264.4, "3"), (341.7, 345.0, "5"),
            (430.3, 433.6, "6"), (502.0, 505.3, "7"), (547.6, 551.0, "8"), (584.9, 588.3, "9"), (620.6, 627.2, "10"),
            (657.8, 664.5, "11"), (691.1, 697.7, "12"), (726.8, 733.5, "13"), (762.8, 769.4, "14"),
            (798.7, 805.4, "15"), (834.4, 841.1, "16"), (870.3, 877.0, "17"), (910.5, 917.2, "18"),
            (950.8, 957.5, "19"), (1004.9, 1011.5, "20"), (1065.7, 1072.4, "21")),
        _at(174.2, h, (87.8, 148.2, "Meningkatnya Kualitas"), (391.9, 470.9, "Indeks Kepuasan Masyarakat"),
            (477.6, 492.6, "87,86"), (535.3, 550.3, "95,25"), (568.9, 602.3, "538,666,977"), (609.9, 624.9, "93,81"),
            (643.5, 676.9, "532,445,294"), (684.5, 694.5, "N/A"), (710.0, 720.0, "N/A"), (755.9, 765.9, "N/A"),
            (781.9, 791.9, "N/A"), (827.8, 837.8, "N/A"), (853.3, 863.3, "N/A"), (899.5, 909.5, "N/A"),
            (933.8, 943.8, "N/A"), (980.0, 1000.6, "CAMAT"), (1042.0, 1081.0, "Kec. Plandaan")),
        _at(181.1, h, (87.8, 128.9, "Layanan Publik"), (391.9, 449.3, "Kecamatan Plandaan")),
        _at(196.0, h, (87.8, 147.2, "Meningkatnya kualitas"), (391.9, 452.2, "Nilai Sinergitas Kinerja"),
            (477.6, 492.6, "72,25"), (535.3, 550.3, "66,14"), (568.9, 602.3, "122.690.000"), (609.9, 624.9, "68,55"),
            (643.5, 673.5, "49.525.700"), (684.5, 694.5, "N/A"), (710.0, 720.0, "N/A"), (755.9, 765.9, "N/A"),
            (781.9, 791.9, "N/A"), (827.8, 837.8, "N/A"), (853.3, 863.3, "N/A"), (899.5, 909.5, "N/A"),
            (933.8, 943.8, "N/A"), (980.0, 1000.6, "CAMAT"), (1042.0, 1081.0, "Kec. Plandaan")),
        _at(202.9, h, (87.8, 127.2, "pelayanan dan"), (391.9, 471.6, "Kecamatan Plandaan Minimal")),
        _at(209.8, h, (87.8, 134.2, "penyelenggaraan"), (391.9, 405.6, "BAIK")),
        _at(216.7, h, (87.8, 124.5, "pemerintahan")),
        _at(223.6, h, (87.8, 145.2, "Kecamatan Plandaan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    years = next(row for row in table.rows if "2019" in row)
    subs = table.rows[table.rows.index(years) + 1]
    at = years.index("2019")
    assert years[at : at + 4] == ["2019", "", "2020", ""]
    assert subs[at : at + 4] == ["Realisasi", "Rp", "Realisasi", "Rp"]
    assert next(row for row in table.rows if row[at] == "95,25")[at : at + 4] == [
        "95,25", "538,666,977", "93,81", "532,445,294"
    ]  # fmt: skip


def test_a_label_wrapped_over_three_lines_is_no_group_label_over_its_neighbours():
    """Chromium without rules, 000's RKT annex (measured): "INDIKATOR" / "PROGRAM/KEGIATAN/SUB"
    / "KEGIATAN" wraps in its column; URAIAN | TARGET | ANGGARAN beside it, one line each,
    are centred vertically, a whole line under "INDIKATOR" - beside its second line, not
    under its last. It heads its own column only (was: "INDIKATOR" over six columns, the
    annex's budget lines unread: 000's budget lines 98% -> 22% in the Chromium cells)."""
    lines = [
        _at(106.9, 8.0, (166.0, 205.5, "SARASAN"), (478.9, 519.4, "KEGIATAN")),
        _at(119.7, 8.0, (466.5, 510.2, "INDIKATOR")),
        _at(122.7, 9.5, (183.5, 227.2, "INDIKATOR"), (720.0, 776.4, "KETERANGAN")),
        _at(129.4, 8.0, (111.3, 142.4, "URAIAN"), (248.1, 280.4, "TARGET"), (338.4, 369.5, "URAIAN"),
            (436.5, 540.1, "PROGRAM/KEGIATAN/SUB"), (577.6, 609.9, "TARGET"), (639.1, 704.4, "ANGGARAN (Rp)")),
        _at(133.9, 8.0, (185.6, 225.1, "SARASAN")),
        _at(138.4, 8.0, (468.0, 508.6, "KEGIATAN")),
        _at(151.2, 8.0, (124.6, 129.1, "1"), (203.1, 207.5, "2"), (262.0, 266.4, "3"), (351.7, 356.2, "4"),
            (486.1, 490.6, "5"), (591.5, 596.0, "6"), (669.5, 674.0, "7"), (746.0, 750.4, "8")),
        _at(164.7, 8.0, (90.1, 139.9, "Meningkatnya"), (174.4, 215.7, "Nilai SAKIP"), (247.1, 279.5, "A (87,89)"),
            (292.2, 385.0, "PROGRAM PENUNJANG"), (426.5, 531.8, "Indeks Kepuasan Masyarakat"),
            (560.9, 592.9, "Baik (84)"), (637.4, 704.1, "13.875.741.254,00"), (716.9, 772.9, "Kecamatan dan")),
        _at(173.7, 8.0, (90.1, 151.5, "kinerja perangkat"), (174.4, 209.9, "perangkat"),
            (292.2, 391.0, "URUSAN PEMERINTAHAN"), (716.9, 753.4, "Kelurahan")),
        _at(182.7, 8.0, (90.1, 115.0, "daerah"), (174.4, 199.3, "daerah"), (292.2, 398.3, "DAERAH KABUPATEN/KOTA")),
        _at(192.4, 8.0, (174.4, 214.8, "Kecamatan")),
        _at(201.4, 8.0, (174.4, 218.8, "Sananwetan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0][:7] == ["SARASAN", "", "", "KEGIATAN", "", "", ""]
    assert table.rows[1][:7] == [
        "URAIAN", "INDIKATOR SARASAN", "TARGET", "URAIAN", "INDIKATOR PROGRAM/KEGIATAN/SUB KEGIATAN", "TARGET",
        "ANGGARAN (Rp)",
    ]  # fmt: skip


def test_a_label_whose_next_line_is_left_out_is_no_group_label_over_its_neighbours():
    """Chromium without rules, 000's RKT annex, landscape (the lines the reader gets, measured):
    "INDIKATOR" / "PROGRAM/KEGIATAN/SUB" / "KEGIATAN" wraps in its column, but "KEGIATAN" is
    repeated at this height on every page of the annex and left out as page furniture. Its
    neighbours URAIAN | TARGET | ANGGARAN then share the line under "INDIKATOR", one wrapped
    line's pitch below it (1.1 lines): a cell's next line, not a row of sub-labels (those are
    further: "KINERJA" 1.6 lines over TARGET | REALISASI | CAPAIAN). "INDIKATOR" heads its own
    column (was: over six columns, 22% of the annex's budget lines read)."""
    h = 8.9
    lines = [
        _at(73.0, h, (166.0, 205.5, "SARASAN"), (478.9, 519.4, "KEGIATAN")),
        _at(85.8, h, (466.5, 510.2, "INDIKATOR")),
        _at(88.8, 10.4, (183.5, 227.2, "INDIKATOR"), (720.0, 776.4, "KETERANGAN")),
        _at(95.5, h, (111.3, 142.4, "URAIAN"), (248.1, 280.4, "TARGET"), (338.4, 369.5, "URAIAN"),
            (436.5, 540.1, "PROGRAM/KEGIATAN/SUB"), (577.6, 609.9, "TARGET"), (639.1, 704.4, "ANGGARAN (Rp)")),
        _at(100.0, h, (185.6, 225.1, "SARASAN")),
        _at(117.3, h, (124.6, 129.1, "1"), (203.1, 207.5, "2"), (262.0, 266.4, "3"), (351.7, 356.2, "4"),
            (486.1, 490.6, "5"), (591.5, 596.0, "6"), (669.5, 674.0, "7"), (746.0, 750.4, "8")),
        _at(130.8, h, (90.1, 139.9, "Meningkatnya"), (174.4, 215.7, "Nilai SAKIP"), (247.1, 279.5, "A (87,89)"),
            (292.2, 385.0, "PROGRAM PENUNJANG"), (426.5, 531.8, "Indeks Kepuasan Masyarakat"),
            (560.9, 592.9, "Baik (84)"), (637.4, 704.1, "13.875.741.254,00"), (716.9, 772.9, "Kecamatan dan")),
        _at(139.8, h, (90.1, 151.4, "kinerja perangkat"), (174.4, 209.9, "perangkat"),
            (292.2, 391.0, "URUSAN PEMERINTAHAN"), (716.9, 753.4, "Kelurahan")),
        _at(148.8, h, (90.1, 115.0, "daerah"), (174.4, 199.2, "daerah"), (292.2, 398.3, "DAERAH KABUPATEN/KOTA")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[1][2:7] == ["TARGET", "URAIAN", "INDIKATOR PROGRAM/KEGIATAN/SUB", "TARGET", "ANGGARAN (Rp)"]
    assert table.rows[3][6] == "13.875.741.254,00"


def test_a_sliver_between_a_figure_and_a_group_label_does_not_hide_the_gutter_beside_it():
    """WeasyPrint with a rule under the header, 002's Tabel 3.11 (measured): the group label
    "Kinerja Tahun 2022" starts 3.7 pt right of where the targets end, under "Target"'s
    last letters. That sliver of white, run over by "Target" and so not taken, bounded the
    real gutter after it (15 pt between "Target" and "Realisasi"): with only "Target" ending
    beside it there, the gutter was not taken either, and every row read "71,00 70,17" in
    one cell (no target, no realisasi: the AKIP, IKM and IPP rows lost). A strip not taken
    bounds no other."""
    h = 10.1
    lines = [
        _at(334.4, h, (440.1, 522.0, "Kinerja Tahun 2022"), (596.8, 744.2, "Sumber Daya Manusia Tahun 2022")),
        _at(352.8, h, (128.1, 140.1, "No"), (198.0, 274.1, "Sasaran Strategis"), (312.2, 383.2, "Indikator Kinerja"),
            (741.6, 749.6, "%")),
        _at(357.9, h, (568.9, 615.9, "Kebutuhan"), (639.2, 695.7, "Ketersediaan")),
        _at(363.1, h, (414.4, 441.2, "Target"), (457.2, 496.2, "Realisasi"), (512.5, 547.5, "Capaian"),
            (717.4, 773.9, "Ketersediaan")),
        _at(368.3, h, (568.4, 616.3, "SDM (ABK)"), (657.5, 677.5, "SDM")),
        _at(373.5, h, (735.6, 755.6, "SDM")),
        _at(392.8, h, (92.0, 99.5, "1."), (190.1, 246.2, "Meningkatnya"), (296.0, 391.8, "Nilai evaluasi AKIP Kec."),
            (413.4, 435.9, "71,00"), (456.2, 478.7, "70,17"), (511.2, 541.7, "98,83%"), (562.8, 572.8, "19"),
            (636.0, 641.0, "6"), (713.0, 743.5, "31,58%")),
        _at(403.2, h, (190.1, 257.7, "akuntabilitas dan"), (296.0, 334.0, "Plandaan")),
        _at(413.5, h, (190.1, 264.7, "kinerja Kecamatan")),
        _at(431.9, h, (92.0, 99.5, "2."), (190.1, 279.2, "Meningkatnya kualitas"), (296.0, 360.0, "IKM Kecamatan"),
            (413.4, 435.9, "93,80"), (456.2, 478.7, "94,22"), (511.2, 546.8, "100,45%"), (562.8, 567.8, "4"),
            (636.0, 641.0, "1"), (713.0, 731.0, "25%")),
        _at(442.2, h, (190.1, 259.7, "penyelenggaraan"), (296.0, 334.0, "Plandaan")),
        _at(452.6, h, (190.1, 262.7, "pemerintahan dan")),
        _at(460.6, h, (296.0, 398.9, "IPP Kecamatan Plandaan"), (413.4, 430.9, "3,30"), (456.2, 473.7, "3,49"),
            (511.2, 546.8, "105,76%"), (562.8, 567.8, "4"), (636.0, 641.0, "1"), (713.0, 731.0, "25%")),
        _at(462.9, h, (190.1, 269.7, "layanan Kecamatan")),
        _at(473.3, h, (190.1, 228.2, "Plandaan")),
        _at(478.9, h, (296.0, 374.0, "Persentase laporan"), (413.4, 436.4, "100%"), (456.2, 479.2, "100%"),
            (511.2, 534.2, "100%"), (562.8, 567.8, "5"), (636.0, 641.0, "3"), (713.0, 731.0, "60%")),
        _at(489.3, h, (296.0, 375.0, "pelanggaran Perda/")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    labels = next(row for row in table.rows if "Target" in row)
    at = labels.index("Target")
    assert labels[at : at + 3] == ["Target", "Realisasi", "Capaian"]
    ikm = next(row for row in table.rows if "IKM Kecamatan Plandaan" in row)
    assert ikm[at : at + 3] == ["93,80", "94,22", "100,45%"]


def test_group_labels_over_sub_labels_a_row_and_a_quarter_below_head_them():
    """Chromium without rules, 001's Tabel 3.2.1.2 (measured): `KINERJA` and `ANGGARAN`
    over TARGET | REALISASI | CAPAIAN and ALOKASI | REALISASI | CAPAIAN, 12.0 pt under them,
    1.29 times the group labels' line height (their line box is the header's tallest). At
    1.3 they were read as wrapped labels of the middle columns (`KINERJA REALISASI`), and
    the averages were checked over the wrong capaian (a false sedang average_mismatch)."""
    lines = [
        _at(219.4, 9.3, (186.4, 224.6, "INDIKATOR"), (296.0, 326.7, "KINERJA"), (438.0, 479.2, "ANGGARAN")),
        _at(225.4, 7.8, (96.5, 155.7, "NAMA PROGRAM")),
        _at(229.2, 7.8, (190.2, 220.9, "KINERJA")),
        _at(231.4, 7.8, (250.0, 278.3, "TARGET"), (291.1, 328.4, "REALISASI"), (341.2, 372.6, "CAPAIAN"),
            (392.0, 423.5, "ALOKASI"), (446.7, 484.0, "REALISASI"), (500.5, 531.9, "CAPAIAN")),
        _at(243.4, 7.8, (90.1, 117.0, "Program"), (172.8, 206.6, "Nilai Paten"), (249.0, 256.8, "84"),
            (290.1, 307.6, "80,55"), (340.2, 357.7, "95,89"), (384.4, 419.4, "19.769.500"),
            (441.9, 477.0, "19.769.500"), (499.5, 511.2, "100")),
        _at(250.9, 7.8, (90.1, 145.0, "Penyelenggaraan"), (172.8, 208.2, "Kecamatan")),
        _at(259.2, 7.8, (90.1, 146.5, "pemerintahan dan")),
        _at(267.4, 7.8, (90.1, 144.2, "Pelayanan Publik")),
        _at(279.4, 7.8, (90.1, 154.3, "Program Pembinaan"), (172.8, 235.8, "Persentase Laporan"), (249.0, 260.7, "100"),
            (290.1, 301.7, "100"), (340.2, 351.9, "100"), (384.4, 419.4, "11.960.950"), (441.9, 477.0, "11.945.750"),
            (499.5, 511.2, "100")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0][2:] == ["KINERJA", "", "", "ANGGARAN", "", ""]
    assert table.rows[1][2:] == ["TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "CAPAIAN"]


def _measured(*lines: tuple) -> list[Line]:
    return [Line(list(segments), top, bottom) for top, bottom, *segments in lines]


def test_a_caption_set_close_under_a_table_opens_the_next_one_and_is_no_row():
    # 001's Tabel 3.2.2.1 and 3.2.2.2 through WeasyPrint in a larger type (measured, page 53):
    # the second caption 17 pt under the first table's last line, a line of words like a
    # row naming a program: the first table ran on into the second, whose caption and title
    # became its first rows (and its values were lost).
    lines = _measured(
        (144.2, 155.8, (254.6, 308.3, "SASARAN"), (487.6, 550.2, "% CAPAIAN"), (584.5, 672.5, "% PENYERAPAN"), (714.1, 762.8, "TINGKAT")),
        (150.0, 161.6, (142.2, 159.0, "NO"), (354.0, 465.2, "INDIKATOR KINERJA")),
        (155.7, 167.3, (250.7, 312.2, "STRATEGIS"), (496.0, 541.8, "KINERJA"), (596.5, 660.5, "ANGGARAN"), (711.2, 765.7, "EFISIENSI")),
        (176.2, 187.8, (92.0, 98.4, "1"), (223.2, 293.8, "Meningkatnya"), (353.8, 446.0, "Nilai Evaluasi AKIP"), (479.4, 514.4, "102,04"), (572.3, 585.0, "97"), (698.7, 721.0, "5,04")),
        (187.7, 199.3, (223.2, 310.2, "Akuntabilitas dan"), (353.8, 460.7, "Kecamatan Sumobito")),
        (199.2, 210.8, (223.2, 317.3, "Kinerja Kecamatan")),
        (218.7, 230.3, (92.0, 98.4, "2"), (223.2, 336.3, "Meningkatnya Kualitas"), (353.8, 429.1, "Indeks Kualitas"), (479.4, 514.4, "105,71"), (572.3, 591.4, "100"), (698.7, 721.0, "5,71")),
        (230.2, 241.8, (223.2, 298.8, "Layanan Publik"), (353.8, 438.4, "Pelayanan Publik")),
        (241.7, 253.3, (353.8, 442.4, "(IKPP) Kecamatan")),
        (253.2, 264.8, (353.8, 401.5, "Sumobito")),
        (272.7, 284.3, (92.0, 174.4, "TOTAL EFISIENSI"), (479.4, 514.4, "103,88"), (572.3, 600.9, "98,50"), (698.7, 727.3, "10,75")),
        (284.2, 295.8, (92.0, 163.6, "PENGGUNAAN")),
        (295.7, 307.3, (92.0, 163.4, "SUMBER DAYA")),
        (324.2, 335.8, (398.9, 471.3, "Tabel 3.2.2.2")),
        (337.7, 349.3, (335.4, 534.8, "Efisiensi Penggunaan Sumber Daya")),
        (358.2, 367.5, (310.4, 405.8, "KINERJA TAHUN 2024"), (504.5, 672.3, "SUMBER DAYA MANUSIA TAHUN 2024")),
        (371.4, 380.7, (109.1, 152.0, "SASARAN"), (193.9, 243.4, "INDIKATOR"), (731.8, 775.3, "EFISIENSI")),
        (380.0, 389.9, (106.0, 155.1, "STRATEGIS"), (200.3, 236.9, "KINERJA"), (385.9, 443.5, "PERSENTASE"), (471.2, 527.0, "KEBUTUHAN"), (553.1, 621.8, "KETERSEDIAAN"), (743.4, 763.7, "SDM")),
        (384.6, 393.9, (269.2, 303.9, "TARGET"), (319.9, 366.4, "REALISASI"), (642.5, 711.1, "KETERSEDIAAN")),
        (389.2, 398.5, (395.1, 434.3, "CAPAIAN"), (474.6, 523.6, "SDM (ABK)"), (577.3, 597.6, "SDM")),
        (412.0, 421.3, (92.0, 148.6, "Meningkatnya"), (183.1, 236.4, "Nilai Evaluasi"), (268.2, 298.1, "BB (72)"), (318.9, 341.7, "73,47"), (381.4, 409.4, "102,04"), (462.0, 472.1, "19"), (550.2, 555.3, "4"), (638.7, 669.2, "21,05%"), (728.9, 751.8, "78,94")),
        (421.2, 430.5, (92.0, 161.6, "Akuntabilitas dan"), (183.1, 248.4, "AKIP Kecamatan")),
    )  # fmt: skip
    tables, prose = borderless_tables(lines)
    assert [line.text for line in prose] == ["Tabel 3.2.2.2", "Efisiensi Penggunaan Sumber Daya"]
    assert len(tables) == 2
    assert tables[0].rows[-1][0] == "TOTAL EFISIENSI PENGGUNAAN SUMBER DAYA"
    assert not any("Tabel" in cell for table in tables for row in table.rows for cell in row)


def test_words_in_small_letters_under_a_header_in_capitals_are_a_row_not_a_label():
    # 001's Tabel 2.1 (programs) through WeasyPrint in a larger type (measured, page 18): an
    # indicator's name moved whole past the break sits 4.9 pt under the repeated header's
    # INDIKATOR PROGRAM, as close as a wrapped label's next line would: read into the header,
    # the row it names was lost.
    lines = _measured(
        (74.8, 86.4, (93.0, 109.9, "NO"), (147.5, 261.8, "SASARAN PROGRAM"), (349.6, 406.8, "PROGRAM"), (489.6, 612.1, "INDIKATOR PROGRAM"), (644.7, 688.0, "TARGET"), (708.6, 772.7, "ANGGARAN")),
        (91.3, 102.9, (472.0, 594.5, "Persentase rekomendasi")),
        (102.8, 114.4, (472.0, 567.3, "Forkopimcam yang")),
        (114.3, 125.9, (472.0, 543.5, "ditindaklanjuti")),
        (133.8, 145.4, (92.0, 101.6, "4."), (124.9, 250.6, "Meningkatnya Koordinasi"), (298.4, 395.7, "Program Koordinasi"), (472.0, 599.8, "Persentase laporan kasus"), (643.7, 672.3, "100%"), (703.0, 760.3, "10.226.800")),
        (145.3, 156.9, (124.9, 267.0, "Ketentraman dan Ketertiban"), (298.4, 440.5, "Ketentraman dan Ketertiban"), (472.0, 610.1, "pelanggaran Perda/Perkada")),
        (187.8, 199.4, (92.0, 101.6, "5."), (124.9, 276.4, "Meningkatnya Pembinaan dan"), (298.4, 421.5, "Program Pembinaan dan"), (472.0, 617.8, "Persentase Laporan Realisasi"), (643.7, 672.3, "100%"), (703.0, 760.3, "11.960.950")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0] == ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert table.rows[1] == ["", "", "", "Persentase rekomendasi Forkopimcam yang ditindaklanjuti", "", ""]


def test_a_legends_heading_close_under_the_last_row_is_no_cell_of_it():
    # 000's Tabel 3.8 through LibreOffice in Liberation Serif 11 pt with a rule under the
    # header (measured, page 35): "Keterangan tingkat efisiensi :" 4.8 pt under the last row's
    # wrapped name, read as more of it ("Sasaran 3 : ... perangkat daerah Keterangan tingkat
    # efisiensi :"): the sasaran's efficiency lost its name and its prose statement its match.
    lines = _measured(
        (123.6, 133.7, (85.2, 210.7, "Tujuan / Sasaran Strategis"), (271.2, 350.3, "Capaian Kinerja"), (366.3, 455.2, "Serapan Anggaran"), (470.7, 550.4, "Tingkat Efisiensi")),
        (141.4, 151.4, (85.2, 234.1, "Tujuan I : Meningkatnya Kualitas"), (271.2, 310.6, "100,16%"), (366.3, 400.2, "99,28%"), (470.7, 489.9, "1,01")),
        (154.0, 164.0, (85.2, 161.8, "Pelayanan Publik")),
        (258.6, 268.6, (85.2, 232.9, "Sasaran 3 : Meningkatnya kinerja"), (271.2, 305.1, "96,76%"), (366.3, 400.2, "97,81%"), (470.7, 489.9, "0,99")),
        (271.2, 281.2, (85.2, 160.5, "perangkat daerah")),
        (286.0, 297.0, (85.2, 226.1, "Keterangan tingkat efisiensi :")),
        (311.9, 320.5, (85.2, 142.1, "≥ 1 : efisien")),
    )  # fmt: skip
    lines[3:3] = _measured(
        (170.7, 180.7, (85.2, 239.0, "Sasaran 1 : Meningkatnya Kualitas"), (271.2, 310.6, "100,00%"), (366.3, 400.2, "91,95%"), (470.7, 489.9, "1,09")),
        (183.3, 193.3, (85.2, 182.5, "Pelayanan Kecamatan")),
        (229.3, 239.3, (85.2, 252.7, "Tujuan II : Meningkatnya Tata Kelola"), (271.2, 305.1, "96,76%"), (366.3, 400.2, "97,81%"), (470.7, 489.9, "0,99")),
        (241.9, 251.9, (85.2, 163.6, "Perangkat Daerah")),
    )  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert table.rows[-1] == ["Sasaran 3 : Meningkatnya kinerja perangkat daerah", "96,76%", "97,81%", "0,99"]
    assert [line.text for line in prose] == ["Keterangan tingkat efisiensi :", "≥ 1 : efisien"]


def test_a_numbered_item_with_its_figures_opens_a_row_however_close_under_a_cut_rows_rest():
    # 001's Tabel 2.5 through LibreOffice without rules, Liberation Serif 11 pt (measured,
    # page 27): the rest of a row cut by the page break, its merged sasaran's last line
    # ("Kecamatan") ending 3.7 pt below where the next row's "2. Jumlah BUMDesa yang | 21"
    # starts: read as one row, the item took the rest's words and the rest lost its own.
    lines = _measured(
        (124.0, 131.4, (85.2, 101.6, "NO"), (114.4, 259.7, "PROGRAM/KEGIATAN/SUB"), (284.6, 336.5, "SASARAN"), (431.6, 496.4, "INDIKATOR"), (576.7, 623.1, "TARGET"), (640.4, 707.5, "FORMULASI")),
        (136.7, 144.1, (114.4, 174.2, "KEGIATAN")),
        (153.0, 163.0, (114.4, 269.1, "Masyarakat di Wilayah Kecamatan"), (284.6, 387.1, "Masyarakat di Wilayah"), (431.6, 529.9, "/Perubahan APB Desa"), (640.4, 697.7, "Desa tahun n")),
        (166.1, 173.4, (284.6, 334.0, "Kecamatan")),
        (169.7, 179.7, (431.6, 548.2, "2. Jumlah BUMDesa yang"), (576.7, 587.7, "21"), (640.4, 746.0, "Jumlah BUMDesa yang")),
        (182.3, 190.0, (431.6, 502.4, "dikoordinasikan"), (576.7, 618.8, "BUMDes"), (640.4, 746.6, "dikoordinasikan tahun n")),
        (199.0, 209.0, (431.6, 538.7, "3. Jumlah TP PKK yang"), (576.7, 628.9, "21 TP-PKK"), (640.4, 736.5, "Jumlah TP PKK yang")),
        (211.6, 219.3, (431.6, 502.4, "dikoordinasikan"), (640.4, 746.6, "dikoordinasikan tahun n")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines, [108.0, 278.0, 425.2, 568.5, 633.0])
    body = [row for row in table.rows if any(row[3:])]
    assert [row[3:5] for row in body[-3:]] == [
        ["/Perubahan APB Desa", ""],
        ["2. Jumlah BUMDesa yang dikoordinasikan", "21 BUMDes"],
        ["3. Jumlah TP PKK yang dikoordinasikan", "21 TP-PKK"],
    ]
    assert body[-3][2] == "Masyarakat di Wilayah Kecamatan"


def test_a_header_over_a_page_end_row_with_no_figure_is_still_the_header():
    """000's Tabel 3.3 in DejaVu Sans 10 through Chromium, header rule only (measured): the
    page ends after the first row, whose cells wrap as "Baik" over "(84)" - no line of the
    run holds a figure. The header still ends where the first line that is no label starts,
    and "Target" / "Realisasi" head their three years (was: no header, the header's words
    read as a body row, 'Target 2023' one column, six values lost)."""
    lines = [
        _at(663.1, 10.0, (96.7, 166.7, "Kinerja Utama /"), (315.2, 343.9, "Target"), (446.7, 486.8, "Realisasi")),
        _at(667.6, 9.3, (200.7, 241.8, "Indikator")),
        _at(672.1, 9.3, (110.7, 152.7, "Sasaran /")),
        _at(677.3, 9.3, (205.2, 237.3, "Kinerja")),
        _at(681.1, 10.0, (112.4, 151.1, "Program"), (272.7, 294.9, "2022"), (315.5, 337.7, "2023"),
            (361.3, 383.5, "2024"), (408.2, 430.4, "2022"), (456.3, 478.6, "2023"), (503.8, 526.0, "2024")),
        _at(699.8, 9.3, (91.7, 148.2, "Meningkatnya"), (185.7, 253.4, "Indeks Kepuasan"), (270.8, 288.1, "Baik"),
            (310.7, 328.0, "Baik"), (356.5, 373.7, "Baik"), (402.3, 419.5, "Baik"), (450.4, 467.6, "Baik"),
            (498.5, 515.8, "Baik")),
        _at(708.8, 9.3, (91.7, 167.0, "kualitas pelayanan"), (185.7, 255.3, "Masyarakat (IKM)"),
            (270.8, 287.2, "(84)"), (310.7, 327.1, "(86)"), (356.5, 372.9, "(88)"), (402.3, 433.9, "(83, 14)"),
            (450.4, 482.1, "(87, 98)"), (498.5, 527.7, "(88,14)")),
        _at(717.8, 9.3, (185.7, 230.6, "Kecamatan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[:2] == [
        ["Kinerja Utama / Sasaran / Program", "Indikator Kinerja", "Target", "", "", "Realisasi", "", ""],
        ["", "", "2022", "2023", "2024", "2022", "2023", "2024"],
    ]
    assert table.rows[2][2:] == [
        "Baik (84)",
        "Baik (86)",
        "Baik (88)",
        "Baik (83, 14)",
        "Baik (87, 98)",
        "Baik (88,14)",
    ]


_KECAMATAN_LAIN = [
    _at(105.3, 8.1, (663.5, 764.9, "Kecamatan Sukorejo Kab.")),
    _at(109.0, 8.1, (234.6, 337.4, "Kecamatan Kapanjenkidul"), (389.2, 470.3, "Kecamatan Sukorejo"),
        (525.3, 620.4, "Kecamatan Sananwetan")),
    _at(112.8, 8.1, (695.7, 732.6, "Pasuruan")),
    _at(124.8, 8.1, (103.8, 134.8, "Tujuan /"), (166.3, 202.3, "Indikator")),
    _at(129.3, 8.1, (237.7, 262.8, "Target"), (304.0, 339.1, "Realisasi"), (379.7, 404.9, "Target"),
        (447.2, 482.3, "Realisasi"), (524.7, 549.8, "Target"), (590.4, 625.5, "Realisasi"), (665.4, 690.5, "Target"),
        (731.1, 766.2, "Realisasi")),
    _at(133.0, 8.1, (103.4, 135.2, "Sasaran"), (170.2, 198.4, "Kinerja")),
    _at(145.0, 8.1, *[(x, x + 23.5, "Tahun") for x in (220.7, 256.3, 291.6, 327.3, 363.0, 398.1, 434.3, 471.7,
        508.0, 543.0, 578.6, 614.2, 648.4, 682.8, 718.1, 754.4)]),
    _at(153.3, 8.1, *[(x, x + 19.5, year) for x, year in zip((222.8, 258.3, 293.6, 329.3, 365.0, 400.1, 436.3,
        473.8, 510.0, 545.1, 580.7, 616.2, 650.4, 684.8, 720.1, 756.4), ["2023", "2024"] * 8, strict=True)]),
    _at(169.0, 8.1, (116.9, 121.7, "1"), (181.9, 186.7, "2"), (230.1, 234.9, "3"), (265.6, 270.5, "4"),
        (300.9, 305.8, "5"), (336.6, 341.5, "6"), (372.3, 377.2, "7"), (407.4, 412.3, "8"), (443.6, 448.5, "9"),
        (478.6, 488.4, "10"), (514.9, 524.6, "11"), (549.9, 559.7, "12"), (585.5, 595.3, "13"),
        (621.1, 630.8, "14"), (655.3, 665.0, "15"), (689.7, 699.4, "16"), (725.0, 734.7, "17"),
        (761.3, 771.0, "18")),
    _at(186.3, 8.1, (87.5, 136.9, "Meningkatnya"), (156.7, 179.6, "Indeks"), (217.5, 242.1, "Sangat"),
        (253.1, 277.7, "Sangat"), (288.6, 303.7, "Baik"), (323.7, 348.3, "Sangat"), (360.1, 375.1, "Baik"),
        (395.1, 410.2, "Baik"), (430.2, 454.8, "Sangat"), (467.6, 492.2, "Sangat"), (505.0, 520.1, "Baik"),
        (540.1, 555.2, "Baik"), (575.1, 590.2, "Baik"), (611.2, 626.3, "Baik"), (646.3, 648.8, "-"),
        (679.6, 704.2, "Sangat"), (715.1, 730.2, "Baik"), (750.2, 774.8, "Sangat")),
    _at(193.8, 8.1, (87.5, 114.7, "kualitas"), (156.7, 190.8, "Kepuasan"), (217.5, 232.6, "Baik"),
        (253.1, 268.2, "Baik"), (288.6, 314.1, "(84,22)"), (323.7, 338.8, "Baik"), (360.1, 374.4, "(89)"),
        (395.1, 420.6, "(89,10)"), (430.2, 445.2, "Baik"), (467.6, 482.7, "Baik"), (505.0, 519.4, "(86)"),
        (540.1, 554.4, "(88)"), (575.1, 600.6, "(87,98)"), (611.2, 636.7, "(88,14)"), (679.6, 694.7, "Baik"),
        (715.1, 740.6, "(87,99)"), (750.2, 765.3, "Baik")),
    _at(202.0, 8.1, (87.5, 147.6, "pelayanan publik"), (156.7, 197.2, "Masyarakat"), (217.5, 231.9, "(91)"),
        (253.1, 267.4, "(91)"), (323.7, 338.0, "(91)"), (430.2, 455.6, "(90,26)"), (467.6, 493.1, "(90,61)"),
        (679.6, 693.9, "(90)"), (750.2, 775.7, "(95,40)")),
    _at(210.3, 8.1, (156.7, 174.8, "(IKM)")),
    _at(217.7, 8.1, (156.7, 195.9, "Kecamatan")),
    _at(234.2, 8.1, (87.5, 136.9, "Meningkatnya"), (156.7, 195.2, "Presentase"), (217.5, 237.5, "100%"),
        (253.1, 273.1, "100%"), (288.6, 308.6, "100%"), (323.7, 343.7, "100%"), (360.1, 375.6, "97%"),
        (395.1, 415.1, "100%"), (430.2, 450.2, "100%"), (467.6, 487.6, "100%"), (505.0, 520.6, "97%"),
        (540.1, 560.1, "100%"), (575.1, 601.8, "98,63%"), (611.2, 631.2, "100%"), (646.3, 648.8, "-"),
        (679.6, 682.1, "-"), (715.1, 717.7, "-"), (750.2, 752.7, "-")),
    _at(242.5, 8.1, (87.5, 114.7, "kualitas"), (156.7, 193.2, "pelayanan")),
]  # fmt: skip


def test_a_label_centred_down_a_tall_cell_does_not_join_the_rows_beside_it():
    """000's Tabel 3.5 in DejaVu Sans 10 through Chromium (measured): "Tujuan / Sasaran" is
    centred down three header rows, so its first line opens between the kecamatan labels and
    the Target | Realisasi row under them (each less than half a line from the line before).
    Each line's block is that of the label over it: the kecamatan head four columns each,
    Target | Realisasi two each, in a row of their own (was: "Kecamatan Kapanjenkidul Target"
    one label, the comparison table's columns misnamed, 7 false findings)."""
    (table,), _ = borderless_tables(_KECAMATAN_LAIN)
    assert table.rows[0] == ["Tujuan / Sasaran", "Indikator Kinerja"] + [
        label
        for name in ("Kecamatan Kapanjenkidul", "Kecamatan Sukorejo", "Kecamatan Sananwetan")
        for label in (name, "", "", "")
    ] + ["Kecamatan Sukorejo Kab. Pasuruan", "", "", ""]
    assert table.rows[1] == ["", ""] + ["Target", "", "Realisasi", ""] * 4
    assert table.rows[-2][10:12] == ["Baik (86)", "Baik (88)"]  # Sananwetan's own targets
    assert table.rows[-1][:4] == ["Meningkatnya kualitas", "Presentase pelayanan", "100%", "100%"]


def test_a_label_set_half_a_line_above_its_row_is_the_headers_not_the_title():
    """The same header: "Kecamatan Sukorejo Kab." wraps onto "Pasuruan", so the browser sets
    it half a line higher than its neighbours - alone on its line, with no header word. It
    overlaps the next line's height: a cell of that row, not a line of the title above."""
    tables, prose = borderless_tables(_KECAMATAN_LAIN)
    assert not prose
    assert tables[0].top == 105.3


def test_a_label_in_capitals_keeps_its_next_lines():
    """002's Tabel 3.9 through LibreOffice, header rule only, on a page that repeats its header
    (measured): lines of capitals have no descender, so their boxes (4.9 pt) are shorter than
    the pitch suggests, and the gap to the next line (3.1 pt) looks like more than half a
    line. "KEGIATAN" follows "KEGIATAN DAN SUB" at the pitch that follows "PROGRAM,": the
    label's last line. "TAHUNAN" (6.5 pt, parentheses beside it) is measured by its own
    height: half a line under "TARGET". Both labels as the text export prints them, but for
    "PERSENTASE", which the column (32 pt) broke as no line of it could hold it: the export
    prints the break ("PERSEN TASE"), the reader joins the word (`wrapping._forced`)."""
    lines = [
        _at(122.8, 6.0, (85.2, 95.6, "NO"), (153.7, 228.7, "SASARAN PROGRAM,"), (254.5, 331.4, "PROGRAM, KEGIATAN"),
            (352.7, 424.2, "INDIKATOR KINERJA"), (439.3, 470.0, "KINERJA"), (593.5, 634.7, "ANGGARAN")),
        _at(130.8, 6.0, (153.7, 208.8, "KEGIATAN, SUB"), (254.5, 324.8, "DAN SUB KEGIATAN"), (352.7, 391.1, "PROGRAM,")),
        _at(138.9, 4.9, (153.7, 190.2, "KEGIATAN"), (352.7, 423.0, "KEGIATAN DAN SUB")),
        _at(146.9, 4.9, (352.7, 389.2, "KEGIATAN")),
        _at(151.9, 4.9, (439.3, 468.0, "TARGET"), (490.5, 527.8, "REALISASI"), (545.6, 577.4, "CAPAIAN"),
            (593.5, 613.6, "PAGU"), (664.0, 701.3, "REALISASI"), (735.4, 764.1, "PERSEN")),
        _at(159.8, 6.5, (439.3, 473.8, "TAHUNAN"), (490.5, 514.9, "TAHUN"), (545.6, 556.4, "(%)"),
            (664.0, 705.9, "TAHUN 2022"), (735.4, 766.8, "TASE (%)")),
        _at(168.0, 4.9, (490.5, 506.1, "2022"), (735.4, 767.2, "CAPAIAN")),
        _at(180.0, 6.5, (85.2, 89.1, "2"), (153.7, 197.2, "Meningkatnya"), (254.5, 338.0, "Program Penyelenggaraan"),
            (352.7, 391.5, "Nilai PATEN"), (439.3, 456.8, "83.25"), (490.5, 508.0, "86.31"), (545.6, 573.2, "103.68%"),
            (593.5, 634.2, "4,733,000.00"), (664.0, 704.7, "4,733,000.00"), (735.4, 763.0, "100.00%")),
        _at(188.1, 6.5, (153.7, 208.5, "Penyelenggaraan"), (254.5, 311.6, "Pemerintahan dan"), (352.7, 388.1, "Kecamatan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[:2] == [
        ["NO", "SASARAN PROGRAM, KEGIATAN, SUB KEGIATAN", "PROGRAM, KEGIATAN DAN SUB KEGIATAN",
         "INDIKATOR KINERJA PROGRAM, KEGIATAN DAN SUB KEGIATAN", "KINERJA", "", "", "ANGGARAN", "", ""],
        ["", "", "", "", "TARGET TAHUNAN", "REALISASI TAHUN 2022", "CAPAIAN (%)", "PAGU", "REALISASI TAHUN 2022",
         "PERSENTASE (%) CAPAIAN"],
    ]  # fmt: skip


def test_rows_apart_by_less_than_half_a_line_when_wrapped_lines_touch():
    """000's Tabel 3.5 in DejaVu Sans 10 through WeasyPrint without rules (measured, the first
    four columns): a cell's wrapped lines are set at the pitch of their boxes (8.1 pt apart,
    the boxes overlapping by 0.1 pt), rows 3.9 pt apart - under half a line. The wrapped
    lines' gap is what a row's is compared with: three rows (was: the first two one row,
    "Sangat Baik (91) 100%" in each cell, 12 values lost and 11 findings on misread figures)."""
    lines = [  # to the hundredth: the boxes overlap by 0.1 pt
        Line([(104.1, 135.2, "Tujuan /"), (166.6, 202.6, "Indikator")], 119.90, 128.05),
        Line([(238.0, 263.2, "Target")], 123.92, 132.07),
        Line([(103.7, 135.5, "Sasaran"), (170.6, 198.7, "Kinerja")], 127.95, 136.10),
        Line([(221.0, 244.6, "Tahun"), (256.6, 280.2, "Tahun")], 135.97, 144.12),
        Line([(223.1, 242.6, "2023"), (258.6, 278.1, "2024")], 144.02, 152.17),
        Line([(117.2, 122.1, "1"), (182.2, 187.1, "2"), (230.4, 235.3, "3"), (265.9, 270.8, "4")], 156.07, 164.22),
        Line([(87.8, 137.3, "Meningkatnya"), (157.0, 180.0, "Indeks"), (217.8, 242.5, "Sangat"),
              (253.4, 278.1, "Sangat")], 168.12, 176.27),
        Line([(87.8, 115.0, "kualitas"), (157.0, 191.1, "Kepuasan"), (217.8, 232.9, "Baik"), (253.4, 268.5, "Baik")],
             176.17, 184.32),
        Line([(87.8, 147.9, "pelayanan publik"), (157.0, 197.5, "Masyarakat"), (217.8, 232.2, "(91)"),
              (253.4, 267.8, "(91)")], 184.22, 192.37),
        Line([(157.0, 175.2, "(IKM)")], 192.27, 200.42),
        Line([(157.0, 196.3, "Kecamatan")], 200.32, 208.47),
        Line([(87.8, 137.3, "Meningkatnya"), (157.0, 195.5, "Presentase"), (217.8, 237.8, "100%"),
              (253.4, 273.4, "100%")], 212.37, 220.52),
        Line([(87.8, 115.0, "kualitas"), (157.0, 193.6, "pelayanan")], 220.42, 228.57),
        Line([(87.8, 124.4, "pelayanan"), (157.0, 198.8, "yang sesuai")], 228.47, 236.62),
        Line([(87.8, 126.7, "kecamatan"), (157.0, 186.5, "standart")], 236.52, 244.67),
        Line([(157.0, 193.6, "pelayanan")], 244.57, 252.72),
        Line([(87.8, 137.3, "Meningkatnya"), (157.0, 195.5, "Presentase"), (217.8, 233.4, "75%"),
              (253.4, 273.4, "100%")], 256.62, 264.77),
        Line([(87.8, 115.0, "kualitas"), (157.0, 191.8, "kelurahan")], 264.67, 272.82),
        Line([(87.8, 138.6, "pembangunan"), (157.0, 185.7, "berdaya")], 272.72, 280.87),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert [row[2:] for row in table.rows[-3:]] == [
        ["Sangat Baik (91)", "Sangat Baik (91)"],
        ["100%", "100%"],
        ["75%", "100%"],
    ]
    assert table.rows[-2][1] == "Presentase pelayanan yang sesuai standart pelayanan"


def _kept_lines(name: str) -> list[Line]:
    """Lines the PDF reader handed `borderless_tables` on a rendered page, kept as measured."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / name).read_text(encoding="utf-8"))
    return [Line([tuple(s) for s in line["segments"]], line["top"], line["bottom"]) for line in data["lines"]]


_RENSTRA_MATRIX = "002-tabel-6.1-chromium-dejavu10-p96.json"


def test_group_labels_leave_the_columns_the_next_group_label_is_centred_on():
    """002's Tabel 6.1 through Chromium in DejaVu Sans 10 (measured): "Realisasi Kinerja
    Program dan Pendanaan" is centred over 2019 | 2020 (four columns), and as well over the
    seven from "Data Capaian" to 2021's Rp. - columns of equal widths leave the span open.
    "Target Kinerja ..." is centred over 2021 to the Renstra's end: the first label keeps to
    the columns that leaves it, as the text export prints both (was: over "Data Capaian",
    2021 under "Realisasi", every value of the matrix filed under the wrong heading)."""
    table = borderless_tables(_kept_lines(_RENSTRA_MATRIX))[0][0]
    groups = {k: cell for k, cell in enumerate(table.rows[0]) if cell}
    assert groups == {6: "Realisasi Kinerja Program dan Pendanaan", 10: "Target Kinerja Program dan Kerangka Pendanaan"}
    assert table.rows[1][5:11] == ["Data Capaian Pada Tahun Awal Perencanaan", "2019", "", "2020", "", "2021"]


def test_a_row_of_missing_value_marks_opens_no_stacked_table():
    """The same page: half-way down, "Pengadaan Kendaraan Dinas/Operasional" has "N/A" in
    every figure column - no figure, so it looked like the header of a second table stacked
    under the first, and the page was cut there into two tables of other columns (the second
    no longer continued Tabel 6.1: 74 values filed under an untitled table). A row of
    missing-value marks is a body row."""
    tables, _ = borderless_tables(_kept_lines(_RENSTRA_MATRIX))
    assert len(tables) == 1
    row = next(r for r in tables[0].rows if r[2] == "4.01.4.01.2 1.01.02.05")
    assert row[3] == "Pengadaan Kendaraan Dinas/Operasional"
    assert row[5:18] == ["N/A"] * 13


def test_a_header_centred_down_its_row_opens_the_table_stacked_under_another():
    """002's appendix through Chromium in DejaVu Sans 10 (measured): the performance
    agreement's last row, then the programs' table, its header labels centred vertically -
    "SASARAN | INDIKATOR" half a line over "NO. | PROGRAM | TARGET | ANGGARAN". No line of
    that row names three columns; together they do, and they open the second table (was: its
    header a body row of the first, every program's anggaran read as its target)."""
    lines = [
        Line([(91.1, 111.6, "NO."), (149.7, 268.3, "SASARAN STRATEGIS"), (335.5, 446.6, "INDIKATOR KINERJA"),
              (488.5, 531.9, "TARGET")], 72.47, 84.10),
        Line([(305.4, 467.8, "5. Persentase evaluasi Raperdes"), (487.5, 516.1, "100%")], 87.47, 99.10),
        Line([(305.4, 455.2, "APBDesa/Perubahan APBDesa")], 99.47, 111.10),
        Line([(305.4, 365.3, "tepat waktu")], 110.72, 122.35),
        Line([(150.1, 193.0, "SASARAN"), (339.8, 389.2, "INDIKATOR")], 138.08, 147.38),
        Line([(96.7, 113.0, "NO."), (241.8, 287.5, "PROGRAM"), (425.1, 459.8, "TARGET"), (477.0, 528.2, "ANGGARAN")],
             142.58, 151.88),
        Line([(148.8, 194.4, "PROGRAM"), (341.6, 387.3, "PROGRAM")], 147.08, 156.38),
        Line([(90.1, 97.8, "1."), (130.4, 186.8, "Meningkatnya"), (223.6, 301.8, "Program Penunjang"),
              (316.4, 398.3, "Persentase rata-rata"), (423.3, 446.2, "100%"), (472.3, 530.8, "2.134.044.723")],
             159.83, 169.13),
        Line([(130.4, 191.6, "capaian kinerja"), (223.6, 252.0, "Urusan"), (316.4, 377.6, "capaian kinerja")],
             169.58, 178.88),
        Line([(130.4, 164.9, "aparatur"), (223.6, 279.4, "Pemerintahan"), (316.4, 351.5, "Aparatur")], 178.58, 187.88),
        Line([(223.6, 252.8, "Daerah")], 187.58, 196.88),
        Line([(223.6, 287.3, "Kabupaten/Kota")], 196.58, 205.88),
        Line([(90.1, 97.8, "2."), (130.4, 186.8, "Meningkatnya"), (223.6, 257.4, "Program"),
              (316.4, 406.3, "Nilai Paten Kecamatan"), (423.3, 446.2, "83,25"), (472.3, 513.0, "4.733.000")],
             210.08, 219.38),
        Line([(130.4, 200.5, "penyelenggaraan"), (223.6, 293.2, "Penyelenggaraan")], 219.08, 228.38),
        Line([(130.4, 204.3, "pemerintahan dan"), (223.6, 297.0, "Pemerintahan dan")], 228.83, 238.13),
        Line([(130.4, 198.9, "pelayanan publik"), (223.6, 291.3, "Pelayanan Publik")], 237.83, 247.13),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines)
    assert len(tables) == 2
    assert tables[1].rows[0] == ["NO.", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert tables[1].rows[1][-2:] == ["100%", "2.134.044.723"]


def test_a_page_repeating_the_header_lets_a_carried_cut_move_between_its_labels():
    """004's Tabel 3.8 through LibreOffice in DejaVu 10, landscape, with a header rule: page 27
    repeats the header, and its program names run wider than on page 26 (the carried cut at
    277.6; "Program Koordinasi Ketentraman" ends at 283.1, "... Urusan" at 288.0, further than
    the cut may move by itself). The header's labels leave 218.8-302.4 white around the cut:
    it moves to the rows' white there (288-302), and rows 4-6 stay rows of the table (they had
    become a table of their own, the budget total short three programs)."""
    carry = [108.4, 277.6, 392.6, 486.2]
    lines = [
        _at(122.8, 9.8, (85.2, 100.4, 'No'), (116.4, 218.8, 'Program/Kegiatan'), (302.4, 384.5, 'Anggaran (Rp)'),
            (400.6, 478.1, 'Realisasi (Rp)'), (494.2, 553.0, '% Capaian')),
        _at(138.4, 9.7, (85.2, 94.7, '2.'), (116.4, 249.8, 'Program penyelenggaraan'), (302.4, 353.2, '6.505.600'),
            (400.6, 451.4, '6.505.600'), (494.2, 522.7, '99,99')),
        _at(150.1, 9.7, (116.4, 264.1, 'pemerintahan dan pelayanan')),
        _at(161.7, 9.7, (116.4, 146.5, 'public')),
        _at(177.4, 9.7, (85.2, 94.7, '3.'), (116.4, 237.6, 'Program Pemberdayaan'), (302.4, 359.5, '38.100.500'),
            (400.6, 457.7, '38.068.300'), (494.2, 522.7, '99,92')),
        _at(189.0, 9.7, (116.4, 278.7, 'Masyarakat Desa dan Kelurahan')),
        _at(204.7, 9.7, (85.2, 94.7, '4.'), (116.4, 283.1, 'Program Koordinasi Ketentraman'),
            (302.4, 359.5, '21.900.000'), (400.6, 457.7, '15.150.000'), (494.2, 522.7, '69,18')),
        _at(216.3, 9.4, (116.4, 227.1, 'dan Ketertiban Umum')),
        _at(232.0, 9.7, (85.2, 94.7, '5.'), (116.4, 288.0, 'Program Penyelenggaraan Urusan'),
            (302.4, 365.9, '178.430.000'), (400.6, 457.7, '76.048.000'), (494.2, 522.7, '42,62')),
        _at(243.6, 9.4, (116.4, 222.8, 'Pemerintahan Umum')),
        _at(259.3, 9.7, (85.2, 94.7, '6.'), (116.4, 240.1, 'Program Pembinaan dan'), (302.4, 359.5, '13.743.300'),
            (400.6, 457.7, '13.380.000'), (494.2, 522.7, '97,36')),
        _at(270.9, 9.7, (116.4, 280.9, 'Pengawasan Pemerintahan Desa')),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines, carry, height=595)
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Capaian"]
    assert [r[0] for r in rows[1:]] == ["2.", "3.", "4.", "5.", "6."]
    assert rows[3] == ["4.", "Program Koordinasi Ketentraman dan Ketertiban Umum", "21.900.000", "15.150.000", "69,18"]
    assert rows[4][1:3] == ["Program Penyelenggaraan Urusan Pemerintahan Umum", "178.430.000"]
    # without the repeated header nothing says where the column ends: the rows cross the carried cut
    # further than it may move, and are read with their own columns
    tables, _ = borderless_tables(lines[1:], carry, height=595)
    assert len(tables) == 2


def test_a_header_set_a_blank_line_under_a_continued_table_opens_another():
    """LibreOffice, 002 without rules, Liberation Serif 11 pt, landscape, page 22 (measured):
    the performance agreement's repeated header and its last cell's last words, a blank line,
    then the programs-and-budget table's own header. No row of figures sets the two apart,
    but the white above the second header (33 pt; 9 pt at most between the lines above) does:
    it is another table, not more rows of the agreement (whose rows 3-5 went to its columns)."""
    carry = [110.8, 279.1, 475.4]
    lines = [
        Line([(85.2, 104.4, "NO."), (117.2, 234.8, "SASARAN STRATEGIS"), (300.0, 417.0, "INDIKATOR KINERJA"),
              (482.8, 529.2, "TARGET")], 124.0, 131.4),
        Line([(300.0, 462.9, "APBDesa/Perubahan APBDesa tepat")], 140.4, 150.3),
        Line([(300.0, 326.9, "waktu")], 153.0, 160.7),
        Line([(85.2, 104.4, "NO."), (129.7, 242.3, "SASARAN PROGRAM"), (300.6, 358.5, "PROGRAM"),
              (471.5, 597.0, "INDIKATOR PROGRAM"), (644.6, 691.0, "TARGET"), (707.7, 772.4, "ANGGARAN")], 195.8, 203.2),
        Line([(85.2, 93.4, "1."), (129.7, 262.7, "Meningkatnya capaian kinerja"), (300.6, 422.1, "Program Penunjang Urusan"),
              (471.5, 626.7, "Persentase rata-rata capaian kinerja"), (644.6, 670.3, "100%"),
              (707.7, 770.9, "2.134.044.723")], 212.2, 222.2),
        Line([(129.7, 165.7, "aparatur"), (300.6, 395.5, "Pemerintahan Daerah"), (471.5, 510.5, "Aparatur")], 224.8, 234.7),
        Line([(300.6, 372.6, "Kabupaten/Kota")], 237.5, 247.4),
        Line([(85.2, 93.4, "2."), (129.7, 270.3, "Meningkatnya penyelenggaraan"), (300.6, 416.3, "Program Penyelenggaraan"),
              (471.5, 572.7, "Nilai Paten Kecamatan"), (644.6, 669.3, "83,25"), (707.7, 751.7, "4.733.000")], 254.1, 264.1),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines, carry)
    assert len(tables) == 2
    assert not any("SASARAN PROGRAM" in cell for row in tables[0].rows for cell in row)
    assert tables[1].rows[0] == ["NO.", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert [row[5] for row in tables[1].rows[1:]] == ["2.134.044.723", "4.733.000"]


def test_sub_labels_set_apart_under_their_group_labels_stay_in_the_header():
    """The same PDF, page 90 (measured): "KINERJA" and "ANGGARAN" over their sub-labels 17 pt
    lower, past a two-line label. The sub-labels name columns but start right of the table's
    left edge: the header's second row, not another table's header."""
    lines = [
        Line([(85.2, 227.0, "SASARAN/PROGRAM/KEGIT AN/SUB"), (261.5, 346.5, "INDIKATOR KINERJA"), (433.2, 469.2, "KINERJA"),
              (598.6, 645.6, "ANGGARAN")], 422.4, 427.8),
        Line([(85.2, 128.7, "KEGIATAN")], 431.6, 437.0),
        Line([(433.2, 466.9, "TARGET"), (490.8, 533.9, "REALISASI"), (549.5, 586.3, "CAPAIAN"), (598.6, 635.5, "ALOKASI"),
              (667.4, 710.5, "REALISASI"), (736.2, 773.0, "CAPAIAN")], 454.0, 459.4),
        Line([(85.2, 243.0, "Sasaran : Meningkatnya akuntabilitas dan kinerja"), (261.5, 374.5, "Nilai evaluasi AKIP Kec. Plandaan"),
              (433.2, 451.2, "71,00"), (490.8, 508.8, "70,17"), (549.5, 574.2, "98,83%"), (598.6, 644.6, "2.134.044.723"),
              (667.4, 713.4, "2.002.041.515"), (736.2, 760.9, "93,81%")], 466.9, 474.2),
        Line([(85.2, 121.2, "Kecamatan")], 476.5, 481.8),
        Line([(85.2, 242.4, "Program penunjang Urusan Pemerintahan daerah"), (261.5, 402.6, "Persentase rata-rata capaian kinerja aparatur"),
              (433.2, 451.9, "100%"), (490.8, 509.5, "100%"), (549.5, 568.2, "100%"), (598.6, 644.6, "2.134.044.723"),
              (667.4, 713.4, "2.002.041.515"), (736.2, 760.9, "93,81%")], 489.3, 496.6),
        Line([(85.2, 134.0, "kabupaten/kota")], 498.5, 505.8),
    ]  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert not prose
    assert table.rows[0][2:] == ["KINERJA", "", "", "ANGGARAN", "", ""]
    assert ["TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "CAPAIAN"] in [row[2:] for row in table.rows]
    assert [row[2] for row in table.rows if row[2][:1].isdigit()] == ["71,00", "100%"]


def test_a_group_label_set_left_in_a_tall_header_row_heads_its_merged_columns():
    """LibreOffice, 002's Tabel 3.9 without rules, Liberation Serif 11 pt, page 64 (measured):
    "KINERJA" and "ANGGARAN" set left (Word's way) in a first header row made tall by a label
    wrapped over five lines; their sub-labels a row lower start where they do. All the
    header's lines are one block (the wrapped label's lines run beside the sub-labels), and
    "ANGGARAN" happens to sit near the middle of REALISASI .. PERSENTASE: each heads the
    columns its sub-labels row labels up to the next group label, as the text export prints
    (002 lines 1174-1175), not the budget columns under the performance ones."""
    lines = [
        Line([(85.2, 97.2, "NO"), (153.5, 237.4, "SASARAN PROGRAM,"), (253.1, 297.3, "PROGRAM,"), (350.2, 397.3, "INDIKATOR"),
              (434.0, 470.0, "KINERJA"), (595.0, 642.0, "ANGGARAN")], 123.3, 129.8),
        Line([(153.5, 216.6, "KEGIATAN, SUB"), (253.1, 333.5, "KEGIATAN DAN SUB"), (350.2, 386.2, "KINERJA")], 132.5, 139.0),
        Line([(153.5, 197.0, "KEGIATAN"), (253.1, 296.6, "KEGIATAN"), (350.2, 394.4, "PROGRAM,")], 141.7, 148.2),
        Line([(350.2, 413.0, "KEGIATAN DAN")], 150.9, 156.3),
        Line([(434.0, 467.7, "TARGET"), (487.9, 531.0, "REALISASI"), (545.4, 582.2, "CAPAIAN"), (595.0, 617.7, "PAGU"),
              (663.8, 706.9, "REALISASI"), (733.8, 765.4, "PERSEN")], 154.9, 160.3),
        Line([(350.2, 411.2, "SUB KEGIATAN")], 160.1, 165.5),
        Line([(434.0, 474.3, "TAHUNAN"), (487.9, 516.8, "TAHUN"), (545.4, 558.7, "(%)"), (663.8, 710.7, "TAHUN 2022"),
              (733.8, 769.9, "TASE (%)")], 163.8, 171.1),
        Line([(487.9, 503.9, "2022"), (733.8, 770.6, "CAPAIAN")], 173.3, 178.7),
        Line([(85.2, 89.2, "1"), (153.5, 226.1, "Meningkatnya capaian"), (253.1, 316.0, "Program penunjang"),
              (350.2, 412.6, "Persentase rata-rata"), (434.0, 452.7, "100%"), (487.9, 506.6, "100%"), (545.4, 564.1, "100%"),
              (595.0, 651.0, "2,134,044,723.00"), (663.8, 719.8, "2,002,041,515.00"), (733.8, 758.5, "93,81%")], 186.2, 193.5),
        Line([(153.5, 203.8, "kinerja aparatur"), (253.1, 322.1, "Urusan Pemerintahan"), (350.2, 398.8, "capaian kinerja")],
             195.4, 202.7),
        Line([(253.1, 325.2, "daerah kabupaten/kota"), (350.2, 376.3, "aparatur")], 204.6, 211.9),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0][4:] == ["KINERJA", "", "", "ANGGARAN", "", ""]
    assert table.rows[1][4:] == [
        "TARGET TAHUNAN",
        "REALISASI TAHUN 2022",
        "CAPAIAN (%)",
        "PAGU",
        "REALISASI TAHUN 2022",
        "PERSENTASE (%) CAPAIAN",
    ]  # fmt: skip  (a word wider than its column, joined where it broke: `wrapping._forced`)
    assert table.rows[2][7] == "2,134,044,723.00"


def test_sub_labels_a_blank_line_under_group_labels_set_left_stay_in_the_header():
    """fpdf2, 000's Renstra table without rules (measured): "TUJUAN" and "SASARAN" set left
    over five sub-columns each, "CARA MENCAPAI TUJUAN DAN SASARAN" wrapped, then, 17 pt
    lower, "URAIAN | INDIKATOR | ..." from the table's left edge. Nothing but header lines
    above it: the header's second row, not another table."""
    lines = [
        Line([(55.4, 81.1, "TUJUAN"), (329.6, 361.8, "SASARAN"), (598.2, 654.0, "CARA MENCAPAI"), (739.7, 785.5, "KETERANGAN")],
             55.4, 62.4),
        Line([(598.2, 640.6, "TUJUAN DAN")], 62.8, 69.8),
        Line([(598.2, 630.4, "SASARAN")], 70.2, 77.2),
        Line([(55.4, 81.4, "URAIAN"), (119.8, 157.4, "INDIKATOR"), (184.2, 223.9, "FORMULASI"), (249.5, 278.0, "KONDISI"),
              (291.1, 317.6, "TARGET"), (329.6, 355.7, "URAIAN"), (394.4, 431.9, "INDIKATOR"), (452.8, 492.5, "FORMULASI"),
              (518.1, 546.6, "KONDISI"), (559.6, 586.1, "TARGET"), (598.2, 631.2, "STRATEGI"), (672.9, 691.8, "ARAH")],
             94.4, 101.3),
        Line([(184.2, 233.2, "PERHITUNGAN"), (249.5, 269.2, "AWAL"), (452.8, 501.8, "PERHITUNGAN"), (518.1, 537.8, "AWAL"),
              (672.9, 709.6, "KEBIJAKAN")], 101.7, 108.7),
        Line([(249.5, 266.2, "2020"), (291.1, 307.8, "2024"), (518.1, 534.8, "2020"), (559.6, 576.3, "2024")], 125.9, 132.9),
        Line([(55.4, 97.9, "Meningkatnya"), (119.8, 170.9, "Indeks Kepuasan"), (184.2, 236.4, "Nilai IKM (Kriteria"),
              (249.5, 276.7, "Baik (81)"), (291.1, 318.2, "Baik (88)"), (329.6, 372.1, "Meningkatnya"),
              (394.4, 427.6, "Persentase"), (452.8, 475.7, "(Jumlah"), (518.1, 531.4, "97%"), (559.6, 576.8, "100%"),
              (598.2, 657.3, "Peningkatan sistem"), (672.9, 725.1, "Perbaikan sarana"), (739.7, 741.8, "-")], 150.1, 157.1),
    ]  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert not prose
    assert table.rows[0][:6] == ["TUJUAN", "", "", "", "", "SASARAN"]
    assert table.rows[1][:2] == ["URAIAN", "INDIKATOR"]
    assert table.rows[3][3:5] == ["Baik (81)", "Baik (88)"]


def test_a_merged_sasaran_wrapping_into_the_next_row_keeps_its_words():
    """LibreOffice, 002's Renstra Tabel 6.1 without rules, Liberation Serif 11 pt, page 102
    (measured): the sasaran merged down its rows wraps at its own pitch (8.0 pt) past its
    row, beside the next row's lines. "kualitas akuntabilitas" has no capital nor descender
    (a 5 pt box), so the line under it is further than 1.5 of its height: measured with the
    taller line's height it is the wrap's next line, and "kinerja instansi" / "pemerintah"
    go back to the sasaran (were: the next row's sasaran, 82 values filed under a sasaran
    cut in two)."""
    carry = [147.9, 204.5, 286.1, 375.1, 463.5, 514.6, 551.7, 594.3, 628.3, 670.9, 698.5, 731.9, 773.5, 806.9, 848.5,
             881.9, 927.9, 974.2, 1039.8, 1096.1]  # fmt: skip
    na = [(674.8, 686.8, "N/A"), (701.9, 713.9, "N/A"), (749.8, 761.8, "N/A"), (776.9, 788.9, "N/A"), (824.8, 836.8, "N/A"),
          (851.9, 863.9, "N/A"), (899.9, 911.9, "N/A"), (935.6, 947.6, "N/A")]  # fmt: skip
    lines = [
        Line([(151.3, 191.7, "Meningkatnya"), (380.0, 441.7, "Nilai Evaluasi SAKIP"), (466.3, 482.0, "65,30"),
              (521.5, 537.2, "60,54"), (555.5, 590.5, "415,976,977"), (598.1, 613.8, "60,60"), (632.1, 667.1, "482,919,594"),
              *na, (983.7, 1009.0, "CAMAT"), (1043.0, 1083.4, "Kec. Plandaan")], 545.5, 551.9),
        Line([(151.3, 210.5, "kualitas akuntabilitas")], 553.6, 558.6),
        Line([(217.4, 271.6, "4.01.4.01.2 1.01.01"), (290.1, 344.7, "Program Pelayanan"), (380.0, 440.4, "Persentase penunjang"),
              (466.3, 478.3, "N/A"), (521.5, 532.0, "100"), (555.5, 590.5, "189.836.977"), (598.1, 608.6, "100"),
              (632.1, 667.1, "152.871.294"), *na, (983.7, 1005.8, "Sekcam"), (1043.0, 1083.4, "Kec. Plandaan")], 557.6, 564.0),
        Line([(151.3, 193.8, "kinerja instansi")], 561.6, 568.0),
        Line([(290.1, 359.5, "administrasi perkantoran"), (380.0, 446.2, "kelancaran administrasi")], 565.6, 572.0),
        Line([(151.3, 182.8, "pemerintah")], 569.7, 576.1),
        Line([(380.0, 413.4, "perkantoran")], 573.7, 580.1),
        Line([(217.4, 280.4, "4.01.4.01.2 1.01.01.24"), (290.1, 352.5, "Penyediaan pelayanan"), (380.0, 434.2, "Jumlah pemenuhan"),
              (466.3, 478.3, "N/A"), (521.5, 528.5, "20"), (555.5, 590.5, "189.836.977"), (598.1, 605.1, "20"),
              (632.1, 667.1, "152.871.294"), *na, (983.7, 995.7, "N/A"), (1043.0, 1088.6, "Kasubag Umum"),
              (1099.3, 1112.3, "Kec.")], 585.7, 592.1),
        Line([(290.1, 359.5, "administrasi perkantoran"), (380.0, 444.3, "pelayanan administrasi"),
              (1043.0, 1092.9, "dan Kepegawaian"), (1099.3, 1124.9, "Plandaan")], 593.8, 600.2),
        Line([(380.0, 413.4, "perkantoran")], 601.8, 608.2),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines, carry)
    rows = [row for table in tables for row in table.rows]
    assert [row[1] for row in rows] == ["Meningkatnya kualitas akuntabilitas kinerja instansi pemerintah", "", ""]
    assert [row[4] for row in rows] == [
        "Nilai Evaluasi SAKIP",
        "Persentase penunjang kelancaran administrasi perkantoran",
        "Jumlah pemenuhan pelayanan administrasi perkantoran",
    ]


def test_column_numbers_in_brackets_tell_apart_columns_a_wrapped_group_label_crosses():
    """LibreOffice, 004's Tabel 2.2 without rules, Liberation Serif 11 pt, page 9 (measured):
    "TARGET KINERJA PADA" / "TAHUN" wrapped over 2022 .. 2026, its second line across the
    white between 2022 and 2023 - two lines of a five-line run, too many for a gutter. The
    column numbers "(1) .. (9)" place the cut, as bare numbers do (was: 2022 and 2023 one
    column, "87 87,15", two targets lost)."""
    lines = [
        Line([(85.2, 101.6, "NO"), (114.4, 158.9, "TUJUAN"), (293.8, 345.7, "SASARAN"), (473.2, 538.0, "INDIKATOR"),
              (600.3, 732.2, "TARGET KINERJA PADA")], 164.7, 172.1),
        Line([(473.2, 522.6, "KINERJA"), (600.3, 640.0, "TAHUN")], 177.4, 184.8),
        Line([(600.3, 622.3, "2022"), (635.1, 657.1, "2023"), (672.6, 694.6, "2024"), (710.2, 732.2, "2025"),
              (747.8, 769.8, "2026")], 244.6, 252.0),
        Line([(85.2, 98.0, "(1)"), (114.4, 127.2, "(2)"), (293.8, 306.6, "(3)"), (473.2, 486.0, "(4)"), (600.3, 613.1, "(5)"),
              (635.1, 647.9, "(6)"), (672.6, 685.4, "(7)"), (710.2, 723.0, "(8)"), (747.8, 760.6, "(9)")], 261.0, 270.9),
        Line([(85.2, 90.7, "1"), (114.4, 268.5, "Meningkatkan Pelayanan Publik di"), (293.8, 447.9, "Meningkatnya Pelayanan Publik di"),
              (473.2, 571.4, "Nilai IKM Kecamatan"), (600.3, 611.3, "87"), (635.1, 659.8, "87,15"), (672.6, 697.3, "87,30"),
              (710.2, 734.9, "87,45"), (747.8, 772.5, "87,55")], 277.6, 287.6),
        Line([(114.4, 163.8, "Kecamatan"), (293.8, 343.2, "Kecamatan")], 290.7, 298.0),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert ["", "", "", "", "2022", "2023", "2024", "2025", "2026"] in table.rows
    assert table.rows[-1][4:] == ["87", "87,15", "87,30", "87,45", "87,55"]


def test_a_merged_sasaran_wrapping_at_its_own_pitch_keeps_its_last_word_in_capitals():
    """LibreOffice, 002's Tabel 3.11 with a header rule, Liberation Serif 11 pt, page 63
    (measured): the sasaran merged down five rows wraps every 12.3-13.0 pt, its lines'
    boxes 7.3-10 pt tall. "Plandaan", its last word, falls in the third row, 12.3 pt under
    "Kecamatan" (a 7.3 pt box): further than one and a half boxes, but at the cell's own
    pitch - the sasaran's, not the third row's (was: three indicators filed under the
    sasaran "Plandaan")."""
    carry = [137.7, 267.1, 376.7, 428.4, 488.8, 541.1, 615.3, 694.6]
    lines = [
        Line([(85.2, 93.4, "2."), (176.9, 240.3, "Meningkatnya"), (275.2, 348.7, "IKM Kecamatan"), (389.1, 413.8, "93,80"),
              (435.9, 460.6, "94,22"), (493.3, 532.7, "100,45%"), (549.1, 554.6, "4"), (623.2, 628.7, "1"),
              (703.7, 723.9, "25%")], 292.3, 302.3),
        Line([(176.9, 211.0, "kualitas"), (275.2, 315.5, "Plandaan")], 304.9, 312.6),
        Line([(176.9, 251.3, "penyelenggaraan")], 317.6, 327.6),
        Line([(275.2, 343.2, "IPP Kecamatan"), (389.1, 408.3, "3,30"), (435.9, 455.1, "3,49"), (493.3, 532.7, "105,76%"),
              (549.1, 554.6, "4"), (623.2, 628.7, "1"), (703.7, 723.9, "25%")], 321.9, 330.9),
        Line([(176.9, 255.3, "pemerintahan dan")], 330.2, 340.1),
        Line([(275.2, 315.5, "Plandaan")], 334.2, 341.9),
        Line([(176.9, 211.1, "layanan")], 342.9, 352.9),
        Line([(275.2, 357.3, "Persentase laporan"), (389.1, 414.8, "100%"), (435.9, 461.6, "100%"), (493.3, 519.0, "100%"),
              (549.1, 554.6, "5"), (623.2, 628.7, "3"), (703.7, 723.9, "60%")], 350.9, 360.8),
        Line([(176.9, 226.3, "Kecamatan")], 355.9, 363.2),
        Line([(275.2, 328.8, "pelanggaran")], 363.5, 373.5),
        Line([(176.9, 217.2, "Plandaan")], 368.2, 375.9),
        Line([(275.2, 357.3, "Perda/Perkada dan")], 376.2, 383.9),
        Line([(275.2, 345.7, "Trantibum yang")], 388.8, 398.8),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines, carry)
    rows = [row for table in tables for row in table.rows]
    assert [row[1] for row in rows] == [
        "Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan Kecamatan Plandaan", "", ""
    ]  # fmt: skip
    assert [row[2] for row in rows] == [
        "IKM Kecamatan Plandaan", "IPP Kecamatan Plandaan", "Persentase laporan pelanggaran Perda/Perkada dan Trantibum yang"
    ]  # fmt: skip


def test_a_header_words_alone_between_two_numbered_columns_make_no_column():
    """Chromium, 002's Renstra Tabel 6.1 without rules, Liberation Serif 11 pt, page 87
    (measured): "PD", the last line of "Kondisi Kinerja pada / Akhir Periode Renstra / PD"
    centred over Target | Rp., sits alone in the white between them, and the figures of the
    Rp. column under it: two cuts between the column numbers 18 and 19. Of the two, the one
    parting no runs of a body line goes (was: 22 columns for 20 numbers, every figure after
    it under the next column's label, 105 values of the matrix lost)."""
    lines = [
        Line([(533.6, 661.7, "Realisasi Kinerja Program dan Pendanaan"),
              (752.3, 905.2, "Target Kinerja Program dan Kerangka Pendanaan")], 103.3, 111.0),
        Line([(383.4, 462.0, "Indikator Kinerja Tujuan,"), (472.7, 514.1, "Data Capaian")], 111.5, 119.3),
        Line([(908.9, 973.8, "Kondisi Kinerja pada")], 115.3, 123.0),
        Line([(395.5, 449.8, "Sasaran, Program"), (475.4, 511.4, "Pada Tahun"), (991.2, 1034.7, "Unit Kerja PD")],
             119.0, 126.8),
        Line([(98.8, 136.8, "Tujuan OPD"), (171.9, 196.0, "Sasaran"), (245.4, 261.3, "Kode"),
              (299.7, 369.5, "Program Dan Kegiatan"), (552.3, 566.3, "2019"), (629.0, 643.0, "2020"),
              (704.8, 718.8, "2021"), (779.8, 793.8, "2022"), (854.9, 868.9, "2023"),
              (907.4, 975.3, "Akhir Periode Renstra"), (1060.7, 1080.9, "Lokasi")], 123.5, 131.3),
        Line([(385.1, 460.2, "(Outcome) Dan Kegiatan"), (485.9, 500.9, "Awal"), (990.8, 1035.1, "Penggabungan")],
             127.3, 135.0),
        Line([(936.7, 946.0, "PD")], 131.0, 138.8),
        Line([(409.4, 435.9, "(Output)"), (474.0, 512.8, "Perencanaan")], 135.5, 143.3),
        Line([(524.8, 551.2, "Realisasi"), (571.9, 580.8, "Rp"), (601.4, 627.9, "Realisasi"), (648.5, 657.5, "Rp"),
              (678.1, 697.7, "Target"), (720.0, 730.7, "Rp."), (753.1, 772.7, "Target"), (795.1, 805.8, "Rp."),
              (828.1, 847.7, "Target"), (870.1, 880.8, "Rp."), (907.6, 927.1, "Target"), (953.9, 964.6, "Rp.")],
             143.0, 150.8),
        Line([(116.1, 119.6, "1"), (182.2, 185.7, "2"), (251.6, 255.1, "3"), (332.8, 336.3, "5"), (420.9, 424.4, "6"),
              (491.6, 495.1, "7"), (536.3, 539.8, "8"), (574.6, 578.1, "9"), (611.2, 618.2, "10"), (649.7, 656.3, "11"),
              (684.4, 691.4, "12"), (721.9, 728.9, "13"), (759.4, 766.4, "14"), (796.9, 803.9, "15"),
              (834.4, 841.4, "16"), (872.0, 879.0, "17"), (913.9, 920.9, "18"), (955.7, 962.7, "19"),
              (1009.4, 1016.4, "20"), (1067.3, 1074.3, "21")], 155.0, 162.8),
        Line([(87.5, 127.9, "Meningkatnya"), (382.3, 430.3, "Indeks Kepuasan"), (468.6, 484.3, "87,86"),
              (523.8, 539.5, "95,25"), (557.8, 592.8, "538,666,977"), (600.4, 616.2, "93,81"),
              (634.5, 669.4, "532,445,294"), (677.1, 689.1, "N/A"), (704.3, 716.3, "N/A"), (752.1, 764.2, "N/A"),
              (779.3, 791.3, "N/A"), (827.1, 839.2, "N/A"), (854.3, 866.3, "N/A"), (902.3, 914.3, "N/A"),
              (938.0, 950.1, "N/A"), (986.0, 1010.5, "CAMAT"), (1045.4, 1085.8, "Kec. Plandaan")], 167.8, 175.5),
        Line([(87.5, 136.7, "Kualitas Layanan"), (382.3, 448.1, "Masyarakat Kecamatan")], 175.3, 183.0),
        Line([(87.5, 105.8, "Publik"), (382.3, 407.9, "Plandaan")], 183.5, 191.3),
        Line([(87.5, 127.9, "Meningkatnya"), (382.3, 448.6, "Nilai Sinergitas Kinerja"), (468.6, 484.3, "72,25"),
              (523.8, 539.5, "66,14"), (557.8, 592.8, "122.690.000"), (600.4, 616.2, "68,55"),
              (634.5, 665.9, "49.525.700"), (677.1, 689.1, "N/A"), (704.3, 716.3, "N/A"), (752.1, 764.2, "N/A"),
              (779.3, 791.3, "N/A"), (827.1, 839.2, "N/A"), (854.3, 866.3, "N/A"), (902.3, 914.3, "N/A"),
              (938.0, 950.1, "N/A"), (986.0, 1010.5, "CAMAT"), (1045.4, 1085.8, "Kec. Plandaan")], 195.5, 203.3),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    numbers = next(row for row in table.rows if row[0] == "1")
    assert [n for n in numbers if n] == ["1", "2", "3", *map(str, range(5, 22))]
    assert numbers.index("19") == numbers.index("18") + 1
    body = table.rows[-1]
    assert body[numbers.index("18")] == "N/A" and body[numbers.index("19")] == "N/A"
    assert body[numbers.index("20")] == "CAMAT" and len(body) == len(numbers)


def test_a_group_label_centred_over_the_last_columns_heads_them_by_their_sub_labels():
    """Chromium with a header rule, serif type, 000's Tabel 3.3 (measured): "Realisasi" is
    centred over 2022 | 2023 | 2024, the table's last three columns, on a line of its own
    above the years. The table's right edge is where the last cell's text ends, short of its
    cell, so the columns' edges put the middle 7.9 pt left of the label; the years under it
    put it 0.3 pt off. Was: "Realisasi" over 2023 alone, its 2022 read under "Target"
    (six realisasi of 2022 lost)."""
    h = 8.9
    lines = [
        _at(430.9, h, (332.0, 354.3, "Target"), (455.8, 486.0, "Realisasi")),
        _at(434.6, h, (92.9, 178.4, "Kinerja Utama / Sasaran")),
        _at(439.1, h, (204.1, 265.4, "Indikator Kinerja")),
        _at(444.4, h, (118.2, 153.0, "/ Program")),
        _at(448.1, h, (293.9, 309.8, "2022"), (333.5, 349.4, "2023"), (374.8, 390.8, "2024"), (418.1, 434.1, "2022"),
            (463.5, 479.5, "2023"), (508.3, 524.3, "2024")),
        _at(466.1, h, (91.7, 164.8, "Meningkatnya kualitas"), (193.6, 248.4, "Indeks Kepuasan"), (289.9, 305.0, "Baik"),
            (327.8, 342.9, "Baik"), (369.1, 384.2, "Baik"), (410.4, 440.2, "Baik (83,"), (455.7, 485.5, "Baik (87,"),
            (501.3, 516.4, "Baik")),
        _at(475.1, h, (91.7, 124.1, "pelayanan"), (193.6, 253.7, "Masyarakat (IKM)"), (289.9, 303.2, "(84)"),
            (327.8, 341.1, "(86)"), (369.1, 382.4, "(88)"), (410.4, 421.1, "14)"), (455.7, 466.4, "98)"),
            (501.3, 524.6, "(88,14)")),
        _at(484.1, h, (193.6, 229.5, "Kecamatan")),
        _at(501.4, h, (91.7, 166.5, "Meningkatnya Kualitas"), (193.6, 261.7, "Persentase pelayanan"),
            (289.9, 304.6, "97%"), (327.8, 342.4, "97%"), (369.1, 387.8, "100%"), (410.4, 434.8, "99,11%"),
            (455.7, 480.4, "98,63%"), (501.3, 519.9, "100%")),
        _at(510.4, h, (91.7, 162.5, "Pelayanan Kecamatan"), (193.6, 255.7, "yang sesuai dengan")),
        _at(520.1, h, (193.6, 253.3, "standart pelayanan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0][2:] == ["Target", "", "", "Realisasi", "", ""]
    assert table.rows[1][2:] == ["2022", "2023", "2024", "2022", "2023", "2024"]
    assert table.rows[3][5:] == ["99,11%", "98,63%", "100%"]


def test_labels_centred_down_the_whole_header_between_group_and_sub_labels_join_the_first_row():
    """WeasyPrint with a header rule, serif type, 002's Tabel 3.14 (measured): "Sasaran
    Strategis" and "Indikator Kinerja", centred down both header rows, sit on a line between
    "Kinerja | Anggaran" and their sub-labels. A text export prints them in the first row;
    read as a header row of their own, the table was left unread (six indicators, six
    budget lines)."""
    h = 7.8
    lines = [
        _at(470.9, h, (296.0, 319.3, "Kinerja"), (438.0, 467.9, "Anggaran")),
        _at(478.9, h, (97.2, 149.5, "Sasaran Strategis"), (178.0, 231.7, "Indikator Kinerja")),
        _at(486.9, h, (256.0, 275.6, "Target"), (291.6, 318.0, "Realisasi"), (334.0, 359.3, "Capaian"),
            (388.5, 411.1, "Alokasi"), (451.6, 478.0, "Realisasi"), (505.3, 530.6, "Capaian")),
        _at(504.0, 7.7, (92.0, 132.5, "Meningkatnya"), (168.7, 239.6, "Nilai evaluasi AKIP Kec."),
            (255.0, 270.7, "71,00"), (290.6, 306.3, "70,17"), (333.0, 354.6, "98,83%"),
            (374.3, 423.3, "2.134.044.723,00"), (439.3, 488.3, "2.002.041.515,00"), (504.3, 525.9, "93,81%")),
        _at(512.0, 7.7, (92.0, 139.7, "akuntabilitas dan"), (168.7, 194.3, "Plandaan")),
        _at(520.1, 7.7, (92.0, 144.7, "kinerja Kecamatan")),
        _at(536.1, 7.7, (92.0, 132.5, "Meningkatnya"), (168.7, 215.5, "IKM Kecamatan"), (255.0, 270.7, "93,80"),
            (290.6, 306.3, "94,22"), (333.0, 358.1, "100,45%"), (374.3, 411.1, "4.733.000,00"),
            (439.3, 476.1, "4.733.000,00"), (504.3, 520.6, "100%")),
        _at(544.2, 7.7, (92.0, 113.8, "kualitas"), (168.7, 194.3, "Plandaan")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[:2] == [
        ["Sasaran Strategis", "Indikator Kinerja", "Kinerja", "", "", "Anggaran", "", ""],
        ["", "", "Target", "Realisasi", "Capaian", "Alokasi", "Realisasi", "Capaian"],
    ]
    assert table.rows[2][:3] == [
        "Meningkatnya akuntabilitas dan kinerja Kecamatan",
        "Nilai evaluasi AKIP Kec. Plandaan",
        "71,00",
    ]


PADDED_SASARAN = [  # WeasyPrint without rules, 002's Tabel 3.14 (measured), header left out
    _at(270.1, 7.8, (90.4, 134.0, "Meningkatnya"), (166.1, 240.6, "Nilai evaluasi AKIP Kec."), (252.1, 269.6, "71,00"),
        (285.8, 303.3, "70,17"), (328.9, 352.7, "98,83%"), (369.4, 423.9, "2.134.044.723,00")),
    _at(278.1, 7.8, (90.4, 143.0, "akuntabilitas dan"), (166.1, 195.6, "Plandaan")),
    _at(286.2, 7.8, (90.4, 148.4, "kinerja Kecamatan")),
    _at(298.2, 7.8, (90.4, 134.0, "Meningkatnya"), (166.1, 215.9, "IKM Kecamatan"), (252.1, 269.6, "93,80"),
        (285.8, 303.3, "94,22"), (328.9, 356.6, "100,45%"), (369.4, 410.2, "4.733.000,00")),
    _at(306.3, 7.8, (90.4, 114.2, "kualitas"), (166.1, 195.6, "Plandaan")),
    _at(314.3, 7.8, (90.4, 144.5, "penyelenggaraan")),
    _at(318.3, 7.8, (166.1, 214.6, "IPP Kecamatan"), (252.1, 265.7, "3,30"), (285.8, 299.4, "3,49"),
        (328.9, 356.6, "105,76%"), (369.4, 404.4, "900.000,00")),
    _at(322.4, 7.8, (90.4, 146.9, "pemerintahan dan")),
    _at(326.4, 7.8, (166.1, 195.6, "Plandaan")),
    _at(330.4, 7.8, (90.4, 152.3, "layanan Kecamatan")),
    _at(338.4, 7.9, (90.4, 120.0, "Plandaan"), (166.1, 226.8, "Persentase laporan"), (252.1, 270.0, "100%"),
        (285.8, 303.7, "100%"), (328.9, 346.8, "100%"), (369.4, 410.2, "4.766.700,00")),
    _at(346.5, 7.8, (166.1, 227.5, "pelanggaran Perda/")),
]  # fmt: skip
PADDED_HEADER = [
    _at(246.0, 7.8, (93.3, 152.4, "Sasaran Strategis"), (176.1, 231.4, "Indikator Kinerja"), (253.1, 274.0, "Target"),
        (286.8, 317.1, "Realisasi"), (330.1, 357.4, "Capaian"), (385.2, 410.1, "Alokasi")),
]  # fmt: skip


def test_a_merged_cells_line_in_capitals_at_its_own_pitch_in_a_padded_table_goes_back_to_it():
    """WeasyPrint sets the rows 12 pt apart and the cells' lines 8 pt: "Plandaan", the sixth
    line of the sasaran merged over three indicators, falls on the fourth indicator's first
    line, exactly one of its own lines under "layanan Kecamatan". A sasaran of that row
    would stand a row's padding lower. Was: "Plandaan" read as the fourth row's sasaran (its
    budget line and two indicators filed under a sasaran cut short)."""
    (table,), _ = borderless_tables(PADDED_HEADER + PADDED_SASARAN)
    sasaran = {row[1]: row[0] for row in table.rows[1:]}
    assert sasaran["IKM Kecamatan Plandaan"] == (
        "Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan Kecamatan Plandaan"
    )
    assert sasaran["Persentase laporan pelanggaran Perda/"] == ""


def test_a_sasaran_opening_a_row_one_line_under_the_last_in_a_table_without_padding_is_its_own():
    """The same lines with the rows set one line under the tallest cell above (Word's tables
    without padding): the row opening at 338.4 holds its own sasaran, as a row there may."""
    pitch = 8.04
    lines, top = [], 270.1
    for line in PADDED_SASARAN:  # each line one pitch under the one above: no row padding
        lines.append(Line(line.segments, top, top + line.height))
        top += pitch
    (table,), _ = borderless_tables(PADDED_HEADER + lines)
    names = [row[0] for row in table.rows[1:]]
    assert "Plandaan" in names


def test_a_programs_header_a_blank_line_under_the_agreements_last_row_opens_its_own_table():
    """WeasyPrint without rules, serif type, landscape, 002's page 19 (measured): the
    performance agreement's header repeated over its last row's rest, then, 16.5 pt lower
    (1.35 of a line), the programs' header, its "NO." centred 6 pt right of the agreement's.
    Read as one table, the programs and their budget were the agreement's rows (PROGRAM
    read as an indicator; four budget lines lost). The page opens the agreement's table
    continued, its columns carried from the page before."""
    h = 12.2
    lines = [
        _at(73.1, h, (91.4, 110.7, "NO."), (150.1, 266.9, "SASARAN STRATEGIS"), (333.3, 449.3, "INDIKATOR KINERJA"),
            (489.1, 534.7, "TARGET")),
        _at(87.8, h, (305.3, 445.2, "5. Persentase evaluasi Raperdes")),
        _at(100.4, h, (305.3, 467.8, "APBDesa/Perubahan APBDesa tepat")),
        _at(113.1, h, (305.3, 332.2, "waktu")),
        _at(141.7, h, (97.7, 117.0, "NO."), (158.7, 271.4, "SASARAN PROGRAM"), (356.9, 415.0, "PROGRAM"),
            (495.7, 620.2, "INDIKATOR PROGRAM"), (653.2, 698.9, "TARGET"), (714.0, 778.8, "ANGGARAN")),
        _at(158.4, h, (90.4, 98.7, "1."), (135.0, 268.2, "Meningkatnya capaian kinerja"),
            (305.9, 427.5, "Program Penunjang Urusan"), (476.8, 632.2, "Persentase rata-rata capaian kinerja"),
            (649.9, 675.6, "100%"), (713.0, 776.3, "2.134.044.723")),
        _at(171.0, h, (135.0, 171.1, "aparatur"), (305.9, 454.3, "Pemerintahan Daerah Kabupaten/"),
            (476.8, 515.9, "Aparatur")),
        _at(183.7, h, (305.9, 327.3, "Kota")),
        _at(200.3, h, (90.4, 98.7, "2."), (135.0, 275.8, "Meningkatnya penyelenggaraan"),
            (305.9, 421.7, "Program Penyelenggaraan"), (476.8, 578.2, "Nilai Paten Kecamatan"), (649.9, 674.6, "83,25"),
            (713.0, 757.0, "4.733.000")),
        _at(213.0, h, (135.0, 291.7, "pemerintahan dan pelayanan publik"),
            (305.9, 464.5, "Pemerintahan dan Pelayanan Publik")),
    ]  # fmt: skip
    carried = [116.6, 286.1, 480.4]  # the agreement's columns, from the page before
    agreement, programs = borderless_tables(lines, carried)[0]
    assert agreement.rows[0] == ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]
    assert programs.rows[0] == ["NO.", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert programs.rows[2][4:] == ["83,25", "4.733.000"]


def _kept_runs(name: str) -> list[tuple]:
    """Runs (x0, x1, top, bottom, text, baseline) the PDF reader grouped into lines, kept as measured."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / name).read_text(encoding="utf-8"))
    return [tuple(run) for run in data["runs"]]


_STAGGERED_GROUPS = "002-tabel-3.9-weasyprint-dejavu10-p53.json"


def test_a_year_right_after_a_word_on_its_baseline_stays_on_its_line():
    """WeasyPrint sets Tabel 3.9's header glyph by glyph, its labels staggered by vertical
    centring: "TAHUN" and "2022" share their baseline, but the line gathering them also holds
    labels 2 pt higher, and a figure was held to those within 0.15 of a line: "2022" made a
    line of its own, read as a year row under "ANGGARAN | REALISASI TAHUN" (the realisasi
    of every budget line unread)."""
    from ingest.read.pdf.layout import lines_from_runs

    lines = lines_from_runs(_kept_runs(_STAGGERED_GROUPS))
    segments = [(round(x0), text) for line in lines for x0, _, text in line.segments]
    assert (677, "TAHUN 2022") in segments
    assert (707, "2022") not in segments


def test_group_labels_over_sub_labels_staggered_by_vertical_centring_head_them():
    """The same header: "KINERJA" and "ANGGARAN" on the top line, each centred over three
    sub-labels wrapped to two or three lines and set at their own heights (TARGET TAHUNAN,
    REALISASI TAHUN 2022, CAPAIAN (%)). The label under each in its own column is a row
    down (10.1 pt; the sub-labels wrap at 8), and every label of the columns beside lies
    wholly under it: they are its sub-columns (was: "KINERJA REALISASI TAHUN 2022" one label,
    TARGET and CAPAIAN bare, and the same for ANGGARAN)."""
    from ingest.read.pdf.layout import lines_from_runs

    (table, *_), _ = borderless_tables(lines_from_runs(_kept_runs(_STAGGERED_GROUPS)))
    assert table.rows[0][4:] == ["KINERJA", "", "", "ANGGARAN", "", ""]
    assert table.rows[1][4:] == [
        "TARGET TAHUNAN",
        "REALISASI TAHUN 2022",
        "CAPAIAN (%)",
        "PAGU",
        "REALISASI TAHUN 2022",
        "PERSENTASE (%) CAPAIAN",  # the export prints the break; wider than its column, joined
    ]


def test_a_header_over_rows_of_two_cells_then_another_tables_header_is_still_a_table():
    """WeasyPrint with a header rule, Liberation Sans 11, landscape, 002's page 105
    (measured; a type the reader was not tuned on): the performance agreement's header
    repeated over its last two rows, a merged sasaran leaving each two cells, then 20 pt
    lower the programs' header. Cut there (a header set a blank line apart), the agreement's
    part had one line of three cells or more, was no table, and its header and rows were
    read as prose (two indicators lost)."""
    h = 12.3
    lines = [
        _at(75.1, h, (93.0, 112.6, "NO."), (153.8, 273.4, "SASARAN STRATEGIS"), (343.9, 455.3, "INDIKATOR KINERJA"),
            (500.6, 545.0, "TARGET")),
        _at(92.7, h, (313.6, 424.9, "4. Persentase Laporan")),
        _at(105.4, h, (313.6, 464.0, "pertanggungjawaban Realisasi")),
        _at(118.0, h, (313.6, 420.6, "APBDesa tepat waktu")),
        _at(138.7, h, (313.6, 475.6, "5. Persentase evaluasi Raperdes"), (499.6, 527.7, "100%")),
        _at(151.3, h, (313.6, 468.3, "APBDesa/Perubahan APBDesa")),
        _at(164.0, h, (313.6, 369.9, "tepat waktu")),
        _at(196.6, h, (101.0, 120.5, "NO."), (160.3, 275.2, "SASARAN PROGRAM"), (351.5, 408.9, "PROGRAM"),
            (485.0, 605.5, "INDIKATOR PROGRAM"), (641.8, 686.2, "TARGET"), (709.7, 774.4, "ANGGARAN")),
        _at(218.3, h, (92.0, 101.2, "1."), (143.5, 289.0, "Meningkatnya capaian kinerja"),
            (306.0, 442.3, "Program Penunjang Urusan"), (468.4, 610.3, "Persentase rata-rata capaian"),
            (636.1, 664.2, "100%"), (705.9, 776.2, "2.134.044.723")),
        _at(230.9, h, (143.5, 184.5, "aparatur"), (306.0, 413.6, "Pemerintahan Daerah"), (468.4, 545.5, "kinerja Aparatur")),
    ]  # fmt: skip
    (agreement, programs), prose = borderless_tables(lines)
    assert agreement.rows[0] == ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]
    assert agreement.rows[2] == [
        "",
        "",
        "5. Persentase evaluasi Raperdes APBDesa/Perubahan APBDesa tepat waktu",
        "100%",
    ]
    assert programs.rows[1][4:] == ["100%", "2.134.044.723"]
    assert not prose


_RENSTRA_FOOT = "002-tabel-6.1-weasyprint-dejavu10-p101.json"


def test_a_cut_rows_rest_alone_over_rows_of_figures_opens_no_table_of_its_own():
    """002's Tabel 6.1 in DejaVu Sans through WeasyPrint with a rule under the header (page
    101, measured): its last kegiatan rows, a cut row's rest printed as a row of its own
    ("program dan Evaluasi", the export's stray line 1881), then the next part's two rows,
    whose wider first cells cross the gutter the rows above left. Before, the rest opened a
    17-column table with no labels: the two indicators (Indeks Reformasi Birokrasi, Nilai
    evaluasi AKIP; 2021 and 2022) were lost."""
    tables, _ = borderless_tables(_kept_lines(_RENSTRA_FOOT))
    assert len(tables) == 1
    rows = tables[0].rows
    assert any("program dan Evaluasi" in row for row in rows)
    reformasi = next(row for row in rows if "1. Indeks Reformasi Birokrasi" in row)
    assert reformasi[0] == "Meningkatkan akuntabilitas dan kinerja birokrasi"
    assert rows.index(reformasi) == len(rows) - 2


def test_a_heading_at_the_left_edge_over_rows_of_figures_still_opens_a_stacked_table():
    """Tabel 3.5 of 002 through Chromium in Liberation Sans 11 (a type held out from tuning,
    page 44, measured): its second part's heading `2. Setelah Perubahan Renstra PD tahun
    2018-2023` at the table's left edge, then the part's header read into its first row of
    figures. One cell's words over rows of figures open no stacked table when they stand in
    an inner column (a cut row's rest); at the left edge they may head the next table, and
    the two parts stay apart (merged, their columns were lost: 12 values and five
    `unreadable` findings)."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / _TABEL_35).read_text(encoding="utf-8"))
    tables, _ = borderless_tables(_kept_lines(_TABEL_35), data["carry"])
    before, after = tables[-2], tables[-1]
    assert before.rows[-1][0] == "Rata-rata Capaian Kinerja Tahun 2020"
    assert after.rows[0][0] == "2. Setelah Perubahan Renstra PD tahun 2018-2023"


_TABEL_35 = "002-tabel-3.5-chromium-sans11-p44.json"


def test_a_header_ended_by_a_cut_rows_rest_is_known_without_a_figure_in_sight():
    """002's individual performance agreements through LibreOffice without rules, landscape
    (page 113, measured): the first agreement's header repeated over seven lines, the rest of
    the row the break cut (seven lines more), the second agreement's title and its own
    header, then its first row. No figure within the lines a header may take, so the header's
    end was not known, and the second agreement's first row was read under the first's
    columns (its program's 93.81% absorption lost). The cut row's rest, no label, ends the
    header; the second header then opens a table of its own."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / _AGREEMENTS).read_text(encoding="utf-8"))
    tables, _ = borderless_tables(_kept_lines(_AGREEMENTS), data["carry"])
    first, second = tables[0], tables[1]
    assert first.rows[-1][0] == "KETERKAITAN DENGAN KOMPONEN PERENCANAAN"
    assert second.rows[0][:3] == ["NO", "KINERJA", "INDIKATOR KINERJA INDIVIDU"]
    assert "% REALISASI" in second.rows[0]
    aparatur = next(row for row in second.rows if row[0] == "1")
    assert aparatur[2] == "Persentase rata-rata capaian kinerja aparatur"
    assert "93.81%" in aparatur


_AGREEMENTS = "002-agreements-libreoffice-p113.json"


def test_a_header_taller_than_its_window_keeps_all_its_label_rows():
    """Must-not beside the rule above: 002's Tabel 6.1 drawn by our fpdf2 fixtures without
    rules (page 89, measured), a header of thirteen lines - group labels, the years' row, the
    `Kondisi Kinerja pada Akhir Periode Renstra PD` label wrapped a word to a line - over its
    column numbers. The years' row is no row's rest: the header is not cut there (it was, in a
    first version of the rule, and Tabel 6.1 lost every value of its 342 budget lines and
    indicators)."""
    (table,) = borderless_tables(_kept_lines(_RENSTRA_FPDF2))[0]
    assert table.rows[0][6] == "Realisasi Kinerja Program dan Pendanaan"
    assert table.rows[1][6:8] == ["2019", ""] and table.rows[2][6:8] == ["Realisasi", "Rp"]
    assert table.rows[3][:3] == ["1", "2", "3"]
    assert table.rows[4][0] == "Meningkatnya Kualitas Layanan Publik" and table.rows[4][5:7] == ["87,86", "95,25"]


_RENSTRA_FPDF2 = "002-tabel-6.1-fpdf2-p89.json"


def test_a_group_label_starting_inside_the_white_leaves_the_column_boundary_under_it():
    """A group label centred over its sub-columns ("TUJUAN" over Uraian | Indikator |
    Target) can start inside the white between the first two, 2 pt after the widest
    Uraian cell ends: the white left of it too narrow for a gutter, right of it not
    starting at a cell's end. The boundary was lost and each Indikator read into its Uraian
    ("Indeks Kepuasan Nilai IKM ..." in Chromium's DejaVu Sans 10 rendering of 000)."""
    ends = [100, 104, 108, 112, 116, 118.8, 119.2, 119.6, 120]  # names of many widths, the widest alike
    body = [
        _line(130 + k * ROW, (50, end, f"Meningkatnya sasaran {k}"), (127, 190, f"Indikator {k}"), (215, 227, f"{80 + k}"),
              (255, 293, f"Uraian {k}"), (318, 330, f"{90 + k}"))
        for k, end in enumerate(ends)
    ]  # fmt: skip
    header = [
        _line(100, (122, 160, "TUJUAN"), (255, 300, "SASARAN")),
        _line(112, (60, 92, "URAIAN"), (140, 185, "INDIKATOR"), (205, 235, "TARGET"), (255, 290, "URAIAN"), (310, 340, "TARGET")),
    ]  # fmt: skip
    tables, _ = borderless_tables(header + body, None)
    (table,) = tables
    assert table.rows[1] == ["URAIAN", "INDIKATOR", "TARGET", "URAIAN", "TARGET"]
    assert [row[:3] for row in table.rows[2:]] == [
        [f"Meningkatnya sasaran {k}", f"Indikator {k}", f"{80 + k}"] for k in range(9)
    ]


def test_a_body_cell_starting_inside_the_white_is_no_group_label():
    """Must-not beside the rule above: a figure set right (a long one starting 2 pt after
    the widest name ends) keeps its column - the white is not carried on under a body cell,
    which would cut the figure from its column."""
    lines = [
        _line(112, (60, 92, "URAIAN"), (150, 190, "ANGGARAN"), (215, 245, "CAPAIAN")),
        _line(130, (50, 104, "Belanja pegawai"), (150, 195, "1.250.000"), (225, 245, "98%")),
        _line(154, (50, 110, "Belanja barang"), (170, 195, "98.500"), (225, 245, "97%")),
        _line(178, (50, 120, "Belanja modal kantor"), (122, 195, "12.345.678.900"), (225, 245, "100%")),
        _line(202, (50, 116, "Belanja lainnya"), (175, 195, "7.500"), (225, 245, "90%")),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines, None)
    (table,) = tables
    assert [row[1] for row in table.rows[-4:]] == ["1.250.000", "98.500", "12.345.678.900", "7.500"]
    assert table.rows[-2][0] == "Belanja modal kantor"


def test_group_labels_starting_inside_the_white_measured():
    """000's Misi V table through Chromium in DejaVu Sans 10, rule under the header,
    portrait (page 35, measured): TUJUAN and SASARAN each start inside the white between
    their first two sub-columns. Read as the text export prints it: thirteen columns, the
    IKM and SAKIP indicators apart from their formulas."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / _MISI_V).read_text(encoding="utf-8"))
    tables, _ = borderless_tables(_kept_lines(_MISI_V), data["carry"])
    table = next(t for t in tables if any("Baik (81)" in row for row in t.rows))
    ikm = next(row for row in table.rows if "Baik (81)" in row)
    assert len(ikm) == 13
    assert ikm[:5] == [
        "Meningkatnya kualitas pelayanan publik",
        "Indeks Kepuasan Masyarakat (IKM) Kecamatan",
        "Nilai IKM (Kriteria sesuai standart adalah sesuai dengan dokumen IKM)",
        "Baik (81)",
        "Baik (88)",
    ]
    sakip = next(row for row in table.rows if "A (83,89)" in row)
    assert sakip[1:3] == [
        "Meningkatnya Tata Kelola Perangkat Daerah",
        "Nilai SAKIP Perangkat Daerah pada tahun berkenaan",
    ]
    assert sakip[6:8] == ["Nilai SAKIP perangkat daerah Kecamatan Sananwetan", "Nilai evaluasi SAKIP perangkat daerah"]


_MISI_V = "000-misi-v-chromium-dejavu10-p35.json"


def test_a_group_labels_wrapped_line_stays_in_its_group_wherever_the_cut_falls():
    """002's Tabel 3.6 through WeasyPrint in DejaVu Sans 10, header rule, landscape (page 54,
    measured): "Capaian Kinerja" over 2021 | 2022 wraps its "(%)" onto a line of its own,
    centred under it, starting in the white between the two years. Read with the columns
    carried from the page before, the cut fell left of "(%)": it became a header row of its
    own over 2022, on some pages and not on others, and the pages' repeated headers no longer
    matched (three indicators lost). The text export prints "Capaian Kinerja (%)" (002:989),
    wherever in that white the cut falls."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / _TABEL_36).read_text(encoding="utf-8"))
    for cut in (data["carry"][-1], 720.6, 725.0):
        (table,), _ = borderless_tables(_kept_lines(_TABEL_36), [*data["carry"][:-1], cut])
        assert table.rows[0][6:] == ["Capaian Kinerja (%)", ""], cut
        assert table.rows[1] == ["", "", "2021", "2022", "2021", "2022", "2021", "2022"], cut
        rapat = next(row for row in table.rows if row[0].startswith("Penyelenggaraan rapat"))
        assert rapat[2:] == ["3 kali", "3 kali", "3 kali", "3 kali", "100%", "100%"]


_TABEL_36 = "002-tabel-3.6-weasyprint-dejavu10-p54.json"


def test_a_sub_label_centred_under_its_group_label_with_others_beside_it_stays_a_sub_label():
    """Must-not beside the rule above: "TARGET" over SEBELUM | SESUDAH | PERUBAHAN has its
    middle sub-label centred under it, a line below: a row of sub-labels (others beside it,
    set a row's pitch down), not the group label's next line."""
    lines = [
        _at(100, 7.0, (60, 100, "URAIAN"), (120, 150, "SATUAN"), (222, 263, "TARGET"), (340, 370, "KET")),
        _at(110, 7.0, (170, 205, "SEBELUM"), (228, 257, "SESUDAH"), (275, 320, "PERUBAHAN")),
        _at(130, 7.0, (50, 110, "Nilai SAKIP"), (120, 140, "nilai"), (180, 196, "72"), (235, 251, "74"),
            (290, 306, "76"), (340, 360, "-")),
        _at(150, 7.0, (50, 110, "Nilai IKM"), (120, 140, "nilai"), (180, 196, "88"), (235, 251, "89"),
            (290, 306, "90"), (340, 360, "-")),
    ]  # fmt: skip
    (table,), _ = borderless_tables(lines, None)
    assert table.rows[0] == ["URAIAN", "SATUAN", "TARGET", "", "", "KET"]
    assert table.rows[1] == ["", "", "SEBELUM", "SESUDAH", "PERUBAHAN", ""]
    assert table.rows[-1] == ["Nilai IKM", "nilai", "88", "89", "90", "-"]


def test_a_label_in_capitals_wrapped_at_the_bodys_pitch_is_one_label():
    """004's Tabel 2.4 through LibreOffice without rules, in Liberation Sans 11 (page 11,
    measured): "INDIKATOR" / "KINERJA" and "SAT" / "." wrap a line's pitch apart, as the
    body's wrapped names do (12.7 pt), but a line of capitals has a short box (7.7 pt), so
    the white between them looked like half a line: the header ended at its first line,
    "KINERJA" became a body row and the column read "SAT ." - every indicator of the table
    filed without its unit. As the text export prints it (004:264)."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / _TABEL_24).read_text(encoding="utf-8"))
    table = borderless_tables(_kept_lines(_TABEL_24), data["carry"])[0][0]
    assert table.rows[0] == ["NO", "TUJUAN", "SASARAN", "", "INDIKATOR KINERJA", "SAT.", "TARGET"]
    assert table.rows[1] == ["(1)", "(2)", "(3)", "", "(4)", "(5)", "(6)"]
    assert table.rows[2] == ["1", "Meingkatnya Pelayanan Publik di Kecamatan", "", "", "IKM Kecamatan", "%", "83"]


_TABEL_24 = "004-tabel-2.4-libreoffice-sans11-p11.json"


def _capitals_table(first_body: float) -> list[Line]:
    """A header in capitals (boxes 7 pt tall) whose labels wrap at 12 pt, as the body's
    names do; its first body line `first_body` pt under the header's last line, a program
    named in capitals without figures."""
    header = [
        _at(100, 7.0, (50, 120, "PROGRAM /"), (150, 210, "INDIKATOR"), (240, 270, "TARGET"), (300, 330, "SAT")),
        _at(112, 7.0, (50, 100, "KEGIATAN"), (150, 200, "KINERJA")),
    ]  # fmt: skip
    top = 112 + first_body
    body = [
        _at(top, 7.0, (50, 130, "PROGRAM PENUNJANG"), (150, 220, "PERSENTASE CAPAIAN")),
        _at(top + 12, 7.0, (50, 110, "URUSAN DAERAH"), (150, 215, "KINERJA APARATUR")),
        _at(top + 30, 9.5, (50, 120, "Perencanaan dan"), (150, 220, "Jumlah dokumen"), (240, 250, "3"),
            (300, 330, "dokumen")),
        _at(top + 42, 9.5, (50, 110, "penganggaran"), (150, 200, "perencanaan")),
        _at(top + 54, 9.5, (50, 100, "kegiatan"), (150, 200, "yang tersusun")),
        _at(top + 72, 9.5, (50, 120, "Administrasi"), (150, 220, "Jumlah laporan"), (240, 250, "12"),
            (300, 330, "laporan")),
        _at(top + 84, 9.5, (50, 110, "keuangan"), (150, 200, "keuangan")),
    ]  # fmt: skip
    return header + body


def test_labels_in_capitals_wrapped_at_the_bodys_pitch_are_one_label_generated():
    """The rule above on a table of other words and widths: "PROGRAM /" / "KEGIATAN" and
    "INDIKATOR" / "KINERJA" are each one label; the body starts where its rows do."""
    (table,), _ = borderless_tables(_capitals_table(first_body=20))
    assert table.rows[0] == ["PROGRAM / KEGIATAN", "INDIKATOR KINERJA", "TARGET", "SAT"]
    assert table.rows[1][:2] == ["PROGRAM PENUNJANG URUSAN DAERAH", "PERSENTASE CAPAIAN KINERJA APARATUR"]


def test_a_body_line_in_capitals_further_than_the_pitch_is_no_label():
    """Must-not beside the rule above: a program's name in capitals opening the body a row's
    padding further down than a wrapped line (18 pt, the pitch 12) is a body row, not more
    of the header."""
    (table,), _ = borderless_tables(_capitals_table(first_body=18))
    assert table.rows[0] == ["PROGRAM / KEGIATAN", "INDIKATOR KINERJA", "TARGET", "SAT"]
    assert table.rows[1][0] == "PROGRAM PENUNJANG URUSAN DAERAH"


def test_a_labels_last_line_at_its_cells_pitch_ends_the_table_with_it():
    """001's Tabel 3.2.1.2 through LibreOffice with a rule under the header (page 33,
    measured): the closing total's label wraps over five lines in capitals, 8 pt apart, its
    boxes 5 pt tall. Its last line, "ANGGARAN", was left out of the table: the pitch it was
    held to was the table's closest two lines (its header's), and the white under a box of
    capitals looked like a row's. The total kept a name the text export does not print
    (001:862 prints "RATA -RATA PENCAPAIAN KINERJA KEGIATAN DAN ANGGARAN")."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / _TABEL_3212).read_text(encoding="utf-8"))
    (table,), prose = borderless_tables(_kept_lines(_TABEL_3212), data["carry"])
    assert table.rows[-1] == [
        "RATA -RATA PENCAPAIAN KINERJA KEGIATAN DAN ANGGARAN", "", "", "", "99,41", "2.639.389.252", "2.575.209.979", "98"
    ]  # fmt: skip
    assert prose[0].text.startswith("Berdasarkan tabel diatas")


_TABEL_3212 = "001-tabel-3.2.1.2-libreoffice-p33.json"


def _total_at_foot(
    last: list[tuple[float, float, str]], after: tuple[float, float, str], step: float = 8.0
) -> list[Line]:
    """A table whose header lines stand 3 pt apart, rows 14 pt apart, then `last` (a row's
    lines in capitals, 8 pt apart, boxes 5 pt tall) and one more line `step` under them."""
    lines = [
        _at(100, 5.0, (50, 90, "URAIAN"), (200, 240, "TARGET"), (260, 300, "REALISASI")),
        _at(103, 5.0, (120, 150, "SATUAN")),
        _at(116, 7.0, (50, 140, "Belanja pegawai"), (205, 230, "1.000"), (265, 290, "900")),
        _at(130, 7.0, (50, 140, "Belanja barang"), (205, 230, "2.000"), (265, 290, "1.800")),
    ]
    top = 144.0
    for k, segment in enumerate(last):
        segments = [segment] if k else [segment, (205, 230, "3.000"), (265, 290, "2.700")]
        lines.append(_at(top + 8 * k, 5.0, *segments))
    lines.append(_at(top + 8 * (len(last) - 1) + step, 5.0, after))
    return lines


_WRAPPED_TOTAL = [(50, 120, "JUMLAH BELANJA"), (50, 100, "LANGSUNG"), (50, 112, "DAN TIDAK")]


def test_a_labels_last_line_at_its_cells_pitch_generated():
    """The rule above on other words and sizes: "JUMLAH BELANJA" / "LANGSUNG" / "DAN TIDAK"
    / "LANGSUNG", the last line 8 pt under the one above, as they wrap."""
    (table,), prose = borderless_tables(_total_at_foot(_WRAPPED_TOTAL, (50, 100, "LANGSUNG")))
    assert table.rows[-1] == ["JUMLAH BELANJA LANGSUNG DAN TIDAK LANGSUNG", "3.000", "2.700"]
    assert prose == []


def test_a_line_further_than_the_cells_pitch_is_no_cells_next_line():
    """Must-not beside the rule above: a line at the table's left edge 12 pt under a cell
    wrapping at 8 pt is not that cell's (a heading set under the table)."""
    (table,), prose = borderless_tables(_total_at_foot(_WRAPPED_TOTAL, (50, 110, "CATATAN"), step=12.0))
    assert table.rows[-1] == ["JUMLAH BELANJA LANGSUNG DAN TIDAK", "3.000", "2.700"]
    assert [line.text for line in prose] == ["CATATAN"]


def test_a_header_in_capitals_ended_by_a_row_in_small_letters_is_known_without_a_figure():
    """002's individual performance agreements through LibreOffice without rules, in
    Liberation Serif 11, landscape (page 125, measured): the first agreement's header in
    capitals repeated over seven lines ("REALISASI s.d TRIBUNAL IV" wrapped at its pitch),
    then a cut row's rest in small letters running forty lines with no figure, then the
    second agreement. Once "IV" was read as the label's last line, no figure followed within
    the lines a header may take and the header's end was taken as unknown: the second
    agreement's header no longer opened a table, its first program was filed under the first
    agreement without its absorption. Words in small letters under a header in capitals are
    a row's: the header ends there, in sight of a figure or not."""
    data = json.loads(
        (Path(__file__).parent / "fixtures" / "pdf_lines" / _SERIF_AGREEMENTS).read_text(encoding="utf-8")
    )
    first, second = borderless_tables(_kept_lines(_SERIF_AGREEMENTS), data["carry"])[0]
    assert first.rows[0][4] == "REALISASI s.d TRIBUNAL IV"
    assert first.rows[1][6:10] == ["NO", "NAMA PROGRAM/KEGIATAN / SUB KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)"]
    assert second.rows[0][6:11] == [
        "NO",
        "NAMA PROGRAM/KEGIATAN / SUB KEGIATAN",
        "ANGGARAN (Rp)",
        "REALISASI (Rp)",
        "% REALISASI",
    ]
    aparatur = second.rows[1]
    assert aparatur[7] == "Program penunjang Urusan Pemerintahan daerah kabupaten/kota"
    assert aparatur[8:11] == ["2,134,044,723.00", "2,002,041,515.00", "93.81%"]


_SERIF_AGREEMENTS = "002-agreements-libreoffice-serif11-p125.json"


def test_a_names_rest_in_an_inner_column_stays_with_its_row_at_the_tables_foot():
    """000's program budget through WeasyPrint with a header rule, landscape, in Liberation
    Sans 11 (page 17, measured): the header and one row at the page's foot, the program's
    name "PROGRAM" / "PENYELENGGARAAN" / "PEMERINTAHAN DAN" / "PELAYANAN PUBLIK". Two lines
    give no gutter to trust: the white between the row's "PROGRAM" and the centred label
    "Program" looked like one, the name's rest crossed it and was left out - it became the
    title of the table on the next page, and its program 628.936.788 was filed under no
    name (three false sedang findings)."""
    data = json.loads((Path(__file__).parent / "fixtures" / "pdf_lines" / _PROGRAM_BUDGET).read_text(encoding="utf-8"))
    tables, prose = borderless_tables(_kept_lines(_PROGRAM_BUDGET), data["carry"])
    assert tables[-1].rows[-1] == [
        "1", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "628.936.788", "578.305.156", "91,95%"
    ]  # fmt: skip
    assert not any("PELAYANAN PUBLIK" in line.text for line in prose)


_PROGRAM_BUDGET = "000-program-budget-weasyprint-sans11-p17.json"


def _budget_at_foot(rest: tuple[float, float, str]) -> list[Line]:
    """A header over its centred labels and one row, then one more line `rest` 12 pt under."""
    return [
        _at(100, 9.0, (60, 72, "No"), (170, 214, "Program"), (300, 350, "Anggaran"), (400, 446, "Realisasi")),
        _at(120, 9.0, (55, 60, "1"), (110, 165, "PROGRAM"), (290, 350, "19.072.108.959"), (390, 446, "18.991.204.472")),
        _at(132, 9.0, rest),
    ]


def test_a_names_rest_in_an_inner_column_generated():
    """The rule above on other words and widths: "PROGRAM" / "PEMBERDAYAAN MASYARAKAT"."""
    (table,), prose = borderless_tables(_budget_at_foot((110, 240, "PEMBERDAYAAN MASYARAKAT")))
    assert table.rows[-1][1] == "PROGRAM PEMBERDAYAAN MASYARAKAT"
    assert prose == []


def test_a_line_running_across_the_next_column_is_no_names_rest():
    """Must-not beside the rule above: a line starting where the name does but running on
    over the next column's cells is text set under the table, not the name's rest."""
    (table,), prose = borderless_tables(_budget_at_foot((110, 420, "Dari tabel di atas dapat disimpulkan bahwa")))
    assert table.rows[-1][1] == "PROGRAM"
    assert [line.text for line in prose] == ["Dari tabel di atas dapat disimpulkan bahwa"]
