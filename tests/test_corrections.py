"""Corrections (issue 17): a user changes a figure, adds a missing one, changes a document's
year or kecamatan, or sets a document aside; the extracted facts stay as read, the checks
re-run on the corrected figures, and the corrections survive a re-ingest of the same file.

Expected values are read from sample 004 (Bluto 2023): Tabel 3.8 (line 474) gives the
"Program Koordinasi Ketentraman dan Ketertiban Umum" realisasi 15.150.000 of a pagu of
21.900.000 (69,18%); Tabel 3.10 (line 516) prints 15.120.000 for it with the same 69,18%.
"""

from __future__ import annotations

import shutil

import pytest

from checks.run import run_checks
from ingest.corrections import CorrectionError, add_figure, correct, correct_document, set_aside, withdraw
from ingest.pipeline import ingest_file
from ingest.store import connect
from tests.conftest import SAMPLES

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"
PROGRAM = "Program Koordinasi Ketentraman dan Ketertiban Umum"


@pytest.fixture()
def bluto(tmp_path):
    con = connect(str(tmp_path / "k.duckdb"))
    doc = ingest_file(con, BLUTO).doc_id
    run_checks(con, [doc])
    yield con, doc
    con.close()


def _line_516(con):
    return con.execute(
        "SELECT line_id, realisasi FROM budget_lines WHERE line = 516 AND name = ?", [PROGRAM]
    ).fetchone()


def _findings_on_516(con) -> list[str]:
    rows = con.execute(
        """SELECT "check" FROM findings WHERE (line = 516 OR other_line = 516) AND subject ILIKE '%ketentraman%'
           ORDER BY 1"""
    ).fetchall()
    return [r[0] for r in rows]


def test_a_corrected_figure_is_used_by_the_checks_and_the_extracted_one_is_kept(bluto):
    con, doc = bluto
    line_id, read = _line_516(con)
    assert read == 15_120_000
    assert _findings_on_516(con) == ["conflicting_values", "serapan_mismatch"]
    correct(con, "budget_lines", line_id, "realisasi", "15.150.000", "salah ketik, lihat Tabel 3.8", "Sari", "hal. 40")
    run_checks(con, [doc])
    assert _findings_on_516(con) == []
    assert _line_516(con)[1] == 15_120_000  # nothing overwritten
    shown = con.execute(
        "SELECT realisasi, realisasi_raw, corrected_fields FROM budget_figures WHERE line_id = ?", [line_id]
    ).fetchone()
    assert shown == (15_150_000, "15.150.000", ["realisasi"])
    trail = con.execute(
        "SELECT old_value, new_value, reason, author, source_place FROM corrections WHERE fact_key IS NOT NULL"
    ).fetchone()
    assert trail == ("15120000.0", "15.150.000", "salah ketik, lihat Tabel 3.8", "Sari", "hal. 40")


def test_a_withdrawn_correction_brings_the_findings_back_and_is_logged(bluto):
    con, doc = bluto
    line_id, _ = _line_516(con)
    cid = correct(con, "budget_lines", line_id, "realisasi", "15.150.000", "salah ketik", "Sari")
    run_checks(con, [doc])
    withdraw(con, cid, "ternyata Tabel 3.10 benar", "Budi")
    run_checks(con, [doc])
    assert _findings_on_516(con) == ["conflicting_values", "serapan_mismatch"]
    log = con.execute("SELECT event, author, detail FROM correction_log ORDER BY event_id").fetchall()
    assert [e[:2] for e in log] == [("dibuat", "Sari"), ("ditarik", "Budi")]
    assert log[1][2] == "ternyata Tabel 3.10 benar"
    assert con.execute("SELECT withdrawn_by FROM corrections").fetchone() == ("Budi",)
    with pytest.raises(CorrectionError, match="sudah ditarik"):
        withdraw(con, cid, "lagi", "Budi")


def test_corrections_survive_a_reingest_and_say_whether_the_reader_agrees(bluto, tmp_path):
    con, doc = bluto
    line_id, _ = _line_516(con)
    correct(con, "budget_lines", line_id, "realisasi", "15.150.000", "salah ketik", "Sari")
    again = ingest_file(con, BLUTO, reread=True)
    assert again.status == "ok" and again.doc_id != doc
    assert "pembaca masih membaca nilai lama; koreksi tetap berlaku" in again.message
    new_id, read = _line_516(con)
    assert read == 15_120_000
    assert con.execute("SELECT realisasi FROM budget_figures WHERE line_id = ?", [new_id]).fetchone() == (15_150_000,)
    events = [r[0] for r in con.execute("SELECT event FROM correction_log ORDER BY event_id").fetchall()]
    assert events == ["dibuat", "diterapkan ulang"]


