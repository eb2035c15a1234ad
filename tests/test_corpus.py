"""Accuracy at scale: a generated corpus, ingested through the CLI, compared with its ground truth.

`bench/corpus.py` writes 12 kecamatan (from three kabupaten/kota) x 3 years of realistic text
exports and, next to each, the truth: identity, every figure with its line, and the
inconsistencies planted on purpose. The database must hold every identity and every figure
exactly (same value at the same line, same indicator kind and year, nothing more), and its
findings must be exactly the planted inconsistencies (same check, same line).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import pytest

from bench.corpus import CHECKS, generate, ikm_band, sakip_band

ROOT = Path(__file__).resolve().parent.parent
KECAMATAN, YEARS, SEED, PER_KABKOTA = 12, (2022, 2023, 2024), 0, 4


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    return build_corpus(tmp_path_factory.mktemp("corpus"), KECAMATAN, YEARS, SEED, PER_KABKOTA)


def build_corpus(folder: Path, n: int, years, seed: int, per_kabkota: int | None) -> dict:
    """Generate, ingest through the CLI, and read back everything the comparisons need."""
    paths = generate(folder, n, years, seed=seed, per_kabkota=per_kabkota)
    db = folder.parent / f"{folder.name}.duckdb"
    # The documents, not their .truth.json neighbours (the CLI reads every file it is given).
    run = subprocess.run(
        [sys.executable, "-m", "ingest", *map(str, paths), "--db", str(db), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    truths = {p.name: json.loads(p.with_suffix(".truth.json").read_text(encoding="utf-8")) for p in paths}
    with duckdb.connect(str(db), read_only=True) as con:
        docs = {r["file_name"]: r for r in _rows(con, "SELECT * FROM documents")}
        values = _rows(con, "SELECT d.file_name, v.* FROM indicator_values v JOIN documents d USING (doc_id)")
        budget = _rows(con, "SELECT d.file_name, b.* FROM budget_lines b JOIN documents d USING (doc_id)")
        findings = _rows(con, "SELECT d.file_name, f.* FROM findings f JOIN documents d USING (doc_id)")
        efficiency = _rows(con, "SELECT d.file_name, e.* FROM efficiency_values e JOIN documents d USING (doc_id)")
    return {
        "paths": paths,
        "truths": truths,
        "docs": docs,
        "values": values,
        "budget": budget,
        "findings": findings,
        "efficiency": efficiency,
    }


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _same(a, b) -> bool:
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
        return (a is None or (isinstance(a, float) and math.isnan(a))) and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _report(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what}:\n" + "\n".join(problems[:40])


def test_corpus_shape(corpus):
    assert len(corpus["paths"]) == KECAMATAN * len(YEARS)
    kabkota = {t["identity"]["kode_kabkota"] for t in corpus["truths"].values()}
    assert len(kabkota) == KECAMATAN // PER_KABKOTA
    assert len(corpus["docs"]) == len(corpus["paths"])


def test_every_identity_is_read(corpus):
    problems = []
    for name, truth in corpus["truths"].items():
        want, doc = truth["identity"], corpus["docs"][name]
        got = {
            "status": doc["status"],
            "kecamatan": doc["kecamatan"],
            "kabupaten_kota": doc["kabupaten_kota"],
            "provinsi": doc["provinsi"],
            "tahun": doc["tahun"],
            "kode_kecamatan": doc["kode_kecamatan"],
            "kode_kabkota": doc["kode_kabkota"],
            "kode_provinsi": doc["kode_provinsi"],
        }
        expected = {**{k: want[k] for k in got if k in want}, "status": "ok"}
        wrong = {k: f"expected {expected[k]!r}, got {got[k]!r}" for k in got if got[k] != expected[k]}
        if wrong:
            problems.append(f"{name} ({want['kecamatan']}, {want['kabupaten_kota']} {want['tahun']}): {wrong}")
    assert not problems, _report(problems, "identities misread")


def _indicator_key(file_name, line, tahun, peer) -> tuple:
    return (file_name, line, tahun, (peer or "").casefold())


def _stored_key(v: dict) -> tuple:
    return _indicator_key(v["file_name"], v["line"], v["tahun"], v["kecamatan"] if v["is_peer"] else None)


def _differences(got: dict, want: dict, numeric: tuple[str, ...]) -> dict:
    return {
        k: f"expected {want[k]!r}, got {got[k]!r}"
        for k in got
        if not (_same(got[k], want[k]) if k in numeric else got[k] == want[k])
    }


def test_every_indicator_figure_is_read_back(corpus):
    stored = defaultdict(list)
    for v in corpus["values"]:
        stored[_stored_key(v)].append(v)
    problems = []
    for name, truth in corpus["truths"].items():
        for fig in truth["indicators"]:
            where = f"{name} line {fig['line']} ({fig['table']}, {fig['indikator']}, {fig['tahun']}"
            where += f", peer {fig['peer']})" if fig["peer"] else ")"
            rows = stored.get(_indicator_key(name, fig["line"], fig["tahun"], fig["peer"]), [])
            if len(rows) != 1:
                problems.append(f"{where}: {len(rows)} rows stored, expected 1")
                continue
            row = rows[0]
            got = {
                "indicator_kind": row["indicator_kind"],
                "table": row["source_table"],
                "table_kind": row["table_kind"],
                "kode_kecamatan": row["kode_kecamatan"],
                "target": row["target"],
                "realisasi": row["realisasi"],
                "capaian": row["capaian_reported"],
            }
            wrong = _differences(got, {k: fig[k] for k in got}, ("target", "realisasi", "capaian"))
            if wrong:
                problems.append(f"{where}: {wrong}; row: {row['row_raw']!r}")
    assert not problems, _report(problems, "figures not read back exactly")


def test_no_indicator_figure_is_invented(corpus):
    written = Counter(
        _indicator_key(name, f["line"], f["tahun"], f["peer"])
        for name, t in corpus["truths"].items()
        for f in t["indicators"]
    )
    surplus = Counter(_stored_key(v) for v in corpus["values"]) - written
    extra = [
        f"{v['file_name']} line {v['line']} {v['tahun']} {v['indikator']!r} ({v['kecamatan']}): {v['row_raw']!r}"
        for v in corpus["values"]
        if surplus[_stored_key(v)]
    ]
    assert not extra, _report(extra, "indicator values stored that the generator never wrote")
    per_doc = Counter(v["file_name"] for v in corpus["values"])
    for name, truth in corpus["truths"].items():
        assert per_doc[name] == len(truth["indicators"]), name
        assert corpus["docs"][name]["n_indicator_values"] == len(truth["indicators"]), name


def _budget_key(file_name, line, tahun, level, derived, table) -> tuple:
    """Derived totals have no line: they are known by their table."""
    return (file_name, line, tahun, f"derived:{table}" if derived else level)


def _stored_budget_key(b: dict) -> tuple:
    return _budget_key(b["file_name"], b["line"], b["tahun"], b["level"], b["is_derived"], b["source_table"])


def test_every_budget_line_is_read_back(corpus):
    stored = defaultdict(list)
    for b in corpus["budget"]:
        stored[_stored_budget_key(b)].append(b)
    problems = []
    for name, truth in corpus["truths"].items():
        for fig in truth["budget"]:
            where = f"{name} line {fig['line']} ({fig['table']}, {fig['level']} {fig['name']!r})"
            key = _budget_key(name, fig["line"], fig["tahun"], fig["level"], fig["derived"], fig["table"])
            rows = stored.get(key, [])
            if len(rows) != 1:
                problems.append(f"{where}: {len(rows)} rows stored, expected 1")
                continue
            row = rows[0]
            got = {
                "table": row["source_table"],
                "table_kind": row["table_kind"],
                "name": row["name"] if not fig["derived"] else fig["name"],  # a derived total's name is the product's
                "pagu": row["pagu"],
                "realisasi": row["realisasi"],
                "serapan": row["serapan_reported"],
            }
            wrong = _differences(got, {k: fig[k] for k in got}, ("pagu", "realisasi", "serapan"))
            if wrong:
                problems.append(f"{where}: {wrong}; row: {row['row_raw']!r}")
    assert not problems, _report(problems, "budget lines not read back exactly")


def test_no_budget_line_is_invented(corpus):
    written = Counter(
        _budget_key(name, f["line"], f["tahun"], f["level"], f["derived"], f["table"])
        for name, t in corpus["truths"].items()
        for f in t["budget"]
    )
    surplus = Counter(_stored_budget_key(b) for b in corpus["budget"]) - written
    extra = [
        f"{b['file_name']} line {b['line']} {b['level']} {b['name']!r}: {b['row_raw']!r}"
        for b in corpus["budget"]
        if surplus[_stored_budget_key(b)]
    ]
    assert not extra, _report(extra, "budget lines stored that the generator never wrote")
    per_doc = Counter(b["file_name"] for b in corpus["budget"])
    for name, truth in corpus["truths"].items():
        assert per_doc[name] == len(truth["budget"]), name
        assert corpus["docs"][name]["n_budget_lines"] == len(truth["budget"]), name


def test_every_efficiency_row_is_read_back(corpus):
    stored = defaultdict(list)
    for e in corpus["efficiency"]:
        stored[(e["file_name"], e["line"])].append(e)
    problems = []
    written = 0
    for name, truth in corpus["truths"].items():
        for fig in truth["efficiency"]:
            written += 1
            rows = stored.pop((name, fig["line"]), [])
            if len(rows) != 1:
                problems.append(f"{name} line {fig['line']} ({fig['table']}): {len(rows)} rows stored, expected 1")
                continue
            row = rows[0]
            got = (row["source_table"], row["tahun"], row["name"], row["capaian_kinerja"], row["serapan"])
            got += (row["efisiensi_reported"],)
            want = (fig["table"], fig["tahun"], fig["name"], fig["capaian_kinerja"], fig["serapan"], fig["efisiensi"])
            if got[:3] != want[:3] or not all(_same(a, b) for a, b in zip(got[3:], want[3:], strict=True)):
                problems.append(f"{name} line {fig['line']}: expected {want}, got {got}")
    problems += [f"{k[0]} line {k[1]}: efficiency row stored that was never written" for k in stored]
    assert written, "the corpus has no efficiency table"
    assert not problems, _report(problems, "efficiency rows not read back exactly")


def _finding_set(corpus) -> set[tuple]:
    return {(f["file_name"], f["check"], f["line"]) for f in corpus["findings"]}


def test_every_planted_inconsistency_is_found(corpus):
    found = _finding_set(corpus)
    planted = [(name, p["check"], p["line"], p["note"]) for name, t in corpus["truths"].items() for p in t["planted"]]
    missed = [f"{n} line {line}: {check} ({note})" for n, check, line, note in planted if (n, check, line) not in found]
    assert not missed, _report(missed, "planted inconsistencies not found")


def test_no_false_findings(corpus):
    planted = {(name, p["check"], p["line"]) for name, t in corpus["truths"].items() for p in t["planted"]}
    false = [
        f"{f['file_name']} line {f['line']} {f['check']}: {f['message']}"
        for f in corpus["findings"]
        if (f["file_name"], f["check"], f["line"]) not in planted
    ]
    assert not false, _report(false, "findings that were not planted")


# --- the generator itself ---------------------------------------------------------------


def test_every_check_is_planted_and_every_layout_written(corpus):
    planted = Counter(p["check"] for t in corpus["truths"].values() for p in t["planted"])
    assert set(planted) == set(CHECKS), planted
    kinds = Counter(t["kind"] for truth in corpus["truths"].values() for t in truth["tables"])
    assert {"measurement", "multi_year", "peer", "budget", "performance_budget", "plan"} <= set(kinds), kinds
    budget = [b for t in corpus["truths"].values() for b in t["budget"]]
    assert any(b["table_kind"] == "prose" for b in budget)
    assert any(b["derived"] for b in budget) and any(b["level"] == "total" and not b["derived"] for b in budget)
    assert any(b["level"] == "kegiatan" for b in budget)
    raws = [
        f[k] or "" for t in corpus["truths"].values() for f in t["indicators"] for k in ("target_raw", "realisasi_raw")
    ]
    assert any(r.startswith(("Baik (", "Sangat Baik (")) for r in raws)
    assert any(r[:3] in ("A (", "B (", "BB ") for r in raws)
    money = [b["pagu_raw"] or "" for b in budget]
    assert any(m.endswith(".00") and m.count(",") >= 2 for m in money)  # 2,039,091,915.00
    assert any(m.count(".") >= 2 and "," not in m for m in money)  # 34.670.350.601
    texts = [p.read_text(encoding="utf-8") for p in corpus["paths"][:12]]
    assert any("\nTABEL " in t for t in texts) or any("\nTabel. " in t for t in texts)


def test_written_figures_add_up(corpus):
    """Outside the planted rows, the truth is arithmetically consistent: capaian and serapan
    follow from their figures, categories fit their bands."""
    problems = []
    for name, truth in corpus["truths"].items():
        planted = {(p["check"], p["line"]) for p in truth["planted"]}
        for f in truth["indicators"]:
            if f["capaian"] is not None and ("capaian_mismatch", f["line"]) not in planted:
                negative = f["indikator"].lower().startswith("jumlah kasus")
                ratio = f["realisasi"] / f["target"]
                exact = ((2 - ratio) if negative else ratio) * 100
                if abs(exact - f["capaian"]) > 0.005 + 1e-9:
                    problems.append(f"{name} line {f['line']}: capaian {f['capaian']} vs {exact}")
            for field in ("target_raw", "realisasi_raw"):
                raw = f[field] or ""
                if "(" in raw and ("label_mismatch", f["line"]) not in planted:
                    before, inside = raw.split(" (")[0], raw.split(" (")[1].rstrip(")")
                    label = inside if inside[:1].isalpha() else before  # "88,14 (Baik)" or "Baik (88,14)"
                    value = f[field.removesuffix("_raw")]
                    fits = ikm_band(value) if f["indicator_kind"] == "IKM" else (sakip_band(value),)
                    if label not in fits:
                        problems.append(f"{name} line {f['line']}: {raw} does not fit its band {fits}")
        for b in truth["budget"]:
            checked = b["serapan"] is not None and ("serapan_mismatch", b["line"]) not in planted
            if checked and abs(b["realisasi"] / b["pagu"] * 100 - b["serapan"]) > 0.005 + 1e-9:
                problems.append(f"{name} line {b['line']}: serapan {b['serapan']}")
    assert not problems, _report(problems, "inconsistent figures outside the planted ones")


def test_generator_is_deterministic(tmp_path):
    a = generate(tmp_path / "a", 3, (2023, 2024), seed=7)
    b = generate(tmp_path / "b", 3, (2023, 2024), seed=7)
    c = generate(tmp_path / "c", 3, (2023, 2024), seed=8)
    assert [p.name for p in a] == [p.name for p in b]
    for x, y in zip(a, b, strict=True):
        assert x.read_bytes() == y.read_bytes()
        assert x.with_suffix(".truth.json").read_bytes() == y.with_suffix(".truth.json").read_bytes()
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


# --- PDFs rendered from generated exports -----------------------------------------------------


def _r(x):
    return None if x is None else round(x, 6)


def test_pdf_documents_read_back(tmp_path):
    """Every generated document rendered as a PDF (`pdf_every=1`) and only the PDFs ingested:
    the same figures come back (a PDF has pages, not lines, so figures are compared as a
    multiset per document), and the findings are the planted ones (check and table)."""
    paths = generate(tmp_path / "pdf", 4, (2024,), seed=SEED, pdf_every=1, per_kabkota=PER_KABKOTA)
    pdfs = [p for p in paths if p.suffix == ".pdf"]
    assert len(pdfs) == 4 and all(p.read_bytes()[:5] == b"%PDF-" for p in pdfs)
    db = tmp_path / "pdf.duckdb"
    run = subprocess.run(
        [sys.executable, "-m", "ingest", *map(str, pdfs), "--db", str(db), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    problems = []
    with duckdb.connect(str(db), read_only=True) as con:
        for pdf in pdfs:
            truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
            assert truth["pdf"] == pdf.name
            ident = con.execute(
                "SELECT kecamatan, kode_kecamatan, tahun FROM documents WHERE file_name = ?", [pdf.name]
            ).fetchone()
            want_ident = (truth["identity"]["kecamatan"], truth["identity"]["kode_kecamatan"], 2024)
            if ident != want_ident:
                problems.append(f"{pdf.name}: identity {ident}, expected {want_ident}")
            written = Counter(
                (f["table"], f["tahun"], f["indicator_kind"], (f["peer"] or "").casefold())
                + tuple(_r(f[k]) for k in ("target", "realisasi", "capaian"))
                for f in truth["indicators"]
            )
            read = Counter(
                (t, y, k, (p or "").casefold(), _r(a), _r(b), _r(c))
                for t, y, k, p, a, b, c in con.execute(
                    """SELECT source_table, v.tahun, indicator_kind, CASE WHEN is_peer THEN v.kecamatan END,
                              target, realisasi, capaian_reported
                       FROM indicator_values v JOIN documents d USING (doc_id) WHERE file_name = ?""",
                    [pdf.name],
                ).fetchall()
            )
            budget_written = Counter(
                (b["table"], b["level"], _r(b["pagu"]), _r(b["realisasi"]), _r(b["serapan"]), b["derived"])
                for b in truth["budget"]
            )
            budget_read = Counter(
                (t, lv, _r(p), _r(r), _r(s), d)
                for t, lv, p, r, s, d in con.execute(
                    """SELECT source_table, level, pagu, realisasi, serapan_reported, is_derived
                       FROM budget_lines JOIN documents USING (doc_id) WHERE file_name = ?""",
                    [pdf.name],
                ).fetchall()
            )
            planted = Counter((p["check"], p["table"]) for p in truth["planted"])
            found = Counter(
                con.execute(
                    'SELECT "check", source_table FROM findings JOIN documents USING (doc_id) WHERE file_name = ?',
                    [pdf.name],
                ).fetchall()
            )
            for what, want, got in (
                ("indicator figures", written, read),
                ("budget lines", budget_written, budget_read),
                ("findings", planted, found),
            ):
                if want != got:
                    problems.append(
                        f"{pdf.name} {what}: missing {sorted((want - got).elements())[:6]}, "
                        f"unexpected {sorted((got - want).elements(), key=str)[:6]}"
                    )
    assert not problems, _report(problems, "PDF documents not read back exactly")
