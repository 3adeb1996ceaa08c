"""`python -m codegen {fetch-docs,regenerate,check}`: the Makefile's entry points into the pipeline."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from codegen.changes import format_report
from codegen.extract import ExtractionError
from codegen.fetch import FetchError, fetch_docs
from codegen.generate import GenerationFailed
from codegen.merge import MergeConflict
from codegen.overlay import OverlayError
from codegen.pipeline import Layout, drift, regenerate
from codegen.sources import load_sources
from codegen.validate import SpecInvalid

_PIPELINE_ERRORS = (ExtractionError, FetchError, GenerationFailed, MergeConflict, OverlayError, SpecInvalid)


def _fetch(layout: Layout, args: argparse.Namespace) -> int:
    written = fetch_docs(load_sources(layout.sources), layout.upstream, local=args.local)
    for path in written:
        print(f"wrote {path.relative_to(layout.root)}")
    return 0


def _regenerate(layout: Layout, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    result = regenerate(layout)
    for redundant in result.overlays.redundant:
        print(f"redundant overlay action: {redundant}")
    print(format_report(result.changes))
    print(f"regenerated spec/openapi.json and generated/ in {time.perf_counter() - started:.1f}s")
    return 0


def _check(layout: Layout, args: argparse.Namespace) -> int:
    problems = drift(layout)
    for problem in problems:
        print(f"drift: {problem}", file=sys.stderr)
    if problems:
        print("run `make regenerate` and commit the result", file=sys.stderr)
        return 1
    print("spec/openapi.json and generated/ match their committed inputs")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    commands = parser.add_subparsers(dest="command", required=True)
    fetch = commands.add_parser("fetch-docs", help="fetch the docs pages and extract their OpenAPI JSON")
    fetch.add_argument("--local", action="store_true", help="read each page's local copy instead of its URL")
    fetch.set_defaults(run=_fetch)
    commands.add_parser("regenerate", help="build spec/openapi.json and generated/").set_defaults(run=_regenerate)
    commands.add_parser("check", help="fail when outputs drift from inputs").set_defaults(run=_check)
    args = parser.parse_args(argv)
    try:
        return int(args.run(Layout(args.root.resolve()), args))
    except _PIPELINE_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
