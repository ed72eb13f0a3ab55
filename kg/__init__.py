"""kg: knowledge graphs of state-to-state military ties from multilingual news.

The public API is listed in ``__all__``; heavy dependencies load only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleExtraction",
    "BuildConfig",
    "BuildResult",
    "ConfigError",
    "Extractor",
    "FileBuildResult",
    "GraphStore",
    "InputError",
    "KgError",
    "MissingExtraError",
    "PipelineConfig",
    "QueryError",
    "StoreBuildResult",
    "StoreError",
    "__version__",
    "build_file",
    "build_graph",
    "build_into_store",
    "competency_queries",
    "draw_network",
    "draw_timeline",
    "graph_stats",
    "open_store",
    "read_articles",
    "read_dataset",
    "run_query",
    "to_networkx",
    "validate_dataset",
    "write_dataset",
    "write_html",
]

_WHERE = {
    "build_graph": "build", "BuildConfig": "build", "BuildResult": "build",
    "build_into_store": "build", "StoreBuildResult": "build",
    "build_file": "build", "FileBuildResult": "build", "open_store": "store", "GraphStore": "store",
    "Extractor": "pipeline", "PipelineConfig": "pipeline",
    "read_articles": "reader", "read_dataset": "io", "write_dataset": "io",
    "run_query": "query", "competency_queries": "query",
    "validate_dataset": "validate", "graph_stats": "stats",
    "to_networkx": "network", "draw_network": "viz", "draw_timeline": "viz", "write_html": "viz",
    "Article": "models", "ArticleExtraction": "models",
    "KgError": "errors", "InputError": "errors", "ConfigError": "errors", "MissingExtraError": "errors",
    "QueryError": "errors", "StoreError": "errors",
}

if TYPE_CHECKING:
    from .build import (
        BuildConfig,
        BuildResult,
        FileBuildResult,
        StoreBuildResult,
        build_file,
        build_graph,
        build_into_store,
    )
    from .errors import ConfigError, InputError, KgError, MissingExtraError, QueryError, StoreError
    from .io import read_dataset, write_dataset
    from .models import Article, ArticleExtraction
    from .network import to_networkx
    from .pipeline import Extractor, PipelineConfig
    from .query import competency_queries, run_query
    from .reader import read_articles
    from .stats import graph_stats
    from .store import GraphStore, open_store
    from .validate import validate_dataset
    from .viz import draw_network, draw_timeline, write_html


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
