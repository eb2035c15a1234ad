"""The checks against the auditors' lists (tests/expected/auditor/, written by auditors
reading the samples independently of the code; bench/auditor_recall.py says how findings
are matched to their items).

A ratchet: recall and precision are held at or above what was measured (see README,
"Consistency checks"). Precision is true / (findings - agreed notes): a rounding note on a
line the auditor judged "not an error, it rounds" says what the auditor says. Raise the
floors when the checks find more; the issue's target is recall >= 90% and precision >= 95%.
"""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import auditor_recall  # noqa: E402

LISTS = ROOT / "tests" / "expected" / "auditor"
RECALL_FLOOR = 0.96  # 83 of 86 on 2026-12-04 (seventeenth session)
PRECISION_FLOOR = 0.98
JUDGED_PRECISION_FLOOR = 1.0


def _totals(samples_db):
    results = auditor_recall.measure(LISTS, auditor_recall.findings_by_sample(samples_db))
    items = sum(len(r.items) for r in results)
    found = sum(len(r.found_items) for r in results)
    true = sum(len(r.true) for r in results)
    false = sum(len(r.false) for r in results)
    emitted = true + false + sum(len(r.unlisted) for r in results)  # agreed notes left out
    return items, found, true, false, emitted


def test_every_sample_has_an_auditors_list():
    assert {p.stem for p in LISTS.glob("*.toml")} == {p.stem for p in (ROOT / "data" / "samples").glob("*.txt")}


def test_recall_and_precision_do_not_fall(samples_db):
    items, found, true, false, emitted = _totals(samples_db)
    assert found / items >= RECALL_FLOOR, (found, items)
    assert true / emitted >= PRECISION_FLOOR, (true, emitted)
    assert true / (true + false) >= JUDGED_PRECISION_FLOOR, (true, false)


def test_a_finding_matches_an_item_by_line_and_kind():
    item = {"kind": "weighted_absorption", "lines": [406, 688], "year": 2024}
    finding = {"check": "serapan_mismatch", "line": 406, "other_line": None, "tahun": 2024}
    assert auditor_recall.matches(finding, item)
    assert not auditor_recall.matches({**finding, "line": 405}, item)
    assert not auditor_recall.matches({**finding, "check": "label_mismatch"}, item)
    assert auditor_recall.matches({**finding, "line": 12, "other_line": 688}, item)


def test_a_note_saying_what_the_auditor_says_is_agreed_not_false():
    wrong = {"id": "n1", "kind": "serapan_mismatch", "lines": [819, 862], "note": "97,57 rounds to 98"}
    note = {"check": "rounding", "severity": "info", "line": 862, "other_line": None, "subject": "x"}
    result = auditor_recall.measure_sample("s", [], [wrong], [note])
    assert result.agreed == [(note, wrong)] and not result.false
    error = {**note, "check": "serapan_mismatch", "severity": "sedang"}  # calls it an error: false
    result = auditor_recall.measure_sample("s", [], [wrong], [error])
    assert result.false == [(error, wrong)] and not result.agreed


def test_a_finding_about_a_table_matches_the_tables_lines():
    item = {"kind": "other_year", "lines": [588, 591, 627]}
    finding = {"check": "another_year", "line": 593, "other_line": None, "table_span": [593, 640]}
    assert auditor_recall.matches(finding, item)  # the title two lines above, a row inside
    assert not auditor_recall.matches({**finding, "table_span": [600, 620]}, item)
    assert not auditor_recall.matches({**finding, "check": "capaian_mismatch"}, item)  # a row's finding: its line


def test_a_finding_read_from_a_sentence_matches_its_paragraphs_lines():
    text = ["Ringkasan:", "1. Sasaran A ... 91,95%.", "2. Sasaran B ... 98,94%.", "", "Paragraf lain"]
    finding = {"check": "weighted_absorption", "line": 1, "other_line": 680, "source_table": "teks (paragraf)",
               "other_source_table": "Tabel 3.6"}  # fmt: skip
    finding["paragraph_spans"] = auditor_recall.paragraph_spans(finding, text)
    assert finding["paragraph_spans"] == [(1, 3)]
    assert auditor_recall.matches(finding, {"kind": "weighted_absorption", "lines": [3]})
    assert not auditor_recall.matches(finding, {"kind": "weighted_absorption", "lines": [5]})  # another paragraph
