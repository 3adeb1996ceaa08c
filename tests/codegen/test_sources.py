"""Which docs pages are tracked: every page an overlay cites, plus what spec/sources.toml adds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from codegen.layout import Layout
from codegen.lock import read_lock
from codegen.overlay import overlay_files
from codegen.pipeline import upstream_names
from codegen.sources import SourcesError, load_sources, tracked_pages

OVERLAY = """overlay: 1.1.0
info: {title: t, version: "1"}
actions:
  - {target: $.info, description: one, update: {x-a: 1}, x-source: "https://b.example/prose#section"}
  - {target: $.info, description: two, update: {x-b: 1}, x-source: "https://a.example/block.md"}
  - {target: $.info, description: three, update: {x-c: 1}, x-source: "https://b.example/prose"}
"""


def _repo(tmp_path: Path, sources: str) -> Layout:
    layout = Layout(tmp_path)
    layout.overlays.mkdir()
    (layout.overlays / "01-x.overlay.yaml").write_text(OVERLAY)
    layout.sources.parent.mkdir()
    layout.sources.write_text(sources)
    return layout


def test_cited_pages_are_tracked_without_being_listed(tmp_path: Path) -> None:
    layout = _repo(
        tmp_path,
        '[[page]]\nurl = "https://a.example/block.md"\nupstream = "block"\nlocal = "copies/block.md"\n'
        '[[page]]\nurl = "https://c.example/not-cited"\n',
    )
    pages = tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays))
    assert [(p.url, p.upstream) for p in pages] == [
        ("https://a.example/block.md", "block"),
        ("https://c.example/not-cited", None),
        ("https://b.example/prose", None),  # derived: the fragment is not part of the page
    ]
    assert pages[0].local == tmp_path / "copies" / "block.md"
    assert [(a.file, a.index) for a in pages[0].cited_by] == [("01-x.overlay.yaml", 2)]
    assert [a.description for a in pages[2].cited_by] == ["one", "three"]
    assert pages[1].cited_by == ()


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ('[[page]]\nurl = "https://b.example/prose"\n', "lists pages the overlays already cite, with nothing to add"),
        ('[[page]]\nurl = "https://x.example"\nname = "x"\n', "page #1 needs a url and takes only"),
        ('[[page]]\nupstream = "x"\n', "page #1 needs a url"),
        (
            '[[page]]\nurl = "https://x.example/1"\nupstream = "x"\n'
            '[[page]]\nurl = "https://x.example/2"\nupstream = "x"\n',
            "each page upstream must be unique, repeated: x",
        ),
    ],
    ids=["derivable", "unknown-key", "no-url", "repeated-upstream"],
)
def test_sources_keep_only_what_cannot_be_derived(tmp_path: Path, sources: str, message: str) -> None:
    layout = _repo(tmp_path, sources)
    with pytest.raises(SourcesError, match=message):
        tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays))


def test_the_project_tracks_every_cited_page_and_records_each(repo_root: Path) -> None:
    layout = Layout(repo_root)
    cited = {
        action["x-source"].split("#")[0]
        for path in overlay_files(layout.overlays)
        for action in yaml.safe_load(path.read_text(encoding="utf-8"))["actions"]
    }
    tracked = tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays))
    assert {page.url for page in tracked} == cited  # every page listed in sources.toml is also cited
    assert set(read_lock(layout.lock)) == cited
    assert [p.upstream for p in tracked if p.upstream] == [
        "get-process",
        "get-selfie",
        "create-process",
        "set-document",
        "get-evidence-set",
        "idcheck-onboarding",
    ]


def test_pages_whose_openapi_block_was_never_fetched_are_not_merged_yet(repo_root: Path) -> None:
    """The write half's pages have no local copy: until a networked `make fetch-docs` extracts their blocks, the
    lock records them with nulls and the merge leaves them out (overlays 15-18 add their operations)."""
    layout = Layout(repo_root)
    lock = read_lock(layout.lock)
    pending = ["create-process", "set-document", "get-evidence-set", "idcheck-onboarding"]
    pages = {p.upstream: p for p in load_sources(layout.sources).upstream_pages}
    assert all(lock[pages[name].url].sha256 is None for name in pending)
    assert upstream_names(layout) == ["get-process", "get-selfie"]
    assert upstream_names(layout, fetched=["set-document"]) == ["get-process", "get-selfie", "set-document"]
