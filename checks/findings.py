"""Each check: a pure function over fact rows (dicts from DuckDB) returning findings.

A finding is a dict with the columns of the `findings` table. Recomputed values are
returned alongside so the runner can store them.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections import defaultdict
from functools import cache, lru_cache

from checks.precision import printed_agrees, printed_decimals, same_at_precision
from checks.rules import band_for, band_named, is_negative, regulation, rules, severity
from checks.rules import bands as bands_of
from checks.wording import number, place

PERCENT = "percent_points"


def _ok(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _finding(row: dict, check: str, sev: str, message: str, **extra) -> dict:
    return {
        "doc_id": row["doc_id"],
        "kecamatan": row.get("kecamatan"),
        "tahun": row.get("tahun"),
        "check": check,
        "severity": sev,
        "message": message,
        "source_table": row.get("source_table"),
        "page": row.get("page"),
        "line": row.get("line"),
        "row_raw": row.get("row_raw"),
        "fact_id": row.get("fact_id"),
        **extra,
    }


def _other_place(ref: dict, value: float | None = None) -> dict:
    """The `other_*` fields of a finding about two places: where `ref` was read."""
    return {
        "other_doc_id": ref["doc_id"],
        "other_fact_id": ref["fact_id"],
        "other_value": value,
        "other_source_table": ref.get("source_table"),
        "other_page": ref.get("page"),
        "other_line": ref.get("line"),
        "other_row_raw": ref.get("row_raw"),
    }


def _where(row: dict) -> str:
    return place(row.get("source_table"), row.get("line"), row.get("page"))


def _rounded(row: dict, what: str, subject: str, reported: float, raw: str | None, rec: float, formula: str) -> list:
    """A percentage printed as a whole number the figures do not give (100 for 99,87):
    within the printed precision, so not a mismatch, but noted at the lowest severity."""
    gap = abs(reported - rec)
    if printed_decimals(raw, reported) != 0 or gap < rules()["rounding"]["min_gap_points"]:
        return []
    msg = (
        f"{what} '{subject}' {row.get('tahun')} tertulis {number(reported)}% di {_where(row)}, dibulatkan dari "
        f"{number(rec)}% ({formula}). Bukan kesalahan hitung; pembulatan ke bilangan bulat."
    )
    return [
        _finding(
            row, "rounding", "info", msg, reported=reported, recomputed=rec, difference=gap, subject=subject,
            formula=formula,
        )
    ]  # fmt: skip


# --- capaian and tingkat kemajuan -------------------------------------------------


def recompute_capaian(realisasi: float, target: float, negative: bool) -> float | None:
    if target == 0:
        return None  # undefined; documents call 0 of 0 "achieved"
    ratio = realisasi / target
    return (2 - ratio) * 100 if negative else ratio * 100


def _formula(negative: bool, denominator: str = "target") -> str:
    if negative:
        return f"(2 - realisasi / {denominator}) x 100 (indikator negatif)"
    return f"realisasi / {denominator} x 100"


def capaian_checks(rows: list[dict]) -> tuple[list[dict], dict[int, float]]:
    """capaian_mismatch / capaian_capped for capaian and tingkat kemajuan; returns
    findings and the recomputed capaian per value_id."""
    findings, recomputed = [], {}
    for row in rows:
        if not (_ok(row["target"]) and _ok(row["realisasi"])):
            continue
        negative = is_negative(row["indikator"])
        rec = recompute_capaian(row["realisasi"], row["target"], negative)
        if rec is None:
            continue
        recomputed[row["fact_id"]] = rec
        if _ok(row["capaian_reported"]):
            findings += _compare_capaian(row, "capaian", row["capaian_reported"], row["capaian_raw"], rec, negative)
    for row in rows:
        if _ok(row.get("kemajuan_reported")) and _ok(row.get("target_renstra")) and _ok(row["realisasi"]):
            negative = is_negative(row["indikator"])
            rec = recompute_capaian(row["realisasi"], row["target_renstra"], negative)
            if rec is not None:
                findings += _compare_capaian(
                    row, "tingkat kemajuan", row["kemajuan_reported"], row["kemajuan_raw"], rec, negative
                )
    return findings, recomputed


def borrowed_target_checks(rows: list[dict]) -> list[dict]:
    """A capaian printed in a row without a target ("Realisasi Kinerja | % Capaian Kinerja"
    only) recomputed with the target other tables of the same document give that indicator
    (the same name) in that year, with the same realisasi: judged only when they give one
    target. The other place is the first row giving it."""
    by_name: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if not row["is_peer"] and _ok(row["target"]) and _ok(row["realisasi"]):
            by_name[(row["doc_id"], row["tahun"], _letters(row["indikator"] or ""))].append(row)
    findings = []
    for row in rows:
        if row["is_peer"] or _ok(row["target"]) or not (_ok(row["realisasi"]) and _ok(row["capaian_reported"])):
            continue
        same = [r for r in by_name.get((row["doc_id"], row["tahun"], _letters(row["indikator"] or "")), [])
                if r["realisasi"] == row["realisasi"] and r["source_table"] != row["source_table"]]  # fmt: skip
        if len(row["indikator"] or "") < 10 or len({r["target"] for r in same}) != 1:
            continue
        ref = min(same, key=_position)
        negative = is_negative(row["indikator"])
        rec = recompute_capaian(row["realisasi"], ref["target"], negative)
        if rec is None:
            continue
        for f in _compare_capaian({**row, "target": ref["target"]}, "capaian", row["capaian_reported"],
                                  row["capaian_raw"], rec, negative):  # fmt: skip
            if f["check"] == "capaian_mismatch":
                f["message"] += f" Baris ini tanpa target; targetnya dari {_where(ref)}."
                findings.append({**f, **_other_place(ref, ref["target"])})
    return findings


def _compare_capaian(row, what, reported, raw, rec, negative) -> list[dict]:
    gap = abs(reported - rec)
    denominator = "target akhir renstra" if what == "tingkat kemajuan" else "target"
    formula = _formula(negative, denominator)
    if printed_agrees(reported, raw, rec):
        return _rounded(row, what.capitalize(), row["indikator"], reported, raw, rec, formula)
    basis = (
        f"realisasi {number(row['realisasi'])} dan {denominator} "
        f"{number(row['target_renstra'] if what == 'tingkat kemajuan' else row['target'])}"
    )
    common = {"reported": reported, "recomputed": rec, "subject": row["indikator"], "formula": formula}
    for cap in (100.0, 0.0):
        capped = (rec > cap) if cap == 100.0 else (rec < cap)
        if capped and abs(reported - cap) < 1e-9:
            msg = (
                f"{what.capitalize()} '{row['indikator']}' {row['tahun']} tertulis {number(reported)}% "
                f"di {_where(row)}; dari {basis} hasilnya {number(rec)}%, dibatasi menjadi {number(cap, 0)}%. "
                "Bukan kesalahan hitung."
            )
            return [_finding(row, "capaian_capped", "info", msg, difference=abs(rec - cap), **common)]
    msg = (
        f"{what.capitalize()} '{row['indikator']}' {row['tahun']} tertulis {number(reported)}% di {_where(row)}, "
        f"padahal dari {basis} hasilnya {number(rec)}% ({formula})."
    )
    return [_finding(row, "capaian_mismatch", severity(gap, PERCENT), msg, difference=gap, **common)]


# --- serapan anggaran ----------------------------------------------------------------

_SERAPAN = "realisasi / pagu x 100"


def serapan_checks(rows: list[dict]) -> tuple[list[dict], dict[int, float]]:
    """serapan_mismatch for a printed serapan that is not realisasi / pagu; on a total or
    sasaran row that prints the plain mean of its lines' serapan instead, weighted_absorption."""
    findings, recomputed = [], {}
    means = _plain_means(rows)
    for row in rows:
        if not (_ok(row["pagu"]) and _ok(row["realisasi"])) or row["pagu"] == 0:
            continue
        rec = row["realisasi"] / row["pagu"] * 100
        recomputed[row["fact_id"]] = rec
        reported = row["serapan_reported"]
        if not _ok(reported):
            continue
        gap = abs(reported - rec)
        if printed_agrees(reported, row["serapan_raw"], rec):
            findings += _rounded(row, "Serapan anggaran", row["name"], reported, row["serapan_raw"], rec, _SERAPAN)
            continue
        mean = means.get(row["fact_id"])
        check, formula = "serapan_mismatch", _SERAPAN
        msg = (
            f"Serapan anggaran '{row['name']}' {row['tahun']} tertulis {number(reported)}% di {_where(row)}, "
            f"padahal realisasi Rp {number(row['realisasi'])} dari pagu Rp {number(row['pagu'])} "
            f"adalah {number(rec)}%."
        )
        if mean is not None and printed_agrees(reported, row["serapan_raw"], mean[0]):
            check, formula = "weighted_absorption", f"{_SERAPAN} (bukan rata-rata serapan {mean[1]} baris)"
            msg += (
                f" Angka {number(reported)}% adalah rata-rata biasa serapan {mean[1]} barisnya, padahal "
                "serapan gabungan adalah jumlah realisasi dibagi jumlah pagu."
            )
        findings.append(
            _finding(row, check, severity(gap, PERCENT), msg, reported=reported, recomputed=rec, difference=gap,
                     subject=row["name"], formula=formula)
        )  # fmt: skip
    return findings, recomputed


def _table_rows(rows: list[dict]) -> list[list[dict]]:
    """The budget lines of each table (one document, table and year) in table order; lines
    read from the prose and derived totals left out."""
    tables: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if row["table_kind"] != "prose" and not row["is_derived"]:
            tables[(row["doc_id"], row["source_table"], row["tahun"])].append(row)
    for table_rows in tables.values():
        table_rows.sort(key=lambda r: r["row_index"] if _ok(r["row_index"]) else -1)
    return list(tables.values())


def serapan_range_checks(rows: list[dict]) -> list[dict]:
    """A line without a pagu whose printed serapan lies outside the range of its lines'
    serapan, when its realisasi is theirs summed: realisasi / pagu of the whole is a mean of
    the lines' serapan weighted by their pagu, so it cannot leave their range (each taken
    at its printed precision, rounded or truncated). Only lines whose own serapan is beyond
    doubt are used: lines with none below them, or lines this rule found consistent."""
    findings = []
    for table_rows in _table_rows(rows):
        kids_of = {r["fact_id"]: _children(r, table_rows, i) for i, r in enumerate(table_rows)}
        trusted = {r["fact_id"] for r in table_rows if not kids_of[r["fact_id"]]}
        for parent in sorted(table_rows, key=lambda r: -_RANK.get(r["level"], 9)):  # deepest lines first
            kids = kids_of[parent["fact_id"]]
            if _ok(parent["pagu"]) or not (_ok(parent["serapan_reported"]) and _ok(parent["realisasi"])):
                continue  # with a pagu, serapan_checks recompute it
            if len(kids) < 2 or not all(k["fact_id"] in trusted for k in kids):
                continue
            if not all(_ok(k["serapan_reported"]) and _ok(k["realisasi"]) for k in kids):
                continue
            if not printed_agrees(parent["realisasi"], parent["realisasi_raw"], sum(k["realisasi"] for k in kids)):
                continue  # the lines are not all of it: total_checks say so
            found = _outside_range(parent, kids)
            trusted |= set() if found else {parent["fact_id"]}
            findings += found
    return findings


def _unit(row: dict) -> float:
    return 10.0 ** -printed_decimals(row["serapan_raw"], row["serapan_reported"])


def _outside_range(parent: dict, kids: list[dict]) -> list[dict]:
    low = min(k["serapan_reported"] - _unit(k) for k in kids)
    high = max(k["serapan_reported"] + _unit(k) for k in kids)
    printed, unit = parent["serapan_reported"], _unit(parent)
    if low <= printed + unit and printed - unit <= high:
        return []
    nearest = low if printed < low else high
    gap = abs(printed - nearest)
    child_word = kids[0]["level"].replace("_", " ")
    shown = ", ".join(number(k["serapan_reported"]) for k in kids)
    msg = (
        f"Serapan anggaran '{parent['name']}' {parent['tahun']} tertulis {number(printed)}% di {_where(parent)}, "
        f"padahal realisasinya (Rp {number(parent['realisasi'])}) adalah jumlah realisasi {len(kids)} baris "
        f"{child_word} di bawahnya yang serapannya {shown}%: serapan gabungan mereka pasti antara "
        f"{number(max(low, 0.0))}% dan {number(high)}%."
    )
    formula = f"rata-rata tertimbang serapan {len(kids)} baris {child_word} ({number(low)}–{number(high)})"
    return [
        _finding(parent, "serapan_mismatch", severity(gap, PERCENT), msg, reported=printed, difference=gap,
                 subject=parent["name"], formula=formula)
    ]  # fmt: skip


def with_stated_serapan(budget: list[dict], statements: list[dict]) -> list[dict]:
    """Budget totals stated in a sentence, with the serapan % their paragraph states
    (statements of kind `stated_serapan` at the same place) as their printed serapan."""
    stated = {(s["doc_id"], s["line"], s["page"]): s for s in statements if s["kind"] == "stated_serapan"}
    out = []
    for row in budget:
        said = stated.get((row["doc_id"], row["line"], row["page"])) if row["table_kind"] == "prose" else None
        if said is not None and _ok(said["value"]) and not _ok(row["serapan_reported"]):
            row = {**row, "serapan_reported": said["value"], "serapan_raw": said["value_raw"],
                   "row_raw": said["row_raw"]}  # fmt: skip
        out.append(row)
    return out


