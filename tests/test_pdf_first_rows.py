"""The white before a table's first rows is measured against the body's lines, not the
header's: Word's header rows and its column-number row set taller boxes (14 pt for 10 pt
lines), and with them the white between the rest of a row cut by the page break and the
next row (5.9 pt) looked like a wrapped line's (1.5 pt).

Measured on 001 (Sumobito) printed by LibreOffice without rules, portrait, in URW Bookman
10 (`tests/renderings.py`, held out), Tabel 4.1 page 40: "keuangan yang tersusun" /
"sesuai aturan" (the rest of page 39's "2. Persentase laporan") went into the next row,
"Sub Kegiatan : 1. Penyediaan Gaji ...": eight indicators of the table each took the last
words of the one above (the text export's Tabel 4.1, lines 766-799, names them whole)."""

from __future__ import annotations

import pytest

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _measured


def test_a_cut_rows_rest_under_the_column_numbers_is_a_row_of_its_own():
    lines = _measured(
        (119.4, 133.4, (85.2, 181.0, "Program/Kegiatan"), (239.4, 376.4, "Indikator Kinerja Program"), (388.2, 434.4, "Realisasi"), (460.3, 514.7, "% Capaian"), (531.3, 577.5, "Realisasi"), (623.3, 677.7, "% Capaian"), (701.2, 767.8, "Menunjang /")),
        (131.4, 145.4, (239.4, 363.0, "(outcome) dan Kegiatan"), (388.2, 426.3, "Kinerja"), (460.3, 498.4, "Kinerja"), (531.0, 579.9, "Anggaran"), (623.0, 671.9, "Anggaran"), (701.2, 738.8, "Kurang")),
        (143.4, 157.4, (239.4, 280.8, "(output)")),
        (159.4, 173.4, (85.2, 91.8, "1"), (239.4, 246.0, "2"), (388.2, 394.8, "3"), (460.3, 466.9, "4"), (531.3, 537.9, "5"), (623.3, 629.9, "6"), (701.2, 707.8, "7")),
        (179.0, 189.1, (239.4, 361.4, "keuangan yang tersusun"), (701.2, 756.6, "menunjang")),
        (191.5, 201.1, (239.4, 307.0, "sesuai aturan")),
        (207.0, 217.1, (85.2, 169.8, "Sub Kegiatan : 1."), (239.2, 336.8, "Jumlah Orang yang"), (388.2, 431.6, "14 orang"), (460.3, 478.9, "100"), (531.3, 602.9, "1.932.654.346"), (623.3, 635.7, "98"), (701.2, 735.3, "Sangat")),
        (219.0, 229.1, (85.2, 186.0, "Penyediaan Gaji dan"), (239.4, 333.0, "Menerima Gaji dan"), (701.2, 756.6, "menunjang")),
        (231.3, 241.1, (84.8, 162.0, "Tunjangan ASN"), (239.0, 316.2, "Tunjangan ASN")),
        (247.0, 257.1, (85.2, 160.0, "2. Pelaksanaan"), (239.2, 328.0, "Jumlah Dokumen"), (388.2, 400.6, "12"), (460.3, 478.9, "100"), (531.3, 587.3, "75.678.000"), (623.3, 641.9, "100"), (701.2, 735.3, "Sangat")),
        (259.0, 269.1, (85.2, 183.0, "penatausahaan dan"), (239.4, 337.2, "Penatausahaan dan"), (388.2, 436.0, "Dokumen"), (701.2, 756.6, "menunjang")),
        (270.9, 281.1, (85.2, 187.2, "pengujian /verifikasi"), (239.4, 340.0, "Pengujian/Verifikasi")),
        (283.0, 293.1, (85.2, 164.8, "keuangan SKPD"), (239.4, 320.0, "Keuangan SKPD")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[1] == ["1", "2", "3", "4", "5", "6", "7"]
    assert table.rows[2] == ["", "keuangan yang tersusun sesuai aturan", "", "", "", "", "menunjang"]
    assert table.rows[3][:3] == ["Sub Kegiatan : 1. Penyediaan Gaji dan Tunjangan ASN",
                                 "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "14 orang"]  # fmt: skip


def _page(size: float, header_box: float) -> list[Line]:
    """Another table: header lines and a column-number row in boxes `header_box` times the
    body's, a cut row's rest (words, two lines) under them, rows of figures after."""
    char, pitch, box = 0.55 * size, 1.2 * size, size
    xs = [80.0, 80.0 + 16 * size, 80.0 + 30 * size, 80.0 + 38 * size]

    def line(top: float, height: float, *cells: str) -> Line:
        return Line([(x, x + char * len(c), c) for x, c in zip(xs, cells, strict=False) if c], top, top + height)

    tall = header_box * box
    top, lines = 100.0, []
    for cells in (["Program", "Indikator", "Realisasi", "Anggaran"], ["1", "2", "3", "4"]):
        lines.append(line(top, tall, *cells))
        top += tall
    top += 0.5 * size
    lines += [line(top, box, "", "pelaksanaan rapat"), line(top + pitch, box, "", "koordinasi")]
    top += pitch + box + 0.6 * size  # a row's white under the rest: more than a wrapped line's
    for name, figure in (("Kegiatan Pelayanan", "12 laporan"), ("Kegiatan Umum", "4 dokumen")):
        lines += [
            line(top, box, name, "Jumlah laporan", figure, "1.250.000"),
            line(top + pitch, box, "Kecamatan", "yang disusun"),
        ]
        top += 2 * pitch + 0.6 * size
    return lines  # fmt: skip


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
@pytest.mark.parametrize("header_box", [1.3, 1.4])
def test_generated_rest_under_taller_header_boxes_is_a_row_of_its_own(size, header_box):
    (table,), _ = borderless_tables(_page(size, header_box))
    assert table.rows[2] == ["", "pelaksanaan rapat koordinasi", "", ""]
    assert table.rows[3] == ["Kegiatan Pelayanan Kecamatan", "Jumlah laporan yang disusun", "12 laporan", "1.250.000"]
