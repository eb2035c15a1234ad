"""Presentasi: the picked charts one at a time, large, for a projector; exports."""

import html

import streamlit as st

from dashboard import charts, deck
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

st.title("Presentasi")
slides = st.session_state.setdefault("presentasi", [])
if not slides:
    st.info(
        "Belum ada grafik yang dipilih. Buka halaman IKM, SAKIP, Serapan Anggaran atau Perbandingan, lalu tekan "
        "**Tambah ke Presentasi** di bawah grafik yang ingin ditampilkan."
    )
    st.stop()

i = min(st.session_state.get("slide-i", 0), len(slides) - 1)
left, middle, right = st.columns([1, 4, 1])
if left.button("Sebelumnya", icon=":material/arrow_back:", disabled=i == 0, shortcut="ArrowLeft", key="prev"):
    st.session_state["slide-i"] = i - 1
    st.rerun()
if right.button(
    "Berikutnya", icon=":material/arrow_forward:", disabled=i == len(slides) - 1, shortcut="ArrowRight", key="next"
):
    st.session_state["slide-i"] = i + 1
    st.rerun()
middle.caption(f"Grafik {i + 1} dari {len(slides)} · tombol panah kiri/kanan pada papan ketik untuk berpindah")

spec = slides[i]
# Titles and sources can hold names read from documents: escaped before they reach HTML.
st.markdown(f"<h1 style='font-size:3rem;margin:0'>{html.escape(spec.title)}</h1>", unsafe_allow_html=True)
st.plotly_chart(charts.projector(spec), key=f"projector-{i}")
st.markdown(f"<p style='font-size:1.3rem;color:#555'>Sumber: {html.escape(spec.source)}</p>", unsafe_allow_html=True)

st.divider()
a, b, c, d = st.columns(4)
a.download_button(
    "Unduh PowerPoint",
    lambda: deck.pptx_bytes(slides),
    file_name="presentasi-lkjip.pptx",
    mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
    key="pptx",
)
b.download_button(
    "Unduh grafik ini (PNG)",
    lambda: deck.png_bytes(spec),
    file_name=f"grafik-{i + 1:02d}.png",
    mime="image/png",
    key="png",
)
c.download_button(
    "Unduh semua grafik (ZIP PNG)",
    lambda: deck.pngs_zip(slides),
    file_name="grafik-lkjip.zip",
    mime="application/zip",
    key="pngs",
)
if d.button("Hapus grafik ini", key="drop"):
    slides.pop(i)
    st.session_state["slide-i"] = max(0, i - 1)
    st.rerun()
