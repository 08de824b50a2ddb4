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

AR.update({  # File > Export / Report (ui/export_dialogs.py)
    "&ClaimReview JSON-LD…": "&ClaimReview (JSON-LD)…",
    "&JSONL (Isnad exchange)…": "JSONL (&تبادل إسناد)…",
    "C&SV for spreadsheets…": "CSV للجداول ال&حسابية…",
    "&brat standoff folder…": "مجلد &brat…",
    "&WebAnno TSV 3.3 folder…": "مجلد &WebAnno TSV 3.3…",
    "&Export": "ت&صدير", "Re&port (PDF)…": "&تقرير (PDF)…",
    "Export to folder": "التصدير إلى مجلد", "Export": "تصدير",
    "Wrote {n} items to {out}": "كُتب {n} عنصرًا في {out}", "Exporting…": "جارٍ التصدير…",
    "Report": "التقرير", "Report on {n} articles written to {out}":
        "كُتب تقرير عن {n} مقالًا في {out}",
    "Writing the report…": "جارٍ كتابة التقرير…", "Export failed": "فشل التصدير",
    "the matching process stopped": "توقفت عملية المطابقة",
    "Made by hand; no decision yet": "أُضيف يدويًا؛ لم يُتخذ قرار بعد",
    "Found by the extractor; no decision yet": "استخرجه النظام آليًا؛ لم يُتخذ قرار بعد",
})
# the cross-source panel, story matrix and entity manager (ui/crosssource.py,
# ui/story_view.py, ui/entity_manager.py)
AR.update({
    "no speaker": "بلا قائل", "title: %1": "الصفة: %1", "Accept match": "قبول المطابقة",
    "Accept as: %1": "قبول بوصفها: %1", "Reject match": "رفض المطابقة", "Link to…": "ربط بـ…",
    "Reject (Shift+X)": "رفض (Shift+X)",
    "No other outlet is linked to this claim yet.": "لم تُربط أي وسيلة أخرى بهذا الادعاء بعد.",
    "%1 matches in other outlets (%2 to review)": "%1 مطابقة في وسائل أخرى (%2 للمراجعة)",
    "Accept (L)": "قبول (L)", "This claim": "هذا الادعاء", "Other outlet": "الوسيلة الأخرى",
    "Accept as %1 (L)": "قبول: %1 (L)", "%1 · score %2 · %3": "%1 · الدرجة %2 · %3",
    "No differing numbers, places, titles, dates or negations found.":
        "لم يُعثر على اختلاف في الأرقام أو الأماكن أو الصفات أو التواريخ أو النفي.",
    "Accept link (%1)": "قبول الربط (%1)", "Reject link": "رفض الربط",
    "Link by hand (%1)": "ربط يدوي (%1)",
    "person": "شخص", "organisation": "منظمة", "place": "مكان",
    "Isnad — entities": "إسناد — الكيانات", "All kinds": "كل الأنواع",
    "Search names and aliases…": "ابحث في الأسماء والأسماء البديلة…",
    "Merge selected…": "دمج المحدد…", "New alias": "اسم بديل جديد", "Add alias": "إضافة اسم بديل",
    "Remove selected aliases": "حذف الأسماء البديلة المحددة", "Aliases": "الأسماء البديلة",
    "Split selected aliases and mentions into a new entity…":
        "فصل الأسماء البديلة والإشارات المحددة في كيان جديد…",
    "Mentions, with the title each outlet used": "الإشارات، مع الصفة التي استعملتها كل وسيلة",
    "No entity selected": "لم يُحدد كيان",
    "Outlets give this entity different titles:": "تمنح الوسائل هذا الكيان صفات مختلفة:",
    "Merge entities": "دمج الكيانات",
    "Keep this one; the others are merged into it:": "أبقِ هذا الكيان؛ وتُدمج فيه البقية:",
    "Merge %1 into %2? Their mentions, claims and aliases move over; this is logged and "
    "cannot be undone.": "دمج %1 في %2؟ تنتقل إشاراتها وادعاءاتها وأسماؤها البديلة؛ "
                         "يُسجَّل ذلك ولا يمكن التراجع عنه.",
    "Select the aliases and/or mentions that belong to another entity first.":
        "حدّد أولًا الأسماء البديلة أو الإشارات التي تخص كيانًا آخر.",
    "Split entity": "فصل كيان", "Name of the new entity:": "اسم الكيان الجديد:",
    "Name": "الاسم", "Mentions": "الإشارات", "Titles used": "الصفات المستعملة",
    "Link to another claim": "ربط بادعاء آخر", "Words of the other claim…": "كلمات من الادعاء الآخر…",
    "same claim": "الادعاء نفسه", "supports": "يؤيد", "contradicts": "يناقض", "related": "ذو صلة",
    "suggested": "مقترح", "number": "رقم", "title": "صفة", "date": "تاريخ", "negation": "نفي",
    "name": "اسم", "matching %v/%m": "مطابقة %v/%m",
    "Finding the same claims in other outlets…": "البحث عن الادعاءات نفسها في وسائل أخرى…",
    "%1 new cross-source matches": "%1 مطابقة جديدة بين الوسائل",
    "Cross-source matching failed: %1": "فشلت المطابقة بين الوسائل: %1",
    "Other outlets": "وسائل أخرى", "Other outlets (%1)": "وسائل أخرى (%1)",
    "&Links": "ال&روابط", "&Story across outlets": "ال&قصة عبر الوسائل", "&Entities": "ال&كيانات",
    "Relation": "العلاقة", "Score": "الدرجة", "As written": "كما كُتب", "Title used": "الصفة المستعملة",
    "Where": "الموضع", "speaker of: %1": "قائل الادعاء: %1", "%1 differs: %2": "%1 مختلف: %2",
    "Isnad — stories across outlets": "إسناد — القصص عبر الوسائل", "Reload": "إعادة التحميل",
    "Story:": "القصة:",
    "Coloured cells differ from the rest of their row:": "الخلايا الملونة تخالف بقية صفها:",
    "All stories": "كل القصص", "%1 (%2 articles, %3 outlets)": "%1 (%2 مقالات، %3 وسائل)",
    "Loading…": "جارٍ التحميل…",
    "No linked claims yet: suggestions are computed after an import, or accept matches in "
    "the Other outlets tab.": "لا ادعاءات مترابطة بعد: تُحسب الاقتراحات بعد الاستيراد، أو اقبل "
                             "المطابقات في تبويب «وسائل أخرى».",
    "%1 claims reported by several outlets, across %2 outlets. Click a cell to open that "
    "article.": "%1 ادعاءً نقلته عدة وسائل، عبر %2 وسائل. انقر خلية لفتح مقالها.",
    "Matches in other outlets": "المطابقات في وسائل أخرى",
    "L accepts, Shift+1..4 accepts as a relation, Shift+X or Delete rejects; double-click "
    "opens the other article": "L للقبول، Shift+1..4 للقبول بعلاقة محددة، Shift+X أو Delete "
                               "للرفض؛ النقر المزدوج يفتح المقال الآخر",
    "The selected claim; its differing values are coloured": "الادعاء المحدد؛ قيمه المختلفة ملونة",
    "The matching claim of the other outlet; its differing values are coloured":
        "الادعاء المطابق في الوسيلة الأخرى؛ قيمه المختلفة ملونة",
    "Search claims": "البحث في الادعاءات", "Claims found": "الادعاءات الموجودة",
    "Double-click to link": "انقر نقرًا مزدوجًا للربط",
    "How the two claims relate": "العلاقة بين الادعاءين", "Story": "القصة",
    "One story, or all of them": "قصة واحدة أو كل القصص", "Claims by outlet": "الادعاءات حسب الوسيلة",
    "A row per claim reported by several outlets, a column per outlet; click a cell to open "
    "that article": "صف لكل ادعاء نقلته عدة وسائل، وعمود لكل وسيلة؛ انقر خلية لفتح مقالها",
    "Show one kind of entity": "اعرض نوعًا واحدًا من الكيانات", "Search entities": "البحث في الكيانات",
    "Entities": "الكيانات", "Select several (Ctrl or Shift) to merge them":
        "حدّد عدة كيانات (Ctrl أو Shift) لدمجها",
    "Select aliases to remove them or to split them off":
        "حدّد أسماء بديلة لحذفها أو لفصلها",
    "Type an alias, then Enter": "اكتب اسمًا بديلًا ثم Enter",
    "Double-click to open the article; select rows to split them off":
        "انقر نقرًا مزدوجًا لفتح المقال؛ حدّد صفوفًا لفصلها",
})
AR.update({  # the workstation: welcome, recent, View and Help menus, About, names/tooltips
    "About Isnad": "عن إسناد", "Close this window": "أغلق هذه النافذة",
    "<h2>Isnad %1</h2><p>A desktop workbench for Arabic fact-checkers. Isnad itself is under "
    "the MIT licence; it ships with the components below.</p>":
        "<h2>إسناد %1</h2><p>منصة مكتبية لمدققي الأخبار العرب. إسناد نفسه مرخّص برخصة MIT، "
        "ويُوزَّع مع المكونات التالية.</p>",
    "Components and their licences": "المكونات وتراخيصها",
    "Everything Isnad ships, with its licence": "كل ما يوزَّع مع إسناد، مع ترخيصه",
    "Component": "المكوّن", "Version": "الإصدار", "Licence": "الترخيص", "Use": "الاستخدام",
    "Articles": "المقالات",
    "The imported articles: outlet, title, date, claims reviewed":
        "المقالات المستوردة: المصدر والعنوان والتاريخ والادعاءات المراجَعة",
    "Article text": "نص المقال",
    "The article with its claims highlighted; hover a claim for details":
        "المقال وادعاءاته مظللة؛ مرّر المؤشر فوق ادعاء لتفاصيله",
    "Status filter": "تصفية الحالة", "Show claims with this status": "اعرض الادعاءات بهذه الحالة",
    "Claims": "الادعاءات",
    "The article's claims; ✓ confirmed, ✗ rejected, ✎ corrected, • pending":
        "ادعاءات المقال؛ ✓ مؤكد، ✗ مرفوض، ✎ مصحح، • معلّق",
    "Outlet filter": "تصفية المصدر", "Show one outlet's articles": "اعرض مقالات مصدر واحد",
    "Review filter": "تصفية المراجعة",
    "Show articles by the state of their claims": "اعرض المقالات حسب حالة ادعاءاتها",
    "Earliest date": "أقدم تاريخ",
    "Show articles published on or after this date": "اعرض المقالات المنشورة في هذا التاريخ أو بعده",
    "Latest date": "أحدث تاريخ",
    "Show articles published on or before this date": "اعرض المقالات المنشورة في هذا التاريخ أو قبله",
    "User guide": "دليل المستخدم",
    "The claim as it should read (E); Ctrl+Return saves, Esc goes back":
        "الادعاء كما ينبغي أن يُقرأ (E)؛ Ctrl+Return للحفظ، Esc للرجوع",
    "Who made the claim (S): a known entity, or a new name":
        "صاحب الادعاء (S): كيان معروف أو اسم جديد",
    "The verdict (keys 1 to 5)": "الحكم (المفاتيح 1 إلى 5)",
    "A note kept with the decision": "ملاحظة تُحفظ مع القرار",
    "Record the corrected text, speaker, verdict and note":
        "سجّل النص المصحح والقائل والحكم والملاحظة",
    "Sources recorded for this claim": "المصادر المسجلة لهذا الادعاء",
    "Evidence address": "عنوان الدليل",
    "The address of a source that supports or refutes the claim":
        "عنوان مصدر يؤيد الادعاء أو يدحضه",
    "Add evidence": "أضف دليلًا", "Record this address as evidence": "سجّل هذا العنوان دليلًا",
    "Every decision recorded on this claim, newest last":
        "كل قرار سُجّل على هذا الادعاء، والأحدث في الأخير",
    "&Follow the system": "&حسب النظام",
    "&Recent databases": "قواعد البيانات ال&أخيرة", "(none yet)": "(لا شيء بعد)",
    "&Clear the list": "ا&مسح القائمة",
    "Search articles and claims (Ctrl+F); Arabic spelling variants match":
        "ابحث في المقالات والادعاءات (Ctrl+F)؛ تتطابق صيغ الكتابة العربية المختلفة",
    "Search results": "نتائج البحث",
    "Claims and articles that match; Enter opens one": "الادعاءات والمقالات المطابقة؛ Enter يفتح إحداها",
    "Keyboard shortcuts": "اختصارات لوحة المفاتيح",
    "Every shortcut of the menus, read from the menus themselves":
        "كل اختصارات القوائم، مقروءة من القوائم نفسها",
    "Menus: hold Alt and press the underlined letter": "القوائم: اضغط Alt مع الحرف المسطّر",
    "Inside the inspector: save the corrected text": "داخل لوحة الفحص: احفظ النص المصحح",
    "Inside the inspector: back to the article": "داخل لوحة الفحص: عُد إلى المقال",
    "Isnad shows each article beside the claims found in it; you confirm, correct or reject "
    "each one.": "يعرض إسناد كل مقال بجانب الادعاءات الموجودة فيه؛ فتؤكد كل ادعاء أو تصححه أو "
                 "ترفضه.",
    "Your name": "اسمك", "Recorded with each decision you make": "يُسجَّل مع كل قرار تتخذه",
    "Interface language": "لغة الواجهة", "The language of menus and buttons": "لغة القوائم والأزرار",
    "Load the &demo corpus (five Arabic news articles)":
        "تحميل مدونة ال&عرض (خمسة مقالات إخبارية عربية)",
    "Load the demo corpus": "تحميل مدونة العرض",
    "Five Arabic news articles to try the review desk on":
        "خمسة مقالات إخبارية عربية لتجربة مكتب المراجعة",
    "<p>Three keys do most of the work:</p><table cellpadding='3'><tr><td><b>A</b></td>"
    "<td>confirm the claim</td></tr><tr><td><b>X</b></td><td>reject it</td></tr><tr><td>"
    "<b>J</b></td><td>go to the next claim</td></tr></table><p>F1 lists every shortcut.</p>":
        "<p>ثلاثة مفاتيح تؤدي معظم العمل:</p><table cellpadding='3'><tr><td><b>A</b></td>"
        "<td>أكّد الادعاء</td></tr><tr><td><b>X</b></td><td>ارفضه</td></tr><tr><td>"
        "<b>J</b></td><td>انتقل إلى الادعاء التالي</td></tr></table>"
        "<p>F1 يعرض كل الاختصارات.</p>",
    "&Name": "الا&سم", "&Start": "اب&دأ",
    "Save these choices and open the review desk": "احفظ هذه الاختيارات وافتح مكتب المراجعة",
    "Isnad %1 — %2": "إسناد %1 — %2", "&Open database…": "ا&فتح قاعدة بيانات…",
    "&View": "&عرض", "Zoom &in": "&تكبير", "Zoom &out": "ت&صغير",
    "&Reset zoom": "إعادة ال&حجم", "&High contrast": "تباين &عالٍ",
    "Next &pane": "الل&وحة التالية", "Previous p&ane": "اللوحة ال&سابقة",
    "&Help": "م&ساعدة", "&Keyboard shortcuts": "اختصارات لوحة ال&مفاتيح",
    "User &guide": "&دليل المستخدم", "&About Isnad": "&عن إسناد",
    "Text size %1%": "حجم النص %1%", "Open database": "فتح قاعدة بيانات",
    "Isnad databases (*.sqlite3 *.sqlite *.db *.isnad);;All files (*)":
        "قواعد بيانات إسناد (*.sqlite3 *.sqlite *.db *.isnad);;كل الملفات (*)",
    "Cannot open the database": "تعذّر فتح قاعدة البيانات",
})
AR.update({  # team mode: conflicts, live refresh, connecting, double review, agreement
    "All reviewers": "كل المراجِعين", "Pair": "مراجِعان",
    "Agreement between independent reviews": "الاتفاق بين المراجعات المستقلة",
    "Computing…": "جارٍ الحساب…", "Agreement": "الاتفاق",
    "Cohen's kappa and Krippendorff's alpha, on status and on verdict":
        "كابا كوهين وألفا كريبندورف، على الحالة وعلى الحكم",
    "κ and α: 1 is perfect agreement, 0 is what chance alone gives, below 0 is worse than "
    "chance. — means too few claims or every answer the same.":
        "κ و α: القيمة 1 اتفاق تام، و0 ما تعطيه الصدفة وحدها، وما دون 0 أسوأ من الصدفة. "
        "وتعني — أن الادعاءات أقل من اللازم أو أن كل الإجابات متطابقة.",
    "No claim has two independent judgements yet.": "لا ادعاء عليه حكمان مستقلان بعد.",
    "%1 claims judged independently by two or more reviewers (%2 judgements).":
        "%1 ادعاءً حكم عليه مراجِعان أو أكثر باستقلال (%2 حكمًا).",
    "Cannot compute the agreement: %1": "تعذّر حساب الاتفاق: %1",
    "Compared": "المقارنة", "Reviewers or outlet": "المراجِعون أو الوسيلة", "On": "على",
    "Agreed": "اتفقا", "Cohen's κ": "κ كوهين", "Krippendorff's α": "α كريبندورف",
    "Claims judged by both (at least two) reviewers":
        "الادعاءات التي حكم عليها المراجِعان كلاهما (اثنان على الأقل)",
    "Share of claims on which the reviewers gave the same answer":
        "نسبة الادعاءات التي أعطى فيها المراجِعون الإجابة نفسها",
    "Agreement beyond chance for a pair (1 = perfect, 0 = chance); — where undefined":
        "الاتفاق فوق الصدفة لمراجِعَين (1 = تام، 0 = صدفة)؛ — حيث لا يُعرَّف",
    "Agreement beyond chance for any number of reviewers, nominal; — where undefined":
        "الاتفاق فوق الصدفة لأي عدد من المراجِعين، اسميًا؛ — حيث لا يُعرَّف",
    "Keep editing": "متابعة التحرير",
    "Show the saved claim; your unsaved edits are dropped":
        "اعرض الادعاء المحفوظ؛ تُترك تعديلاتك غير المحفوظة",
    "Keep your edits; saving them shows both versions":
        "احتفظ بتعديلاتك؛ حفظها يعرض النسختين",
    "Changed by %1 — reload?": "غيّره %1 — إعادة التحميل؟",
    "Someone else saved this claim": "حفظ شخص آخر هذا الادعاء",
    "%1 saved this claim at %2, after you opened it. Nothing was overwritten: choose what "
    "the claim keeps.": "حفظ %1 هذا الادعاء في %2 بعد أن فتحتَه. لم يُكتب شيء فوق شيء: "
                       "اختر ما يبقى في الادعاء.",
    "Field": "الحقل", "Theirs (%1)": "نسخته (%1)", "Mine": "نسختي", "Merge: keep": "الدمج: أبقِ",
    "theirs": "نسخته", "mine": "نسختي", "%1: keep %2": "%1: أبقِ %2",
    "Keep &mine": "أبقِ &نسختي", "Take &theirs": "خذ نسخ&ته", "Merge as &chosen": "ا&دمج كما اخترت",
    "Keep mine": "أبقِ نسختي", "Save my change on top of theirs": "احفظ تغييري فوق تغييره",
    "Take theirs": "خذ نسخته", "Drop my change and show theirs": "اترك تغييري واعرض نسخته",
    "Merge": "الدمج", "Save the fields chosen in the last column":
        "احفظ الحقول المختارة في العمود الأخير",
    "Connect to team database": "الاتصال بقاعدة بيانات الفريق",
    "db.newsroom.example, or a socket folder": "db.newsroom.example، أو مجلد مقبس",
    "Server": "الخادم", "The database server's name or address": "اسم خادم قاعدة البيانات أو عنوانه",
    "Port": "المنفذ", "Database": "قاعدة البيانات", "User": "المستخدم",
    "Your login on the database server": "اسم دخولك على خادم قاعدة البيانات",
    "URL": "العنوان", "The whole address; it is saved without any password":
        "العنوان كاملًا؛ يُحفظ دون أي كلمة مرور",
    "The password is not saved. Isnad uses ~/.pgpass or PGPASSWORD when they have one, and "
    "asks you otherwise.": "لا تُحفظ كلمة المرور. يستعمل إسناد ‎~/.pgpass‎ أو PGPASSWORD إن "
                           "وُجدت فيهما، وإلا سألك عنها.",
    "Connect": "اتصال", "Double review": "المراجعة المزدوجة", "Sample size": "حجم العينة",
    "How many claims, drawn at random": "كم ادعاءً، تُسحب عشوائيًا",
    "First reviewer": "المراجِع الأول", "Second reviewer": "المراجِع الثاني",
    "%1 claims in the database. Each reviewer judges the sample without seeing the other's "
    "decisions; the claims themselves do not change.":
        "في قاعدة البيانات %1 ادعاءً. يحكم كل مراجِع على العينة دون أن يرى قرارات الآخر؛ "
        "ولا تتغير الادعاءات نفسها.",
    "Only a lead can assign double review.": "لا يكلّف بالمراجعة المزدوجة إلا المشرف.",
    "Assign": "تكليف", "Reviewer and role": "المراجِع ودوره",
    "Connect to &team database…": "الاتصال بقاعدة بيانات ال&فريق…",
    "Open a shared PostgreSQL database": "افتح قاعدة بيانات PostgreSQL مشتركة",
    "&Double review…": "المراجعة الم&زدوجة…", "&Agreement…": "الا&تفاق…",
    "lead": "مشرف", "reviewer": "مراجِع", "%1 (%2)": "%1 (%2)",
    "Reviewer %1, role: %2": "المراجِع %1، الدور: %2",
    "Kept the other reviewer's version; your change was not saved.":
        "أُبقيت نسخة المراجِع الآخر؛ لم يُحفظ تغييرك.",
    "%1 change(s) by others shown": "عُرض %1 تغيير من آخرين",
    "Your independent judgement: %1, %2.": "حكمك المستقل: %1، %2.",
    "Not judged yet: A confirms, X rejects, 1–5 sets the verdict.":
        "لم تحكم بعد: A للتأكيد، X للرفض، 1–5 للحكم.",
    "Double review: your decision is recorded apart and does not change the claim.":
        "مراجعة مزدوجة: يُسجَّل قرارك منفصلًا ولا يغيّر الادعاء.",
    "Double review: confirm (A) or reject (X) first, then the verdict.":
        "مراجعة مزدوجة: أكّد (A) أو ارفض (X) أولًا، ثم الحكم.",
    "Independent judgement recorded.": "سُجّل الحكم المستقل.",
    "%1 claims assigned for double review": "كُلّف %1 ادعاءً بالمراجعة المزدوجة",
    "Password": "كلمة المرور",
    "Password for %1 (kept in memory only):": "كلمة المرور لـ %1 (تبقى في الذاكرة فقط):",
    "reopened": "أُعيد فتحه", "double review assigned": "كُلّف بمراجعة مزدوجة",
    "independent judgement": "حكم مستقل",
})
BY_CONTEXT = {
    ("Agreement", "Outlet"): "الوسيلة",
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
