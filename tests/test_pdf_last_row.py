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
from tests.test_borderless import _kept_lines, _measured


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


# 001 through LibreOffice in Carlito 11 without rules, portrait, page 34 (Tabel 4.1): the last
# row's name closes with "perencanaan" (no capital nor ascender: a 5.7 pt box under 7 pt
# ones, its top 1.3 pt low: 4 pt of white looked like more than half a line) and "pembangunan
# di Desa". The table ended before them, the indicator was read "... dalam forum musyawarah"
# (the export's line 811: "... forum musyawarah perencanaan pembangunan di Desa").
PAGE_34 = [
    (123.2, 130.1, (85.2, 146.1, "Program/Kegiatan"), (189.6, 275.5, "Indikator Kinerja Program"), (288.4, 317.0, "Realisasi"), (334.5, 340.3, "%"), (377.7, 406.3, "Realisasi"), (438.3, 472.6, "% Capaian"), (485.5, 523.5, "Menunjang")),
    (132.7, 139.9, (189.6, 269.3, "(outcome) dan Kegiatan"), (288.4, 311.8, "Kinerja"), (334.5, 361.1, "Capaian"), (377.7, 409.4, "Anggaran"), (438.3, 470.0, "Anggaran"), (485.4, 514.3, "/ Kurang")),
    (142.4, 149.6, (189.6, 217.3, "(output)"), (334.5, 357.9, "Kinerja")),
    (156.6, 162.1, (85.2, 89.2, "1"), (189.6, 193.6, "2"), (288.4, 292.4, "3"), (334.5, 338.5, "4"), (377.7, 381.7, "5"), (438.3, 442.3, "6"), (485.5, 489.5, "7")),
    (170.2, 177.2, (85.2, 160.1, "Tugas dan Fungsinya di"), (189.6, 264.5, "Tugas dan Fungsinya di")),
    (180.0, 187.0, (85.2, 144.7, "Bidang Penegakan"), (189.6, 249.1, "Bidang Penegakan")),
    (189.7, 196.7, (85.2, 157.1, "Peraturan Perundang-"), (189.6, 261.5, "Peraturan Perundang-")),
    (199.5, 206.5, (85.2, 150.2, "Undangan dan/atau"), (189.6, 254.6, "Undangan dan/atau")),
    (209.2, 216.2, (85.2, 173.6, "Kepolisian Negara Republik"), (189.6, 247.9, "Kepolisian Negara")),
    (219.0, 225.9, (85.2, 116.8, "Indonesia"), (189.6, 253.2, "Republik Indonesia.")),
    (232.7, 239.7, (85.2, 167.6, "Program: Pembinaan dan"), (189.6, 253.6, "Persentase Laporan"), (288.4, 306.3, "100%"), (334.5, 346.6, "100"), (377.7, 414.1, "11.945.750"), (438.3, 450.4, "100"), (485.5, 507.5, "Sangat")),
    (242.5, 249.5, (85.2, 173.6, "Pengawasan Pemerintahan"), (189.6, 270.2, "Realisasi APB Desa Tepat"), (485.5, 522.1, "menunjang")),
    (252.2, 257.8, (85.2, 101.0, "Desa"), (189.6, 211.0, "Waktu")),
    (266.0, 273.0, (85.2, 148.7, "Kegiatan : Fasilitasi,"), (189.6, 247.4, "Jumlah Desa yang"), (288.4, 314.1, "21 Desa"), (334.5, 346.6, "100"), (377.7, 414.1, "11.945.750"), (438.3, 450.4, "100"), (485.5, 507.5, "Sangat")),
    (275.7, 282.7, (85.2, 143.0, "Rekomendasi dan"), (189.6, 256.5, "melaporkan realisasi"), (485.5, 522.1, "menunjang")),
    (285.5, 292.5, (85.2, 172.0, "Koordinasi Pembinaan dan"), (189.6, 267.9, "APBDes dengan lengkap")),
    (295.2, 302.2, (85.2, 173.6, "Pengawasan Pemerintahan")),
    (305.5, 310.6, (85.2, 101.0, "Desa")),
    (318.7, 325.7, (85.2, 158.9, "Sub Kegiatan: Fasilitasi"), (189.6, 263.1, "Jumlah Dokumen yang"), (288.4, 296.4, "42"), (334.5, 346.6, "100"), (377.7, 414.1, "11.945.750"), (438.3, 450.4, "100"), (485.5, 507.5, "Sangat")),
    (328.5, 335.5, (85.2, 176.6, "Pengelolaan Keuangan Desa"), (189.6, 267.7, "difasilitasi dalam rangka"), (288.4, 319.9, "Dokumen"), (485.5, 522.1, "menunjang")),
    (338.2, 345.2, (85.2, 166.4, "dan Pendayagunaan aset"), (189.6, 263.3, "Pengelolaan Keuangan")),
    (348.0, 355.0, (85.2, 101.0, "Desa"), (189.6, 273.1, "Desa dan Pendayagunaan")),
    (358.2, 363.3, (189.6, 221.6, "Aset Desa")),
    (371.5, 378.5, (85.2, 166.0, "Program: Pemberdayaan"), (189.6, 259.5, "Persentase desa yang"), (288.4, 306.3, "100%"), (334.5, 346.6, "100"), (377.7, 414.1, "40.539.500"), (438.3, 450.4, "100"), (485.5, 507.5, "Sangat")),
    (381.2, 388.2, (85.2, 154.9, "Masyarakat Desa dan"), (189.6, 232.0, "Perencanaan"), (485.5, 522.1, "menunjang")),
    (391.0, 398.0, (85.2, 118.2, "Kelurahan"), (189.6, 250.6, "Pembangunan dan")),
    (400.7, 407.7, (189.6, 269.7, "Lembaga Pemberdayaan")),
    (410.5, 417.5, (189.6, 261.0, "Masyarakat yang aktif")),
    (424.2, 431.2, (85.2, 151.8, "Kegiatan: Koordinasi"), (189.6, 275.1, "1. Jumlah Lembaga/Badan"), (288.4, 296.4, "42"), (334.5, 346.6, "100"), (377.7, 414.1, "40.539.500"), (438.3, 450.4, "100"), (485.5, 507.5, "Sangat")),
    (434.0, 441.0, (85.2, 164.2, "Kegiatan Pemberdayaan"), (189.6, 274.5, "Usaha dan Pemberdayaan"), (288.4, 316.2, "lembaga"), (485.5, 522.1, "menunjang")),
    (443.7, 450.7, (85.2, 101.0, "Desa"), (189.6, 262.5, "Masyarakat Desa yang")),
    (453.5, 459.1, (189.6, 209.6, "dibina")),
    (467.2, 474.2, (189.6, 255.3, "2. Jumlah Desa yang"), (288.4, 314.1, "21 Desa"), (334.5, 346.6, "100"), (485.5, 507.5, "Sangat")),
    (477.1, 484.0, (189.6, 250.0, "menyusun RKPDes"), (485.5, 522.1, "menunjang")),
    (490.7, 497.7, (85.2, 171.5, "Sub Kegiatan: Peningkatan"), (189.6, 240.8, "Jumlah Laporan"), (288.4, 296.4, "42"), (334.5, 346.6, "100"), (377.7, 414.1, "27.305.000"), (438.3, 450.4, "100"), (485.5, 507.5, "Sangat")),
    (500.5, 507.5, (85.2, 147.5, "Efektifitas Kegiatan"), (189.6, 264.0, "Peningkatan Efektifitas"), (288.4, 314.8, "Laporan"), (485.5, 522.1, "menunjang")),
    (510.2, 517.2, (85.2, 173.9, "Pemberdayaan Masyarakat"), (189.6, 268.6, "Kegiatan Pemberdayaan")),
    (520.0, 526.9, (85.2, 157.4, "di Wilayah Kecamatan"), (189.6, 263.5, "Masyarakat di Wilayah")),
    (530.2, 535.3, (189.6, 225.9, "Kecamatan")),
    (543.5, 550.5, (85.2, 160.4, "Peningkatan Partisipasi"), (189.6, 242.2, "Jumlah lembaga"), (288.4, 300.5, "126"), (377.7, 414.1, "13.234.500"), (438.3, 450.4, "100"), (485.5, 507.5, "Sangat")),
    (553.2, 560.2, (85.2, 168.1, "Masyarakat dalam Forum"), (189.6, 260.0, "kemasyarakatan yang"), (288.4, 316.2, "lembaga"), (485.5, 522.1, "menunjang")),
    (563.0, 569.9, (85.2, 171.3, "Musyawarah Perencanaan"), (189.6, 255.6, "berpartisipasi dalam")),
    (572.7, 579.7, (85.2, 157.6, "Pembangunan di Desa"), (189.6, 253.0, "forum musyawarah")),
    (583.7, 589.4, (189.6, 232.0, "perencanaan")),
    (592.2, 599.2, (189.6, 262.1, "pembangunan di Desa")),
    (604.1, 615.2, (85.2, 536.0, "Berdasarkan tabel diatas dapat diketahui bahwa secara umum terdapat efektifitas anggaran")),
]  # fmt: skip
FORUM = "Jumlah lembaga kemasyarakatan yang berpartisipasi dalam forum musyawarah perencanaan pembangunan di Desa"


