"""Isnad's desktop interface: the only package that imports PySide6."""
from __future__ import annotations

import sys


def _pin_none() -> None:
    """Work around PySide6 6.12.0 on CPython < 3.12: every call of a C++ method
    returning void drops one reference to None, so after a few thousand calls
    None's count reaches zero and the interpreter aborts ("none_dealloc:
    deallocating None").  None is a static object that is never freed; giving it
    a huge count makes it as immortal as CPython 3.12 does.  Remove once the
    pinned PySide6 is fixed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_pin_none()
