"""Pictures of a graph: the network (PNG/SVG), a timeline of events, and a self-contained interactive HTML view.

Needs the ``viz`` extra (matplotlib, arabic-reshaper, python-bidi) for PNG and SVG; the HTML view needs only
networkx. Every function takes an RDF dataset or the ``networkx`` graph made by :func:`kg.to_networkx`.
"""

from __future__ import annotations

import html
import json
import math
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, MissingExtraError

if TYPE_CHECKING:
    import networkx as nx
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from rdflib import Graph

__all__ = ["check_target", "draw_network", "draw_timeline", "render", "write_html"]

SUFFIXES = (".png", ".svg", ".html")
KINDS = ("network", "timeline")

_ARABIC = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic and their presentation forms
# fonts tried after DejaVu Sans (Latin, Cyrillic, Arabic) for scripts it lacks, when installed
_FALLBACK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                   "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN", "Microsoft YaHei", "PingFang SC",
                   "SimHei", "Noto Sans Arabic")
_COUNTRY_COLOURS = {"RU": "#1f5fa8", "CN": "#c62828", "US": "#6a3d9a", "UA": "#e6a100", "BY": "#2e7d32"}
_PALETTE = ("#00897b", "#ef6c00", "#ad1457", "#6d4c41", "#7cb342", "#3949ab", "#f06292", "#546e7a", "#c0ca33",
            "#26c6da", "#8d6e63", "#ffb300")
_NO_COUNTRY = "#9e9e9e"
_EDGE_STYLE: dict[str, tuple[str, Any, float]] = {  # type -> colour, line style, width
    "meeting": ("#37474f", "-", 1.6), "visit": ("#ef6c00", "-", 1.6), "visited": ("#ef6c00", "-", 1.4),
    "exercise": ("#2e7d32", "-", 1.8), "statement": ("#8e24aa", ":", 1.2), "holds": ("#9e9e9e", "--", 1.0),
}
_MARKERS = {"Official": "o", "Person": "o", "Ministry": "s", "Organization": "s", "ArmedForce": "p",
            "Country": "h", "Place": "^", "Entity": "o"}
_KIND_GROUPS = (("person", ("Official", "Person", "Entity")), ("ministry / organisation", ("Ministry", "Organization")),
                ("armed force", ("ArmedForce",)), ("country", ("Country",)), ("place", ("Place",)))


# ---------------------------------------------------------------- shared helpers

def _graph(ds: Graph | nx.MultiDiGraph) -> nx.MultiDiGraph:
    import networkx as nx

    if isinstance(ds, nx.MultiDiGraph):
        return ds
    from .network import to_networkx

    return to_networkx(ds)


def _require_viz() -> Any:
    """matplotlib, with the Arabic shaping helpers checked too; MissingExtraError names the extra."""
    for module, package in (("matplotlib", "matplotlib"), ("arabic_reshaper", "arabic-reshaper"),
                            ("bidi.algorithm", "python-bidi")):
        try:
            __import__(module)
        except ImportError:
            raise MissingExtraError(package, "viz") from None
    import matplotlib

    return matplotlib


def _shape(text: str, logical: bool = False) -> str:
    """Text as matplotlib must be given it to show Arabic joined and right to left.

    Matplotlib from 3.11 lays text out with libraqm (HarfBuzz shaping and the bidi algorithm) and takes text in
    logical order, as do SVG viewers (``logical``); older versions draw code points left to right, so Arabic is
    joined with arabic-reshaper and put in visual order with python-bidi first.
    """
    if logical or not _ARABIC.search(text) or _lays_out_complex_text():
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def _lays_out_complex_text() -> bool:
    from matplotlib import ft2font

    return bool(getattr(ft2font, "__libraqm_version__", ""))


def _join(names: list[str]) -> str:
    """Names joined by a separator that keeps them in list order, left to right, even when some are right to
    left: with libraqm a left-to-right mark opens the line (else an Arabic first name would make the whole line
    right to left) and flanks each separator."""
    if _lays_out_complex_text():
        return "\u200e" + " \u200e·\u200e ".join(names)
    return " · ".join(names)


def _fonts() -> list[str]:
    from matplotlib import font_manager

    present = {f.name for f in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *(f for f in _FALLBACK_FONTS if f in present)]


def _rc() -> dict[str, Any]:
    return {"font.family": "sans-serif", "font.sans-serif": _fonts(), "svg.fonttype": "none",
            "axes.unicode_minus": False}


def _country_colours(G: nx.MultiDiGraph) -> dict[str, str]:
    """ISO code -> colour: well-known countries fixed, the rest from a palette by frequency."""
    from collections import Counter

    counts = Counter(d["country"] for _, d in G.nodes(data=True) if d["country"])
    out = {c: _COUNTRY_COLOURS[c] for c in counts if c in _COUNTRY_COLOURS}
    others = [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c not in out]
    for i, c in enumerate(others):
        out[c] = _PALETTE[i % len(_PALETTE)]
    return out


