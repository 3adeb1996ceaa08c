"""The whole pipeline on a small synthetic repository: determinism and drift detection."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from codegen.generate import GenerationFailed
from codegen.lock import Provenance, render_lock
from codegen.overlay import OverlayError
from codegen.pipeline import Layout, build_spec, drift, regenerate, upstream_names
from codegen.validate import SpecInvalid

UPSTREAM = {
    "openapi": "3.0.0",
    "info": {"title": "Thing", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"state": {"type": "string", "enum": ["A"], "required": True}},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}

FIX = """overlay: 1.1.0
info: {title: fix, version: "1"}
actions:
  - target: "$.paths['/things/{id}'].get.responses['200'].content['application/json'].schema.properties.state.required"
    description: invalid required keyword
    remove: true
    x-source: https://example.invalid/docs
  - target: "$.paths['/things/{id}'].get"
    description: a name
    update: {operationId: getThing}
    x-source: https://example.invalid/docs
"""


def _make_repo(root: Path, repo_root: Path) -> Layout:
    layout = Layout(root)
    layout.upstream.mkdir(parents=True)
    layout.sources.write_text(
        '[[page]]\nurl = "https://example.invalid/thing.md"\nupstream = "thing"\n\n[spec]\ntitle = "T"\nversion = "1"\n'
    )
    # Tracked pages never retrieved: the lock records them with no hash.
    pages = ["https://example.invalid/thing.md", "https://example.invalid/docs"]
    layout.lock.write_text(render_lock(Provenance(url) for url in pages))
    (layout.upstream / "thing.json").write_text(json.dumps(UPSTREAM))
    layout.overlays.mkdir()
    (layout.overlays / "01-fix.overlay.yaml").write_text(FIX)
    layout.generator_config.parent.mkdir(parents=True)
    shutil.copy(repo_root / "codegen" / "openapi-python-client.yaml", layout.generator_config)
    shutil.copytree(repo_root / "codegen" / "templates", layout.templates)
    return layout


@pytest.fixture(scope="module")
def generated_repo(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    layout = _make_repo(tmp_path_factory.mktemp("repo"), Path(__file__).resolve().parents[2])
    regenerate(layout)
    return layout


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_without_the_validity_overlay_the_spec_is_refused(tmp_path: Path) -> None:
    layout = _make_repo(tmp_path, Path(__file__).resolve().parents[2])
    (layout.overlays / "01-fix.overlay.yaml").unlink()
    with pytest.raises(SpecInvalid, match=r"/properties/state/required.*is not of type 'array'"):
        build_spec(layout)


def test_a_zero_match_overlay_stops_the_pipeline(tmp_path: Path) -> None:
    layout = _make_repo(tmp_path, Path(__file__).resolve().parents[2])
    (layout.overlays / "02-stale.overlay.yaml").write_text(
        FIX.replace("'/things/{id}'].get.responses", "'/gone'].get.responses")
    )
    with pytest.raises(OverlayError, match=r"02-stale\.overlay\.yaml action #1 .* matches nothing"):
        build_spec(layout)


def test_regenerate_writes_the_spec_and_a_client(generated_repo: Layout) -> None:
    spec = json.loads(generated_repo.spec.read_text())
    assert spec["paths"]["/things/{id}"]["get"]["operationId"] == "getThing"
    assert (generated_repo.generated / "api" / "default" / "get_thing.py").exists()
    assert (generated_repo.generated / "client.py").exists()


def test_outputs_fresh_from_regenerate_show_no_drift(generated_repo: Layout) -> None:
    assert drift(generated_repo) == []


def test_two_runs_give_byte_identical_output(generated_repo: Layout) -> None:
    before = _tree(generated_repo.generated) | {"openapi.json": generated_repo.spec.read_bytes()}
    result = regenerate(generated_repo)
    after = _tree(generated_repo.generated) | {"openapi.json": generated_repo.spec.read_bytes()}
    assert after == before
    assert result.changes == []


def test_drift_names_a_hand_edited_generated_file_and_a_changed_input(tmp_path: Path, generated_repo: Layout) -> None:
    layout = Layout(tmp_path / "copy")
    shutil.copytree(generated_repo.root, layout.root)
    client = layout.generated / "client.py"
    client.write_text(client.read_text() + "\n# edited by hand\n")
    (layout.generated / "stray.py").write_text("")
    (layout.overlays / "02-more.overlay.yaml").write_text(
        FIX.split("actions:")[0]
        + "actions:\n  - target: $.info\n    description: d\n    update: {x-more: 1}\n    x-source: https://e.invalid\n"
    )
    problems = drift(layout)
    assert "spec/openapi.json differs from what the inputs produce" in problems
    assert "generated/unico_idcloud_client/client.py differs from what the spec generates" in problems
    assert "generated/unico_idcloud_client/stray.py differs from what the spec generates" in problems


def test_regenerate_reports_changes_and_redundant_actions(tmp_path: Path, generated_repo: Layout) -> None:
    layout = Layout(tmp_path / "copy")
    shutil.copytree(generated_repo.root, layout.root)
    upstream = json.loads((layout.upstream / "thing.json").read_text())
    upstream["paths"]["/things/{id}"]["get"]["operationId"] = "getThing"  # the upstream caught up
    schema = upstream["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    schema["properties"]["state"]["enum"].append("B")
    (layout.upstream / "thing.json").write_text(json.dumps(upstream))
    result = regenerate(layout)
    assert result.baseline.description == "spec/openapi.json in the working tree (not a git checkout)"
    assert [str(r.action) for r in result.overlays.redundant] == ["01-fix.overlay.yaml action #2 (a name)"]
    assert [(c.location, c.what) for c in result.changes] == [
        ("GET /things/{id} 200 body.state", "enum value 'B' added (open enums already accept it)")
    ]


NOT_ACCEPTABLE = """overlay: 1.1.0
info: {title: a response the generator refuses, version: "1"}
actions:
  - target: "$.paths['/things/{id}'].get.responses"
    description: a 406 in a media type openapi-python-client cannot parse (it warns, so the run fails)
    update: {"406": {description: "not acceptable", content: {application/x-weird: {schema: {type: object}}}}}
    x-source: https://example.invalid/docs
