"""Ringkasan: what is loaded."""

import streamlit as st

from dashboard import formatting, queries
from dashboard.db import query

st.title("Ringkasan dokumen LKjIP")
st.caption("Laporan Kinerja Instansi Pemerintah (LKjIP) kecamatan yang sudah dimuat ke basis data.")

docs = query(queries.documents)
if docs.empty:
    st.info(
        "Belum ada dokumen yang dimuat. Muat dokumen dengan perintah "
        "`python -m ingest FOLDER_DOKUMEN`, lalu muat ulang halaman ini."
    )
    st.stop()

ok = docs[docs["status"] == "ok"]
failed = docs[docs["status"] != "ok"]
c1, c2, c3, c4 = st.columns(4)
c1.metric("Dokumen dimuat", formatting.number(len(ok)))
c2.metric("Kecamatan", formatting.number(ok["kecamatan"].nunique()))
c3.metric("Kabupaten/Kota", formatting.number(ok["kabupaten_kota"].nunique()))
years = ok["tahun"].dropna()
c4.metric("Tahun kinerja", f"{int(years.min())}–{int(years.max())}" if len(years) else "–")

st.subheader("Dokumen")
st.dataframe(formatting.documents_table(ok), hide_index=True)

if not failed.empty:
    st.subheader(f"Gagal dimuat ({len(failed)})")
    st.dataframe(formatting.failed_table(failed), hide_index=True)
