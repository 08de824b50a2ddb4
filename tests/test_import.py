"""Importing real-world files: formats, encodings, duplicates, bad input."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from sqlalchemy import func, select

from models import Article, Outlet
from storage.importer import import_paths

SAMPLE = "شفق نيوز/ قال المتحدث باسم الوزارة إن \"الاجتماع كان مثمرا\".\r\nوأضاف أن العمل مستمر."


def _bodies(db):
    with db.session() as s:
        return s.scalars(select(Article.body).order_by(Article.id)).all()


def test_demo_corpus_imports_with_outlets_from_the_text(db, demo_dir):
    report = import_paths(db, [demo_dir], extract=False)
    assert report.as_json() == {"imported": 5, "duplicates": 0, "failed": [], "claims": 0}
    with db.session() as s:
        outlets = dict(s.execute(select(Article.source_file, Outlet.name).join(Outlet)).all())
    assert outlets == {
        "000_2a6f3270dd1839dd.txt": "المدى", "001_423a1f73078b4ee2.txt": "شفق نيوز",
        "002_f8ddaa2b800c5791.txt": "ديارنا", "003_2e61b50daeef68d1.txt": "الحل نت",
        "004_c98556b94b0716b9.txt": "إيلاف"}
    for path in sorted(demo_dir.glob("*.txt")):
        stored = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        assert stored in _bodies(db)  # stored exactly as decoded


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_encodings_decode_to_the_same_text_and_dedupe(sqlite_db, tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(SAMPLE.encode("utf-8"))
    (tmp_path / f"b-{encoding}.txt").write_bytes(SAMPLE.encode(encoding))
    report = import_paths(sqlite_db, [tmp_path], extract=False)
    assert (report.imported, report.duplicates, report.failed) == (1, 1, [])
    assert _bodies(sqlite_db) == [SAMPLE.replace("\r\n", "\n")]


def test_reimport_is_idempotent(db, demo_dir):
    import_paths(db, [demo_dir], extract=False)
    again = import_paths(db, [demo_dir], extract=False)
    assert (again.imported, again.duplicates) == (0, 5)


def test_json_jsonl_csv_and_zip_records(db, tmp_path):
    recs = [{"content": f"نص الخبر رقم {i}", "title": f"عنوان {i}", "url": f"http://x/{i}",
             "source": "sabq", "date_extracted": "2015-07-21 02:51:32", "author": "واس"}
            for i in range(4)]
    (tmp_path / "one.json").write_text(json.dumps(recs[0], ensure_ascii=False), "utf-8")
    (tmp_path / "arr.json").write_text(json.dumps(recs[:2], ensure_ascii=False), "utf-8")
    (tmp_path / "l.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False)
                                               for r in recs[2:3]), "utf-8")
    (tmp_path / "c.csv").write_text("text,title,outlet,published\n"
                                    "\"خبر, بفاصلة\",عنوان,عكاظ,2015-08-01\n", "utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("day/2015.json", json.dumps(recs, ensure_ascii=False))
    (tmp_path / "d.zip").write_bytes(buf.getvalue())
    report = import_paths(db, [tmp_path], extract=False)
    assert report.failed == []
    assert report.imported == 5 and report.duplicates == 4
    with db.session() as s:
        a = s.scalars(select(Article).where(Article.url == "http://x/0")).one()
        assert (a.title, a.author, str(a.published), a.outlet.name) == (
            "عنوان 0", "واس", "2015-07-21", "سبق")
        c = s.scalars(select(Article).where(Article.body == "خبر, بفاصلة")).one()
        assert c.outlet.name == "عكاظ" and str(c.published) == "2015-08-01"


def test_html_main_text_without_fetching(sqlite_db, tmp_path):
    html = ("<html><head><title>خبر</title><script>fetch('http://evil')</script></head><body>"
            "<nav>القائمة الرئيسية</nav><article><h1>عنوان الخبر</h1>"
            + "".join(f"<p>قال المتحدث باسم الوزارة إن الاجتماع رقم {i} كان مثمرا وبحث "
                      "التعاون الأمني بين الجانبين في المناطق الحدودية.</p>" for i in range(6))
            + "<img src='http://remote/x.png'><iframe src='file:///etc/passwd'></iframe>"
            "</article></body></html>")
    (tmp_path / "a.html").write_text(html, "utf-8")
    report = import_paths(sqlite_db, [tmp_path], extract=False)
    assert report.failed == [] and report.imported == 1
    body = _bodies(sqlite_db)[0]
    assert "الاجتماع رقم 3 كان مثمرا" in body
    assert "fetch(" not in body and "passwd" not in body


def test_bad_files_are_reported_and_the_batch_goes_on(db, tmp_path, demo_dir):
    (tmp_path / "good.txt").write_text("خبر سليم تماما", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "trunc.json").write_text('[{"content": "نص', "utf-8")
    (tmp_path / "bad.jsonl").write_text('{"content": "سطر جيد"}\n{broken\n', "utf-8")
    (tmp_path / "noisy.zip").write_bytes(b"PK\x03\x04 not really a zip")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../escape.txt", "خارج المجلد")
        zf.writestr("ok.txt", "داخل المجلد")
    (tmp_path / "evil.zip").write_bytes(buf.getvalue())
    report = import_paths(db, [tmp_path, tmp_path / "missing.txt"], extract=False)
    errors = {f.path.replace(str(tmp_path) + "/", ""): f.error for f in report.failed}
    assert report.imported == 3  # good.txt, the good jsonl line, ok.txt
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "invalid JSON" in errors["trunc.json"]
    assert "invalid JSON line" in errors["bad.jsonl:2"]
    assert "ZIP" in errors["noisy.zip"]
    assert "escapes" in errors["evil.zip:../escape.txt"]
    assert "no such file" in errors["missing.txt"]
    assert not (tmp_path.parent / "escape.txt").exists()


def test_undecodable_text_is_refused_not_guessed(sqlite_db, tmp_path):
    (tmp_path / "mixed.txt").write_bytes("نص عربي ".encode("utf-8") + b"\xff\xfe\xfa" * 3
                                         + "ثم نص".encode("cp1256") + b"\x00\x01\x02" * 50)
    report = import_paths(sqlite_db, [tmp_path], extract=False)
    assert report.imported == 0 and len(report.failed) == 1


def test_outlet_table_is_user_extendable(sqlite_db, tmp_path, monkeypatch):
    from storage import outlets

    user = tmp_path / "outlets.json"
    user.write_text(json.dumps({"outlets": [{"name": "صوت المدينة", "datelines": ["صوت المدينة"]}]},
                               ensure_ascii=False), "utf-8")
    monkeypatch.setattr(outlets, "user_table_path", lambda: user)
    (tmp_path / "n.txt").write_text("صوت المدينة/ أعلنت البلدية افتتاح جسر جديد.", "utf-8")
    import_paths(sqlite_db, [tmp_path / "n.txt"], extract=False)
    with sqlite_db.session() as s:
        assert s.scalar(select(Outlet.name)) == "صوت المدينة"
        assert s.scalar(select(func.count()).select_from(Article)) == 1


def test_cancel_stops_after_a_committed_batch(sqlite_db, tmp_path):
    recs = [{"content": f"خبر رقم {i}"} for i in range(1200)]
    (tmp_path / "many.json").write_text(json.dumps(recs, ensure_ascii=False), "utf-8")
    seen = []
    report = import_paths(sqlite_db, [tmp_path], extract=False, batch=500,
                          progress=lambda n, p: seen.append(n), cancel=lambda: True)
    assert report.cancelled and report.imported == 500 and seen == [500]
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 500
    again = import_paths(sqlite_db, [tmp_path], extract=False)  # re-running completes it
    assert (again.imported, again.duplicates) == (700, 500)
