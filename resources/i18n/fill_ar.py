"""Fill resources/i18n/isnad_ar.ts with the Arabic translations below, then compile.

    .venv/bin/pyside6-lupdate ui/*.py -no-obsolete -ts resources/i18n/isnad_ar.ts
    .venv/bin/python resources/i18n/fill_ar.py   # fills and runs pyside6-lrelease

Keys are English source texts; (context, source) keys override them where one
English word needs two Arabic ones.  Untranslated sources are listed and fail.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "isnad_ar.ts"
QM = HERE / "isnad_ar.qm"

AR = {
    "%1 %2: %3 %4": "%1 %2: %3 %4",
    "%1 claims, %2 reviewed": "%1 ادعاءً، رُوجع منها %2",
    "%1 results": "%1 نتيجة",
    "&Edit": "&تحرير", "&File": "&ملف", "&Find": "&بحث", "&Import files…": "&استيراد ملفات…",
    "&Language": "الل&غة", "&Quit": "&خروج", "&Review": "&مراجعة", "&Settings": "الإ&عدادات",
    "(untitled)": "(بلا عنوان)", "Add": "إضافة",
    "Adjust claim boundaries": "تعديل حدود الادعاء",
    "All claims": "كل الادعاءات", "All outlets": "كل المصادر", "All statuses": "كل الحالات",
    "Attribution chain": "سلسلة الإسناد", "Cancel": "إلغاء",
    "Check-worthiness": "جدارة التحقق", "Claim": "الادعاء", "Claim %1 of %2": "الادعاء %1 من %2",
    "Confirm": "تأكيد", "Confirm claim": "تأكيد الادعاء", "Corrected text": "النص المصحح",
    "Date": "التاريخ", "Edit claim": "تحرير الادعاء", "Edit speaker": "تحرير القائل",
    "Edit text": "تحرير النص", "Evidence": "الأدلة",
    "Extend claim by a word": "مدّ الادعاء كلمة", "False": "خطأ",
    "Follow the system": "حسب النظام", "From: any": "من: أي تاريخ",
    "Has confirmed": "فيه مؤكد", "Has corrected": "فيه مصحح", "Has rejected": "فيه مرفوض",
    "History": "السجل", "Import": "استيراد", "Import failed": "فشل الاستيراد",
    "Imported %1 articles (%2 duplicates), %3 claims":
        "استُورد %1 مقالًا (%2 مكرر)، و%3 ادعاءً",
    "Imported %1 records…": "استُورد %1 سجلًا…", "Importing…": "جارٍ الاستيراد…",
    "Isnad — review desk": "إسناد — مكتب المراجعة", "Kind": "النوع",
    "Load the &demo corpus": "تحميل مدونة ال&عرض", "Misleading": "مضلل",
    "Mostly true": "صحيح غالبا", "Name, or a new entity": "اسم، أو كيان جديد",
    "New claim": "ادعاء جديد", "New claim from selection": "ادعاء جديد من التحديد",
    "News files (*.txt *.html *.htm *.json *.jsonl *.csv *.zip)":
        "ملفات الأخبار (*.txt *.html *.htm *.json *.jsonl *.csv *.zip)",
    "Next claim": "الادعاء التالي", "No attribution recorded": "لا إسناد مسجل",
    "No claim selected": "لم يُحدد ادعاء", "No results for %1": "لا نتائج لـ %1",
    "Not saved": "لم يُحفظ", "Note": "ملاحظة", "Outlet": "المصدر",
    "Previous claim": "الادعاء السابق", "Redo": "إعادة", "Reject": "رفض",
    "Reject claim": "رفض الادعاء", "Reviewed": "المراجَع", "Reviewer": "المراجِع",
    "Reviewer &name…": "ا&سم المراجِع…", "Save changes": "حفظ التغييرات", "Search": "بحث",
    "Search articles and claims…": "ابحث في المقالات والادعاءات…",
    "Select the claim's text first.": "حدّد نص الادعاء أولًا.",
    "Set claim to selection": "اجعل الادعاء هو التحديد", "Set verdict": "تعيين الحكم",
    "Shrink claim by a word": "قصّر الادعاء كلمة", "Skip": "تخطٍّ", "Speaker": "القائل",
    "Status": "الحالة",
    "The database is empty. Load the demo corpus (five Arabic news articles) to try the "
    "review desk?": "قاعدة البيانات فارغة. هل تريد تحميل مدونة العرض (خمسة مقالات إخبارية "
                   "عربية) لتجربة مكتب المراجعة؟",
    "The language changes when Isnad restarts.": "تتغير اللغة عند إعادة تشغيل إسناد.",
    "Title": "الصفة", "To: any": "إلى: أي تاريخ", "True": "صحيح", "Undo": "تراجع",
    "Unreviewed": "غير مراجَع", "Unverifiable": "لا يمكن التحقق", "Verdict": "الحكم",
    "Verdict: %1": "الحكم: %1", "Welcome to Isnad": "مرحبًا بك في إسناد", "Worth": "الجدارة",
    "Your name, recorded with each decision:": "اسمك، يُسجَّل مع كل قرار:",
    "article": "مقال", "check-worthiness %1": "جدارة التحقق %1", "claim": "ادعاء",
    "confirmed": "مؤكد", "corrected": "مصحح", "edited %1": "عُدّل %1", "event": "حدث",
    "https://…": "https://…", "made by hand": "أُنشئ يدويًا", "numeric": "رقمي",
    "outlet": "الوسيلة", "pending": "معلّق", "quote": "اقتباس", "rejected": "مرفوض",
    "relayed by": "نقلًا عن", "speaker": "القائل", "statement": "تصريح", "unknown": "غير معروف",
    "source": "المصدر", "review": "مراجعة", "undo/redo": "تراجع/إعادة", "created": "إنشاء",
    "deleted": "حذف", "evidence added": "إضافة دليل",
}
BY_CONTEXT = {
    ("ArticleListModel", "Title"): "العنوان",
    ("ArticleListModel", "Reviewed"): "المراجعة",
    ("FilterBar", "Reviewed"): "مراجَع",
}


def fill() -> list[str]:
    tree = ET.parse(TS)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            text = BY_CONTEXT.get((name, src), AR.get(src))
            tr = msg.find("translation")
            if text is None:
                missing.append(f"{name}: {src}")
                continue
            tr.text = text
            tr.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill()
    for m in missing:
        print("untranslated:", m, file=sys.stderr)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], check=True)
    sys.exit(1 if missing else 0)
