"""Isnad's headless command line (docs/cli.md is the contract).

Exit status: 0 success, 2 usage error, 1 failure with one line on stderr.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence

from cli import terminal
from storage.db import Database, DatabaseError

# Commands whose handler lives above cli/ (the PDF report needs Qt, in ui/):
# main.py passes them to run(); without one the command is not available.
INJECTED = {
    "report": "report is not available without the desktop components "
              "(run it as: python main.py report OUT.pdf)",
}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one clear line
        raise UsageError(f"{self.prog}: {message}")


def _common_options(p: argparse.ArgumentParser, default) -> None:
    p.add_argument("--db", default=default,
                   help="SQLAlchemy URL or SQLite file path (default: ISNAD_DB or the "
                        "user data directory)")
    p.add_argument("--bidi", dest="bidi", action="store_true", default=default,
                   help="reshape Arabic for terminals without bidi support")
    p.add_argument("--no-bidi", dest="bidi", action="store_false", default=default)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="isnad", description="Isnad: claim review for Arabic news.")
    _common_options(p, None)
    p.set_defaults(bidi=None)
    # the same options after the command (`isnad stats --json --db X`); SUPPRESS keeps a
    # value given before the command when none is given after it
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common, argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, **kw) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kw)

    c = command("import", help="import files or folders")
    c.add_argument("paths", nargs="+")
    c.add_argument("--no-extract", action="store_true")
    c.add_argument("--json", action="store_true")

    c = command("articles", help="list articles")
    c.add_argument("--json", action="store_true")
    c.add_argument("--text", action="store_true")

    c = command("claims", help="list claims")
    c.add_argument("--json", action="store_true")
    c.add_argument("--article", type=int)
    c.add_argument("--status", choices=["pending", "confirmed", "rejected", "corrected"])

    c = command("search", help="Arabic-aware full-text search")
    c.add_argument("query")
    c.add_argument("--json", action="store_true")

    c = command("entities", help="people, organisations and places")
    c.add_argument("--json", action="store_true")

    c = command("links", help="suggested and confirmed links")
    c.add_argument("--json", action="store_true")

    c = command("compare", help="how two claim texts relate")
    c.add_argument("texts", nargs="*")
    c.add_argument("--pairs")
    c.add_argument("--json", action="store_true")

    c = command("review", help="record a reviewer's decision")
    c.add_argument("claim_id", type=int)
    c.add_argument("--status", required=True,
                   choices=["pending", "confirmed", "rejected", "corrected"])
    c.add_argument("--text")
    c.add_argument("--speaker")
    c.add_argument("--verdict")
    c.add_argument("--note")
    c.add_argument("--reviewer")

    c = command("link", help="record a link by hand")
    c.add_argument("claim_a", type=int)
    c.add_argument("claim_b", type=int)
    c.add_argument("--relation", required=True,
                   choices=["same", "supports", "contradicts", "related"])
    c.add_argument("--reviewer")

    c = command("export", help="write reviewed data out")
    c.add_argument("--format", required=True,
                   choices=["claimreview", "jsonl", "csv", "brat", "webanno-tsv"])
    c.add_argument("out", help="a file, or a folder for brat and webanno-tsv")
    c.add_argument("--story", type=int, help="only the articles of this story")
    c.add_argument("--org", default="", help="reviewing organisation (default: ISNAD_ORG "
                                              "or Isnad)")
    c.add_argument("--org-url", default="", help="its web address (default: ISNAD_ORG_URL)")
    c.add_argument("--lang", choices=["ar", "en"], default="ar",
                   help="language of the rating labels (default ar)")
    c.add_argument("--json", action="store_true")

    c = command("report", help="PDF story report")
    c.add_argument("out")
    c.add_argument("--story", type=int)
    c.add_argument("--lang", choices=["ar", "en"], default="ar")

    c = command("stats", help="counts")
    c.add_argument("--json", action="store_true")

    c = command("backups", help="list the SQLite database's backups")
    c.add_argument("--json", action="store_true")

    c = command("restore", help="replace the database with a backup (the current "
                                       "file is backed up first)")
    c.add_argument("backup_file")
    c.add_argument("--json", action="store_true")

    c = command("reextract", help="run the extractor again (keeps reviewer decisions)")
    c.add_argument("--article", type=int, action="append")
    c.add_argument("--json", action="store_true")
    return p


def run(argv: Sequence[str], handlers: dict[str, Callable] | None = None) -> int:
    """Run one command; ``handlers`` supplies commands implemented above cli/."""
    try:
        args = build_parser().parse_args(list(argv))
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.command is None:
        print("isnad: give a command (isnad --help lists them)", file=sys.stderr)
        return 2
    handlers = handlers or {}
    if args.command in INJECTED and args.command not in handlers:
        print(f"isnad: {INJECTED[args.command]}", file=sys.stderr)
        return 2
    from cli import commands

    handler: Callable = handlers.get(args.command) or getattr(commands, "cmd_" + args.command)
    out = terminal.Output(sys.stdout, bidi=args.bidi)
    db = None
    try:
        if args.command not in ("compare", "backups", "restore"):  # these must not open it
            db = Database.open(args.db)
        return handler(db, args, out) or 0
    except commands.CommandUsageError as exc:
        print(f"isnad: {exc}", file=sys.stderr)
        return 2
    except (DatabaseError, commands.CommandError) as exc:
        print(f"isnad: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `isnad claims | head`: the reader went away; not a failure
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silence the flush at exit)
        return 0
    except Exception as exc:  # one clear line, never a traceback for users
        logging.getLogger("isnad").debug("command failed", exc_info=True)
        print(f"isnad: {args.command} failed: {type(exc).__name__}: {exc}".splitlines()[0],
              file=sys.stderr)
        return 1
    finally:
        if db is not None:
            db.dispose()


def print_json(out: terminal.Output, data) -> None:
    out.raw(json.dumps(data, ensure_ascii=False, indent=None, default=str))
