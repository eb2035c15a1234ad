"""A borderless table continued on the next page with a column more or less: its cells go
to the columns their words stand in, not kept by index.

Drawn as LibreOffice printed 004's Tabel 2.4 without rules in serif type (portrait, pages
10-11 of the `serif-11` renderings, measured): SASARAN spans two columns, its code and its
name, and the first page's only row leaves both empty; the second page fills them. Read
by index, the first page's `IKM Kecamatan | % | 83` fell one column left: its target under
SAT., its unit under INDIKATOR."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from ingest.model import Table
from ingest.read.pdf import read_pdf
from ingest.read.pdf.assemble import Assembler
from ingest.read.pdf.layout import FoundTable, Line, PageItems

# where each column's words start (points), as measured
NO, TUJUAN, KODE, SASARAN, INDIKATOR, SAT, TARGET = 85.2, 114.4, 197.4, 262.2, 350.0, 445.0, 480.2
PITCH = 13.0


def _header(pdf: FPDF, top: float) -> float:
    for x, text in ((NO, "NO"), (TUJUAN, "TUJUAN"), (KODE, "SASARAN"), (INDIKATOR, "INDIKATOR"), (SAT, "SAT."),
                    (TARGET, "TARGET")):  # fmt: skip
        pdf.text(x, top, text)
    pdf.text(INDIKATOR, top + PITCH, "KINERJA")
    for k, x in enumerate((NO, TUJUAN, KODE, INDIKATOR, SAT, TARGET), start=1):
        pdf.text(x, top + 2 * PITCH, f"({k})")
    return top + 4 * PITCH


def _row(pdf: FPDF, top: float, cells: dict[float, list[str]]) -> float:
    for x, lines in cells.items():
        for k, text in enumerate(lines):
            pdf.text(x, top + PITCH * k, text)
    return top + PITCH * max(len(lines) for lines in cells.values()) + 6


ROW_1 = {NO: ["1"], TUJUAN: ["Meningkatnya", "Pelayanan", "Publik di"], INDIKATOR: ["IKM Kecamatan"], SAT: ["%"],
         TARGET: ["83"]}  # fmt: skip
# the rest of that row, cut by the page break when it is the first page's last
ROW_1_REST = {TUJUAN: ["Kecamatan"]}
ROWS_WITH_CODES = [
    {KODE: ["1.1"], SASARAN: ["Meningkatnya", "Mutu Layanan"], INDIKATOR: ["Persentase", "Layanan Publik"],
     SAT: ["%"], TARGET: ["85"]},
    {KODE: ["1.2"], SASARAN: ["Meningkatnya", "akuntabilitas"], INDIKATOR: ["Nilai SAKIP"], SAT: ["nilai"],
     TARGET: ["77,9"]},
]  # fmt: skip


def continued_pdf(path: Path, codes_first: bool = False) -> Path:
    """Tabel 2.4 over two pages; `codes_first`: the rows using SASARAN's code column on the
    first page, the row leaving it empty on the second."""
    first, second = (ROWS_WITH_CODES, [ROW_1]) if codes_first else ([ROW_1], [ROW_1_REST, *ROWS_WITH_CODES])
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("times", size=11)
    pdf.add_page()
    pdf.text(NO, 560, "Rencana kerja kecamatan tahun 2023 disajikan pada tabel berikut.")
    pdf.text(NO, 620, "Tabel 2.4 Rencana Kerja Tahun 2023")
    top = _header(pdf, 650)
    for cells in first:
        top = _row(pdf, top, cells)
    pdf.text(280, 820, "Halaman 10")
    pdf.add_page()
    top = _header(pdf, 80)
    for cells in second:
        top = _row(pdf, top, cells)
    pdf.text(NO, top + 30, "Berdasarkan tabel di atas dapat dijelaskan perubahan mendasar rencana kerja.")
    pdf.text(280, 820, "Halaman 11")
    pdf.output(str(path))
    return path


def _table(path: Path) -> Table:
    (table,) = read_pdf(path).document.tables
    return table


def _targets(table: Table) -> dict[str, tuple[str, str]]:
    labels = [c.label for c in table.columns]
    indikator, sat, target = (labels.index(name) for name in ("INDIKATOR KINERJA", "SAT.", "TARGET"))
    return {r.cells[indikator]: (r.cells[sat], r.cells[target]) for r in table.rows if r.cells[indikator]}


def test_a_sub_column_used_from_the_second_page_on_widens_the_first_pages_rows(tmp_path):
    """The first page's row cut by the break, its TUJUAN's last word under the repeated
    header, as measured: joined to it, the row was as wide as the second page's, and the
    table kept its cells by index."""
    table = _table(continued_pdf(tmp_path / "later.pdf"))
    assert table.rows[0].cells[1] == "Meningkatnya Pelayanan Publik di Kecamatan"
    assert _targets(table) == {
        "IKM Kecamatan": ("%", "83"),
        "Persentase Layanan Publik": ("%", "85"),
        "Nilai SAKIP": ("nilai", "77,9"),
    }


def test_a_sub_column_left_empty_on_the_second_page_keeps_its_rows_in_their_columns(tmp_path):
    """The other way round: the second page reads a column fewer. Its rows move into the
    first page's columns by position (`tablebuild` also maps a part by its repeated header's
    labels, so this read right before; it must stay so)."""
    assert _targets(_table(continued_pdf(tmp_path / "earlier.pdf", codes_first=True))) == {
        "IKM Kecamatan": ("%", "83"),
        "Persentase Layanan Publik": ("%", "85"),
        "Nilai SAKIP": ("nilai", "77,9"),
    }


def _found(rows: list[list[tuple[float, str]]], top: float, cuts: list[float]) -> FoundTable:
    """A borderless table as the page reader gives it: each row's cells (x0, text), a row
    per 12 pt from `top`, its pieces where its words start."""
    cells, pieces = [], []
    for k, row in enumerate(rows):
        y = top + 12 * k
        cells.append([text for _x0, text in row])
        pieces.append([(text, x0, y, x0 + 40, y + 8) for x0, text in row if text])
    return FoundTable(cells, top, top + 12 * len(rows), cuts, pieces=pieces)


def test_rows_under_a_repeated_header_leaving_a_column_empty_go_on_with_the_table():
    """001's Tabel 2.5 through LibreOffice with a header rule (serif type, pages 19-20,
    measured): page 20 repeats the header alone, then the cut row's formula ends under it
    ("----- x100% Jumlah" / "Desa", prose lines), then rows that leave NO empty, read as a
    table of their own with a column fewer and no header: its six indicators were unread.
    They go on with the table, each cell in the column its words stand in."""
    no, program, indikator, target, formula = 85.2, 113.1, 321.4, 405.6, 454.9
    header = [(no, "NO"), (program, "PROGRAM/KEGIATAN"), (indikator, "INDIKATOR"), (target, "TARGET"),
              (formula, "FORMULASI")]  # fmt: skip
    cuts = [105.2, 226.6, 397.7, 447.1]
    first = _found([header, [(no, "1"), (program, "Program: Pembinaan Desa"), (indikator, "Persentase Desa"),
                             (target, "100%"), (formula, "Jumlah Desa -----")]], 600.0, cuts)  # fmt: skip
    repeated = _found([header], 123.3, cuts)
    rest = [Line([(formula, 518.0, "x100% Jumlah")], 145.4, 151.0), Line([(formula, 470.8, "Desa")], 155.0, 160.3)]
    body = _found(
        [
            [(program, ""), (indikator, "Persentase Rekomendasi"), (target, "100%"), (formula, "Jumlah Rekomendasi")],
            [
                (program, "Kegiatan: Fasilitasi"),
                (indikator, "Jumlah Rekomendasi"),
                (target, "21 dokumen"),
                (formula, "Jumlah Rekomendasi tahun n"),
            ],
        ],  # fmt: skip
        167.8,
        [226.3, 398.2, 447.2],
    )
    pages = [PageItems(19, 842.0, [], [first]), PageItems(20, 842.0, rest, [repeated, body])]
    (table,) = [block for block in Assembler().run(pages) if isinstance(block, Table)]
    targets = {row.cells[2]: row.cells[3] for row in table.rows if row.cells[2] != "INDIKATOR"}
    assert targets == {"Persentase Desa": "100%", "Persentase Rekomendasi": "100%", "Jumlah Rekomendasi": "21 dokumen"}
    assert table.rows[0].cells[4] == "Jumlah Desa ----- x100% Jumlah Desa"


def test_a_table_with_its_own_header_under_a_header_repeated_alone_is_another_table():
    """002's performance agreement through LibreOffice without rules, landscape (serif
    type, page 22, measured): its header repeated alone over its last row's rest, then the
    programs' table, whose header shares most of its words (NO., SASARAN, INDIKATOR,
    TARGET). A header of its own opens another table: glued on, the programs' six
    indicators and budget lines were read as the agreement's."""
    agreement = [(85.2, "NO."), (129.7, "SASARAN STRATEGIS"), (300.0, "INDIKATOR KINERJA"), (480.0, "TARGET")]
    cuts = [110.8, 279.1, 475.4]
    first = _found([agreement, [(85.2, "5."), (129.7, "Meningkatnya pemberdayaan"),
                                (300.0, "Persentase evaluasi Raperdes"), (480.0, "100%")]], 500.0, cuts)  # fmt: skip
    repeated = _found([agreement, [(300.0, "APBDesa tepat waktu")]], 80.0, cuts)
    programs = _found(
        [
            [
                (85.2, "NO."),
                (129.7, "SASARAN PROGRAM"),
                (300.0, "PROGRAM"),
                (471.5, "INDIKATOR PROGRAM"),
                (644.6, "TARGET"),
                (705.0, "ANGGARAN"),
            ],
            [
                (85.2, "1."),
                (129.7, "Meningkatnya capaian kinerja aparatur"),
                (300.0, "Program Penunjang"),
                (471.5, "Persentase rata-rata capaian kinerja Aparatur"),
                (644.6, "100%"),
                (705.0, "2.134.044.723"),
            ],
        ],  # fmt: skip
        140.0,
        [117.1, 294.0, 465.7, 635.6, 699.4],
    )
    pages = [PageItems(21, 595.0, [], [first]), PageItems(22, 595.0, [], [repeated, programs])]
    tables = [block for block in Assembler().run(pages) if isinstance(block, Table)]
    assert [len(t.columns) for t in tables] == [4, 6]
    assert tables[1].rows[0].cells[5] == "2.134.044.723"


