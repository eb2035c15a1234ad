"""Storing documents: one transaction each, idempotent by content, bad input recorded."""

from __future__ import annotations

import duckdb
import pytest

from ingest.facts import Identity, IndicatorFact, Interpretation, Provenance
from ingest.numbers import Reading
from ingest.pipeline import ingest_file
from ingest.store import connect, store_document
from tests.conftest import SAMPLES

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"
SANANWETAN = SAMPLES / "000_a49aed262e0b6318.txt"

FACT_COLUMNS = "indicator_kind, indikator, tahun, target, realisasi, capaian_reported, is_peer, line, source_table"


def _counts(con) -> tuple[int, int, int]:
    return tuple(
        con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "indicator_values", "budget_lines")
    )


def test_same_content_twice_changes_nothing(fresh_db):
    with connect(str(fresh_db)) as con:
        first = ingest_file(con, BLUTO)
        before = _counts(con)
        again = ingest_file(con, BLUTO)
        assert (first.status, again.status) == ("ok", "duplicate")
        assert again.doc_id == first.doc_id
        assert _counts(con) == before


def test_facts_do_not_depend_on_the_file_name(fresh_db, tmp_path, samples_db):
    renamed = tmp_path / "laporan tahunan (salinan).txt"
    renamed.write_bytes(SANANWETAN.read_bytes())
    with connect(str(fresh_db)) as con:
        assert ingest_file(con, renamed).status == "ok"
        ident = con.execute("SELECT kecamatan, kabupaten_kota, tahun FROM documents").fetchone()
        facts = sorted(con.execute(f"SELECT {FACT_COLUMNS} FROM indicator_values").fetchall(), key=str)
    with duckdb.connect(str(samples_db), read_only=True) as ref:
        doc = ref.execute("SELECT doc_id FROM documents WHERE file_name = ?", [SANANWETAN.name]).fetchone()[0]
        expected = sorted(
            ref.execute(f"SELECT {FACT_COLUMNS} FROM indicator_values WHERE doc_id = ?", [doc]).fetchall(), key=str
        )
    assert ident == ("Sananwetan", "Kota Blitar", 2024)
    assert facts == expected and len(facts) > 0


def test_second_version_for_same_kecamatan_and_year_is_kept_and_shown(fresh_db, tmp_path):
    revised = tmp_path / "revisi.txt"
    revised.write_bytes(BLUTO.read_bytes() + b"\n\nCatatan revisi: lampiran diperbaiki.\n")
    with connect(str(fresh_db)) as con:
        old = ingest_file(con, BLUTO)
        new = ingest_file(con, revised)
        assert (old.status, new.status) == ("ok", "ok")
        assert con.execute("SELECT count(*) FROM documents WHERE kecamatan = 'Bluto'").fetchone()[0] == 2
        shown = con.execute("SELECT doc_id FROM current_documents WHERE kecamatan = 'Bluto'").fetchall()
        assert shown == [(new.doc_id,)]


def test_a_failure_inside_the_transaction_leaves_nothing_behind(fresh_db):
    broken = IndicatorFact(
        tahun="bukan tahun",  # DuckDB refuses this for an INTEGER column, after the document row went in
        indikator="Indeks Kepuasan Masyarakat",
        indicator_kind="IKM",
        sasaran=None,
        target=Reading("88", 88.0),
        realisasi=Reading("88,14", 88.14),
        capaian=Reading("100,16%", 100.16, unit="%"),
        where=Provenance("Tabel 3.1", line=430),
    )
    result = Interpretation(Identity("Contoh", "Kota Contoh", None, 2024), [broken], [], [], [])
    with connect(str(fresh_db)) as con:
        with pytest.raises(duckdb.Error):
            store_document(con, "contoh.txt", "0" * 64, "text", result)
        assert _counts(con) == (0, 0, 0)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "berkas kosong"),
        (b"\x00\x01\x02binary\x00" * 50, "bukan berkas teks"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF terpotong"),
        (b"Resep nasi goreng: bawang, cabai, kecap.\n", "bukan LKjIP"),
    ],
    ids=["empty", "binary", "truncated-pdf", "unrelated-text"],
)
def test_bad_input_is_recorded_as_failed_with_a_reason(fresh_db, tmp_path, content, reason):
    bad = tmp_path / "berkas.txt"
    bad.write_bytes(content)
    with connect(str(fresh_db)) as con:
        result = ingest_file(con, bad)
        assert result.status == "failed"
        assert reason in result.message
        rows = con.execute("SELECT status, error FROM documents").fetchall()
        assert rows == [("failed", result.message)]
        assert _counts(con)[1:] == (0, 0)
        # A failed file is retried, not duplicated, when it comes again.
        assert ingest_file(con, bad).status == "failed"
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_cp1252_export_is_decoded(fresh_db, tmp_path):
    text = BLUTO.read_text(encoding="utf-8").replace("KATA PENGANTAR", "KATA PENGANTAR “Bluto” – café")
    legacy = tmp_path / "bluto-cp1252.txt"
    legacy.write_bytes(text.encode("cp1252", errors="replace"))
    with pytest.raises(UnicodeDecodeError):
        legacy.read_bytes().decode("utf-8")
    with connect(str(fresh_db)) as con:
        result = ingest_file(con, legacy)
        assert result.status == "ok", result.message
        assert con.execute("SELECT kecamatan, tahun FROM documents").fetchone() == ("Bluto", 2023)


def test_a_text_that_names_a_kecamatan_but_gives_no_figures_cannot_hide_its_report(fresh_db, tmp_path):
    note = tmp_path / "catatan.txt"
    note.write_text("Catatan rapat Kecamatan Bluto Kabupaten Sumenep tentang laporan kinerja tahun 2023.\n", "utf-8")
    with connect(str(fresh_db)) as con:
        real = ingest_file(con, BLUTO)
        other = ingest_file(con, note)
        assert other.status == "needs_review"
        shown = con.execute("SELECT doc_id FROM current_documents WHERE kecamatan = 'Bluto'").fetchall()
    assert shown == [(real.doc_id,)]
