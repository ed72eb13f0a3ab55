"""Every benchmark still runs (quick mode); timings are reported by `make bench`, never asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def run(script: str, *args: str) -> str:
    return subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                          check=True).stdout


def test_throughput_benchmark_runs_in_quick_mode() -> None:
    out = run("throughput.py", "--quick")
    assert "articles: 60" in out and "ratio pipeline / tokenizer:" in out


def test_scaling_benchmark_runs_in_quick_mode() -> None:
    out = run("scaling.py", "--sizes", "20", "40", "--quick")
    assert "    20 articles:" in out and "    40 articles:" in out
    assert "--jobs 2 at 40 articles" in out and "growth from 20 to 40 articles" in out


def test_stores_benchmark_runs_in_quick_mode() -> None:
    out = run("stores.py", "--quick", "--sizes", "1000")
    assert "rdflib Dataset.parse   Oxigraph bulk_load" in out
    assert "ROWS DIFFER" not in out  # both engines answer every competency query alike


def test_hub_clustering_benchmark_runs_on_small_sizes() -> None:
    out = run("scaling.py", "--hub", "50", "100")
    assert "     50 reports naming one party: clustering" in out
    assert "growth from 50 to 100 reports (x2): clustering time x" in out
