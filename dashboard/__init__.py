"""Presentation stage: queries over the DuckDB store and their formatting."""
