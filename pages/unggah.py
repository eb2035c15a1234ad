"""Unggah Dokumen: ingest PDFs, Word files (.docx) or text exports from the browser."""

import pandas as pd
import streamlit as st

from dashboard import access, db, uploads
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

STATUS = {
    "ok": "Berhasil",
    "needs_review": "Perlu ditinjau",
    "failed": "Gagal",
    "duplicate": "Sudah ada",
    "rejected": "Ditolak",
}

st.title("Unggah dokumen")
st.caption(
    "PDF atau Word (.docx) LKjIP, atau ekspor teksnya, satu atau banyak sekaligus "
    f"(paling besar {uploads.MAX_MB} MB per berkas). "
    "Setiap berkas dibaca, diperiksa konsistensinya, lalu tampil di semua halaman."
)


if not access.settings("upload").get("enabled", True):
    st.info("Halaman unggah dimatikan oleh pengelola aplikasi ini.")
    st.stop()
if not access.unlocked("upload", "Kata sandi unggah", "up-password"):
    st.stop()

files = st.file_uploader(
    "Pilih berkas", accept_multiple_files=True, key="up-files",
    help="Seret berkas ke kotak ini, atau tekan Browse files untuk memilihnya dari komputer.",
)  # fmt: skip
st.caption(
    "Kotak unggah memakai teks bawaan Streamlit: **Drag and drop files here** = seret berkas ke sini; "
    "**Browse files** = pilih berkas dari komputer; **Limit 50MB per file** = paling besar 50 MB per berkas."
)
reread = st.checkbox(
    "Baca ulang berkas yang isinya sudah ada", key="up-reread",
    help="Untuk membaca lagi laporan yang sudah dimuat (misalnya setelah program pembaca diperbarui). "
    "Koreksi pengguna pada laporan itu diterapkan lagi, dan hasilnya menyebut apakah pembaca kini sepakat.",
)  # fmt: skip
if files and st.button("Muat ke basis data", type="primary", key="up-go"):
    bar = st.progress(0.0, text="Memulai ...")

    def progress(done: int, total: int, name: str) -> None:
        bar.progress(done / total, text=f"Membaca {name} ({done + 1} dari {total})" if name else "Selesai")

    with db.cursor() as cur:
        results = uploads.ingest_uploads(
            cur, [(f.name, f.getvalue()) for f in files], db.database_path().parent / "uploads", progress, reread
        )
    db.changed()
    table = pd.DataFrame(
        {"Berkas": [r.name for r in results], "Hasil": [STATUS.get(r.status, r.status) for r in results],
         "Keterangan": [r.message for r in results]}
    )  # fmt: skip
    st.subheader("Hasil")
    st.dataframe(table, hide_index=True)
    if any(uploads.needs_ocr(r.message) for r in results):
        st.info(
            "PDF hasil pindaian (gambar tanpa lapisan teks) harus diberi lapisan teks dengan OCR dulu, lalu "
            "diunggah lagi. Contoh dengan ocrmypdf (paket Debian `ocrmypdf` dan `tesseract-ocr-ind`):",
            icon=":material/document_scanner:",
        )
        st.code("ocrmypdf -l ind --force-ocr laporan.pdf laporan-teks.pdf", language="bash")
        st.caption("Atau minta PDF yang diekspor langsung dari Word (bukan hasil pindai) kepada kecamatan.")
    ok = sum(r.status == "ok" for r in results)
    if ok:
        st.success(f"{ok} dari {len(results)} berkas dimuat.")
    else:
        st.warning("Tidak ada berkas baru yang dimuat.")
