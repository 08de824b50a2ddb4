<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name />
    <message>
        <location filename="../../ui/team.py" line="403" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="403" />
        <source>Password for %1 (kept in memory only):</source>
        <translation>كلمة المرور لـ %1 (تبقى في الذاكرة فقط):</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="169" />
        <source>About Isnad</source>
        <translation>عن إسناد</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="172" />
        <source>&lt;h2&gt;Isnad %1&lt;/h2&gt;&lt;p&gt;A desktop workbench for Arabic fact-checkers. Isnad itself is under the MIT licence; it ships with the components below.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;إسناد %1&lt;/h2&gt;&lt;p&gt;منصة مكتبية لمدققي الأخبار العرب. إسناد نفسه مرخّص برخصة MIT، ويُوزَّع مع المكونات التالية.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="182" />
        <source>Components and their licences</source>
        <translation>المكونات وتراخيصها</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="183" />
        <source>Everything Isnad ships, with its licence</source>
        <translation>كل ما يوزَّع مع إسناد، مع ترخيصه</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="187" />
        <source>Close this window</source>
        <translation>أغلق هذه النافذة</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../ui/agreement.py" line="29" />
        <source>All reviewers</source>
        <translation>كل المراجِعين</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="30" />
        <source>Pair</source>
        <translation>مراجِعان</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="31" />
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="34" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="35" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/agreement.py" line="126" />
        <source>Agreement between independent reviews</source>
        <translation>الاتفاق بين المراجعات المستقلة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="128" />
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="140" />
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="141" />
        <source>Cohen's kappa and Krippendorff's alpha, on status and on verdict</source>
        <translation>كابا كوهين وألفا كريبندورف، على الحالة وعلى الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="142" />
        <source>κ and α: 1 is perfect agreement, 0 is what chance alone gives, below 0 is worse than chance. — means too few claims or every answer the same.</source>
        <translation>κ و α: القيمة 1 اتفاق تام، و0 ما تعطيه الصدفة وحدها، وما دون 0 أسوأ من الصدفة. وتعني — أن الادعاءات أقل من اللازم أو أن كل الإجابات متطابقة.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="168" />
        <source>No claim has two independent judgements yet.</source>
        <translation>لا ادعاء عليه حكمان مستقلان بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="170" />
        <source>%1 claims judged independently by two or more reviewers (%2 judgements).</source>
        <translation>%1 ادعاءً حكم عليه مراجِعان أو أكثر باستقلال (%2 حكمًا).</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="176" />
        <source>Cannot compute the agreement: %1</source>
        <translation>تعذّر حساب الاتفاق: %1</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../ui/agreement.py" line="80" />
        <source>Compared</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="80" />
        <source>Reviewers or outlet</source>
        <translation>المراجِعون أو الوسيلة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="80" />
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="81" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="81" />
        <source>Agreed</source>
        <translation>اتفقا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="81" />
        <source>Cohen's κ</source>
        <translation>κ كوهين</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="82" />
        <source>Krippendorff's α</source>
        <translation>α كريبندورف</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="85" />
        <source>Claims judged by both (at least two) reviewers</source>
        <translation>الادعاءات التي حكم عليها المراجِعان كلاهما (اثنان على الأقل)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="86" />
        <source>Share of claims on which the reviewers gave the same answer</source>
        <translation>نسبة الادعاءات التي أعطى فيها المراجِعون الإجابة نفسها</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="87" />
        <source>Agreement beyond chance for a pair (1 = perfect, 0 = chance); — where undefined</source>
        <translation>الاتفاق فوق الصدفة لمراجِعَين (1 = تام، 0 = صدفة)؛ — حيث لا يُعرَّف</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="89" />
        <source>Agreement beyond chance for any number of reviewers, nominal; — where undefined</source>
        <translation>الاتفاق فوق الصدفة لأي عدد من المراجِعين، اسميًا؛ — حيث لا يُعرَّف</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../ui/article_list.py" line="209" />
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="210" />
        <source>The imported articles: outlet, title, date, claims reviewed</source>
        <translation>المقالات المستوردة: المصدر والعنوان والتاريخ والادعاءات المراجَعة</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../ui/article_list.py" line="80" />
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="80" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="80" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="80" />
        <source>Reviewed</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="102" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/article_view.py" line="250" />
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="251" />
        <source>The article with its claims highlighted; hover a claim for details</source>
        <translation>المقال وادعاءاته مظللة؛ مرّر المؤشر فوق ادعاء لتفاصيله</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="263" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="270" />
        <source>source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../ui/article_view.py" line="209" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="210" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="210" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="211" />
        <source>Title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="212" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="213" />
        <source>Check-worthiness</source>
        <translation>جدارة التحقق</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../ui/inspector.py" line="20" />
        <source>speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="21" />
        <source>relayed by</source>
        <translation>نقلًا عن</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="22" />
        <source>outlet</source>
        <translation>الوسيلة</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../ui/team.py" line="146" />
        <location filename="../../ui/team.py" line="150" />
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="148" />
        <location filename="../../ui/team.py" line="152" />
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="151" />
        <source>Show the saved claim; your unsaved edits are dropped</source>
        <translation>اعرض الادعاء المحفوظ؛ تُترك تعديلاتك غير المحفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="153" />
        <source>Keep your edits; saving them shows both versions</source>
        <translation>احتفظ بتعديلاتك؛ حفظها يعرض النسختين</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="163" />
        <source>Changed by %1 — reload?</source>
        <translation>غيّره %1 — إعادة التحميل؟</translation>
    </message>