def _layout(G: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic layout: each connected part by a spring layout (parallel edges pull harder), the parts
    packed in rows from the largest, and entities with no links in a grid below them."""
    import networkx as nx

    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes))
    for a, b in G.edges():
        if a != b:
            w = H.get_edge_data(a, b, {"weight": 0})["weight"]
            H.add_edge(a, b, weight=w + 1)
    parts = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    blocks: list[dict[str, tuple[float, float]]] = []
    for part in (p for p in parts if len(p) > 1):
        half = 0.65 * math.sqrt(len(part))  # about one unit between neighbours, whatever the size
        raw = nx.spring_layout(H.subgraph(part), seed=seed, k=2.2 / math.sqrt(len(part)), iterations=300,
                               weight="weight", scale=half)
        blocks.append({v: (float(xy[0]), float(xy[1])) for v, xy in sorted(raw.items())})
    singles = [p[0] for p in parts if len(p) == 1]

    def extent(block: dict[str, tuple[float, float]]) -> tuple[float, float, float, float]:
        xs, ys = [p[0] for p in block.values()], [p[1] for p in block.values()]
        return min(xs), min(ys), max(xs), max(ys)

    sizes = [(e[2] - e[0], e[3] - e[1]) for e in map(extent, blocks)]
    area = sum((w + 1) * (h + 1) for w, h in sizes) + 2.0 * len(singles)
    width = max([w for w, _ in sizes] + [math.sqrt(area) * 1.4, 3.0])
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for block, (w, h) in zip(blocks, sizes, strict=True):
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y - row_h - 1.2, 0.0
        x0, _, _, y1 = extent(block)
        pos.update({v: (x + px - x0, y + py - y1) for v, (px, py) in block.items()})
        x, row_h = x + w + 1.2, max(row_h, h)
    y = y - row_h - (1.2 if blocks else 0.0)
    per_row = max(1, int(width / 1.6) + 1)
    for i, v in enumerate(singles):
        pos[v] = ((i % per_row) * 1.6 + (0.8 if (i // per_row) % 2 else 0.0), y - (i // per_row) * 1.0)
    return pos


def _renderer(fig: Figure) -> Any:
    """An Agg renderer for ``fig``, to measure text before saving."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas: Any = FigureCanvasAgg(fig)
    return canvas.get_renderer()


def _save(fig: Figure, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=path.suffix[1:].lower(), dpi=150, bbox_inches="tight", facecolor="white",
                metadata={"Date": None} if path.suffix.lower() == ".svg" else None)


def _check(path: Path, suffixes: tuple[str, ...]) -> None:
    if path.suffix.lower() not in suffixes:
        raise ConfigError(f"cannot tell the picture format of {str(path)!r}; use one of {', '.join(suffixes)}")


# ---------------------------------------------------------------- network picture

def _network_figure(G: nx.MultiDiGraph, isolated: bool, logical_text: bool, max_labels: int = 60,
                    sure_labels: int = 12) -> Figure:
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    shown = G if isolated else G.subgraph([n for n in G if G.degree(n) > 0])
    hidden = len(G) - len(shown)
    pos = _layout(shown)
    colours = _country_colours(shown)
    n = len(shown)
    width = min(24.0, max(9.0, 4.0 + 0.55 * n))
    fig = Figure(figsize=(width, width * 0.72))
    ax = fig.add_subplot()
    ax.set_axis_off()

    scale = min(1.0, math.sqrt(30 / max(n, 1)))  # smaller markers in crowded pictures

    def size(node: str) -> float:  # marker area in points²
        return scale * (260.0 + 200.0 * min(int(shown.nodes[node]["n_events"]), 12))

    # edges: parallel edges between a pair fan out as arcs
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for a, b, d in shown.edges(data=True):
        key = (a, b) if a <= b else (b, a)
        pairs.setdefault(key, []).append({**d, "_a": a, "_b": b})
    for (a, _), edges in sorted(pairs.items()):
        edges.sort(key=lambda d: (d["type"], str(d.get("event", d.get("post", "")))))
        for i, d in enumerate(edges):
            colour, style, lw = _EDGE_STYLE.get(d["type"], ("#616161", "-", 1.0))
            rad = 0.0 if len(edges) == 1 else (i - (len(edges) - 1) / 2) * 0.22
            src, dst = (d["_a"], d["_b"])
            if src != a:
                rad = -rad  # keep the fan symmetric whatever the edge's direction
            directed = d["type"] in ("visited", "holds")
            faded = d.get("status") not in (None, "", "occurred")
            ax.add_patch(FancyArrowPatch(
                pos[src], pos[dst], connectionstyle=f"arc3,rad={rad}",
                arrowstyle="-|>" if directed else "-", mutation_scale=12, color=colour, linestyle=style,
                linewidth=lw, alpha=0.45 if faded else 0.85, zorder=1,
                shrinkA=math.sqrt(size(src)) / 2 + 1, shrinkB=math.sqrt(size(dst)) / 2 + 2))

    # nodes, grouped by marker
    for kind, marker in _MARKERS.items():
        nodes = sorted(v for v in shown if shown.nodes[v]["kind"] == kind)
        if not nodes:
            continue
        ax.scatter([pos[v][0] for v in nodes], [pos[v][1] for v in nodes], s=[size(v) for v in nodes],
                   c=[colours.get(shown.nodes[v]["country"], _NO_COUNTRY) for v in nodes], marker=marker,
                   edgecolors="white", linewidths=1.5, zorder=3)

    if pos:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        padx = max(0.25, 0.12 * (max(xs) - min(xs)))
        pady = max(0.25, 0.10 * (max(ys) - min(ys)))
        ax.set_xlim(min(xs) - padx, max(xs) + padx)
        ax.set_ylim(min(ys) - pady, max(ys) + pady)
    ranked = sorted(shown, key=lambda v: (-int(shown.nodes[v]["n_events"]), -shown.degree(v), v))
    labelled = _place_labels(fig, ax, shown, pos, ranked[:max_labels], size, logical_text, sure_labels)

    title = f"{n} entities, {len({d.get('event') for *_, d in shown.edges(data=True) if d.get('event')})} events"
    if hidden:
        title += f"; {hidden} with no events or posts not shown"
    if labelled < n:
        title += f"; labels on the {labelled} busiest where they fit"
    ax.set_title(title, fontsize=11, color="#424242", loc="left")

    country_handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=colour,
                              markeredgecolor="white", label=code)
                       for code, colour in sorted(colours.items())]
    if any(not shown.nodes[v]["country"] for v in shown):
        country_handles.append(Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=_NO_COUNTRY,
                                      markeredgecolor="white", label="no country"))
    kinds_present = {shown.nodes[v]["kind"] for v in shown}
    kind_handles = [Line2D([], [], marker=_MARKERS[ks[0]], linestyle="", markersize=9, markerfacecolor="#bdbdbd",
                           markeredgecolor="#616161", label=name)
                    for name, ks in _KIND_GROUPS if kinds_present & set(ks)]
    types_present = {d["type"] for *_, d in shown.edges(data=True)}
    edge_handles = [Line2D([], [], color=c, linestyle=s, linewidth=w + 0.4, label=t)
                    for t, (c, s, w) in _EDGE_STYLE.items() if t in types_present]
    if any(d.get("status") not in (None, "", "occurred") for *_, d in shown.edges(data=True)):
        edge_handles.append(Line2D([], [], color="#37474f", alpha=0.4, linewidth=2.0, label="planned / proposed"))
    renderer = _renderer(fig)
    top = ax.get_window_extent(renderer).y1
    for title_, handles in (("country", country_handles), ("entity", kind_handles), ("link", edge_handles)):
        if not handles:
            continue
        anchor = ax.transAxes.inverted().transform((0, top))[1]
        leg = fig.legend(handles=handles, title=title_, loc="upper left", bbox_to_anchor=(1.01, anchor),
                         bbox_transform=ax.transAxes, frameon=False, fontsize=9, title_fontsize=9,
                         alignment="left", borderaxespad=0.0)
        top = leg.get_window_extent(renderer).y0 - 12
    return fig


