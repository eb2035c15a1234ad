"""Lines of a page from its text runs: runs on one baseline are taken together before lines
are formed, so a line is judged by all its words, not by the first few in order of height.

Measured on 002 (Plandaan) printed by Chromium without rules, landscape, in the matrix's
standard type (`tests/renderings.py`), Tabel 3.7 page 42: the sasaran merged over the
indicators ends with "Plandaan" 2.3 pt above the IPP row. Taken first (its box is higher),
it drew "IPP Kecamatan Plandaan" into its line - labels 0.23 of a line apart are one line -
and the row's figures, held to figures' closer 0.15, made a line of their own. The table
lost IKM and IPP (read as one indicator), and a conflicting_values finding turned round.
Expected rows: the sample's text export (Tabel 3.7, lines 1070-1071)."""

from __future__ import annotations

import pytest

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import lines_from_runs


def test_a_merged_names_last_line_just_above_a_row_leaves_the_rows_words_with_its_figures():
    runs = [  # (x0, x1, top, bottom, text, baseline), page 42
        (138.1, 214.1, 72.1, 82.1, "Sasaran Strategis", 80.2), (323.4, 394.4, 72.1, 82.1, "Indikator Kinerja", 80.2),
        (456.7, 578.8, 72.1, 82.1, "Target Akhir RPJMD/Renstra", 80.2), (591.5, 630.5, 72.1, 82.1, "Realisasi", 80.2),
        (643.4, 720.7, 72.1, 82.1, "Tingkat Kemajuan", 80.2),
        (90.1, 128.2, 84.1, 94.1, "Plandaan", 92.2),
        (272.9, 287.4, 86.4, 96.4, "IPP", 94.5), (289.8, 335.3, 86.4, 96.4, "Kecamatan", 94.5),
        (337.8, 375.8, 86.4, 96.4, "Plandaan", 94.5), (455.7, 473.2, 86.4, 96.4, "3,35", 94.5),
        (590.5, 608.1, 86.4, 96.4, "3,49", 94.5), (642.4, 677.9, 86.4, 96.4, "104,18%", 94.5),
        (272.9, 403.0, 100.6, 110.6, "Persentase laporan pelanggaran", 108.7), (455.7, 479.0, 100.6, 110.6, "100%", 108.7),
        (590.5, 614.0, 100.6, 110.6, "100%", 108.7), (642.4, 665.0, 100.6, 110.6, "100%", 108.7),
    ]  # fmt: skip
    lines = lines_from_runs(runs)
    assert [line.text for line in lines][1:3] == ["Plandaan", "IPP Kecamatan Plandaan 3,35 3,49 104,18%"]
    (table,), _ = borderless_tables(lines)
    assert ["IPP Kecamatan Plandaan", "3,35", "3,49", "104,18%"] in [row[1:] for row in table.rows]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
@pytest.mark.parametrize("lift", [0.17, 0.21, 0.24])
def test_generated_a_line_just_above_a_row_of_words_and_figures_stands_alone(size, lift):
    """Another merged name's last line `lift` (of the type's height) above a row: more than
    figures' 0.15, less than labels' 0.25."""

    def run(x: float, text: str, baseline: float) -> tuple:
        return (x, x + 0.5 * size * len(text), baseline - 0.8 * size, baseline + 0.2 * size, text, baseline)

    base = 200.0
    runs = [
        run(60, "Desa Mandiri", base - lift * size),
        run(200, "Persentase desa", base),
        run(320, "98,5", base),
        run(380, "100%", base),
    ]
    assert [line.text for line in lines_from_runs(runs)] == ["Desa Mandiri", "Persentase desa 98,5 100%"]


@pytest.mark.parametrize("size", [8.0, 12.0])
def test_words_on_one_baseline_are_one_line_with_a_label_a_little_off(size):
    # must-not: a sub-label 0.17 of a line below the others of its header row is on their
    # line, whichever of its runs come first
    def run(x: float, text: str, baseline: float) -> tuple:
        return (x, x + 0.5 * size * len(text), baseline - 0.8 * size, baseline + 0.2 * size, text, baseline)

    runs = [run(60, "kegiatan", 100.0), run(200, "(sesuai SPD)", 100.0), run(320, "K", 100.0 + 0.17 * size)]
    assert [line.text for line in lines_from_runs(runs)] == ["kegiatan (sesuai SPD) K"]