"""


def _git(root: Path, *args: str) -> None:
    identity = ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", *identity, *args], cwd=root, check=True, capture_output=True)


def test_a_failed_regenerate_writes_nothing_and_the_fix_is_reported_against_the_committed_spec(
    tmp_path: Path, generated_repo: Layout
) -> None:
    layout = Layout(tmp_path / "repo")
    shutil.copytree(generated_repo.root, layout.root)
    _git(layout.root, "init", "-q")
    _git(layout.root, "add", "-A")
    _git(layout.root, "commit", "-q", "-m", "committed contract")
    committed = {"openapi.json": layout.spec.read_bytes()} | _tree(layout.generated)

    upstream = json.loads((layout.upstream / "thing.json").read_text())
    state = upstream["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    state["properties"]["state"]["enum"] = ["B"]  # the upstream replaced A with B
    (layout.upstream / "thing.json").write_text(json.dumps(upstream))
    (layout.overlays / "02-not-acceptable.overlay.yaml").write_text(NOT_ACCEPTABLE)
    with pytest.raises(GenerationFailed, match="Unsupported content_type application/x-weird"):
        regenerate(layout)
    assert {"openapi.json": layout.spec.read_bytes()} | _tree(layout.generated) == committed  # nothing half-written

    (layout.overlays / "02-not-acceptable.overlay.yaml").unlink()
    result = regenerate(layout)
    assert result.baseline.description.startswith("the committed spec (git HEAD ")
    assert [(c.location, c.what, c.breaking) for c in result.changes] == [
        ("GET /things/{id} 200 body.state", "enum value 'A' removed: its member goes away", True),
        ("GET /things/{id} 200 body.state", "enum value 'B' added (open enums already accept it)", False),
    ]  # and no 406, which only the failed run ever had


def test_an_upstream_page_never_retrieved_and_not_extracted_is_left_out_of_the_merge(tmp_path: Path) -> None:
    layout = _make_repo(tmp_path, Path(__file__).resolve().parents[2])
    (layout.upstream / "thing.json").unlink()  # listed with an upstream, never fetched: nothing to merge yet
    assert upstream_names(layout) == []
    assert upstream_names(layout, fetched=["thing"]) == ["thing"]
    assert build_spec(layout, upstream={"thing": UPSTREAM}).spec["paths"]["/things/{id}"]["get"]["operationId"] == (
        "getThing"
    )


def test_an_upstream_page_the_lock_records_must_have_its_document(tmp_path: Path) -> None:
    layout = _make_repo(tmp_path, Path(__file__).resolve().parents[2])
    (layout.upstream / "thing.json").unlink()
    recorded = Provenance("https://example.invalid/thing.md", "0" * 64, "2026-01-01", "https://example.invalid")
    layout.lock.write_text(render_lock([recorded, Provenance("https://example.invalid/docs")]))
    assert upstream_names(layout) == ["thing"]
    with pytest.raises(FileNotFoundError, match=r"thing\.json"):
        build_spec(layout)
