#!/usr/bin/env python3
"""Write the configuration table in README.md from the settings table (mcp_server/settings_table.py).

python scripts/settings_reference.py          # rewrite it
python scripts/settings_reference.py --check  # exit 1 if it is out of date (the test suite does this)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from readme_section import markers, with_section

from mcp_server.settings_table import SETTINGS, Setting

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SECTION = "settings-reference"
START, END = markers(SECTION)


def _names(setting: Setting) -> str:
    names = []
    if setting.flag:
        value = setting.metavar or ("\\|".join(setting.choices) if setting.choices else None)
        names.append(f"`{setting.flag}{f' {value}' if value else ''}`")
    if setting.variable:
        names.append(f"`{setting.variable}`")
    return " / ".join(names)


def reference() -> str:
    lines = [START, "", "| flag / variable | default | meaning |", "|---|---|---|"]
    for setting in SETTINGS:
        meaning = setting.doc
        if setting.secret:
            meaning += ". Secret: read from the environment only, never shown in logs, results or errors"
        default = f"`{setting.default}`" if setting.default else ""
        lines.append(f"| {_names(setting)} | {default} | {meaning} |")
    lines += ["", END]
    return "\n".join(lines)


def readme_with_reference(text: str) -> str:
    return with_section(text, SECTION, reference())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the README configuration table.")
    parser.add_argument("--check", action="store_true", help="only report drift (exit 1)")
    args = parser.parse_args(argv)
    readme = README.read_text(encoding="utf-8")
    wanted = readme_with_reference(readme)
    if args.check:
        if wanted != readme:
            print("out of date: README.md (configuration table); run `make tool-docs`.", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    print("wrote the README configuration table" + (" (changed)" if wanted != readme else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
