"""IKM: Indeks Kepuasan Masyarakat across kecamatan and years."""

from dashboard.indicator_page import render

render("IKM", "Indeks Kepuasan Masyarakat (IKM)", "Nilai IKM")
