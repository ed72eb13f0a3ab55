"""The benchmark still runs (quick mode); timings are reported by `make bench`, never asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "throughput.py"


def test_throughput_benchmark_runs_in_quick_mode() -> None:
    out = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True, check=True).stdout
    assert "articles: 60" in out and "ratio pipeline / tokenizer:" in out
