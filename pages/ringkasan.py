"""Ringkasan: what is loaded, coverage, headline figures, findings by severity."""

import streamlit as st

from dashboard import access, components, editing, formatting, places, queries
from dashboard.db import query
from dashboard.filters import current, profile_label
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

MAX_PROFILE_LINKS = 10

st.title("Ringkasan dokumen LKjIP")
st.caption("Laporan Kinerja Instansi Pemerintah (LKjIP) kecamatan yang sudah dimuat ke basis data.")

if query(queries.documents).empty:
    st.info(
        "Belum ada dokumen yang dimuat. Muat laporan LKjIP (PDF, Word atau ekspor teks) di halaman "
        "**Unggah Dokumen**; angkanya langsung tampil di semua halaman."
    )
    components.upload_link()
    st.stop()

f = current()
coverage = query(queries.coverage, **f.params())
ikm = query(queries.indicator_series, kind="IKM", **f.params())
sakip = query(queries.indicator_series, kind="SAKIP", **f.params())
budget = query(queries.budget_series, **f.params())
findings = query(queries.findings_summary, **f.params())
docs = query(queries.documents, **f.params())
unread = query(queries.unread_tables, **f.params())

c1, c2, c3, c4, c5 = st.columns(5)
c1.metric("Dokumen", formatting.number(len(coverage)), help="Laporan yang ditampilkan untuk filter ini")
with_figures = (
    set(coverage["kec_key"])
    | set(ikm.get("kec_key", []))
    | set(sakip.get("kec_key", []))
    | set(budget.get("kec_key", []))
)
c2.metric("Kecamatan", formatting.number(len(with_figures)), help=formatting.KECAMATAN_HELP)
c3.metric("Rata-rata IKM", formatting.number(ikm["realisasi"].mean(), 2) if len(ikm) else "–",
          help="Rata-rata nilai IKM semua kecamatan dan tahun dalam filter")  # fmt: skip
serapan = budget["realisasi"].sum() / budget["pagu"].sum() * 100 if len(budget) else None
c4.metric(
    "Serapan anggaran", formatting.percent(serapan),
    help=f"Realisasi {formatting.rupiah_short(budget['realisasi'].sum() if len(budget) else None)} dari pagu "
    f"{formatting.rupiah_short(budget['pagu'].sum() if len(budget) else None)}",
)  # fmt: skip
c5.metric("Temuan", formatting.number(findings["n"].sum() if len(findings) else 0),
          help="Angka dalam dokumen yang tidak saling cocok")  # fmt: skip

st.subheader("Cakupan laporan")
grid = formatting.coverage_grid(coverage, places.expected_kecamatan(f.kab), f.years)
if grid.empty:
    components.empty("laporan")
else:
    st.dataframe(grid, hide_index=True)
    if f.kab:
        st.caption(
            "✓ = laporannya sudah dimuat; – = belum ada. Daftar kecamatan menurut Kepmendagri 300.2.2-2138/2025."
        )
    else:
        st.caption("✓ = laporannya sudah dimuat. Pilih kabupaten/kota di panel kiri untuk melihat kecamatan yang "
                   "belum melapor.")  # fmt: skip

left, right = st.columns(2)
with left:
    st.subheader("Predikat SAKIP")
    if sakip.empty:
        components.empty("nilai SAKIP")
    else:
        latest = places.with_names(sakip[sakip["tahun"] == sakip["tahun"].max()], query(queries.place_names))
        st.dataframe(formatting.predicate_counts(latest), hide_index=True)
        st.caption(
            f"Tahun {int(sakip['tahun'].max())}: {formatting.number(len(latest))} kecamatan dengan nilai SAKIP, dari "
            "laporan tahun itu atau dari tabel multi-tahun laporan tahun berikutnya."
        )
with right:
    st.subheader("Temuan menurut tingkat")
    if findings.empty:
        st.success("Tidak ada temuan untuk filter ini.")
    else:
        by_severity = findings.groupby("severity")["n"].sum()
        order = [s for s in ("tinggi", "sedang", "rendah", "info") if s in by_severity.index]
        st.dataframe(
            by_severity.reindex(order).rename(index=formatting.SEVERITY_LABELS).rename_axis("Tingkat")
            .reset_index(name="Jumlah"), hide_index=True,
        )  # fmt: skip

st.subheader("Dokumen")
ok = docs[docs["status"] == "ok"]
st.dataframe(formatting.documents_table(ok), hide_index=True)
review = docs[docs["status"] == "needs_review"]
if not review.empty:
    st.subheader(f"Perlu ditinjau ({len(review)})")
    st.caption("Angkanya sudah dibaca, tetapi kecamatan atau tahun kinerjanya tidak ditemukan di isi dokumen.")
    st.dataframe(formatting.review_table(review), hide_index=True)
    editing.saved_notice()
    with st.expander("Lengkapi kecamatan atau tahunnya", icon=":material/edit:"):
        st.caption(
            "Tulis kecamatan atau tahun kinerja yang benar (dari sampul atau kata pengantar dokumen): "
            "begitu keduanya ada, dokumen tampil di semua halaman. Koreksi dicatat di riwayat koreksi."
        )
        if access.unlocked("corrections", "Kata sandi koreksi", "r-password"):
            editing.document_form(review, "r-doc")
if not unread.empty:
    unread_docs = formatting.unread_documents(unread)
    st.subheader(f"Tabel berisi angka yang tidak terbaca ({formatting.number(len(unread_docs))} dokumen)")
    st.caption(
        "Dokumen ini sudah dimuat dan angka lainnya dipakai, tetapi tabel berikut berisi angka kinerja atau "
        "anggaran yang tidak terbaca (kolomnya tidak dikenali), sehingga angkanya tidak ada di dasbor. "
        "Periksa teks tabelnya di Profil Kecamatan."
    )
    st.dataframe(unread_docs, hide_index=True)
    unread_places = unread.drop_duplicates("kec_key")
    if len(unread_places) > MAX_PROFILE_LINKS:
        st.caption("Pilih kecamatannya di halaman Profil Kecamatan untuk melihat teks tabel.")
    else:
        for kec, kab in zip(unread_places["kecamatan"], unread_places["kabupaten_kota"], strict=True):
            st.page_link(
                "pages/profil.py",
                label=f"Lihat tabel yang tidak terbaca di profil {kec}",
                icon=":material/table_view:",
                query_params={"profil": profile_label(kec, kab)},
            )
failed = docs[docs["status"] == "failed"]
if not failed.empty:
    st.subheader(f"Gagal dimuat ({len(failed)})")
    st.dataframe(formatting.failed_table(failed), hide_index=True)
