"""The ``kg`` command line: a thin layer over the library."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from .errors import KgError

app = typer.Typer(help="Build knowledge graphs of state-to-state military ties from multilingual news.",
                  no_args_is_help=True, add_completion=False)


def _fail(e: KgError) -> None:
    typer.echo(f"error: {e}", err=True)
    raise typer.Exit(2)


def _table(title: str, sections: dict[str, Counter[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    table.add_column("section")
    table.add_column("kind")
    table.add_column("count", justify="right")
    for section, counts in sections.items():
        for kind, n in sorted(counts.items()):
            table.add_row(section, kind, str(n))
    Console().print(table)


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="files (.txt, .jsonl) or folders of articles")],
    output: Annotated[Path, typer.Option("-o", "--output", help="graph file: .trig .nq .ttl .nt .jsonld")],
    base: Annotated[str, typer.Option(help="base IRI of minted resources")] = "https://w3id.org/kg/id/",
    max_chars: Annotated[int, typer.Option(help="skip articles longer than this")] = 5_000_000,
    gazetteer: Annotated[list[Path] | None, typer.Option(help="extra gazetteer Turtle files")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar or table")] = False,
) -> None:
    """Extract entities, posts and events from articles and write an RDF graph."""
    from rich.progress import Progress

    from .build import BuildConfig, build_graph
    from .errors import InputError
    from .io import format_for, write_dataset
    from .pipeline import PipelineConfig

    try:
        format_for(output)
        config = BuildConfig(base=base, max_chars=max_chars,
                             pipeline=PipelineConfig(gazetteers=tuple(str(g) for g in gazetteer or ())))
        with Progress(disable=quiet, transient=True) as progress:
            task = progress.add_task("extracting", total=None)

            def on_item(item: object) -> None:
                if isinstance(item, InputError) and not quiet:
                    progress.console.print(f"[yellow]skipped[/] {item}", highlight=False, markup=True)
                progress.advance(task)

            result = build_graph(inputs, config, on_item=on_item)
        write_dataset(result.dataset, output)
    except KgError as e:
        _fail(e)
    if quiet:
        for s in result.skipped:
            typer.echo(f"skipped [{s.code}] {s.record}: {s.reason}", err=True)
    else:
        _table(f"kg build → {output}", result.summary())


@app.command()
def query(
    graph: Annotated[Path, typer.Argument(help="graph file")],
    query_file: Annotated[Path | None, typer.Argument(help="a SPARQL .rq file")] = None,
    cq: Annotated[str | None, typer.Option("--cq", help="a shipped competency query by name")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, bound to ?param_NAME")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
) -> None:
    """Run a SPARQL query or a competency query (officials, meetings, visits, exercises, mentions, sources)."""
    from .io import read_dataset
    from .query import competency_queries, load_query, parse_params, run_query

    if (query_file is None) == (cq is None):
        typer.echo(f"error: give a .rq file or --cq NAME ({', '.join(competency_queries())})", err=True)
        raise typer.Exit(2)
    if fmt not in ("table", "csv", "json"):
        typer.echo("error: --format must be table, csv or json", err=True)
        raise typer.Exit(2)
    try:
        text = load_query(cq if cq is not None else str(query_file))
        result = run_query(read_dataset(graph), text, parse_params(param or []))
    except KgError as e:
        _fail(e)
    if fmt == "csv":
        typer.echo(result.to_csv(), nl=False)
    elif fmt == "json":
        typer.echo(result.to_json())
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*result.columns, title=f"{len(result.rows)} rows")
        for row in result.rows:
            table.add_row(*("" if v is None else v for v in row))
        Console(width=200).print(table)


@app.command()
def validate(graph: Annotated[Path, typer.Argument(help="graph file")]) -> None:
    """Check a graph against the SHACL shapes of the data contract."""
    from .io import read_dataset
    from .validate import validate_dataset

    try:
        report = validate_dataset(read_dataset(graph))
    except KgError as e:
        _fail(e)
    if report.conforms:
        typer.echo(f"{graph}: conforms to the kg shapes")
    else:
        typer.echo(report.text)
        typer.echo(f"{graph}: {report.violations} violations", err=True)
        raise typer.Exit(1)


@app.command()
def stats(graph: Annotated[Path, typer.Argument(help="graph file")]) -> None:
    """Count articles, entities, events and posts in a graph."""
    from .io import read_dataset
    from .stats import graph_stats

    try:
        counts = graph_stats(read_dataset(graph))
    except KgError as e:
        _fail(e)
    _table(str(graph), counts)


if __name__ == "__main__":  # pragma: no cover
    app()
