"""Profil Kecamatan: one kecamatan's indicators, budget, findings and documents."""

import streamlit as st

from checks.run import run_checks
from dashboard import access, charts, components, editing, formatting, queries, source_view
from dashboard.db import changed, cursor, query
from dashboard.filters import current, profile_label
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

st.title("Profil kecamatan")
f = current()
coverage = query(queries.coverage, **{**f.params(), "y0": 1900, "y1": 2100})
if coverage.empty:
    components.empty("kecamatan")
    st.stop()

places = coverage.drop_duplicates("kec_key").sort_values(["kecamatan", "kabupaten_kota"])
names = {
    k: profile_label(n, kab)
    for k, n, kab in zip(places["kec_key"], places["kecamatan"], places["kabupaten_kota"], strict=True)
}
key = st.selectbox("Kecamatan", list(names), key="profil", bind="query-params", format_func=names.get)
place = places[places["kec_key"] == key].iloc[0]
kec, kab = place["kecamatan"], place["kabupaten_kota"]
code = place["kode_kecamatan"]
st.caption(f"Kecamatan {kec}, {kab}" + (f" · kode Kemendagri {code}" if isinstance(code, str) else ""))

indicators = query(queries.kecamatan_indicators, kec_key=key)
st.subheader("Indikator per tahun")
st.caption(
    "Realisasi tiap indikator per tahun: nilai yang sama dengan yang dipakai halaman IKM, SAKIP dan Perbandingan "
    "(laporan tahun itu lebih dulu, tabel pengukuran kinerjanya lebih dulu, lalu tabel multi-tahun laporan "
    "berikutnya)."
)
if indicators.empty:
    components.empty("indikator")
else:
    st.dataframe(formatting.profile_grid(indicators), hide_index=True)
    scores = indicators[indicators["indicator_kind"].isin(formatting.INDEX_KINDS)]
    if not scores.empty:
        components.chart(
            charts.trend(scores.assign(jenis=scores["indicator_kind"]), "realisasi",
                         f"Indeks dan nilai {kec} per tahun", "Nilai", by="jenis"),
            formatting.profile_series(scores), f"Indeks {kec}", formatting.profile_series_shown(scores),
        )  # fmt: skip

st.subheader("Anggaran per program")
programs = query(queries.budget_programs, **{**f.params(), "kec": (key,), "y0": 1900, "y1": 2100})
if programs.empty:
    components.empty("rincian anggaran")
else:
    st.dataframe(formatting.budget_table(programs, "name", "Program"), hide_index=True)

st.subheader("Sumber dan koreksi angka")
st.caption(
    "Pilih angka untuk melihat tempatnya di dokumen (halaman PDF dengan selnya disorot, atau tabel teksnya dengan "
    "barisnya disorot). Angka yang salah terbaca dapat dikoreksi, angka yang tidak terbaca dapat ditambahkan: "
    "angka hasil baca tetap disimpan, koreksi dipakai di semua halaman dengan tanda ✎ dan dicatat di riwayat."
)
editing.saved_notice()
can_edit = access.unlocked("corrections", "Kata sandi koreksi (untuk mengubah angka)", "p-password")
figures = query(queries.kecamatan_figures, kec_key=key)
if figures.empty:
    st.caption("Belum ada angka yang terbaca untuk kecamatan ini: tambahkan di bawah.")
else:
    labels = {int(r.fact_id): formatting.figure_label(r) for r in figures.itertuples()}
    ids = list(labels)
    wanted = st.query_params.get("angka", "")  # a link from Konsistensi names the figure
    first = ids.index(int(wanted)) if wanted.isdigit() and int(wanted) in labels else 0
    if wanted and not (wanted.isdigit() and int(wanted) in labels):
        st.warning("Angka yang dituju tautan tidak ada di dokumen kecamatan ini: pilih angkanya di bawah.")
    picked = st.selectbox("Angka", ids, index=first, format_func=labels.get, key="p-angka")
    if picked is not None:
        source = query(queries.figure_source, fact_id=int(picked))
        if not source.empty:
            source_view.show(source.iloc[0], key="p-src")
        if can_edit:
            with st.expander("Koreksi angka ini", icon=":material/edit:"):
                editing.correct_form(figures[figures["fact_id"] == picked].iloc[0], "p-fix")
