"""Isnad: `python main.py` opens the desktop app; with a command it runs headless
(docs/cli.md)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# options of the top level that take a value (so the value is not read as a command)
VALUE_OPTIONS = {"--db", "--screenshot", "--screenshot-view", "--article", "--lang"}


def command_of(argv: list[str], commands: set[str]) -> str | None:
    """The headless command named in argv, or None when the app should open."""
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in VALUE_OPTIONS:
            skip = True
            continue
        if a.startswith("-"):
            continue
        if a not in commands and Path(a).is_file():
            return None  # `isnad path/to/file.sqlite3` (or a double-click): open it in the app
        return a  # a command, or an unknown word: a (wrong) command too
    return None


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the matching process of a PyInstaller bundle
    argv = list(sys.argv[1:] if argv is None else argv)
    from cli.main import build_parser

    commands = set(build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001
    command = command_of(argv, commands)
    wants_help = any(a in ("-h", "--help") for a in argv)
    if command is None and not wants_help:
        from ui.app import main as gui_main

        return gui_main(argv)
    from cli.main import run

    return run(argv, handlers={"report": _report})


def _report(db, args, out) -> int:
    """``report``: the PDF is drawn by Qt, so it lives in ui/ (cli/ must not import ui)."""
    from ui.report import cmd_report

    return cmd_report(db, args, out)


if __name__ == "__main__":
    sys.exit(main())
