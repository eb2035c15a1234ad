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
