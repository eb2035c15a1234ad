"""A sasaran merged down over two indicators whose last word goes on past the page break,
alone: the table's only row on the next page. It ends the merged sasaran (the row holding
its words, above the cut row), not the cut row, which leaves that column empty.

Measured on 002 (Plandaan) printed by LibreOffice without rules, portrait, in URW Bookman
10 (`tests/renderings.py`, held out), Tabel 3.8 pages 56-57: "Meningkatnya kualitas
penyelenggaraan pemerintahan dan layanan Kecamatan" over IKM and IPP, "Plandaan" alone
under the repeated header. It was joined to the IPP row: IPP filed under the sasaran
"Plandaan", IKM under a sasaran without its last word. Expected names: the sample's text
export (Tabel 3.8, lines 1104-1105)."""

from __future__ import annotations

import pytest

from ingest.model import Table
from ingest.read.pdf.assemble import Assembler
from ingest.read.pdf.layout import FoundTable, PageItems

HEADER = [["No", "Sasaran Strategis", "Indikator Kinerja", "Realisasi tahun", "Realisasi Nasional", "% Perbandingan"],
          ["", "", "", "2022", "", ""]]  # fmt: skip


def _table(first: list[list[str]], second: list[list[str]]) -> Table:
    pages = [
        PageItems(56, 842.0, [], [FoundTable([*HEADER, *first], 639.2, 769.3)]),
        PageItems(57, 842.0, [], [FoundTable([*HEADER, *second], 123.0, 173.1)]),
    ]
    (table,) = [block for block in Assembler().run(pages) if isinstance(block, Table)]
    return table


SASARAN = "Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan Kecamatan"
FIRST = [
    ["1.", "Meningkatnya akuntabilitas dan kinerja Kecamatan", "Nilai evaluasi AKIP Kec. Plandaan", "70,17", "67,93", "103,30"],
    ["2", SASARAN, "IKM Kecamatan Plandaan", "94,22", "Tidak ada rujukan", "Tidak ada rujukan"],
    ["", "", "IPP Kecamatan Plandaan", "3,49", "3,88", "89,95"],
]  # fmt: skip


def test_the_last_word_of_a_merged_sasaran_alone_past_the_break_ends_it():
    table = _table(FIRST, [["", "Plandaan", "", "", "", ""]])
    rows = {row.cells[2]: row.cells[1] for row in table.rows}
    assert rows["IKM Kecamatan Plandaan"] == f"{SASARAN} Plandaan"
    assert rows["IPP Kecamatan Plandaan"] == ""  # merged: the sasaran above is its own
    assert len(table.rows) == 3  # the rest is no row of its own


@pytest.mark.parametrize("rest", ["Kabupaten Jombang", "Desa dan Kelurahan"])
def test_generated_merged_group_goes_on_alone_in_other_words(rest):
    first = [
        ["1.", "Meningkatnya pemberdayaan masyarakat", "Persentase LPM aktif", "100%", "90%", "111"],
        ["", "", "Jumlah Posyandu aktif", "36", "40", "90"],
    ]
    table = _table(first, [["", rest, "", "", "", ""]])
    assert table.rows[0].cells[1] == f"Meningkatnya pemberdayaan masyarakat {rest}"
    assert table.rows[-1].cells[2] == "Jumlah Posyandu aktif"


def test_a_name_right_of_the_cut_rows_own_words_is_its_own():
    # must-not: the cut row names its sasaran and leaves its indicator empty; the indicator
    # alone on the next page may be that row's, moved whole past the break (WeasyPrint's
    # way): never more of the indicator above, though that row has one in its column
    first = [
        ["1.", "Meningkatnya akuntabilitas", "Nilai evaluasi AKIP", "70,17", "67,93", "103,30"],
        ["2", "Meningkatnya kualitas layanan", "", "94,22", "80,00", "117,78"],
    ]
    table = _table(first, [["", "", "IKM Kecamatan Plandaan", "", "", ""]])
    assert [row.cells[2] for row in table.rows][:2] == ["Nilai evaluasi AKIP", ""]
    assert "IKM Kecamatan Plandaan" in [row.cells[2] for row in table.rows]
