"""Forms that correct what the reader got wrong (issue 17): a figure's field, a missing
figure, a document's kecamatan or year, a document set aside, a correction withdrawn.

Every write goes through the app's single writer connection (`dashboard/db.py`), then the
checks run again for the documents concerned, so findings follow the corrected figures.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from checks.run import places_of, run_checks
from dashboard import access, formatting, queries
from dashboard.db import changed, cursor
from ingest import corrections
from ingest.corrections import CorrectionError

_SAID = "koreksi-tersimpan"


def author(key: str) -> str | None:
    """The login name, else a name the user types (kept for the session)."""
    login = access.login_name()
    if login:
        st.caption(f"Dicatat atas nama {login}.")
        return login
    return st.text_input("Nama Anda (dicatat di riwayat koreksi)", key=key, max_chars=80) or None


def saved_notice() -> None:
    """What the last write did, said once after the rerun it caused."""
    said = st.session_state.pop(_SAID, None)
    if said:
        st.success(said, icon=":material/check_circle:")


def _save(work: Callable[[object], object], docs: Callable[[object], list[int]], said: str) -> None:
    """Run one write, re-check the documents it touches, and rerun the page."""
    try:
        with cursor() as cur:
            touched = docs(cur)
            before = places_of(cur, touched)  # a document moved to another kecamatan leaves its old conflicts
            work(cur)
            run_checks(cur, touched + docs(cur), before)
    except CorrectionError as exc:
        st.error(f"Koreksi tidak disimpan: {exc}.")
        return
    changed()
    st.session_state[_SAID] = said
    st.rerun()


def _same_place(cur, doc_id: int) -> list[int]:
    """The document and the other versions of its kecamatan (their conflicts change with it)."""
    return queries.same_place_documents(cur, int(doc_id))


def correct_form(figure: pd.Series, key: str) -> None:
    """Change one field of the chosen figure."""
    table = figure["fact_table"]
    if "ditambahkan" in list(figure["corrected_fields"]):
        st.caption("Angka ini ditambahkan pengguna: untuk mengubahnya, tarik tambahannya lalu tambahkan lagi.")
        return
    fields = list(corrections.FIELDS[table])
    with st.form(f"{key}-form"):
        field = st.selectbox("Yang dikoreksi", fields, format_func=formatting.FIELD_LABELS.get, key=f"{key}-field")
        value = st.text_input("Nilai baru", key=f"{key}-value", help="Tulis seperti di dokumen: 85,25 atau 1.250.000")
        reason = st.text_input("Alasan", key=f"{key}-reason", max_chars=500)
        place = st.text_input("Halaman atau baris dokumen asal nilai baru", key=f"{key}-place", max_chars=200)
        name = author(f"{key}-author")
        if st.form_submit_button("Simpan koreksi", type="primary"):
            doc = int(figure["doc_id"])
            _save(
                lambda cur: corrections.correct(
                    cur, table, int(figure["fact_id"]), field, value, reason, name or "", place
                ),
                lambda cur: _same_place(cur, doc),
                formatting.md_escape(
                    f"Koreksi disimpan: {formatting.FIELD_LABELS.get(field, field)} {figure['name']} menjadi {value}."
                ),
            )


def add_form(docs: pd.DataFrame, key: str) -> None:
    """Add an indicator value or a budget line the reader did not get."""
    names = dict(zip(docs["doc_id"], docs["file_name"] + " (tahun " + docs["tahun"].map(formatting.year) + ")",
                     strict=True))  # fmt: skip
    kinds = {"indicator_values": "Nilai indikator", "budget_lines": "Baris anggaran"}
    what = st.radio("Jenis angka", list(kinds), horizontal=True, key=f"{key}-what", format_func=kinds.get)
    with st.form(f"{key}-form"):
        doc = st.selectbox("Dokumen", list(names), format_func=names.get, key=f"{key}-doc")
        values = {"tahun": st.text_input("Tahun", key=f"{key}-tahun", max_chars=4)}
        if what == "indicator_values":
            values["indikator"] = st.text_input("Nama indikator", key=f"{key}-name", max_chars=300)
            values["indicator_kind"] = st.selectbox("Jenis indikator", corrections.KINDS, key=f"{key}-kind",
                                                    index=len(corrections.KINDS) - 1)  # fmt: skip
            c1, c2, c3, c4 = st.columns(4)
            values["target"] = c1.text_input("Target", key=f"{key}-a")
            values["realisasi"] = c2.text_input("Realisasi", key=f"{key}-b")
            values["capaian_reported"] = c3.text_input("Capaian (%)", key=f"{key}-c")
            values["satuan"] = c4.text_input("Satuan", key=f"{key}-unit", max_chars=40)
        else:
            values["name"] = st.text_input("Nama program atau baris", key=f"{key}-name", max_chars=300)
            values["level"] = st.selectbox("Tingkat", corrections.LEVELS, index=2, key=f"{key}-level",
                                           format_func=formatting.LEVEL_LABELS.get)  # fmt: skip
            c1, c2, c3 = st.columns(3)
            values["pagu"] = c1.text_input("Pagu (Rp)", key=f"{key}-a")
            values["realisasi"] = c2.text_input("Realisasi (Rp)", key=f"{key}-b")
            values["serapan_reported"] = c3.text_input("Serapan (%)", key=f"{key}-c")
        reason = st.text_input("Alasan", key=f"{key}-reason", max_chars=500)
        place = st.text_input("Tabel dan halaman/baris asal angka", key=f"{key}-place", max_chars=200,
                              help="Misalnya: Tabel 3.7 baris 445. Ditampilkan sebagai sumber angka ini.")  # fmt: skip
        name = author(f"{key}-author")
        if st.form_submit_button("Tambahkan angka", type="primary") and doc is not None:
            _save(
                lambda cur: corrections.add_figure(cur, int(doc), what, values, reason, name or "", place),
                lambda cur: _same_place(cur, int(doc)),
                "Angka ditambahkan.",
            )


def document_form(docs: pd.DataFrame, key: str) -> None:
    """Correct a document's kecamatan or year, or set it aside."""
    names = dict(zip(docs["doc_id"], docs["file_name"] + " (tahun " + docs["tahun"].map(formatting.year) + ")",
                     strict=True))  # fmt: skip
    actions = {"tahun": "Ubah tahun kinerja", "kecamatan": "Ubah kecamatan", "set_aside": "Jangan hitung dokumen ini"}
    with st.form(f"{key}-form"):
        doc = st.selectbox("Dokumen", list(names), format_func=names.get, key=f"{key}-doc")
        action = st.radio("Tindakan", list(actions), format_func=actions.get, horizontal=True, key=f"{key}-action")
        value = st.text_input("Nilai baru (tahun atau nama kecamatan)", key=f"{key}-value", max_chars=80)
        reason = st.text_input("Alasan", key=f"{key}-reason", max_chars=500)
        name = author(f"{key}-author")
        if st.form_submit_button("Simpan", type="primary") and doc is not None:
            if action == "set_aside":
                work = lambda cur: corrections.set_aside(cur, int(doc), reason, name or "")  # noqa: E731
            else:
                work = lambda cur: corrections.correct_document(  # noqa: E731
                    cur, int(doc), action, value, reason, name or ""
                )
            _save(work, lambda cur: _same_place(cur, int(doc)), f"{actions[action]}: disimpan.")


def withdraw_form(active: pd.DataFrame, key: str) -> None:
    """Withdraw an active correction (it stays in the trail)."""
    if active.empty:
        return
    labels = {int(r.correction_id): formatting.correction_label(r) for r in active.itertuples()}
    with st.form(f"{key}-form"):
        chosen = st.selectbox("Koreksi yang ditarik", list(labels), format_func=labels.get, key=f"{key}-pick")
        reason = st.text_input("Alasan penarikan", key=f"{key}-reason", max_chars=500)
        name = author(f"{key}-author")
        if st.form_submit_button("Tarik koreksi") and chosen is not None:
            doc = int(active.set_index("correction_id").loc[chosen, "doc_id"])
            _save(
                lambda cur: corrections.withdraw(cur, chosen, reason, name or ""),
                lambda cur: _same_place(cur, doc),
                f"Koreksi {chosen} ditarik.",
            )
