"""Layouts real reports use that the four samples do not: one behaviour per test, each on a
small report written here in the layout described (values chosen for the test, so every
expected figure below is read from the text in this file, not from the program).

The shapes come from a real report of another kabupaten: a caption line starting with
punctuation, a title line between caption and header, a column-number row with formulas,
a row broken over two lines, units in the cells, a Renstra matrix with both a tujuan and a
sasaran indicator; and from what page breaks leave in text exports.
"""

from __future__ import annotations

import duckdb

from checks.run import run_checks
from ingest.interpret import interpret
from ingest.pipeline import ingest_file
from ingest.read.text import read_text
from ingest.store import connect

HEAD = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nKECAMATAN GEDANGAN KABUPATEN SIDOARJO TAHUN 2024\n\n"

MEASUREMENT = (
    ". Tabel 3.2\n"
    "Pengukuran Kinerja Kecamatan Gedangan Tahun 2024\n"
    "No\tSasaran Strategis\tIndikator Kinerja\tTarget 2024\tRealisasi 2024\t"
    "Tingkat Capaian Kinerja (% realisasi)\tTarget Akhir Renstra (2026)\t"
    "Tingkat capaian terhadap target akhir renstra\n"
    "1\t2\t3\t4\t5\t6 (5/4 *100%)\t7\t8 (5/7 *100%)\n"
    "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t85\t87,5\t102,94\t88\t99,43\n"
    "2\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP Kecamatan\t70\t72,1\t103\t75\t96,13\n"
    "3\tMeningkatnya kualitas perencanaan\tJumlah dokumen perencanaan yang\t4 Dokumen\t4 Dokumen\t100\t4 Dokumen\t100\n"
    "\n"
    "\tdan pelaporan kinerja\tdisusun tepat waktu\t\t\t\t\t\n"
    "4\tMeningkatnya pemberdayaan masyarakat\tPersentase kelurahan berdaya\t100 %\t95 %\t95\t100 %\t95\n"
    "\nBerdasarkan tabel di atas, capaian kinerja baik.\n\n"
)

RENSTRA = (
    "Tabel 2.1\n"
    "Tujuan, Sasaran dan Target Kinerja Renstra 2021-2026\n"
    "No\tTujuan\tIndikator Tujuan\tSasaran\tIndikator Sasaran\tSatuan\tTarget Kinerja\t\t\t\t\t\n"
    "\t\t\t\t\t\t2021\t2022\t2023\t2024\t2025\t2026\n"
    "1\tMeningkatnya tata kelola pemerintahan\tNilai SAKIP Kecamatan\tMeningkatnya kualitas pelayanan publik\t"
    "Indeks Kepuasan Masyarakat\tIndeks\t82\t83\t84\t85\t86\t88\n"
    "\t\t\tMeningkatnya kualitas perencanaan\tJumlah Dokumen Penataan Perencanaan\tDokumen\t4\t4\t4\t4\t4\t4\n"
    "\n"
)


def _facts(text: str):
    return interpret(read_text(HEAD + text, "laporan.txt")).indicators


def _ingest(tmp_path, text: str) -> duckdb.DuckDBPyConnection:
    path = tmp_path / "laporan.txt"
    path.write_text(HEAD + text, encoding="utf-8")
    con = connect(str(tmp_path / "db.duckdb"))
    result = ingest_file(con, path)
    assert result.status == "ok", result.message
    run_checks(con)
    return con


def test_the_unseen_measurement_table_gives_every_indicator():
    """Caption '. Tabel 3.2', a title line, header labels naming years, a column-number
    row with formulas, a row broken in two, units in the cells."""
    got = {
        (f.indikator, f.tahun): (f.target.value, f.realisasi.value, f.capaian.value)
        for f in _facts(MEASUREMENT)
        if f.tahun == 2024
    }
    assert got == {
        ("Indeks Kepuasan Masyarakat", 2024): (85, 87.5, 102.94),
        ("Nilai SAKIP Kecamatan", 2024): (70, 72.1, 103),
        ("Jumlah dokumen perencanaan yang disusun tepat waktu", 2024): (4, 4, 100),
        ("Persentase kelurahan berdaya", 2024): (100, 95, 95),
    }
    kinds = {f.indikator: f.indicator_kind for f in _facts(MEASUREMENT)}
    assert kinds["Indeks Kepuasan Masyarakat"] == "IKM" and kinds["Nilai SAKIP Kecamatan"] == "SAKIP"


