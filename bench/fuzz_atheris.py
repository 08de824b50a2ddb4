"""Coverage-guided fuzzing of the import readers with atheris (not part of
``make test``; the hypothesis tests in tests/test_fuzz.py are).

    .venv/bin/python bench/fuzz_atheris.py -atheris_runs=20000      # a bounded run
    .venv/bin/python bench/fuzz_atheris.py -max_total_time=600      # ten minutes

A crash (an exception other than the readers' own Failure reports) stops the
run and leaves the input in ``crash-*`` for a regression test.  Network use
fails the run: sockets are disabled before the readers load.
"""
from __future__ import annotations

import socket
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _no_network(*a, **k):
    raise AssertionError(f"network access attempted: {a!r}")


socket.socket.connect = _no_network  # type: ignore[method-assign]
socket.create_connection = _no_network  # type: ignore[assignment]

with atheris.instrument_imports():
    from storage.readers import Failure, Record, read_bytes, read_zip

SUFFIXES = (".txt", ".json", ".jsonl", ".csv", ".zip", ".html")


def one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    payload = data[1:]
    items = (read_zip(payload, "f.zip", "f.zip") if suffix == ".zip"
             else read_bytes(payload, suffix, "f" + suffix, "f" + suffix))
    for item in items:
        assert isinstance(item, (Record, Failure))
        if isinstance(item, Record):
            assert isinstance(item.body, str)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