def test_a_figure_read_again_with_the_corrected_value_is_reported_as_agreeing(bluto, tmp_path):
    """A correction made when an older reader misread the figure (15.000.000): today's reader
    reads 15.120.000, which is what the user wrote."""
    con, doc = bluto
    line_id, _ = _line_516(con)
    cid = correct(con, "budget_lines", line_id, "realisasi", "15.000.001", "x", "Sari")
    con.execute(
        "UPDATE corrections SET old_value = '15000000.0', new_value = '15.120.000', new_number = 15120000 "
        "WHERE correction_id = ?",
        [cid],
    )
    again = ingest_file(con, BLUTO, reread=True)
    assert "pembaca kini membaca nilai yang sama dengan koreksi (sepakat)" in again.message


def test_a_correction_that_changes_nothing_is_refused(bluto):
    con, _ = bluto
    line_id, _ = _line_516(con)
    with pytest.raises(CorrectionError, match="sama dengan nilai sekarang"):
        correct(con, "budget_lines", line_id, "realisasi", "15.120.000", "x", "Sari")


def test_fact_keys_are_unique_within_each_document(con):
    for table in ("indicator_values", "budget_lines"):
        dupes = con.execute(
            f"SELECT count(*) FROM (SELECT doc_id, fact_key FROM {table} GROUP BY ALL HAVING count(*) > 1)"
        ).fetchone()[0]
        assert dupes == 0, table


def test_a_corrected_document_year_moves_its_own_figures(bluto):
    con, doc = bluto
    correct_document(con, doc, "tahun", "2024", "tahun di sampul salah", "Sari")
    years = dict(con.execute(
        "SELECT f.tahun, count(*) FROM indicator_figures f JOIN indicator_values v USING (value_id) "
        "WHERE v.tahun = 2023 GROUP BY 1"
    ).fetchall())  # fmt: skip
    assert list(years) == [2024]
    later = con.execute("SELECT DISTINCT tahun FROM indicator_figures WHERE source_table = 'Tabel 2.2'").fetchall()
    assert sorted(r[0] for r in later) == [2022, 2024, 2025, 2026]  # Renstra years other than 2023 stay


def test_a_corrected_value_loses_the_label_printed_with_the_old_one(tmp_path):
    """Sample 000 Tabel 3.1 line 430 prints the IKM realisasi "Baik (88,14)"."""
    con = connect(str(tmp_path / "s.duckdb"))
    ingest_file(con, SAMPLES / "000_a49aed262e0b6318.txt")
    value_id, label = con.execute(
        "SELECT value_id, realisasi_label FROM indicator_values WHERE source_table = 'Tabel 3.1' AND line = 430 "
        "AND indicator_kind = 'IKM'"
    ).fetchone()
    assert label == "Baik"
    correct(con, "indicator_values", value_id, "realisasi", "70", "x", "Sari")
    shown = con.execute("SELECT realisasi, realisasi_label FROM indicator_figures WHERE value_id = ?", [value_id])
    assert shown.fetchone() == (70.0, None)
    con.close()


def test_an_added_figure_counts_everywhere_and_is_checked(bluto):
    con, doc = bluto
    # Tabel 3.7 (line 445, not read): "Persentase koordinasi di tingkat Kecamatan" capaian 97,36
    cid = add_figure(
        con, doc, "indicator_values",
        {"tahun": "2023", "indikator": "Persentase koordinasi di tingkat Kecamatan", "indicator_kind": "OTHER",
         "target": "100", "realisasi": "97,36", "capaian_reported": "97,36"},
        "Tabel 3.7 tidak terbaca", "Sari", "Tabel 3.7",
    )  # fmt: skip
    run_checks(con, [doc])
    row = con.execute(
        """SELECT value_id, target, realisasi, capaian_reported, capaian_recomputed, source_table, corrected_fields
           FROM indicator_figures WHERE indikator = 'Persentase koordinasi di tingkat Kecamatan'"""
    ).fetchone()
    assert row == (cid, 100.0, 97.36, 97.36, pytest.approx(97.36), "Tabel 3.7", ["ditambahkan"])
    assert con.execute("SELECT count(*) FROM indicator_values WHERE value_id = ?", [cid]).fetchone() == (0,)
    again = ingest_file(con, BLUTO, reread=True)
    assert "pembaca belum membaca angka ini sendiri; tambahan tetap berlaku" in again.message
    assert con.execute("SELECT count(*) FROM indicator_figures WHERE value_id = ?", [cid]).fetchone() == (1,)