def test_the_broken_row_keeps_its_sasaran_and_its_unit():
    fact = next(f for f in _facts(MEASUREMENT) if f.indikator.startswith("Jumlah dokumen") and f.tahun == 2024)
    assert fact.sasaran == "Meningkatnya kualitas perencanaan dan pelaporan kinerja"
    assert fact.satuan == "Dokumen"


def test_a_column_naming_its_own_year_gives_a_figure_of_that_year():
    """'Target Akhir Renstra (2026)' is the 2026 target; the progress column is tingkat kemajuan."""
    facts = _facts(MEASUREMENT)
    in_2026 = {f.indikator: f.target.value for f in facts if f.tahun == 2026}
    assert in_2026 == {
        "Indeks Kepuasan Masyarakat": 88,
        "Nilai SAKIP Kecamatan": 75,
        "Jumlah dokumen perencanaan yang disusun tepat waktu": 4,
        "Persentase kelurahan berdaya": 100,
    }
    assert {f.where.column for f in facts if f.tahun == 2026} == {"Target Akhir Renstra (2026)"}
    ikm_2024 = next(f for f in facts if f.indicator_kind == "IKM" and f.tahun == 2024)
    assert (ikm_2024.target_renstra.value, ikm_2024.kemajuan.value) == (88, 99.43)


def test_renstra_targets_belong_to_the_sasaran_indicator_not_the_tujuan_one():
    facts = _facts(RENSTRA)
    by_name = {}
    for f in facts:
        by_name.setdefault(f.indikator, {})[f.tahun] = f.target.value
    assert by_name == {
        "Indeks Kepuasan Masyarakat": {2021: 82, 2022: 83, 2023: 84, 2024: 85, 2025: 86, 2026: 88},
        "Jumlah Dokumen Penataan Perencanaan": {y: 4 for y in range(2021, 2027)},
    }
    assert {f.sasaran for f in facts} == {"Meningkatnya kualitas pelayanan publik", "Meningkatnya kualitas perencanaan"}


def test_the_whole_report_gives_no_false_finding(tmp_path):
    """Every printed capaian and kemajuan above follows from its figures (87,5/85 = 102,94;
    72,1/70 = 103; 87,5/88 = 99,43; 72,1/75 = 96,13), and the two tables agree on the 2024
    and 2026 targets: no finding."""
    con = _ingest(tmp_path, MEASUREMENT + RENSTRA)
    assert con.execute('SELECT "check", message FROM findings').fetchall() == []
    sakip = con.execute(
        "SELECT tahun, target FROM indicator_values WHERE indicator_kind = 'SAKIP' ORDER BY tahun"
    ).fetchall()
    assert sakip == [(2024, 70), (2026, 75)]  # never the Renstra's IKM targets under the tujuan's SAKIP


def test_a_running_head_and_a_page_number_inside_a_table_do_not_cut_it(tmp_path):
    """What a page break leaves: the rows after a page number and a running head of another
    year stay in the table, with its caption and year."""
    rows = [f"{k}\tProgram {k}\t{k}.000.000\t{k}.000.000\t100" for k in range(1, 7)]
    text = (
        "Tabel 3.5\nRealisasi Anggaran Tahun 2024\n"
        "No\tProgram\tPagu Anggaran (Rp)\tRealisasi Anggaran (Rp)\t% Realisasi\n"
        + "\n".join(rows[:3])
        + "\n\n17\n\nLKjIP Kecamatan Gedangan Tahun 2023\n\n"
        + "\n".join(rows[3:])
        + "\nJUMLAH\t\t21.000.000\t21.000.000\t100\n\n"
    )
    doc = read_text(HEAD + text, "laporan.txt")
    assert len(doc.tables) == 1 and doc.tables[0].caption == "Tabel 3.5"
    budget = interpret(doc).budget
    assert {(b.name, b.tahun, b.pagu.value, b.serapan.value) for b in budget if b.level == "program"} == {
        (f"Program {k}", 2024, k * 1_000_000, 100) for k in range(1, 7)
    }
    con = _ingest(tmp_path, text)
    assert con.execute("SELECT count(*) FROM findings WHERE \"check\" = 'total_mismatch'").fetchone() == (0,)


