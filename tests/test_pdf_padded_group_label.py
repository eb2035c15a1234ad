"""A group label on a line of its own, set apart from the header's first line by its cell's
padding (more than a third of a line), is still the header's: it is centred over the
sub-labels under it.

Measured on 004 (Bluto) printed by Chromium without rules, landscape, in URW Bookman 10
(`tests/renderings.py`, held out), Tabel 2.5 page 12: "TARGET" 3.6 pt over "SEBELUM" |
"SETELAH" (0.36 of its line). It went into the table's title ("... Tahun 2023 TARGET"),
the header lost its group, and the target set after the change (100%) was lost."""

from __future__ import annotations

import pytest

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _measured


def test_a_group_label_a_paddings_height_over_its_sub_labels_heads_them():
    lines = _measured(
        (260.4, 270.2, (166.0, 704.0, "Perjanjian Kinerja Kecamatan Bluto Kabupaten Sumenep Sebelum dan Sesudah Perubahan Tahun 2023")),
        (279.1, 289.0, (634.0, 678.0, "TARGET")),
        (292.6, 304.7, (91.0, 106.0, "NO"), (119.0, 283.0, "TUJUAN/SASARAN STRATEGIS"), (319.0, 432.0, "INDIKATOR KINERJA"), (474.0, 516.0, "SATUAN"), (566.0, 618.0, "SEBELUM"), (696.0, 746.0, "SETELAH")),
        (306.1, 316.0, (559.0, 625.0, "PERUBAHAN"), (688.0, 754.0, "PERUBAHAN")),
        (321.9, 331.7, (95.0, 102.0, "1"), (198.0, 204.0, "2"), (372.0, 379.0, "3"), (491.0, 498.0, "4"), (589.0, 595.0, "5"), (718.0, 724.0, "6")),
        (336.9, 346.7, (90.0, 100.0, "1."), (118.0, 262.0, "Meningkatnya Mutu Layanan"), (295.0, 398.0, "Nilai IKM Kecamatan"), (467.0, 520.0, "Persentase"), (533.0, 545.0, "83"), (662.0, 666.0, "-")),
        (348.9, 358.7, (118.0, 150.0, "Publik")),
        (390.9, 400.7, (90.0, 100.0, "3."), (118.0, 270.0, "Meningkatnya Capaian Kinerja"), (295.0, 430.0, "Persentase Capaian Kinerja"), (467.0, 520.0, "Persentase"), (533.0, 561.0, "100%"), (662.0, 690.0, "100%")),
        (402.9, 412.7, (118.0, 206.0, "Perangkat Daerah"), (295.0, 383.0, "Perangkat Daerah")),
    )  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert "TARGET" in table.rows[0]
    assert [line.text for line in prose] == [lines[0].text]
    assert [c for c in table.rows[1] if c] == ["SEBELUM PERUBAHAN", "SETELAH PERUBAHAN"]


def _table(size: float, padding: float, label: tuple[str, str, str]) -> list[Line]:
    """A header as a browser pads it: a group label centred over two sub-labels, `padding`
    of a line's height over them."""
    char = 0.55 * size
    xs = [80.0, 80.0 + 20 * size, 80.0 + 34 * size, 80.0 + 44 * size]

    def run(x: float, text: str) -> tuple[float, float, str]:
        return (x, x + char * len(text), text)

    group, first, second = label
    middle = (xs[2] + xs[3] + char * len(second)) / 2
    top = 100.0 + size + padding * size
    return [
        Line([(middle - char * len(group) / 2, middle + char * len(group) / 2, group)], 100.0, 100.0 + size),
        Line([run(xs[0], "Sasaran"), run(xs[1], "Indikator"), run(xs[2], first), run(xs[3], second)], top, top + size),
        Line([run(xs[0], "Meningkatnya layanan"), run(xs[1], "Nilai IKM"), run(xs[2], "83"), run(xs[3], "85")], top + 2 * size, top + 3 * size),
        Line([run(xs[0], "Meningkatnya kinerja"), run(xs[1], "Nilai SAKIP"), run(xs[2], "70"), run(xs[3], "72")], top + 3.5 * size, top + 4.5 * size),
    ]  # fmt: skip


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
@pytest.mark.parametrize("padding", [0.35, 0.5])
@pytest.mark.parametrize("label", [("TARGET", "Semula", "Menjadi"), ("Realisasi", "2023", "2024")])
def test_generated_padded_group_labels_head_their_sub_labels(size, padding, label):
    (table,), prose = borderless_tables(_table(size, padding, label))
    assert table.rows[0][2] == label[0]
    assert prose == []


def test_a_short_line_over_a_table_not_centred_over_its_columns_stays_prose():
    # must-not: a line of header words half a line over the header, set at its left edge
    # (a sub-title), is no group label
    lines = _table(10.0, 0.5, ("TARGET", "Semula", "Menjadi"))
    lines[0] = Line([(80.0, 80.0 + 5.5 * 14, "Target Kinerja")], 100.0, 110.0)
    tables, prose = borderless_tables(lines)
    assert [line.text for line in prose] == ["Target Kinerja"]


def test_a_title_centred_over_the_whole_table_stays_its_title():
    # must-not: Chromium without rules, 004's Tabel 3.8 in DejaVu Sans 10, portrait (page 24,
    # measured): the caption and title are centred over the page and so over all the header's
    # runs, 6.4 pt (0.55 of a line) above it. A first version took both for group labels: the
    # table lost its caption and seven budget lines.
    lines = _measured(
        (273.5, 285.1, (286.0, 337.0, "Tabel 3.8")),
        (287.0, 298.6, (195.0, 428.0, "Capaian Anggaran Program dan Kegiatan")),
        (305.0, 316.6, (91.0, 106.0, "No"), (148.0, 250.0, "Program/Kegiatan"), (291.0, 373.0, "Anggaran (Rp)"), (385.0, 463.0, "Realisasi (Rp)"), (474.0, 533.0, "% Capaian")),
        (320.7, 332.3, (90.0, 100.0, "1."), (118.0, 254.0, "Program penunjang urusan"), (291.0, 364.0, "2.637.727.846"), (384.0, 457.0, "2.370.822.038"), (474.0, 503.0, "89,88")),
        (332.0, 343.6, (118.0, 227.0, "pemerintahan daerah")),
        (344.0, 355.6, (118.0, 196.0, "kabupaten/kota")),
        (359.0, 370.6, (90.0, 100.0, "2."), (118.0, 251.0, "Program penyelenggaraan"), (291.0, 342.0, "6.505.600"), (384.0, 435.0, "6.505.600"), (474.0, 503.0, "99,99")),
        (371.0, 382.6, (118.0, 266.0, "pemerintahan dan pelayanan")),
        (382.2, 393.8, (118.0, 148.0, "public")),
    )  # fmt: skip
    (table,), prose = borderless_tables(lines)
    assert [line.text for line in prose] == ["Tabel 3.8", "Capaian Anggaran Program dan Kegiatan"]
    assert table.rows[0] == ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Capaian"]
