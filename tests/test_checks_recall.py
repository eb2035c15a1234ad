"""Issue 16's recall rules, each proven on a report written here (other wording, other
layout than the sample that prompted it), with a case that must not be flagged. Expected
values are worked out by hand from the text below."""

from __future__ import annotations

from pathlib import Path

import duckdb

from checks.run import run_checks
from ingest.pipeline import ingest_file
from ingest.store import connect

COVER = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) Kecamatan Sukamaju Kabupaten Kediri Tahun 2023\n\n"


def _findings(tmp_path: Path, text: str, check: str) -> list[tuple]:
    path = tmp_path / "laporan.txt"
    path.write_text(COVER + text, encoding="utf-8")
    db = tmp_path / "v.duckdb"
    with connect(str(db)) as con:
        ingest_file(con, path)
        run_checks(con)
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            """SELECT line, reported, recomputed, other_line, message FROM findings WHERE "check" = ?
               ORDER BY line""",
            [check],
        ).fetchall()


# --- a serapan outside the range of its lines' serapan ------------------------------------------

_RANGE = """Tabel 3.5
Realisasi Anggaran per Kegiatan Tahun 2023

Uraian Program / Kegiatan\tRealisasi Anggaran (Rp)\tSerapan (%)
Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.500.000.000\t97,10
Kegiatan Administrasi Keuangan Perangkat Daerah\t1.200.000.000\t{keuangan}
Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN\t1.100.000.000\t97,25
Sub Kegiatan Penyusunan Laporan Keuangan\t{laporan}\t99,00
Kegiatan Administrasi Umum Perangkat Daerah\t300.000.000\t96,40
Sub Kegiatan Penyediaan Bahan Logistik Kantor\t200.000.000\t95,00
Sub Kegiatan Penyediaan Peralatan Kantor\t100.000.000\t99,20
"""


def test_a_serapan_outside_its_lines_range_is_found(tmp_path):
    # line 8 (after the cover and caption): 1.100.000.000 + 100.000.000 = 1.200.000.000, its lines absorbed
    # 97,25% and 99%, so together between 97,24 and 99,01 whatever their pagu: 71,50 cannot be.
    # The program (line 7) is not judged: one of its kegiatan prints a wrong serapan.
    found = _findings(tmp_path, _RANGE.format(keuangan="71,50", laporan="100.000.000"), "serapan_mismatch")
    assert [(f[0], f[1]) for f in found] == [(8, 71.5)]
    assert "antara 97,24% dan 99,01%" in found[0][4]


def test_a_serapan_inside_the_range_or_of_other_lines_is_not_judged(tmp_path):
    inside = _findings(tmp_path, _RANGE.format(keuangan="97,40", laporan="100.000.000"), "serapan_mismatch")
    assert inside == []  # 97,40 lies between 97,25 and 99 (and the program's 97,10 between 96,40 and 97,40)
    # the kegiatan's realisasi is not its lines' sum: they are not all of it (total_mismatch says so)
    partial = _findings(tmp_path, _RANGE.format(keuangan="71,50", laporan="90.000.000"), "serapan_mismatch")
    assert partial == []
