"""Reusable pieces of page layout: a chart with its data and downloads, empty states."""

from __future__ import annotations

import io
import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import formatting, levels, queries
from dashboard.db import query
from dashboard.slides import Slide


def excel_bytes(data: pd.DataFrame, sheet: str = "Data") -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        data.to_excel(writer, index=False, sheet_name=sheet[:31])
    return buffer.getvalue()


def csv_bytes(data: pd.DataFrame) -> bytes:
    return data.to_csv(index=False).encode("utf-8-sig")  # BOM: Excel opens it as UTF-8


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "data"


def chart(
    fig: go.Figure, data: pd.DataFrame, title: str, shown: pd.DataFrame | None = None, slide: Slide | None = None
) -> None:
    """A plotly chart, its data one click away, the data as CSV and Excel, and (with
    `slide`) a button that adds it to the Presentasi page."""
    slug = _slug(title)
    st.plotly_chart(fig, key=f"chart-{slug}")
    if slide is not None:
        picked = st.session_state.setdefault("presentasi", [])
        if any(s.key == slide.key for s in picked):
            st.caption("✓ Sudah ada di Presentasi")
        elif st.button("Tambah ke Presentasi", key=f"slide-{slug}", icon=":material/slideshow:"):
            picked.append(slide)
            st.rerun()
    with st.expander(f"Data: {title}"):
        st.dataframe(shown if shown is not None else data, hide_index=True)
        left, right = st.columns(2)
        left.download_button("Unduh CSV", csv_bytes(data), file_name=f"{slug}.csv", mime="text/csv", key=f"csv-{slug}")
        right.download_button(
            "Unduh Excel", lambda: excel_bytes(data, title), file_name=f"{slug}.xlsx", key=f"xlsx-{slug}",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )  # fmt: skip


UPLOAD_PAGE = "pages/unggah.py"


def source(doc_ids, what: str) -> str:
    """The source line of a chart: `what` (the kind of table) and the reports its figures
    were read from."""
    docs = query(queries.documents)
    wanted = {int(d) for d in pd.Series(list(doc_ids)).dropna()}
    return formatting.document_sources(docs[docs["doc_id"].isin(wanted)] if len(docs) else docs, what)


def empty(what: str = "data") -> None:
    st.info(
        f"Belum ada {what} untuk filter ini. Ubah filter di panel kiri (kabupaten/kota, kecamatan, tahun), "
        "atau muat dokumen LKjIP di halaman **Unggah Dokumen**."
    )
    upload_link()


def upload_link() -> None:
    st.page_link(UPLOAD_PAGE, label="Unggah dokumen LKjIP", icon=":material/upload_file:")


def summary_note(data: pd.DataFrame, level: levels.Level) -> None:
    """Say that the charts summarise, and how to see kecamatan one by one."""
    if level == levels.KECAMATAN:
        return
    n_kec, n_places = data["kec_key"].nunique(), data[level.key].nunique()
    st.info(
        f"Pilihan ini mencakup {formatting.number(n_kec)} kecamatan di {formatting.number(n_places)} {level.label}: "
        f"grafik menampilkan ringkasan per {level.label}. Pilih provinsi atau kabupaten/kota di panel kiri untuk "
        "melihat kecamatan satu per satu; tabel memuat semua kecamatan.",
        icon=":material/info:",
    )