def _plain_means(rows: list[dict]) -> dict[int, tuple[float, int]]:
    """For each total (or sasaran) row: the plain mean of its lines' printed serapan and
    how many lines, when every line prints one."""
    tables: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if row["table_kind"] != "prose" and not row["is_derived"]:
            tables[(row["doc_id"], row["source_table"], row["tahun"])].append(row)
    means = {}
    for table_rows in tables.values():
        table_rows.sort(key=lambda r: r["row_index"] if _ok(r["row_index"]) else -1)
        for i, parent in enumerate(table_rows):
            kids = _children(parent, table_rows, i) if parent["level"] in ("total", "sasaran") else []
            if parent["level"] == "sasaran":
                kids = _programs_under(parent, table_rows, i)
            values = [k["serapan_reported"] for k in kids]
            if len(values) >= 2 and all(_ok(v) for v in values):
                means[parent["fact_id"]] = (sum(values) / len(values), len(values))
    return means


def _programs_under(parent: dict, rows: list[dict], i: int) -> list[dict]:
    """The program rows between a sasaran row and the next sasaran or total row."""
    kids = []
    for row in rows[i + 1 :]:
        if row["level"] in ("sasaran", "total"):
            break
        if row["level"] == "program":
            kids.append(row)
    return kids


# --- totals -----------------------------------------------------------------------------

_CHILD = {"total": ("program", "sasaran"), "program": ("kegiatan",), "kegiatan": ("sub_kegiatan",)}
_RANK = {"total": 0, "sasaran": 1, "program": 1, "kegiatan": 2, "sub_kegiatan": 3}
_LEVEL_WORD = {"total": "Jumlah", "program": "Program", "kegiatan": "Kegiatan", "sasaran": "Sasaran"}


def total_checks(rows: list[dict]) -> list[dict]:
    """A total vs its programs, a program vs its kegiatan, a kegiatan vs its sub kegiatan,
    within one table (rows of one doc, table and year, in table order)."""
    findings = []
    for table_rows in _table_rows(rows):
        # Plan tables (Renstra matrices) are too irregular to nest reliably: there only
        # the total row is checked; realisation tables are checked at every level.
        realised = any(_ok(r["realisasi"]) for r in table_rows)
        for i, parent in enumerate(table_rows):
            if parent["level"] != "total" and not realised:
                continue
            children = _children(parent, table_rows, i)
            if parent["level"] == "total" and _unmarked_outline(parent, children, table_rows):
                continue
            for field in ("pagu", "realisasi"):
                findings += _compare_sum(parent, children, field)
    return findings


_OUTLINE_MAX = 80  # rows; the search below is cubic in them


def _unmarked_outline(parent: dict, children: list[dict], rows: list[dict]) -> bool:
    """A total over "programs" that are a program > kegiatan > sub kegiatan outline printed
    without words or numbers saying so (bold or indentation only, which the reading loses):
    their pagu nest - each row the sum of rows right after it - and the top rows sum to the
    total. Their flat sum's gap is then the reading's, not the document's: no finding."""
    if any(r["level"] in ("kegiatan", "sub_kegiatan") for r in rows) or not 2 < len(children) <= _OUTLINE_MAX:
        return False
    values = [c["pagu"] for c in children]
    if not _ok(parent["pagu"]) or not all(_ok(v) for v in values) or abs(sum(values) - parent["pagu"]) < 1:
        return False
    return _forest(tuple(round(v) for v in values), round(parent["pagu"]))


def _forest(values: tuple[int, ...], total: int) -> bool:
    """Whether `values` (in table order) parse as trees - a row followed by the rows that sum
    to it, or a row alone - whose first rows sum to `total`."""

    @cache
    def trees(i: int, j: int, target: int) -> bool:
        if i == j:
            return target == 0
        if values[i] > target:
            return False
        return any(
            (k == i + 1 or trees(i + 1, k, values[i])) and trees(k, j, target - values[i]) for k in range(i + 1, j + 1)
        )

    return trees(0, len(values), total)


def _children(parent: dict, rows: list[dict], i: int) -> list[dict]:
    level = parent["level"]
    if level not in _CHILD:
        return []
    if level == "total":
        for child_level in _CHILD["total"]:
            kids = [r for r in rows if r["level"] == child_level]
            if kids:
                return kids
        return []
    kids = []
    for row in rows[i + 1 :]:
        if _RANK.get(row["level"], 9) <= _RANK[level]:
            break
        if row["level"] in _CHILD[level]:
            kids.append(row)
    return kids


def _compare_sum(parent: dict, children: list[dict], field: str) -> list[dict]:
    if not children or not _ok(parent[field]) or not all(_ok(c[field]) for c in children):
        return []
    total = sum(c[field] for c in children)
    gap = abs(parent[field] - total)
    if gap < 1.0 or printed_agrees(parent[field], parent[f"{field}_raw"], total):
        return []
    what = {"pagu": "pagu", "realisasi": "realisasi"}[field]
    child_word = children[0]["level"].replace("_", " ")
    msg = (
        f"{_LEVEL_WORD.get(parent['level'], parent['level'])} {what} '{parent['name']}' {parent['tahun']} di "
        f"{_where(parent)} tertulis Rp {number(parent[field])}, padahal jumlah {len(children)} baris {child_word} "
        f"di bawahnya Rp {number(total)} (selisih Rp {number(gap)})."
    )
    rel = gap / max(abs(parent[field]), abs(total), 1.0)
    return [
        _finding(
            parent,
            "total_mismatch",
            severity(rel, "relative"),
            msg,
            reported=parent[field],
            recomputed=total,
            difference=gap,
            subject=parent["name"],
            formula=f"jumlah {what} baris {child_word}",
        )
    ]


# --- shares of the budget ------------------------------------------------------------------


def share_checks(rows: list[dict]) -> list[dict]:
    """A "% anggaran" column: the shares' sum against 100 and each line's share against its
    pagu over the table's total row, in tables whose lines add up to that total (a table
    whose tujuan and sasaran lines overlap is not checked). Lines are checked only when the
    column does not add up: a column that does may have moved a last digit to make it so
    (largest remainder)."""
    tables: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if row["table_kind"] != "prose" and not row["is_derived"]:
            tables[(row["doc_id"], row["source_table"], row["tahun"])].append(row)
    findings = []
    for table_rows in tables.values():
        totals = [r for r in table_rows if r["level"] == "total" and _ok(r["pagu"]) and r["pagu"] > 0]
        lines = [r for r in table_rows if r["level"] != "total" and _ok(r.get("share_reported")) and _ok(r["pagu"])]
        if len(totals) != 1 or len(lines) < 2 or abs(sum(r["pagu"] for r in lines) - totals[0]["pagu"]) >= 1:
            continue
        findings += _shares(totals[0], lines)
    return findings


def _shares(total: dict, lines: list[dict]) -> list[dict]:
    printed = sum(r["share_reported"] for r in lines)
    tolerance = sum(0.5 * 10.0 ** -printed_decimals(r["share_raw"], r["share_reported"]) for r in lines) + 1e-9
    whole = total["share_reported"] if _ok(total.get("share_reported")) else 100.0
    if abs(printed - whole) <= tolerance:
        return []
    shares = " + ".join((r["share_raw"] or number(r["share_reported"])).strip() for r in lines)
    msg = (
        f"Persentase anggaran di {_where(total)}: {shares} = {number(printed)}%, bukan {number(whole)}%, padahal "
        f"pagu baris-barisnya berjumlah tepat Rp {number(total['pagu'])} (baris jumlah)."
    )
    found = [
        _finding(total, "shares_sum", severity(abs(printed - whole), PERCENT), msg, reported=printed,
                 recomputed=whole, difference=abs(printed - whole), subject=total["name"],
                 formula="jumlah persentase anggaran")
    ]  # fmt: skip
    for r in lines:
        exact = r["pagu"] / total["pagu"] * 100
        if printed_agrees(r["share_reported"], r["share_raw"], exact):
            continue
        gap = abs(r["share_reported"] - exact)
        msg = (
            f"Persentase anggaran '{r['name']}' {r['tahun']} tertulis {r['share_raw'].strip()}% di {_where(r)}, "
            f"padahal pagu Rp {number(r['pagu'])} dari jumlah Rp {number(total['pagu'])} adalah {number(exact)}%."
        )
        found.append(
            _finding(r, "shares_sum", severity(gap, PERCENT), msg, reported=r["share_reported"], recomputed=exact,
                     difference=gap, subject=r["name"], formula="pagu / jumlah pagu x 100")
        )  # fmt: skip
    return found


# --- efficiency ---------------------------------------------------------------------------


def efficiency_checks(rows: list[dict]) -> tuple[list[dict], dict[int, float]]:
    """Each row against the definition of tingkat efisiensi its table uses (rules.toml
    [efficiency]); the stored recomputation stays capaian / serapan."""
    findings, recomputed = [], {}
    tables: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if not (_ok(row["capaian_kinerja"]) and _ok(row["serapan"])) or row["serapan"] == 0:
            continue
        recomputed[row["fact_id"]] = row["capaian_kinerja"] / row["serapan"]
        if _ok(row["efisiensi_reported"]):
            tables[(row["doc_id"], row["source_table"])].append(row)
    definitions = rules()["efficiency"]["definitions"]
    for table_rows in tables.values():
        fits = [sum(_fits(r, d) for r in table_rows) for d in definitions]
        chosen = definitions[fits.index(max(fits))]
        for row in table_rows:
            if not _fits(row, chosen):
                findings.append(_efficiency_finding(row, chosen, fits[definitions.index(chosen)], len(table_rows)))
    return findings, recomputed


def _efficiency_of(definition: dict, capaian: float, serapan: float) -> float:
    return capaian / serapan if definition["name"] == "rasio" else capaian - serapan


def _capaians(row: dict) -> list[float]:
    """The row's capaian, and the mean over the line's indicators when it has several."""
    others = [v for v in (row.get("capaian_lain") or []) if _ok(v)]
    own = row["capaian_kinerja"]
    return [own, (own + sum(others)) / (1 + len(others))] if others else [own]


def _fits(row: dict, definition: dict) -> bool:
    return any(
        printed_agrees(row["efisiensi_reported"], row["efisiensi_raw"], _efficiency_of(definition, c, row["serapan"]))
        for c in _capaians(row)
    )


def _efficiency_finding(row: dict, definition: dict, fitting: int, total: int) -> dict:
    rec = _efficiency_of(definition, row["capaian_kinerja"], row["serapan"])
    reported = row["efisiensi_reported"]
    gap = abs(reported - rec)
    own = ""
    if definition["name"] != "rasio":
        own = (
            f" Dokumen ini menghitung tingkat efisiensi sebagai {definition['words']} ({fitting} dari {total} baris "
            "tabel ini), bukan capaian kinerja dibagi serapan anggaran; baris ini diperiksa dengan cara dokumen itu."
        )
    msg = (
        f"Tingkat efisiensi '{row['name']}' {row['tahun']} tertulis {number(reported)} di {_where(row)}, "
        f"padahal dari capaian kinerja {number(row['capaian_kinerja'])}% dan serapan anggaran "
        f"{number(row['serapan'])}% hasilnya {number(rec)} ({definition['formula']}).{own}"
    )
    return _finding(
        row, "efficiency_mismatch", severity(gap, definition["scale"]), msg, reported=reported, recomputed=rec,
        difference=gap, subject=row["name"], formula=definition["formula"],
    )  # fmt: skip


def prose_efficiency_checks(rows: list[dict]) -> list[dict]:
    """A sasaran's capaian or serapan stated in a sentence against the efficiency tables'
    row of that name in the same document: reported when no row of that name agrees."""
    findings = []
    tables = [r for r in rows if r["table_kind"] != "prose"]
    for row in rows:
        if row["table_kind"] != "prose":
            continue
        same = [t for t in tables if t["doc_id"] == row["doc_id"] and _same_line_name(t["name"], row["name"])]
        for field, raw, what in (("serapan", "serapan_raw", "serapan anggaran"),
                                 ("capaian_kinerja", "capaian_kinerja_raw", "capaian kinerja")):  # fmt: skip
            with_value = [t for t in same if _ok(t[field])]
            if not _ok(row[field]) or not with_value:
                continue
            if any(same_at_precision(row[field], row[raw], t[field], t[raw]) for t in with_value):
                continue
            ref = with_value[0]
            gap = abs(row[field] - ref[field])
            msg = (
                f"{what.capitalize()} '{row['name']}' {row['tahun']} disebut {number(row[field])}% di {_where(row)}, "
                f"tetapi {number(ref[field])}% di {_where(ref)}."
            )
            findings.append(
                _finding(row, "prose_vs_table", severity(gap, PERCENT), msg, reported=row[field], difference=gap,
                         subject=row["name"], formula=None, **_other_place(ref, ref[field]))
            )  # fmt: skip
    return findings


MAX_PROGRAMS = 12  # programs of one table tried as a sasaran's (2^12 subsets at most)


def _by_doc(rows: list[dict]) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def sasaran_absorption_checks(efficiency: list[dict], budget: list[dict]) -> list[dict]:
    """weighted_absorption for a sasaran's serapan (an efficiency row, table or sentence)
    where no budget line of that name gives a serapan, but one gives its pagu, and exactly one
    set of two or more programs of a budget table adds up to that pagu: the serapan printed is
    the plain mean of those programs' serapan, not their realisasi over their pagu."""
    findings = []
    by_doc = _by_doc(budget)  # thousands of documents are checked at once
    for row in efficiency:
        if not _ok(row["serapan"]):
            continue
        lines = by_doc.get(row["doc_id"], [])
        named = [b for b in lines if b["tahun"] == row["tahun"] and not b["is_derived"]
                 and _same_line_name(b["name"], row["name"])]  # fmt: skip
        pagus = [b for b in named if _ok(b["pagu"])]
        if any(_ok(b["realisasi"]) or _ok(b["serapan_reported"]) for b in named) or len(pagus) != 1:
            continue  # a serapan of its own is compared by serapan_conflict_checks
        programs = _programs_making(pagus[0], lines)
        if programs is None:
            continue
        plain = sum(p["serapan_reported"] for p in programs) / len(programs)
        weighted = sum(p["realisasi"] for p in programs) / sum(p["pagu"] for p in programs) * 100
        raw = row["serapan_raw"]
        if printed_agrees(row["serapan"], raw, plain) and not printed_agrees(row["serapan"], raw, weighted):
            findings.append(_sasaran_absorption_finding(row, pagus[0], programs, plain, weighted))
    return findings


