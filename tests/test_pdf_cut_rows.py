"""A row a page break cuts: drawn with its column rules and no rule closing it (how HTML
engines collapse borders), its rest at the top of the next page under the repeated header.
The row is read whole, its merged cell's text kept.

The PDF is drawn here the way Chromium printed 001's Tabel 2.1 lanjutan (page 11 of the
grid/portrait rendering): the column rules of the cut row run to the foot, no rule under them."""

from pathlib import Path

from fpdf import FPDF

from ingest.read.pdf import read_pdf

COLUMNS = [(60, 30), (90, 120), (210, 150), (360, 60), (420, 100)]  # (x, width) in points
HEADER = ["NO", "SASARAN", "INDIKATOR", "TARGET", "ANGGARAN"]


def _row(pdf: FPDF, top: float, cells: list[list[str]], height: float, close: bool = True) -> None:
    for (x, _width), lines in zip(COLUMNS, cells, strict=True):
        for k, text in enumerate(lines):
            pdf.text(x + 3, top + 11 + 11 * k, text)
        pdf.line(x, top, x, top + height)
    right = COLUMNS[-1][0] + COLUMNS[-1][1]
    pdf.line(right, top, right, top + height)
    pdf.line(COLUMNS[0][0], top, right, top)
    if close:
        pdf.line(COLUMNS[0][0], top + height, right, top + height)


