"""Number and date formatting for the dashboard, Indonesian style, in one place."""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd

from checks.rules import band_for, bands

_SCALES = ((1e12, "T"), (1e9, "M"), (1e6, "jt"), (1e3, "rb"))


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT


def is_number(value) -> bool:
    return not _missing(value)


def number(value, decimals: int = 0) -> str:
    """1234567.891 -> '1.234.567,89' (decimals=2); missing -> '–'."""
    if _missing(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def percent(value, decimals: int = 2) -> str:
    return "–" if _missing(value) else f"{number(value, decimals)}%"


def rupiah(value) -> str:
    return "–" if _missing(value) else f"Rp {number(value, 0)}"


def rupiah_short(value) -> str:
    """34_670_350_601 -> 'Rp 34,7 M' (miliar); 'jt' juta, 'T' triliun."""
    if _missing(value):
        return "–"
    for scale, suffix in _SCALES:
        if abs(value) >= scale:
            return f"Rp {number(value / scale, 1)} {suffix}"
    return rupiah(value)


def date_time(value) -> str:
    if _missing(value):
        return "–"
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    return value.strftime("%d-%m-%Y %H:%M") if isinstance(value, dt.datetime) else str(value)


STATUS_LABELS = {"ok": "Berhasil", "failed": "Gagal"}


def documents_table(docs: pd.DataFrame) -> pd.DataFrame:
    """The documents list as shown to users: Indonesian headers, formatted values."""
    docs = docs.reset_index(drop=True)
    return pd.DataFrame(
        {
            "Kecamatan": docs["kecamatan"].fillna("(tidak terbaca)"),
            "Kabupaten/Kota": docs["kabupaten_kota"].fillna("(tidak terbaca)"),
            "Tahun kinerja": docs["tahun"].map(year),
            "Nilai indikator": docs["n_indicator_values"].map(number),
            "Baris anggaran": docs["n_budget_lines"].map(number),
            "Ditampilkan": _shown(docs, "Tidak (versi lain lebih baru)"),
            "Berkas": docs["file_name"],
            "Dimuat": docs["ingested_at"].map(date_time),
        }
    )


def _shown(docs: pd.DataFrame, other_version: str) -> list[str]:
    """Whether each document counts: yes, another version does, or a user set it aside."""
    aside = docs["set_aside"] if "set_aside" in docs else [False] * len(docs)
    why = docs["set_aside_reason"] if "set_aside_reason" in docs else [None] * len(docs)
    return [
        f"Tidak (tidak dihitung ✎: {r})" if a is True else ("Ya" if c else other_version)
        for c, a, r in zip(docs["is_current"], aside, why, strict=True)
    ]


def review_table(docs: pd.DataFrame) -> pd.DataFrame:
    docs = docs.reset_index(drop=True)
    return pd.DataFrame(
        {
            "Berkas": docs["file_name"],
            "Kecamatan": docs["kecamatan"].fillna("(tidak terbaca)"),
            "Tahun kinerja": docs["tahun"].map(year),
            "Peringatan": docs["warnings"].map(lambda w: "; ".join(w) if w is not None and len(w) else ""),
            "Dimuat": docs["ingested_at"].map(date_time),
        }
    )


def source_documents(docs: pd.DataFrame) -> pd.DataFrame:
    """A kecamatan's documents: which version each year shows, status, findings."""
    docs = docs.reset_index(drop=True)
    return pd.DataFrame(
        {
            "Berkas": docs["file_name"],
            "Tahun kinerja": docs["tahun"].map(year),
            "Status": docs["status"].map({"ok": "Berhasil", "needs_review": "Perlu ditinjau", "failed": "Gagal"}),
            "Ditampilkan": _shown(docs, "Tidak (versi lain)"),
            "Temuan": docs["n_findings"],
            "Dimuat": docs["ingested_at"].map(date_time),
        }
    )


def failed_table(docs: pd.DataFrame) -> pd.DataFrame:
    docs = docs.reset_index(drop=True)
    return pd.DataFrame(
        {"Berkas": docs["file_name"], "Alasan": docs["error"], "Dimuat": docs["ingested_at"].map(date_time)}
    )


def year(value) -> str:
    return "–" if _missing(value) else str(int(value))


def with_label(value, label) -> str:
    """'Baik (88,14)' as documents write it, or just the number."""
    if _missing(value):
        return "–"
    text = number(value, 2)
    return f"{label} ({text})" if isinstance(label, str) and label else text


def findings_mark(n) -> str:
    return f"⚠️ {int(n)}" if not _missing(n) and n else ""


def source(table, line, page, file_name) -> str:
    where = table or "?"
    if not _missing(line):
        where += f", baris {int(line)}"
    elif not _missing(page):
        where += f", hlm. {int(page)}"
    return f"{where} ({file_name})" if isinstance(file_name, str) else where


def sources(data: pd.DataFrame) -> list[str]:
    """Where each row's figure was read: 'Tabel 3.1, baris 430 (berkas.txt)'."""
    columns = (data["source_table"], data["line"], data["page"], data["file_name"])
    return [source(t, ln, p, f) for t, ln, p, f in zip(*columns, strict=True)]


CORRECTED = "✎"  # a figure a user corrected or added (the figure as read is on Profil Kecamatan)


def _fields(data: pd.DataFrame) -> list[list[str]]:
    if "corrected_fields" not in data:
        return [[] for _ in range(len(data))]
    return [list(f) if f is not None and not isinstance(f, float) else [] for f in data["corrected_fields"]]


def marked(texts, data: pd.DataFrame, field: str) -> list[str]:
    """Formatted figures, with ✎ on those a user corrected (or added)."""
    return [
        f"{t} {CORRECTED}" if field in f or "ditambahkan" in f else t
        for t, f in zip(list(texts), _fields(data), strict=True)
    ]


def indicator_table(data: pd.DataFrame, band_of) -> pd.DataFrame:
    """Headline indicator values as shown: reported and recomputed capaian side by side."""
    data = data.reset_index(drop=True)
    return pd.DataFrame(
        {
            "Kecamatan": data["kecamatan"],
            "Kabupaten/Kota": data["kabupaten_kota"],
            "Tahun": data["tahun"].map(year),
            "Target": marked(
                [with_label(v, lab) for v, lab in zip(data["target"], data["target_label"], strict=True)],
                data,
                "target",
            ),
            "Realisasi": marked(
                [with_label(v, lab) for v, lab in zip(data["realisasi"], data["realisasi_label"], strict=True)],
                data,
                "realisasi",
            ),
            "Kategori": data["realisasi"].map(band_of),
            "Capaian (dokumen)": marked(data["capaian_reported"].map(percent), data, "capaian_reported"),
            "Capaian (dihitung ulang)": data["capaian_recomputed"].map(percent),
            "Temuan": data["n_findings"].map(findings_mark),
            "Sumber": sources(data),
        }
    )


def budget_table(data: pd.DataFrame, name_col: str, name_label: str) -> pd.DataFrame:
    data = data.reset_index(drop=True)
    return pd.DataFrame(
        {
            name_label: data[name_col],
            "Tahun": data["tahun"].map(year),
            "Pagu": marked(data["pagu"].map(rupiah), data, "pagu"),
            "Realisasi": marked(data["realisasi"].map(rupiah), data, "realisasi"),
            "Serapan (dokumen)": marked(data["serapan_reported"].map(percent), data, "serapan_reported"),
            "Serapan (dihitung ulang)": data["serapan_recomputed"].map(percent),
            "Temuan": data["n_findings"].map(findings_mark),
            "Sumber": sources(data),
        }
    )


SEVERITY_LABELS = {"tinggi": "Tinggi", "sedang": "Sedang", "rendah": "Rendah", "info": "Info"}
CHECK_LABELS = {
    "capaian_mismatch": "Capaian tidak sesuai",
    "capaian_capped": "Capaian dibatasi 100%",
    "serapan_mismatch": "Serapan tidak sesuai",
    "weighted_absorption": "Serapan gabungan dari rata-rata biasa",
    "total_mismatch": "Jumlah tidak sesuai",
    "conflicting_values": "Angka berbeda antar tempat",
    "label_mismatch": "Kategori tidak sesuai angka",
    "efficiency_mismatch": "Efisiensi tidak sesuai",
    "unreadable": "Angka tidak terbaca pasti",
    "lhe_grade_mismatch": "Predikat komponen LHE tidak sesuai",
    "average_mismatch": "Rata-rata tidak sesuai",
    "shares_sum": "Persentase anggaran tidak sesuai",
    "serapan_conflict": "Serapan berbeda antar tabel",
    "another_year": "Tabel tahun lain",
    "category_mismatch": "Kategori tidak sesuai skala dokumen",
    "prose_vs_table": "Teks berbeda dengan tabel",
    "rounding": "Pembulatan (catatan)",
    "signing_date": "Tanggal laporan sebelum akhir tahun",
    "renstra_period": "Periode Renstra berbeda",
    "misplaced_indicator": "Indikator tersalin ke sasaran lain",
    "mission_number": "Misi yang tidak ada",
    "ikm_formula": "Rumus IKM tidak sesuai",
    "ikm_unsur": "IKM tidak sesuai nilai unsur",
}


def with_groups(data: pd.DataFrame) -> pd.DataFrame:
    """Findings with `group_no` (1, 2, ... in the order the groups first appear) and
    `group_size` (places of one error: findings sharing a `group_key`), each group's
    findings kept together where its first one stands."""
    if data.empty:
        return data.assign(group_no=pd.Series(dtype="int64"), group_size=pd.Series(dtype="int64"))
    keys = data["group_key"].fillna(data["finding_key"])
    order = {k: i for i, k in enumerate(dict.fromkeys(keys), start=1)}
    numbered = data.assign(group_no=keys.map(order), group_size=keys.map(keys.value_counts()))
    return numbered.sort_values("group_no", kind="stable").reset_index(drop=True)


def grouped_table(data: pd.DataFrame) -> pd.DataFrame:
    """One row per error: its check, the first finding's explanation and every place it
    was found (an error repeated in several tables is one row with its places)."""
    data = with_groups(data)
    places = [
        _place(f, t, ln, p)
        for f, t, ln, p in zip(data["file_name"], data["source_table"], data["line"], data["page"], strict=True)
    ]
    data = data.assign(tempat=places)
    rows = []
    for _, part in data.groupby("group_no", sort=True):
        first = part.iloc[0]
        rows.append(
            {
                "Kelompok": int(first["group_no"]),
                "Tingkat": SEVERITY_LABELS.get(first["severity"], first["severity"]),
                "Pemeriksaan": CHECK_LABELS.get(first["check"], first["check"]),
                "Kecamatan": first["kecamatan"],
                "Tahun": year(first["tahun"]),
                "Uraian": first["message"],
                "Jumlah tempat": len(part),
                "Tempat": "; ".join(dict.fromkeys(part["tempat"])),
            }
        )
    return pd.DataFrame(rows, columns=["Kelompok", "Tingkat", "Pemeriksaan", "Kecamatan", "Tahun", "Uraian",
                                       "Jumlah tempat", "Tempat"])  # fmt: skip


def findings_table(data: pd.DataFrame) -> pd.DataFrame:
    data = data.reset_index(drop=True)
    return pd.DataFrame(
        {
            "Tingkat": data["severity"].map(lambda s: SEVERITY_LABELS.get(s, s)),
            "Pemeriksaan": data["check"].map(lambda c: CHECK_LABELS.get(c, c)),
            "Tahun": data["tahun"].map(year),
            "Uraian": data["message"],
            "Dokumen": data["file_name"],
        }
    )


def _predicates(data: pd.DataFrame) -> pd.DataFrame:
    """SAKIP values with their predicate code and rank (0 = best), in year order."""
    bands = data["realisasi"].map(lambda v: None if pd.isna(v) else band_for("SAKIP", v))
    rows = data.assign(code=bands.map(lambda b: b and b.code), rank=bands.map(lambda b: b and b.rank))
    return rows[bands.notna()].sort_values("tahun", kind="stable")


def predicate_movement(data: pd.DataFrame) -> pd.DataFrame:
    """Kecamatan x year grid of SAKIP predicates, with the move from first to last year."""
    rows = _predicates(data)
    if rows.empty:
        return pd.DataFrame(columns=["Kecamatan", "Kabupaten/Kota", "Perubahan"])
    keys = ["kecamatan", "kabupaten_kota"]
    grid = rows.groupby([*keys, "tahun"], dropna=False)["code"].first().unstack("tahun")
    grid.columns = [str(int(y)) for y in grid.columns]
    by_place = rows.groupby(keys, dropna=False)
    first, last = by_place[["code", "rank"]].first(), by_place[["code", "rank"]].last()
    arrow = (last["rank"] - first["rank"]).map(lambda d: "=" if d == 0 else ("↑" if d < 0 else "↓"))
    move = first["code"] + " → " + last["code"] + " " + arrow
    grid["Perubahan"] = move.where(by_place.size() > 1, "–")
    grid = grid.reset_index().rename(columns={"kecamatan": "Kecamatan", "kabupaten_kota": "Kabupaten/Kota"})
    return grid.fillna("–")


def predicate_transitions(data: pd.DataFrame) -> pd.DataFrame:
    """How many kecamatan went from each predicate in their first year to each in their
    last (rows: first year, columns: last year), for selections too large to read one by one."""
    rows = _predicates(data)
    by_place = rows.groupby("kec_key")
    first, last = by_place["code"].first(), by_place["code"].last()
    order = [b.code for b in bands("SAKIP")]  # best first
    table = pd.crosstab(first.rename("Predikat awal"), last.rename("Predikat akhir"))
    present = [c for c in order if c in table.index or c in table.columns]
    return table.reindex(index=present, columns=present, fill_value=0)


def _place(file_name, table, line, page) -> str:
    if not isinstance(table, str) and not isinstance(file_name, str):
        return ""
    return source(table, line, page, file_name)


def audit_table(data: pd.DataFrame) -> pd.DataFrame:
    """Findings for auditors: both values, the recomputation, both places and the raw rows."""
    data = with_groups(data.reset_index(drop=True))
    return pd.DataFrame(
        {
            "Kelompok": data["group_no"].map(lambda n: f"K{n}"),
            "Tingkat": data["severity"].map(lambda s: SEVERITY_LABELS.get(s, s)),
            "Pemeriksaan": data["check"].map(lambda c: CHECK_LABELS.get(c, c)),
            "Kecamatan": data["kecamatan"],
            "Tahun": data["tahun"].map(year),
            "Uraian": data["message"],
            "Nilai dokumen": [
                f"{number(v, 2)} {CORRECTED}" if c is True else number(v, 2)
                for v, c in zip(data["reported"], data.get("on_corrected", [False] * len(data)), strict=True)
            ],
            "Dihitung ulang / tempat lain": data["recomputed"]
            .combine_first(data["other_value"])
            .map(lambda v: number(v, 2)),
            "Tempat": [
                _place(f, t, ln, p)
                for f, t, ln, p in zip(data["file_name"], data["source_table"], data["line"], data["page"], strict=True)
            ],
            "Teks baris": data["row_raw"],
            "Tempat lain": [
                _place(f, t, ln, p)
                for f, t, ln, p in zip(
                    data["other_file_name"],
                    data["other_source_table"],
                    data["other_line"],
                    data["other_page"],
                    strict=True,
                )
            ],
            "Ditinjau": data["reviewed"].map({True: "✓", False: ""}),
            "Catatan": data["review_note"].fillna(""),
        }
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def md_escape(text) -> str:
    """Document text made inert for st.markdown: no emphasis, links, images or HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)) if isinstance(text, str) else ""


def finding_detail(row) -> str:
    """Markdown for one finding: what, both places, the raw rows (all document text escaped)."""
    lines = [
        f"**{CHECK_LABELS.get(row['check'], row['check'])}** · {SEVERITY_LABELS.get(row['severity'])}",
        "",
        md_escape(row["message"]),
        "",
    ]
    if isinstance(row.get("formula"), str):
        lines.append(f"Rumus: {md_escape(row['formula'])}")
    lines.append(f"- Tempat: {md_escape(_place(row['file_name'], row['source_table'], row['line'], row['page']))}")
    if isinstance(row.get("row_raw"), str):
        lines.append(f"  - teks baris: {md_escape(row['row_raw'].replace(chr(9), ' | ')[:300])}")
    if isinstance(row.get("other_source_table"), str):
        other = _place(row["other_file_name"], row["other_source_table"], row["other_line"], row["other_page"])
        lines.append(f"- Tempat lain: {md_escape(other)}")
        if isinstance(row.get("other_row_raw"), str):
            lines.append(f"  - teks baris: {md_escape(row['other_row_raw'].replace(chr(9), ' | ')[:300])}")
    return "\n".join(lines)


def coverage_grid(reported: pd.DataFrame, expected: pd.DataFrame, years: range) -> pd.DataFrame:
    """Kecamatan x year: ✓ where a report is loaded, – where none is; every expected
    kecamatan is listed even when it has no report at all."""
    places = pd.concat([expected, reported[["kab_key", "kabupaten_kota", "kec_key", "kecamatan"]]])
    places = places.drop_duplicates("kec_key").sort_values(["kabupaten_kota", "kecamatan"])
    if places.empty:
        return pd.DataFrame()
    done = set(zip(reported["kec_key"], reported["tahun"], strict=True))
    shown = list(years) if len(years) <= 15 else sorted({int(y) for y in reported["tahun"]})
    grid = pd.DataFrame({"Kabupaten/Kota": places["kabupaten_kota"], "Kecamatan": places["kecamatan"]})
    for y in shown:
        grid[str(y)] = ["✓" if (k, y) in done else "–" for k in places["kec_key"]]
    grid["Jumlah laporan"] = [sum((k, y) in done for y in shown) for k in places["kec_key"]]
    return grid.reset_index(drop=True)


# --- tables the ingest did not read (source_tables) ------------------------------------------


def table_place(line, page) -> str:
    """Where a table starts: 'baris 720' (text export) or 'hlm. 3' (PDF)."""
    if not _missing(line):
        return f"baris {int(line)}"
    return "" if _missing(page) else f"hlm. {int(page)}"


def unread_label(table, line, page, note) -> str:
    """'Tabel 3.2 (baris 720): kolom tidak dikenali: NO; KOMPONEN; ...'."""
    place = table_place(line, page)
    text = f"{table} ({place})" if place else str(table)
    return f"{text}: {note}" if isinstance(note, str) and note else text


def unread_documents(data: pd.DataFrame) -> pd.DataFrame:
    """One row per document from `queries.unread_tables` (one row per table): its
    kecamatan, year, file and every unread table with why."""
    columns = ["Kecamatan", "Kabupaten/Kota", "Tahun kinerja", "Berkas", "Tabel tidak terbaca"]
    if data.empty:
        return pd.DataFrame(columns=columns)
    data = data.assign(
        label=[
            unread_label(t, ln, p, n)
            for t, ln, p, n in zip(data["source_table"], data["line"], data["page"], data["note"], strict=True)
        ]
    )
    docs = data.groupby("doc_id", sort=False).agg(
        kecamatan=("kecamatan", "first"), kabupaten_kota=("kabupaten_kota", "first"), tahun=("tahun", "first"),
        file_name=("file_name", "first"), tables=("label", " • ".join),
    )  # fmt: skip
    return pd.DataFrame(
        {
            "Kecamatan": docs["kecamatan"].fillna("(tidak terbaca)"),
            "Kabupaten/Kota": docs["kabupaten_kota"].fillna("(tidak terbaca)"),
            "Tahun kinerja": docs["tahun"].map(year),
            "Berkas": docs["file_name"],
            "Tabel tidak terbaca": docs["tables"],
        }
    ).reset_index(drop=True)


def raw_table(raw_text) -> pd.DataFrame:
    """An unread table's raw text (rows on lines, cells TAB-separated) as a frame of text:
    the first line names the columns, every other line is a row, as printed."""
    if not isinstance(raw_text, str) or not raw_text:
        return pd.DataFrame()
    lines = [line.split("\t") for line in raw_text.split("\n")]
    width = max(len(cells) for cells in lines)
    names: list[str] = []
    for i, cell in enumerate(lines[0] + [""] * (width - len(lines[0]))):
        name = cell.strip() or f"Kolom {i + 1}"
        names.append(name if name not in names else f"{name} (kolom {i + 1})")
    rows = [cells + [""] * (width - len(cells)) for cells in lines[1:]]
    return pd.DataFrame(rows, columns=names, dtype=str)


def _skipped_summary(entries) -> str:
    """['baris 458: baris jumlah atau rata-rata', 'baris 475: ...'] grouped by reason:
    'baris jumlah atau rata-rata: baris 458; angka di kolom yang tidak dikenali: baris 475'."""
    by_reason: dict[str, list[str]] = {}
    for entry in [] if entries is None else list(entries):
        place, _, why = str(entry).partition(": ")
        by_reason.setdefault(why or "?", []).append(place)
    parts = []
    for why, places in by_reason.items():
        words = {place.partition(" ")[0] for place in places}
        if len(words) == 1:  # 'baris 1359, 1372' rather than 'baris 1359, baris 1372'
            places = [places[0], *(place.partition(" ")[2] for place in places[1:])]
        shown = ", ".join(places[:10]) + (f" dan {len(places) - 10} lainnya" if len(places) > 10 else "")
        parts.append(f"{why}: {shown}")
    return "; ".join(parts)


def skipped_tables(data: pd.DataFrame) -> pd.DataFrame:
    """Partly read tables (`queries.kecamatan_table_account`): how many rows gave figures,
    how many with figures were skipped, which and why."""
    data = data.reset_index(drop=True)
    return pd.DataFrame(
        {
            "Tabel": data["source_table"],
            "Tempat": [table_place(ln, p) for ln, p in zip(data["line"], data["page"], strict=True)],
            "Tahun kinerja": data["tahun"].map(year),
            "Berkas": data["file_name"],
            "Baris terbaca": data["n_rows_read"].map(number),
            "Baris dilewati": data["n_rows_skipped"].map(number),
            "Rincian": data["skipped_rows"].map(_skipped_summary),
        }
    )


# --- Profil Kecamatan: every indicator across years ------------------------------------------

KIND_LABELS = {"OTHER": "Lainnya"}
INDEX_KINDS = ("IKM", "SAKIP", "IPP", "IKPP", "PATEN")  # scores: always two decimals, as documents write them


def kind_label(kind) -> str:
    return KIND_LABELS.get(kind, kind) if isinstance(kind, str) else "–"


def indicator_value(value, kind, satuan=None) -> str:
    """A score with two decimals ('86,00'); a count as a whole number ('12'); a percentage
    with '%' ('98,63%')."""
    if _missing(value):
        return "–"
    whole = float(value).is_integer() and kind not in INDEX_KINDS
    text = number(value, 0 if whole else 2)
    return f"{text}%" if isinstance(satuan, str) and satuan.strip() == "%" else text


def profile_grid(data: pd.DataFrame) -> pd.DataFrame:
    """One row per indicator (named as in its latest year), one column per year with a value."""
    columns = ["Jenis", "Indikator"]
    if data.empty:
        return pd.DataFrame(columns=columns)
    data = data.sort_values("tahun")
    shown = data.assign(
        nilai=marked([indicator_value(v, k, s) for v, k, s in zip(data["realisasi"], data["indicator_kind"],
                                                                  data["satuan"], strict=True)], data, "realisasi"),
    )  # fmt: skip
    names = shown.groupby("indicator_key", sort=False).agg(jenis=("indicator_kind", "last"), nama=("indikator", "last"))
    grid = shown.pivot_table(index="indicator_key", columns="tahun", values="nilai", aggfunc="first")
    grid = grid.loc[:, [c for c in grid.columns if grid[c].notna().any()]]
    grid.columns = [year(c) for c in grid.columns]
    out = names.join(grid).reset_index(drop=True).fillna("–")
    out.insert(0, "Jenis", out.pop("jenis").map(kind_label))
    out.insert(1, "Indikator", out.pop("nama"))
    order = out["Jenis"].map(lambda k: (k == KIND_LABELS["OTHER"], k))
    return out.iloc[order.argsort(kind="stable")].reset_index(drop=True)


def profile_series(data: pd.DataFrame) -> pd.DataFrame:
    """Scores of one kecamatan for download: Indonesian headers, numbers as numbers."""
    data = data.sort_values(["indicator_kind", "tahun"]).reset_index(drop=True)
    return pd.DataFrame(
        {
            "Jenis": data["indicator_kind"].map(kind_label),
            "Indikator": data["indikator"],
            "Tahun": data["tahun"].astype("Int64"),
            "Target": data["target"],
            "Realisasi": data["realisasi"],
            "Capaian dihitung ulang (%)": data["capaian_recomputed"],
            "Sumber": sources(data),
        }
    )


def profile_series_shown(data: pd.DataFrame) -> pd.DataFrame:
    """The same rows as shown: formatted, '–' where a document gives nothing."""
    data = data.sort_values(["indicator_kind", "tahun"]).reset_index(drop=True)
    kinds = data["indicator_kind"]
    return profile_series(data).assign(
        Tahun=data["tahun"].map(year),
        Target=[indicator_value(v, k) for v, k in zip(data["target"], kinds, strict=True)],
        Realisasi=[indicator_value(v, k) for v, k in zip(data["realisasi"], kinds, strict=True)],
        **{"Capaian dihitung ulang (%)": data["capaian_recomputed"].map(percent)},
    )


# --- Ringkasan --------------------------------------------------------------------------------

KECAMATAN_HELP = (
    "Kecamatan yang punya laporan atau angka untuk tahun dalam filter. Angka satu tahun bisa berasal dari "
    "laporan tahun berikutnya (tabel multi-tahun), jadi jumlah ini bisa lebih besar daripada kecamatan yang "
    "laporannya untuk tahun itu sudah dimuat (lihat Cakupan laporan)."
)


def predicate_counts(data: pd.DataFrame) -> pd.DataFrame:
    """SAKIP values of one year per predicate, best first: how many kecamatan and which."""
    rows = _predicates(data)
    order = {b.code: i for i, b in enumerate(bands("SAKIP"))}
    grouped = rows.groupby("code").agg(n=("kec_key", "nunique"), names=("kecamatan", lambda s: ", ".join(sorted(s))))
    grouped = grouped.iloc[grouped.index.map(order.get).argsort()]
    return pd.DataFrame(
        {
            "Predikat": grouped.index,
            "Jumlah kecamatan": grouped["n"].to_numpy(),
            "Kecamatan": grouped["names"].to_numpy(),
        }
    )


# --- where a chart's figures come from -------------------------------------------------------

MAX_SOURCES = 6


def document_sources(docs: pd.DataFrame, what: str) -> str:
    """'Tabel pengukuran kinerja, LKjIP Bluto 2023 (004_1d7b7b35be8d125c.txt); LKjIP Sananwetan 2024
    (000_a49aed262e0b6318.txt)': the reports a chart was drawn from (kecamatan, report year, file)."""
    if docs.empty:
        return what
    docs = docs.drop_duplicates("doc_id").sort_values(["kecamatan", "tahun"], na_position="last")
    named = [
        f"LKjIP {kec if isinstance(kec, str) else '(tanpa nama)'} {year(tahun)} ({file_name})"
        for kec, tahun, file_name in zip(docs["kecamatan"], docs["tahun"], docs["file_name"], strict=True)
    ]
    more = len(named) - MAX_SOURCES
    shown = "; ".join(named[:MAX_SOURCES]) + (f"; dan {number(more)} laporan lain" if more > 0 else "")
    return f"{what}: {shown}"


FIELD_LABELS = {
    "target": "Target", "realisasi": "Realisasi", "capaian_reported": "Capaian (%)", "tahun": "Tahun",
    "indicator_kind": "Jenis indikator", "pagu": "Pagu (Rp)", "serapan_reported": "Serapan (%)",
    "kecamatan": "Kecamatan", "ditambahkan": "Angka ditambahkan", "set_aside": "Dokumen tidak dihitung",
}  # fmt: skip
LEVEL_LABELS = {"total": "Jumlah", "sasaran": "Sasaran", "program": "Program", "kegiatan": "Kegiatan",
                "sub_kegiatan": "Sub kegiatan", "unknown": "Lainnya"}  # fmt: skip
_FIGURE_COLUMNS = {
    "indicator_values": ("Target", "Realisasi", "Capaian"),
    "budget_lines": ("Pagu", "Realisasi", "Serapan"),
}


def figure_label(row) -> str:
    """One figure in a picker: name, year, its values and where it was read."""
    names = _FIGURE_COLUMNS[row.fact_table]
    money = row.fact_table == "budget_lines"
    values = [
        f"{n} {rupiah(v) if money and i < 2 else number(v, 2)}"
        for i, (n, v) in enumerate(zip(names, (row.target, row.realisasi, row.third), strict=True))
        if not _missing(v)
    ]
    mark = f" {CORRECTED}" if len(row.corrected_fields) else ""
    version = "" if row.is_current else " · versi lain"
    place = source(row.source_table, row.line, row.page, None)
    return f"{str(row.name)[:70]} · {year(row.tahun)} · {', '.join(values) or 'tanpa angka'}{mark} · {place}{version}"


def correction_label(row) -> str:
    field = FIELD_LABELS.get(row.field, row.field)
    return f"#{row.correction_id} · {row.fact_label or ''} · {field}: {row.new_value} ({row.author})"


def corrections_table(data: pd.DataFrame) -> pd.DataFrame:
    """The trail of corrections: who, when, what, from what to what, why, where from, and now."""
    data = data.reset_index(drop=True)
    return pd.DataFrame(
        {
            "No": data["correction_id"].map(lambda i: f"#{int(i)}"),
            "Status": [
                f"ditarik {date_time(w)} oleh {b}: {r}"
                if not _missing(w)
                else (f"digantikan koreksi #{int(n)}" if not _missing(n) else "berlaku")
                for w, b, r, n in zip(
                    data["withdrawn_at"],
                    data["withdrawn_by"],
                    data["withdraw_reason"],
                    data["superseded_by"],
                    strict=True,
                )
            ],
            "Dokumen": data["file_name"].fillna(""),
            "Angka": data["fact_label"].fillna(""),
            "Yang diubah": data["field"].map(lambda f: FIELD_LABELS.get(f, f)),
            "Nilai lama": data["old_value"].fillna("–"),
            "Nilai baru": data["new_value"].fillna("–"),
            "Alasan": data["reason"],
            "Sumber nilai baru": data["source_place"].fillna(""),
            "Oleh": data["author"],
            "Waktu": data["created_at"].map(date_time),
            "Terakhir": [
                f"{e}: {d}" if isinstance(d, str) and d else (e if isinstance(e, str) else "")
                for e, d in zip(data["last_event"], data["last_detail"], strict=True)
            ],
        }
    )