def _programs_making(line: dict, budget: list[dict]) -> list[dict] | None:
    """The programs of one budget table (pagu, realisasi and serapan printed) whose pagu add
    up to `line`'s pagu, when exactly one such set exists (by name, whatever table lists it)
    and it has two programs or more."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for b in budget:
        if (b["doc_id"] == line["doc_id"] and b["tahun"] == line["tahun"] and b["level"] == "program"
                and b["table_kind"] != "prose" and not b["is_derived"]
                and all(_ok(b[f]) for f in ("pagu", "realisasi", "serapan_reported"))):  # fmt: skip
            tables[b["source_table"]].append(b)
    found: dict[frozenset, list[dict]] = {}
    for rows in tables.values():
        if len(rows) > MAX_PROGRAMS:
            continue
        for size in range(1, len(rows) + 1):  # one program alone is a way too
            for subset in itertools.combinations(rows, size):
                if abs(sum(p["pagu"] for p in subset) - line["pagu"]) < 1:
                    found.setdefault(frozenset(_program_name(p["name"]) for p in subset), list(subset))
    programs = next(iter(found.values())) if len(found) == 1 else []
    return programs if len(programs) >= 2 else None


def _sasaran_absorption_finding(row: dict, line: dict, programs: list[dict], plain: float, weighted: float) -> dict:
    names = ", ".join(f"'{p['name']}' {number(p['serapan_reported'])}%" for p in programs)
    msg = (
        f"Serapan anggaran '{row['name']}' {row['tahun']} tertulis {number(row['serapan'])}% di {_where(row)}: "
        f"itu rata-rata biasa serapan {len(programs)} program yang pagunya berjumlah tepat pagu sasaran itu "
        f"(Rp {number(line['pagu'])}, {_where(line)}): {names}. Serapan gabungan adalah jumlah realisasi dibagi "
        f"jumlah pagu: Rp {number(sum(p['realisasi'] for p in programs))} dari Rp "
        f"{number(sum(p['pagu'] for p in programs))} = {number(weighted)}%."
    )
    gap = abs(row["serapan"] - weighted)
    return _finding(
        row, "weighted_absorption", severity(gap, PERCENT), msg, reported=row["serapan"], recomputed=weighted,
        difference=gap, subject=row["name"],
        formula=f"{_SERAPAN} (bukan rata-rata serapan {len(programs)} program)", **_other_place(line, line["pagu"]),
    )  # fmt: skip


def serapan_conflict_checks(efficiency: list[dict], budget: list[dict]) -> list[dict]:
    """The serapan an efficiency table gives a line against the serapan the budget tables
    of the same document and year give the line of that name (printed, or realisasi /
    pagu): reported when no such budget line agrees."""
    findings = []
    lines: dict[tuple, list[dict]] = defaultdict(list)
    for b in budget:
        if b["table_kind"] != "prose" and not b["is_derived"]:
            lines[(b["doc_id"], b["tahun"])].append(b)
    for row in efficiency:
        if row["table_kind"] == "prose" or not _ok(row["serapan"]):
            continue
        same = [b for b in lines[(row["doc_id"], row["tahun"])]
                if b["source_table"] != row["source_table"] and _same_line_name(b["name"], row["name"])
                and (_ok(b["serapan_reported"]) or _ok(b.get("serapan_recomputed")))]  # fmt: skip
        if not same or any(_serapan_agrees(row, b) for b in same):
            continue
        ref = same[0]
        other = ref["serapan_reported"] if _ok(ref["serapan_reported"]) else ref["serapan_recomputed"]
        gap = abs(row["serapan"] - other)
        msg = (
            f"Serapan anggaran '{row['name']}' {row['tahun']} tertulis {number(row['serapan'])}% di {_where(row)}, "
            f"tetapi {number(other)}% di {_where(ref)} (realisasi Rp {number(ref['realisasi'])} dari pagu "
            f"Rp {number(ref['pagu'])})."
        )
        findings.append(
            _finding(row, "serapan_conflict", severity(gap, PERCENT), msg, reported=row["serapan"], difference=gap,
                     subject=row["name"], formula=None, **_other_place(ref, other))
        )  # fmt: skip
    return findings


def _serapan_agrees(row: dict, budget_line: dict) -> bool:
    printed, raw = budget_line["serapan_reported"], budget_line["serapan_raw"]
    if _ok(printed) and same_at_precision(row["serapan"], row["serapan_raw"], printed, raw):
        return True
    exact = budget_line.get("serapan_recomputed")
    return _ok(exact) and printed_agrees(row["serapan"], row["serapan_raw"], exact)


def program_capaian_checks(statements: list[dict], indicators: list[dict], efficiency: list[dict]) -> list[dict]:
    """A program's capaian stated in a sentence (`program_capaian`) against the table rows of
    the one program its words name (the start of the program's name, after "Program"): a row's
    capaian, or the mean of the program's rows in one table. Reported when none agrees at the
    printed precision; a sentence whose words name no program or several is left."""
    findings = []
    indicators_of, efficiency_of = _by_doc(indicators), _by_doc(efficiency)
    for row in statements:
        if row["kind"] != "program_capaian" or not _ok(row["value"]) or not row["subject"]:
            continue
        rows = _program_rows(row, indicators_of.get(row["doc_id"], []), efficiency_of.get(row["doc_id"], []))
        if not rows:
            continue
        # a program's capaian may be the mean of its indicators' whether or not the sentence says "rata-rata"
        candidates = [(v, raw) for _, v, raw in rows] + [(m, None) for m in _table_means(rows)]
        if any(same_at_precision(row["value"], row["value_raw"], v, raw) for v, raw in candidates):
            continue
        ref, other, _ = rows[0]
        gap = abs(row["value"] - other)
        name = ref.get("indikator") or ref.get("name")
        msg = (
            f"Kalimat di {_where(row)} menyebut capaian kinerja program '{row['subject']}' {row['tahun']} "
            f"{row['value_raw']}%, padahal {_where(ref)} mencantumkan {number(other)}% untuk '{name}'."
        )
        findings.append(
            _finding(row, "prose_vs_table", severity(gap, PERCENT), msg, reported=row["value"], difference=gap,
                     subject=name, formula=None, **_other_place(ref, other))
        )  # fmt: skip
    return findings


def _program_rows(statement: dict, indicators: list[dict], efficiency: list[dict]) -> list[tuple[dict, float, str]]:
    """(row, capaian, raw) of the table rows of the one program the statement's words name."""
    words = _program_name(statement["subject"]).split()
    if len(words) < 2:
        return []
    rows = []
    for r in indicators:
        labels = [r.get("indikator"), r.get("sasaran"), *_cells(r.get("row_raw"))]  # a "Program" column too
        label = next((x for x in labels if _names_program(x, words)), None)
        if label and _ok(r["capaian_reported"]) and _same_doc_year(r, statement):
            rows.append((r, r["capaian_reported"], r["capaian_raw"], _program_name(label)))
    for r in efficiency:
        if _names_program(r["name"], words) and _ok(r["capaian_kinerja"]) and _same_doc_year(r, statement):
            rows.append((r, r["capaian_kinerja"], r["capaian_kinerja_raw"], _program_name(r["name"])))
    names = {n for *_, n in rows}
    if any(difflib.SequenceMatcher(None, a, b).ratio() < 0.9 for a in names for b in names):
        return []  # the words name several programs
    return [(r, v, raw) for r, v, raw, _ in rows if r["table_kind"] != "prose"]


def _cells(row_raw: str | None) -> list[str]:
    return (row_raw or "").split("\t")


def _names_program(label: str | None, words: list[str]) -> bool:
    """Whether a row's label is "Program ..." and its name starts with `words`."""
    if not label or not re.match(r"^\s*program\b", label, re.I):
        return False
    start = " ".join(_program_name(label).split()[: len(words)])
    return difflib.SequenceMatcher(None, start, " ".join(words)).ratio() >= 0.9  # "publik" / "public"


def _same_doc_year(row: dict, other: dict) -> bool:
    return row["doc_id"] == other["doc_id"] and row["tahun"] == other["tahun"]


def _table_means(rows: list[tuple[dict, float, str]]) -> list[float]:
    """The mean of a program's rows in each table that has two or more."""
    tables: dict[str, list[float]] = defaultdict(list)
    for r, v, _ in rows:
        tables[r["source_table"]].append(v)
    return [sum(vs) / len(vs) for vs in tables.values() if len(vs) >= 2]


def remark_checks(statements: list[dict], indicators: list[dict]) -> list[dict]:
    """A tingkat kemajuan stated under a table (`kemajuan_remark`) against that table: one
    of its rows' tingkat kemajuan, or for an average the mean of its rows (leaving out up to
    two, as a narrative may skip a repeated or a program's row) or the average it prints."""
    findings = []
    for row in statements:
        if row["kind"] != "kemajuan_remark" or not _ok(row["value"]):
            continue
        rows = [v for v in indicators if v["doc_id"] == row["doc_id"] and v["source_table"] == row["subject"]
                and _ok(v.get("kemajuan_reported"))]  # fmt: skip
        if not rows:
            continue
        values = [v["kemajuan_reported"] for v in rows]
        if row["label"] == "rata-rata":
            printed = [s["value"] for s in statements if s["kind"] == "table_average" and s["doc_id"] == row["doc_id"]
                       and s["source_table"] == row["subject"]]  # fmt: skip
            candidates = printed + _subset_means(values)
        else:
            candidates = values
        if any(printed_agrees(row["value"], row["value_raw"], c) for c in candidates):
            continue
        ref = rows[0]
        other = sum(values) / len(values) if row["label"] == "rata-rata" else ref["kemajuan_reported"]
        gap = abs(row["value"] - other)
        what = "rata-rata tingkat kemajuan" if row["label"] == "rata-rata" else "tingkat kemajuan"
        msg = (
            f"Kalimat di {_where(row)} menyebut {what} {number(row['value'])}% untuk {row['subject']} di atasnya, "
            "padahal tabel itu "
            f"mencantumkan {number(other)}% ({_where(ref)})."
        )
        findings.append(
            _finding(row, "prose_vs_table", severity(gap, PERCENT), msg, reported=row["value"], difference=gap,
                     subject=ref["indikator"], formula=None, **_other_place(ref, other))
        )  # fmt: skip
    return findings


def achievement_checks(statements: list[dict], indicators: list[dict]) -> list[dict]:
    """How many targets a sentence under a table says were not achieved in a year, against
    that table's rows of the year: realisasi below target (above, for a negative indicator),
    an indicator counted once however many rows repeat it (same kind and figures)."""
    findings = []
    for row in statements:
        if row["kind"] != "achievement_remark" or not _ok(row["value"]):
            continue
        rows = [v for v in indicators if _of_remark(v, row)]
        if not rows:
            continue
        missed = {_missed_key(v): v for v in rows if _below_target(v)}
        if len(missed) == int(row["value"]):
            continue
        names = "; ".join(f"{v['indikator']} ({number(v['realisasi'])} dari target {number(v['target'])})"
                          for v in missed.values()) or "tidak ada"  # fmt: skip
        ref = next(iter(missed.values()), rows[0])
        msg = (
            f"Kalimat di {_where(row)} menyebut {int(row['value'])} target tahun {row['tahun']} tidak tercapai, "
            f"padahal {row['subject']} menunjukkan {len(missed)}: {names}."
        )
        findings.append(
            _finding(row, "prose_vs_table", "sedang", msg, reported=row["value"],
                     difference=abs(len(missed) - row["value"]), subject=row["subject"],
                     formula="jumlah indikator di bawah target", **_other_place(ref, float(len(missed))))
        )  # fmt: skip
    return findings


def achievement_table_checks(statements: list[dict], indicators: list[dict]) -> list[dict]:
    """A table sorting sasaran by achievement that says none fell short (`achievement_table`)
    against the measurement table of that year right before it: a sasaran all of whose
    indicators there are below target (above, for a negative indicator) fell short by any
    reckoning (one below target among others above is not judged: the sasaran's own capaian
    may be their mean)."""
    findings = []
    indicators_of = _by_doc(indicators)
    for row in statements:
        if row["kind"] != "achievement_table" or not _ok(row["value"]) or row["value"] != 0:
            continue
        rows = _measured_before(row, indicators_of.get(row["doc_id"], []))
        by_sasaran: dict[str, list[dict]] = defaultdict(list)
        for v in rows:
            by_sasaran[_letters(v["sasaran"] or "")].append(v)
        short = [vs for name, vs in by_sasaran.items() if name and all(_below_target(v) for v in vs)]
        if not short:
            continue
        ref = short[0][0]
        names = "; ".join(f"'{vs[0]['sasaran']}' ({', '.join(_short_of(v) for v in vs)})" for vs in short)
        msg = (
            f"{_where(row)} menyebut tidak ada sasaran yang tidak mencapai target tahun "
            f"{row['tahun']} ('{row['value_raw']}'), padahal di {ref['source_table']} {len(short)} sasaran berada di "
            f"bawah target pada semua indikatornya: {names}."
        )
        findings.append(
            _finding(row, "prose_vs_table", "sedang", msg, reported=0.0, recomputed=float(len(short)),
                     difference=float(len(short)), subject=ref["sasaran"], **_other_place(ref, ref["realisasi"]),
                     formula="jumlah sasaran yang semua indikatornya di bawah target")
        )  # fmt: skip
    return findings


def _short_of(v: dict) -> str:
    return f"{v['indikator']} {number(v['realisasi'])} dari target {number(v['target'])}"


def _measured_before(statement: dict, indicators: list[dict]) -> list[dict]:
    """The rows of the year's measurement table nearest before the statement (target and
    realisasi read, not another kecamatan's)."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for v in indicators:
        if (v["doc_id"] == statement["doc_id"] and v["tahun"] == statement["tahun"] and not v["is_peer"]
                and v["table_kind"] == "measurement" and _ok(v["target"]) and _ok(v["realisasi"])
                and _before(v, statement)):  # fmt: skip
            tables[v["source_table"]].append(v)
    if not tables:
        return []
    return max(tables.values(), key=lambda vs: min(_position(v) for v in vs))


def _position(row: dict) -> tuple[int, int, tuple[int, ...]]:
    return (row.get("page") or 0, row.get("line") or 0, _caption_order(row.get("source_table")) or ())


def _before(row: dict, other: dict) -> bool:
    """Whether `row` comes before `other` in the document: by text-export line, or for a PDF
    (no lines) by page, and on one page by their tables' caption numbers when both have one
    ("Tabel 3.4" set under "Tabel 3.3" on its page comes after it); else the same page counts
    as before."""
    if _ok(row.get("line")) and _ok(other.get("line")):
        return row["line"] < other["line"]
    if not (_ok(row.get("page")) and _ok(other.get("page"))):
        return False
    if row["page"] != other["page"]:
        return row["page"] < other["page"]
    mine, theirs = _caption_order(row.get("source_table")), _caption_order(other.get("source_table"))
    return mine < theirs if mine and theirs and mine != theirs else True


_CAPTION_NUMBER = re.compile(r"^(?:tabel|table)\s+(\d+(?:\.\d+)*)\s*$", re.I)


def _caption_order(name: str | None) -> tuple[int, ...] | None:
    """The caption's numbers, "Tabel 3.10" -> (3, 10); None for a table named otherwise."""
    found = _CAPTION_NUMBER.match(name or "")
    return tuple(int(part) for part in found.group(1).split(".")) if found else None


def claim_checks(statements: list[dict], indicators: list[dict]) -> list[dict]:
    """A sentence saying a realisasi exceeds its target while the figures it gives say it
    does not (the realisasi equals the target or is below it). The other place is a table
    row of the indicator the sentence names with the same figures, when there is one."""
    findings = []
    for row in statements:
        if row["kind"] != "target_claim" or not (_ok(row["value"]) and _ok(row.get("reference"))):
            continue
        if row["value"] > row["reference"]:
            continue
        ref = next((v for v in indicators if _claimed_row(v, row)), None)
        also = f"; {_where(ref)} juga {number(ref['realisasi'])} dari target {number(ref['target'])}" if ref else ""
        msg = (
            f"Kalimat di {_where(row)} menyebut realisasi {number(row['value'])} melebihi target, padahal targetnya "
            f"{number(row['reference'])} (kalimat yang sama{also})."
        )
        other = _other_place(ref, ref["realisasi"]) if ref else {}
        findings.append(
            _finding(row, "prose_vs_table", "rendah", msg, reported=row["value"], recomputed=row["reference"],
                     difference=abs(row["reference"] - row["value"]), subject=ref["indikator"] if ref else None,
                     formula="realisasi > target", **other)
        )  # fmt: skip
    return findings


def national_checks(statements: list[dict]) -> list[dict]:
    """A sentence saying a figure is above or below the national one, against the row of the
    document's national comparison table whose indicator it names (one row, else not judged):
    the table prints no national figure ("N/A", "-"), or its figures say the other way."""
    findings = []
    for claim in statements:
        if claim["kind"] != "national_claim":
            continue
        rows = [r for r in statements if r["kind"] == "national_value" and r["doc_id"] == claim["doc_id"]
                and _names_indicator(r["subject"], claim["subject"] or "")]  # fmt: skip
        if len(rows) == 1 and not is_negative(rows[0]["subject"]):
            findings += _national_finding(claim, rows[0])
    return findings


def _national_finding(claim: dict, row: dict) -> list[dict]:
    said = "di atas" if claim["label"] == "above" else "di bawah"
    if not _ok(row["value"]):
        msg = (
            f"Kalimat di {_where(claim)} menyebut {row['subject']} {said} nilai nasional ('{claim['value_raw']}'), "
            f"padahal {_where(row)} tidak memberi nilai nasional ('{row['value_raw']}'): perbandingan itu tidak "
            f"bersumber dari dokumen."
        )
        return [_finding(claim, "prose_vs_table", "rendah", msg, reported=row["reference"], subject=row["subject"],
                         formula="perbandingan dengan nilai nasional", **_other_place(row))]  # fmt: skip
    real = row["reference"]
    if not _ok(real) or (real > row["value"] if claim["label"] == "above" else real < row["value"]):
        return []
    msg = (
        f"Kalimat di {_where(claim)} menyebut {row['subject']} {said} nilai nasional ('{claim['value_raw']}'), "
        f"padahal {_where(row)} memberi realisasi {number(real)} dan nilai nasional {number(row['value'])}."
    )
    return [_finding(claim, "prose_vs_table", "sedang", msg, reported=real, recomputed=row["value"],
                     difference=abs(real - row["value"]), subject=row["subject"],
                     formula="perbandingan dengan nilai nasional", **_other_place(row, row["value"]))]  # fmt: skip


_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
_OF_KECAMATAN = re.compile(r"\b(?:kecamatan|kec\.?)\s+[a-z]+", re.I)


def _names_indicator(name: str, text: str) -> bool:
    """Whether words name a table's indicator: its name without the kecamatan's ("Nilai
    Evaluasi AKIP" of "Nilai Evaluasi AKIP Kecamatan Sumobito"), whole, or the acronym it
    prints in parentheses ("(IKPP)"), as a word."""
    acronym = _ACRONYM.search(name)
    if acronym and re.search(rf"\b{acronym.group(1)}\b", text):
        return True
    core = _letters(_OF_KECAMATAN.sub(" ", _ACRONYM.sub(" ", name)))
    if not core:
        return False
    return re.search(rf"\b{re.escape(core)}\b", _letters(text)) is not None


def _claimed_row(v: dict, claim: dict) -> bool:
    """A table row with the claim's figures whose indicator the words before the claim name."""
    if v["doc_id"] != claim["doc_id"] or v["is_peer"] or v["target"] != claim["reference"]:
        return False
    if v["realisasi"] != claim["value"]:
        return False
    name, about = _letters(v["indikator"]), _letters(claim["subject"] or "")
    match = difflib.SequenceMatcher(None, name, about).find_longest_match(0, len(name), 0, len(about))
    return len(name) > 5 and match.size >= 0.8 * len(name)


@lru_cache(maxsize=1 << 16)  # names repeat over a document's tables and years
def _letters(text: str) -> str:
    return re.sub(r"[^a-z]+", " ", text.lower()).strip()


def _of_remark(v: dict, remark: dict) -> bool:
    """An indicator row of the table a remark is about, of the remark's year, with figures."""
    same = v["doc_id"] == remark["doc_id"] and v["source_table"] == remark["subject"] and v["tahun"] == remark["tahun"]
    return same and not v["is_peer"] and _ok(v["target"]) and _ok(v["realisasi"])


def _below_target(v: dict) -> bool:
    negative = is_negative(v["indikator"])
    return v["realisasi"] > v["target"] if negative else v["realisasi"] < v["target"]


def _missed_key(v: dict) -> tuple:
    subject = v["indicator_kind"] if v["indicator_kind"] != "OTHER" else v["indikator"].lower()
    return (subject, v["target"], v["realisasi"])


def _subset_means(values: list[float]) -> list[float]:
    n = len(values)
    means = [sum(values) / n]
    for drop in (1, 2):
        if n - drop >= 2:
            means += [(sum(values) - sum(c)) / (n - drop) for c in itertools.combinations(values, drop)]
    return means


_LINE_PREFIX = re.compile(r"^\s*(?:tujuan|sasaran)(?:\s+[ivx\d]+\s*:?|\s*:)\s*", re.I)


@lru_cache(maxsize=1 << 16)
def _line_key(name: str) -> str:
    return re.sub(r"[^a-z]+", " ", _LINE_PREFIX.sub("", name).lower()).strip()


@lru_cache(maxsize=1 << 18)
def _same_line_name(a: str, b: str) -> bool:
    """'Sasaran 3 : Meningkatnya kinerja perangkat daerah' names what 'Meningkatnya kinerja
    perangkat daerah' names. Cached, and the cheap upper bounds first: every efficiency row
    is compared with every budget line of its document, over thousands of documents."""
    na, nb = _line_key(a or ""), _line_key(b or "")
    if not na:
        return False
    m = difflib.SequenceMatcher(None, na, nb)
    return m.real_quick_ratio() >= 0.95 and m.quick_ratio() >= 0.95 and m.ratio() >= 0.95  # "IKM ..." is not "IPP ..."


# --- another year's table ----------------------------------------------------------------------

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def another_year_checks(tables: list[dict], docs: dict[int, dict], facts: list[dict]) -> list[dict]:
    """A table of one year's results or plans whose caption or title names one earlier year
    than the report's (or, naming none, whose column headers name only earlier years: "Hasil
    Rekon 2022", "P-RKBMD 2023" in a 2024 report) and whose figures are all of those years (a
    table copied from last year's report), unless it says it compares ("Perbandingan",
    "Sebelum ...") or is a multi-year, peer or Renstra table."""
    words = rules()["another_year"]
    years: dict[tuple, set] = defaultdict(set)
    for f in facts:
        years[(f["doc_id"], f["source_table"])].add(f["tahun"])
    findings = []
    for t in tables:
        report_year = docs.get(t["doc_id"], {}).get("tahun")
        if not _year_has_figures(t["doc_id"], report_year, years):
            continue  # no table gives figures of the report's year: that year may be misread (the publication's)
        text = " ".join([t.get("caption") or "", t.get("title") or "", *(t.get("columns") or [])]).lower()
        named, where = _years_named(t)
        if (not report_year or not named or t["table_kind"] not in words["kinds"]
                or any(w in text for w in words["comparison_words"])):  # fmt: skip
            continue
        if max(named) >= report_year or not years.get((t["doc_id"], t["source_table"]), set()) <= named:
            continue
        findings.append(_another_year_finding(t, sorted(named), where, report_year))
    return findings


def _year_has_figures(doc_id: int, year: int | None, years: dict[tuple, set]) -> bool:
    return any(doc == doc_id and year in ys for (doc, _), ys in years.items())


def _years_named(table: dict) -> tuple[set[int], str]:
    """The year the caption or title names (one only), else the years the column headers name."""
    titled = {int(y) for y in _YEAR.findall(f"{table.get('caption') or ''} {table.get('title') or ''}")}
    if titled:
        return (titled, "judul") if len(titled) == 1 else (set(), "")
    headers = {int(y) for c in table.get("columns") or [] for y in _YEAR.findall(c)}
    return headers, "kolom"


def _another_year_finding(t: dict, named: list[int], where: str, report_year: int) -> dict:
    words = rules()["another_year"]
    title = t.get("title") or t.get("caption")
    shown = ", ".join(str(y) for y in named)
    said = "" if where == "judul" else f" (kolomnya: {', '.join(c for c in t['columns'] if _YEAR.search(c))})"
    msg = (
        f"{t['source_table']} '{title}' ({_where(t)}) dalam LKjIP tahun {report_year} menyajikan angka tahun "
        f"{shown}{said} sebagai {words['kind_words'].get(t['table_kind'], 'hasil')} tanpa menyebutnya "
        "perbandingan: periksa apakah tabel tahun sebelumnya tersalin."
    )
    year = named[-1]
    return _finding(
        {**t, "tahun": year, "row_raw": title}, "another_year", "sedang", msg, reported=float(year),
        recomputed=float(report_year), difference=float(report_year - year), subject=title,
        formula=f"tahun pada {where} tabel dibanding tahun laporan",
    )  # fmt: skip


# --- labels --------------------------------------------------------------------------------


def label_checks(rows: list[dict]) -> list[dict]:
    """An IKM category or SAKIP predicate written next to a number of another band."""
    findings = []
    for row in rows:
        kind = row["indicator_kind"]
        if kind not in ("IKM", "SAKIP"):
            continue
        for field in ("target", "realisasi", "target_renstra"):
            findings += _check_label(row, kind, field)
    return findings


_LABEL_BEFORE_NUMBER = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,20}?)\s*\(")


_FIELD_WORDS = {"target": "target", "realisasi": "realisasi", "target_renstra": "target akhir renstra"}


def _label(row: dict, field: str) -> str | None:
    """The category printed with a figure; the Renstra end target keeps it in its raw text
    ("Baik (90)") only."""
    if field != "target_renstra":
        return row.get(f"{field}_label")
    m = _LABEL_BEFORE_NUMBER.match(row.get("target_renstra_raw") or "")
    return m.group(1) if m else None


def _check_label(row: dict, kind: str, field: str) -> list[dict]:
    value, label = row.get(field), _label(row, field)
    written = band_named(kind, label)
    if not _ok(value) or written is None:
        return []
    actual = band_for(kind, value)
    if actual is None or actual.code == written.code:
        return []
    steps = abs(actual.rank - written.rank)
    msg = (
        f"{kind} {row['tahun']} ({_FIELD_WORDS[field]}) di {_where(row)} ditulis '{label}' ({written.code} "
        f"{written.name}) untuk "
        f"nilai {number(value)}, padahal nilai itu termasuk {actual.code} '{actual.name}' "
        f"({number(actual.low)}–{number(actual.high)}) menurut {regulation(kind)}."
    )
    return [
        _finding(
            row,
            "label_mismatch",
            "tinggi" if steps > 1 else "sedang",
            msg,
            reported=value,
            difference=steps,
            subject=row["indikator"],
            formula=f"kategori {regulation(kind)}",
        )
    ]


# --- averages ---------------------------------------------------------------------------------


def average_checks(rows: list[dict]) -> list[dict]:
    """A table's "Rata-rata" row against the mean of the figures above it (statements of
    kind `table_average`); the mean of the figures capped at 100 is accepted too."""
    findings = []
    limit = rules()["average"]["max_gap_points"]
    for row in rows:
        values = [v for v in (row.get("values") or []) if _ok(v)]
        if row["kind"] != "table_average" or len(values) < 2 or not _ok(row["value"]):
            continue
        means = [sum(values) / len(values), sum(min(v, 100.0) for v in values) / len(values)]
        if any(printed_agrees(row["value"], row["value_raw"], m) for m in means):
            continue
        mean = means[0]
        gap = abs(row["value"] - mean)
        if gap > limit:
            continue
        msg = (
            f"Rata-rata '{row['subject']}' {row['tahun']} tertulis {number(row['value'])} di {_where(row)}, padahal "
            f"rata-rata {len(values)} angka di atasnya adalah {number(mean)}."
        )
        findings.append(
            _finding(row, "average_mismatch", severity(gap, PERCENT), msg, reported=row["value"], recomputed=mean,
                     difference=gap, subject=row["subject"], formula=f"rata-rata {len(values)} baris di atasnya")
        )  # fmt: skip
    return findings


def prose_average_checks(statements: list[dict], indicators: list[dict]) -> list[dict]:
    """An average capaian stated in a sentence against the tables of that year: it must be
    the mean of some measurement table's capaian (two rows or more, capped at 100 or not),
    of a Renstra table's tingkat kemajuan, or an average a table prints."""
    findings = []
    for row in statements:
        if row["kind"] != "prose_average" or not _ok(row["value"]):
            continue
        candidates = _averages_of(row, statements, indicators)
        if not candidates or any(printed_agrees(row["value"], row["value_raw"], v) for v, _ in candidates):
            continue
        mean, ref = candidates[0]
        gap = abs(row["value"] - mean)
        msg = (
            f"Rata-rata capaian kinerja {row['tahun']} disebut {number(row['value'])}% di {_where(row)}, padahal "
            f"rata-rata capaian {_where(ref)} dan baris-baris sesudahnya adalah {number(mean)}% "
            "(dan tidak sama dengan rata-rata tabel pengukuran lain tahun itu)."
        )
        findings.append(
            _finding(row, "average_mismatch", severity(gap, PERCENT), msg, reported=row["value"], recomputed=mean,
                     difference=gap, subject=row["subject"], formula="rata-rata capaian tabel pengukuran",
                     **_other_place(ref, mean))
        )  # fmt: skip
    return findings


def _averages_of(row: dict, statements: list[dict], indicators: list[dict]) -> list[tuple[float, dict]]:
    """(mean, first row) of every table of the sentence's document and year that an average
    capaian may summarise, measurement tables first."""
    tables: dict[tuple, list[dict]] = defaultdict(list)
    for v in indicators:
        if v["doc_id"] == row["doc_id"] and v["tahun"] == row["tahun"] and not v["is_peer"]:
            tables[(v["table_kind"] != "measurement", v["source_table"])].append(v)
    found = []
    for (_, _table), rows in sorted(tables.items(), key=lambda kv: (kv[0][0], min(r["line"] or 0 for r in kv[1]))):
        for field in ("capaian_reported", "kemajuan_reported"):
            values = [r[field] for r in rows if _ok(r.get(field))]
            if len(values) >= 2:
                first = min(rows, key=lambda r: r["line"] or 0)
                found.append((sum(values) / len(values), first))
                found.append((sum(min(v, 100.0) for v in values) / len(values), first))
    printed = [s for s in statements if s["doc_id"] == row["doc_id"] and s["kind"] == "table_average"]
    return found + [(s["value"], s) for s in printed if _ok(s["value"])]


# --- grades of the SAKIP evaluation's components ---------------------------------------------


def grade_checks(rows: list[dict]) -> list[dict]:
    """An LHE component's grade (perencanaan, pengukuran, pelaporan, evaluasi) against its
    capaian on the predicate scale the document prints for itself, else PermenPANRB 88/2021."""
    by_doc: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc_id"]].append(row)
    findings = []
    for doc_rows in by_doc.values():
        own = [r for r in doc_rows if r["kind"] == "scale_band" and _ok(r["low"]) and _ok(r["high"])]
        for row in doc_rows:
            if row["kind"] == "lhe_component" and _ok(row["value"]) and row["label"]:
                findings += _grade_finding(row, own)
    return findings


def lhe_extreme_checks(rows: list[dict]) -> list[dict]:
    """A sentence naming the SAKIP evaluation's component with the lowest (highest) capaian or
    score, against the components the document states (three at least, each with both): the
    component named (one, by the first two words after "Evaluasi atas") is not the extreme by
    that measure. The message says what the other measure gives."""
    findings = []
    for claim in rows:
        if claim["kind"] != "lhe_extreme":
            continue
        parts = [r for r in rows if r["doc_id"] == claim["doc_id"] and r["kind"] == "lhe_component"
                 and _ok(r["value"]) and _ok(r.get("score"))]  # fmt: skip
        named = [r for r in parts if _component_key(r["subject"]) in _letters(claim["subject"] or "")]
        if len(parts) < 3 or len({_component_key(r["subject"]) for r in named}) != 1:
            continue
        findings += _extreme_finding(claim, named[0], parts)
    return findings


def _component_key(subject: str) -> str:
    """ "pelaporan kinerja" of "Evaluasi atas pelaporan kinerja"."""
    words = re.sub(r"^evaluasi\s+atas\s+", "", _letters(subject)).split()
    return " ".join(words[:2])


def _extreme_finding(claim: dict, named: dict, parts: list[dict]) -> list[dict]:
    lowest, measure = claim["label"].split()
    field = "value" if measure == "capaian" else "score"
    pick = min if lowest == "lowest" else max
    best = pick(parts, key=lambda r: r[field])
    if named[field] == best[field]:
        return []
    other = "score" if field == "value" else "value"
    also = pick(parts, key=lambda r: r[other])

    def said(r: dict, f: str) -> str:
        return f"{number(r['value'])}%" if f == "value" else f"{number(r['score'])} dari bobot {number(r['weight'])}"

    word = "terendah" if lowest == "lowest" else "tertinggi"
    measured = "capaian" if field == "value" else "nilai"
    but = (
        f"; menurut {'nilai' if other == 'score' else 'capaian'} ({said(named, other)}) komponen itu memang {word}"
        if named[other] == also[other]
        else ""
    )
    msg = (
        f"Kalimat di {_where(claim)} menyebut '{named['subject']}' komponen dengan {measured} {word} "
        f"('{claim['value_raw']}'), padahal {measured} {word} adalah '{best['subject']}' ({said(best, field)}; "
        f"'{named['subject']}' {said(named, field)}, {_where(named)}){but}."
    )
    return [
        _finding(claim, "prose_vs_table", "rendah", msg, reported=named[field], recomputed=best[field],
                 difference=abs(named[field] - best[field]), subject=named["subject"],
                 formula=f"komponen evaluasi SAKIP dengan {measured} {word}", **_other_place(best, best[field]))
    ]  # fmt: skip


def _grade_band(value: float, own: list[dict]) -> tuple[str, float, float, dict | None] | None:
    """(code, low, high, the document's scale row) of the band `value` falls in."""
    for r in own:
        low_ok = value >= r["low"] if r["low_inclusive"] else value > r["low"]
        if low_ok and value <= r["high"]:
            return r["label"], r["low"], r["high"], r
    if own:
        return None
    band = band_for("SAKIP", value)
    return (band.code, band.low, band.high, None) if band else None


def _grade_finding(row: dict, own: list[dict]) -> list[dict]:
    actual = _grade_band(row["value"], own)
    if actual is None or actual[0] == row["label"]:
        return []
    code, low, high, scale_row = actual
    order = [r["label"] for r in own] if own else [b.code for b in bands_of("SAKIP")]
    steps = abs(order.index(code) - order.index(row["label"])) if row["label"] in order else 2
    scale = f"skala predikat dokumen itu sendiri ({_where(scale_row)})" if scale_row else regulation("SAKIP")
    weight = f" (nilai {number(row['score'])} dari bobot {number(row['weight'])}%)" if _ok(row.get("score")) else ""
    msg = (
        f"Komponen evaluasi SAKIP '{row['subject']}' {row['tahun']} di {_where(row)}: capaian "
        f"{number(row['value'])}%{weight} ditulis predikat '{row['label']}', padahal {number(row['value'])}% "
        f"termasuk '{code}' (>{number(low)}–{number(high)}) menurut {scale}."
    )
    other = {}
    if scale_row:
        other = {"other_doc_id": row["doc_id"], "other_fact_id": scale_row["fact_id"],
                 "other_source_table": scale_row["source_table"], "other_page": scale_row["page"],
                 "other_line": scale_row["line"], "other_row_raw": scale_row["row_raw"]}  # fmt: skip
    return [
        _finding(row, "lhe_grade_mismatch", "tinggi" if steps > 1 else "sedang", msg, reported=row["value"],
                 difference=steps, subject=row["subject"], formula=f"predikat {scale}", **other)
    ]  # fmt: skip


# --- categories against the document's own scale ----------------------------------------------


def category_checks(rows: list[dict]) -> list[dict]:
    """A figure stated with a category ("83% (kategori Tinggi)") against the scale the same
    document prints with that category's name (a `category_band` or `scale_band` table: by
    its name or code). A category no scale of the document names is not judged here."""
    findings = []
    scales: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        if r["kind"] in ("category_band", "scale_band") and _ok(r["low"]) and _ok(r["high"]):
            scales[(r["doc_id"], r["source_table"])].append(r)
    for row in rows:
        if row["kind"] != "category_statement" or not _ok(row["value"]) or not row["label"]:
            continue
        own = {table: bands for (doc, table), bands in scales.items() if doc == row["doc_id"]}
        named = _named_band(row, [b for bands in own.values() for b in bands])
        if named is None:
            findings += _off_scale_category(row, own)
            continue
        scale = scales[(row["doc_id"], named["source_table"])]
        value = min(row["value"], max(b["high"] for b in scale))  # above the scale: its top band
        actual = next((b for b in scale if _in_band(value, b)), None)
        if actual is None or actual is named:
            continue
        msg = (
            f"Angka {number(row['value'])} di {_where(row)} disebut kategori '{_band_name(named)}', padahal menurut "
            f"skala dokumen itu sendiri ({_where(actual)}) angka itu termasuk '{_band_name(actual)}' "
            f"({actual['value_raw']})."
        )
        findings.append(
            _finding(row, "category_mismatch", "sedang", msg, reported=row["value"], subject=_band_name(named),
                     formula=f"skala {named['source_table']}", **_other_place(actual))
        )  # fmt: skip
    return findings


def _off_scale_category(row: dict, own: dict[str, list[dict]]) -> list[dict]:
    """A category no scale of the document names but a regulation's scale does ("Sangat Baik"
    beside a Tinggi/Sedang scale): judged only when the document prints one scale and the figure
    fits that category on none of the regulations' scales either (an IKM of 90 called "Sangat
    Baik" is right on the IKM scale, whatever the document's capaian scale says)."""
    words = re.sub(r"\s+", " ", row["label"].lower()).strip()
    regulated = [(kind, b) for kind in ("IKM", "SAKIP") for b in bands_of(kind)
                 if words == b.name.lower() or words.startswith(b.name.lower() + " ")]  # fmt: skip
    if not regulated or len(own) != 1:
        return []
    longest = max(len(b.name) for _, b in regulated)
    regulated = [(kind, b) for kind, b in regulated if len(b.name) == longest]  # "Sangat Baik", not "Baik"
    if any(_in_regulation_band(kind, b, row["value"]) for kind, b in regulated):
        return []
    scale = next(iter(own.values()))
    value = min(row["value"], max(b["high"] for b in scale))
    actual = next((b for b in scale if _in_band(value, b)), None)
    if actual is None:
        return []
    name = regulated[0][1].name
    elsewhere = " dan ".join(
        f"'{name}' pada skala {kind} {regulation(kind)} adalah {'' if kind == 'IKM' else '>'}{number(b.low)}–"
        f"{number(b.high)}"
        for kind, b in regulated
    )
    msg = (
        f"Angka {number(row['value'])} di {_where(row)} disebut kategori '{name}', nama yang tidak ada di skala "
        f"dokumen itu sendiri ({actual['source_table']}): menurut skala itu angka itu termasuk '{_band_name(actual)}' "
        f"({number(actual['low'])}–{number(actual['high'])}); {elsewhere}."
    )
    return [
        _finding(row, "category_mismatch", "rendah", msg, reported=row["value"], subject=name,
                 formula=f"skala {actual['source_table']}; skala {', '.join(k for k, _ in regulated)}",
                 **_other_place(actual))
    ]  # fmt: skip


def _in_regulation_band(kind: str, band, value: float) -> bool:
    """The regulation's own boundaries (rules.toml): IKM closed, SAKIP open below."""
    found = band_for(kind, value)
    return found is not None and found.code == band.code


def _band_name(band: dict) -> str:
    return band["subject"] or band["label"]


def _named_band(row: dict, bands: list[dict]) -> dict | None:
    """The band whose name (or code) the words after "kategori" start with, longest first."""
    words = re.sub(r"\s+", " ", row["label"].lower()).strip()
    names = [(n, b) for b in bands for n in {(b["subject"] or "").lower(), (b["label"] or "").lower()} if n]
    hits = [(n, b) for n, b in names if words == n or words.startswith(n + " ")]
    return max(hits, key=lambda nb: len(nb[0]))[1] if hits else None


def _in_band(value: float, band: dict) -> bool:
    low_ok = value >= band["low"] if band["low_inclusive"] else value > band["low"]
    return low_ok and value <= band["high"]


# --- unreadable figures ----------------------------------------------------------------------


def unreadable_checks(rows: list[dict], subject_column: str, confirmed: frozenset[tuple] = frozenset()) -> list[dict]:
    """A figure the reader could not read with confidence, unless its reading is `confirmed`
    ((fact_id, field) pairs: see `confirmed_by_sums`)."""
    findings = []
    for row in rows:
        for field in row.get("uncertain_fields") or []:
            if (row["fact_id"], field) in confirmed:
                continue
            raw_col = f"{field}_raw"
            value = row.get("capaian_reported" if field == "capaian" else field)
            if field == "kemajuan":
                value = row.get("kemajuan_reported")
            if field == "serapan":
                value = row.get("serapan_reported")
            read_as = f"dibaca sebagai {number(value)}" if _ok(value) else "tidak dapat dibaca"
            msg = (
                f"Angka '{row.get(raw_col)}' ({field}) di {_where(row)} tidak dapat dibaca dengan pasti "
                f"(pemisah ribuan/desimal tidak jelas atau tidak lengkap); {read_as}. Periksa dokumen aslinya."
            )
            findings.append(
                _finding(
                    row,
                    "unreadable",
                    "rendah",
                    msg,
                    reported=value if _ok(value) else None,
                    subject=row.get(subject_column),
                    formula=None,
                )
            )
    return findings


def confirmed_by_sums(budget: list[dict]) -> frozenset[tuple]:
    """(fact_id, field) of the budget amounts (pagu, realisasi) whose reading the table's own
    arithmetic confirms to the rupiah: a line whose lines below add up to it, or a line that
    with its siblings adds up to their parent, one of them read without doubt. A reading a
    thousand times off ("1.877,391,123" read as 1.877.391) would break the sum."""
    tables: dict[tuple, list[dict]] = defaultdict(list)
    for row in budget:
        if row["table_kind"] != "prose" and not row["is_derived"]:
            tables[(row["doc_id"], row["source_table"], row["tahun"])].append(row)
    confirmed = set()
    for table_rows in tables.values():
        table_rows.sort(key=lambda r: r["row_index"] if _ok(r["row_index"]) else -1)
        for i, parent in enumerate(table_rows):
            kids = _children(parent, table_rows, i)
            for field in ("pagu", "realisasi"):
                if kids and _adds_up(parent, kids, field):
                    confirmed |= {(r["fact_id"], field) for r in (parent, *kids)}
    return frozenset(confirmed)


def _adds_up(parent: dict, kids: list[dict], field: str) -> bool:
    """The lines add up to their parent, and one of them at least was read without doubt: a
    column read a thousand times off throughout would add up too."""
    rows = [parent, *kids]
    if not all(_ok(r[field]) for r in rows) or abs(parent[field] - sum(k[field] for k in kids)) >= 1:
        return False
    return any(field not in (r.get("uncertain_fields") or []) for r in rows)


# --- conflicting values --------------------------------------------------------------------


def indicator_key(row: dict, programs: frozenset[str] = frozenset()) -> tuple:
    """Identity of an indicator figure: ("ind", place, indicator, year). The place is
    `row["place_key"]`: the official kecamatan code, or its names when unresolved. A
    named kind (IKM, SAKIP...) measured for a program (its sasaran is a program, see
    `program_scope`) is another indicator than the kecamatan's own of that kind."""
    kind = row["indicator_kind"]
    if kind == "OTHER":
        subject = "OTHER:" + re.sub(r"[^a-z0-9]+", " ", row["indikator"].lower()).strip()
    else:
        subject = kind + (":program" if program_scope(row.get("sasaran"), programs) else "")
    return ("ind", row["place_key"], subject, row["tahun"])


_OUTCOME_VERB = re.compile(r"^(meningkat\w*|terwujud\w*|tercapai\w*|terlaksana\w*)\s+")


def program_scope(sasaran: str | None, programs: frozenset[str]) -> bool:
    """Whether an indicator's sasaran is a program: it says "Program ...", or it is a
    program's name after an outcome verb ("Meningkatnya Penunjang Urusan Pemerintahan
    Daerah ..." for "Program Penunjang Urusan Pemerintahan Daerah ...")."""
    text = _program_name(sasaran or "")
    if re.match(r"^\s*program\b", (sasaran or "").lower()):
        return True
    text = _OUTCOME_VERB.sub("", text)
    return bool(text) and any(difflib.SequenceMatcher(None, text, p).ratio() >= 0.9 for p in programs)


def _renstra_tables(indicators: list[dict]) -> set[tuple]:
    """Tables that plan targets over several years (a Renstra's target matrix): only
    targets, for three years or more, none of them realised."""
    years: dict[tuple, set] = defaultdict(set)
    realised: set[tuple] = set()
    for row in indicators:
        table = _table_of(row)
        if _ok(row["target"]):
            years[table].add(row["tahun"])
        if _ok(row["realisasi"]) or _ok(row.get("capaian_reported")):
            realised.add(table)
    return {t for t, ys in years.items() if len(ys) >= 3 and t not in realised}


def _adjusted_targets_left_out(items: list[tuple[dict, str]], plans: set[tuple], docs: dict[int, dict]) -> list:
    """A Renstra target of the report's year or before is not compared with that year's
    target in a document that says it adjusted its targets from the Renstra
    (documents.targets_adjusted): they differ by design. Later years' targets, and Renstra
    targets among themselves, are still compared."""
    annual_docs = {r["doc_id"] for r, _ in items if _table_of(r) not in plans}
    adjusted = {d for d in annual_docs if docs.get(d, {}).get("targets_adjusted")}
    return [(r, f) for r, f in items if not (_table_of(r) in plans and r["doc_id"] in adjusted and _passed(r, docs))]


def _passed(row: dict, docs: dict[int, dict]) -> bool:
    """A target of the report's year or before (adjusted ones); a later year's target is
    still the plan's, on both sides."""
    report_year = docs.get(row["doc_id"], {}).get("tahun")
    return report_year is None or (row["tahun"] or 0) <= report_year


def _programs(budget: list[dict]) -> dict[int, frozenset[str]]:
    """Each document's program names, as `_program_name` writes them."""
    names: dict[int, set[str]] = defaultdict(set)
    for row in budget:
        if row["level"] == "program" and len(_program_name(row["name"]).split()) >= 2:
            names[row["doc_id"]].add(_program_name(row["name"]))
    return {doc: frozenset(n) for doc, n in names.items()}


def conflict_checks(indicators: list[dict], budget: list[dict], docs: dict[int, dict]) -> list[dict]:
    groups: dict[tuple, list[tuple[dict, str]]] = defaultdict(list)
    programs = _programs(budget)
    for row in indicators:
        key = indicator_key(row, programs.get(row["doc_id"], frozenset()))
        for field in ("target", "realisasi"):
            if _ok(row[field]):
                groups[(*key, field)].append((row, field))
    plans = _renstra_tables(indicators)
    for key, items in groups.items():
        if key[-1] == "target":
            items[:] = _adjusted_targets_left_out(items, plans, docs)
    for key, items in _budget_groups(budget).items():
        groups[key] = items
    findings = []
    for key, items in groups.items():
        findings += _conflicts(key, items, docs)
    return findings + renstra_target_conflicts(indicators, programs)


def renstra_target_conflicts(indicators: list[dict], programs: dict[int, frozenset[str]]) -> list[dict]:
    """The end-of-Renstra target (`target_renstra`) of one named indicator (IKM, SAKIP, IPP,
    IKPP, PATEN: one per kecamatan; same-named OTHER indicators repeat under several kegiatan)
    printed with two values in one document, in rows of two places (a table's two row groups,
    or two tables). The value most rows give is the reference (ties: the first place); each
    other row is reported once."""
    groups: dict[tuple, dict[tuple, dict]] = defaultdict(dict)
    for row in sorted(indicators, key=_position):
        if row["indicator_kind"] == "OTHER" or row["is_peer"] or not _ok(row["target_renstra"]):
            continue
        subject = indicator_key(row, programs.get(row["doc_id"], frozenset()))[2]
        groups[(row["doc_id"], subject)].setdefault((row["source_table"], row.get("line"), row.get("page")), row)
    findings = []
    for rows in groups.values():
        clusters: list[list[dict]] = []
        for row in rows.values():
            value, raw = _value(row, "target_renstra")
            home = next((c for c in clusters if same_at_precision(value, raw, *_value(c[0], "target_renstra"),
                                                                  truncated_whole=False)), None)  # fmt: skip
            if home is None:
                clusters.append([row])
            else:
                home.append(row)
        if len(clusters) < 2:
            continue
        reference = max(clusters, key=len)  # the first of the largest
        ref = reference[0]
        for cluster in clusters:
            if cluster is reference:
                continue
            for row in cluster:
                value, other = row["target_renstra"], ref["target_renstra"]
                msg = (
                    f"Target akhir Renstra {row['indicator_kind']} '{row['indikator']}' tertulis {number(value)} di "
                    f"{_where(row)}, tetapi {number(other)} di {_where(ref)}"
                    + (f" dan {len(reference) - 1} tempat lain" if len(reference) > 1 else "")
                    + ": satu Renstra dengan dua target akhir."
                )
                rel = abs(value - other) / max(abs(value), abs(other), 1e-9)
                findings.append(
                    _finding(row, "conflicting_values", severity(rel, "relative"), msg, reported=value,
                             difference=abs(value - other), subject=row["indikator"], formula=None,
                             **_other_place(ref, other), place_key=row["place_key"])
                )  # fmt: skip
    return findings


def _budget_groups(rows: list[dict]) -> dict[tuple, list[tuple[dict, str]]]:
    """Totals and programs of one kecamatan and year; program names matched loosely
    ("... Pelayanan Publik" and "... pelayanan public")."""
    groups: dict[tuple, list[tuple[dict, str]]] = defaultdict(list)
    names: dict[tuple, list[str]] = defaultdict(list)
    printed = {
        _budget_place(r) for r in rows if r["level"] == "total" and not r["is_derived"] and r["table_kind"] != "prose"
    }
    partial = _partial_tables(rows)
    agreeing = _agreeing_plans(rows)
    # realised lines first, so a plan's program takes the realised name it is close to
    for row in sorted(rows, key=lambda r: not _ok(r["realisasi"])):
        if row["is_derived"] and _budget_place(row) in printed:
            continue  # a table prints the total: a sum we made adds nothing
        if row["level"] == "total" and _table_of(row) + (row["tahun"],) in partial:
            continue  # the total of some programs only, not the office's
        # Only budgets as realised (a table with realisasi, or a sentence): a plan's
        # pagu (Renstra, Renja, PK) may rightly differ from the final one, unless the plan
        # gives the realised pagu for every program but one (`_agreeing_plans`).
        if row["level"] not in ("total", "program"):
            continue
        if not _ok(row["realisasi"]) and not (row["level"] == "program" and _plan_of(row) in agreeing):
            continue
        place_key = (row["place_key"], row["tahun"])
        name = "" if row["level"] == "total" else _program_name(row["name"])
        if name:
            known = difflib.get_close_matches(name, names[place_key], n=1, cutoff=0.9)
            name = known[0] if known else name
            if not known:
                names[place_key].append(name)
        for field in ("pagu", "realisasi"):
            if _ok(row[field]):
                groups[("bud", *place_key, row["level"], name, field)].append((row, field))
    return groups


MIN_AGREEING_PROGRAMS = 3  # a plan table that gives this many programs the realised pagu gives the final budget


def _agreeing_plans(rows: list[dict]) -> set[tuple]:
    """Plan tables (doc, table, year: program pagu without realisasi) that give the pagu the
    realised lines of that place and year give for every program they share but one, and
    for at least MIN_AGREEING_PROGRAMS: such a table copies the final budget, so its one
    differing pagu is an error, not a plan that changed."""
    realised: dict[tuple, list[dict]] = defaultdict(list)
    plans: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if row["level"] != "program" or row["is_derived"] or row["table_kind"] == "prose" or not _ok(row["pagu"]):
            continue
        if _ok(row["realisasi"]):
            realised[(row["place_key"], row["tahun"])].append(row)
        else:
            plans[_plan_of(row)].append(row)
    agreeing = set()
    for key, programs in plans.items():
        known = realised.get((programs[0]["place_key"], key[2]), [])
        verdicts = [_pagu_agrees(p, known) for p in programs]
        shared = [v for v in verdicts if v is not None]
        if sum(shared) >= MIN_AGREEING_PROGRAMS and len(shared) - sum(shared) <= 1:
            agreeing.add(key)
    return agreeing


def _plan_of(row: dict) -> tuple:
    return (*_table_of(row), row["tahun"])


def _pagu_agrees(program: dict, realised: list[dict]) -> bool | None:
    """Whether a plan's program pagu is the realised one (None: no realised line of that name)."""
    name = _program_name(program["name"])
    same = [r for r in realised if difflib.SequenceMatcher(None, name, _program_name(r["name"])).ratio() >= 0.9]
    if not same:
        return None
    return any(same_at_precision(*_value(program, "pagu"), *_value(r, "pagu")) for r in same)


def _partial_tables(rows: list[dict]) -> set[tuple]:
    """Tables (doc, table, year) whose lines are some of the programs another table of
    the same document and year lists: their total covers only those programs. A line is
    one of those programs when its pagu is printed the same (a sasaran's budget is often
    its one program's)."""
    lines: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if row["level"] in ("program", "sasaran") and _ok(row["pagu"]) and row["table_kind"] != "prose":
            lines[_table_of(row) + (row["tahun"],)].append(row)
    partial = set()
    for key, own in lines.items():
        for other_key, programs in lines.items():
            if other_key == key or other_key[0] != key[0] or other_key[2] != key[2] or len(programs) <= len(own):
                continue
            pagus = [p for p in programs if p["level"] == "program"]
            if all(any(same_at_precision(*_value(r, "pagu"), *_value(p, "pagu")) for p in pagus) for r in own):
                partial.add(key)
    return partial


def _budget_place(row: dict) -> tuple:
    return (row["doc_id"], row["tahun"])


def _program_name(name: str) -> str:
    text = re.sub(r"[^a-z]+", " ", name.lower())
    return re.sub(r"^\s*program\s+", "", text).strip()


def _value(row: dict, field: str) -> tuple[float, str | None]:
    return row[field], row.get(f"{field}_raw")


def _table_of(row: dict) -> tuple:
    return (row["doc_id"], row["source_table"])


def _ambiguous(key: tuple, items: list[tuple[dict, str]]) -> bool:
    """A name-matched figure ("Jumlah dokumen ...", a program) that one table gives
    several different values for names several things (one per kelurahan, say)."""
    named = key[0] == "ind" and str(key[2]).startswith("OTHER:")
    if not named and not (key[0] == "bud" and key[3] == "program"):
        return False
    by_table: dict[tuple, list[tuple[dict, str]]] = defaultdict(list)
    for item in items:
        by_table[_table_of(item[0])].append(item)
    return any(
        not same_at_precision(*_value(*a), *_value(*b)) for group in by_table.values() for a in group for b in group
    )


def _conflicts(key: tuple, items: list[tuple[dict, str]], docs: dict[int, dict]) -> list[dict]:
    if len(items) < 2 or len({_table_of(r) for r, _ in items}) < 2 or _ambiguous(key, items):
        return []
    clusters: list[list[tuple[dict, str]]] = []
    for item in items:
        value, raw = _value(*item)
        home = next((c for c in clusters if same_at_precision(value, raw, *_value(*c[0]), truncated_whole=False)), None)
        if home is None:
            clusters.append([item])
        else:
            home.append(item)
    if len(clusters) < 2:
        return []
    reference = max(clusters, key=lambda c: (len(c), any(r["table_kind"] in ("measurement", "budget") for r, _ in c)))
    ref_row, ref_field = min(
        reference,
        key=lambda it: (it[0]["table_kind"] not in ("measurement", "budget"), it[0]["doc_id"], it[0].get("line") or 0),
    )
    out = []
    for cluster in clusters:
        if cluster is reference:
            continue
        for row, field in cluster:
            both_derived = row.get("is_derived") and ref_row.get("is_derived")  # repeats a program-level finding
            if _table_of(row) != _table_of(ref_row) and not both_derived:  # one table's rows are different things
                out.append(_conflict_finding(row, field, ref_row, ref_field, docs))
    return out


def _other_column(value: float, other: float) -> bool:
    """Two readings of one figure a thousand times apart, one of them a rupiah amount and
    the other not (538.666.977 against 94,22): no misprint looks so; a PDF's wide matrix read
    with a column shifted does. A finding of substance on it would send an auditor after an
    error the document does not make: it is said as a reading to check (`unreadable`)."""
    small, large = sorted((abs(value), abs(other)))
    return small > 0 and large >= 100_000 and large >= 1000 * small  # a zero is a figure one can print


def _conflict_finding(row: dict, field: str, ref: dict, ref_field: str, docs: dict[int, dict]) -> dict:
    value, other = row[field], ref[ref_field]
    kind = row.get("indicator_kind")
    if kind is None:  # a budget line
        subject = row["name"]
        what = f"{field} anggaran (jumlah)" if row["level"] == "total" else f"{field} program '{subject}'"
    else:
        subject = row["indikator"]
        what = f"{field} {kind + ' ' if kind != 'OTHER' else ''}indikator '{subject}'"
    other_place = _where(ref)
    if ref["doc_id"] != row["doc_id"]:
        doc = docs.get(ref["doc_id"], {})
        other_place += f" dokumen {doc.get('file_name', ref['doc_id'])} (LKjIP {doc.get('tahun', '?')})"
    about = f"Kecamatan {row['kecamatan']}" if row.get("kecamatan") else "kecamatan ini"
    msg = (
        f"Nilai {what} {about} tahun {row['tahun']} tertulis {number(value)} di {_where(row)}, "
        f"tetapi {number(other)} di {other_place}."
    )
    rel = abs(value - other) / max(abs(value), abs(other), 1e-9)
    if _other_column(value, other):
        msg = (
            f"Nilai {what} {about} tahun {row['tahun']} terbaca {number(value)} di {_where(row)}, "
            f"tetapi {number(other)} di {other_place}: selisih sebesar ini biasanya berarti salah satunya "
            "angka dari kolom lain (mis. anggaran di kolom target) yang terbaca di kolom ini. "
            "Periksa kedua tempat di dokumen aslinya."
        )
        return _finding(row, "unreadable", "rendah", msg, reported=value, subject=subject, formula=None)
    return _finding(
        row,
        "conflicting_values",
        severity(rel, "relative"),
        msg,
        reported=value,
        difference=abs(value - other),
        subject=subject,
        formula=None,
        **_other_place(ref, other),
        place_key=row["place_key"],
    )


# --- what the document says about itself: the date it is signed, its Renstra's period ---------------


def _realised_years(facts: list[dict]) -> set[tuple[int, int]]:
    """(doc, year) pairs with a realisasi read from a table of results (not a plan): a year
    whose results the document reports, so one that has ended."""
    return {
        (f["doc_id"], f["tahun"])
        for f in facts
        if _ok(f.get("realisasi")) and f.get("table_kind") not in ("plan", "renstra", "prose") and f.get("tahun")
    }


def signing_checks(statements: list[dict], docs: dict[int, dict], facts: list[dict]) -> list[dict]:
    """A report signed (Kata Pengantar, Penutup: `signing_date`) before the year it reports on
    ended: a date of that year before December, or of an earlier year. Judged only when the
    document's tables give realisasi of its reporting year (else that year may be misread)."""
    realised = _realised_years(facts)
    findings = []
    for row in statements:
        report_year = docs.get(row["doc_id"], {}).get("tahun")
        if row["kind"] != "signing_date" or not report_year or not row["label"]:
            continue
        year, month = (int(p) for p in row["label"].split("-")[:2])
        if (year, month) >= (report_year, 12) or (row["doc_id"], report_year) not in realised:
            continue
        msg = (
            f"{row['subject']} ditandatangani '{row['value_raw']}' ({_where(row)}), sebelum tahun {report_year} yang "
            f"dilaporkan berakhir: LKjIP tahun {report_year} baru dapat disusun setelah 31 Desember {report_year}. "
            "Periksa apakah tanggal laporan tahun sebelumnya tersalin."
        )
        findings.append(
            _finding({**row, "tahun": report_year}, "signing_date", "rendah", msg, reported=float(year),
                     recomputed=float(report_year + 1), difference=float(report_year + 1 - year),
                     subject=f"Tanggal penandatanganan ({row['subject']})",
                     formula="tanggal penandatanganan dibanding akhir tahun laporan")
        )  # fmt: skip
    return findings


def renstra_period_checks(statements: list[dict], docs: dict[int, dict]) -> list[dict]:
    """The Renstra the report's year falls in, given two periods that share their first or
    their last year ("2022-2026" and "2021-2026"): one plan written two ways. The period most
    places give is the reference; each other period is reported once, at its first place.
    Periods that share neither year (an old Renstra ending as a new one starts) are two plans."""
    periods: dict[int, dict[tuple, list[dict]]] = defaultdict(lambda: defaultdict(list))
    ends_printed: dict[int, set[float]] = defaultdict(set)  # every Renstra period's last year, any period
    for row in statements:
        year = docs.get(row["doc_id"], {}).get("tahun")
        if row["kind"] != "renstra_period" or not year or not _ok(row["low"]):
            continue
        if any(w in (row["subject"] or "").lower() for w in rules()["renstra_period"]["other_plans"]):
            continue
        ends_printed[row["doc_id"]].add(row["high"])
        if row["low"] <= year <= row["high"]:
            periods[row["doc_id"]][(row["low"], row["high"])].append(row)
    findings = []
    for doc_id, by_period in periods.items():
        ranked = sorted(by_period.items(), key=lambda kv: (-len(kv[1]), _position(kv[1][0])))
        (ref_period, ref_rows), ref = ranked[0], ranked[0][1][0]
        ends = [r for r in statements if r["doc_id"] == doc_id and r["kind"] == "renstra_end" and _ok(r["value"])]
        findings += [_renstra_end_finding(r, ref, len(ref_rows), docs) for r in ends
                     if r["value"] not in ends_printed[doc_id]]  # fmt: skip
        for period, rows in ranked[1:]:
            if period[0] != ref_period[0] and period[1] != ref_period[1]:
                continue
            row = rows[0]
            msg = (
                f"Periode Renstra ditulis {row['value_raw']} di {_where(row)}, tetapi {ref['value_raw']} di "
                f"{_where(ref)}"
                + (f" dan {len(ref_rows) - 1} tempat lain" if len(ref_rows) > 1 else "")
                + ": satu Renstra dengan dua periode."
            )
            field = 0 if period[0] != ref_period[0] else 1
            gap = abs(period[field] - ref_period[field])
            findings.append(
                _finding({**row, "tahun": docs[row["doc_id"]]["tahun"]}, "renstra_period", "rendah", msg,
                         reported=period[field], recomputed=ref_period[field], difference=gap,
                         subject="Periode Renstra", formula="periode Renstra dibanding periode di tempat lain",
                         **_other_place(ref, ref_period[field]))
            )  # fmt: skip
    return findings


def _renstra_end_finding(row: dict, ref: dict, places: int, docs: dict[int, dict]) -> dict:
    """A sentence saying the Renstra ends in a year no period the document prints ends in."""
    msg = (
        f"Renstra disebut berakhir pada tahun {row['value_raw']} di {_where(row)}, tetapi periode Renstra yang "
        f"memuat tahun laporan ditulis {ref['value_raw']} di {_where(ref)}"
        + (f" dan {places - 1} tempat lain" if places > 1 else "")
        + ", dan tidak ada periode Renstra di dokumen yang berakhir pada tahun itu (bila yang dimaksud Renstra "
        "sebelumnya, dokumen tidak menyebut periodenya)."
    )
    return _finding({**row, "tahun": docs[row["doc_id"]]["tahun"]}, "renstra_period", "rendah", msg,
                    reported=row["value"], recomputed=ref["high"], difference=abs(row["value"] - ref["high"]),
                    subject="Akhir periode Renstra", formula="tahun akhir Renstra dibanding periode di tempat lain",
                    **_other_place(ref, ref["high"]))  # fmt: skip


# --- an indicator copied onto another sasaran -----------------------------------------------------


def _similar(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.9  # "Presentase" / "Persentase"


def misplaced_indicator_checks(rows: list[dict]) -> list[dict]:
    """A sasaran given, in one table, the indicator of another sasaran of that table (the row
    above copied), while the document's other tables give it another indicator and never that
    one, and give that one to the other sasaran: the figures may be right, the indicator is
    not. Program rows (a program's own indicators may repeat the sasaran's) are left out."""
    tables: dict[tuple, list[tuple[dict, str, str]]] = defaultdict(list)  # rows with their names' letters
    for r in rows:
        if r["is_peer"] or not r["sasaran"] or not r["indikator"]:
            continue
        sasaran = _letters(r["sasaran"])
        if not sasaran.startswith("program"):
            tables[(r["doc_id"], r["source_table"])].append((r, sasaran, _letters(r["indikator"])))
    # (doc, sasaran) -> indicator -> the tables giving it that indicator, and its first row there
    pairs: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    first: dict[tuple, dict] = {}
    for (doc, table), rs in tables.items():
        for r, sasaran, indicator in rs:
            pairs[(doc, sasaran)][indicator].add(table)
            first.setdefault((doc, table, sasaran), r)
    findings, seen = [], set()
    for (doc, table), rs in tables.items():
        holders: dict[str, set[str]] = defaultdict(set)  # indicator -> the sasaran this table gives it
        for _, sasaran, indicator in rs:
            holders[indicator].add(sasaran)
        for r, sasaran, indicator in rs:
            others = holders[indicator] - {sasaran}
            if not others or (doc, table, sasaran) in seen:
                continue
            elsewhere = {i: ts - {table} for i, ts in pairs[(doc, sasaran)].items() if ts - {table}}
            own = {i for i in elsewhere if not _similar(i, indicator)}
            if not own or len(own) < len(elsewhere) or len(set().union(*elsewhere.values())) < 2:
                continue  # the sasaran has that indicator elsewhere too, or too few tables say otherwise
            owner = next((o for o in sorted(others) if any(_similar(i, indicator) and ts - {table}
                                                           for i, ts in pairs[(doc, o)].items())), None)  # fmt: skip
            figure = next((r[f] for f in ("realisasi", "target", "capaian_reported") if _ok(r[f])), None)
            if owner is None or figure is None:
                continue
            seen.add((doc, table, sasaran))
            named = sorted(set().union(*elsewhere.values()))
            shown = first[(doc, table, owner)]
            right = first[(doc, named[0], sasaran)]["indikator"]
            msg = (
                f"Di {_where(r)} sasaran '{r['sasaran']}' diberi indikator '{r['indikator']}', yaitu indikator "
                f"sasaran '{shown['sasaran']}' ({_where(shown)}); tabel lain dokumen ini ({', '.join(named[:4])}) "
                f"memberi sasaran itu indikator '{right}'. Angkanya mungkin benar, indikatornya tersalin."
            )
            findings.append(
                _finding(r, "misplaced_indicator", "rendah", msg, subject=r["sasaran"], reported=figure,
                         formula="pasangan sasaran-indikator dibanding tabel lain", **_other_place(shown))
            )  # fmt: skip
    return findings


# --- a misi cited that the document's list does not have ---------------------------------------------


def mission_checks(statements: list[dict]) -> list[dict]:
    """A misi number a sentence cites ("Misi ke 1, 4, dan 7") beyond the misi the document
    lists (`mission_list`: "Misi 1 : ..." to "Misi 5 : ..."): a misi that does not exist."""
    listed: dict[int, dict] = {}
    for row in statements:
        if row["kind"] == "mission_list" and (
            row["doc_id"] not in listed or row["value"] > listed[row["doc_id"]]["value"]
        ):
            listed[row["doc_id"]] = row
    findings = []
    for row in statements:
        ref = listed.get(row["doc_id"])
        if row["kind"] != "mission_cited" or ref is None or not _ok(row["value"]) or row["value"] <= ref["value"]:
            continue
        msg = (
            f"{_where(row)} menyebut misi ke-{number(row['value'], 0)} ('{row['value_raw']}'), padahal daftar misi "
            f"dokumen ini ({_where(ref)}) hanya memuat {number(ref['value'], 0)} misi."
        )
        findings.append(
            _finding(row, "mission_number", "rendah", msg, reported=row["value"], recomputed=ref["value"],
                     difference=row["value"] - ref["value"], subject="Misi yang diacu",
                     formula="nomor misi dibanding jumlah misi yang didaftar", **_other_place(ref, ref["value"]))
        )  # fmt: skip
    return findings


# --- an IKM formula that divides by 25 ---------------------------------------------------------------


def ikm_formula_checks(statements: list[dict], indicators: list[dict]) -> list[dict]:
    """An IKM formula that divides the weighted NRR by 25 (`ikm_formula`) in a document that
    reports an IKM of 25 or more: PermenPANRB 14/2017 multiplies (`checks/rules.toml` `[ikm]`
    `conversion`), and a division could not give the IKM the document reports. The other place
    is the first IKM row with such a figure."""
    factor = rules()["ikm"]["conversion"]
    scored: dict[int, dict] = {}
    for v in sorted(indicators, key=_position):
        value = v["realisasi"] if _ok(v["realisasi"]) else v["target"]
        if v["indicator_kind"] == "IKM" and not v["is_peer"] and _ok(value) and value >= rules()["ikm"]["scale_min"]:
            scored.setdefault(v["doc_id"], v)
    findings = []
    for row in statements:
        ref = scored.get(row["doc_id"])
        if row["kind"] != "ikm_formula" or ref is None:
            continue
        shown = ref["realisasi"] if _ok(ref["realisasi"]) else ref["target"]
        msg = (
            f"Rumus IKM di {_where(row)} membagi NRR tertimbang dengan {number(factor, 0)} ('{row['value_raw']}'), "
            f"padahal {regulation('IKM')} mengalikannya (IKM = NRR tertimbang x {number(factor, 0)}, skala "
            f"25-100); dengan pembagian, IKM {number(shown)} yang dilaporkan ({_where(ref)}) tidak mungkin didapat."
        )
        findings.append(
            _finding(row, "ikm_formula", "rendah", msg, reported=row["value"], subject="Rumus IKM",
                     formula=f"IKM = NRR tertimbang x {number(factor, 0)} ({regulation('IKM')})",
                     **_other_place(ref, shown))
        )  # fmt: skip
    return findings


# --- the IKM recomputed from its unsur -------------------------------------------------------------


def ikm_unsur_checks(statements: list[dict], indicators: list[dict], budget: list[dict]) -> list[dict]:
    """The unsur values a document prints (`ikm_unsur`: the NRR of each service element, 1-4)
    against the IKM it reports for that year (or that semester): PermenPANRB 14/2017 gives IKM =
    sum of NRR / n x 25 (`checks/rules.toml` `[ikm_unsur]`, `[ikm] conversion`). Judged only for a
    set clearly of NRR (every value in the scale and printed with decimals, n values at least
    `min_unsur` and as many as the text says), of the kecamatan's own survey, compared with one
    IKM of the kecamatan (its figures for that year agree); not flagged when the unsur give,
    within the rounding of their printed decimals, any IKM figure the document prints for that
    year (a semester's, the year's, with the weight 1/n written 0,111). Severity `rendah`: the
    document may compute its IKM another way (from semesters of unequal samples)."""
    spec, ikm = rules()["ikm_unsur"], rules()["ikm"]
    programs = _programs(budget)
    sets = [s for s in statements if s["kind"] == "ikm_unsur" and _nrr_set(s, spec) and _own_unit(s, spec)]
    values = [s for s in statements if s["kind"] == "ikm_value" and _ok(s["value"]) and _own_unit(s, spec)]
    values = [s for s in values if ikm["scale_min"] <= s["value"] <= ikm["scale_max"]]
    own = [
        v for v in indicators
        if v["indicator_kind"] == "IKM" and not v["is_peer"] and _ok(v["realisasi"])
        and ikm["scale_min"] <= v["realisasi"] <= ikm["scale_max"]
    ]  # fmt: skip
    findings = []
    for s in sets:
        if not _ok(s["tahun"]):
            continue  # the words name several years: whose values these are is not said
        same = [t for t in sets if t["doc_id"] == s["doc_id"] and t["tahun"] == s["tahun"] and t["label"] == s["label"]]
        if any(list(t["values"]) != list(s["values"]) for t in same):
            continue  # two sets for one year and period: which one the IKM is of is not said
        year_values = [v for v in values if v["doc_id"] == s["doc_id"] and v["tahun"] == s["tahun"]]
        year_rows = [v for v in own if v["doc_id"] == s["doc_id"] and v["tahun"] == s["tahun"]]
        printed = [(v["value"], v["value_raw"]) for v in year_values]
        printed += [(v["realisasi"], v.get("realisasi_raw")) for v in year_rows]
        recomputed, tolerance = _ikm_from_unsur(s, spec, ikm["conversion"])
        if not printed or any(abs(p - r) <= tolerance + _last_digit(raw, p) for p, raw in printed for r in recomputed):
            continue  # no IKM of that year, or the unsur give one the document prints
        doc_programs = programs.get(s["doc_id"], frozenset())
        kecamatans = [v for v in year_rows if not program_scope(v.get("sasaran"), doc_programs)]
        ref = _ikm_reference(s, year_values, kecamatans)
        if ref is not None:
            findings.append(_ikm_unsur_finding(s, ref, recomputed, tolerance, year_values))
    return findings


def _nrr_set(row: dict, spec: dict) -> bool:
    """A set of unsur values clearly on the NRR scale, complete as far as the text tells."""
    values, raws = list(row["values"] or []), (row["value_raw"] or "").split("; ")
    if len(values) < spec["min_unsur"] or len(raws) != len(values):
        return False
    if _ok(row.get("reference")) and row["reference"] != len(values):
        return False  # the text names another number of unsur (or two numbers)
    in_scale = all(spec["nrr_min"] <= v <= spec["nrr_max"] for v in values)
    return in_scale and all(printed_decimals(raw, v) > 0 for raw, v in zip(raws, values, strict=True))


_KECAMATAN_NAMED = re.compile(r"\b[Kk][Ee][Cc](?:[Aa][Mm][Aa][Tt][Aa][Nn]|\.)\s+([A-Z][A-Za-z'-]+)")
_NOT_A_NAME = {"tahun", "dan", "di", "pada", "ini", "kami", "tersebut", "yang", "sebesar", "adalah", "yaitu", "dengan"}


def _own_unit(row: dict, spec: dict) -> bool:
    """Whether the words naming a set or an IKM figure leave it the kecamatan's own: they name no
    other kecamatan (a capitalised name after "Kecamatan"), and no other unit (a kelurahan, the
    kabupaten) unless they name the kecamatan."""
    text = row.get("subject") or ""
    words = text.lower()
    named = {m.group(1).lower() for m in _KECAMATAN_NAMED.finditer(text)} - _NOT_A_NAME
    mine = (row.get("kecamatan") or "").lower().split()
    if named and (not mine or any(n != mine[0] for n in named)):
        return False
    return bool(named) or not any(re.search(rf"\b{re.escape(w)}\b", words) for w in spec["other_units"])


def _last_digit(raw: str | None, value: float) -> float:
    """One unit of a figure's last printed digit."""
    return 10.0 ** -printed_decimals(raw, value)


def _ikm_from_unsur(row: dict, spec: dict, factor: float) -> tuple[list[float], float]:
    """The IKM the set gives (sum / n x factor first, then with the weight 1/n written with the
    decimals of `weight_decimals`), and how far rounding the printed unsur may move it."""
    values, raws = list(row["values"]), row["value_raw"].split("; ")
    n = len(values)
    results = [sum(values) / n * factor]
    results += [sum(values) * round(1 / n, d) * factor for d in spec["weight_decimals"]]
    unit = max(_last_digit(raw, v) for raw, v in zip(raws, values, strict=True))
    return results, factor * unit * spec["unsur_units"] + spec["tolerance_points"]


def _ikm_reference(row: dict, stated: list[dict], rows: list[dict]) -> dict | None:
    """The one IKM the set is compared with: of its period when it is of a semester (a figure the
    document gives that period), else the year's - in its own table, else the first sentence after
    it, else a table row - when all the year's figures agree; None when there is none or they differ."""
    if row["label"]:
        same = [v for v in stated if v["label"] == row["label"]]
        if not same or not _agree([(v["value"], v["value_raw"]) for v in same]):
            return None
        return {**same[0], "shown": same[0]["value"]}
    annual = [v for v in stated if not v["label"]]
    figures = [(v["value"], v["value_raw"]) for v in annual] + [(v["realisasi"], v.get("realisasi_raw")) for v in rows]
    if not figures or not _agree(figures):
        return None
    in_table = [v for v in annual if v["source_table"] == row["source_table"] and row["source_table"] != _PROSE]
    after = sorted((v for v in annual if v["source_table"] == _PROSE and _before(row, v)), key=_position)
    if in_table or after or annual:
        ref = (in_table or after or sorted(annual, key=_position))[0]
        return {**ref, "shown": ref["value"]}
    ref = sorted(rows, key=_position)[0]
    return {**ref, "shown": ref["realisasi"]}


_PROSE = "teks (paragraf)"


def _agree(figures: list[tuple[float, str | None]]) -> bool:
    first, first_raw = figures[0]
    return all(same_at_precision(first, first_raw, v, raw, truncated_whole=False) for v, raw in figures[1:])


def _ikm_unsur_finding(row: dict, ref: dict, recomputed: list[float], tolerance: float, stated: list[dict]) -> dict:
    values, raws = list(row["values"]), row["value_raw"].split("; ")
    n, factor, shown = len(values), rules()["ikm"]["conversion"], ref["shown"]
    decimals = max(printed_decimals(raw, v) for raw, v in zip(raws, values, strict=True))
    terms = " + ".join(number(v, decimals) if not float(v).is_integer() else f"{v:.{decimals}f}".replace(".", ",")
                       for v in values)  # fmt: skip
    ikm, weighted = recomputed[0], recomputed[1:]
    gap = abs(shown - ikm)
    tolerance += _last_digit(ref.get("value_raw") or ref.get("realisasi_raw"), shown)
    also = "".join(f" (dengan bobot {number(round(1 / n, d), d)} per unsur: {number(w)})"
                   for d, w in zip(rules()["ikm_unsur"]["weight_decimals"], weighted, strict=True))  # fmt: skip
    period = f" {row['label']}" if row["label"] else ""
    semesters = sorted({(v["label"], v["value"]) for v in stated if v["label"] and v["label"] != row["label"]})
    if semesters:
        other_way = "mis. dari IKM " + " dan ".join(f"{label} {number(v)}" for label, v in semesters)
    else:
        other_way = "mis. dari nilai per semester atau dengan bobot lain"
    formula = f"IKM = jumlah NRR unsur / {n} x {number(factor, 0)} ({regulation('IKM')})"
    msg = (
        f"Nilai rata-rata (NRR) {n} unsur pelayanan di {_where(row)} memberi IKM ({terms}) / {n} x "
        f"{number(factor, 0)} = {number(ikm)}{also}, sedangkan IKM {row['tahun']}{period} yang dilaporkan "
        f"{number(shown)} ({_where(ref)}): selisih {number(gap)}, lebih dari yang dapat dijelaskan pembulatan "
        f"({number(tolerance)}). "
        f"Mungkin dokumen menghitung IKM dengan cara lain ({other_way}); perlu dikonfirmasi."
    )
    return _finding(
        row, "ikm_unsur", "rendah", msg, reported=shown, recomputed=ikm, difference=gap,
        subject=f"IKM dari nilai {n} unsur", formula=formula,
        other_doc_id=ref["doc_id"], other_fact_id=ref["fact_id"], other_value=shown,
        other_source_table=ref.get("source_table"), other_page=ref.get("page"), other_line=ref.get("line"),
        other_row_raw=ref.get("row_raw"),
    )  # fmt: skip