def test_caption_styles_name_the_table():
    table = "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n1\tNilai IKM\t85\t86\t101,18\n"
    for caption, name in (
        ("TABEL III.1 Pengukuran", "Tabel III.1"),
        ("Tabel 3.1.", "Tabel 3.1"),
        ("- Tabel 3.2", "Tabel 3.2"),
    ):
        doc = read_text(f"{caption}\n{table}", "x.txt")
        assert [t.caption for t in doc.tables] == [name], caption


def test_a_caption_printed_under_its_table_names_it():
    text = "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n1\tNilai IKM\t85\t86\t101,18\n\nTabel 3.1 Pengukuran Kinerja\n\nTeks berikutnya menjelaskan tabel di atas.\n"
    doc = read_text(text, "x.txt")
    assert [(t.caption, t.title) for t in doc.tables] == [("Tabel 3.1", "Pengukuran Kinerja")]


def test_a_table_with_figures_nobody_reads_is_named_not_dropped(tmp_path):
    """A table whose columns the reader does not know, under performance words: `unread`,
    listed in the document's warnings with its place, its text kept."""
    text = MEASUREMENT + (
        "Tabel 3.9\nCapaian Kinerja per Sasaran\n"
        "No\tSasaran Strategis\tCapaian\n"
        "1\tMeningkatnya kualitas pelayanan publik\t102,94\n"
        "2\tMeningkatnya akuntabilitas kinerja\t103\n\n"
    )
    con = _ingest(tmp_path, text)
    row = con.execute(
        "SELECT table_kind, status, n_rows_read, n_rows_skipped, raw_text FROM source_tables WHERE source_table = 'Tabel 3.9'"
    ).fetchone()
    assert row[:4] == ("unread", "unread", 0, 2)
    assert "102,94" in row[4]
    warnings = con.execute("SELECT warnings FROM documents").fetchone()[0]
    assert any("tabel tidak terbaca: Tabel 3.9 (baris" in w for w in warnings)
    read = con.execute("SELECT status, n_rows_read FROM source_tables WHERE source_table = 'Tabel 3.2'").fetchone()
    assert read == ("read", 4)


def test_a_finding_on_a_guessed_row_stays_at_the_lowest_severity(tmp_path):
    """A row shorter than its table (cells placed from the right) is a guess: its mismatch
    (90/85 = 105,88, printed 120) is reported at 'rendah' and says why."""
    text = (
        "Tabel 3.1\nPengukuran Kinerja\n"
        "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
        "1\tMeningkatnya pelayanan\tIndeks Kepuasan Masyarakat\t85\t86\t101,18\n"
        "Persentase layanan tepat waktu\t85\t90\t120\n\n"
    )
    con = _ingest(tmp_path, text)
    found = con.execute('SELECT "check", severity, message FROM findings').fetchall()
    assert [(c, s) for c, s, _ in found] == [("capaian_mismatch", "rendah")]
    assert "pembacaan diragukan" in found[0][2]


def test_a_report_whose_tables_were_lost_says_so(tmp_path):
    """Identity and prose, no table (lost in export): kept for review, and the message says
    why it cannot be shown instead of blaming its identity."""
    path = tmp_path / "laporan.txt"
    path.write_text(HEAD + "BAB III AKUNTABILITAS KINERJA\n\nCapaian kinerja tahun ini baik.\n", encoding="utf-8")
    with connect(str(tmp_path / "db.duckdb")) as con:
        result = ingest_file(con, path)
    assert result.status == "needs_review"
    assert "tidak ada angka kinerja atau anggaran yang terbaca: tidak ada tabel berangka" in result.message
    assert "kecamatan" not in result.message.split("(")[1].split(")")[0]  # identity was read
