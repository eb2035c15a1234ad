"""Where a borderless table ends and where a new one begins, one behaviour per test, on
lines as the PDF reader builds them (runs with their x extent, a line's top and bottom).
The geometry is that measured on sample 000 printed through LibreOffice without rules or
with a rule under the header (tests/renderings.py), scaled to round numbers; the same
rules are measured on the whole rendering matrix by bench/pdf_matrix.py."""

from __future__ import annotations

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line

COLUMNS = [(86, 250), (262, 420), (437, 480), (489, 540)]  # sasaran, indikator, target, realisasi


def _line(top: float, *cells: tuple[float, float, str], height: float = 8.4) -> Line:
    return Line(list(cells), top, top + height)


def _table(top: float = 100.0) -> list[Line]:
    """Header, then two rows whose sasaran wraps over two lines (pitch 10.3, rows 14.4 apart)."""
    (s0, s1), (i0, i1), (t0, t1), (r0, r1) = COLUMNS
    return [
        _line(top, (s0, 200, "Sasaran Strategis"), (i0, 330, "Indikator Kinerja"), (t0, 470, "Target"),
              (r0, 530, "Realisasi")),
        _line(top + 24.7, (s0, 240, "Meningkatnya kualitas pembangunan"), (i0, 400, "Presentase kelurahan berdaya"),
              (t0, 460, "100%"), (r0, 510, "100%")),
        _line(top + 35.0, (s0, 120, "wilayah")),
        _line(top + 49.4, (s0, 230, "Meningkatnya Penunjang Urusan"), (i0, 380, "Indeks Kepuasan Masyarakat"),
              (t0, 470, "Baik (84)"), (r0, 535, "Baik (89,50)")),
        _line(top + 59.7, (s0, 245, "Pemerintahan daerah Kabupaten / Kota")),
    ]  # fmt: skip


def test_a_paragraph_set_close_under_a_table_is_not_its_last_rows_cell():
    """000's Tabel 3.4 through LibreOffice: "Dari tabel di atas dapat disampaikan ..." sat
    close under the last row's wrapped sasaran, and the last row took the whole paragraph
    as its sasaran. Set at the table's own line pitch (a Word table with no spacing after
    it), the white cannot tell; a line running across the table's gutters is no cell's
    wrapped line."""
    lines = _table() + [
        _line(100 + 70.0, (86, 700, "Dari tabel di atas dapat disampaikan bahwa Kinerja Kecamatan")),
        _line(100 + 80.3, (86, 400, "2024, terdapat 1 (satu) target kinerja")),
    ]
    tables, prose = borderless_tables(lines)
    assert tables[0].rows[-1][0] == "Meningkatnya Penunjang Urusan Pemerintahan daerah Kabupaten / Kota"
    assert [line.text for line in prose][0].startswith("Dari tabel di atas")


def test_a_heading_in_larger_type_under_a_table_is_not_its_last_rows_cell():
    """000's Tabel 3.5: the heading "B. Akuntabilitas Keuangan" (10 pt boxes) sits 11.2
    points under the last row's "daerah" (6.5 pt boxes, rows of wrapped lines 8 apart).
    Measured with the heading's own height the white looked like a wrapped line's; in the
    table's type it is a paragraph's. The heading stays inside the first column, so only
    the white tells it."""
    lines = _table() + [_line(100 + 59.7 + 16.0, (86, 215, "B. Akuntabilitas Keuangan"), height=14.0)]
    tables, prose = borderless_tables(lines)
    assert tables[0].rows[-1][0] == "Meningkatnya Penunjang Urusan Pemerintahan daerah Kabupaten / Kota"
    assert [line.text for line in prose] == ["B. Akuntabilitas Keuangan"]


