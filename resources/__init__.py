"""Data files shipped with Isnad (fonts, translations, demo corpus, lexicons).

A package so that an installed Isnad finds them beside its code, as a checkout does.
"""
