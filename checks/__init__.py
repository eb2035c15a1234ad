"""Check stage: recompute capaian, serapan and efisiensi, and record every figure
that does not add up as a finding. Reads facts from DuckDB, writes `findings`."""
