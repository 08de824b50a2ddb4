"""Isnad: `python main.py` opens the desktop app; with a command it runs headless
(docs/cli.md)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

GUI_FLAGS = ("--screenshot", "--article")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from cli.main import build_parser

    commands = set(build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001
    wants_help = any(a in ("-h", "--help") for a in argv)
    if any(a.startswith(GUI_FLAGS) for a in argv) or not (
            wants_help or any(a in commands for a in argv)):
        from ui.app import main as gui_main

        return gui_main(argv)
    from cli.main import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