def _place_labels(fig: Figure, ax: Axes, G: nx.MultiDiGraph, pos: dict[str, tuple[float, float]],
                  nodes: list[str], size: Any, logical_text: bool, sure: int) -> int:
    """Label nodes beside their marker, trying sixteen positions and keeping the one that overlaps least.

    Costs are areas in pixels² covered of other labels and markers, edges crossed and space outside the axes.
    The first ``sure`` nodes are always labelled; the others only where their label covers no other label.
    Returns the number of labels drawn.
    """
    import numpy as np

    renderer = _renderer(fig)
    to_px = ax.transData
    pt = fig.dpi / 72.0
    order = list(G)
    centres = to_px.transform(np.array([pos[v] for v in order]).reshape(-1, 2))
    radii = np.array([math.sqrt(size(v)) / 2 * pt for v in order])
    node_boxes = np.column_stack([centres - radii[:, None], centres + radii[:, None]])  # x0 y0 x1 y1
    index = {v: i for i, v in enumerate(order)}
    a = ax.get_window_extent(renderer)
    ax_box = np.array([[a.x0, a.y0, a.x1, a.y1]])
    placed = np.empty((0, 4))
    # points along each edge (straight), so that labels keep off the lines
    chunks = [np.empty((0, 2))]
    for u, w in sorted({(u, w) for u, w in G.edges() if u != w}):
        pa, pb = centres[index[u]], centres[index[w]]
        steps = max(2, int(np.hypot(*(pb - pa)) / 6))
        chunks.append(pa + np.outer(np.arange(1, steps) / steps, pb - pa))
    edge_points = np.concatenate(chunks)
    n_placed = 0
    for v in nodes:
        x, y = pos[v]
        r = math.sqrt(size(v)) / 2 + 3  # points
        # prefer the side away from the node's neighbours, where its edges are not
        nbrs = [pos[u] for u in G.predecessors(v)] + [pos[u] for u in G.successors(v)]
        cx = sum(p[0] for p in nbrs) / len(nbrs) - x if nbrs else 0.0
        cy = sum(p[1] for p in nbrs) / len(nbrs) - y if nbrs else 1.0
        d = r * 0.72
        ring: list[tuple[tuple[float, float], Any, Any]] = [
            ((0, -r), "center", "top"), ((0, r), "center", "bottom"), ((r, 0), "left", "center"),
            ((-r, 0), "right", "center"), ((d, -d), "left", "top"), ((-d, -d), "right", "top"),
            ((d, d), "left", "bottom"), ((-d, d), "right", "bottom")]
        ring.sort(key=lambda c: c[0][0] * cx + c[0][1] * cy)
        candidates = [(*c, 0.0) for c in ring] + [((dx * 1.7, dy * 1.7), ha, va, 150.0) for (dx, dy), ha, va in ring]
        text = ax.annotate(_shape(str(G.nodes[v]["label"]), logical_text), pos[v], xytext=(0, 0),
                           textcoords="offset points", fontsize=9.5, color="#212121", zorder=4,
                           bbox={"boxstyle": "round,pad=0.18", "fc": "white", "ec": "none", "alpha": 0.8})
        clash_weight = 1.0 if n_placed < sure else 1e6
        others = np.ones(len(order), dtype=bool)
        others[index[v]] = False
        best: tuple[float, float, Any] | None = None
        for offset, ha, va, far in candidates:
            text.set_position(offset)
            text.set_horizontalalignment(ha)
            text.set_verticalalignment(va)
            e = text.get_window_extent(renderer).expanded(1.04, 1.1)
            box = np.array([e.x0, e.y0, e.x1, e.y1])
            clash = float(_overlaps(box, placed).sum())
            cost = far + clash_weight * clash + float(_overlaps(box, node_boxes[others]).sum())
            inside = ((edge_points[:, 0] >= box[0]) & (edge_points[:, 0] <= box[2])
                      & (edge_points[:, 1] >= box[1]) & (edge_points[:, 1] <= box[3]))
            cost += 40.0 * float(np.count_nonzero(inside))
            cost += 0.3 * (e.width * e.height - float(_overlaps(box, ax_box).sum()))
            if best is None or cost < best[0] - 1e-6:
                best = (cost, clash, (offset, ha, va, box))
            if cost == 0:
                break
        assert best is not None
        if n_placed >= sure and best[1] > 0:
            text.remove()
            continue
        offset, ha, va, box = best[2]
        text.set_position(offset)
        text.set_horizontalalignment(ha)
        text.set_verticalalignment(va)
        placed = np.vstack([placed, box])
        n_placed += 1
    return n_placed


