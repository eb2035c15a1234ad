"""A page opening with a table of its own under a header of more columns than the table
ending the page before is another table, though each of the carried column boundaries
happens to fall in a white strip of it.

Measured on 001 (Sumobito) printed by LibreOffice without rules, landscape, in URW
Bookman 10 (`tests/renderings.py`, held out), page 21: Tabel 2.1 (four columns) ends
page 20, and the programs table under it (six columns: NO | SASARAN PROGRAM | PROGRAM |
INDIKATOR PROGRAM | TARGET | ANGGARAN; the text export's untitled table at line 429) opens
page 21. The four-column table's last cut (462) fell in the white between PROGRAM and
INDIKATOR PROGRAM, so no row crossed a carried cut and the page was read in four columns:
"Persentase rata-rata capaian 100% 2.487.371.653 kinerja aparatur" in one cell, ten
values and budget lines lost."""

from __future__ import annotations

import pytest

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _measured

CARRY = [110.2, 288.1, 462.0]  # Tabel 2.1's cuts on page 20


def test_a_header_of_six_columns_under_a_table_of_four_is_another_table():
    lines = _measured(
        (119.4, 133.4, (85.2, 100.6, "NO"), (113.2, 221.2, "SASARAN PROGRAM"), (290.5, 345.1, "PROGRAM"), (467.7, 586.9, "INDIKATOR PROGRAM"), (644.4, 688.4, "TARGET"), (700.6, 760.7, "ANGGARAN")),
        (139.0, 149.1, (85.2, 94.6, "1."), (113.2, 261.9, "Meningkatnya capaian kinerja"), (290.5, 426.9, "Program Penunjang Urusan"), (467.7, 608.9, "Persentase rata-rata capaian"), (644.4, 672.0, "100%"), (700.9, 772.5, "2.487.371.653")),
        (151.0, 161.1, (113.2, 156.3, "aparatur"), (290.5, 398.1, "Pemerintahan Daerah"), (467.7, 548.2, "kinerja aparatur")),
        (163.0, 173.1, (290.5, 372.6, "Kabupaten/Kota")),
        (179.0, 189.1, (85.2, 94.6, "2."), (113.2, 268.6, "Meningkatnya Penyelenggaraan"), (290.5, 417.5, "Program Penyelenggaraan"), (467.7, 628.9, "Nilai Paten Kecamatan Sumobito"), (644.4, 656.8, "84"), (700.9, 756.9, "19.861.000")),
        (191.0, 201.1, (113.2, 257.2, "Pemerintahan dan Pelayanan"), (290.5, 434.5, "Pemerintahan dan Pelayanan")),
        (203.0, 213.1, (113.2, 144.7, "Publik"), (290.5, 322.0, "Publik")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines, CARRY)
    assert table.rows[0] == ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert table.rows[1][3:] == ["Persentase rata-rata capaian kinerja aparatur", "100%", "2.487.371.653"]
    assert table.rows[2][3:] == ["Nilai Paten Kecamatan Sumobito", "84", "19.861.000"]


def _page(size: float, header: list[str] | None, columns: list[float]) -> list[Line]:
    """Another table in another type: `columns` (x where each starts), a header of `header`
    labels (None: no header, a continuation), two rows of names wrapped over two lines."""
    char, pitch = 0.5 * size, 1.2 * size
    rows = [
        (["1.", "Meningkatnya layanan", "Program Pelayanan", "Persentase layanan", "100%", "1.250.000"],
         ["", "publik", "Kecamatan", "tepat waktu", "", ""]),
        (["2.", "Meningkatnya kinerja", "Program Penunjang", "Nilai SAKIP", "72", "2.400.000"],
         ["", "aparatur", "Urusan", "Kecamatan", "", ""]),
    ]  # fmt: skip

    def line(top: float, cells: list[str]) -> Line:
        runs = [(x, x + char * len(text), text) for x, text in zip(columns, cells, strict=True) if text]
        return Line(runs, top, top + size)

    lines, top = [], 100.0
    if header is not None:
        lines.append(line(top, header))
        top += 1.6 * pitch
    for first, second in rows:
        lines += [line(top, first), line(top + pitch, second)]
        top += 3 * pitch
    return lines


SIX = ["No", "Sasaran", "Program", "Indikator", "Target", "Pagu"]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_generated_a_wider_table_under_carried_cuts_in_its_white_keeps_its_own_columns(size):
    columns = [80.0 + k * size for k in (0, 3, 17, 31, 43, 49)]
    carry = [columns[1] - 0.5 * size, columns[3] - 0.5 * size]  # three columns, cuts in this page's white
    (table,), _ = borderless_tables(_page(size, SIX, columns), carry)
    assert table.rows[0] == SIX
    assert table.rows[1] == ["1.", "Meningkatnya layanan publik", "Program Pelayanan Kecamatan",
                             "Persentase layanan tepat waktu", "100%", "1.250.000"]  # fmt: skip


@pytest.mark.parametrize("size", [8.0, 12.0])
def test_a_continuation_without_a_header_keeps_the_carried_columns(size):
    # must-not: the same rows without a header of their own go on the table above in its
    # six columns (its header repeated or not), though a carried cut stands in their white
    columns = [80.0 + k * size for k in (0, 3, 17, 31, 43, 49)]
    carry = [c - 0.5 * size for c in columns[1:]]
    (table,), _ = borderless_tables(_page(size, None, columns), carry)
    assert table.rows[0][3:] == ["Persentase layanan tepat waktu", "100%", "1.250.000"]
    (table,), _ = borderless_tables(_page(size, SIX, columns), carry)
    assert table.rows[0] == SIX


def test_the_tables_own_header_repeated_with_a_sliver_of_white_more_keeps_its_columns():
    # must-not: Chromium with a header rule, 000's RKT annex in Carlito 11, portrait, page
    # 36 (measured; carry: page 35's cuts): the repeated header and the column numbers leave
    # a sliver of white between "SARASAN" and "2" - a ninth column by the page's own white.
    # Each label keeps to a carried column: the table goes on in its eight (read as another
    # table, the annex's 100 budget lines were lost).
    carry = [168.3, 249.5, 295.6, 430.1, 562.8, 630.5, 715.2]
    lines = _measured(
        (74.3, 82.2, (174.7, 206.4, "SARASAN"), (489.7, 522.8, "KEGIATAN")),
        (91.5, 100.2, (478.7, 515.5, "INDIKATOR"), (727.6, 773.5, "KETERANGAN")),
        (96.0, 104.0, (195.6, 232.4, "INDIKATOR")),
        (101.2, 109.2, (116.0, 142.8, "URAIAN"), (262.4, 288.0, "TARGET"), (349.8, 376.6, "URAIAN"), (452.7, 541.5, "PROGRAM/KEGIATAN/SUB"), (588.9, 614.5, "TARGET"), (650.1, 705.5, "ANGGARAN (Rp)")),
        (105.8, 113.7, (198.2, 229.8, "SARASAN")),
        (110.3, 118.2, (480.6, 513.6, "KEGIATAN")),
        (127.5, 135.5, (127.3, 131.4, "1"), (212.0, 216.0, "2"), (273.1, 277.2, "3"), (361.2, 365.3, "4"), (495.1, 499.1, "5"), (599.7, 603.7, "6"), (675.8, 679.8, "7"), (748.5, 752.6, "8")),
        (144.8, 152.7, (303.3, 411.3, "Administrasi Keuangan Perangkat"), (437.2, 549.3, "Persentase Pelayanan Administrasi"), (571.0, 588.9, "100%"), (646.4, 707.1, "10.062.890.012,00"), (723.2, 773.1, "Kecamatan dan")),
        (153.8, 161.7, (303.3, 326.7, "Daerah"), (437.2, 550.2, "Keuangan Perangkat Daerah sesuai"), (723.2, 755.9, "Kelurahan")),
        (163.5, 171.5, (437.2, 464.9, "Standart")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines, carry)
    assert [str(k) for k in range(1, 9)] in table.rows
    assert table.rows[-1][3:7] == ["Administrasi Keuangan Perangkat Daerah",
                                   "Persentase Pelayanan Administrasi Keuangan Perangkat Daerah sesuai Standart",
                                   "100%", "10.062.890.012,00"]  # fmt: skip