def test_a_last_row_in_capitals_keeps_its_wrapped_lines():
    """000's appendix through LibreOffice with a header rule: "PROGRAM / PENYELENGGARAAN /
    URUSAN / PEMERINTAHAN / UMUM", five lines 8 points apart whose boxes are 5 high
    (capitals have no descenders): 3 points of white looked like a paragraph's, and the
    program lost "UMUM". Lines set at the table's own pitch are one cell's."""
    lines = [  # as measured on the page
        _line(240.0, (85, 95, "NO"), (485, 530, "PROGRAM"), (574, 600, "PAGU"), (639, 680, "REALISASI"), height=5.0),
        _line(260.3, (85, 90, "3"), (485, 560, "PROGRAM"), (574, 630, "19.072.108.959"), (639, 690, "18.991.204.472"),
              height=6.5),
        _line(268.4, (485, 560, "PEMBERDAYAAN"), height=6.5),
        _line(276.4, (485, 560, "MASYARAKAT DESA"), height=6.5),
        _line(284.5, (485, 560, "DAN KELURAHAN"), height=6.5),
        _line(312.6, (485, 560, "PROGRAM"), (574, 630, "1.093.563.600"), (639, 690, "1.075.012.350"), height=6.5),
        _line(320.9, (485, 560, "PENYELENGGARAAN"), height=5.0),
        _line(328.9, (485, 560, "URUSAN"), height=5.0),
        _line(337.1, (485, 560, "PEMERINTAHAN"), height=4.8),
        _line(345.1, (485, 560, "UMUM"), height=4.9),
    ]  # fmt: skip
    tables, prose = borderless_tables(lines)
    assert prose == []
    assert prose == [] and len(tables) == 1  # "UMUM" is the table's (a row's rest, joined when the table is built)
    assert tables[0].rows[-1][1] == "UMUM" or tables[0].rows[-1][1].endswith("PEMERINTAHAN UMUM")


def test_a_header_label_wrapped_onto_a_line_of_its_own_stays_in_the_header():
    """000's Renstra matrix: "TUJUAN | SASARAN | CARA MENCAPAI TUJUAN DAN | KETERANGAN",
    then "SASARAN" alone (the third label's second line, 8 points lower, boxes 5 high),
    then the sub-labels 32 points lower under the tall merged cells. The group labels
    were read as prose ("SASARAN" became the table's title) and the sasaran columns lost
    their group label."""
    top = 120.0
    lines = [
        _line(top, (85, 110, "TUJUAN"), (342, 370, "SASARAN"), (597, 660, "CARA MENCAPAI TUJUAN DAN"),
              (729, 770, "KETERANGAN"), height=5.0),
        _line(top + 8.0, (597, 630, "SASARAN"), height=5.0),
        _line(top + 45.2, (86, 110, "URAIAN"), (143, 180, "INDIKATOR"), (268, 290, "TARGET"), (342, 370, "URAIAN"),
              (401, 440, "INDIKATOR"), (523, 545, "TARGET"), (597, 630, "STRATEGI"), height=5.0),
        _line(top + 79.2, (86, 130, "Meningkatnya"), (143, 180, "Indeks"), (268, 290, "Baik (88)"),
              (342, 390, "Meningkatnya"), (401, 440, "Persentase"), (523, 545, "100%"), (597, 640, "Peningkatan"),
              (729, 735, "-"), height=6.5),
        _line(top + 87.2, (86, 130, "kualitas"), (143, 180, "Kepuasan"), (342, 390, "Kualitas"),
              (401, 440, "pelayanan"), height=6.5),
    ]  # fmt: skip
    tables, prose = borderless_tables(lines)
    assert prose == []
    assert len(tables) == 1
    header = tables[0].rows
    assert header[0][0] == "TUJUAN"
    third = header[0].index("CARA MENCAPAI TUJUAN DAN")
    assert header[1][third] == "SASARAN"


