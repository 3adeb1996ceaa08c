"""`python -m codegen {fetch-docs,docs-diff,regenerate,check}`: the Makefile's entry points into the pipeline."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from codegen.changes import format_report
from codegen.docswatch import FAILED, docs_diff, format_docs_diff
from codegen.extract import ExtractionError
from codegen.fetch import FetchError, fetch_docs
from codegen.generate import GenerationFailed
from codegen.lock import LockError
from codegen.merge import MergeConflict
from codegen.overlay import OverlayError
from codegen.pipeline import Layout, drift, regenerate
from codegen.sources import SourcesError
from codegen.validate import SpecInvalid

_PIPELINE_ERRORS = (
    ExtractionError,
    FetchError,
    GenerationFailed,
    LockError,
    MergeConflict,
    OverlayError,
    SourcesError,
    SpecInvalid,
)


def _fetch(layout: Layout, args: argparse.Namespace) -> int:
    summary = fetch_docs(layout, local=args.local, base_url=args.base_url)
    for url, status in summary.statuses:
        print(f"{url}: {status}")
    for path in summary.written:
        print(f"{'removed' if not path.exists() else 'wrote'} {path.relative_to(layout.root)}")
    if not summary.written:
        print("every record is up to date; no file changed")
    return 0


def _docs_diff(layout: Layout, args: argparse.Namespace) -> int:
    diff = docs_diff(layout, local=args.local, base_url=args.base_url)
    print(format_docs_diff(diff))
    return diff.exit_status


def _regenerate(layout: Layout, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    result = regenerate(layout)
    for redundant in result.overlays.redundant:
        print(f"redundant overlay action: {redundant}")
    for conflict in result.conflicts:
        print(f"conflict to review: {conflict}")
    print(format_report(result.changes, baseline=result.baseline.description))
    print(f"regenerated spec/openapi.json and generated/ in {time.perf_counter() - started:.1f}s")
    return 0


def _check(layout: Layout, args: argparse.Namespace) -> int:
    problems = drift(layout)
    for problem in problems:
        print(f"drift: {problem}", file=sys.stderr)
    if problems:
        print("run `make regenerate` (or `make fetch-docs-local`) and commit the result", file=sys.stderr)
        return 1
    print("spec/docs.lock, spec/openapi.json and generated/ match their committed inputs")
    return 0


def _page_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--local", action="store_true", help="read each page's local copy instead of its URL")
    command.add_argument("--base-url", help="read pages from a mirror serving each one at BASE_URL/<host>/<path>")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    commands = parser.add_subparsers(dest="command", required=True)
    fetch = commands.add_parser("fetch-docs", help="record every tracked page and extract the OpenAPI blocks")
    _page_options(fetch)
    fetch.set_defaults(run=_fetch)
    watch = commands.add_parser("docs-diff", help="what changed in the docs since spec/docs.lock (writes nothing)")
    _page_options(watch)
    watch.set_defaults(run=_docs_diff)
    commands.add_parser("regenerate", help="build spec/openapi.json and generated/").set_defaults(run=_regenerate)
    commands.add_parser("check", help="fail when outputs drift from inputs").set_defaults(run=_check)
    args = parser.parse_args(argv)
    try:
        return int(args.run(Layout(args.root.resolve()), args))
    except _PIPELINE_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED


if __name__ == "__main__":
    sys.exit(main())
