"""Connection URLs for team mode, and where passwords come from.

A team shares one PostgreSQL database: its URL is given with ``--db``, the
``ISNAD_DB`` environment variable or the app's settings, for example
``postgresql://huda@db.newsroom.example/isnad`` or, on the same machine,
``postgresql://huda@/isnad?host=/var/run/postgresql``.

Passwords are never written to the settings.  Save a URL only through
``url_for_settings`` (it strips the password, also a ``password=`` query
parameter).  When a URL has no password, psycopg hands the connection to
libpq, which finds one by its own means, in this order:

1. ``PGPASSWORD`` in the environment (fine for scripts, visible to ps on
   some systems: prefer the next);
2. the password file: ``PGPASSFILE``, else ``~/.pgpass``
   (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows), lines of
   ``host:port:dbname:user:password``, which libpq ignores unless it is
   private (chmod 0600);
3. a service file entry (``PGSERVICE``/``~/.pg_service.conf``), or
   certificate or Kerberos/GSS authentication where the server uses them.

If none gives a password and the server asks for one, ``open_team_database``
calls the ``prompt`` it was given (the app shows a password dialog) and keeps
the answer in memory only, for this connection.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from storage.db import Database, DatabaseError, resolve_url

PASSWORD_WORDS = ("password authentication failed", "no password supplied",
                  "password is required", "fe_sendauth")


def _parse(url: str) -> URL | None:
    if "://" not in url:
        return None  # a file path: SQLite, no password
    return make_url(url)


def has_password(url: str) -> bool:
    u = _parse(url)
    return bool(u is not None and (u.password or "password" in u.query))


def strip_password(url: str) -> str:
    """The URL without its password (user, host, database and options kept)."""
    u = _parse(url)
    if u is None:
        return url
    if "password" in u.query:
        u = u.difference_update_query(["password"])
    return u._replace(password=None).render_as_string(hide_password=False)


url_for_settings = strip_password


def needs_password(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(w in text for w in PASSWORD_WORDS)


def open_team_database(target: str | None = None, *,
                       prompt: Callable[[str], str | None] | None = None, **kw) -> Database:
    """Open ``target`` (default ISNAD_DB or the default database).  If the
    server wants a password libpq could not find, ask ``prompt(url)`` once; the
    password is used for this engine only and never saved."""
    url = resolve_url(target)
    try:
        return Database.open(url, **kw)
    except (OperationalError, DatabaseError) as exc:
        cause = _cause(exc)
        if prompt is None or not needs_password(cause) or has_password(url):
            raise DatabaseError(_message(url, cause)) from None
        password = prompt(strip_password(url))
        if not password:
            raise DatabaseError(_message(url, cause)) from None
    u = make_url(url).set(password=password)
    try:
        return Database.open(u.render_as_string(hide_password=False), **kw)
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseError(_message(url, _cause(exc))) from None


def _cause(exc: BaseException) -> BaseException:
    # Database.open wraps driver errors in DatabaseError; the driver's text is below
    return exc.__cause__ if isinstance(exc, DatabaseError) and exc.__cause__ else exc


def _message(url: str, exc: BaseException) -> str:
    shown = strip_password(url)
    if needs_password(exc):
        return (f"{shown}: the server wants a password; put it in ~/.pgpass "
                "(chmod 600) or PGPASSWORD, or enter it when asked")
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    return f"cannot connect to {shown}: {first}"
