"""The import direction of DESIGN.md: bottom layers import nothing above them; nothing imports cli."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "refcheck"
BOTTOM = {"models", "errors", "text"}
ALLOWED = {
    "models": set(),
    "errors": set(),
    "text": {"models", "errors"},
    "config": BOTTOM,
    "parse": BOTTOM,
    "fetch": BOTTOM,
    "extract": BOTTOM,
    "match": BOTTOM,
    "report": {"models", "errors", "text"},
    "model": {"match"},
    "pipeline": BOTTOM | {"config", "parse", "fetch", "extract", "match", "model"},
}


def imported_refcheck_layers(path: Path) -> set[str]:
    layers: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "refcheck" and len(parts) > 1:
                layers.add(parts[1])
    return layers


def layer_files(layer: str) -> list[Path]:
    package = PKG / layer
    return sorted(package.rglob("*.py")) if package.is_dir() else [PKG / f"{layer}.py"]


def test_layers_only_import_downwards() -> None:
    for layer, allowed in ALLOWED.items():
        for path in layer_files(layer):
            if path.exists():
                imported = imported_refcheck_layers(path) - {layer}
                assert imported <= allowed, f"{path.relative_to(PKG.parent)} imports {imported - allowed}"


def test_nothing_imports_cli() -> None:
    for path in PKG.rglob("*.py"):
        if path.name not in {"cli.py", "__main__.py"}:
            assert "cli" not in imported_refcheck_layers(path), path
