"""Project configuration: ``[tool.codemod]`` in ``pyproject.toml`` or a ``.codemod.toml``.

The file is found from the working directory upward; in each folder a ``.codemod.toml`` wins over a
``pyproject.toml``, and a ``pyproject.toml`` without ``[tool.codemod]`` is passed over. Keys::

    select = ["split-provider-imports"]   # only these transforms (default: all)
    ignore = ["bucket-encryption"]        # never these
    exclude = ["generated/**", "*.gen.ts"]  # globs, relative to the configuration file's folder
    safe-only = true                       # only safe fixes

    [state-locking]                        # in pyproject.toml: [tool.codemod.state-locking]
    terraform_version = "1.9"

Command-line flags override the file. Unknown keys and values of the wrong type are errors that name
the key.
"""
from __future__ import annotations

import fnmatch
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from codemods.core.edits import Safety, parse_profiles
from codemods.core.engine import RunConfig
from codemods.core.files import discover
from codemods.registry import all_transforms, by_id
from codemods.selection import UnknownTransform, select_transforms

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILE = ".codemod.toml"
PYPROJECT = "pyproject.toml"
TOP_LEVEL_KEYS = ("select", "ignore", "exclude", "safe-only", "profile")


class ConfigError(ValueError):
    """The configuration file is unreadable or has an unknown key or a bad value."""


@dataclass(frozen=True)
class Settings:
    """What the configuration file says; every field is empty when there is no file."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    safe_only: bool | None = None
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    profiles: frozenset[Safety] | None = None

    @property
    def root(self) -> Path:
        """The folder that ``exclude`` globs are relative to."""
        return self.path.parent.resolve() if self.path else Path.cwd().resolve()

    def run_config(self, select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                   options: dict[str, dict[str, Any]] | None = None, safe_only: bool | None = None,
                   profiles: frozenset[Safety] | None = None) -> RunConfig:
        """The engine's configuration: each flag given on the command line replaces the file's value,
        and command-line options replace the file's options of the same name."""
        merged = {tid: dict(values) for tid, values in self.options.items()}
        for transform_id, values in (options or {}).items():
            merged.setdefault(transform_id, {}).update(values)
        transforms = select_transforms(list(select or ()) or self.select, list(ignore or ()) or self.ignore)
        chosen_safe_only = safe_only if safe_only is not None else bool(self.safe_only)
        from codemods.compiler import known_ids

        return RunConfig(transforms, merged, chosen_safe_only, registry=all_transforms() + known_ids(),
                         profiles=profiles if profiles is not None else self.profiles)

    def excluded(self, path: Path) -> bool:
        """Whether an ``exclude`` glob matches ``path``, one of its folders, or one of their names."""
        if not self.exclude:
            return False
        resolved = path.resolve()
        try:
            relative = PurePosixPath(resolved.relative_to(self.root).as_posix())
        except ValueError:
            relative = PurePosixPath(resolved.as_posix())
        candidates = [str(relative), *(str(parent) for parent in relative.parents if str(parent) != ".")]
        names = relative.parts
        for pattern in self.exclude:
            bare = pattern.removeprefix("**/").rstrip("/")
            if any(fnmatch.fnmatchcase(c, p) for c in candidates for p in (pattern, bare)):
                return True
            if "/" not in bare and any(fnmatch.fnmatchcase(name, bare) for name in names):
                return True
        return False

    def targets(self, paths: list[str]) -> list[str]:
        """``paths`` with folders expanded and excluded files left out (paths that do not exist are
        kept, so that the run reports them)."""
        if not self.exclude:
            return paths
        return [str(t.path) for t in discover(paths) if t.error is not None or not self.excluded(t.path)]