def test_a_document_set_aside_is_not_current_and_a_year_corrected_moves_it(bluto):
    con, doc = bluto
    correct_document(con, doc, "tahun", "2024", "tahun di sampul salah", "Sari")
    assert con.execute("SELECT tahun FROM current_documents").fetchall() == [(2024,)]
    assert con.execute("SELECT tahun FROM documents").fetchall() == [(2023,)]
    set_aside(con, doc, "dokumen rangkap", "Sari")
    assert con.execute("SELECT count(*) FROM current_documents").fetchone() == (0,)


def test_a_kecamatan_corrected_gets_its_official_code(bluto):
    con, doc = bluto
    correct_document(con, doc, "kecamatan", "Saronggi", "nama kecamatan salah baca", "Sari")
    row = con.execute("SELECT kecamatan, kode_kecamatan, kode_kabkota FROM current_documents").fetchone()
    assert row[0] == "Saronggi" and row[2] == "35.29" and row[1].startswith("35.29.")
    own = con.execute("SELECT DISTINCT kecamatan FROM indicator_figures WHERE NOT is_peer").fetchall()
    assert own == [("Saronggi",)]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("realisasi", "abc", "bukan angka"),
        ("realisasi", "-5", "tidak boleh negatif"),
        ("tahun", "24", "empat angka"),
        ("serapan_reported", "", "kosong"),
    ],
)
def test_values_are_validated_with_messages_in_bahasa_indonesia(bluto, field, value, message):
    con, _ = bluto
    line_id, _ = _line_516(con)
    with pytest.raises(CorrectionError, match=message):
        correct(con, "budget_lines", line_id, field, value, "alasan", "Sari")
    assert con.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_a_reason_and_a_name_are_required(bluto):
    con, _ = bluto
    line_id, _ = _line_516(con)
    with pytest.raises(CorrectionError, match="alasan wajib"):
        correct(con, "budget_lines", line_id, "realisasi", "15.150.000", " ", "Sari")
    with pytest.raises(CorrectionError, match="nama pengoreksi wajib"):
        correct(con, "budget_lines", line_id, "realisasi", "15.150.000", "x", "")


def test_corrections_survive_a_rebuilt_database(tmp_path):
    """A rebuilt file has new row ids: a correction made before is found by content."""
    shutil.copy(BLUTO, tmp_path / "bluto.txt")
    con = connect(str(tmp_path / "k.duckdb"))
    doc = ingest_file(con, tmp_path / "bluto.txt").doc_id
    line_id, _ = _line_516(con)
    correct(con, "budget_lines", line_id, "realisasi", "15.150.000", "salah ketik", "Sari")
    con.execute("DELETE FROM budget_lines WHERE doc_id = ?", [doc])  # as a rebuild would leave it
    ingest_file(con, tmp_path / "bluto.txt", reread=True)
    assert con.execute("SELECT realisasi FROM budget_figures WHERE name = ? AND line = 516", [PROGRAM]).fetchone() == (
        15_150_000,
    )
    con.close()


def test_a_document_moved_to_another_kecamatan_leaves_no_conflict_at_its_old_place(bluto):
    from checks.run import places_of

    con, doc = bluto
    assert con.execute("SELECT count(*) FROM findings WHERE place_key = '35.29.05'").fetchone()[0] > 0
    before = places_of(con, [doc])
    correct_document(con, doc, "kecamatan", "Saronggi", "nama kecamatan salah baca", "Sari")
    run_checks(con, [doc], before)
    assert con.execute("SELECT count(*) FROM findings WHERE place_key = '35.29.05'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM findings WHERE place_key LIKE '35.29.%'").fetchone()[0] > 0


def test_a_document_that_needs_review_counts_once_a_user_gives_what_was_missing(tmp_path):
    """A report whose kecamatan and year could not be read (its one IKM row: 88 / 88,14)."""
    path = tmp_path / "tanpa-identitas.txt"
    path.write_text("Laporan kinerja\n\nSasaran\tIndikator Kinerja\tTarget\tRealisasi\nA\tNilai IKM\t88\t88,14\n")
    con = connect(str(tmp_path / "r.duckdb"))
    doc = ingest_file(con, path).doc_id
    assert con.execute("SELECT status FROM documents").fetchone() == ("needs_review",)
    correct_document(con, doc, "kecamatan", "Bluto", "dari sampul", "Sari")
    assert con.execute("SELECT count(*) FROM current_documents").fetchone() == (0,)  # the year is still missing
    correct_document(con, doc, "tahun", "2023", "dari sampul", "Sari")
    assert con.execute("SELECT kecamatan, tahun, status FROM current_documents").fetchall() == [("Bluto", 2023, "ok")]
    assert con.execute("SELECT kecamatan, tahun, realisasi FROM indicator_figures").fetchall() == [
        ("Bluto", 2023, 88.14)
    ]
    con.close()