</context>
<context>
    <name>ClaimSide</name>
    <message>
        <location filename="../../ui/crosssource.py" line="216" />
        <source>no speaker</source>
        <translation>بلا قائل</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="220" />
        <source>title: %1</source>
        <translation>الصفة: %1</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../../ui/article_view.py" line="230" />
        <source>quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="231" />
        <source>statement</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="232" />
        <source>numeric</source>
        <translation>رقمي</translation>
    </message>
    <message>
        <location filename="../../ui/article_view.py" line="233" />
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="28" />
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="29" />
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="30" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="31" />
        <source>corrected</source>
        <translation>مصحح</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="34" />
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="35" />
        <source>Mostly true</source>
        <translation>صحيح غالبا</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="36" />
        <source>Misleading</source>
        <translation>مضلل</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="37" />
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="38" />
        <source>Unverifiable</source>
        <translation>لا يمكن التحقق</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../ui/claims_table.py" line="85" />
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="85" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="85" />
        <source>Title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="85" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="86" />
        <source>Worth</source>
        <translation>الجدارة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="86" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="86" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <location filename="../../ui/claims_table.py" line="159" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="164" />
        <source>Status filter</source>
        <translation>تصفية الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="164" />
        <source>Show claims with this status</source>
        <translation>اعرض الادعاءات بهذه الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="167" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="168" />
        <source>The article's claims; ✓ confirmed, ✗ rejected, ✎ corrected, • pending</source>
        <translation>ادعاءات المقال؛ ✓ مؤكد، ✗ مرفوض، ✎ مصحح، • معلّق</translation>
    </message>
    <message>
        <location filename="../../ui/claims_table.py" line="209" />
        <source>%1 claims, %2 reviewed</source>
        <translation>%1 ادعاءً، رُوجع منها %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="121" />
        <source>Adjust claim boundaries</source>
        <translation>تعديل حدود الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="144" />
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="155" />
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="155" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="155" />
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="155" />
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/conflict.py" line="36" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="37" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="38" />
        <source>Corrected text</source>
        <translation>النص المصحح</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="39" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="40" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict.py" line="159" />
        <source>Someone else saved this claim</source>
        <translation>حفظ شخص آخر هذا الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="162" />
        <source>%1 saved this claim at %2, after you opened it. Nothing was overwritten: choose what the claim keeps.</source>
        <translation>حفظ %1 هذا الادعاء في %2 بعد أن فتحتَه. لم يُكتب شيء فوق شيء: اختر ما يبقى في الادعاء.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="175" />
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="175" />
        <source>Theirs (%1)</source>
        <translation>نسخته (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="176" />
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="176" />
        <source>Merge: keep</source>
        <translation>الدمج: أبقِ</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="215" />
        <source>theirs</source>
        <translation>نسخته</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="215" />
        <source>mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="217" />
        <source>%1: keep %2</source>
        <translation>%1: أبقِ %2</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="228" />
        <source>Keep &amp;mine</source>
        <translation>أبقِ &amp;نسختي</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="229" />
        <source>Take &amp;theirs</source>
        <translation>خذ نسخ&amp;ته</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="230" />
        <source>Merge as &amp;chosen</source>
        <translation>ا&amp;دمج كما اخترت</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="231" />
        <source>Keep mine</source>
        <translation>أبقِ نسختي</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="232" />
        <source>Save my change on top of theirs</source>
        <translation>احفظ تغييري فوق تغييره</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="233" />
        <source>Take theirs</source>
        <translation>خذ نسخته</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="234" />
        <source>Drop my change and show theirs</source>
        <translation>اترك تغييري واعرض نسخته</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="235" />
        <source>Merge</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="236" />
        <source>Save the fields chosen in the last column</source>
        <translation>احفظ الحقول المختارة في العمود الأخير</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/team.py" line="417" />
        <source>Connect to team database</source>
        <translation>الاتصال بقاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="428" />
        <source>db.newsroom.example, or a socket folder</source>
        <translation>db.newsroom.example، أو مجلد مقبس</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="431" />
        <location filename="../../ui/team.py" line="438" />
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="431" />
        <source>The database server's name or address</source>
        <translation>اسم خادم قاعدة البيانات أو عنوانه</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="432" />
        <location filename="../../ui/team.py" line="439" />
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="433" />
        <location filename="../../ui/team.py" line="440" />
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="434" />
        <location filename="../../ui/team.py" line="441" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="434" />
        <source>Your login on the database server</source>
        <translation>اسم دخولك على خادم قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="435" />
        <location filename="../../ui/team.py" line="442" />
        <source>URL</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="436" />
        <source>The whole address; it is saved without any password</source>
        <translation>العنوان كاملًا؛ يُحفظ دون أي كلمة مرور</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="443" />
        <source>The password is not saved. Isnad uses ~/.pgpass or PGPASSWORD when they have one, and asks you otherwise.</source>
        <translation>لا تُحفظ كلمة المرور. يستعمل إسناد ‎~/.pgpass‎ أو PGPASSWORD إن وُجدت فيهما، وإلا سألك عنها.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="449" />
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
</context>
<context>
    <name>CrossSourcePanel</name>
    <message>
        <location filename="../../ui/crosssource.py" line="318" />
        <location filename="../../ui/crosssource.py" line="408" />
        <source>Accept match</source>
        <translation>قبول المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="322" />
        <source>Accept as: %1</source>
        <translation>قبول بوصفها: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="324" />
        <location filename="../../ui/crosssource.py" line="325" />
        <source>Reject match</source>
        <translation>رفض المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="326" />
        <location filename="../../ui/crosssource.py" line="333" />
        <source>Link to…</source>
        <translation>ربط بـ…</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="331" />
        <source>Reject (Shift+X)</source>
        <translation>رفض (Shift+X)</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="366" />
        <source>No claim selected</source>
        <translation>لم يُحدد ادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="368" />
        <source>No other outlet is linked to this claim yet.</source>
        <translation>لم تُربط أي وسيلة أخرى بهذا الادعاء بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="370" />
        <source>%1 matches in other outlets (%2 to review)</source>
        <translation>%1 مطابقة في وسائل أخرى (%2 للمراجعة)</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="409" />
        <source>Accept (L)</source>
        <translation>قبول (L)</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="282" />
        <location filename="../../ui/crosssource.py" line="412" />
        <source>This claim</source>
        <translation>هذا الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="276" />
        <source>Matches in other outlets</source>
        <translation>المطابقات في وسائل أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="277" />
        <source>L accepts, Shift+1..4 accepts as a relation, Shift+X or Delete rejects; double-click opens the other article</source>
        <translation>L للقبول، Shift+1..4 للقبول بعلاقة محددة، Shift+X أو Delete للرفض؛ النقر المزدوج يفتح المقال الآخر</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="283" />
        <source>The selected claim; its differing values are coloured</source>
        <translation>الادعاء المحدد؛ قيمه المختلفة ملونة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="284" />
        <location filename="../../ui/crosssource.py" line="414" />
        <source>Other outlet</source>
        <translation>الوسيلة الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="285" />
        <source>The matching claim of the other outlet; its differing values are coloured</source>
        <translation>الادعاء المطابق في الوسيلة الأخرى؛ قيمه المختلفة ملونة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="418" />
        <source>Accept as %1 (L)</source>
        <translation>قبول: %1 (L)</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="422" />
        <source>%1 · score %2 · %3</source>
        <translation>%1 · الدرجة %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="427" />
        <source>No differing numbers, places, titles, dates or negations found.</source>
        <translation>لم يُعثر على اختلاف في الأرقام أو الأماكن أو الصفات أو التواريخ أو النفي.</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="465" />
        <source>Accept link (%1)</source>
        <translation>قبول الربط (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="470" />
        <source>Reject link</source>
        <translation>رفض الربط</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="479" />
        <source>Link by hand (%1)</source>
        <translation>ربط يدوي (%1)</translation>
    </message>
</context>
<context>
    <name>DoubleReviewDialog</name>
    <message>
        <location filename="../../ui/agreement.py" line="187" />
        <source>Double review</source>
        <translation>المراجعة المزدوجة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="204" />
        <location filename="../../ui/agreement.py" line="208" />
        <source>Sample size</source>
        <translation>حجم العينة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="204" />
        <source>How many claims, drawn at random</source>
        <translation>كم ادعاءً، تُسحب عشوائيًا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="205" />
        <location filename="../../ui/agreement.py" line="209" />
        <source>First reviewer</source>
        <translation>المراجِع الأول</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="206" />
        <location filename="../../ui/agreement.py" line="210" />
        <source>Second reviewer</source>
        <translation>المراجِع الثاني</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="211" />
        <source>%1 claims in the database. Each reviewer judges the sample without seeing the other's decisions; the claims themselves do not change.</source>
        <translation>في قاعدة البيانات %1 ادعاءً. يحكم كل مراجِع على العينة دون أن يرى قرارات الآخر؛ ولا تتغير الادعاءات نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="219" />
        <source>Only a lead can assign double review.</source>
        <translation>لا يكلّف بالمراجعة المزدوجة إلا المشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement.py" line="223" />
        <source>Assign</source>
        <translation>تكليف</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../../ui/entity_manager.py" line="33" />
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="34" />
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="35" />
        <source>place</source>
        <translation>مكان</translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <location filename="../../ui/entity_manager.py" line="163" />
        <source>Isnad — entities</source>
        <translation>إسناد — الكيانات</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="173" />
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="177" />
        <location filename="../../ui/entity_manager.py" line="180" />
        <source>Search names and aliases…</source>
        <translation>ابحث في الأسماء والأسماء البديلة…</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="193" />
        <source>Merge selected…</source>
        <translation>دمج المحدد…</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="221" />
        <location filename="../../ui/entity_manager.py" line="223" />
        <source>New alias</source>
        <translation>اسم بديل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="224" />
        <source>Add alias</source>
        <translation>إضافة اسم بديل</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="226" />
        <source>Remove selected aliases</source>
        <translation>حذف الأسماء البديلة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="218" />
        <location filename="../../ui/entity_manager.py" line="232" />
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="179" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="179" />
        <source>Show one kind of entity</source>
        <translation>اعرض نوعًا واحدًا من الكيانات</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="180" />
        <source>Search entities</source>
        <translation>البحث في الكيانات</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="188" />
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="189" />
        <source>Select several (Ctrl or Shift) to merge them</source>
        <translation>حدّد عدة كيانات (Ctrl أو Shift) لدمجها</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="219" />
        <source>Select aliases to remove them or to split them off</source>
        <translation>حدّد أسماء بديلة لحذفها أو لفصلها</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="223" />
        <source>Type an alias, then Enter</source>
        <translation>اكتب اسمًا بديلًا ثم Enter</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="244" />
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="245" />
        <source>Double-click to open the article; select rows to split them off</source>
        <translation>انقر نقرًا مزدوجًا لفتح المقال؛ حدّد صفوفًا لفصلها</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="246" />
        <source>Split selected aliases and mentions into a new entity…</source>
        <translation>فصل الأسماء البديلة والإشارات المحددة في كيان جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="249" />
        <source>Mentions, with the title each outlet used</source>
        <translation>الإشارات، مع الصفة التي استعملتها كل وسيلة</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="314" />
        <source>No entity selected</source>
        <translation>لم يُحدد كيان</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="324" />
        <source>Outlets give this entity different titles:</source>
        <translation>تمنح الوسائل هذا الكيان صفات مختلفة:</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="335" />
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="356" />
        <source>Merge entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="357" />
        <source>Keep this one; the others are merged into it:</source>
        <translation>أبقِ هذا الكيان؛ وتُدمج فيه البقية:</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="363" />
        <source>Merge %1 into %2? Their mentions, claims and aliases move over; this is logged and cannot be undone.</source>
        <translation>دمج %1 في %2؟ تنتقل إشاراتها وادعاءاتها وأسماؤها البديلة؛ يُسجَّل ذلك ولا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="392" />
        <source>Select the aliases and/or mentions that belong to another entity first.</source>
        <translation>حدّد أولًا الأسماء البديلة أو الإشارات التي تخص كيانًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="395" />
        <source>Split entity</source>
        <translation>فصل كيان</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="396" />
        <source>Name of the new entity:</source>
        <translation>اسم الكيان الجديد:</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <location filename="../../ui/entity_manager.py" line="79" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="79" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="79" />
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="79" />
        <source>Titles used</source>
        <translation>الصفات المستعملة</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../ui/export_dialogs.py" line="25" />
        <source>&amp;ClaimReview JSON-LD…</source>
        <translation>&amp;ClaimReview (JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="27" />
        <source>&amp;JSONL (Isnad exchange)…</source>
        <translation>JSONL (&amp;تبادل إسناد)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="29" />
        <source>C&amp;SV for spreadsheets…</source>
        <translation>CSV للجداول ال&amp;حسابية…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="31" />
        <source>&amp;brat standoff folder…</source>
        <translation>مجلد &amp;brat…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="32" />
        <source>&amp;WebAnno TSV 3.3 folder…</source>
        <translation>مجلد &amp;WebAnno TSV 3.3…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="44" />
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="50" />
        <source>Re&amp;port (PDF)…</source>
        <translation>&amp;تقرير (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="63" />
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="65" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="83" />
        <source>Wrote {n} items to {out}</source>
        <translation>كُتب {n} عنصرًا في {out}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="84" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="88" />
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="101" />
        <source>Report on {n} articles written to {out}</source>
        <translation>كُتب تقرير عن {n} مقالًا في {out}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="102" />
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="106" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="124" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/article_list.py" line="134" />
        <source>All claims</source>
        <translation>كل الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="135" />
        <source>Unreviewed</source>
        <translation>غير مراجَع</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="136" />
        <source>Reviewed</source>
        <translation>مراجَع</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="137" />
        <source>Has confirmed</source>
        <translation>فيه مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="138" />
        <source>Has rejected</source>
        <translation>فيه مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="139" />
        <source>Has corrected</source>
        <translation>فيه مصحح</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="141" />
        <source>From: any</source>
        <translation>من: أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="142" />
        <source>To: any</source>
        <translation>إلى: أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="143" />
        <source>Outlet filter</source>
        <translation>تصفية المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="143" />
        <source>Show one outlet's articles</source>
        <translation>اعرض مقالات مصدر واحد</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="144" />
        <source>Review filter</source>
        <translation>تصفية المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="145" />
        <source>Show articles by the state of their claims</source>
        <translation>اعرض المقالات حسب حالة ادعاءاتها</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="146" />
        <source>Earliest date</source>
        <translation>أقدم تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="147" />
        <source>Show articles published on or after this date</source>
        <translation>اعرض المقالات المنشورة في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="148" />
        <source>Latest date</source>
        <translation>أحدث تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="149" />
        <source>Show articles published on or before this date</source>
        <translation>اعرض المقالات المنشورة في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <location filename="../../ui/article_list.py" line="173" />
        <source>All outlets</source>
        <translation>كل المصادر</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../ui/first_run.py" line="47" />
        <source>Welcome to Isnad</source>
        <translation>مرحبًا بك في إسناد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="48" />
        <source>The database is empty. Load the demo corpus (five Arabic news articles) to try the review desk?</source>
        <translation>قاعدة البيانات فارغة. هل تريد تحميل مدونة العرض (خمسة مقالات إخبارية عربية) لتجربة مكتب المراجعة؟</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="125" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137" />
        <source>Imported %1 records…</source>
        <translation>استُورد %1 سجلًا…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="148" />
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/help.py" line="106" />
        <location filename="../../ui/help.py" line="113" />
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="114" />
        <source>Close this window</source>
        <translation>أغلق هذه النافذة</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/inspector.py" line="27" />
        <source>review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="28" />
        <source>undo/redo</source>
        <translation>تراجع/إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="29" />
        <source>created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="30" />
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="31" />
        <source>evidence added</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="32" />
        <source>reopened</source>
        <translation>أُعيد فتحه</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="33" />
        <source>double review assigned</source>
        <translation>كُلّف بمراجعة مزدوجة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="34" />
        <source>independent judgement</source>
        <translation>حكم مستقل</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../ui/search.py" line="53" />
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="53" />
        <source>article</source>
        <translation>مقال</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../ui/inspector.py" line="70" />
        <source>Name, or a new entity</source>
        <translation>اسم، أو كيان جديد</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="81" />
        <location filename="../../ui/inspector.py" line="95" />
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="89" />
        <location filename="../../ui/inspector.py" line="98" />
        <source>Corrected text</source>
        <translation>النص المصحح</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="90" />
        <source>The claim as it should read (E); Ctrl+Return saves, Esc goes back</source>
        <translation>الادعاء كما ينبغي أن يُقرأ (E)؛ Ctrl+Return للحفظ، Esc للرجوع</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="91" />
        <location filename="../../ui/inspector.py" line="99" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="92" />
        <source>Who made the claim (S): a known entity, or a new name</source>
        <translation>صاحب الادعاء (S): كيان معروف أو اسم جديد</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="93" />
        <location filename="../../ui/inspector.py" line="100" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="93" />
        <source>The verdict (keys 1 to 5)</source>
        <translation>الحكم (المفاتيح 1 إلى 5)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="94" />
        <location filename="../../ui/inspector.py" line="101" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="94" />
        <source>A note kept with the decision</source>
        <translation>ملاحظة تُحفظ مع القرار</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="96" />
        <source>Record the corrected text, speaker, verdict and note</source>
        <translation>سجّل النص المصحح والقائل والحكم والملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="108" />
        <source>Attribution chain</source>
        <translation>سلسلة الإسناد</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="118" />
        <location filename="../../ui/inspector.py" line="128" />
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="124" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="126" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="128" />
        <source>Sources recorded for this claim</source>
        <translation>المصادر المسجلة لهذا الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="129" />
        <source>Evidence address</source>
        <translation>عنوان الدليل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="130" />
        <source>The address of a source that supports or refutes the claim</source>
        <translation>عنوان مصدر يؤيد الادعاء أو يدحضه</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="131" />
        <source>Add evidence</source>
        <translation>أضف دليلًا</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="131" />
        <source>Record this address as evidence</source>
        <translation>سجّل هذا العنوان دليلًا</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="141" />
        <location filename="../../ui/inspector.py" line="146" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="147" />
        <source>Every decision recorded on this claim, newest last</source>
        <translation>كل قرار سُجّل على هذا الادعاء، والأحدث في الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="163" />
        <source>No claim selected</source>
        <translation>لم يُحدد ادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="182" />
        <source>Made by hand; no decision yet</source>
        <translation>أُضيف يدويًا؛ لم يُتخذ قرار بعد</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="183" />
        <source>Found by the extractor; no decision yet</source>
        <translation>استخرجه النظام آليًا؛ لم يُتخذ قرار بعد</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="187" />
        <source>check-worthiness %1</source>
        <translation>جدارة التحقق %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="189" />
        <source>made by hand</source>
        <translation>أُنشئ يدويًا</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="194" />
        <source>No attribution recorded</source>
        <translation>لا إسناد مسجل</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="212" />
        <source>edited %1</source>
        <translation>عُدّل %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py" line="214" />
        <source>%1 %2: %3 %4</source>
        <translation>%1 %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/crosssource.py" line="522" />
        <source>Link to another claim</source>
        <translation>ربط بادعاء آخر</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="525" />
        <location filename="../../ui/crosssource.py" line="526" />
        <source>Words of the other claim…</source>
        <translation>كلمات من الادعاء الآخر…</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="526" />
        <source>Search claims</source>
        <translation>البحث في الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="531" />
        <source>Claims found</source>
        <translation>الادعاءات الموجودة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="531" />
        <source>Double-click to link</source>
        <translation>انقر نقرًا مزدوجًا للربط</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="533" />
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="533" />
        <source>How the two claims relate</source>
        <translation>العلاقة بين الادعاءين</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/crosssource.py" line="42" />
        <source>same claim</source>
        <translation>الادعاء نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="43" />
        <source>supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="44" />
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="45" />
        <source>related</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="48" />
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="49" />
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="50" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="53" />
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="54" />
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="55" />
        <source>title</source>
        <translation>صفة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="56" />
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="57" />
        <source>negation</source>
        <translation>نفي</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="58" />
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <location filename="../../ui/link_job.py" line="29" />
        <source>matching %v/%m</source>
        <translation>مطابقة %v/%m</translation>
    </message>
    <message>
        <location filename="../../ui/link_job.py" line="32" />
        <source>Finding the same claims in other outlets…</source>
        <translation>البحث عن الادعاءات نفسها في وسائل أخرى…</translation>
    </message>
    <message>
        <location filename="../../ui/link_job.py" line="59" />
        <source>the matching process stopped</source>
        <translation>توقفت عملية المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/link_job.py" line="82" />
        <source>%1 new cross-source matches</source>
        <translation>%1 مطابقة جديدة بين الوسائل</translation>
    </message>
    <message>
        <location filename="../../ui/link_job.py" line="88" />
        <source>Cross-source matching failed: %1</source>
        <translation>فشلت المطابقة بين الوسائل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="573" />
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="574" />
        <location filename="../../ui/crosssource.py" line="577" />
        <source>Other outlets</source>
        <translation>وسائل أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="576" />
        <source>Other outlets (%1)</source>
        <translation>وسائل أخرى (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;Import files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>Load the &amp;demo corpus</source>
        <translation>تحميل مدونة ال&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>&amp;Links</source>
        <translation>ال&amp;روابط</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Edit text</source>
        <translation>تحرير النص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>Edit speaker</source>
        <translation>تحرير القائل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>Next claim</source>
        <translation>الادعاء التالي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>Previous claim</source>
        <translation>الادعاء السابق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Verdict: %1</source>
        <translation>الحكم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>New claim from selection</source>
        <translation>ادعاء جديد من التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Set claim to selection</source>
        <translation>اجعل الادعاء هو التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>Extend claim by a word</source>
        <translation>مدّ الادعاء كلمة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Shrink claim by a word</source>
        <translation>قصّر الادعاء كلمة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Reviewer &amp;name…</source>
        <translation>ا&amp;سم المراجِع…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>&amp;Follow the system</source>
        <translation>&amp;حسب النظام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390" />
        <source>&amp;Story across outlets</source>
        <translation>ال&amp;قصة عبر الوسائل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>&amp;Entities</source>
        <translation>ال&amp;كيانات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>The language changes when Isnad restarts.</source>
        <translation>تتغير اللغة عند إعادة تشغيل إسناد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>Your name, recorded with each decision:</source>
        <translation>اسمك، يُسجَّل مع كل قرار:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Claim %1 of %2</source>
        <translation>الادعاء %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Confirm claim</source>
        <translation>تأكيد الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Reject claim</source>
        <translation>رفض الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>Set verdict</source>
        <translation>تعيين الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>Edit claim</source>
        <translation>تحرير الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>Select the claim's text first.</source>
        <translation>حدّد نص الادعاء أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352" />
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367" />
        <source>News files (*.txt *.html *.htm *.json *.jsonl *.csv *.zip)</source>
        <translation>ملفات الأخبار (*.txt *.html *.htm *.json *.jsonl *.csv *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>Imported %1 articles (%2 duplicates), %3 claims</source>
        <translation>استُورد %1 مقالًا (%2 مكرر)، و%3 ادعاءً</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="230" />
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../ui/crosssource.py" line="152" />
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="152" />
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="152" />
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/crosssource.py" line="152" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <location filename="../../ui/entity_manager.py" line="127" />
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="127" />
        <source>As written</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="127" />
        <source>Title used</source>
        <translation>الصفة المستعملة</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="127" />
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../ui/entity_manager.py" line="137" />
        <source>speaker of: %1</source>
        <translation>قائل الادعاء: %1</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../ui/recent.py" line="66" />
        <source>&amp;Recent databases</source>
        <translation>قواعد البيانات ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/recent.py" line="80" />
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../ui/recent.py" line="84" />
        <source>&amp;Clear the list</source>
        <translation>ا&amp;مسح القائمة</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search.py" line="69" />
        <source>Search articles and claims…</source>
        <translation>ابحث في المقالات والادعاءات…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="77" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="78" />
        <source>Search articles and claims (Ctrl+F); Arabic spelling variants match</source>
        <translation>ابحث في المقالات والادعاءات (Ctrl+F)؛ تتطابق صيغ الكتابة العربية المختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="79" />
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="80" />
        <source>Claims and articles that match; Enter opens one</source>
        <translation>الادعاءات والمقالات المطابقة؛ Enter يفتح إحداها</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="110" />
        <source>%1 results</source>
        <translation>%1 نتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="111" />
        <source>No results for %1</source>
        <translation>لا نتائج لـ %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="80" />
        <location filename="../../ui/help.py" line="84" />
        <location filename="../../ui/help.py" line="89" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="85" />
        <source>Every shortcut of the menus, read from the menus themselves</source>
        <translation>كل اختصارات القوائم، مقروءة من القوائم نفسها</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="86" />
        <source>Menus: hold Alt and press the underlined letter</source>
        <translation>القوائم: اضغط Alt مع الحرف المسطّر</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="87" />
        <source>Inside the inspector: save the corrected text</source>
        <translation>داخل لوحة الفحص: احفظ النص المصحح</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="88" />
        <source>Inside the inspector: back to the article</source>
        <translation>داخل لوحة الفحص: عُد إلى المقال</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="90" />
        <source>Close this window</source>
        <translation>أغلق هذه النافذة</translation>
    </message>
</context>
<context>
    <name>StoryModel</name>
    <message>
        <location filename="../../ui/story_view.py" line="106" />
        <source>%1 differs: %2</source>
        <translation>%1 مختلف: %2</translation>
    </message>
</context>
<context>
    <name>StoryWindow</name>
    <message>
        <location filename="../../ui/story_view.py" line="119" />
        <source>Isnad — stories across outlets</source>
        <translation>إسناد — القصص عبر الوسائل</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="125" />
        <source>Story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="125" />
        <source>One story, or all of them</source>
        <translation>قصة واحدة أو كل القصص</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="126" />
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="134" />
        <source>Claims by outlet</source>
        <translation>الادعاءات حسب الوسيلة</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="135" />
        <source>A row per claim reported by several outlets, a column per outlet; click a cell to open that article</source>
        <translation>صف لكل ادعاء نقلته عدة وسائل، وعمود لكل وسيلة؛ انقر خلية لفتح مقالها</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="149" />
        <source>Story:</source>
        <translation>القصة:</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="163" />
        <source>Coloured cells differ from the rest of their row:</source>
        <translation>الخلايا الملونة تخالف بقية صفها:</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="172" />
        <source>All stories</source>
        <translation>كل القصص</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="174" />
        <source>%1 (%2 articles, %3 outlets)</source>
        <translation>%1 (%2 مقالات، %3 وسائل)</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="191" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="202" />
        <source>No linked claims yet: suggestions are computed after an import, or accept matches in the Other outlets tab.</source>
        <translation>لا ادعاءات مترابطة بعد: تُحسب الاقتراحات بعد الاستيراد، أو اقبل المطابقات في تبويب «وسائل أخرى».</translation>
    </message>
    <message>
        <location filename="../../ui/story_view.py" line="206" />
        <source>%1 claims reported by several outlets, across %2 outlets. Click a cell to open that article.</source>
        <translation>%1 ادعاءً نقلته عدة وسائل، عبر %2 وسائل. انقر خلية لفتح مقالها.</translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <location filename="../../ui/team.py" line="184" />
        <source>Reviewer and role</source>
        <translation>المراجِع ودوره</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="197" />
        <source>Connect to &amp;team database…</source>
        <translation>الاتصال بقاعدة بيانات ال&amp;فريق…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="199" />
        <source>Open a shared PostgreSQL database</source>
        <translation>افتح قاعدة بيانات PostgreSQL مشتركة</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="204" />
        <source>&amp;Double review…</source>
        <translation>المراجعة الم&amp;زدوجة…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="205" />
        <source>&amp;Agreement…</source>
        <translation>الا&amp;تفاق…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="218" />
        <source>lead</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="218" />
        <source>reviewer</source>
        <translation>مراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="219" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="220" />
        <source>Reviewer %1, role: %2</source>
        <translation>المراجِع %1، الدور: %2</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="229" />
        <source>Kept the other reviewer's version; your change was not saved.</source>
        <translation>أُبقيت نسخة المراجِع الآخر؛ لم يُحفظ تغييرك.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="255" />
        <source>%1 change(s) by others shown</source>
        <translation>عُرض %1 تغيير من آخرين</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="291" />
        <source>Your independent judgement: %1, %2.</source>
        <translation>حكمك المستقل: %1، %2.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="294" />
        <source>Not judged yet: A confirms, X rejects, 1–5 sets the verdict.</source>
        <translation>لم تحكم بعد: A للتأكيد، X للرفض، 1–5 للحكم.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="296" />
        <source>Double review: your decision is recorded apart and does not change the claim.</source>
        <translation>مراجعة مزدوجة: يُسجَّل قرارك منفصلًا ولا يغيّر الادعاء.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="333" />
        <source>Double review: confirm (A) or reject (X) first, then the verdict.</source>
        <translation>مراجعة مزدوجة: أكّد (A) أو ارفض (X) أولًا، ثم الحكم.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="345" />
        <source>Independent judgement recorded.</source>
        <translation>سُجّل الحكم المستقل.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="359" />
        <source>%1 claims assigned for double review</source>
        <translation>كُلّف %1 ادعاءً بالمراجعة المزدوجة</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="63" />
        <source>Welcome to Isnad</source>
        <translation>مرحبًا بك في إسناد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="64" />
        <source>Isnad shows each article beside the claims found in it; you confirm, correct or reject each one.</source>
        <translation>يعرض إسناد كل مقال بجانب الادعاءات الموجودة فيه؛ فتؤكد كل ادعاء أو تصححه أو ترفضه.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="68" />
        <location filename="../../ui/first_run.py" line="69" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="70" />
        <source>Recorded with each decision you make</source>
        <translation>يُسجَّل مع كل قرار تتخذه</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72" />
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="76" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="77" />
        <source>The language of menus and buttons</source>
        <translation>لغة القوائم والأزرار</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78" />
        <source>Load the &amp;demo corpus (five Arabic news articles)</source>
        <translation>تحميل مدونة ال&amp;عرض (خمسة مقالات إخبارية عربية)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81" />
        <source>Load the demo corpus</source>
        <translation>تحميل مدونة العرض</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82" />
        <source>Five Arabic news articles to try the review desk on</source>
        <translation>خمسة مقالات إخبارية عربية لتجربة مكتب المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83" />
        <source>&lt;p&gt;Three keys do most of the work:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;confirm the claim&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reject it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to the next claim&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;F1 lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ثلاثة مفاتيح تؤدي معظم العمل:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;أكّد الادعاء&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ارفضه&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;انتقل إلى الادعاء التالي&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;F1 يعرض كل الاختصارات.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="90" />
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91" />
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="94" />
        <source>&amp;Start</source>
        <translation>اب&amp;دأ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95" />
        <source>Save these choices and open the review desk</source>
        <translation>احفظ هذه الاختيارات وافتح مكتب المراجعة</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../../ui/workstation.py" line="48" />
        <source>Isnad %1 — %2</source>
        <translation>إسناد %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="62" />
        <source>&amp;Open database…</source>
        <translation>ا&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="82" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="86" />
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="87" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="88" />
        <source>&amp;Reset zoom</source>
        <translation>إعادة ال&amp;حجم</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="90" />
        <source>&amp;High contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="94" />
        <source>Next &amp;pane</source>
        <translation>الل&amp;وحة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="95" />
        <source>Previous p&amp;ane</source>
        <translation>اللوحة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="99" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="101" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="102" />
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="105" />
        <source>&amp;About Isnad</source>
        <translation>&amp;عن إسناد</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="137" />
        <source>Text size %1%</source>
        <translation>حجم النص %1%</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="156" />
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/workstation.py" line="157" />
        <source>Isnad databases (*.sqlite3 *.sqlite *.db *.isnad);;All files (*)</source>
        <translation>قواعد بيانات إسناد (*.sqlite3 *.sqlite *.db *.isnad);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>win</name>
    <message>
        <location filename="../../ui/team.py" line="202" />
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
</context>
</TS>