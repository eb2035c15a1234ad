"""A header whose labels a PDF printed staggered - each centred down a merged cell of one to
six lines, so one label's lines stand above, between or below its neighbours' - read as its
text export prints it.

- Rows of labels down to the column numbers ("1 2 3 ... 11") are header rows
  (`tablebuild.split_header`). Measured on 002 (Plandaan) printed by Chromium in Carlito 11
  (Calibri's metrics) without rules: its Renja annex ("Tabel 2.1 (ke-2)") opens with the line
  "Realisasi Kinerja dan" alone; before, that line was the whole header and the table (46
  values, 24 budget lines) was reported unread in all six Chromium cells.
- A year on a line of its own under a label calling for one ("... tahun" / "2023") ends that
  label; a group label ends where a label of a row above starts (`tablebuild.merge_header`).
- "K" and "Rp." (Permendagri 86/2017's kinerja and rupiah) under a short label take their
  role from it; a column whose own label is the performance's is not the money's after a
  pagu (`columns`).
- A long label alone on its line reaching into the next line opens the header with the
  short ones above it, not the title (`borderless._group_label`).

Expected labels of 002 are its text export's (lines 2226-2229); a Renja evaluation of
another kecamatan, worded otherwise, is read from its text and printed by three producers
(values by hand from the text below); must-nots beside each rule."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest.columns import classify_column, classify_columns, table_kind
from ingest.model import Column, Row
from ingest.pipeline import ingest_file
from ingest.read.pdf.borderless import borderless_tables
from ingest.read.tablebuild import build_table, merge_header, split_header
from ingest.store import connect
from tests import renderings
from tests.renderings import Rendering, render
from tests.test_borderless import _measured

# 002-chromium-no-rules-portrait.pdf (carlito-11), page 81: the header as its lines group
ANNEX_HEADER = [
    ["", "", "", "", "", "", "", "", "", "Realisasi Kinerja dan", ""],
    [
        "Kode",
        "Urusan/bidang urusan pemerintahan daerah dan program/kegiatan",
        "Indikator Kinerja Program (outcome) / Kegiatan (output)",
        "Target kinerja Renstra PD Tahun 2022",
        "Realisasi target kinerja hasil program dan keluaran kegiatan s/d",
        "Target dan realisasi kinerja program dan keluaran kegiatan SKPD pada Renja 2022 Target Renja 2022",
        "",
        "Realisasi Triwulan II (sesuai SPD)",
        "",
        "Anggaran Renstra SKPD s/d tahun 2022 (Akhir tahun pelaksanaan Renja)",
        "",
    ],
    ["", "", "", "", "", "", "", "", "", "K", "Rp."],
    ["", "", "", "", "tahun 2022", "", "", "", "", "", ""],
    ["", "", "", "", "", "K", "Rp.", "K", "Rp.", "", ""],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
]
ANNEX_BODY = [
    ["7.01.01", "Program: Penunjang Urusan Pemerintahan Daerah Kabupaten/kota", "Persentase rata-rata capaian kinerja aparatur", "100%", "50.00%", "100%", "2.388.468.992", "50.00%", "930.582.158", "50.00%", "930.582.158"],
    ["7.01.01.2.01", "Kegiatan: Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", "Persentase dokumen perencanaan, penganggaran dan evaluasi kinerja PD yang tersusun sesuai aturan", "100%", "57.00%", "100%", "4.190.700", "57.00%", "2.006.000", "57.00%", "2.006.000"],
]  # fmt: skip


def _rows(*cells: list[str]) -> list[Row]:
    return [Row(list(c), page=81) for c in cells]


def test_rows_of_labels_down_to_the_column_numbers_are_the_header():
    table = build_table(_rows(*ANNEX_HEADER, *ANNEX_BODY), caption="Tabel 2.1")
    assert len(table.header_rows) == 6
    assert [r.cells[0] for r in table.rows] == ["7.01.01", "7.01.01.2.01"]
    labels = [c.label for c in table.columns]
    assert labels[0] == "Kode" and labels[2].startswith("Indikator Kinerja Program")
    # the export's "Realisasi Kinerja dan Anggaran Renstra SKPD ... | K" and "... | Rp."
    assert "Realisasi Kinerja dan" in labels[9] and "Anggaran Renstra" in labels[9] and labels[9].endswith("K")
    assert "Anggaran Renstra" in labels[10] and labels[10].endswith("Rp.")
    assert labels[6].endswith("Rp.") and "Target Renja 2022" in labels[6]
    roles = [m.role for m in classify_columns(table)]
    assert roles[1:4] == ["program", "indikator", "target"] and roles[6] == "pagu"
    assert table_kind(classify_columns(table)) == "performance_budget"


SECTION = "A. Urusan Pemerintahan Umum pada Kecamatan dan Kelurahan di Wilayah Kabupaten"


def test_a_header_without_column_numbers_ends_where_its_labels_stop_filling_gaps():
    # must-not: no "1 2 3" row under it, a section row of words stays a row of the body
    rows = _rows(
        ["Program", "Indikator", "Target", "Realisasi"], [SECTION, "", "", ""], ["", "Surat selesai", "100%", "98%"]
    )
    header, body = split_header(rows)
    assert len(header) == 1 and body[0].cells[0] == SECTION


def test_a_row_of_small_counts_or_a_figure_before_it_is_no_column_numbering():
    # must-not: "1 | 4 | 9" counts something; a figure above "1 2 3" makes them body rows
    counts = _rows(["Uraian", "Desa", "Dusun", "RT"], [SECTION, "", "", ""], ["1", "4", "9", ""])
    header, body = split_header(counts)
    assert len(header) == 1 and len(body) == 2
    figure_first = _rows(["Uraian", "Target", "Realisasi"], [SECTION, "", ""], ["IKM", "85", "88"], ["1", "2", "3"])
    header, body = split_header(figure_first)
    assert len(header) == 1 and body[0].cells[0] == SECTION


def _parts(*levels: list[str]) -> list[list[str]]:
    return [c.parts for c in merge_header(_rows(*levels), len(levels[0]))]


def test_a_group_label_ends_where_a_label_of_a_row_above_starts():
    # Chromium printed the last group's K | Rp. a row above the other groups' (centred down
    # a shorter cell): "Realisasi" spread over them and made the capaian a realisasi
    assert _parts(
        ["Program", "Kinerja", "", "", "", "Capaian (%)", ""],
        ["", "Target", "", "Realisasi", "", "", ""],
        ["", "", "", "", "", "K", "Rp."],
        ["", "K", "Rp.", "K", "Rp.", "", ""],
    )[3:] == [
        ["Kinerja", "Realisasi", "K"],
        ["Kinerja", "Realisasi", "Rp."],
        ["Capaian (%)", "K"],
        ["Capaian (%)", "Rp."],
    ]


def test_a_year_on_a_line_of_its_own_under_a_label_calling_for_it_is_that_labels_end():
    # "Target Renja tahun" / "2023" and "... s/d" / "tahun 2022": one label each
    assert _parts(
        ["Indikator", "Realisasi target kinerja s/d", "Target Renja tahun", ""],
        ["", "tahun 2022", "2023", ""],
        ["", "", "K", "Rp."],
    ) == [
        ["Indikator"],
        ["Realisasi target kinerja s/d tahun 2022"],
        ["Target Renja tahun 2023", "K"],
        ["Target Renja tahun 2023", "Rp."],
    ]


def test_years_under_each_column_of_a_label_calling_for_a_year_are_its_sub_columns():
    # must-not: "Target kinerja pada tahun" over 2024 | 2025 | 2026 (Bluto's Renstra targets)
    assert _parts(["Indikator", "Target kinerja pada tahun", "", ""], ["", "2024", "2025", "2026"]) == [
        ["Indikator"],
        ["Target kinerja pada tahun", "2024"],
        ["Target kinerja pada tahun", "2025"],
        ["Target kinerja pada tahun", "2026"],
    ]


# A Renja evaluation of another kecamatan in Permendagri 86/2017's layout, worded otherwise:
# K (kinerja) and Rp. under each group, the last group's pair a level higher than the
# others', and labels wrapped so that a year ends up on a line of its own.
RENJA = """LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) Kecamatan Pare Kabupaten Kediri Tahun 2023