def test_a_finding_on_a_corrected_figure_says_so(bluto):
    """Tabel 3.2 (line 366) prints the IKM 83 / 83 / 100: with the realisasi corrected to 84
    the printed capaian 100 is 101,20% capped, and 84 conflicts with the 83 of Tabel 3.3 and 3.6."""
    from dashboard import queries

    con, doc = bluto
    value_id = con.execute(
        "SELECT value_id FROM indicator_values WHERE source_table = 'Tabel 3.2' AND line = 366 AND indicator_kind = 'IKM'"
    ).fetchone()[0]
    correct(con, "indicator_values", value_id, "realisasi", "84", "x", "Sari")
    run_checks(con, [doc])
    found = queries.findings_list(con, (), (), (), 1900, 2100)
    mine = found[found["fact_id"] == value_id]
    assert sorted(mine["check"]) == ["capaian_capped", "conflicting_values"] and mine["on_corrected"].all()
    assert not found[found["fact_id"] != value_id]["on_corrected"].any()


def test_every_place_a_finding_names_has_a_source_to_show(con):
    from dashboard import queries

    places = con.execute(
        """SELECT fact_id FROM findings WHERE fact_id IS NOT NULL
           UNION SELECT other_fact_id FROM findings WHERE other_fact_id IS NOT NULL"""
    ).fetchall()
    assert len(places) > 50
    kinds = set()
    for (fact_id,) in places:
        source = queries.figure_source(con, fact_id)
        assert len(source) == 1, fact_id
        row, table = source["row_raw"].iloc[0], source["table_text"].iloc[0]
        assert (isinstance(row, str) and row) or (isinstance(table, str) and table), (
            fact_id
        )  # a derived total: its table
        kinds.add(source["fact_table"].iloc[0])
    assert {"indicator_values", "budget_lines", "efficiency_values", "statements"} <= kinds


def test_corrections_and_reviews_are_carried_into_a_rebuilt_database(tmp_path, capsys):
    from ingest.cli import main

    old_path, new_path = tmp_path / "lama.duckdb", tmp_path / "baru.duckdb"
    con = connect(str(old_path))
    doc = ingest_file(con, BLUTO).doc_id
    run_checks(con, [doc])
    line_id, _ = _line_516(con)
    correct(con, "budget_lines", line_id, "realisasi", "15.150.000", "salah ketik", "Sari")
    add_figure(con, doc, "indicator_values",
               {"tahun": "2023", "indikator": "Persentase koordinasi di tingkat Kecamatan", "capaian_reported": "97,36"},
               "Tabel 3.7 tidak terbaca", "Sari", "Tabel 3.7")  # fmt: skip
    key = con.execute("SELECT finding_key FROM findings LIMIT 1").fetchone()[0]
    con.execute("INSERT INTO finding_reviews VALUES (?, true, 'sudah dicek', now()::TIMESTAMP)", [key])
    con.close()
    con = connect(str(new_path))
    ingest_file(con, BLUTO)
    con.close()

    assert main(["carry", str(old_path), "--db", str(new_path)]) == 0
    assert "2 koreksi, 1 tinjauan temuan" in capsys.readouterr().out
    con = connect(str(new_path))
    assert con.execute("SELECT realisasi FROM budget_figures WHERE line = 516 AND name = ?", [PROGRAM]).fetchone() == (
        15_150_000,
    )
    added = con.execute("SELECT value_id, capaian_reported FROM indicator_figures WHERE source_table = 'Tabel 3.7'")
    value_id, capaian = added.fetchone()
    assert capaian == 97.36
    assert con.execute("SELECT count(*) FROM indicator_values WHERE value_id = ?", [value_id]).fetchone() == (0,)
    events = con.execute("SELECT event FROM correction_log ORDER BY event_id").fetchall()
    assert [e[0] for e in events] == ["dibuat", "dibuat", "diterapkan ulang", "diterapkan ulang"]
    assert con.execute("SELECT reviewed, note FROM finding_reviews WHERE finding_key = ?", [key]).fetchone() == (
        True,
        "sudah dicek",
    )
    assert _findings_on_516(con) == []  # the checks ran on the corrected figure
    con.close()