def _found_pieces(
    rows: list[list[str]], pieces: list[list[tuple[float, str]]], top: float, cuts: list[float]
) -> FoundTable:
    """A borderless table as the page reader gives it, with the pieces each row printed
    (x0, text), several to a cell where its lines are."""
    printed = [
        [(text, x0, top + 12 * k, x0 + 40, top + 12 * k + 8) for x0, text in row] for k, row in enumerate(pieces)
    ]
    return FoundTable(rows, top, top + 12 * len(rows), cuts, pieces=printed)


def test_figures_of_two_columns_read_as_one_on_a_page_of_few_rows_go_each_to_its_own():
    """Chromium with a header rule, 000's Tabel 3.4 in URW Bookman 10, portrait (pages
    25-26, measured): page 26 holds three rows and the group label's "2024" stands in the
    white between Target and Realisasi, so they were read as one column ("A A (85,04)
    (87,89)"); the page, a column fewer, went on with the table by index and each figure
    a column left: two false `conflicting_values` (tinggi). Each figure goes to the column
    it stands in; a text export prints Target "A (87,89)", Realisasi "A (85,04)"."""
    head = ["Kinerja Utama / Sasaran Strategis / Kinerja Program", "Indikator Kinerja", "Kinerja Tahun", "",
            "Target Akhir Renstra 2021-2026", "Tingkat Kemajuan"]  # fmt: skip
    subs = ["", "", "Target", "2024 Realisasi", "", ""]
    first = _found_pieces(
        [head, subs, ["Meningkatnya pemberdayaan", "Presentase hasil koordinasi", "100%", "100%", "100%", "100%"]],
        [[], [], [(92.0, "Meningkatnya pemberdayaan"), (193.0, "Presentase hasil koordinasi"), (286.0, "100%"),
                  (336.0, "100%"), (399.0, "100%"), (476.0, "100%")]],
        600.0,
        [185.5, 278.4, 317.7, 391.4, 467.2],
    )  # fmt: skip
    second = _found_pieces(
        [
            ["Kinerja Utama / Sasaran Strategis / Kinerja Program", "Indikator Kinerja",
             "Kinerja Tahun 2024 Target Realisasi", "Target Akhir Renstra 2021-2026", "Tingkat Kemajuan"],
            ["Meningkatnya Tata Kelola Perangkat Daerah", "Nilai SAKIP perangkat daerah", "A A (85,04) (87,89)",
             "A (89,88)", "97,78%"],
            ["Meningkatnya Penunjang Urusan", "Indeks Kepuasan Masyarakat", "Baik Baik (84) (89,50)", "Baik (84)", "100%"],
        ],
        [
            [(93.0, "Kinerja Utama /"), (298.0, "Kinerja Tahun"), (322.0, "2024"), (287.0, "Target"), (337.0, "Realisasi")],
            [(92.0, "Meningkatnya"), (193.0, "Nilai SAKIP"), (285.0, "A"), (336.0, "A (85,04)"), (399.0, "A (89,88)"),
             (476.0, "97,78%"), (91.0, "Tata Kelola"), (193.0, "perangkat"), (286.0, "(87,89)")],
            [(92.0, "Meningkatnya"), (193.0, "Indeks"), (286.0, "Baik"), (336.0, "Baik"), (399.0, "Baik (84)"),
             (476.0, "100%"), (92.0, "Penunjang"), (193.0, "Kepuasan"), (286.0, "(84)"), (336.0, "(89,50)")],
        ],
        74.4,
        [186.0, 274.2, 391.2, 467.2],
    )  # fmt: skip
    pages = [PageItems(25, 842.0, [], [first]), PageItems(26, 842.0, [], [second])]
    (table,) = [block for block in Assembler().run(pages) if isinstance(block, Table)]
    rows = {row.cells[1]: row.cells[2:] for row in table.rows}
    assert rows["Nilai SAKIP perangkat daerah"] == ["A (87,89)", "A (85,04)", "A (89,88)", "97,78%"]
    assert rows["Indeks Kepuasan Masyarakat"] == ["Baik (84)", "Baik (89,50)", "Baik (84)", "100%"]