def _overlaps(box: Any, boxes: Any) -> Any:
    """Overlap areas of ``box`` (x0 y0 x1 y1) with each row of ``boxes``."""
    import numpy as np

    w = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0, None)
    h = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0, None)
    return w * h


def draw_network(ds: Graph | nx.MultiDiGraph, path: str | Path, *, isolated: bool = False) -> Path:
    """Draw the network to ``path`` (.png or .svg): colour by country, size by number of events.

    Entities with no events or posts are left out unless ``isolated``. In SVG, text stays text (searchable);
    Arabic is then written in logical order for the viewer to shape.
    """
    path = Path(path)
    _check(path, (".png", ".svg"))
    mpl = _require_viz()
    G = _graph(ds)
    with mpl.rc_context(_rc()):
        fig = _network_figure(G, isolated, logical_text=path.suffix.lower() == ".svg")
        _save(fig, path)
    return path


# ---------------------------------------------------------------- timeline

_LANES = {"meeting": "Meetings", "visit": "Visits", "exercise": "Exercises"}


def _span(value: str) -> tuple[date, date] | None:
    """First and last day a date of any granularity covers (``2023-04`` -> April 2023)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        y = int(m[1])
        if m[3]:
            d = date(y, int(m[2]), int(m[3]))
            return d, d
        if m[2]:
            mo = int(m[2])
            last = (date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1))
            return date(y, mo, 1), last
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _when(start: str, end: str) -> str:
    """``2023-04-16``, ``2023-04-18`` -> ``16–18 Apr 2023``; other granularities as far as they go."""
    def parts(v: str) -> list[str]:
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
        if not m:
            return [v]
        y, mo, d = m.groups()
        month = _MONTHS[int(mo) - 1] if mo and 1 <= int(mo) <= 12 else None
        if not month:
            return [y]
        return [str(int(d)), month, y] if d else [month, y]

    a = parts(start)
    if not end or end == start:
        return " ".join(a)
    b = parts(end)
    i = 0  # drop the common tail (month, year) from the start
    while i < min(len(a), len(b)) - 1 and a[-1 - i] == b[-1 - i]:
        i += 1
    return " ".join(a[:len(a) - i]) + "–" + " ".join(b)


def _event_label(G: nx.MultiDiGraph, ev: dict[str, Any], logical_text: bool) -> str:
    names = [_shape(str(G.nodes[p]["label"]), logical_text) for p in ev["participants"] if p in G]
    who = _join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "") if names else "(no one named)"
    where = [f"@ {_shape(ev['place'], logical_text)}"] if ev["place"] else []
    when = [_when(ev["date"], ev["end"])] if ev["date"] else []
    status = [ev["status"]] if ev["status"] and ev["status"] != "occurred" else []
    return who + "\n" + "  ".join(when + where + status)


def _timeline_figure(G: nx.MultiDiGraph, logical_text: bool, max_labels: int = 80) -> Figure:
    from matplotlib import dates
    from matplotlib.figure import Figure

    mdates: Any = dates  # partly untyped

    events = [e for e in G.graph.get("events", []) if e["type"] in _LANES]
    dated = [(e, _span(e["date"]), _span(e["end"]) if e["end"] else None) for e in events]
    days = [s[0] for _, s, _ in dated if s] + [s[1] for _, s, _ in dated if s] + [s[1] for *_, s in dated if s]
    lo = min(days, default=date.today()) - timedelta(days=10)
    hi = max(days, default=date.today()) + timedelta(days=10)
    x_lo, x_hi = mdates.date2num(lo), mdates.date2num(hi)
    span = max(x_hi - x_lo, 30.0)

    fig = Figure(figsize=(13, 5))
    renderer = _renderer(fig)
    ax = fig.add_subplot()

    # measure the labels, scale the date axis so that dated labels end before the "no date" zone, then give
    # each event a row inside its lane where its marker, bar and label overlap nothing
    # the most reported events, then those with most participants, get labels when there are many
    ranked = sorted(events, key=lambda e: (-len(e["sources"]), -len(e["participants"]), e["event"]))
    with_label = {e["event"] for e in ranked[:max_labels]}
    items = []
    for e, start, end in dated:
        x0 = mdates.date2num(start[0]) if start else 0.0
        x1 = mdates.date2num((end or start)[1]) if start else 0.0
        x_mid = (x0 + mdates.date2num(start[1])) / 2 if start and not end and start[0] != start[1] else x0
        text = None
        if e["event"] in with_label:
            text = ax.text(0, 0, _event_label(G, e, logical_text), fontsize=8.5, va="center", ha="left",
                           color="#212121", linespacing=1.25)
        items.append({"e": e, "dated": start is not None, "x0": x0, "x1": x1, "x_mid": x_mid, "text": text,
                      "w": text.get_window_extent(renderer).width if text else 0.0})
    width = ax.get_window_extent(renderer).width
    pad, gap = 18.0, 36.0
    undated_w = max((it["w"] for it in items if not it["dated"]), default=-1.0) + pad
    reserve = undated_w + gap if undated_w > pad else 10.0
    p = width / span
    for it in items:
        if it["dated"] and max(it["x1"], it["x_mid"]) > x_lo:
            room = width - it["w"] - pad - reserve
            p = min(p, room / (max(it["x1"], it["x_mid"]) - x_lo))
    p = max(p, 0.25 * width / span)  # the dates keep at least a quarter of the width
    dated_end = max([(max(it["x1"], it["x_mid"]) - x_lo) * p + it["w"] + pad for it in items if it["dated"]]
                    + [(x_hi - x_lo) * p])
    undated_x = x_lo + (dated_end + gap) / p
    x_right = max(x_lo + width / p, undated_x + reserve / p)
    ax.set_xlim(x_lo, x_right)
    px_per_x = width / (x_right - x_lo)
    rows: dict[str, list[list[tuple[float, float]]]] = {lane: [] for lane in _LANES}
    placed = []
    for it in items:
        if not it["dated"]:
            it["x0"] = it["x1"] = it["x_mid"] = undated_x
    for it in sorted(items, key=lambda it: (it["x0"], it["e"]["event"])):
        lo_x = min(it["x0"], it["x_mid"]) - 9 / px_per_x
        hi_x = max(it["x1"], it["x_mid"]) + (it["w"] + pad if it["text"] else 9) / px_per_x
        lane_rows = rows[it["e"]["type"]]
        for i, row in enumerate(lane_rows):
            if all(hi_x <= a or lo_x >= b for a, b in row):
                row.append((lo_x, hi_x))
                it["row"] = i
                break
        else:
            lane_rows.append([(lo_x, hi_x)])
            it["row"] = len(lane_rows) - 1
        placed.append(it)

    # lanes from the top: meetings, visits, exercises; each row is one unit high
    base: dict[str, float] = {}
    y = 0.0
    for lane in reversed(_LANES):
        n = max(1, len(rows[lane]))
        base[lane] = y + 0.6
        y += n + 0.7
    ax.set_ylim(0, y)
    fig.set_size_inches(13, max(3.2, 1.0 + 0.55 * y))
    for lane in _LANES:
        ax.axhspan(base[lane] - 0.6, base[lane] - 0.6 + max(1, len(rows[lane])) + 0.2,
                   color="#f5f5f5" if lane != "visit" else "#fafafa", zorder=0)
    for it in placed:
        e, x0, x1, x_mid, text = it["e"], it["x0"], it["x1"], it["x_mid"], it["text"]
        colour = _EDGE_STYLE[e["type"]][0]
        yy = base[e["type"]] + it["row"]
        done = e["status"] in ("", "occurred")
        if it["dated"] and x1 > x0:
            ax.plot([x0, x1], [yy, yy], color=colour, linewidth=5, alpha=0.35 if done else 0.2,
                    solid_capstyle="round", linestyle="-" if done else (0, (2, 1)), zorder=2)
        ax.plot([x_mid], [yy], marker="o", markersize=8, color=colour, markerfacecolor=colour if done else "white",
                markeredgewidth=1.8, zorder=3)
        if text is not None:
            text.set_position((max(x1, x_mid) + 9 / px_per_x, yy))
    if any(not it["dated"] for it in items):
        ax.axvline(undated_x - gap / 2 / px_per_x, color="#bdbdbd", linestyle=":", linewidth=1)
        ax.text(undated_x, y - 0.1, "no date", fontsize=8.5, color="#757575", va="top", style="italic")

    ax.set_yticks([base[lane] + (max(1, len(rows[lane])) - 1) / 2 for lane in _LANES], list(_LANES.values()))
    ax.tick_params(axis="y", length=0, labelsize=10)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ticks = [t for t in locator.tick_values(*(datetime(d.year, d.month, d.day) for d in (lo, hi))) if x_lo <= t <= x_hi]
    ax.set_xticks(ticks)
    fmt = "%Y" if span > 900 else "%b %Y" if span > 75 else "%d %b %Y"
    ax.xaxis.set_major_formatter(mdates.DateFormatter(fmt))
    ax.tick_params(axis="x", labelsize=9)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#e0e0e0", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    n_dated = sum(1 for it in items if it["dated"])
    title = f"{len(events)} events ({n_dated} dated); hollow markers: planned or proposed"
    if len(events) > len(with_label):
        title += f"; labels on the {len(with_label)} most reported"
    ax.set_title(title, fontsize=11, color="#424242", loc="left")
    return fig


def draw_timeline(ds: Graph | nx.MultiDiGraph, path: str | Path) -> Path:
    """Draw meetings, visits and exercises on a date axis, one lane per type, to ``path`` (.png or .svg)."""
    path = Path(path)
    _check(path, (".png", ".svg"))
    mpl = _require_viz()
    G = _graph(ds)
    with mpl.rc_context(_rc()):
        fig = _timeline_figure(G, logical_text=path.suffix.lower() == ".svg")
        _save(fig, path)
    return path


# ---------------------------------------------------------------- interactive HTML

def _html_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    pos = _layout(G)
    colours = _country_colours(G)
    scale = 420.0
    nodes = [{"id": v, "label": d["label"], "kind": d["kind"], "country": d["country"], "sources": d["sources"],
              "n_events": d["n_events"], "x": round(pos[v][0] * scale, 2), "y": round(-pos[v][1] * scale, 2),
              "colour": colours.get(d["country"], _NO_COUNTRY),
              "r": round(7 + 2.2 * math.sqrt(min(int(d["n_events"]), 30)), 2)}
             for v, d in sorted(G.nodes(data=True))]
    edges = [{"source": a, "target": b, **{k: v for k, v in d.items() if isinstance(v, (str, int, list))}}
             for a, b, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], str(e[2].get("event", ""))))]
    styles = {t: {"colour": c, "dash": "5,4" if s == "--" else "2,3" if s == ":" else ""}
              for t, (c, s, _) in _EDGE_STYLE.items()}
    return {"nodes": nodes, "edges": edges, "articles": G.graph.get("articles", {}), "styles": styles,
            "countries": colours}


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/").replace("<!--", "<\\!--")


def write_html(ds: Graph | nx.MultiDiGraph, path: str | Path, *, title: str = "kg network") -> Path:
    """Write a self-contained interactive network view: drag to pan, wheel to zoom, click a node for details."""
    path = Path(path)
    G = _graph(ds)
    page = (_HTML.replace("__TITLE__", html.escape(title))
            .replace("__DATA__", _script_json(_html_data(G))))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def _write_timeline_html(ds: Graph | nx.MultiDiGraph, path: Path) -> Path:
    import io

    mpl = _require_viz()
    G = _graph(ds)
    buf = io.StringIO()
    with mpl.rc_context(_rc()):
        _timeline_figure(G, logical_text=True).savefig(buf, format="svg", bbox_inches="tight",
                                                       metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>kg timeline</title>"
            "<style>body{margin:1em;font-family:'DejaVu Sans',sans-serif}svg{max-width:100%;height:auto}</style>"
            f"</head><body>{svg}</body></html>\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def check_target(path: str | Path, kind: str = "network") -> None:
    """Raise ConfigError unless ``render`` can draw ``kind`` to ``path``."""
    _check(Path(path), SUFFIXES)
    if kind not in KINDS:
        raise ConfigError(f"unknown picture kind {kind!r}; use one of {', '.join(KINDS)}")


def render(ds: Graph | nx.MultiDiGraph, path: str | Path, kind: str = "network") -> Path:
    """Draw ``kind`` (network or timeline) to ``path``, in the format its suffix names (.png .svg .html)."""
    path = Path(path)
    check_target(path, kind)
    if path.suffix.lower() == ".html":
        return write_html(ds, path) if kind == "network" else _write_timeline_html(ds, path)
    return draw_network(ds, path) if kind == "network" else draw_timeline(ds, path)


_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
  html, body { margin: 0; height: 100%; font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", sans-serif; }
  body { display: flex; }
  #view { flex: 1; position: relative; background: #fcfcfc; overflow: hidden; }
  #view svg { width: 100%; height: 100%; cursor: grab; user-select: none; }
  #view svg.dragging { cursor: grabbing; }
  #panel { width: 340px; border-left: 1px solid #ddd; padding: 14px 16px; overflow-y: auto; font-size: 14px;
           background: #fff; box-sizing: border-box; }
  #panel h2 { font-size: 18px; margin: 0 0 6px; }
  #panel .meta { color: #555; margin-bottom: 10px; }
  #panel h3 { font-size: 14px; margin: 14px 0 4px; color: #333; }
  #panel ul { margin: 0; padding-left: 18px; }
  #panel li { margin: 3px 0; }
  #panel .hint { color: #777; }
  #legend { position: absolute; left: 10px; bottom: 10px; background: rgba(255,255,255,.9); padding: 6px 8px;
            font-size: 12px; border: 1px solid #e0e0e0; border-radius: 4px; }
  #legend span.sw { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 8px; }
  #legend span.ln { display: inline-block; width: 18px; height: 0; border-top: 2px solid; margin: 0 4px 3px 8px; }
  #tools { position: absolute; right: 10px; top: 10px; }
  #tools button { font-size: 13px; }
  text.label { font-size: 11px; fill: #212121; paint-order: stroke; stroke: #fff; stroke-width: 3px;
               pointer-events: none; }
  .node { cursor: pointer; stroke: #fff; stroke-width: 1.5px; }
  .node.selected { stroke: #000; stroke-width: 2.5px; }
  .dim { opacity: 0.15; }
</style>
</head>
<body>
<div id="view">
  <svg id="svg" xmlns="http://www.w3.org/2000/svg"><g id="viewport"><g id="edges"></g><g id="nodes"></g>
  <g id="labels"></g></g></svg>
  <div id="tools"><button id="fit" type="button">fit</button></div>
  <div id="legend"></div>
</div>
<aside id="panel"><p class="hint">Drag to pan, scroll to zoom, click a node to see where it comes from.</p></aside>
<script id="kg-data" type="application/json">__DATA__</script>
<script>
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("svg"), viewport = document.getElementById("viewport");
  var byId = {}, view = {x: 0, y: 0, k: 1};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function h(tag, text, parent) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    e.dir = "auto";
    if (parent) parent.appendChild(e);
    return e;
  }
  function shape(n, parent) {
    var r = n.r, x = n.x, y = n.y, a = {"class": "node", fill: n.colour};
    if (n.kind === "Country") {
      var pts = [];
      for (var i = 0; i < 6; i++) { var t = Math.PI / 3 * i + Math.PI / 6;
        pts.push((x + 1.15 * r * Math.cos(t)).toFixed(1) + "," + (y + 1.15 * r * Math.sin(t)).toFixed(1)); }
      a.points = pts.join(" "); return el("polygon", a, parent);
    }
    if (n.kind === "Place") {
      a.points = [x + "," + (y - 1.2 * r), (x - 1.1 * r) + "," + (y + 0.8 * r), (x + 1.1 * r) + "," + (y + 0.8 * r)]
        .join(" ");
      return el("polygon", a, parent);
    }
    if (n.kind === "Ministry" || n.kind === "Organization" || n.kind === "ArmedForce") {
      a.x = x - r; a.y = y - r; a.width = 2 * r; a.height = 2 * r; a.rx = n.kind === "ArmedForce" ? r / 2 : 2;
      return el("rect", a, parent);
    }
    a.cx = x; a.cy = y; a.r = r; return el("circle", a, parent);
  }

  // edges: parallel edges between the same pair bend apart
  var groups = {};
  DATA.edges.forEach(function (e) {
    var key = e.source < e.target ? e.source + " " + e.target : e.target + " " + e.source;
    (groups[key] = groups[key] || []).push(e);
  });
  var edgeEls = [];
  Object.keys(groups).forEach(function (key) {
    var list = groups[key];
    list.forEach(function (e, i) {
      var s = byId[e.source], t = byId[e.target], st = DATA.styles[e.type] || {colour: "#777", dash: ""};
      if (!s || !t) return;
      var off = (i - (list.length - 1) / 2) * 22 * (e.source < e.target ? 1 : -1);
      var mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2, dx = t.x - s.x, dy = t.y - s.y;
      var len = Math.sqrt(dx * dx + dy * dy) || 1;
      var cx = mx - dy / len * off, cy = my + dx / len * off;
      var p = el("path", {d: "M" + s.x + "," + s.y + " Q" + cx + "," + cy + " " + t.x + "," + t.y, fill: "none",
        stroke: st.colour, "stroke-width": 1.6, "stroke-dasharray": st.dash,
        "stroke-opacity": (e.status && e.status !== "occurred") ? 0.4 : 0.8}, document.getElementById("edges"));
      var tip = el("title", {}, p);
      tip.textContent = e.type + (e.role ? " (" + e.role + ")" : "") + (e.date ? " " + e.date : "") +
        (e.place ? " @ " + e.place : "") + (e.status ? " [" + e.status + "]" : "");
      edgeEls.push({el: p, e: e});
    });
  });

  var nodeEls = [];
  DATA.nodes.forEach(function (n) {
    var s = shape(n, document.getElementById("nodes"));
    var tip = el("title", {}, s); tip.textContent = n.label;
    var t = el("text", {"class": "label", x: n.x, y: n.y + n.r + 13, "text-anchor": "middle"},
               document.getElementById("labels"));
    t.textContent = n.label;
    s.addEventListener("click", function (ev) { ev.stopPropagation(); select(n); });
    nodeEls.push({el: s, label: t, n: n});
  });

  // legend
  var legend = document.getElementById("legend");
  Object.keys(DATA.countries).sort().forEach(function (c) {
    var sw = h("span", "", legend); sw.className = "sw"; sw.style.background = DATA.countries[c];
    legend.appendChild(document.createTextNode(c));
  });
  var used = {};
  DATA.edges.forEach(function (e) { used[e.type] = 1; });
  Object.keys(DATA.styles).forEach(function (t) {
    if (!used[t]) return;
    var ln = h("span", "", legend); ln.className = "ln"; ln.style.borderColor = DATA.styles[t].colour;
    if (DATA.styles[t].dash) ln.style.borderTopStyle = "dashed";
    legend.appendChild(document.createTextNode(t));
  });

  // details of a node in the side panel
  var panel = document.getElementById("panel");
  function select(n) {
    var near = {}; near[n.id] = 1;
    edgeEls.forEach(function (x) {
      var on = x.e.source === n.id || x.e.target === n.id;
      if (on) { near[x.e.source] = 1; near[x.e.target] = 1; }
      x.el.classList.toggle("dim", !on);
    });
    nodeEls.forEach(function (x) {
      x.el.classList.toggle("dim", !near[x.n.id]); x.label.classList.toggle("dim", !near[x.n.id]);
      x.el.classList.toggle("selected", x.n.id === n.id);
    });
    panel.textContent = "";
    h("h2", n.label, panel);
    h("div", n.kind + (n.country ? " · " + n.country : "") + " · " + n.n_events + " events", panel).className = "meta";
    var iri = h("div", n.id, panel); iri.className = "hint"; iri.style.fontSize = "11px"; iri.dir = "ltr";
    h("h3", "Sources", panel);
    var ul = h("ul", undefined, panel);
    (n.sources.length ? n.sources : []).forEach(function (id) {
      var a = DATA.articles[id] || {}, li = h("li", undefined, ul);
      var name = a.url ? h("a", id, li) : h("b", id, li);
      if (a.url && /^https?:/.test(a.url)) { name.href = a.url; name.target = "_blank"; name.rel = "noopener"; }
      var bits = [a.lang, a.published].filter(Boolean).join(", ");
      if (bits) li.appendChild(document.createTextNode(" (" + bits + ")"));
      if (a.title) { var q = h("div", a.title, li); q.style.color = "#555"; }
    });
    if (!n.sources.length) h("li", "none recorded", ul);
    var mine = edgeEls.filter(function (x) { return x.e.source === n.id || x.e.target === n.id; });
    mine.sort(function (a, b) { var x = a.e.date || "~", y = b.e.date || "~"; return x < y ? -1 : x > y ? 1 : 0; });
    if (mine.length) {
      h("h3", "Links", panel);
      var ul2 = h("ul", undefined, panel);
      mine.forEach(function (x) {
        var e = x.e, other = byId[e.source === n.id ? e.target : e.source];
        var txt = e.type + (e.role ? " (" + e.role + ")" : "") + " — " + (other ? other.label : "?") +
          (e.date ? ", " + e.date : "") + (e.place ? ", " + e.place : "") +
          (e.status && e.status !== "occurred" ? ", " + e.status : "") +
          (e.sources && e.sources.length ? " [" + e.sources.join(", ") + "]" : "");
        h("li", txt, ul2);
      });
    }
  }
  var dragged = false;
  svg.addEventListener("click", function () {
    if (dragged) return;
    edgeEls.forEach(function (x) { x.el.classList.remove("dim"); });
    nodeEls.forEach(function (x) { x.el.classList.remove("dim", "selected"); x.label.classList.remove("dim"); });
  });

  // pan and zoom
  function apply() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
  }
  function fit() {
    var box = viewport.getBBox(), w = svg.clientWidth || 800, hgt = svg.clientHeight || 600;
    if (!box.width || !box.height) { view = {x: w / 2, y: hgt / 2, k: 1}; apply(); return; }
    var k = Math.min(w / (box.width + 60), hgt / (box.height + 60), 3);
    view = {k: k, x: w / 2 - k * (box.x + box.width / 2), y: hgt / 2 - k * (box.y + box.height / 2)};
    apply();
  }
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    drag = {x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y};
    dragged = false;
    svg.classList.add("dragging");
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3) dragged = true;
    view.x = drag.vx + ev.clientX - drag.x; view.y = drag.vy + ev.clientY - drag.y; apply();
  });
  window.addEventListener("pointerup", function () { drag = null; svg.classList.remove("dragging"); });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = svg.getBoundingClientRect(), mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    var f = Math.exp(-ev.deltaY * 0.0015), k = Math.max(0.05, Math.min(20, view.k * f));
    f = k / view.k;
    view.x = mx - f * (mx - view.x); view.y = my - f * (my - view.y); view.k = k; apply();
  }, {passive: false});
  document.getElementById("fit").addEventListener("click", fit);
  window.addEventListener("resize", fit);
  fit();
})();
</script>
</body>
</html>
"""