def test_a_table_of_its_own_under_rows_continuing_the_table_above():
    """000's performance agreement ends at the top of the next page (its columns carried),
    then, 30 points lower, the agreement's programs and budget with their own header
    ("No | Program | Anggaran (Rp.) | Keterangan"): read as more rows of the agreement,
    the programs' amounts fell under its Target column and every program was lost."""
    carry = [103.6, 285.0, 457.7]  # as the page before left them
    lines = [  # as measured on the page
        _line(123.0, (86, 97, "No"), (111, 207, "Kinerja Utama/Sasaran"), (293, 363, "Indikator Kinerja"),
              (475, 505, "Target*")),
        _line(133.4, (110, 186, "strategis/Program")),
        _line(147.7, (293, 388, "Persentase RT Berdaya"), (475, 497, "100%")),
        _line(162.1, (86, 90, "6"), (111, 268, "Meningkatnya penyelenggaraan urusan"),
              (293, 438, "Persentase koordinasi pemerintahan"), (475, 500, "100 %")),
        _line(172.4, (111, 192, "pemerintahan umum"), (293, 396, "umum yang ditindaklanjuti")),
        _line(186.8, (86, 90, "7"), (111, 269, "Meningkatnya kinerja perangkat Daerah"),
              (293, 462, "Nilai SAKIP Perangkat Daerah Kecamatan"), (475, 526, "87.89 Indeks")),
        _line(197.3, (293, 342, "Sananwetan"), height=6.4),
        _line(236.0, (86, 97, "No"), (120, 156, "Program"), (303, 367, "Anggaran (Rp.)"), (391, 439, "Keterangan")),
        _line(250.3, (86, 90, "1"), (120, 264, "PROGRAM PENUNJANG URUSAN"), (303, 377, "13,875,741,254.00"),
              (391, 509, "PAD, DAU, dan Insentif Fiskal"), height=7.7),
        _line(261.0, (120, 230, "PEMERINTAHAN DAERAH"), height=6.2),
        _line(271.0, (120, 201, "KABUPATEN/KOTA"), height=6.6),
        _line(285.6, (86, 90, "2"), (120, 261, "PROGRAM PENYELENGGARAAN"), (303, 365, "628,936,788.00"),
              (391, 408, "PAD"), height=7.4),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines, carry)
    assert len(tables) == 2
    assert tables[0].rows[-1][-1] == "87.89 Indeks"
    assert tables[1].rows[0] == ["No", "Program", "Anggaran (Rp.)", "Keterangan"]
    assert tables[1].rows[1][2] == "13,875,741,254.00"