docs_all = query(queries.kecamatan_documents, kec_key=key)
readable = docs_all[docs_all["status"] == "ok"]
if not readable.empty and can_edit:
    with st.expander("Tambah angka yang tidak terbaca", icon=":material/add:"):
        editing.add_form(readable, "p-add")
    with st.expander("Koreksi dokumen (tahun, kecamatan) atau jangan hitung dokumen", icon=":material/description:"):
        editing.document_form(readable, "p-doc")
trail = query(queries.corrections_list, kec_key=key)
if not trail.empty:
    with st.expander(f"Riwayat koreksi ({formatting.number(len(trail))})", icon=":material/history:", expanded=True):
        st.dataframe(formatting.corrections_table(trail), hide_index=True)
        active = trail[trail["withdrawn_at"].isna()]
        if not active.empty and can_edit:
            editing.withdraw_form(active, "p-withdraw")

st.subheader("Temuan")
found = query(queries.kecamatan_findings, kec_key=key)
if found.empty:
    st.success("Tidak ada temuan pada laporan kecamatan ini.")
else:
    st.dataframe(formatting.findings_table(found), hide_index=True)

st.subheader("Dokumen sumber")
docs = query(queries.kecamatan_documents, kec_key=key)
st.dataframe(formatting.source_documents(docs), hide_index=True)
for year, versions in docs[docs["status"] == "ok"].groupby("tahun"):
    if len(versions) < 2:
        continue
    names = dict(zip(versions["doc_id"], versions["file_name"], strict=True))
    shown = int(versions[versions["is_current"]]["doc_id"].iloc[0])
    with st.form(f"versi-{int(year)}"):
        st.markdown(f"**Tahun {int(year)}** punya {len(versions)} versi laporan. Versi yang dipakai di semua halaman:")
        chosen = st.radio("Versi", list(names), index=list(names).index(shown), format_func=names.get,
                          label_visibility="collapsed", key=f"versi-pilih-{int(year)}")  # fmt: skip
        if st.form_submit_button("Pakai versi ini") and chosen != shown:
            with cursor() as cur:
                queries.prefer_document(cur, chosen)
                run_checks(cur, [chosen, shown])  # conflicts are computed among the versions shown
            changed()
            st.rerun()

account = query(queries.kecamatan_table_account, kec_key=key)
unread = account[account["status"] == "unread"]
partly = account[account["status"] == "partly_read"]
if unread.empty:
    st.caption("Tidak ada tabel berisi angka kinerja atau anggaran yang sama sekali tidak terbaca di dokumen ini.")
else:
    with st.expander(f"Tabel yang tidak terbaca ({formatting.number(len(unread))})", icon=":material/warning:"):
        st.caption(
            "Tabel ini berisi angka kinerja atau anggaran, tetapi tidak ada angkanya yang terbaca, jadi tidak "
            "muncul di dasbor. Teksnya ditampilkan seperti tercetak di dokumen agar angkanya dapat diperiksa."
        )
        for row in unread.itertuples():
            title = f" — {formatting.md_escape(row.title)}" if isinstance(row.title, str) and row.title else ""
            version = "" if row.is_current else " · versi yang tidak ditampilkan"
            st.markdown(
                f"**{formatting.md_escape(row.source_table)}**{title}  \n"
                f"{formatting.table_place(row.line, row.page)} · {formatting.md_escape(row.file_name)} "
                f"(tahun {formatting.year(row.tahun)}){version}"
            )
            if isinstance(row.note, str) and row.note:
                st.caption(f"Sebab: {formatting.md_escape(row.note)}")
            raw = row.raw_text if isinstance(row.raw_text, str) else ""
            pdf = row.source_format == "pdf" and formatting.is_number(row.page)
            tabs = st.tabs(["Tabel", "Teks asli", *(["Halaman PDF"] if pdf else [])])
            tabs[0].dataframe(formatting.raw_table(raw), hide_index=True)
            tabs[1].code(raw, language=None, height="content" if raw.count("\n") < 15 else 360)
            if pdf:
                with tabs[2]:
                    source_view.show(source_view.table_source(row._asdict()), key=f"p-unread-{row.Index}")
if not partly.empty:
    n_rows = formatting.number(partly["n_rows_skipped"].sum())
    with st.expander(f"Baris yang dilewati ({n_rows} baris di {formatting.number(len(partly))} tabel)"):
        st.caption(
            "Tabel ini terbaca sebagian: baris berikut berisi angka tetapi tidak dipakai (baris jumlah atau "
            "rata-rata, baris tanpa nama indikator atau program, atau angka di kolom yang tidak dikenali)."
        )
        st.dataframe(formatting.skipped_tables(partly), hide_index=True)
