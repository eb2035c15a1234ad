"""Konsistensi: findings for the inspektorat, with both places, review state and the
Excel working paper."""

import streamlit as st

from dashboard import components, formatting, queries, source_view, workpaper
from dashboard.db import query, write
from dashboard.filters import current, profile_label
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

st.title("Konsistensi angka")
st.caption(
    "Angka dalam dokumen yang tidak saling cocok: capaian, serapan, jumlah, rata-rata, angka yang ditulis berbeda "
    "di dua tempat (tabel atau kalimat), kategori atau predikat yang tidak sesuai nilainya. Setiap temuan menyebut "
    "kedua nilai dan tempat membacanya. Pembulatan dicatat dengan tingkat Info."
)
f = current()
everything = query(queries.findings_list, **f.params())
if everything.empty:
    if query(queries.documents).empty:
        components.empty("temuan")
    else:
        st.success("Tidak ada temuan untuk filter ini.")
    st.stop()

c1, c2, c3, c4 = st.columns(4)
checks = c1.multiselect("Pemeriksaan", queries.CHECKS, format_func=formatting.CHECK_LABELS.get, key="k-check",
                        placeholder="Semua", select_all=False)  # fmt: skip
severities = c2.multiselect("Tingkat", queries.SEVERITIES, format_func=formatting.SEVERITY_LABELS.get, key="k-sev",
                            placeholder="Semua", select_all=False)  # fmt: skip
docs = everything.drop_duplicates("doc_id").set_index("doc_id")["file_name"].to_dict()
doc_ids = c3.multiselect("Dokumen", list(docs), format_func=docs.get, key="k-doc", placeholder="Semua",
                         select_all=False)  # fmt: skip
REVIEW = {"semua": "Semua", "belum": "Belum ditinjau", "sudah": "Sudah ditinjau"}
review = c4.selectbox("Tinjauan", list(REVIEW), key="k-review", format_func=REVIEW.get)
found = query(queries.findings_list, **f.params(), checks=tuple(checks), severities=tuple(severities),
              doc_ids=tuple(doc_ids), review=review)  # fmt: skip

m1, m2, m3, m4 = st.columns(4)
m1.metric("Temuan", formatting.number(len(found)))
m2.metric("Kesalahan (dikelompokkan)", formatting.number(found["group_key"].fillna(found["finding_key"]).nunique()))
m3.metric("Tingkat tinggi", formatting.number((found["severity"] == "tinggi").sum()))
m4.metric("Belum ditinjau", formatting.number((~found["reviewed"]).sum()))

st.subheader("Daftar temuan")
grouped = st.toggle(
    "Satu baris per kesalahan",
    key="k-grouped",
    help="Kesalahan yang sama di beberapa tabel ditampilkan sebagai satu baris dengan semua tempatnya.",
)
if grouped:
    st.dataframe(formatting.grouped_table(found), hide_index=True)
else:
    st.dataframe(formatting.audit_table(found), hide_index=True)
trail = query(queries.corrections_list)
st.download_button(
    "Unduh kertas kerja (Excel)", lambda: workpaper.workbook(found, trail),
    file_name="kertas-kerja-temuan.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="k-xlsx",
    disabled=found.empty and trail.empty,
)  # fmt: skip

if not found.empty:
    st.subheader("Tinjau temuan")
    labels = {row.finding_key: f"#{row.finding_id} · {row.message[:110]}" for row in found.itertuples()}
    key = st.selectbox("Temuan", list(labels), format_func=labels.get, key="k-pick")
    chosen = found[found["finding_key"] == key].iloc[0]
    st.markdown(formatting.finding_detail(chosen))
    places = [query(queries.figure_source, fact_id=int(i)) for i in (chosen["fact_id"], chosen["other_fact_id"])
              if formatting.is_number(i)]  # fmt: skip
    places = [p.iloc[0] for p in places if not p.empty]
    if places:
        with st.expander("Lihat sumber di dokumen", icon=":material/visibility:"):
            source_view.side_by_side(places[0], places[1] if len(places) > 1 else None, key="k-src")
    for place in (p for p in places if p["fact_table"] in ("indicator_values", "budget_lines")):
        st.page_link(
            "pages/profil.py", icon=":material/edit:",
            label=formatting.md_escape(
                f"Koreksi {formatting.source(place['source_table'], place['line'], place['page'], None)} "
                f"({place['place_name']}) di Profil Kecamatan"
            ),
            query_params={"profil": profile_label(place["place_name"], place["place_kabupaten"]),
                          "angka": str(int(place["fact_id"]))},
        )  # fmt: skip
    with st.form("k-review-form"):
        reviewed = st.checkbox("Sudah ditinjau", value=bool(chosen["reviewed"]))
        note = st.text_input("Catatan", value=chosen["review_note"] or "", max_chars=500)
        if st.form_submit_button("Simpan tinjauan"):
            write(queries.set_review, finding_key=key, reviewed=reviewed, note=note)
            st.session_state["k-saved"] = int(chosen["finding_id"])  # said below the form after the rerun
            st.rerun()
saved = st.session_state.pop("k-saved", None)
if saved is not None:
    st.success(f"Tinjauan disimpan (temuan #{saved}).", icon=":material/check_circle:")