def find_config(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` upward, or None."""
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "codemod" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load_settings(start: Path | None = None) -> Settings:
    """The settings of the nearest configuration file (empty settings when there is none)."""
    path = find_config(start or Path.cwd())
    return read_settings(path) if path else Settings()


def read_settings(path: Path) -> Settings:
    """Parse and check one configuration file."""
    data = _read(path)
    if path.name == PYPROJECT:
        table, prefix = data.get("tool", {}).get("codemod", {}), "tool.codemod."
    else:
        table, prefix = data, ""
    return _Reader(path, prefix).settings(table)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


class _Reader:
    def __init__(self, path: Path, prefix: str) -> None:
        self.path = path
        self.prefix = prefix

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.path}: {self.prefix}{key}: {message}")

    def settings(self, table: dict[str, Any]) -> Settings:
        registry = by_id()
        for key in table:
            if key not in TOP_LEVEL_KEYS and key not in registry:
                known = ", ".join(TOP_LEVEL_KEYS)
                raise self.error(key, f"unknown key (expected {known}, or a transform id from `codemod list`)")
        select = self.ids(table, "select")
        ignore = self.ids(table, "ignore")
        exclude = self.strings(table, "exclude")
        safe_only = table.get("safe-only")
        if safe_only is not None and not isinstance(safe_only, bool):
            raise self.error("safe-only", f"expected true or false, got {safe_only!r}")
        options = {registry[tid].id: self.options(tid, table[tid], registry[tid]) for tid in table if tid in registry}
        profiles = None
        if "profile" in table:
            value = table["profile"]
            text = ",".join(value) if isinstance(value, list) else value
            try:
                profiles = parse_profiles(text) if isinstance(text, str) else None
            except ValueError as exc:
                raise self.error("profile", str(exc)) from None
            if profiles is None:
                raise self.error("profile", f"expected a list of profile names, got {value!r}")
        return Settings(self.path, select, ignore, exclude, safe_only, options, profiles)

    def strings(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(key, f"expected a list of strings, got {value!r}")
        return tuple(value)

    def ids(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        ids = self.strings(table, key)
        try:
            select_transforms(ids)
        except UnknownTransform as exc:
            raise self.error(key, str(exc)) from None
        return ids

    def options(self, transform_id: str, values: Any, transform: Any) -> dict[str, Any]:
        if not isinstance(values, dict):
            raise self.error(transform_id, f"expected a table of options, got {values!r}")
        for name, value in values.items():
            key = f"{transform_id}.{name}"
            if name not in transform.options:
                known = ", ".join(sorted(transform.options)) or "none"
                raise self.error(key, f"unknown option (options of {transform_id}: {known})")
            expected = type(transform.options[name].default)
            if type(value) is not expected:
                raise self.error(key, f"expected {_type_name(expected)}, got {value!r}")
        return dict(values)


def _type_name(kind: type) -> str:
    return {bool: "true or false", int: "a whole number", str: "a string (in quotes)"}.get(kind, kind.__name__)


def parse_options(pairs: list[str]) -> dict[str, dict[str, object]]:
    """``--option ID.NAME=VALUE`` pairs as per-transform options, values typed as the defaults.

    A former id names the transform it became. Raises :class:`ConfigError` naming the pair.
    """
    registry = by_id()
    parsed: dict[str, dict[str, object]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        transform_id, dot, name = key.partition(".")
        if not sep or not dot:
            _bad(f"--option {pair!r}: expected ID.NAME=VALUE")
        transform = registry.get(transform_id)
        if transform is None:
            _bad(f"--option {pair!r}: unknown transform id {transform_id!r}")
        if name not in transform.options:
            known = ", ".join(sorted(transform.options)) or "none"
            _bad(f"--option {pair!r}: {transform_id} has no option {name!r} (options: {known})")
        parsed.setdefault(transform.id, {})[name] = _coerce(value, transform.options[name].default, pair)
    return parsed


def _bad(message: str) -> None:
    raise ConfigError(message)


def _coerce(value: str, default: object, pair: str) -> object:
    if isinstance(default, bool):
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off"):
            return False
        _bad(f"--option {pair!r}: expected true or false")
    if isinstance(default, int):
        try:
            return int(value)
        except ValueError:
            _bad(f"--option {pair!r}: expected a whole number")
    return value
