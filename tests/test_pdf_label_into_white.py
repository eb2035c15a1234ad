"""A group label set left over several columns (Word's way) runs into the white between two
of its sub-columns; the cells ending there end a little apart. The boundary is where the
last of them ends, and it stands.

Measured on 002 (Plandaan) printed by LibreOffice with a header rule, portrait, in URW
Bookman 10 (`tests/renderings.py`, held out), page 131 (the individual performance
agreement's annex): "KETERKAITAN DENGAN KOMPONEN PERENCANAAN" ends at 554.4, in the 8 pt
of white between ANGGARAN (Rp) and REALISASI (Rp); "2,134,044,723.00" ends 2 pt after
"ANGGARAN (Rp)". The strip was measured from the header's end, the amount counted as a
line running over it, and the boundary dropped: both amounts one cell, read as
2.13e+21 (three `unreadable` findings on that annex's pages)."""

from __future__ import annotations

import pytest

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _measured


def test_a_label_running_into_the_white_after_a_longer_amount_leaves_the_boundary():
    lines = _measured(
        (122.3, 128.4, (85.2, 94.4, "NO"), (101.9, 131.0, "KINERJA"), (185.6, 253.3, "INDIKATOR KINERJA"), (269.1, 295.5, "TARGET"), (302.9, 337.1, "REALISASI"), (352.2, 380.3, "CAPAIAN"), (389.5, 554.4, "KETERKAITAN DENGAN KOMPONEN PERENCANAAN"), (616.5, 658.2, "PENJELASAN"), (666.1, 732.2, "ALTERNATIF/UPAYA"), (752.0, 801.7, "BUKTI DUKUNG")),
        (129.4, 135.6, (185.6, 215.3, "INDIVIDU"), (302.9, 346.7, "s.d TRIBUNAL"), (352.2, 361.6, "(%)"), (666.2, 707.5, "YANG TELAH")),
        (136.9, 142.8, (302.9, 309.7, "IV"), (666.3, 704.3, "DILAKUKAN")),
        (156.0, 162.2, (389.5, 398.7, "NO"), (406.2, 425.2, "NAMA"), (496.5, 546.9, "ANGGARAN (Rp)"), (556.6, 605.2, "REALISASI (Rp)"), (835.7, 841.3, "%")),
        (163.3, 169.4, (406.2, 481.7, "PROGRAM/KEGIATAN /"), (835.7, 869.9, "REALISASI")),
        (170.6, 176.6, (406.2, 454.4, "SUB KEGIATAN")),
        (182.6, 188.7, (85.2, 88.9, "1"), (101.9, 162.8, "Pengimplementasian"), (185.6, 242.1, "Nilai Evaluasi AKIP"), (269.1, 285.8, "71.00"), (302.9, 319.6, "70.17"), (352.2, 374.4, "98.83%"), (389.5, 393.2, "1"), (406.2, 488.0, "Program penunjang Urusan"), (496.7, 548.9, "2,134,044,723.00"), (556.6, 608.8, "2,002,041,515.00"), (616.5, 638.7, "93.81%"), (666.1, 728.2, "Tingkat keberhasilan"), (751.8, 817.3, "Telah dilakukan rapat")),
        (189.8, 195.9, (101.9, 173.9, "SAKIP yang membudaya"), (185.6, 247.9, "Kecamatan Plandaan"), (406.2, 469.6, "Pemerintahan daerah"), (666.3, 726.2, "dapat dinilai kurang"), (752.0, 821.0, "internal dan koordinasi")),
        (197.0, 203.1, (101.9, 171.7, "di Kecamatan Plandaan"), (406.2, 454.2, "kabupaten/kota"), (666.3, 732.8, "berhasil namun masih"), (752.0, 798.1, "dengan seluruh")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    (row,) = [row for row in table.rows if "1" in row[:1]]
    assert "2,134,044,723.00" in row
    assert "2,002,041,515.00" in row
    assert [c for c in table.rows[1] if c.startswith(("ANGGARAN", "REALISASI"))] == ["ANGGARAN (Rp)", "REALISASI (Rp)"]


def _annex(size: float, spill: float) -> list[Line]:
    """Another table: a group label set left over NO | NAMA | PAGU | REALISASI, running
    `spill` pt into the white before REALISASI; the pagu ending 2 pt after its label, a
    long explanation wrapped beside (lines enough that a line or two may run over a strip,
    few with cells on both sides of it)."""
    char, pitch = 0.55 * size, 1.2 * size
    x = [80.0, 80.0 + 3 * size, 80.0 + 16 * size, 80.0 + 27 * size, 80.0 + 38 * size]  # NO NAMA PAGU REAL. KET.
    gap = 8.0  # white between the pagu's longest figure and REALISASI

    def run(left: float, text: str) -> tuple[float, float, str]:
        return (left, left + char * len(text), text)

    pagu_end = x[3] - gap
    group = "RENCANA DAN REALISASI ANGGARAN TAHUN INI"
    label = (x[0], pagu_end + spill, group)
    return [
        Line([label, run(x[4], "KETERANGAN")], 100.0, 100.0 + size),
        Line([run(x[0], "NO"), run(x[1], "NAMA"), (pagu_end - 2.0 - char * 4, pagu_end - 2.0, "PAGU"), run(x[3], "REALISASI")], 100.0 + 2 * pitch, 100.0 + 2 * pitch + size),
        Line([run(x[0], "1"), run(x[1], "Program Penunjang"), (pagu_end - char * 16, pagu_end, "2,134,044,723.00"), run(x[3], "2,002,041,515.00"), run(x[4], "Tercapai")], 100.0 + 4 * pitch, 100.0 + 4 * pitch + size),
        Line([run(x[1], "Urusan Daerah"), run(x[4], "sebagian")], 100.0 + 5 * pitch, 100.0 + 5 * pitch + size),
        *(Line([run(x[1], "dan Pembangunan"), run(x[4], words)], 100.0 + (5 + k) * pitch, 100.0 + (5 + k) * pitch + size)
          for k, words in enumerate(["karena belum", "mencapai target", "yang ditetapkan", "dalam rencana", "kerja tahun ini"], start=1)),
    ]  # fmt: skip


@pytest.mark.parametrize("size", [7.0, 9.0])
@pytest.mark.parametrize("spill", [5.5, 7.0])  # leaving under a gutter of white after it
def test_generated_label_running_into_the_white_leaves_the_amounts_apart(size, spill):
    (table,), _ = borderless_tables(_annex(size, spill))
    row = next(row for row in table.rows if row[:1] == ["1"])
    assert "2,134,044,723.00" in row and "2,002,041,515.00" in row


def test_labels_running_across_the_white_leave_the_strip_as_measured():
    # must-not: Chromium without rules, 000's Tabel 3.5 in DejaVu Sans 10, portrait (page 27,
    # measured): between Sukorejo's 2023 and 2024 columns the figures end at 374-376 and the
    # sub-label "Target" starts at 380, while "Tahun" and "2023" run across that white. No
    # label ends inside it: the strip is not moved after the figures (a first version set a
    # boundary there, and Sukorejo's targets were read as its realisations)
    lines = _measured(
        (103.0, 111.1, (663.5, 764.9, "Kecamatan Sukorejo Kab.")),
        (106.8, 114.9, (234.6, 337.4, "Kecamatan Kapanjenkidul"), (389.2, 470.3, "Kecamatan Sukorejo"), (525.3, 620.4, "Kecamatan Sananwetan")),
        (111.3, 119.4, (695.7, 732.6, "Pasuruan")),
        (118.8, 126.9, (103.8, 134.8, "Tujuan /"), (166.3, 202.3, "Indikator")),
        (123.3, 131.4, (237.7, 262.8, "Target"), (304.0, 339.1, "Realisasi"), (379.7, 404.9, "Target"), (447.2, 482.3, "Realisasi"), (524.7, 549.8, "Target"), (590.4, 625.5, "Realisasi"), (665.4, 690.5, "Target"), (731.1, 766.2, "Realisasi")),
        (127.0, 135.1, (103.4, 135.2, "Sasaran"), (170.2, 198.4, "Kinerja")),
        (135.3, 143.4, (220.7, 244.3, "Tahun"), (256.3, 279.8, "Tahun"), (291.6, 315.1, "Tahun"), (327.3, 350.8, "Tahun"), (363.0, 386.5, "Tahun"), (398.1, 421.6, "Tahun"), (434.3, 457.8, "Tahun"), (471.7, 495.3, "Tahun"), (508.0, 531.5, "Tahun"), (543.0, 566.6, "Tahun"), (578.6, 602.2, "Tahun"), (614.2, 637.7, "Tahun"), (648.4, 671.9, "Tahun"), (682.8, 706.3, "Tahun"), (718.1, 741.6, "Tahun"), (754.4, 777.9, "Tahun")),
        (142.8, 150.9, (222.8, 242.2, "2023"), (258.3, 277.8, "2024"), (293.6, 313.1, "2023"), (329.3, 348.8, "2024"), (365.0, 384.5, "2023"), (400.1, 419.6, "2024"), (436.3, 455.8, "2023"), (473.8, 493.2, "2024"), (510.0, 529.5, "2023"), (545.1, 564.5, "2024"), (580.7, 600.1, "2023"), (616.2, 635.7, "2024"), (650.4, 669.9, "2023"), (684.8, 704.3, "2024"), (720.1, 739.6, "2023"), (756.4, 775.9, "2024")),
        (154.8, 162.9, (116.9, 121.7, "1"), (181.9, 186.7, "2"), (230.1, 234.9, "3"), (265.6, 270.5, "4"), (300.9, 305.8, "5"), (336.6, 341.5, "6"), (372.3, 377.2, "7"), (407.4, 412.3, "8"), (443.6, 448.5, "9"), (478.6, 488.4, "10"), (514.9, 524.6, "11"), (549.9, 559.7, "12"), (585.5, 595.3, "13"), (621.1, 630.8, "14"), (655.3, 665.0, "15"), (689.7, 699.4, "16"), (725.0, 734.7, "17"), (761.3, 771.0, "18")),
        (167.5, 175.6, (87.5, 136.9, "Meningkatnya"), (156.7, 179.6, "Indeks"), (217.5, 242.1, "Sangat"), (253.1, 277.7, "Sangat"), (288.6, 303.7, "Baik"), (323.7, 348.3, "Sangat"), (360.1, 375.1, "Baik"), (395.1, 410.2, "Baik"), (430.2, 454.8, "Sangat"), (467.6, 492.2, "Sangat"), (505.0, 520.1, "Baik"), (540.1, 555.2, "Baik"), (575.1, 590.2, "Baik"), (611.2, 626.3, "Baik"), (646.3, 648.8, "-"), (679.6, 704.2, "Sangat"), (715.1, 730.2, "Baik"), (750.2, 774.8, "Sangat")),
        (175.0, 183.1, (87.5, 114.7, "kualitas"), (156.7, 190.8, "Kepuasan"), (217.5, 232.6, "Baik"), (253.1, 268.2, "Baik"), (288.6, 314.1, "(84,22)"), (323.7, 338.8, "Baik"), (360.1, 374.4, "(89)"), (395.1, 420.6, "(89,10)"), (430.2, 445.2, "Baik"), (467.6, 482.7, "Baik"), (505.0, 519.4, "(86)"), (540.1, 554.4, "(88)"), (575.1, 600.6, "(87,98)"), (611.2, 636.7, "(88,14)"), (679.6, 694.7, "Baik"), (715.1, 740.6, "(87,99)"), (750.2, 765.3, "Baik")),
        (183.3, 191.4, (87.5, 147.6, "pelayanan publik"), (156.7, 197.2, "Masyarakat"), (217.5, 231.9, "(91)"), (253.1, 267.4, "(91)"), (323.7, 338.0, "(91)"), (430.2, 455.6, "(90,26)"), (467.6, 493.1, "(90,61)"), (679.6, 693.9, "(90)"), (750.2, 775.7, "(95,40)")),
        (191.5, 199.6, (156.7, 174.8, "(IKM)")),
        (199.0, 207.1, (156.7, 195.9, "Kecamatan")),
        (211.0, 219.1, (87.5, 136.9, "Meningkatnya"), (156.7, 195.2, "Presentase"), (217.5, 237.5, "100%"), (253.1, 273.1, "100%"), (288.6, 308.6, "100%"), (323.7, 343.7, "100%"), (360.1, 375.6, "97%"), (395.1, 415.1, "100%"), (430.2, 450.2, "100%"), (467.6, 487.6, "100%"), (505.0, 520.6, "97%"), (540.1, 560.1, "100%"), (575.1, 601.8, "98,63%"), (611.2, 631.2, "100%"), (646.3, 648.8, "-"), (679.6, 682.1, "-"), (715.1, 717.7, "-"), (750.2, 752.7, "-")),
        (219.2, 227.4, (87.5, 114.7, "kualitas"), (156.7, 193.2, "pelayanan")),
        (227.5, 235.6, (87.5, 124.1, "pelayanan"), (156.7, 198.5, "yang sesuai")),
        (235.7, 243.9, (87.5, 126.3, "kecamatan"), (156.7, 186.1, "standart")),
        (243.2, 251.4, (156.7, 193.2, "pelayanan")),
        (255.2, 263.4, (87.5, 136.9, "Meningkatnya"), (156.7, 195.2, "Presentase"), (217.5, 233.1, "75%"), (253.1, 273.1, "100%"), (288.6, 308.6, "100%"), (323.7, 343.7, "100%"), (360.1, 375.6, "75%"), (395.1, 415.1, "100%"), (430.2, 450.2, "100%"), (467.6, 487.6, "100%"), (505.0, 520.6, "75%"), (540.1, 560.1, "100%"), (575.1, 595.1, "100%"), (611.2, 631.2, "100%"), (646.3, 648.8, "-"), (679.6, 682.1, "-"), (715.1, 717.7, "-"), (750.2, 752.7, "-")),
        (263.5, 271.6, (87.5, 114.7, "kualitas"), (156.7, 191.5, "kelurahan")),
        (271.7, 279.9, (87.5, 138.3, "pembangunan"), (156.7, 185.3, "berdaya")),
        (279.2, 287.4, (87.5, 114.3, "wilayah")),
        (292.0, 300.1, (87.5, 136.9, "Meningkatnya"), (156.7, 194.5, "Nilai SAKIP"), (217.5, 245.6, "A (85,5)"), (253.1, 281.1, "A (85,5)"), (288.6, 293.4, "A"), (323.7, 328.5, "A"), (360.1, 364.8, "A"), (395.1, 399.9, "A"), (430.2, 434.9, "A"), (467.6, 472.4, "A"), (505.0, 509.8, "A"), (540.1, 544.9, "A"), (575.1, 579.9, "A"), (611.2, 616.0, "A"), (646.3, 648.8, "-"), (679.6, 701.0, "B (80)"), (715.1, 724.7, "BB"), (750.2, 755.0, "B")),
        (299.5, 307.6, (87.5, 124.4, "tata kelola"), (156.7, 192.4, "perangkat"), (288.6, 314.1, "(85,09)"), (323.7, 349.2, "(85,31)"), (360.1, 385.5, "(84,76)"), (395.1, 420.6, "(84,80)"), (430.2, 455.6, "(85,16)"), (467.6, 493.1, "(85,37)"), (505.0, 530.5, "(86,88)"), (540.1, 565.6, "(87,89)"), (575.1, 600.6, "(85,13)"), (611.2, 636.7, "(85,04)"), (715.1, 740.6, "(79,05)"), (750.2, 775.7, "(80,05)")),
        (307.7, 315.9, (87.5, 150.1, "perangkat daerah"), (156.7, 181.3, "daerah")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[1][6:10] == ["Target", "", "Realisasi", ""]
    sakip = next(row for row in table.rows if row[1].startswith("Nilai SAKIP"))
    assert sakip[6:10] == ["A (84,76)", "A (84,80)", "A (85,16)", "A (85,37)"]