def test_a_short_box_at_the_cells_pitch_between_bottoms_goes_on_the_last_rows_name():
    tables, prose = borderless_tables(_measured(*PAGE_34))
    assert _last_cell(tables[0].rows, 1, "Jumlah lembaga") == FORUM
    assert [line.text for line in prose] == [PAGE_34[-1][2][2]]


def test_in_other_sizes_a_word_without_ascenders_still_ends_the_last_rows_cell():
    # a last row's indicator wrapping at the type's pitch in the second column, its third line
    # a word without capitals or ascenders whose box starts a fifth of the size lower
    for size in (8.0, 10.0, 12.0):
        pitch, rows = 1.4 * size, []
        rows.append(
            Line([(60.0, 110.0, "Program"), (200.0, 260.0, "Indikator"), (380.0, 420.0, "Pagu")], 100.0, 100.0 + size)
        )
        first = 100.0 + 2 * pitch
        rows.append(
            Line(
                [
                    (60.0, 150.0, "Penguatan Lembaga"),
                    (200.0, 290.0, "Jumlah lembaga desa"),
                    (380.0, 430.0, "12.500.000"),
                ],
                first,
                first + size,
            )
        )
        rows.append(
            Line(
                [(60.0, 140.0, "Kemasyarakatan"), (200.0, 290.0, "kemasyarakatan yang")],
                first + pitch,
                first + pitch + size,
            )
        )
        low = first + 2 * pitch + 0.2 * size  # "mengikuti": no capital nor ascender
        rows.append(Line([(200.0, 250.0, "mengikuti")], low, first + 2 * pitch + size))
        rows.append(Line([(200.0, 270.0, "musrenbang desa")], first + 3 * pitch, first + 3 * pitch + size))
        rows.append(
            Line(
                [(60.0, 400.0, "Dari tabel di atas dapat diketahui bahwa")], first + 5 * pitch, first + 5 * pitch + size
            )
        )
        tables, prose = borderless_tables(rows)
        name = "Jumlah lembaga desa kemasyarakatan yang mengikuti musrenbang desa"
        assert _last_cell(tables[0].rows, 1, "Jumlah lembaga") == name, size
        assert [line.text for line in prose] == ["Dari tabel di atas dapat diketahui bahwa"], size


def test_a_line_in_the_inner_column_off_the_cells_pitch_stays_out():
    # must-not: a note set in the column's place a line and a half under the last row
    lines = [*_measured(*PAGE_34[:-3]), Line([(189.6, 262.1, "catatan: diolah")], 594.2, 601.2)]
    tables, prose = borderless_tables(lines)
    assert _last_cell(tables[0].rows, 1, "Jumlah lembaga").endswith("forum musyawarah")
    assert [line.text for line in prose] == ["catatan: diolah"]