Tabel 4.2
Evaluasi Pelaksanaan Rencana Kerja Kecamatan Pare Tahun 2023

Kode\tProgram, kegiatan dan sub kegiatan perangkat daerah\tIndikator kinerja program (outcome) dan kegiatan (output)\tTarget kinerja Renstra Perangkat Daerah tahun 2023\tTarget dan realisasi kinerja Rencana Kerja tahun 2023\t\t\t\tCapaian (%) Renstra sampai dengan akhir tahun 2023 dibanding target\t
\t\t\t\tTarget Renja tahun 2023\t\tRealisasi Renja tahun 2023\t\tK\tRp.
\t\t\t\tK\tRp.\tK\tRp.\t\t
1\t2\t3\t4\t5\t6\t7\t8\t9\t10
7.01.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase capaian kinerja aparatur kecamatan\t100%\t100%\t1.850.000.000\t96%\t1.776.000.000\t96,00%\t96,00%
7.01.01.2.01\tKegiatan Perencanaan, Penganggaran dan Evaluasi Kinerja\tPersentase dokumen perencanaan yang tersusun tepat waktu\t100%\t100%\t12.500.000\t100%\t12.100.000\t100,00%\t96,80%
7.01.01.2.02\tKegiatan Administrasi Keuangan Perangkat Daerah\tPersentase laporan keuangan yang tersusun sesuai aturan\t100%\t100%\t1.837.500.000\t96%\t1.763.900.000\t96,00%\t96,00%
7.01.02\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tPersentase pelayanan administrasi yang selesai tepat waktu\t95%\t95%\t420.000.000\t97%\t401.300.000\t102,11%\t95,55%
7.01.02.2.01\tKegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\tJumlah desa yang difasilitasi\t18 desa\t18 desa\t420.000.000\t18 desa\t401.300.000\t100,00%\t95,55%
"""
# row by row: (pagu, realisasi) - the Rp. columns under "Target Renja" and "Realisasi Renja"
BUDGET = [
    (1_850_000_000, 1_776_000_000),
    (12_500_000, 12_100_000),
    (1_837_500_000, 1_763_900_000),
    (420_000_000, 401_300_000),
    (420_000_000, 401_300_000),
]
# (target, realisasi, capaian): the K columns under "Target Renja" and "Realisasi Renja", the last group's K
INDICATORS = [
    (100.0, 96.0, 96.0),
    (100.0, 100.0, 100.0),
    (100.0, 96.0, 96.0),
    (95.0, 97.0, 102.11),
    (18.0, 18.0, 100.0),
]


def test_rp_under_a_label_naming_two_figures_leaves_the_role_to_the_money_words():
    # must-not: "Target dan realisasi anggaran" over "(Rp)" is no realisasi: a pagu, as before
    assert classify_column(Column(5, ["Target dan realisasi anggaran", "(Rp)"])).role == "pagu"
    assert classify_column(Column(6, ["Realisasi anggaran", "(Rp)"])).role == "budget_realisasi"


@pytest.fixture
def calibri_metrics(monkeypatch):
    """Print in Carlito 11 / Caladea 12 (Word's defaults' metrics), as the `carlito-11` matrix;
    the measured widths cached in the face before are dropped, and again after."""
    names = ("TABLE_FACE", "TABLE_FILES", "TABLE_FONT", "PROSE_FACE", "PROSE_FONT")
    for name, value in zip(names, renderings.TYPES["carlito-11"], strict=True):
        monkeypatch.setattr(renderings, name, value)
    renderings._font.cache_clear()
    renderings.text_width.cache_clear()
    yield
    renderings._font.cache_clear()
    renderings.text_width.cache_clear()


def _facts(path: Path, db: Path) -> tuple[list[tuple], list[tuple], int]:
    with connect(str(db)) as con:
        ingest_file(con, path)
    con = duckdb.connect(str(db), read_only=True)
    budget = con.execute("SELECT pagu, realisasi FROM budget_lines WHERE NOT is_derived ORDER BY row_index").fetchall()
    values = con.execute(
        "SELECT target, realisasi, capaian_reported FROM indicator_values ORDER BY row_index"
    ).fetchall()
    unread = con.execute("SELECT count(*) FROM source_tables WHERE status = 'unread'").fetchone()[0]
    return budget, values, unread


def test_k_and_rp_under_target_and_realisasi_are_kinerja_and_money(tmp_path):
    # the text export: "Realisasi Renja tahun 2023 | K" was a target (the group label's first
    # word), "... | Rp." a second pagu, and the last group's K capaian the budget's serapan
    text = tmp_path / "laporan.txt"
    text.write_text(RENJA, encoding="utf-8")
    budget, values, unread = _facts(text, tmp_path / "l.duckdb")
    assert budget == BUDGET and values == INDICATORS and unread == 0


@pytest.mark.parametrize(
    "name", ["chromium/header-rule/landscape", "weasyprint/no-rules/portrait", "libreoffice/no-rules/portrait"]
)
def test_a_renja_evaluation_printed_with_staggered_labels_is_read(tmp_path, calibri_metrics, name):
    text = tmp_path / "laporan.txt"
    text.write_text(RENJA, encoding="utf-8")
    pdf = render(text, Rendering(*name.split("/")), tmp_path / "laporan.pdf")
    budget, values, unread = _facts(pdf, tmp_path / "l.duckdb")
    assert budget == BUDGET and values == INDICATORS and unread == 0


# The Renja evaluation above through Chromium with a header rule, landscape, in Carlito 11
# (measured, page 1): the last group's label, six lines down a tall cell, opens the header
# alone; the group label over four columns, a long line alone, reaches into the next line.
TITLE = (108.0, 118.0, (301.2, 568.8, "Evaluasi Pelaksanaan Rencana Kerja Kecamatan Pare Tahun 2023"))
HEADER_TOP = [
    (127.5, 138.5, (706.3, 760.2, "Capaian (%)")),
    (140.3, 151.2, (698.3, 768.2, "Renstra sampai")),
    (147.0, 158.0, (450.3, 668.2, "Target dan realisasi kinerja Rencana Kerja tahun")),
    (153.0, 165.5, (271.8, 347.2, "Indikator kinerja"), (365.1, 427.3, "Target kinerja"), (688.9, 777.6, "dengan akhir tahun")),
    (159.0, 170.0, (548.1, 570.4, "2023")),
    (165.8, 178.2, (168.6, 251.4, "Program, kegiatan"), (290.1, 328.9, "program"), (378.9, 413.5, "Renstra"), (698.1, 768.4, "2023 dibanding")),
    (178.5, 191.0, (109.0, 132.2, "Kode"), (171.4, 248.6, "dan sub kegiatan"), (276.1, 342.9, "(outcome) dan"), (373.4, 419.1, "Perangkat"), (719.6, 746.8, "target")),
    (192.8, 203.7, (169.9, 250.1, "perangkat daerah"), (290.1, 328.9, "kegiatan"), (365.1, 427.3, "Daerah tahun")),
    (198.8, 209.7, (455.3, 541.0, "Target Renja tahun"), (572.0, 668.8, "Realisasi Renja tahun")),
    (205.5, 216.5, (290.5, 328.4, "(output)"), (385.1, 407.4, "2023")),
    (211.5, 222.5, (487.0, 509.3, "2023"), (609.2, 631.5, "2023")),
    (215.3, 226.2, (705.8, 711.8, "K"), (753.0, 768.0, "Rp.")),
    (232.5, 243.5, (455.1, 461.1, "K"), (511.7, 526.7, "Rp."), (577.3, 583.3, "K"), (633.9, 649.0, "Rp.")),
    (252.8, 263.7, (117.8, 123.4, "1"), (207.2, 212.8, "2"), (306.7, 312.3, "3"), (393.5, 399.0, "4"), (455.3, 460.9, "5"), (516.4, 522.0, "6"), (577.5, 583.1, "7"), (638.7, 644.2, "8"), (706.0, 711.5, "9"), (754.9, 766.0, "10")),
    (274.5, 285.5, (91.7, 125.1, "7.01.01"), (163.5, 251.0, "Program Penunjang"), (270.5, 319.1, "Persentase"), (362.5, 387.0, "100%"), (444.0, 468.6, "100%"), (486.2, 550.2, "1.850.000.000"), (566.2, 585.2, "96%"), (608.4, 672.4, "1.776.000.000"), (688.5, 721.4, "96,00%"), (743.0, 775.9, "96,00%")),
]  # fmt: skip


def test_a_long_label_alone_on_its_line_reaching_into_the_next_opens_the_header_with_those_above():
    tables, prose = borderless_tables(_measured(TITLE, *HEADER_TOP))
    assert [line.text for line in prose] == [TITLE[2][2]]
    assert tables[0].top == HEADER_TOP[0][0]
    header = " ".join(" ".join(row) for row in tables[0].rows[:3])
    assert "Capaian (%)" in header and "Target dan realisasi kinerja Rencana Kerja tahun" in header


def test_a_long_title_line_standing_apart_from_the_next_stays_the_title():
    # must-not: a title of two lines set close over the same header, its second line long
    # and ending 2 pt above the header's first line, not reaching into it
    title = [
        (130.0, 140.0, (330.0, 540.0, "Evaluasi Pelaksanaan Rencana Kerja")),
        (141.0, 151.0, (250.0, 620.0, "Kecamatan Pare Kabupaten Kediri Tahun Anggaran 2023 (Lampiran)")),
    ]
    tables, prose = borderless_tables(_measured(*title, *HEADER_TOP[3:]))
    assert [line.text for line in prose] == [t[2][2] for t in title]
    assert tables[0].top == HEADER_TOP[3][0]
