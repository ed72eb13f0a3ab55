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
    "InputError",
    "KgError",
    "MissingExtraError",
    "PipelineConfig",
    "QueryError",
    "StoreError",
    "__version__",
    "build_graph",
    "competency_queries",
    "graph_stats",
    "read_articles",
    "read_dataset",
    "run_query",
    "validate_dataset",
    "write_dataset",
]

_WHERE = {
    "build_graph": "build", "BuildConfig": "build", "BuildResult": "build",
    "Extractor": "pipeline", "PipelineConfig": "pipeline",
    "read_articles": "reader", "read_dataset": "io", "write_dataset": "io",
    "run_query": "query", "competency_queries": "query",
    "validate_dataset": "validate", "graph_stats": "stats",
    "Article": "models", "ArticleExtraction": "models",
    "KgError": "errors", "InputError": "errors", "ConfigError": "errors", "MissingExtraError": "errors",
    "QueryError": "errors", "StoreError": "errors",
}

if TYPE_CHECKING:
    from .build import BuildConfig, BuildResult, build_graph
    from .errors import ConfigError, InputError, KgError, MissingExtraError, QueryError, StoreError
    from .io import read_dataset, write_dataset
    from .models import Article, ArticleExtraction
    from .pipeline import Extractor, PipelineConfig
    from .query import competency_queries, run_query
    from .reader import read_articles
    from .stats import graph_stats
    from .validate import validate_dataset


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