def test_a_page_opening_on_another_tables_header_does_not_continue_the_table_above():
    """The same two tables when the agreement ends exactly at the foot of a page: the
    programs' header opens the next page with as many columns as the agreement, and was
    read as its repeated header's continuation (its amounts under Target)."""
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    agreement = [
        ["No", "Kinerja Utama/Sasaran strategis/Program", "Indikator Kinerja", "Target*"],
        ["7", "Meningkatnya kinerja perangkat Daerah", "Nilai SAKIP Perangkat Daerah", "87.89 Indeks"],
    ]
    programs = [
        ["No", "Program", "Anggaran (Rp.)", "Keterangan"],
        ["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "13,875,741,254.00", "PAD, DAU"],
    ]
    pages = [
        PageItems(58, 595.0, [], [FoundTable(agreement, 400.0, 540.0)]),
        PageItems(59, 595.0, [], [FoundTable(programs, 120.0, 200.0)]),
    ]
    tables = [b for b in Assembler().run(pages) if hasattr(b, "rows")]
    assert [[c.label for c in t.columns] for t in tables] == [agreement[0], programs[0]]
    # the header repeated over a continuation, even read with a word split, still continues it
    repeated = [["No", "Kinerja Utama/Sasaran strategis/ Program", "Indikator Kinerja", "Target*"]] + agreement[1:]
    pages[1] = PageItems(59, 595.0, [], [FoundTable(repeated, 120.0, 200.0)])
    (table,) = [b for b in Assembler().run(pages) if hasattr(b, "rows")]
    assert len(table.rows) == 2


def test_a_merged_sasaran_wrapping_beside_later_rows_stays_one_name():
    """A sasaran merged over three indicator rows, set by Word with no cell padding: its
    lines and the rows' lines fall on one pitch, so "penyelenggaraan" and "layanan" share
    the IPP and Persentase rows' first lines and "pemerintahan dan" shares the IPP
    indicator's second line. Read by line, each row took a piece as its sasaran (002's
    Tabel 3.14 through Chromium without rules lost 112 of 298 facts so). A run in small
    letters one line under the column's text of an earlier row goes on that row's cell;
    the next sasaran, capitalised, opens its own."""

    def line(top: float, *cells: tuple[float, float, str]) -> Line:
        return _line(top, *cells, height=6.5)

    lines = [
        line(100, (86, 150, "Sasaran Strategis"), (161, 230, "Indikator Kinerja"), (247, 270, "Target"),
             (281, 310, "Realisasi")),
        line(116, (86, 140, "Meningkatnya"), (161, 220, "IKM Kecamatan"), (247, 265, "93,80"), (281, 300, "94,22")),
        line(124, (86, 120, "kualitas"), (161, 200, "Plandaan")),
        line(132, (86, 150, "penyelenggaraan"), (161, 220, "IPP Kecamatan"), (247, 265, "3,30"), (281, 300, "3,49")),
        line(140, (86, 150, "pemerintahan dan"), (161, 200, "Plandaan")),
        line(148, (86, 120, "layanan"), (161, 225, "Persentase laporan"), (247, 265, "100%"), (281, 300, "100%")),
        line(156, (86, 130, "kecamatan"), (161, 210, "pelanggaran")),
        line(164, (86, 150, "Meningkatnya"), (161, 220, "Nilai AKIP"), (247, 265, "71,00"), (281, 300, "70,17")),
        line(172, (86, 150, "akuntabilitas")),
    ]  # fmt: skip
    tables, prose = borderless_tables(lines)
    assert prose == []
    assert [row[:2] for row in tables[0].rows[1:]] == [
        ["Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan kecamatan", "IKM Kecamatan Plandaan"],
        ["", "IPP Kecamatan Plandaan"],
        ["", "Persentase laporan pelanggaran"],
        ["Meningkatnya akuntabilitas", "Nilai AKIP"],
    ]
    # a column-number line is no cell to go on: the rest of a row cut by a page break,
    # under the repeated header's "1 2 3", stays the row's own
    numbered = [
        line(100, (86, 150, "Sasaran Strategis"), (161, 230, "Indikator Kinerja"), (247, 270, "Target"),
             (281, 310, "Realisasi")),
        line(110, (86, 96, "(1)"), (161, 171, "(2)"), (247, 257, "(3)"), (281, 291, "(4)")),
        line(118, (86, 150, "keuangan akhir"), (161, 230, "Jumlah dokumen"), (247, 265, "4"), (281, 300, "4")),
    ]  # fmt: skip
    tables, _ = borderless_tables(numbered)
    assert tables[0].rows[-1][:2] == ["keuangan akhir", "Jumlah dokumen"]


def test_a_units_column_in_small_letters_keeps_each_rows_unit():
    """A table without cell padding whose satuan column is in small letters: the next row's
    "orang" sits one line under the row above's "dokumen", as a merged cell's next line
    would; one line of a cell is no merged cell going on."""

    def line(top: float, *cells: tuple[float, float, str]) -> Line:
        return _line(top, *cells, height=6.5)

    lines = [
        line(100, (86, 150, "Indikator Kinerja"), (161, 200, "Satuan"), (247, 270, "Target"), (281, 310, "Realisasi")),
        line(116, (86, 150, "Jumlah dokumen"), (161, 195, "dokumen"), (247, 265, "3"), (281, 300, "3")),
        line(124, (86, 150, "Jumlah pegawai"), (161, 190, "orang"), (247, 265, "80"), (281, 300, "80")),
        line(132, (86, 150, "Jumlah rapat"), (161, 185, "kali"), (247, 265, "12"), (281, 300, "12")),
    ]  # fmt: skip
    tables, _ = borderless_tables(lines)
    assert [row[1] for row in tables[0].rows[1:]] == ["dokumen", "orang", "kali"]


def test_two_merged_cells_going_on_beside_a_later_row_are_each_read_once():
    """A Renstra matrix's tujuan merged over three rows and a sasaran over two, in a table
    without padding: the line under the third row's first holds only their next words,
    each for another earlier row. Both go back, and the line is not read again as the
    third row's."""

    def line(top: float, *cells: tuple[float, float, str]) -> Line:
        return _line(top, *cells, height=6.5)

    t, s, i, v = (86, 150), (161, 230), (247, 300), (310, 330)
    lines = [
        line(100, (*t, "Tujuan"), (*s, "Sasaran"), (*i, "Indikator"), (*v, "Target")),
        line(116, (*t, "Meningkatnya"), (*s, "Meningkatnya"), (*i, "IKM"), (*v, "93")),
        line(124, (*t, "kualitas"), (*s, "akuntabilitas")),
        line(132, (*t, "pelayanan"), (*s, "Meningkatnya"), (*i, "AKIP"), (*v, "71")),
        line(140, (*t, "publik"), (*s, "kinerja")),
        line(148, (*t, "dan"), (*s, "perangkat"), (*i, "SAKIP"), (*v, "80")),
        line(156, (*t, "kecamatan"), (*s, "daerah")),
    ]
    tables, _ = borderless_tables(lines)
    assert [row[:3] for row in tables[0].rows[1:]] == [
        ["Meningkatnya kualitas pelayanan publik dan kecamatan", "Meningkatnya akuntabilitas", "IKM"],
        ["", "Meningkatnya kinerja perangkat daerah", "AKIP"],
        ["", "", "SAKIP"],
    ]


def test_rows_set_from_the_top_start_at_their_figures_after_a_page_break():
    """002's Tabel 3.14 through LibreOffice without rules (measured, page 66): the page opens
    under the repeated header on the rest of the row the break cut ("kualitas" / "Plandaan",
    "penyelenggaraan"), then the IPP row's figures, with the merged sasaran going on beside
    it ("pemerintahan dan", "layanan Kecamatan", then "Plandaan" in capitals). Every row of
    the table holds its figures on its first line: the lines above the IPP figures are
    another row's (the assembler joins them to the row cut at the foot), and a run under the
    IPP row's empty sasaran is the merged cell's, capitals or not. Grouped by white alone
    the IPP row took them all ("Plandaan IPP Kecamatan Plandaan")."""

    def line(top: float, *cells: tuple[float, float, str]) -> Line:
        return _line(top, *cells, height=6.5)

    header = line(122.6, (85, 140, "Sasaran Strategis"), (161, 225, "Indikator Kinerja"), (247, 270, "Target"),
                  (281, 310, "Realisasi"))  # fmt: skip
    lines = [
        header,
        line(162.8, (86, 115, "kualitas"), (161, 190, "Plandaan")),
        line(170.8, (86, 140, "penyelenggaraan")),
        line(175.0, (161, 215, "IPP Kecamatan"), (247, 262, "3,30"), (281, 296, "3,49")),
        line(178.9, (86, 145, "pemerintahan dan")),
        line(182.9, (161, 190, "Plandaan")),
        line(186.9, (86, 150, "layanan Kecamatan")),
        line(194.9, (86, 116, "Plandaan")),
        line(203.0, (161, 225, "Persentase laporan"), (247, 265, "100%"), (281, 299, "100%")),
        line(211.0, (161, 210, "pelanggaran")),
        line(227.1, (161, 225, "Persentase evaluasi"), (247, 265, "100%"), (281, 299, "100%")),
        line(235.2, (161, 215, "Raperdes APBDesa")),
    ]
    tables, prose = borderless_tables(lines)
    assert prose == []
    assert [row[:2] for row in tables[0].rows[1:]] == [
        ["kualitas penyelenggaraan pemerintahan dan layanan Kecamatan Plandaan", "Plandaan"],
        ["", "IPP Kecamatan Plandaan"],
        ["", "Persentase laporan pelanggaran"],
        ["", "Persentase evaluasi Raperdes APBDesa"],
    ]
    # rows set in their middle (an HTML engine's vertical-align: middle, Word's centred
    # cells): a name's first line above its figures stays in its row
    centred = [  # three-line names, the figures on the middle line
        line(140.0, *header.segments),
        line(156.0, (86, 130, "Meningkatnya"), (161, 215, "Persentase laporan")),
        line(164.0, (86, 120, "layanan"), (161, 210, "pelanggaran"), (247, 265, "100%"), (281, 299, "100%")),
        line(172.0, (161, 210, "Perda")),
        line(186.0, (86, 130, "Meningkatnya"), (161, 215, "Persentase evaluasi")),
        line(194.0, (86, 120, "desa"), (161, 210, "Raperdes"), (247, 265, "90%"), (281, 299, "90%")),
        line(202.0, (161, 210, "APBDesa")),
        line(216.0, (86, 130, "Terwujudnya"), (161, 215, "Jumlah dokumen")),
        line(224.0, (86, 120, "tata kelola"), (161, 210, "perencanaan"), (247, 265, "4"), (281, 299, "4")),
        line(232.0, (161, 210, "daerah")),
    ]
    tables, _ = borderless_tables(centred)
    assert [row[:2] for row in tables[0].rows[1:]] == [
        ["Meningkatnya layanan", "Persentase laporan pelanggaran Perda"],
        ["Meningkatnya desa", "Persentase evaluasi Raperdes APBDesa"],
        ["Terwujudnya tata kelola", "Jumlah dokumen perencanaan daerah"],
    ]


_REST = (
    "ditetapkan (target 71 terealisasi 70.17, tercapai 98,83%). Hambatan : Nilai AKIP belum maksimal karena belum"
    " mencapai target yang telah ditetapkan dimana pengumpulan kinerja dan pengukuran kinerja belum dilakukan"
    " menggunakan teknologi aplikasi serta hasil capaian kinerja belum dijadikan dasar dalam pemberian anggaran"
    " Rekomendasi perbaikan: Melakukan evaluasi atas mekanisme monitoring target jangka menengah, reward and"
    " punishment, perbaikan SOP pengumpulan data kinerja"
)


def test_a_repeated_header_holding_a_cut_rows_rest_continues_the_table():
    """002's first individual performance agreement through Chromium, landscape, no rules
    (pages 92-93, as read): its header read as two rows on the first page, as one on the
    next, where the follow-up column's cell also holds the rest of the row the break cut
    ("... ditetapkan (target 71 terealisasi 70.17, tercapai 98,83%). Hambatan ..."). Its
    words outnumbered the header's, and the page was read as another table without labels:
    five indicators and their programs' budgets lost. Each of its cells still opens on a
    label of the header."""
    from ingest.read.pdf.assemble import Assembler
    from ingest.read.pdf.layout import FoundTable, PageItems

    first = [
        [
            "NO",
            "KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "REALISASI",
            "",
            "",
            "NO",
            "KETERKAITAN DENGAN KOMPONEN PERENCANAAN",
            "",
            "",
            "PENJELASAN",
            "ALTERNATIF/UPAYA YANG TELAH DILAKUKAN",
            "BUKTI DUKUNG",
            "",
        ],  # fmt: skip
        [
            "",
            "",
            "",
            "TARGET",
            "s.d TRIBUNAL IV",
            "CAPAIAN (%)",
            "",
            "NAMA PROGRAM/KEGIATAN / SUB KEGIATAN",
            "ANGGARAN (Rp)",
            "REALISASI (Rp)",
            "",
            "",
            "",
            "% REALISASI",
        ],  # fmt: skip
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
            "93.81%",
            "Tingkat keberhasilan dapat dinilai kurang berhasil",
            "Telah dilakukan rapat internal",
            "",
        ],  # fmt: skip
    ]
    second = [
        [
            "NO",
            "KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI s.d TRIBUNAL IV",
            "CAPAIAN (%)",
            "NO",
            "KETERKAITAN DENGAN KOMPONEN PERENCANAAN NAMA PROGRAM/KEGIATAN / SUB KEGIATAN",
            "ANGGARAN (Rp)",
            "REALISASI (Rp)",
            "PENJELASAN",
            "ALTERNATIF/UPAYA YANG TELAH DILAKUKAN " + _REST,
            "BUKTI DUKUNG Kabupaten untuk pendampingan dan segera dilakukan tindak lanjut atas laporan hasil evaluasi AKIP tahun 2022 untuk perbaikan pada tahun 2023",
            "% REALISASI",
        ],  # fmt: skip
        [
            "2",
            "Meningkatnya kepuasan masyarakat pengguna layanan Kecamatan Plandaan",
            "IKM Kecamatan Plandaan",
            "93.80",
            "94.22",
            "100.45%",
            "2",
            "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
            "4,733,000.00",
            "4,733,000.00",
            "100.00%",
            "Tingkat keberhasilan telah berhasil 100.45%",
            "",
            "",
        ],  # fmt: skip
    ]
    pages = [
        PageItems(92, 595.0, [], [FoundTable(first, 300.0, 560.0)]),
        PageItems(93, 595.0, [], [FoundTable(second, 60.0, 300.0)]),
    ]
    (table,) = [b for b in Assembler().run(pages) if hasattr(b, "rows")]
    assert [c.label for c in table.columns][3] == "REALISASI | TARGET"
    assert [r.cells[2] for r in table.rows if r.cells[0].isdigit()] == [
        "Nilai Evaluasi AKIP Kecamatan Plandaan",
        "IKM Kecamatan Plandaan",
    ]
