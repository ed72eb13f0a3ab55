"""How build time, peak memory and query time grow with the corpus, and what ``--jobs 2`` buys.

    python bench/scaling.py                      # 1k, 5k and 20k articles; jobs 1 and 2 at 5k
    python bench/scaling.py --sizes 200 400 --quick   # checks the benchmark works
    python bench/scaling.py --hub 5000 10000 20000    # only cross-article event clustering, one party in every report

Each build is a fresh ``kg build`` process: its wall time, and its peak RSS as a small launcher process sees it.
Query time is the median of the shipped competency queries on the embedded store (in-memory Oxigraph).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

# a child's peak RSS counts what its parent held when it forked it (the figure survives exec), and this process
# holds the graphs it queried: each build is started by this small launcher, which reports the largest peak RSS of
# its children (the build, and with --jobs the workers it waited for)
_LAUNCHER = """import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)"""


def run_build(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``kg build`` process."""
    cmd = [sys.executable, "-c", _LAUNCHER,
           sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "-q", "--jobs", str(jobs)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    took = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed: {proc.stderr}")
    return took, int(proc.stdout.split()[-1]) / 1024  # ru_maxrss is in KB on Linux


def query_median(graph: Path, repeat: int) -> tuple[int, float]:
    """Quads in the graph and the median milliseconds of the competency queries on it, as ``kg query`` runs
    them: the file loaded once into an in-memory Oxigraph store (not timed), each query with bound parameters."""
    import pyoxigraph

    from kg import competency_queries, run_query
    from kg.io import read_oxigraph
    from kg.query import load_query

    quads = sum(1 for _ in pyoxigraph.parse(path=str(graph), format=pyoxigraph.RdfFormat.N_QUADS))
    ds = read_oxigraph(graph)
    times = []
    for name in competency_queries():
        text = load_query(name)
        for _ in range(repeat):
            t = time.perf_counter()
            run_query(ds, text)
            times.append(time.perf_counter() - t)
    return quads, statistics.median(times) * 1000


def hub_clustering(sizes: list[int]) -> None:
    """Seconds that cross-article event clustering takes for ``n`` reports that all name one party (a much-reported
    official) with one of 60 others, on one of 700 days (10% undated, 10% to the month), at one of 300 places."""
    import datetime as dt
    import random

    from kg.build import _same_place
    from kg.gazetteer import load_gazetteer
    from kg.models import EventType, Status
    from kg.resolve import Report, cluster_events

    gaz = load_gazetteer()
    places = sorted(k for k in gaz.entities if k.startswith("place/"))[:300]
    rows = []
    for n in sizes:
        rng = random.Random(1)
        reports = []
        for i in range(n):
            etype = rng.choice([EventType.MEETING, EventType.VISIT, EventType.EXERCISE])
            day = (dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))).isoformat()
            x = rng.random()
            start = None if x < 0.1 else day[:7] if x < 0.2 else day
            status = Status.OCCURRED if rng.random() < 0.8 else Status.PLANNED
            reports.append(Report(f"a{i // 4}", etype, ("person/hub", f"person/p{rng.randrange(60)}"),
                                  "person/hub" if etype is EventType.VISIT else None, rng.choice(places), start,
                                  status, None))
        same_place = _same_place(gaz)  # as a build compares places: remembered, fresh for each size
        t = time.perf_counter()
        cluster_events(reports, same_place)
        took = time.perf_counter() - t
        rows.append((n, took))
        print(f"{n:>7} reports naming one party: clustering {took:7.2f} s, {took / n * 1e6:7.1f} us a report",
              flush=True)
    if len(rows) > 1:
        (n0, t0), (n1, t1) = rows[0], rows[-1]
        print(f"growth from {n0} to {n1} reports (x{n1 / n0:.0f}): clustering time x{t1 / t0:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--quick", action="store_true", help="one query repetition: checks the benchmark runs")
    ap.add_argument("--hub", type=int, nargs="+", metavar="N", help="only time event clustering of N reports that "
                    "all name one party")
    a = ap.parse_args()
    if a.hub:
        hub_clustering(a.hub)
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            corpus = Path(tmp) / f"c{n}.jsonl"
            with corpus.open("w", encoding="utf-8") as fh:
                for rec in generate(n):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out = Path(tmp) / f"g{n}.nq"
            took, rss = run_build(corpus, out, 1)
            quads, q_ms = query_median(out, 1 if a.quick else 5)
            rows.append((n, took, rss, quads, q_ms))
            print(f"{n:>6} articles: build {took:7.1f} s ({n / took:5.1f} articles/s), peak RSS {rss:6.0f} MB, "
                  f"{quads:>9,} quads, competency query median {q_ms:7.1f} ms", flush=True)
        mid = a.sizes[len(a.sizes) // 2]
        corpus = Path(tmp) / f"c{mid}.jsonl"
        one = next(r[1] for r in rows if r[0] == mid)
        two, rss2 = run_build(corpus, Path(tmp) / "jobs2.nq", 2)
        print(f"--jobs 2 at {mid} articles: {two:.1f} s against {one:.1f} s with one job: speed-up {one / two:.2f}x, "
              f"largest peak RSS {rss2:.0f} MB")
    if len(rows) > 1:
        (n0, t0, _, q0, ms0), (n1, t1, _, q1, ms1) = rows[0], rows[-1]
        print(f"growth from {n0} to {n1} articles (x{n1 / n0:.0f}): build time x{t1 / t0:.1f}, "
              f"graph x{q1 / q0:.1f}, query time x{ms1 / ms0:.1f}")


if __name__ == "__main__":
    main()
