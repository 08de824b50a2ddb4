"""Cross-article entity resolution and mentions."""
from __future__ import annotations

from analysis.entities import EntityResolver, canonical_name
from analysis.extract import analyze


def test_canonical_name_folds_titles_hamza_and_al():
    assert canonical_name("العميد يحيى رسول") == canonical_name("يحيى رسول")
    assert canonical_name("أحمد") == canonical_name("احمد")
    assert canonical_name("الياور") == canonical_name("ياور")
    assert canonical_name("اللواء الركن عبد الأمير") == canonical_name("عبدالأمير")


def test_surname_and_full_name_are_one_person():
    r = EntityResolver([(1, "يحيى رسول", "person", []), (2, "جبار ياور", "person", ["ياور"])])
    assert r.resolve("رسول", "person") == 1
    assert r.resolve("العميد يحيى رسول", "person") == 1
    assert r.resolve("الياور", "person") == 2
    assert r.resolve("جبار ياور", "person") == 2
    assert r.resolve("رسول", "organization") is None
    assert r.resolve("سالم", "person") is None


def test_ambiguous_surname_is_not_resolved():
    r = EntityResolver([(1, "أحمد الساعدي", "person", []), (2, "علاء الساعدي", "person", [])])
    assert r.resolve("الساعدي", "person") is None
    assert r.resolve("أحمد الساعدي", "person") == 1


def test_add_and_short_name_first():
    r = EntityResolver()
    r.add(7, "رسول", "person", [])
    assert r.resolve("يحيى رسول", "person") == 7
    r.add(7, "يحيى رسول", "person", ["رسول"])
    assert r.fullest("رسول", "person") == "يحيى رسول"


def test_organisations_by_normalized_name():
    r = EntityResolver([(3, "وزارة الداخلية", "organization", [])])
    assert r.resolve("وزارة الداخليه", "organization") == 3


def test_mentions_people_places_organisations():
    text = "وقال وزير الداخلية اللواء سعد الحربي في بغداد إن مجلس الأمن سيجتمع."
    a = analyze(text)
    kinds = {(m.kind, m.name) for m in a.mentions}
    assert ("person", "سعد الحربي") in kinds
    assert ("place", "بغداد") in kinds
    assert ("organization", "مجلس الأمن") in kinds
    person = next(m for m in a.mentions if m.kind == "person")
    assert person.title == "اللواء"
    for m in a.mentions:
        assert text[m.start:m.end] == m.text
