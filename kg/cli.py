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
    output: Annotated[Path | None, typer.Option("-o", "--output", help="graph file: .trig .nq .ttl .nt .jsonld")
                      ] = None,
    store: Annotated[str | None, typer.Option(
        "--store", help="add to a store, one transaction per article: oxigraph:PATH or http(s)://HOST[:PORT]")] = None,
    base: Annotated[str, typer.Option(help="base IRI of minted resources")] = "https://w3id.org/kg/id/",
    max_chars: Annotated[int, typer.Option(help="skip articles longer than this")] = 5_000_000,
    gazetteer: Annotated[list[Path] | None, typer.Option(help="extra gazetteer Turtle files")] = None,
    ner: Annotated[list[str] | None, typer.Option(
        "--ner", help="statistical NER added to the gazetteer: stanza (every language Stanza covers), "
                      "LANG=stanza, or LANG=MODEL_DIR; repeatable")] = None,
    ner_model: Annotated[list[Path] | None, typer.Option(
        "--ner-model", help="a model directory made by kg train-ner, for each language it has; repeatable")] = None,
    stanza_dir: Annotated[Path | None, typer.Option(
        help="Stanza models for --ner stanza (default: $KG_STANZA_DIR, else ~/stanza_resources)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar or table")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="extract in this many processes")] = 1,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="with --store: a line per article on stderr")
                       ] = False,
) -> None:
    """Extract entities, posts and events from articles and write an RDF graph (-o) or add it to a store."""
    from rich.markup import escape
    from rich.progress import Progress

    from .build import BuildConfig, FileBuildResult, StoreBuildResult, build_file, build_into_store
    from .errors import ConfigError, InputError
    from .io import format_for
    from .ner import STANZA_NER_LANGUAGES, parse_ner_options
    from .pipeline import PipelineConfig
    from .store import open_store

    result: FileBuildResult | StoreBuildResult
    try:
        if output is None and (store is None or store == "memory:"):
            raise ConfigError("give -o FILE, --store oxigraph:PATH or http(s)://HOST[:PORT], or both")
        if output is not None:
            format_for(output)
        config = BuildConfig(base=base, max_chars=max_chars, jobs=jobs,
                             pipeline=PipelineConfig(gazetteers=tuple(str(g) for g in gazetteer or ()),
                                                     ner=parse_ner_options(ner or (), ner_model or ()),
                                                     stanza_dir=str(stanza_dir) if stanza_dir else None))
        with Progress(disable=quiet, transient=True) as progress:
            task = progress.add_task("extracting", total=None)

            def on_item(item: object) -> None:
                if isinstance(item, InputError) and not quiet:
                    progress.console.print(f"[yellow]skipped[/] {escape(str(item))}", highlight=False, markup=True)
                progress.advance(task)

            def on_article(outcome: str, article_id: str) -> None:
                if verbose:
                    typer.echo(f"{outcome} {article_id}", err=True)

            if store is None:
                assert output is not None
                result = build_file(inputs, output, config, on_item=on_item)
            else:
                with open_store(store) as target:
                    result = build_into_store(inputs, target, config, on_item=on_item, on_article=on_article)
                    if output is not None:
                        target.export(output)
    except KgError as e:
        _fail(e)
    if config.pipeline.ner.get("*") == "stanza" and not quiet:
        typer.echo(f"note: Stanza NER covers {', '.join(STANZA_NER_LANGUAGES)}; articles in other languages "
                   f"got the gazetteer and title patterns only", err=True)
    if quiet:
        for s in result.skipped:
            typer.echo(f"skipped [{s.code}] {s.record}: {s.reason}", err=True)
    else:
        _table(f"kg build → {' and '.join(str(t) for t in (store, output) if t is not None)}", result.summary())


@app.command()
def query(
    graph: Annotated[Path | None, typer.Argument(help="graph file (with --store: the .rq file, if any)")] = None,
    query_file: Annotated[Path | None, typer.Argument(help="a SPARQL .rq file")] = None,
    cq: Annotated[str | None, typer.Option("--cq", help="a shipped competency query by name")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, bound to ?param_NAME")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    store: Annotated[str | None, typer.Option(
        "--store", help="query a store instead of a file: oxigraph:PATH or http(s)://HOST[:PORT]")] = None,
) -> None:
    """Run a SPARQL query or a competency query (officials, meetings, visits, exercises, mentions, sources)."""
    from .io import read_oxigraph
    from .query import competency_queries, load_query, parse_params, run_query
    from .store import open_store

    if store is not None:
        if query_file is not None:
            typer.echo("error: with --store, give at most one argument: the .rq file", err=True)
            raise typer.Exit(2)
        graph, query_file = None, graph
    elif graph is None:
        typer.echo("error: give a graph file or --store URL", err=True)
        raise typer.Exit(2)
    if (query_file is None) == (cq is None):
        typer.echo(f"error: give a .rq file or --cq NAME ({', '.join(competency_queries())})", err=True)
        raise typer.Exit(2)
    if fmt not in ("table", "csv", "json"):
        typer.echo("error: --format must be table, csv or json", err=True)
        raise typer.Exit(2)
    try:
        text = load_query(cq if cq is not None else str(query_file))
        if store is not None:
            with open_store(store) as source:
                result = source.query(text, parse_params(param or []))
        else:
            assert graph is not None
            result = run_query(read_oxigraph(graph), text, parse_params(param or []))
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
def export(
    store: Annotated[str, typer.Option("--store", help="oxigraph:PATH or http(s)://HOST[:PORT]/...")],
    output: Annotated[Path, typer.Option("-o", "--output", help="graph file: .trig .nq .ttl .nt .jsonld")],
) -> None:
    """Write the article graphs of a store to a file (format from the extension)."""
    from .store import open_store

    try:
        with open_store(store) as source:
            n = source.export(output)
    except KgError as e:
        _fail(e)
    typer.echo(f"{store} → {output}: {n} {'quads' if output.suffix in ('.trig', '.nq', '.jsonld') else 'triples'}")


@app.command()
def serve(
    store: Annotated[str, typer.Option("--store", help="the store to serve: oxigraph:PATH")],
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 7878,
) -> None:
    """Serve an Oxigraph store over SPARQL 1.1 (query, update, graph store) until Ctrl-C."""
    from .store import serve as serve_store

    try:
        code = serve_store(store, host, port, announce=lambda message: typer.echo(message, err=True))
    except KgError as e:
        _fail(e)
    raise typer.Exit(code)


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


@app.command()
def viz(
    graph: Annotated[Path, typer.Argument(help="graph file")],
    output: Annotated[Path, typer.Option("-o", "--output", help="picture: .png, .svg or .html (interactive)")],
    kind: Annotated[str, typer.Option("--kind", "-k", help="network or timeline")] = "network",
) -> None:
    """Draw a graph's network or a timeline of its events as PNG, SVG or self-contained HTML."""
    from .io import read_dataset
    from .viz import check_target, render

    try:
        check_target(output, kind)
        written = render(read_dataset(graph), output, kind)
    except KgError as e:
        _fail(e)
    typer.echo(f"{graph} → {written}")


from .models_cli import register as _register_models  # noqa: E402  (after app, which it extends)

_register_models(app)

if __name__ == "__main__":  # pragma: no cover
    app()
