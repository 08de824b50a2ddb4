<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../ui/article_list.py" line="85" />
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="85" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="85" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="86" />
        <source>Reviewed</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="108" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/article_view.py" line="257" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="264" />
        <source>source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../ui/article_view.py" line="206" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="206" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="207" />
        <source>Title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="208" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="209" />
        <source>Check-worthiness</source>
        <translation>جدارة التحقق</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../ui/inspector.py" line="19" />
        <source>speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="20" />
        <source>relayed by</source>
        <translation>نقلًا عن</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="21" />
        <source>outlet</source>
        <translation>الوسيلة</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../../ui/article_view.py" line="226" />
        <source>quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="227" />
        <source>statement</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="228" />
        <source>numeric</source>
        <translation>رقمي</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="229" />
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="26" />
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="27" />
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="28" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="29" />
        <source>corrected</source>
        <translation>مصحح</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="32" />
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="33" />
        <source>Mostly true</source>
        <translation>صحيح غالبا</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="34" />
        <source>Misleading</source>
        <translation>مضلل</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="35" />
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="36" />
        <source>Unverifiable</source>
        <translation>لا يمكن التحقق</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../ui/claims_table.py" line="84" />
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="84" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="84" />
        <source>Title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="84" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="85" />
        <source>Worth</source>
        <translation>الجدارة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="85" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="85" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <location filename="../../ui/claims_table.py" line="158" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="200" />
        <source>%1 claims, %2 reviewed</source>
        <translation>%1 ادعاءً، رُوجع منها %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="84" />
        <source>Adjust claim boundaries</source>
        <translation>تعديل حدود الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="113" />
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/article_list.py" line="138" />
        <source>All claims</source>
        <translation>كل الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="139" />
        <source>Unreviewed</source>
        <translation>غير مراجَع</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="140" />
        <source>Reviewed</source>
        <translation>مراجَع</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="141" />
        <source>Has confirmed</source>
        <translation>فيه مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="142" />
        <source>Has rejected</source>
        <translation>فيه مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="143" />
        <source>Has corrected</source>
        <translation>فيه مصحح</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="145" />
        <source>From: any</source>
        <translation>من: أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="146" />
        <source>To: any</source>
        <translation>إلى: أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="170" />
        <source>All outlets</source>
        <translation>كل المصادر</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../ui/first_run.py" line="44" />
        <source>Welcome to Isnad</source>
        <translation>مرحبًا بك في إسناد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45" />
        <source>The database is empty. Load the demo corpus (five Arabic news articles) to try the review desk?</source>
        <translation>قاعدة البيانات فارغة. هل تريد تحميل مدونة العرض (خمسة مقالات إخبارية عربية) لتجربة مكتب المراجعة؟</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69" />
        <source>Imported %1 records…</source>
        <translation>استُورد %1 سجلًا…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/inspector.py" line="26" />
        <source>review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="27" />
        <source>undo/redo</source>
        <translation>تراجع/إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="28" />
        <source>created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="29" />
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="30" />
        <source>evidence added</source>
        <translation>إضافة دليل</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../ui/search.py" line="52" />
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="52" />
        <source>article</source>
        <translation>مقال</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../ui/inspector.py" line="66" />
        <source>Name, or a new entity</source>
        <translation>اسم، أو كيان جديد</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="77" />
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="86" />
        <source>Corrected text</source>
        <translation>النص المصحح</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="87" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="88" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="89" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="96" />
        <source>Attribution chain</source>
        <translation>سلسلة الإسناد</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="106" />
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="112" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="114" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="125" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="145" />
        <source>No claim selected</source>
        <translation>لم يُحدد ادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="162" />
        <source>check-worthiness %1</source>
        <translation>جدارة التحقق %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="164" />
        <source>made by hand</source>
        <translation>أُنشئ يدويًا</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="169" />
        <source>No attribution recorded</source>
        <translation>لا إسناد مسجل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="187" />
        <source>edited %1</source>
        <translation>عُدّل %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="189" />
        <source>%1 %2: %3 %4</source>
        <translation>%1 %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>Isnad — review desk</source>
        <translation>إسناد — مكتب المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>&amp;Import files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>Load the &amp;demo corpus</source>
        <translation>تحميل مدونة ال&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Edit text</source>
        <translation>تحرير النص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Edit speaker</source>
        <translation>تحرير القائل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Next claim</source>
        <translation>الادعاء التالي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Previous claim</source>
        <translation>الادعاء السابق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Verdict: %1</source>
        <translation>الحكم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>New claim from selection</source>
        <translation>ادعاء جديد من التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Set claim to selection</source>
        <translation>اجعل الادعاء هو التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>Extend claim by a word</source>
        <translation>مدّ الادعاء كلمة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Shrink claim by a word</source>
        <translation>قصّر الادعاء كلمة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>Reviewer &amp;name…</source>
        <translation>ا&amp;سم المراجِع…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>The language changes when Isnad restarts.</source>
        <translation>تتغير اللغة عند إعادة تشغيل إسناد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>Your name, recorded with each decision:</source>
        <translation>اسمك، يُسجَّل مع كل قرار:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Claim %1 of %2</source>
        <translation>الادعاء %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>Confirm claim</source>
        <translation>تأكيد الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>Reject claim</source>
        <translation>رفض الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Set verdict</source>
        <translation>تعيين الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <source>Edit claim</source>
        <translation>تحرير الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Select the claim's text first.</source>
        <translation>حدّد نص الادعاء أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348" />
        <source>News files (*.txt *.html *.htm *.json *.jsonl *.csv *.zip)</source>
        <translation>ملفات الأخبار (*.txt *.html *.htm *.json *.jsonl *.csv *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363" />
        <source>Imported %1 articles (%2 duplicates), %3 claims</source>
        <translation>استُورد %1 مقالًا (%2 مكرر)، و%3 ادعاءً</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search.py" line="68" />
        <source>Search articles and claims…</source>
        <translation>ابحث في المقالات والادعاءات…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="105" />
        <source>%1 results</source>
        <translation>%1 نتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="106" />
        <source>No results for %1</source>
        <translation>لا نتائج لـ %1</translation>
    </message>
</context>
</TS>