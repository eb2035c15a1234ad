"""The findings as an Excel audit working paper (kertas kerja): Indonesian headers,
numbers as numbers, sensible widths, frozen header row; findings of one error repeated in
several places share a group number, and a sheet lists each error once with its places."""

from __future__ import annotations

import io
import re

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dashboard.formatting import CHECK_LABELS, SEVERITY_LABELS, corrections_table, grouped_table, with_groups

# (column in findings_list, header, width, number format or None)
FINDING_COLUMNS = [
    ("finding_id", "No. temuan", 11, "0"),
    ("severity", "Tingkat", 10, None),
    ("check", "Pemeriksaan", 26, None),
    ("doc_kecamatan", "Kecamatan (dokumen)", 18, None),
    ("kabupaten_kota", "Kabupaten/Kota", 20, None),
    ("kecamatan", "Kecamatan (angka)", 18, None),
    ("tahun", "Tahun angka", 11, "0"),
    ("subject", "Indikator / baris anggaran", 40, None),
    ("message", "Uraian", 80, None),
    ("reported", "Nilai dalam dokumen", 18, "#,##0.00"),
    ("recomputed", "Nilai dihitung ulang", 18, "#,##0.00"),
    ("other_value", "Nilai di tempat lain", 18, "#,##0.00"),
    ("difference", "Selisih", 16, "#,##0.00"),
    ("formula", "Rumus", 30, None),
    ("file_name", "Dokumen", 28, None),
    ("doc_tahun", "Tahun laporan", 12, "0"),
    ("source_table", "Tabel", 16, None),
    ("page", "Halaman", 9, "0"),
    ("line", "Baris", 9, "0"),
    ("row_raw", "Teks baris", 60, None),
    ("other_file_name", "Dokumen lain", 28, None),
    ("other_source_table", "Tabel lain", 16, None),
    ("other_page", "Halaman lain", 11, "0"),
    ("other_line", "Baris lain", 10, "0"),
    ("other_row_raw", "Teks baris lain", 60, None),
    ("on_corrected", "Angka dikoreksi pengguna", 12, None),
    ("reviewed", "Sudah ditinjau", 12, None),
    ("review_note", "Catatan peninjau", 40, None),
    ("group_no", "Kelompok", 10, "0"),
    ("group_size", "Tempat dalam kelompok", 12, "0"),
    ("finding_key", "Kunci temuan", 42, None),
]
SUMMARY_COLUMNS = [
    ("file_name", "Dokumen", 30, None),
    ("doc_kecamatan", "Kecamatan", 18, None),
    ("kabupaten_kota", "Kabupaten/Kota", 20, None),
    ("doc_tahun", "Tahun laporan", 12, "0"),
    ("temuan", "Jumlah temuan", 14, "0"),
    ("tinggi", "Tinggi", 9, "0"),
    ("sedang", "Sedang", 9, "0"),
    ("rendah", "Rendah", 9, "0"),
    ("info", "Info", 8, "0"),
    ("ditinjau", "Sudah ditinjau", 14, "0"),
]
GROUP_COLUMNS = [
    ("Kelompok", "Kelompok", 10, "0"),
    ("Tingkat", "Tingkat", 10, None),
    ("Pemeriksaan", "Pemeriksaan", 26, None),
    ("Kecamatan", "Kecamatan", 18, None),
    ("Tahun", "Tahun angka", 11, None),
    ("Uraian", "Uraian (temuan pertama)", 80, None),
    ("Jumlah tempat", "Jumlah tempat", 12, "0"),
    ("Tempat", "Tempat", 80, None),
]
CORRECTION_COLUMNS = [
    ("No", "No. koreksi", 11, None),
    ("Status", "Status", 30, None),
    ("Dokumen", "Dokumen", 28, None),
    ("Angka", "Angka", 40, None),
    ("Yang diubah", "Yang diubah", 18, None),
    ("Nilai lama", "Nilai lama (terbaca)", 18, None),
    ("Nilai baru", "Nilai baru", 18, None),
    ("Alasan", "Alasan", 40, None),
    ("Sumber nilai baru", "Sumber nilai baru", 24, None),
    ("Oleh", "Oleh", 16, None),
    ("Waktu", "Waktu", 18, None),
    ("Terakhir", "Peristiwa terakhir", 50, None),
]
MAX_DOCUMENT_SHEETS = 50
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")


def _value(value):
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalars -> Python numbers
        return value.item()
    return value


def _sheet(wb: Workbook, title: str, data: pd.DataFrame, columns: list[tuple]) -> None:
    ws = wb.create_sheet(title=re.sub(r"[\[\]:*?/\\]", "-", title)[:31])
    ws.append([header for _, header, _, _ in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for record in data.to_dict("records"):
        ws.append([_value(record.get(col)) for col, _, _, _ in columns])
    for i, (_, _, width, fmt) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = fmt
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def _readable(findings: pd.DataFrame) -> pd.DataFrame:
    return findings.assign(
        severity=findings["severity"].map(lambda s: SEVERITY_LABELS.get(s, s)),
        check=findings["check"].map(lambda c: CHECK_LABELS.get(c, c)),
        reviewed=findings["reviewed"].map({True: "Ya", False: "Belum"}),
        on_corrected=findings.get("on_corrected", pd.Series(False, index=findings.index)).map(
            {True: "Ya ✎", False: ""}
        ),
    )


def summary(findings: pd.DataFrame) -> pd.DataFrame:
    """One row per document: findings by severity and how many are reviewed."""
    keys = ["file_name", "doc_kecamatan", "kabupaten_kota", "doc_tahun"]
    counts = findings.pivot_table(index=keys, columns="severity", values="finding_id", aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=["tinggi", "sedang", "rendah", "info"], fill_value=0)
    counts["temuan"] = counts.sum(axis=1)
    counts["ditinjau"] = findings.groupby(keys)["reviewed"].sum()
    return counts.reset_index()


def workbook(findings: pd.DataFrame, corrections: pd.DataFrame | None = None) -> bytes:
    """The working paper: all findings, a summary per document, each document's findings, and
    the users' corrections (the findings are computed on the corrected figures)."""
    wb = Workbook()
    wb.remove(wb.active)
    findings = with_groups(findings)
    _sheet(wb, "Temuan", _readable(findings), FINDING_COLUMNS)
    if not findings.empty:
        # one error repeated in several tables is one row here, with its places
        _sheet(wb, "Kelompok kesalahan", grouped_table(findings), GROUP_COLUMNS)
        _sheet(wb, "Ringkasan per dokumen", summary(findings), SUMMARY_COLUMNS)
        for (name, kec, year), part in list(findings.groupby(["file_name", "doc_kecamatan", "doc_tahun"]))[
            :MAX_DOCUMENT_SHEETS
        ]:
            _sheet(wb, f"{kec} {int(year)} {name}", _readable(part), FINDING_COLUMNS)
    if corrections is not None and not corrections.empty:
        _sheet(wb, "Koreksi", corrections_table(corrections), CORRECTION_COLUMNS)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
