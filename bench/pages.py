"""Time every dashboard page with AppTest on a database built from the samples.

    .venv/bin/python bench/pages.py [--db data/lkjip.duckdb] [--runs 5]

Prints, per page, the first render (query caches cold) and the median of the
following renders (caches warm), in seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

PAGES = ["ringkasan", "ikm", "sakip", "serapan", "profil", "perbandingan", "konsistensi", "presentasi", "unggah"]


def _render(page: str) -> float:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    started = time.perf_counter()
    at.switch_page(f"pages/{page}.py").run()
    elapsed = time.perf_counter() - started
    if at.exception:
        raise SystemExit(f"{page}: {at.exception[0].message}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "data" / "lkjip.duckdb"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ["LKJIP_DB"] = args.db
    print(f"{'halaman':<14}{'pertama (s)':>12}{'median (s)':>12}")
    for page in PAGES:
        times = [_render(page) for _ in range(args.runs + 1)]
        print(f"{page:<14}{times[0]:>12.3f}{statistics.median(times[1:]):>12.3f}")


if __name__ == "__main__":
    main()