def cut_row_pdf(path: Path, close: bool = False, moved: bool = False, last: bool = False) -> Path:
    """`moved`: the engine set the cut row's whole indicator name on the next page (its
    cell empty above the break, as WeasyPrint printed 004's Tabel 3.3). `last`: the cut row
    is the table's last, so the next page holds only the header over its rest."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=9)
    pdf.add_page()
    pdf.text(60, 80, "Tabel 2.1 Perjanjian Kinerja Kecamatan Contoh Tahun 2024")
    _row(pdf, 100, [[h] for h in HEADER], 16)
    _row(pdf, 116, [["1."], ["Meningkatnya"], ["Nilai Evaluasi AKIP"], ["72"], ["1.000.000"]], 30)
    # the cut row: its sasaran is a merged cell running to the foot, no closing rule
    cut = [
        ["2."],
        ["Meningkatnya", "Kualitas Layanan"],
        [] if moved else ["Persentase laporan", "yang rekomendas"],
        ["100%"],
        ["2.000.000"],
    ]
    _row(pdf, 146, cut, 40, close=close)
    pdf.add_page()
    _row(pdf, 60, [[h] for h in HEADER], 16)
    rest = ["Persentase laporan yang", "rekomendasi Forkopimcam"] if moved else ["i Forkopimcam"]
    _row(pdf, 76, [[""], [""], rest, [""], [""]], 27 if moved else 16)
    if not last:
        _row(
            pdf,
            103 if moved else 92,
            [["3."], ["Meningkatnya Desa"], ["Jumlah desa dibina"], ["12"], ["3.000.000"]],
            16,
        )
    pdf.text(60, 160, "Demikian perjanjian kinerja ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.")
    pdf.output(str(path))
    return path


def test_a_row_cut_by_the_page_break_is_read_whole_with_its_merged_cell(tmp_path):
    doc = read_pdf(cut_row_pdf(tmp_path / "cut.pdf")).document
    (table,) = doc.tables
    rows = [r.cells for r in table.rows]
    assert rows == [
        ["1.", "Meningkatnya", "Nilai Evaluasi AKIP", "72", "1.000.000"],
        ["2.", "Meningkatnya Kualitas Layanan", "Persentase laporan yang rekomendasi Forkopimcam", "100%", "2.000.000"],
        ["3.", "Meningkatnya Desa", "Jumlah desa dibina", "12", "3.000.000"],
    ]
    assert [r.page for r in table.rows] == [1, 1, 2]


def test_the_rest_of_the_last_row_alone_under_the_repeated_header_is_read(tmp_path):
    # LibreOffice, 004's Tabel 3.8 on a grid (measured): the table's last row cut by the page
    # break, "Pemerintahan Desa" alone under the header repeated on the next page. That page
    # has one line of columns (the header): it is still searched for the table's rest.
    doc = read_pdf(cut_row_pdf(tmp_path / "last.pdf", last=True)).document
    (table,) = doc.tables
    assert [r.cells[2] for r in table.rows] == [
        "Nilai Evaluasi AKIP",
        "Persentase laporan yang rekomendasi Forkopimcam",
    ]
    assert not any("Forkopimcam" in getattr(b, "text", "") for b in doc.blocks)


def test_a_cut_row_closed_by_a_rule_on_both_pages_is_read_whole_too(tmp_path):
    # LibreOffice closes a row Word lets break with a rule at the foot and one at the top:
    # nothing in the drawing tells the rest from a row; the page break does (001's Tabel 2.1,
    # "1. Nilai Evaluasi" / "AKIP Kec. Sumobito" in the grid/portrait rendering)
    doc = read_pdf(cut_row_pdf(tmp_path / "cut.pdf", close=True)).document
    (table,) = doc.tables
    assert [r.cells[2] for r in table.rows] == [
        "Nilai Evaluasi AKIP",
        "Persentase laporan yang rekomendasi Forkopimcam",
        "Jumlah desa dibina",
    ]


def test_a_name_moved_whole_past_the_break_joins_the_open_row_it_belongs_to(tmp_path):
    # WeasyPrint, 004's Tabel 3.3 on a grid (measured): the row's figures on one page, its
    # indicator cell empty there and its name at the top of the next page under the
    # repeated header. The row is drawn open at the break: the name is its rest.
    doc = read_pdf(cut_row_pdf(tmp_path / "moved.pdf", moved=True)).document
    (table,) = doc.tables
    assert [r.cells[1:4] for r in table.rows][1] == [
        "Meningkatnya Kualitas Layanan",
        "Persentase laporan yang rekomendasi Forkopimcam",
        "100%",
    ]
    assert len(table.rows) == 3


def test_a_name_under_an_empty_cell_of_a_closed_row_stays_a_row_of_its_own(tmp_path):
    # The same rows closed by a rule at the foot and at the top: nothing shows the row was
    # cut, and a name under an empty cell may be a row of its own - it is not joined.
    doc = read_pdf(cut_row_pdf(tmp_path / "closed.pdf", close=True, moved=True)).document
    (table,) = doc.tables
    assert table.rows[1].cells[2] == ""
    assert table.rows[2].cells[2] == "Persentase laporan yang rekomendasi Forkopimcam"


def test_a_rows_rest_read_into_the_repeated_header_is_split_from_it_and_joined_to_the_row():
    # Chromium, 000's Tabel 2.4 without rules (measured): the page break cut row 5's
    # indicator after "... masyarakat dan"; its rest, "pembangunan yang ditindaklanjuti",
    # opens the next page under the repeated header, and no figure tells it from the
    # labels, so the header's cell reads "INDIKATOR KINERJA pembangunan yang
    # ditindaklanjuti". Split from the label, it is the row's rest.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]
    first = [
        header,
        ["4", "Meningkatnya Kualitas pembangunan wilayah", "Persentase kelurahan berdaya", "100%"],
        ["5", "Meningkatnya pemberdayaan masyarakat", "1. Persentase hasil koordinasi bidang pemberdayaan masyarakat dan", "100%"],
    ]  # fmt: skip
    second = [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA pembangunan yang ditindaklanjuti", "TARGET"],
        ["", "", "2. Persentase RT Berdaya", "100%"],
        ["6", "Meningkatnya penyelenggaraan urusan pemerintahan umum", "Persentase koordinasi pemerintahan", "100%"],
    ]  # fmt: skip
    pages = [
        PageItems(13, 595.0, [], [FoundTable(first, 300.0, 500.0)]),
        PageItems(14, 595.0, [], [FoundTable(second, 80.0, 200.0)]),
    ]
    (table,) = Assembler().run(pages)
    assert [c.label for c in table.columns] == header
    assert [r.cells[2] for r in table.rows] == [
        "Persentase kelurahan berdaya",
        "1. Persentase hasil koordinasi bidang pemberdayaan masyarakat dan pembangunan yang ditindaklanjuti",
        "2. Persentase RT Berdaya",
        "Persentase koordinasi pemerintahan",
    ]


def test_a_row_of_figures_without_a_name_takes_the_name_opening_the_next_page():
    # WeasyPrint, 000's Tabel 2.5 without rules (measured): row 1 printed its number and
    # amounts at the foot of the page and its program name, whole, at the top of the next
    # one. A row with figures and not one word is no row by itself: the name is its rest,
    # even starting with "PROGRAM" (which otherwise opens a row of its own). Left apart,
    # the program had no amounts and the table's total looked 628.936.788 short.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["No", "Program", "Anggaran", "Realisasi", "Capaian"]
    first = [header, ["1", "", "628.936.788", "578.305.156", "91,95%"]]
    second = [
        header,
        ["", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "", "", ""],
        ["2", "PROGRAM PEMBERDAYAAN MASYARAKAT", "19.072.108.959", "18.991.204.472", "99,58%"],
    ]
    pages = [
        PageItems(11, 842.0, [], [FoundTable(first, 600.0, 760.0)]),
        PageItems(12, 842.0, [], [FoundTable(second, 80.0, 200.0)]),
    ]
    (table,) = Assembler().run(pages)
    assert [r.cells for r in table.rows] == [
        ["1", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "628.936.788", "578.305.156", "91,95%"],
        ["2", "PROGRAM PEMBERDAYAAN MASYARAKAT", "19.072.108.959", "18.991.204.472", "99,58%"],
    ]


def test_a_lone_figure_left_at_the_foot_of_the_page_goes_into_its_row_on_the_next():
    # WeasyPrint, 001's Tabel 2.5 with a rule under the header (measured): row 4 printed its
    # target "2 Paket" alone at the foot of page 13 and the rest of the row, its target cell
    # empty, under the repeated header on page 14. Taken for prose, "2 Paket" became the title
    # of a new table there, whose rows then took the report's year instead of the table's.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, Line, PageItems

    header = ["NO", "KEGIATAN", "INDIKATOR", "TARGET", "FORMULASI"]
    cuts = [70.0, 200.0, 330.0, 400.0]  # TARGET runs from 330 to 400
    first = [header, ["3.", "Penyediaan Bahan Logistik", "Jumlah penyediaan makanan", "1 Paket", "Jumlah makanan"]]
    second = [
        header,
        ["4.", "Penyediaan Barang Cetak", "1. Jumlah pemenuhan barang cetak", "", "Jumlah barang cetak"],
        ["5.", "Penyediaan Bahan Bacaan", "Jumlah Pemenuhan Bahan Bacaan", "1 jenis", "Jumlah bahan bacaan"],
    ]
    foot = Line([(340.0, 372.0, "2 Paket")], 760.0, 770.0)

    def pages(goes_on: bool) -> list:
        next_page = [FoundTable(second, 80.0, 200.0, cuts)] if goes_on else []
        prose = [] if goes_on else [Line([(60.0, 500.0, "Demikian laporan ini dibuat.")], 80.0, 90.0)]
        return [
            PageItems(13, 842.0, [foot], [FoundTable(first, 300.0, 700.0, cuts)]),
            PageItems(14, 842.0, prose, next_page),
        ]

    (table,) = Assembler().run(pages(goes_on=True))
    assert [r.cells[3] for r in table.rows] == ["1 Paket", "2 Paket", "1 jenis"]
    # No table goes on: the figure stays where it was printed, as text after the table.
    blocks = Assembler().run(pages(goes_on=False))
    assert [getattr(b, "text", None) for b in blocks[1:]] == ["2 Paket", "Demikian laporan ini dibuat."]
    # A bare number at the foot may be a page number: never put into a cell.
    foot = Line([(340.0, 352.0, "13")], 760.0, 770.0)
    blocks = Assembler().run(pages(goes_on=True))
    assert not any("13" in r.cells for b in blocks if hasattr(b, "rows") for r in b.rows)
    assert "13" in [getattr(b, "text", None) for b in blocks]


def test_a_units_rest_under_its_figure_opens_the_next_page():
    # 000's RKT through LibreOffice (rows may break across pages): "10 Pokmas /" at the foot
    # of one page, "Ormas" at the top of the next under it, beside the rest of the names;
    # "45 Lembaga" going on "kemasyarakatan". The row's rest was read as a row of its own
    # and the sub kegiatan kept half its name ("Pemberdayaan Masyarakat di").
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["", "", "", "Pemberdayaan Masyarakat di", "Jumlah Pokmas dan Ormas yang", "10 Pokmas /", "2.067.773.600"]
    rest = ["", "", "", "Kelurahan", "Melaksanakan Pemberdayaan", "Ormas", ""]
    assert rest_of_cut_row(above, rest, past_break=True)
    above = ["", "", "", "Peningkatan Partisipasi", "Jumlah Lembaga", "45 Lembaga", "29.306.700"]
    rest = ["", "", "", "Masyarakat dalam Forum", "Kemasyarakatan yang", "kemasyarakatan", ""]
    assert rest_of_cut_row(above, rest, past_break=True)
    assert not rest_of_cut_row(above, rest)  # in one run of lines nothing says the row was cut
    # a capital under a figure with no "/" to go on may open a name: not the row's rest
    rest = ["", "", "", "Masyarakat dalam Forum", "Kemasyarakatan yang", "Kelurahan Gedog", ""]
    assert not rest_of_cut_row(above, rest, past_break=True)


def merged_past_break_pdf(path: Path) -> Path:
    """A sasaran merged over the last rows of a page and going on past the break: every
    cell of the last row closed at the foot but the merged one, a narrow column of a wide
    table (how Chromium printed 002's 21-column Renstra matrix, Tabel 6.1, on a grid); on
    the next page it goes on, empty, under the repeated header."""
    widths = [20, 45, 115, 45, 50, 45, 50, 45, 50, 45]  # the sasaran: under a tenth of the width
    xs = [40.0]
    for width in widths:
        xs.append(xs[-1] + width)
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=6)

    def rule(top: float, merged_open: bool) -> None:
        if merged_open:  # no rule across the merged cell
            pdf.line(xs[0], top, xs[1], top)
            pdf.line(xs[2], top, xs[-1], top)
        else:
            pdf.line(xs[0], top, xs[-1], top)

    def row(top: float, cells: list[str], open_top: bool = False, open_bottom: bool = False) -> None:
        for x, text in zip(xs, cells, strict=False):
            pdf.text(x + 2, top + 9, text)
        for x in xs:
            pdf.line(x, top, x, top + 14)
        rule(top, open_top)
        rule(top + 14, open_bottom)

    header = ["NO", "SASARAN", "INDIKATOR", "TARGET", "PAGU", "TARGET", "PAGU", "TARGET", "PAGU", "UNIT"]
    figures = ["12", "3.000.000", "12", "3.100.000", "12", "3.200.000", "Kasi"]
    pdf.add_page()
    pdf.text(40, 80, "Tabel 6.1 Rencana Program dan Kegiatan Kecamatan Contoh")
    row(100, header)
    row(114, ["1.", "Desa maju", "Jumlah desa dibina", *figures])
    row(128, ["2.", "Layanan", "Nilai Evaluasi AKIP", *figures], open_bottom=True)
    row(142, ["3.", "", "Jumlah dokumen", *figures], open_top=True, open_bottom=True)  # the foot: open
    pdf.add_page()
    row(60, header)
    row(74, ["4.", "", "Jumlah laporan", *figures])
    pdf.output(str(path))
    return path


def test_a_sasaran_merged_past_the_page_break_keeps_its_text(tmp_path):
    # Without a rule under the merged cell the table finder found no cell there: its rows
    # had no sasaran, and 110 values of 002's Renstra matrix lost theirs through Chromium.
    doc = read_pdf(merged_past_break_pdf(tmp_path / "merged.pdf")).document
    (table,) = doc.tables
    assert [r.cells[:3] for r in table.rows] == [
        ["1.", "Desa maju", "Jumlah desa dibina"],
        ["2.", "Layanan", "Nilai Evaluasi AKIP"],
        ["3.", "", "Jumlah dokumen"],
        ["4.", "", "Jumlah laporan"],
    ]


def test_a_program_name_moved_past_the_break_beside_the_rows_rest_joins_it():
    # 001's Tabel 3.1.1.3 through WeasyPrint in a grid (measured, pages 24-25): the row's
    # figures and the first words of its sasaran and indicator at the foot, the program cell
    # empty there; on the next page the program's whole name beside the rest of both. The
    # rest was read as a row of its own ("Program ..." opens rows) and both names were cut.
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["", "", "Meningkatnya Pembinaan dan", "Persentase Desa yang", "100%", "100%", "100%"]
    rest = ["", "Program: Pembinaan dan Pengawasan", "Pengawasan Pemerintahan Desa", "melaporkan Realisasi", "", "", ""]
    assert rest_of_cut_row(above, rest, open_row=True, past_break=True)
    # the row drawn closed at the break: nothing says the program belongs to it
    assert not rest_of_cut_row(above, rest, open_row=False, past_break=True)
    # beside words that are whole phrases of their own: a program row of its own
    above = ["", "", "Meningkatnya Pembinaan Desa", "Persentase Desa", "100%", "100%", "100%"]
    rest = ["", "Program: Pembinaan dan Pengawasan", "Meningkatnya Layanan", "Jumlah Laporan", "", "", ""]
    assert not rest_of_cut_row(above, rest, open_row=True, past_break=True)


TARGETS = [
    (60, "NO"),
    (85, "TUJUAN"),
    (215, "SASARAN"),
    (345, "INDIKATOR"),
    (440, "2022"),
    (480, "2023"),
    (520, "2024"),
]


def _unruled_rows(pdf: FPDF, top: float, rows: list[list[str]]) -> None:
    for k, row in enumerate(rows):
        for (x, _), text in zip(TARGETS, row, strict=True):
            if text:
                pdf.text(x, top + 14 * k, text)


def _unruled_header(pdf: FPDF, top: float) -> None:
    """The header an HTML engine repeats on every page: a group label over the years, the
    labels, the column numbers."""
    pdf.text(470, top, "TARGET")
    _unruled_rows(pdf, top + 12, [[h for _, h in TARGETS], [f"({k})" for k in range(1, 8)]])


def names_moved_past_break_pdf(path: Path, sasaran_above: bool = False) -> Path:
    """A table without rules whose last row on the page has its figures and indicator there
    and its tujuan and sasaran set whole at the top of the next page, under the repeated
    header (WeasyPrint, 004's Tabel 2.2 without rules, landscape: rows are set from their
    top, and the long names did not fit above the break). `sasaran_above`: an earlier row
    prints a sasaran, so that column holds a merged cell's text."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=8)
    pdf.add_page()
    pdf.text(60, 680, "Tabel 2.2 Tujuan dan Sasaran Kecamatan Contoh")
    _unruled_header(pdf, 700)
    rows = [["1", "", "", "Nilai IKM", "87", "87,15", "87,30"]]
    if sasaran_above:
        rows = [["1", "", "Meningkatnya Layanan", "Nilai SAKIP", "70", "71", "72"], ["2", *rows[0][1:]]]
    _unruled_rows(pdf, 746, rows)
    pdf.add_page()
    _unruled_header(pdf, 60)
    _unruled_rows(pdf, 104, [["", "Meningkatkan Pelayanan", "Meningkatnya Pelayanan", "", "", "", ""]])
    _unruled_rows(pdf, 114, [["", "Publik", "Publik", "", "", "", ""]])
    pdf.text(60, 150, "Sumber : Renstra Kecamatan Contoh periode 2021-2026")
    pdf.output(str(path))
    return path


def test_names_moved_past_the_break_under_columns_empty_so_far_join_the_cut_row(tmp_path):
    """The tujuan and sasaran columns are empty in every row with figures so far: no merged
    cell can be going on there, so the words under them at the next page's top are the
    rest of the cut row (they were a row of their own: the indicator lost its sasaran)."""
    (table,) = read_pdf(names_moved_past_break_pdf(tmp_path / "moved.pdf")).document.tables
    assert [r.cells for r in table.rows] == [
        ["1", "Meningkatkan Pelayanan Publik", "Meningkatnya Pelayanan Publik", "Nilai IKM", "87", "87,15", "87,30"]
    ]


def test_words_under_a_column_holding_a_merged_cells_text_stay_a_row_of_their_own(tmp_path):
    (table,) = read_pdf(names_moved_past_break_pdf(tmp_path / "kept.pdf", sasaran_above=True)).document.tables
    assert [r.cells[:4] for r in table.rows][-1] == [
        "",
        "Meningkatkan Pelayanan Publik",
        "Meningkatnya Pelayanan Publik",
        "",
    ]


def test_a_list_marker_left_alone_at_the_foot_takes_its_items_words_from_the_next_page():
    # LibreOffice, 001's Tabel 2.5 in landscape with a grid (measured, pages 19-20): the
    # indicator cell of a cut row printed only its marker "1." above the break and the
    # item's words on the next page, beside the rest of the row's other names. The marker
    # is an open cell: its words are the row's rest (before, the row lost its indicator and
    # its rest was read as a row of its own with the sasaran "Perangkat Daerah").
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["NO", "PROGRAM/KEGIATAN/SUB KEGIATAN", "SASARAN", "INDIKATOR", "TARGET", "FORMULASI"]
    first = [
        header,
        ["", "Kegiatan: Administrasi Keuangan", "Terlaksananya Administrasi Keuangan", "1.", "100%", "Realisasi pencairan gaji"],
    ]  # fmt: skip
    second = [
        ["", "Perangkat Daerah", "Perangkat Daerah", "Persentase pencairan gaji tepat waktu", "", "tepat waktu x100"],
        ["", "", "", "2. Persentase laporan keuangan yang tersusun", "100%", "Jumlah laporan keuangan"],
    ]  # fmt: skip
    pages = [
        PageItems(19, 595.0, [], [FoundTable(first, 300.0, 560.0)]),
        PageItems(20, 595.0, [], [FoundTable(second, 40.0, 200.0)]),
    ]
    (table,) = Assembler().run(pages)
    assert [r.cells[1:4] for r in table.rows] == [
        [
            "Kegiatan: Administrasi Keuangan Perangkat Daerah",
            "Terlaksananya Administrasi Keuangan Perangkat Daerah",
            "1. Persentase pencairan gaji tepat waktu",
        ],
        ["", "", "2. Persentase laporan keuangan yang tersusun"],
    ]


def test_a_marker_cell_within_a_page_takes_no_row_below_it():
    # the same rows on one page: "1." over a row of words is a row numbered in that column
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["", "Kegiatan: Administrasi Keuangan", "Terlaksananya Administrasi", "1.", "100%", "Realisasi"]
    rest = ["", "Perangkat Daerah", "Perangkat Daerah", "Persentase pencairan gaji", "", "tepat waktu"]
    assert not rest_of_cut_row(above, rest)
    assert rest_of_cut_row(above, rest, past_break=True)


def test_a_piece_of_the_repeated_header_read_as_a_row_does_not_keep_a_cut_row_from_its_rest():
    # LibreOffice, 002's Tabel 3.6 with a rule under the header (measured, pages 37-38): the
    # label "Capaian Kinerja (%)" wraps, and its "(%)" reads as a row of its own between the
    # label row and the year row on every page. On the first page the header rows take it
    # in; on the next, it stood between the repeated header and the cut row's rest, which
    # was then read as a row of its own ("Perencanaan Perangkat Daerah", no figures) and the
    # row above it kept "Jumlah Dokumen" for a name.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    labels = ["Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja", "Target Kinerja", "", "Realisasi Kinerja", "", "Capaian Kinerja", ""]  # fmt: skip
    piece = ["", "", "", "", "", "", "(%)", ""]
    years = ["", "", "2021", "2022", "2021", "2022", "2021", "2022"]
    first = [
        labels,
        piece,
        years,
        ["Penyusunan Dokumen", "Jumlah Dokumen", "3 dok", "2 dok", "3 dok", "2 dok", "100%", "100%"],
    ]
    second = [
        labels,
        piece,
        years,
        ["Perencanaan Perangkat Daerah", "Perencanaan Perangkat Daerah yang tersusun", "", "", "", "", "", ""],
        ["Koordinasi dan Penyusunan", "Jumlah laporan", "5 lap", "5 lap", "5 lap", "5 lap", "100%", "100%"],
    ]
    pages = [
        PageItems(37, 842.0, [], [FoundTable(first, 600.0, 780.0)]),
        PageItems(38, 842.0, [], [FoundTable(second, 120.0, 300.0)]),
    ]
    (table,) = Assembler().run(pages)
    assert [c.label for c in table.columns][6:] == ["Capaian Kinerja (%) | 2021", "Capaian Kinerja (%) | 2022"]
    assert [r.cells[:3] for r in table.rows] == [
        ["Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah yang tersusun", "3 dok"],
        ["Koordinasi dan Penyusunan", "Jumlah laporan", "5 lap"],
    ]  # fmt: skip


def test_a_row_of_words_from_the_header_after_the_repeated_header_is_a_row():
    # "Kegiatan" under the repeated header, below the year row: nothing repeats the header
    # after it, so it may be a cut row's rest and is not taken for a piece of the header
    from ingest.model import Row
    from ingest.read.pdf.assemble import _without_header_pieces

    header = [Row(["Program, Kegiatan dan Sub Kegiatan", "Target"]), Row(["", "2021"])]
    rows = [Row(["Program, Kegiatan dan Sub Kegiatan", "Target"]), Row(["", "2021"]), Row(["Kegiatan", ""])]
    assert len(_without_header_pieces(rows, header)) == 3


def _renja_pages(tail_x0: float, second_header: list[str]) -> list:
    """002's Renja annex through WeasyPrint with a rule under the header (measured, pages
    90-91): a merged name's last word, "Kecamatan", set 16 pt under the table's last row at
    the page's foot, where the name column starts; the next page repeats the header."""
    from ingest.read.pdf.layout import FoundTable, Line, PageItems

    header = ["Kode", "Program/Kegiatan", "Indikator", "Target", "Anggaran"]
    first = FoundTable(
        [header, ["7.01.02.2.01", "Kegiatan : Koordinasi Penyelenggaraan", "Persentase pelayanan", "100%", "4.733.000"]],
        75.0, 498.8,
        pieces=[[], [("7.01.02.2.01", 92.0, 466.7, 140.0, 474.0), ("Kegiatan : Koordinasi", 156.7, 466.7, 240.0, 474.0),
                     ("Persentase pelayanan", 265.4, 466.7, 340.0, 474.0), ("100%", 371.0, 466.7, 390.0, 474.0),
                     ("4.733.000", 500.0, 466.7, 540.0, 474.0)]],
    )  # fmt: skip
    second = FoundTable(
        [second_header, ["7.01.05", "Program: Penyelenggaraan Urusan", "Persentase PHBN", "100%", "26.725.000"],
         ["JUMLAH", "", "", "", "30.000.000"]],
        75.0, 300.0,
    )  # fmt: skip
    tail = Line([(tail_x0, tail_x0 + 45.0, "Kecamatan")], 514.9, 522.7)
    return [PageItems(90, 595.0, [tail], [first]), PageItems(91, 595.0, [], [second])]


def test_a_cells_last_word_under_the_table_at_the_foot_neither_ends_it_nor_titles_its_continuation():
    from ingest.model import Paragraph
    from ingest.read.pdf.assemble import Assembler

    header = ["Kode", "Program/Kegiatan", "Indikator", "Target", "Anggaran"]
    blocks = Assembler().run(_renja_pages(156.7, header))
    tables = [b for b in blocks if hasattr(b, "rows")]
    assert len(tables) == 1  # was two, the second titled "Kecamatan", its JUMLAH against its own rows
    assert [r.cells[0] for r in tables[0].rows] == ["7.01.02.2.01", "7.01.05", "JUMLAH"]
    assert any(isinstance(b, Paragraph) and b.text == "Kecamatan" for b in blocks)  # kept, said


def test_a_line_under_a_table_followed_by_another_table_is_read_as_before():
    from ingest.read.pdf.assemble import Assembler

    other = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"]
    tables = [b for b in Assembler().run(_renja_pages(156.7, other)) if hasattr(b, "rows")]
    assert [t.title for t in tables] == [None, "Kecamatan"]
    # at the table's left edge, where a title may start, it is no cell's: as before
    header = ["Kode", "Program/Kegiatan", "Indikator", "Target", "Anggaran"]
    tables = [b for b in Assembler().run(_renja_pages(92.0, header)) if hasattr(b, "rows")]
    assert [t.title for t in tables] == [None, "Kecamatan"]


def test_the_header_repeated_another_way_on_a_continued_page_is_no_row():
    # WeasyPrint with a rule under the header, 002's individual performance tables
    # (measured, pages 97-101): the group label "KETERKAITAN DENGAN KOMPONEN PERENCANAAN" is
    # the line above the table on its first page (its title), merged into "NAMA PROGRAM..."
    # under it on the next pages, or left as a row of two labels with "BUKTI DUKUNG". Read
    # as rows, "INDIKATOR KINERJA INDIVIDU" became an indicator and the cut row's rest under
    # the partial header stayed apart from its row.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, Line, PageItems

    header = [
        "NO",
        "KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "NAMA PROGRAM/KEGIATAN",
        "PENJELASAN",
        "BUKTI DUKUNG",
    ]
    first = [header, ["1", "Meningkatnya kinerja aparatur", "Persentase capaian aparatur", "100.00%", "Program penunjang", "Tingkat keberhasilan telah", "Laporan"]]  # fmt: skip
    merged = ["NO", "KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "KETERKAITAN DENGAN KOMPONEN PERENCANAAN NAMA PROGRAM/KEGIATAN", "PENJELASAN", "BUKTI DUKUNG"]  # fmt: skip
    second = [merged, ["2", "Meningkatnya PATEN", "Nilai Paten Kecamatan", "83.25", "Program Penyelenggaraan", "Tingkat keberhasilan", "Laporan"]]  # fmt: skip
    partial = ["", "", "", "", "KETERKAITAN DENGAN KOMPONEN PERENCANAAN", "", "BUKTI DUKUNG"]
    third = [partial, ["", "", "", "", "", "tercapai 100%", ""], ["3", "Pelaksanaan PHBN", "Persentase PHBN", "100.00%", "Program Urusan", "Tingkat", "Foto"]]  # fmt: skip
    title = Line([(300.0, 500.0, "KETERKAITAN DENGAN KOMPONEN PERENCANAAN")], 60.0, 68.0)
    pages = [
        PageItems(97, 595.0, [title], [FoundTable(first, 75.0, 500.0)]),
        PageItems(98, 595.0, [], [FoundTable(second, 75.0, 500.0)]),
        PageItems(99, 595.0, [], [FoundTable(third, 75.0, 500.0)]),
    ]
    (table,) = [b for b in Assembler().run(pages) if hasattr(b, "rows")]
    assert [r.cells[2] for r in table.rows] == [
        "Persentase capaian aparatur",
        "Nilai Paten Kecamatan",
        "Persentase PHBN",
    ]
    assert table.rows[1].cells[5] == "Tingkat keberhasilan tercapai 100%"


def test_a_row_of_header_words_that_are_no_labels_stays_a_row():
    from ingest.model import Row
    from ingest.read.pdf.assemble import _without_header_pieces

    header = [Row(["NO", "INDIKATOR KINERJA", "TARGET", "PROGRAM"])]
    rows = [Row(["", "Kinerja Program", "", "Program Target"]), Row(["1", "Nilai", "72", "Program A"])]
    assert _without_header_pieces(rows, header) == rows


def _tabel_31(second: list[list[str]], named: str = "Presentase kelurahan berdaya") -> list:
    """000's Tabel 3.1 through WeasyPrint without rules, in landscape (measured, pages
    15-16): the last row's figures at the page's foot, its indicator moved whole to the next."""
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian"]
    first = [
        header,
        ["Meningkatnya Kualitas Pelayanan Publik", "Indeks Kepuasan Masyarakat (IKM) Kecamatan", "Baik (88)", "Baik (88,14)", "100,16%"],
        ["Meningkatnya kualitas pembangunan wilayah", named, "100%", "100%", "100%"],
        ["Meningkatnya Kinerja Perangkat daerah", "", "A (87,89)", "A (85,04)", "96,76%"],
    ]  # fmt: skip
    return [
        PageItems(15, 595.0, [], [FoundTable(first, 300.0, 560.0)]),
        PageItems(16, 595.0, [], [FoundTable(second, 40.0, 60.0)]),
    ]


def test_a_name_moved_whole_past_the_break_fills_a_column_no_other_row_leaves_empty():
    # Before, the indicator stood alone as a row of its own and the SAKIP row had no name:
    # Nilai SAKIP 87,89 / 85,04 was lost.
    from ingest.read.pdf.assemble import Assembler

    pages = _tabel_31([["", "Nilai SAKIP Perangkat Daerah Kecamatan Sananwetan", "", "", ""]])
    (table,) = Assembler().run(pages)
    assert table.rows[-1].cells[:3] == [
        "Meningkatnya Kinerja Perangkat daerah",
        "Nilai SAKIP Perangkat Daerah Kecamatan Sananwetan",
        "A (87,89)",
    ]


def test_words_under_a_column_other_rows_leave_empty_stay_a_row_of_their_own():
    # an earlier row of figures leaves the indicator column empty too (merged over two
    # rows): words opening the next page there may be the next row's, not the cut row's
    from ingest.read.pdf.assemble import Assembler

    pages = _tabel_31([["", "Nilai SAKIP Perangkat Daerah Kecamatan Sananwetan", "", "", ""]], named="")
    (table,) = Assembler().run(pages)
    assert [r.cells[1] for r in table.rows[-2:]] == ["", "Nilai SAKIP Perangkat Daerah Kecamatan Sananwetan"]


def test_a_cell_going_on_mid_sentence_past_the_break_takes_the_names_moved_beside_it():
    # WeasyPrint with a rule under the header, 002's Tabel 3.9 (measured, pages 43-44): the
    # sasaran "Terlaksananya Pengadaan sarana dan prasarana" goes on "gedung kantor /
    # bangunan lainnya" on the next page, beside the sub kegiatan's whole name, which left
    # its cell above the break empty. Before, the sasaran's rest and the name were a row
    # of their own and the row's budget had no name.
    from ingest.read.tablebuild import rest_of_cut_row

    above = [
        "",
        "Terlaksananya Pengadaan sarana dan prasarana",
        "",
        "Jumlah pengadaan sarana",
        "3 unit",
        "56,650,000.00",
    ]
    rest = ["", "gedung kantor / bangunan lainnya", "Pengadaan sarana dan prasarana gedung kantor", "", "", ""]
    assert rest_of_cut_row(above, rest, past_break=True)
    # a capitalised sasaran beside the name is the next row's: nothing says the row was cut
    rest = ["", "Terlaksananya Pengadaan gedung", "Pengadaan gedung kantor", "", "", ""]
    assert not rest_of_cut_row(above, rest, past_break=True)
    # within a page nothing is moved past a break
    assert not rest_of_cut_row(above, ["", "gedung kantor", "Pengadaan sarana", "", "", ""])


def test_a_table_of_its_own_keeps_a_header_made_of_the_words_of_the_one_before():
    # WeasyPrint, 002's Tabel 3.15 (measured, pages 71-72): a 7-column table, then on the
    # next page an 8-column one whose header uses the same words ("SASARAN/PROGRAM/...",
    # "INDIKATOR KINERJA", "KINERJA", "ANGGARAN"). It does not go on the first, so its
    # header is no repeated header and is kept.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    first = [
        ["SASARAN/PROGRAM/KEGIT AN/INDIKATOR KINERJA SUB KEGIATAN", "KINERJA", "", "", "ANGGARAN", "", ""],
        ["", "TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "CAPAIAN"],
        ["Nilai evaluasi AKIP", "71,00", "70,17", "98,83%", "2.134.044.723", "2.002.041.515", "93,81%"],
    ]
    second = [
        ["SASARAN/PROGRAM/KEGIT AN/SUB KEGIATAN", "INDIKATOR KINERJA", "KINERJA", "", "", "ANGGARAN", "", ""],
        ["", "", "TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "CAPAIAN"],
        ["Program penunjang", "Persentase capaian", "100%", "100%", "100%", "2.134.044.723", "2.002.041.515", "93,81%"],
    ]
    pages = [
        PageItems(71, 595.0, [], [FoundTable(first, 400.0, 560.0)]),
        PageItems(72, 595.0, [], [FoundTable(second, 40.0, 200.0)]),
    ]
    tables = Assembler().run(pages)
    assert [c.label for c in tables[1].columns][:3] == [
        "SASARAN/PROGRAM/KEGIT AN/SUB KEGIATAN",
        "INDIKATOR KINERJA",
        "KINERJA | TARGET",
    ]


def _tabel_41(merged_budget_row: bool) -> list:
    """001's Tabel 4.1 through WeasyPrint without rules, in landscape (measured, pages
    31-32): a kegiatan's indicator, figures and budget at the page's foot, its name
    ("Kegiatan: ...") moved whole to the next page. The second indicator of a kegiatan
    leaves the name to the row above, but has no budget of its own."""
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["Program/Kegiatan", "Indikator Kinerja", "Realisasi Kinerja", "% Capaian Kinerja", "Realisasi Anggaran"]
    first = [
        header,
        ["Kegiatan: Administrasi Keuangan", "1. Persentase pencairan gaji", "100%", "100", "2.010.907.346"],
        ["", "2. Persentase laporan keuangan", "100%", "100", "12.000" if merged_budget_row else ""],
        ["Sub Kegiatan : 1. Penyediaan Gaji", "Jumlah Orang", "14 orang", "100", "1.932.654.346"],
        ["2. Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah Laporan", "24 laporan", "100", "53.235.920"],
        ["", "Persentase Barang Milik Daerah dalam kondisi baik", "100%", "100", "122.397.767"],
    ]
    second = [
        ["Kegiatan: Pemeliharaan Barang Milik Daerah Penunjang", "", "", "", ""],
        ["Sub Kegiatan: 1. Penyediaan Jasa Pemeliharaan", "Jumlah Kendaraan Dinas", "12 unit", "100", "56.340.300"],
    ]
    return [
        PageItems(31, 595.0, [], [FoundTable(first, 100.0, 560.0)]),
        PageItems(32, 595.0, [], [FoundTable(second, 40.0, 90.0)]),
    ]


def test_a_name_moved_whole_is_the_rows_even_when_it_opens_like_a_row():
    # Before, "Kegiatan: ..." stood as a row of its own and the kegiatan's budget had no
    # name: two false total_mismatch findings of severity tinggi.
    from ingest.read.pdf.assemble import Assembler

    (table,) = Assembler().run(_tabel_41(merged_budget_row=False))
    assert [r.cells[0] for r in table.rows][-2:] == [
        "Kegiatan: Pemeliharaan Barang Milik Daerah Penunjang",
        "Sub Kegiatan: 1. Penyediaan Jasa Pemeliharaan",
    ]
    assert table.rows[-2].cells[4] == "122.397.767"


def test_a_row_opening_the_next_page_stays_its_own_where_rows_like_the_cut_one_go_nameless():
    # a row with a budget of its own left its name to the row above: names may be merged here
    from ingest.read.pdf.assemble import Assembler

    (table,) = Assembler().run(_tabel_41(merged_budget_row=True))
    assert [r.cells[0] for r in table.rows][-3:] == [
        "",
        "Kegiatan: Pemeliharaan Barang Milik Daerah Penunjang",
        "Sub Kegiatan: 1. Penyediaan Jasa Pemeliharaan",
    ]


def _split_total(rest: list[tuple[float, float, str]], one_row: bool = False) -> list:
    """001's Tabel 3.2.2.1 through LibreOffice with a rule under the header (measured, pages
    34-35): the TOTAL row's figures at the page's foot, the rest of its label under the
    header repeated alone at the next page's top, one run per line, a row's gap below it.
    `one_row`: the header read as one row on the first page, as three lines on the next."""
    from ingest.read.pdf.layout import FoundTable, Line, PageItems

    cuts = [144.2, 245.9, 324.2, 382.3, 465.2]
    header = [["NO", "SASARAN", "INDIKATOR", "%", "%", "TINGKAT"], ["", "STRATEGIS", "KINERJA", "CAPAIAN", "PENYERAPAN", "EFISIENSI"]]  # fmt: skip
    if one_row:
        header.append(["", "", "", "KINERJA", "ANGGARAN", ""])
    whole = [["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "% CAPAIAN KINERJA", "% PENYERAPAN ANGGARAN", "TINGKAT EFISIENSI"]]  # fmt: skip
    first = [
        *(whole if one_row else header),
        ["1", "Meningkatnya Akuntabilitas", "Nilai Evaluasi AKIP", "102,04", "97", "5,04"],
        ["2", "Meningkatnya Kualitas Layanan", "Indeks Kualitas Pelayanan Publik", "105,71", "100", "5,71"],
        ["TOTAL", "", "", "103,88", "98,50", "10,75"],
    ]
    lines = [Line([segment], 158.3 + 10.3 * k, 164.7 + 10.3 * k) for k, segment in enumerate(rest)]
    return [
        PageItems(34, 842.0, [], [FoundTable(first, 629.9, 774.5, cuts)]),
        PageItems(35, 842.0, lines, [FoundTable(header, 123.2, 150.3, cuts)]),
    ]


def test_a_cut_rows_rest_read_as_prose_under_the_header_repeated_alone_joins_the_row():
    from ingest.model import Paragraph
    from ingest.read.pdf.assemble import Assembler

    rest = [(85.2, 128.6, "EFISIENSI"), (85.2, 149.2, "PENGGUNAAN"), (85.2, 150.6, "SUMBER DAYA")]
    blocks = Assembler().run(_split_total(rest))
    (table,) = [b for b in blocks if hasattr(b, "rows")]
    assert table.rows[-1].cells[0] == "TOTAL EFISIENSI PENGGUNAAN SUMBER DAYA"
    assert not any(isinstance(b, Paragraph) for b in blocks)


def test_the_header_repeated_as_lines_of_its_own_under_a_header_read_whole_is_the_header():
    # The same through LibreOffice, measured after the header's labels in capitals were read
    # whole ("% CAPAIAN KINERJA"): on the next page, the header repeated alone has no body
    # to end it and is read as its three lines. Column by column they print its labels: it
    # is the header, and the rest under it is the TOTAL row's (was: three body rows, the
    # total's label cut short and an efficiency value lost).
    from ingest.model import Paragraph
    from ingest.read.pdf.assemble import Assembler

    rest = [(85.2, 128.6, "EFISIENSI"), (85.2, 149.2, "PENGGUNAAN"), (85.2, 150.6, "SUMBER DAYA")]
    blocks = Assembler().run(_split_total(rest, one_row=True))
    (table,) = [b for b in blocks if hasattr(b, "rows")]
    assert [r.cells[0] for r in table.rows] == ["1", "2", "TOTAL EFISIENSI PENGGUNAAN SUMBER DAYA"]
    assert not any(isinstance(b, Paragraph) for b in blocks)


def test_rows_that_only_partly_print_the_header_stay_rows():
    """Must-not beside the rule above: lines that print some of the header's labels, not
    all of them, column by column ("NO | SASARAN" over "| STRATEGIS" alone), are no header."""
    from ingest.model import Row
    from ingest.read.pdf.assemble import _header_lines_joined

    header = [Row(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"])]
    rows = [Row(["NO", "SASARAN", "", ""]), Row(["", "STRATEGIS", "", ""]), Row(["1", "Meningkatnya", "Nilai", "72"])]
    assert _header_lines_joined(rows, header) == rows
    full = [Row(["NO", "SASARAN", "INDIKATOR", "TARGET"]), Row(["", "STRATEGIS", "KINERJA", ""]), rows[2]]
    assert [r.cells for r in _header_lines_joined(full, header)] == [header[0].cells, rows[2].cells]


def test_a_line_across_the_gutters_under_the_header_repeated_alone_stays_prose():
    from ingest.model import Paragraph
    from ingest.read.pdf.assemble import Assembler

    blocks = Assembler().run(_split_total([(85.2, 520.0, "Dari tabel di atas dapat disimpulkan bahwa")]))
    (table,) = [b for b in blocks if hasattr(b, "rows")]
    assert table.rows[-1].cells[0] == "TOTAL"
    assert any(isinstance(b, Paragraph) and b.text.startswith("Dari tabel") for b in blocks)


def test_a_program_moved_whole_beside_its_indicators_rest_joins_the_row():
    # WeasyPrint with a rule under the header, 001's Tabel 3.2.1.2 (measured, pages 29-30):
    # the row's figures and its indicator's first words at the foot, its program's whole
    # name ("Program ...", which otherwise opens a row) beside the indicator's rest, in
    # small letters, on the next page. Left apart: a sedang total_mismatch (the budget
    # 10.226.800 counted under no program).
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["NAMA PROGRAM", "INDIKATOR KINERJA", "TARGET", "REALISASI", "ALOKASI"]
    first = [
        header,
        ["Program Penyelenggaraan pemerintahan", "Nilai Paten Kecamatan", "84", "80,55", "19.769.500"],
        ["Program Pembinaan dan Pengawasan", "Persentase Laporan Realisasi APB Desa", "100", "100", "11.960.950"],
        ["", "Persentase laporan kasus", "100", "100", "10.226.800"],
    ]
    second = [
        ["Program Koordinasi dan Ketertiban Umum", "pelanggaran Perda/Perkada dan Trantibum", "", "", ""],
        ["Program Pemberdayaan Masyarakat", "Persentase desa", "100", "100", "40.541.850"],
    ]
    pages = [
        PageItems(29, 842.0, [], [FoundTable(first, 400.0, 780.0)]),
        PageItems(30, 842.0, [], [FoundTable(second, 60.0, 120.0)]),
    ]
    (table,) = Assembler().run(pages)
    assert table.rows[2].cells[:2] == [
        "Program Koordinasi dan Ketertiban Umum",
        "Persentase laporan kasus pelanggaran Perda/Perkada dan Trantibum",
    ]
    assert len(table.rows) == 4


def test_a_bare_numbers_whole_unit_opening_the_next_page_is_the_rows():
    # 001's Tabel 2.5 through LibreOffice in a larger type (DejaVu Sans 10 pt, measured): the
    # target "42" at the foot of page 21, its unit "dokumen" under it on page 22, beside the
    # rest of the names (each starting in capitals); with a rule under the header, "21" and
    # "BUMDes" beside "dikoordinasikan" going on "2. Jumlah BUMDesa yang". Read apart, the
    # indicator lost its "Jumlah" and its target.
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["", "Sub Kegiatan: Peningkatan", "Meningkatnya", "1. Jumlah", "42", "Jumlah Pengajuan"]
    rest = ["", "Efektifitas Kegiatan Pemberdayaan", "Efektifitas Kegiatan", "Pengajuan Raperdes APB Desa", "dokumen",
            "Raperdes APB Desa tahun n"]  # fmt: skip
    assert rest_of_cut_row(above, rest, past_break=True)
    assert not rest_of_cut_row(above, rest)  # in one run of lines nothing says the row was cut
    above = ["", "", "", "2. Jumlah BUMDesa yang", "21", "Jumlah BUMDesa yang"]
    assert rest_of_cut_row(above, ["", "", "", "dikoordinasikan", "BUMDes", "dikoordinasikan tahun n"], past_break=True)
    # a capital word alone under a bare number, nothing going on beside it: no unit's rest
    assert not rest_of_cut_row(above, ["", "", "", "", "BUMDes", ""], past_break=True)
    # two words under a bare number are no unit
    rest = ["", "", "", "dikoordinasikan", "Badan Usaha", "dikoordinasikan tahun n"]
    assert not rest_of_cut_row(above, rest, past_break=True)


def test_a_rest_that_is_all_the_table_has_left_on_its_page_is_the_rows_whatever_it_opens_with():
    # 001's Tabel 3.2.1.2 through LibreOffice in a grid, Liberation Serif 11 pt (measured, pages
    # 45-46): the average row's label "RATA -RATA PENCAPAIAN KINERJA" and its figures at the
    # foot, "KEGIATAN DAN ANGGARAN" alone on the next page, then prose. "KEGIATAN" opens a
    # row (a kegiatan's heading), but a heading heads rows below it and none follow.
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["RATA -RATA PENCAPAIAN KINERJA", "", "", "", "99,41", "2.639.389.252", "2.575.209.979", "98"]
    rest = ["KEGIATAN DAN ANGGARAN", "", "", "", "", "", "", ""]
    assert rest_of_cut_row(above, rest, past_break=True, alone=True)
    assert not rest_of_cut_row(above, rest, past_break=True)  # rows follow it: a heading of its own
    # a total alone on the next page is a row of its own
    assert not rest_of_cut_row(above, ["JUMLAH", "", "", "", "", "", "", ""], past_break=True, alone=True)


def test_a_rest_giving_the_row_every_cell_it_cannot_be_without_is_the_rows():
    # 001's Tabel 2.5 through WeasyPrint in a larger type with a rule under the header
    # (measured, pages 21-22): the row's sasaran's first words, its target and formula at the
    # foot; its kegiatan's name and its indicator (cells every row like it fills) moved whole
    # to the next page beside the sasaran's rest. Apart, "Persentase realisasi pengadaan
    # sarana dan prasarana aparatur" lost its target.
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["", "", "Terlaksananya Pengadaan Barang Milik Daerah", "", "100%", "Jumlah realisasi pengadaan"]
    rest = ["", "Kegiatan: Pengadaan barang milik Daerah", "Penunjang Urusan Pemerintahan Daerah",
            "Persentase realisasi pengadaan sarana dan prasarana aparatur", "", "Pengadaan sarana yang ditargetkan"]  # fmt: skip
    assert rest_of_cut_row(above, rest, past_break=True, blank=frozenset({0}), moved=frozenset({1, 3}))
    # a kegiatan opening the next page without the indicator the row lacks is a row of its own
    partial = ["", "Kegiatan: Pengadaan barang milik Daerah", "Penunjang Urusan Pemerintahan Daerah", "", "", ""]
    assert not rest_of_cut_row(above, partial, past_break=True, blank=frozenset({0}), moved=frozenset({1, 3}))
    assert not rest_of_cut_row(above, rest, past_break=True, blank=frozenset({0}))


def test_a_lone_figure_at_the_foot_and_a_name_opening_the_next_page_are_a_row_of_their_own():
    # 001's Tabel 2.1 (programs) through WeasyPrint in a larger type with a rule under the
    # header (measured, pages 17-18): row 3 whole at the foot, then the next row's target
    # "100%" alone under it; its indicator's name opens page 18 under the repeated header.
    # The name went to row 3 as the rest of its indicator, and the figure to no row.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, Line, PageItems

    header = ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    cuts = [117.4, 286.9, 456.2, 631.0, 695.5]
    first = [header, ["3.", "Meningkatnya Penyelenggaraan Urusan Pemerintahan Umum", "Program Penyelenggaraan",
                      "Persentase PHBN/PHBA dan monev sosial budaya yang dilaksanakan", "100%", "69.427.000"]]  # fmt: skip
    second = [header, ["", "", "", "Persentase rekomendasi Forkopimcam yang ditindaklanjuti", "", ""],
              ["4.", "Meningkatnya Koordinasi", "Program Koordinasi", "Persentase laporan kasus", "100%", "10.226.800"]]  # fmt: skip
    pages = [
        PageItems(17, 595.3, [Line([(643.7, 672.3, "100%")], 516.7, 528.3)], [FoundTable(first, 357.2, 508.8, cuts)]),
        PageItems(18, 595.3, [], [FoundTable(second, 74.8, 276.4, cuts)]),
    ]
    (table,) = Assembler().run(pages)
    assert [r.cells[3:5] for r in table.rows] == [
        ["Persentase PHBN/PHBA dan monev sosial budaya yang dilaksanakan", "100%"],
        ["Persentase rekomendasi Forkopimcam yang ditindaklanjuti", "100%"],
        ["Persentase laporan kasus", "100%"],
    ]


def test_a_figure_moved_past_the_break_beside_a_name_going_on_is_the_rows_own():
    """WeasyPrint, DejaVu Sans, with a header rule, 002's Tabel 3.4 (pages 41-42, measured):
    the row cut at the foot ends its indicator on "Perda/" and leaves TARGET empty; the next
    page opens, under the repeated header, on "Perkada dan Trantibum yang dilaksanakan" with
    the target "12 Kegiatan" beside it. A figure was never a cut row's rest, and both halves
    were read as rows (the target and the realisasi filed under two names). Under the row's
    empty cell, beside a cell going on mid-sentence, the figure is the row's own."""
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["", "Koordinasi/Sinergi dengan Perangkat", "Terlaksananya Koordinasi/Sinergi dengan Perangkat",
             "Jumlah kegiatan identifikasi kasus pelanggaran Perda/", "", "12 Kegiatan", "100%"]  # fmt: skip
    rest = ["", "Daerah yang Tugas dan Fungsinya", "Daerah yang Tugas dan Fungsinya",
            "Perkada dan Trantibum yang dilaksanakan", "12 Kegiatan", "", ""]  # fmt: skip
    assert rest_of_cut_row(above, rest, past_break=True)
    assert not rest_of_cut_row(above, rest)  # nothing says a break cut the row
    # a figure under one of the row's own figures opens a row of its own
    assert not rest_of_cut_row(above, [*rest[:4], "", "12 Kegiatan", ""], past_break=True)
    # nothing going on mid-sentence: a new row's name and its target
    whole = [*above[:3], "Jumlah kegiatan identifikasi kasus pelanggaran", *above[4:]]
    assert not rest_of_cut_row(
        whole, ["", "", "", "Jumlah laporan yang dibuat", "12 Kegiatan", "", ""], past_break=True
    )


def _program_budget(third_named: bool = True) -> list:
    """000's program budget table (No | Program | Anggaran (Rp.) | Keterangan) through
    WeasyPrint in landscape with a rule under the header, measured (pages 52-53): the second
    program's figures at the foot of page 52, its name moved whole to the top of page 53 over
    the third and fourth programs and the total."""
    from ingest.read.pdf.layout import FoundTable, PageItems

    cuts = [119.7, 295.1, 398.6]
    header = ["No", "Program", "Anggaran (Rp.)", "Keterangan"]
    first = [
        header,
        [
            "1",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "13,875,741,254.00",
            "PAD, DAU, dan Insentif Fiskal",
        ],  # fmt: skip
        ["2", "", "628,936,788.00", "PAD"],
    ]
    third = "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN" if third_named else ""
    second = [
        header,
        ["", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "", ""],
        ["3", third, "19,072,108,959.00", "PAD, DAU, Insentif Fiskal"],
        ["4", "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", "1,093,563,600.00", "PAD"],
        ["Total:", "", "34,670,350,601.00", ""],
    ]
    return [
        PageItems(52, 595.3, [], [FoundTable(first, 462.7, 531.2, cuts)]),
        PageItems(53, 595.3, [], [FoundTable(second, 75.0, 196.9, cuts)]),
    ]


def test_a_name_moved_past_the_break_fills_a_column_the_rows_after_it_never_leave_empty():
    # Before, the program's name stood as a row of its own and its 628,936,788 had no name:
    # the total read 629 million more than its programs (a false total_mismatch, sedang).
    # One row above the break cannot say the column is never merged; the two below can.
    from ingest.read.pdf.assemble import Assembler

    (table,) = Assembler().run(_program_budget())
    assert [r.cells[:3] for r in table.rows[:2]] == [
        ["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "13,875,741,254.00"],
        ["2", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "628,936,788.00"],
    ]
    assert len(table.rows) == 5


def test_a_name_opening_the_next_page_stays_a_row_where_a_row_below_leaves_the_column_empty():
    from ingest.read.pdf.assemble import Assembler

    (table,) = Assembler().run(_program_budget(third_named=False))
    assert [r.cells[1] for r in table.rows[1:3]] == ["", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"]


def test_names_moved_into_a_header_repeated_as_one_row_join_the_cut_row():
    """002's first individual performance agreement through WeasyPrint, portrait, no rules
    (pages 85-86, as read): the header read as two rows on the first page (REALISASI over
    TARGET ...), as one on the next, where the second row's KINERJA and INDIKATOR, moved
    whole past the break, were read into it. Before, the row kept its figures without a name:
    IKM Kecamatan Plandaan 93.80 / 94.22 and its program's budget were lost."""
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    group = ["NO", "KINERJA", "INDIKATOR KINERJA INDIVIDU", "REALISASI", "", "", "NO", "KETERKAITAN DENGAN KOMPONEN PERENCANAAN", "", "", "PENJELASAN"]  # fmt: skip
    labels = ["", "", "", "TARGET", "s.d TRIBUNAL IV", "CAPAIAN (%)", "", "NAMA PROGRAM/KEGIATAN / SUB KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)", ""]  # fmt: skip
    first = [
        group,
        labels,
        [
            "1",
            "Pengimplementasian SAKIP yang membudaya di Kecamatan Plandaan",
            "Nilai Evaluasi AKIP Kecamatan Plandaan",
            "71.00",
            "70.17",
            "98.83%",
            "1",
            "Program penunjang Urusan Pemerintahan daerah kabupaten/kota",
            "2,134,044,723.00",
            "2,002,041,515.00",
            "Tingkat keberhasilan dapat dinilai kurang berhasil",
        ],  # fmt: skip
        ["2", "", "", "93.80", "94.22", "100.45%", "2", "", "4,733,000.00", "4,733,000.00", ""],
    ]
    second = [
        [
            "NO",
            "KINERJA Meningkatnya kepuasan masyarakat pengguna layanan Kecamatan Plandaan",
            "INDIKATOR KINERJA INDIVIDU IKM Kecamatan Plandaan",
            "TARGET",
            "REALISASI s.d TRIBUNAL IV",
            "CAPAIAN (%)",
            "NO",
            "KETERKAITAN DENGAN KOMPONEN PERENCANAAN NAMA PROGRAM/KEGIATAN / SUB KEGIATAN Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
            "ANGGARAN (Rp)",
            "REALISASI (Rp)",
            "PENJELASAN Tingkat keberhasilan telah berhasil 100.45%",
        ],  # fmt: skip
        [
            "3",
            "Meningkatnya pelayanan publik sesuai standart",
            "IPP Kecamatan Plandaan",
            "3.30",
            "3.49",
            "105.76%",
            "3",
            "Program Penyelenggaraan Urusan Pemerintahan Umum",
            "900,000.00",
            "700,000.00",
            "Tingkat keberhasilan telah berhasil 105.76%",
        ],  # fmt: skip
    ]
    pages = [
        PageItems(85, 842.0, [], [FoundTable(first, 300.0, 800.0)]),
        PageItems(86, 842.0, [], [FoundTable(second, 60.0, 300.0)]),
    ]
    (table,) = [b for b in Assembler().run(pages) if hasattr(b, "rows")]
    ikm = next(r for r in table.rows if r.cells[0] == "2")
    assert ikm.cells[1:4] == ["Meningkatnya kepuasan masyarakat pengguna layanan Kecamatan Plandaan", "IKM Kecamatan Plandaan", "93.80"]  # fmt: skip
    assert ikm.cells[7] == "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    assert [r.cells[0] for r in table.rows] == ["1", "2", "3"]


def test_a_numbered_name_opening_the_next_page_is_the_rest_of_a_row_of_figures_alone():
    # WeasyPrint with a rule under the header, 001's Tabel 4.1 in Liberation Sans 11
    # (measured, pages 43-44): row "3. Pemeliharaan/Rehabilitasi Sarana ..." centred its
    # figures vertically at the foot of page 43 and set its names and "Sangat menunjang"
    # on page 44, under the repeated header. A name opening "3." was taken for the list's
    # next item and left apart: the sub-kegiatan lost its budget and the kegiatan's total
    # looked 16.509.000 short (a false tinggi `total_mismatch`). Every row with figures
    # fills the names and the last column; a row of figures alone cannot be without them.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["Program/Kegiatan", "Indikator", "Realisasi Kinerja", "% Kinerja", "Realisasi Anggaran", "%", "Menunjang"]
    first = [
        header,
        ["Kegiatan: Pemeliharaan Barang", "Persentase BMD baik", "100%", "100", "66.057.467", "98", "Sangat menunjang"],
        ["1. Pemeliharaan Kendaraan Dinas", "Jumlah Kendaraan", "6 unit", "100", "0", "0", "Sangat menunjang"],
        ["2. Pemeliharaan Gedung Kantor", "Jumlah Gedung", "1 unit", "100", "49.548.467", "100", "Sangat menunjang"],
        ["", "", "14 unit", "100", "16.509.000", "98", ""],
    ]  # fmt: skip
    second = [
        header,
        ["3. Pemeliharaan Sarana Gedung", "Jumlah Sarana Gedung", "", "", "", "", "Sangat menunjang"],
        ["Program: Penyelenggaraan Pemerintahan", "Nilai Paten", "84", "95,9", "19.769.500", "100", "menunjang"],
    ]  # fmt: skip
    pages = [
        PageItems(43, 595.0, [], [FoundTable(first, 100.0, 560.0)]),
        PageItems(44, 595.0, [], [FoundTable(second, 60.0, 200.0)]),
    ]
    (table,) = Assembler().run(pages)
    rows = [r.cells for r in table.rows]
    assert rows[3] == [
        "3. Pemeliharaan Sarana Gedung", "Jumlah Sarana Gedung", "14 unit", "100", "16.509.000", "98", "Sangat menunjang"
    ]  # fmt: skip
    assert rows[4][0] == "Program: Penyelenggaraan Pemerintahan" and len(rows) == 5


def test_a_numbered_name_after_a_named_row_stays_the_next_item():
    """Must-not beside the rule above: a row that has its names ("2. Jumlah BUMDesa" after
    "1. Jumlah TP-PKK ... 21") takes no numbered name from the next page, nor does a row of
    figures alone whose rest leaves a cell every such row fills empty."""
    from ingest.read.tablebuild import rest_of_cut_row

    above = ["1. Jumlah TP-PKK yang dikoordinasikan", "21 TP-PKK", "21 TP-PKK", "100%", ""]
    rest = ["2. Jumlah BUMDesa yang dikoordinasikan", "", "", "", "Sangat menunjang"]
    assert not rest_of_cut_row(above, rest, past_break=True, moved=frozenset({4}))
    figures = ["", "", "14 unit", "100", "16.509.000", "98", ""]
    rest = ["3. Pemeliharaan Sarana Gedung", "", "", "", "", "", "Sangat menunjang"]
    assert not rest_of_cut_row(figures, rest, past_break=True, moved=frozenset({0, 1, 6}))
    full = ["3. Pemeliharaan Sarana Gedung", "Jumlah Sarana Gedung", "", "", "", "", "Sangat menunjang"]
    assert rest_of_cut_row(figures, full, past_break=True, moved=frozenset({0, 1, 6}))
    assert not rest_of_cut_row(figures, full, past_break=True)  # nothing says which cells it needs


def test_a_cut_rows_rest_under_a_header_of_four_rows_with_a_row_of_years_joins_the_row():
    # 002's Renja annex (Tabel 2.1) through LibreOffice without rules (measured, pages 93-94,
    # once the labels' wrapped lines were read at their pitch): its header, repeated on every
    # page, is read as four rows - labels, "K | Rp.", a row of the year, "K | Rp. | K | Rp."
    # - and the column numbers; "2. Jumlah pemenuhan" / "barang penggandaan" (and each
    # figure's unit) is cut by the break. The header was taken as its first three rows, or
    # as the rows above the first figure (a year is one): its fourth row, repeated, stood
    # between the cut row and its rest, which became a row of its own (an indicator named
    # "barang penggandaan", an `unreadable`). As the text export prints it (002:2248).
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = [
        [
            "Kode",
            "Urusan/bidang urusan pemerintahan daerah dan program/kegiatan",
            "Indikator Kinerja Program (outcome) / Kegiatan (output)",
            "Target kinerja Renstra PD Tahun 2022",
            "Realisasi target kinerja hasil program dan keluaran kegiatan s/d tahun",
            "Target dan realisasi kinerja program dan keluaran kegiatan SKPD pada Renja 2022 Target Renja 2022",
            "",
            "Realisasi Triwulan II (sesuai SPD)",
            "",
            "Realisasi Kinerja dan Anggaran Renstra SKPD s/d tahun 2022 (Akhir tahun pelaksanaan Renja)",
            "",
        ],
        ["", "", "", "", "", "", "", "", "", "K", "Rp."],
        ["", "", "", "", "2022", "", "", "", "", "", ""],
        ["", "", "", "", "", "K", "Rp.", "K", "Rp.", "", ""],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
    ]
    first = [
        *header,
        [
            "7.01.01.2.06.05",
            "3. Penyediaan Barang Cetakan dan Penggandaan",
            "1. Jumlah pemenuhan barang cetak",
            "1 buku",
            "1 buku",
            "1 buku",
            "1.050.000",
            "1 buku",
            "500.000",
            "1 buku",
            "500.000",
        ],
        ["", "", "2. Jumlah pemenuhan", "10.257", "3.500", "10.257", "", "3.500", "", "3.500", ""],
    ]
    second = [
        *header,
        ["", "", "barang penggandaan", "lembar", "lembar", "lembar", "", "lembar", "", "lembar", ""],
        ["7.01.01.2.06.06", "4. Penyediaan Bahan Bacaan dan Peraturan Perundang-Undangan",
         "Jumlah Pemenuhan Bahan Bacaan", "1 jenis", "1 jenis", "1 jenis", "2.352.000", "1 jenis", "1.050.000",
         "1 jenis", "1.050.000"],
    ]  # fmt: skip
    pages = [
        PageItems(93, 842.0, [], [FoundTable(first, 122.8, 527.9)]),
        PageItems(94, 842.0, [], [FoundTable(second, 122.8, 533.1)]),
    ]
    (table,) = Assembler().run(pages)
    rows = [r.cells for r in table.rows if r.cells[0] != "1"]
    assert rows[-2] == [
        "", "", "2. Jumlah pemenuhan barang penggandaan", "10.257 lembar", "3.500 lembar", "10.257 lembar", "",
        "3.500 lembar", "", "3.500 lembar", "",
    ]  # fmt: skip
    assert rows[-1][2] == "Jumlah Pemenuhan Bahan Bacaan"


def test_a_header_row_of_a_mark_alone_repeated_is_the_header_not_a_cut_rows_rest():
    # 002's individual performance agreement through WeasyPrint in DejaVu Sans 10, header
    # rule, landscape (measured, pages 117-118): the header's last row is "%" alone (of
    # "% REALISASI", wrapped a row down). Repeated on the next page, a row of no words is
    # like no header row by its words, and was taken for the cut row's rest ("%" joined to
    # the row) - the rest itself, the program's name moved past the break, was left a row of
    # its own and the program filed under the indicator's name.
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = [
        ["NO", "KINERJA", "INDIKATOR", "TARGET", "NO", "NAMA PROGRAM", "ANGGARAN (Rp)", "REALISASI (Rp)", "REALISASI"],
        ["", "", "", "", "", "", "", "", "%"],
    ]
    first = [
        *header,
        [
            "1",
            "Pengimplementasian SAKIP",
            "Nilai Evaluasi AKIP",
            "71.00",
            "1",
            "Program penunjang",
            "2,134,044,723.00",
            "2,002,041,515.00",
            "93.81%",
        ],
        [
            "2",
            "Meningkatnya kepuasan masyarakat pengguna",
            "IKM Kecamatan Plandaan",
            "93.80",
            "2",
            "",
            "4,733,000.00",
            "4,733,000.00",
            "100.00%",
        ],
    ]
    second = [
        *header,
        ["", "layanan Kecamatan Plandaan", "", "", "", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
         "", "", ""],
        ["3", "Meningkatnya pelayanan publik", "IPP Kecamatan Plandaan", "3.30", "3", "Program Penyelenggaraan Urusan",
         "900,000.00", "700,000.00", "77.78%"],
    ]  # fmt: skip
    pages = [
        PageItems(117, 595.0, [], [FoundTable(first, 75.0, 548.0)]),
        PageItems(118, 595.0, [], [FoundTable(second, 75.0, 552.0)]),
    ]
    (table,) = Assembler().run(pages)
    ikm = next(r.cells for r in table.rows if r.cells[0] == "2")
    assert ikm[1] == "Meningkatnya kepuasan masyarakat pengguna layanan Kecamatan Plandaan"
    assert ikm[5] == "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    assert ikm[8] == "100.00%"
    assert [r.cells[0] for r in table.rows] == ["1", "2", "3"]


def _first_row_cut(below_names: list[str]) -> list:
    """001's Tabel 3.2.1.2 through WeasyPrint on a grid (measured in Liberation Sans 11,
    landscape, pages 68-69): the table's first row at the page's foot, its program's name
    set whole on the next page, under the repeated header; ruled, so no cuts are carried."""
    from ingest.read.pdf.layout import FoundTable, PageItems

    header = ["NAMA PROGRAM", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "CAPAIAN"]
    first = [header, ["", "Nilai Paten Kecamatan", "84", "80,55", "95,89", "19.769.500", "19.769.500", "100"]]
    rows = [
        ["Persentase Laporan APB Desa", "100", "100", "100", "11.960.950", "11.945.750", "100"],
        ["Persentase laporan kasus Trantibum", "100", "100", "100", "10.226.800", "10.210.000", "100"],
    ]
    second = [
        header,
        ["Program Penyelenggaraan pemerintahan dan Pelayanan Publik", "", "", "", "", "", "", ""],
        *[[name, *row] for name, row in zip(below_names, rows, strict=True)],
    ]
    return [
        PageItems(68, 595.0, [], [FoundTable(first, 400.0, 560.0)]),
        PageItems(69, 595.0, [], [FoundTable(second, 60.0, 200.0)]),
    ]


def test_a_name_moved_past_the_break_joins_the_tables_first_row_on_a_grid():
    # Left apart, the program's budget 19.769.500 was filed under no program: two false
    # `total_mismatch` (sedang) on the table's total and two false `conflicting_values`
    # (tinggi) against Tabel 3.2.1.1. A table's first row has no row above whose merged
    # cell it could leave empty, so the rows below say which cells such rows never leave
    # empty, whether rules are drawn or not.
    from ingest.read.pdf.assemble import Assembler

    names = ["Program Pembinaan Pemerintahan Desa", "Program Koordinasi dan Ketertiban Umum"]
    (table,) = Assembler().run(_first_row_cut(names))
    assert [r.cells[0] for r in table.rows] == ["Program Penyelenggaraan pemerintahan dan Pelayanan Publik", *names]
    assert table.rows[0].cells[5] == "19.769.500"


def test_a_name_over_rows_that_leave_it_empty_stays_a_row_of_its_own_on_a_grid():
    """Must-not beside the rule above: where a row below leaves the name empty (a second
    indicator under a merged program), the name opening the page is a program heading of
    its own, not the first row's rest."""
    from ingest.read.pdf.assemble import Assembler

    (table,) = Assembler().run(_first_row_cut(["Program Pembinaan Pemerintahan Desa", ""]))
    assert [r.cells[0] for r in table.rows][:2] == ["", "Program Penyelenggaraan pemerintahan dan Pelayanan Publik"]
