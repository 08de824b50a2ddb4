"""Reading import files into article records.

Each reader yields ``Record`` objects or ``Failure`` objects; a broken file
or record becomes a Failure with its reason and the batch goes on.  Nothing
here executes or fetches anything: HTML goes through trafilatura on the
string we have, ZIP members are read in memory with size and path checks.
"""
from __future__ import annotations

import csv
import io
import json
import posixpath
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storage.decode import DecodeError, decode_bytes, unify_newlines

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".csv", ".zip")
TEXT_FIELDS = ("content", "text", "body")
DATE_FIELDS = ("date", "date_extracted", "published")
OUTLET_FIELDS = ("source", "outlet")
MAX_FILE = 512 * 1024 * 1024  # bytes read from one file or ZIP member
MAX_RATIO = 200  # ZIP member uncompressed/compressed ratio above which it is a bomb
MAX_JSON_DEPTH = 64

csv.field_size_limit(MAX_FILE)


@dataclass
class Record:
    body: str
    source_file: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Failure:
    path: str
    error: str


Item = Record | Failure


def discover(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Files to import: the paths themselves, and supported files under folders."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES:
                    yield f
        elif p.is_file():
            yield p
        else:
            yield Failure(str(p), "no such file or folder")


def read_path(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Failure(str(path), f"unsupported file type {suffix or '(none)'}")
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            yield Failure(str(path), f"file too large ({size} bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if suffix == ".zip":
        yield from read_zip(data, str(path), path.name)
    else:
        yield from read_bytes(data, suffix, str(path), path.name)


def read_bytes(data: bytes, suffix: str, where: str, name: str) -> Iterator[Item]:
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield Failure(where, str(exc))
        return
    reader = {".txt": _read_txt, ".html": _read_html, ".htm": _read_html,
              ".json": _read_json, ".jsonl": _read_jsonl, ".csv": _read_csv}[suffix]
    try:
        yield from reader(text, where, name)
    except RecursionError:
        yield Failure(where, "structure nested too deeply")


def read_zip(data: bytes, where: str, name: str) -> Iterator[Item]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield Failure(where, f"not a readable ZIP file: {exc}")
        return
    with zf:
        for info in infos:
            if info.is_dir():
                continue
            member = f"{where}:{info.filename}"
            problem = _member_problem(info)
            if problem:
                yield Failure(member, problem)
                continue
            suffix = Path(info.filename).suffix.lower()
            if suffix not in SUFFIXES or suffix == ".zip":
                if suffix == ".zip":
                    yield Failure(member, "nested ZIP files are not imported")
                continue
            try:
                content = _read_member(zf, info)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                yield Failure(member, f"damaged ZIP member: {exc}")
                continue
            except _TooLarge as exc:
                yield Failure(member, str(exc))
                continue
            yield from read_bytes(content, suffix, member, posixpath.basename(info.filename))


class _TooLarge(Exception):
    pass


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename.replace("\\", "/")
    parts = name.split("/")
    if name.startswith("/") or ".." in parts or (len(parts[0]) == 2 and parts[0][1] == ":"):
        return "ZIP entry escapes its folder"
    if info.file_size > MAX_FILE:
        return f"ZIP member too large ({info.file_size} bytes)"
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO \
            and info.file_size > 10 * 1024 * 1024:
        return "ZIP member is a compression bomb"
    return None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    out = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 20):
            out += chunk
            if len(out) > MAX_FILE or len(out) > max(info.file_size, 1) * 1.01 + 1024:
                raise _TooLarge("ZIP member larger than it declares (or too large)")
    return bytes(out)


# -- formats -------------------------------------------------------------------

_PROMPT = re.compile(r"اشترك|إضغط|اضغط|انضم|تابعونا|حسابنا|نشرتنا|للاشتراك|للإشتراك|subscribe",
                     re.I)


def guess_title(text: str) -> str | None:
    """A plain text's headline: the first short line that is not a prompt or a label."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:8]
    for ln in lines:
        if 15 <= len(ln) <= 150 and not _PROMPT.search(ln) and not ln.endswith((":", ".")) \
                and "/" not in ln[:25]:
            return ln
    if not lines:
        return None
    first = lines[0]
    if len(first) <= 90:
        return first
    cut = first.rfind(" ", 0, 90)
    return first[: cut if cut > 40 else 90] + "…"


def _read_txt(text: str, where: str, name: str) -> Iterator[Item]:
    yield Record(body=text, source_file=name, title=guess_title(text))


def _read_html(text: str, where: str, name: str) -> Iterator[Item]:
    import trafilatura  # imported lazily: it is slow to import

    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_images=False,
            include_links=False, favor_recall=True)
    except Exception as exc:  # trafilatura raises many kinds on broken HTML
        yield Failure(where, f"cannot parse HTML: {exc}")
        return
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        yield Failure(where, "no article text found in the HTML")
        return
    yield Record(body=unify_newlines(body), source_file=name, title=getattr(doc, "title", None),
                 url=getattr(doc, "url", None), outlet=getattr(doc, "sitename", None),
                 date=getattr(doc, "date", None), author=getattr(doc, "author", None))


def _read_json(text: str, where: str, name: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield Failure(where, f"invalid JSON: {exc}")
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        yield Failure(where, "JSON must be an object or an array of objects")
        return
    for i, obj in enumerate(data):
        yield _from_mapping(obj, f"{where}[{i}]", name)


def _read_jsonl(text: str, where: str, name: str) -> Iterator[Item]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield Failure(f"{where}:{n}", f"invalid JSON line: {exc}")
            continue
        except RecursionError:
            yield Failure(f"{where}:{n}", "JSON line nested too deeply")
            continue
        yield _from_mapping(obj, f"{where}:{n}", name)


def _read_csv(text: str, where: str, name: str) -> Iterator[Item]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        fields = reader.fieldnames or []
    except csv.Error as exc:
        yield Failure(where, f"invalid CSV: {exc}")
        return
    if not any(f in fields for f in TEXT_FIELDS):
        yield Failure(where, "CSV has no content/text/body column")
        return
    n = 1
    try:
        for n, row in enumerate(reader, 2):
            if None in row:
                yield Failure(f"{where}:{n}", "row has more fields than the header")
                continue
            yield _from_mapping(row, f"{where}:{n}", name)
    except csv.Error as exc:
        yield Failure(f"{where}:{n + 1}", f"invalid CSV: {exc}")


def _first(obj: dict, names: tuple[str, ...]) -> str | None:
    for k in names:
        v = obj.get(k)
        if v is not None and not isinstance(v, (dict, list)) and str(v).strip():
            return str(v).strip()
    return None


def _from_mapping(obj: object, where: str, name: str) -> Item:
    if not isinstance(obj, dict):
        return Failure(where, "record is not an object")
    body = None
    for k in TEXT_FIELDS:
        v = obj.get(k)
        if isinstance(v, str) and v.strip():
            body = v
            break
    if body is None:
        return Failure(where, "record has no content, text or body")
    return Record(
        body=unify_newlines(body), source_file=name, title=_first(obj, ("title",)),
        url=_first(obj, ("url",)), outlet=_first(obj, OUTLET_FIELDS),
        date=_first(obj, DATE_FIELDS), author=_first(obj, ("author",)))