def test_words_of_two_columns_read_as_one_keep_the_continuation_from_moving_by_position():
    # must-not: a cell of words whose pieces stand in two of the wider page's columns is
    # not torn apart piece by piece (a name wrapped under its neighbour's column)
    cuts = [185.5, 278.4, 317.7, 391.4, 467.2]
    first = _found_pieces(
        [["Sasaran", "Indikator", "Target", "Realisasi", "Akhir", "Kemajuan"],
         ["Meningkatnya layanan", "Nilai IKM", "80", "82", "85", "96%"]],
        [[], [(92.0, "Meningkatnya layanan"), (193.0, "Nilai IKM"), (286.0, "80"), (336.0, "82"), (399.0, "85"),
              (476.0, "96%")]],
        600.0,
        cuts,
    )  # fmt: skip
    second = _found_pieces(
        [["Meningkatnya kinerja", "Nilai SAKIP Kecamatan Sananwetan yang dinilai", "70", "72", "95%"]],
        [[(92.0, "Meningkatnya kinerja"), (193.0, "Nilai SAKIP Kecamatan"), (399.0, "70"), (430.0, "72"),
          (476.0, "95%"), (193.0, "Sananwetan yang"), (290.0, "dinilai")]],
        80.0,
        [186.0, 274.2, 391.2, 467.2],
    )  # fmt: skip
    pages = [PageItems(25, 842.0, [], [first]), PageItems(26, 842.0, [], [second])]
    tables = [block for block in Assembler().run(pages) if isinstance(block, Table)]
    names = [row.cells[1] for table in tables for row in table.rows]
    assert "Nilai SAKIP Kecamatan Sananwetan yang dinilai" in names
