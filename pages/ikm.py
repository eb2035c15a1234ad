"""IKM: Indeks Kepuasan Masyarakat across kecamatan and years."""

from dashboard.indicator_page import render
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

render("IKM", "Indeks Kepuasan Masyarakat (IKM)", "Nilai IKM")
