"""The notebooks run top to bottom, headless, and are committed without outputs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NAMES = ["explore", "sparql"]
CWD = {"explore": NOTEBOOKS, "sparql": ROOT}  # they find the repository root from either


def _text(nb: Any) -> str:
    """Every text and HTML output of an executed notebook, tags removed."""
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            if o.output_type == "stream":
                out.append(o.text)
            elif o.output_type in ("display_data", "execute_result"):
                out.append(re.sub(r"<[^>]+>", " ", o.data.get("text/html", o.data.get("text/plain", ""))))
    return " ".join(out)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_committed_without_outputs(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    assert code[0].source.rstrip().endswith('"out/seeds.trig"') and "GRAPH" in code[0].source
    imports = re.findall(r"^\s*(?:from|import) (kg\S*)", "\n".join(c.source for c in code), re.M)
    assert imports and set(imports) == {"kg"}  # the public API only


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Shared by the notebooks: the first one run builds the seeds' graph here, the next reads it."""
    return tmp_path_factory.mktemp("notebooks")


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs(name: str, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = NOTEBOOKS / f"{name}.ipynb"
    before = path.read_bytes()
    graph = out_dir / "seeds.trig"  # if missing, the notebook builds it; pictures are written beside it
    monkeypatch.setenv("KG_GRAPH", str(graph))
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(CWD[name])}})
    client.execute()  # raises CellExecutionError on the first failing cell
    assert graph.is_file()
    text = _text(nb)
    if name == "explore":
        assert {p.name for p in out_dir.iterdir()} >= {"network.png", "timeline.png", "network.html"}
        assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
        for expected in ("officials", "Li Shangfu", "Vladimir Putin", "Defence minister"):
            assert expected in text
    else:
        # Russian officials who met Chinese defence ministers in 2023, and where
        assert re.search(r"Vladimir Putin\s+HeadOfState\s+Li Shangfu\s+2023-04-16\s+Kremlin", text)
        assert re.search(r"Nikolai Yevmenov\s+NavyCommander\s+Li Shangfu\s+2023-07-03\s+Beijing", text)
        # the articles reporting the April 2023 visit, in Arabic and Swahili
        assert re.search(r"Li Shangfu\s+seed-ar-003\s+ar\b", text)
        assert re.search(r"Li Shangfu\s+seed-sw-000\s+sw\b", text)
    assert path.read_bytes() == before
