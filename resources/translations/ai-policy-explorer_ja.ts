<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Amount</name>
    <message>
        <source>trillion</source>
        <translation>兆</translation>
    </message>
    <message>
        <source>tn</source>
        <translation>兆</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>十億</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>十億</translation>
    </message>
    <message>
        <source>million</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>m</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <source>k</source>
        <translation>千</translation>
    </message>
</context>
<context>
    <name>BarChartPlot</name>
    <message>
        <source>Allocated</source>
        <translation>配分済み</translation>
    </message>
    <message>
        <source>Allocated (%1)</source>
        <translation>配分額（%1）</translation>
    </message>
    <message>
        <source>%1% of the programme</source>
        <translation>施策全体の%1%</translation>
    </message>
    <message>
        <source>%1% of the total, %2</source>
        <translation>合計%2の%1%</translation>
    </message>
</context>
<context>
    <name>BriefingExport</name>
    <message>
        <source>Figure %1. %2</source>
        <translation>図%1. %2</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>ブリーフィング資料</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Appendix. Sources</source>
        <translation>付録. 出典</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) behind the figures in this pack; the app itself opens no network connection.</source>
        <translation>
            <numerusform>この資料の図表の出典%n件。本アプリ自体はネットワークに接続しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>AI funding programmes</source>
        <translation>AI関連施策</translation>
    </message>
    <message>
        <source>%1: export cancelled; no file was written</source>
        <translation>%1：書き出しを中止しました。ファイルは作成されていません</translation>
    </message>
    <message>
        <source>AI Policy Explorer · dataset %1</source>
        <translation>AI Policy Explorer · データセット %1</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>National AI funding</source>
        <translation>各国のAI関連予算</translation>
    </message>
</context>
<context>
    <name>BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>ブリーフィング資料</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>組織(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>作成者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDFを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Figure %1. %2 — %3</source>
        <translation>図%1. %2 — %3</translation>
    </message>
    <message>
        <source>Figures, each with the filters it was added with (File › Add Current View to Briefing Pack); drag to reorder:</source>
        <translation>図(追加したときのフィルター付き。ファイル › 現在のビューをブリーフィング資料に追加)。ドラッグで並べ替えできます：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>図</translation>
    </message>
    <message>
        <source>The view&apos;s own title</source>
        <translation>ビューの標題</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>キャプション(&amp;C)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>O&amp;pen Pack…</source>
        <translation>資料を開く(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save Pack…</source>
        <translation>資料を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>図%1. %2</translation>
    </message>
    <message>
        <source>Open Briefing Pack</source>
        <translation>ブリーフィング資料を開く</translation>
    </message>
    <message>
        <source>Briefing pack (*.json);;All files (*)</source>
        <translation>ブリーフィング資料 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Pack not opened</source>
        <translation>資料を開けませんでした</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>ブリーフィング資料を保存</translation>
    </message>
    <message>
        <source>Briefing pack (*.json)</source>
        <translation>ブリーフィング資料 (*.json)</translation>
    </message>
    <message>
        <source>Pack not saved</source>
        <translation>資料を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is not a briefing pack this version can open: %2</source>
        <translation>%1 はこのバージョンで開けるブリーフィング資料ではありません：%2</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>この資料</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Show in &amp;Table</source>
        <translation>一覧表で表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Filter to %1</source>
        <translation>%1に絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>テキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1のグラフ</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>Show the figure&apos;s numbers as a table under the chart</source>
        <translation>グラフの数値を下に表として表示</translation>
    </message>
    <message>
        <source>%1 data</source>
        <translation>%1のデータ</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Licence: GPL-3.0-or-later. Dataset compilation: CC BY 4.0; quoted sentences remain their publishers&apos;, quoted with attribution.</source>
        <translation>ライセンス：GPL-3.0-or-later。データセットの編集物：CC BY 4.0。引用文の権利は各発行者に帰属し、出典を明記して引用しています。</translation>
    </message>
</context>
<context>
    <name>ComparisonBuilder</name>
    <message>
        <source>Survey: %1 (%2). %3</source>
        <translation>調査：%1（%2年）。%3</translation>
    </message>
    <message>
        <source>Values come from different survey years (%1): the latest available for each country up to %2. Compare with care.</source>
        <translation>調査年が異なる値を含みます（%1年）。各国とも%2年までの最新値です。比較には注意してください。</translation>
    </message>
    <message>
        <source>No data for: %1.</source>
        <translation>データなし：%1。</translation>
    </message>
    <message>
        <source>Committed funding (%1)</source>
        <translation>拠出決定額（%1）</translation>
    </message>
    <message>
        <source>Sum of programmes announced %1–%2 at announcement-year average exchange rates; components of an umbrella counted once.</source>
        <translation>%1〜%2年に発表された施策の合計（発表年の年平均為替レートで換算）。包括施策の内訳は一度だけ計上。</translation>
    </message>
    <message>
        <source>%1 per person</source>
        <translation>1人当たり%1</translation>
    </message>
    <message>
        <source>Committed funding per person (%1)</source>
        <translation>1人当たり拠出決定額（%1）</translation>
    </message>
    <message>
        <source>Committed funding divided by population of the latest year available up to %1 (%2).</source>
        <translation>拠出決定額を%1年までの最新人口（%2年）で割った値。</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>GDP比（%）</translation>
    </message>
    <message>
        <source>Average annual funding, % of GDP</source>
        <translation>年平均拠出額のGDP比（%）</translation>
    </message>
    <message>
        <source>Each programme spread evenly over its years; average per year over %1–%2, divided by GDP in current US dollars of the latest year available (%3).</source>
        <translation>各施策を期間内で均等に配分し、%1〜%2年の年平均を最新年（%3年）の名目GDP（米ドル）で割った値。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>Map: Equal Earth projection, classes of about as many countries each; Natural Earth 1:110m boundaries, which imply no position on any border or territory.</source>
        <translation>地図：イコールアース図法。各階級の国数はほぼ同じ。境界はNatural Earth 1:110m によるもので、国境や領土についていかなる立場も示すものではない。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>&amp;Measure:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
</context>
<context>
    <name>DatasetDiff</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配分</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>追加%1件、削除%2件、変更%3件</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>段階</translation>
    </message>
</context>
<context>
    <name>DatasetDiffDialog</name>
    <message>
        <source>Compare Datasets</source>
        <translation>データセットの比較</translation>
    </message>
    <message>
        <source>From %1
to %2
%3</source>
        <translation>%1 から
%2 へ
%3</translation>
    </message>
    <message>
        <source>Source before</source>
        <translation>変更前の出典</translation>
    </message>
    <message>
        <source>Source after</source>
        <translation>変更後の出典</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a programme to see its details and source.</source>
        <translation>施策を選択すると詳細と出典を表示します。</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>All countries</source>
        <translation>すべての国・地域</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Amounts as announced (charts in USD)</source>
        <translation>発表時の通貨で表示（グラフは米ドル）</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>国・地域：%1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>年：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分野：%1</translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation>資金の種類：%1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>通貨：%1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>指標：%1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>施策：%1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標系列</translation>
    </message>
    <message>
        <source>Chart options</source>
        <translation>グラフの設定</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>検索：「%1」</translation>
    </message>
    <message>
        <source> (accessed %1)</source>
        <translation>（%1閲覧）</translation>
    </message>
    <message>
        <source>%1, data as of %2</source>
        <translation>%1（%2時点）</translation>
    </message>
    <message numerus="yes">
        <source>; includes %n programme(s) imported from %1 on %2</source>
        <translation>
            <numerusform>、うち%n件は%2に%1から取り込んだ施策</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1, imported on %2</source>
        <translation>%1 から取り込み（%2）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Options</source>
        <translation>書き出しオプション</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Put the figures behind the chart in a table under it</source>
        <translation>グラフの下に数値表を付ける</translation>
    </message>
    <message>
        <source>Greyscale (patterns and shades instead of colour)</source>
        <translation>グレースケール（色の代わりに模様と濃淡）</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>用紙(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>解像度(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Committed AI funding by country and category</source>
        <translation>国・分野別のAI関連拠出決定額</translation>
    </message>
    <message>
        <source>Committed AI funding per person</source>
        <translation>1人当たりAI関連拠出決定額</translation>
    </message>
    <message>
        <source>Average annual AI funding as a share of GDP</source>
        <translation>AI関連年平均拠出額のGDP比</translation>
    </message>
    <message>
        <source>AI funding announcements</source>
        <translation>AI関連予算の発表</translation>
    </message>
    <message>
        <source>AI funding per year, programmes spread over their periods</source>
        <translation>年当たりAI関連予算（施策期間で按分）</translation>
    </message>
    <message>
        <source>No programme with named recipients matches the filters</source>
        <translation>交付先が公表されている施策がフィルターに該当しません</translation>
    </message>
    <message numerus="yes">
        <source>AI funding programmes (%n)</source>
        <translation>
            <numerusform>AI関連施策（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts as announced; converted at announcement-year annual average exchange rates.</source>
        <translation>金額は発表時のもの。換算は発表年の年平均為替レート。</translation>
    </message>
    <message>
        <source>AI Policy Explorer, dataset %1</source>
        <translation>AI Policy Explorer、データセット %1</translation>
    </message>
    <message>
        <source>AI Policy Explorer · dataset %1 · printed %2</source>
        <translation>AI Policy Explorer · データセット %1 · 印刷 %2</translation>
    </message>
    <message>
        <source>What changed from dataset %1 to %2</source>
        <translation>データセット %1 から %2 への変更点</translation>
    </message>
    <message>
        <source>From %1 to %2. Amounts in whole units of their currency, dates as YYYY-MM-DD, as the dataset&apos;s files hold them.</source>
        <translation>%1 から %2 へ。金額は各通貨単位の整数、日付はYYYY-MM-DD（データセットのファイルのとおり）。</translation>
    </message>
    <message>
        <source>AI Policy Explorer, comparison of dataset %1 with %2</source>
        <translation>AI Policy Explorer、データセット %1 と %2 の比較</translation>
    </message>
    <message>
        <source>AI Policy Explorer · dataset %1 compared with %2 · printed %3</source>
        <translation>AI Policy Explorer · データセット %1 と %2 の比較 · 印刷 %3</translation>
    </message>
    <message>
        <source>Committed AI funding by country</source>
        <translation>国別のAI関連拠出決定額</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>%1: unknown format; use .png, .pdf, .svg or .csv</source>
        <translation>%1：不明な形式です。.png、.pdf、.svg、.csvのいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 縦</translation>
    </message>
    <message>
        <source>US Letter landscape</source>
        <translation>USレター 横</translation>
    </message>
    <message>
        <source>Slide 16:9</source>
        <translation>スライド 16:9</translation>
    </message>
    <message>
        <source>%1: the export could not be made</source>
        <translation>%1：書き出すファイルを作成できませんでした</translation>
    </message>
    <message>
        <source>%1: not a regular file; an export replaces only files</source>
        <translation>%1：通常のファイルではありません。書き出しで置き換えられるのは通常のファイルだけです</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels at %4 dpi is too small to read; the smallest is %5×%6</source>
        <translation>%1：%4 dpiで%2×%3ピクセルでは小さすぎて読めません。最小は%5×%6です</translation>
    </message>
    <message>
        <source>%1: unknown format; use .png, .pdf or .svg</source>
        <translation>%1：不明な形式です。.png、.pdf、.svgのいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>FigurePage</name>
    <message numerus="yes">
        <source>%n more rows in the PDF or CSV export</source>
        <translation>
            <numerusform>残り%n行はPDFまたはCSVで出力されます</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Sources: %1, listed in the appendix.</source>
        <translation>出典：%1（付録に掲載）。</translation>
    </message>
    <message>
        <source>Sources: listed in full on pages %1–%2.</source>
        <translation>出典：%1～%2ページに全件掲載。</translation>
    </message>
    <message>
        <source>Cite as: “%1”, %2.</source>
        <translation>引用表記：「%1」、%2。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Sources: listed in full on page %1.</source>
        <translation>出典：%1ページに全件掲載。</translation>
    </message>
    <message numerus="yes">
        <source>%n more, listed in full in the PDF export.</source>
        <translation>
            <numerusform>ほか%n件（PDFで全件を掲載）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Amount as announced</source>
        <translation>発表額</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1換算</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>交付先</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;Countries (none ticked = all)</source>
        <translation>国・地域(&amp;C)（未選択＝すべて）</translation>
    </message>
    <message>
        <source>Clear countries</source>
        <translation>国の選択を解除</translation>
    </message>
    <message>
        <source>&amp;From year</source>
        <translation>開始年(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To year</source>
        <translation>終了年(&amp;T)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>分野(&amp;A)</translation>
    </message>
    <message>
        <source>As announced</source>
        <translation>発表時の通貨</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>通貨(&amp;U)</translation>
    </message>
    <message>
        <source>Funding types</source>
        <translation>資金の種類</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Strategy</source>
        <translation>戦略</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算資源</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>基盤モデル</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>半導体</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>人材</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公的資金</translation>
    </message>
    <message>
        <source>Public–private</source>
        <translation>官民</translation>
    </message>
    <message>
        <source>Private pledge</source>
        <translation>民間の表明額</translation>
    </message>
    <message>
        <source>Mobilisation target</source>
        <translation>動員目標</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表済み</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Enacted</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>配分済み</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>支出済み</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>機関設立</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>首脳会議</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>確定額</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>about</source>
        <translation>約</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超</translation>
    </message>
    <message>
        <source>Total committed</source>
        <translation>拠出決定額の合計</translation>
    </message>
    <message>
        <source>Per capita</source>
        <translation>1人当たり</translation>
    </message>
    <message>
        <source>Annual share of GDP</source>
        <translation>年平均のGDP比</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>交付先</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>国際比較</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>一覧表</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提言段階</translation>
    </message>
    <message>
        <source>Appropriated</source>
        <translation>予算計上</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>交付決定</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>棒グラフ</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Current View…</source>
        <translation>現在のビューを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add Current View to Briefing Pack</source>
        <translation>現在のビューをブリーフィング資料に追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>ブリーフィング資料(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>グラフを画像としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Greyscale</source>
        <translation>グレースケール(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AI Policy Explorer</source>
        <translation>AI Policy Explorerについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) match the filters</source>
        <translation>
            <numerusform>フィルターに該当する施策：%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1を書き出す</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)</source>
        <translation>PDF文書 (*.pdf);;PNG画像 (*.png);;SVG画像 (*.svg);;CSVデータ (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1を書き出しました</translation>
    </message>
    <message>
        <source>Copied the %1 figure to the clipboard</source>
        <translation>%1の図をクリップボードにコピーしました</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 to the briefing pack (%n figure(s))</source>
        <translation>
            <numerusform>%1をブリーフィング資料に追加しました（%n図）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Briefing Pack</source>
        <translation>ブリーフィング資料を書き出す</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>ブリーフィング資料を書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Briefing pack not written</source>
        <translation>ブリーフィング資料を書き出せませんでした</translation>
    </message>
    <message>
        <source>About AI Policy Explorer</source>
        <translation>AI Policy Explorerについて</translation>
    </message>
    <message>
        <source>AI Policy Explorer %1

How nations fund artificial intelligence: programmes, recipients and comparisons, every figure with its source.

Dataset %2, data as of %3; %4 programmes in %5 countries and blocs.</source>
        <translation>AI Policy Explorer %1

各国はAIにどう資金を投じているか：施策、交付先、国際比較。すべての数値に出典付き。

データセット %2（%3時点）：%5の国・地域の施策%4件。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語（Japanese）</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) match the filters and search</source>
        <translation>
            <numerusform>フィルターと検索に該当する施策：%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Programmes…</source>
        <translation>施策を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>The last session&apos;s filters were not restored: %1</source>
        <translation>前回のセッションのフィルターは復元されませんでした：%1</translation>
    </message>
    <message>
        <source>&amp;Open View…</source>
        <translation>ビューを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>ビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>引用情報をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copied the citation of the %1 figure</source>
        <translation>%1の図の引用情報をコピーしました</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is not a view this version can open: %2</source>
        <translation>%1 はこのバージョンで開けるビューではありません：%2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>AI Policy Explorer view (*.apeview)</source>
        <translation>AI Policy Explorer ビュー (*.apeview)</translation>
    </message>
    <message>
        <source>View not saved</source>
        <translation>ビューを保存できませんでした</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Open View</source>
        <translation>ビューを開く</translation>
    </message>
    <message>
        <source>AI Policy Explorer view (*.apeview);;All files (*)</source>
        <translation>AI Policy Explorer ビュー (*.apeview);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>View not opened</source>
        <translation>ビューを開けませんでした</translation>
    </message>
    <message>
        <source>No recent views</source>
        <translation>最近使ったビューはありません</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>出典：%1。</translation>
    </message>
    <message>
        <source>Copy Citation as &amp;BibTeX</source>
        <translation>引用情報をBibTeXでコピー(&amp;B)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>データセット %1</translation>
    </message>
    <message>
        <source>The Bundled Dataset</source>
        <translation>同梱のデータセット</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>データセットを開く</translation>
    </message>
    <message>
        <source>AI Policy Explorer dataset (*.sqlite);;All files (*)</source>
        <translation>AI Policy Explorer データセット (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1. %2. AI Policy Explorer %3, dataset %4.</source>
        <translation>%1. %2. AI Policy Explorer %3、データセット %4。</translation>
    </message>
    <message>
        <source>&amp;Recent Views</source>
        <translation>最近使ったビュー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Programmes…</source>
        <translation>施策を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>I&amp;mported Programmes</source>
        <translation>取り込んだ施策(&amp;M)</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>取り込み用テンプレートを保存(&amp;T)…</translation>
    </message>
    <message>
        <source>Import Programmes</source>
        <translation>施策を取り込む</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>取り込み用テンプレートを保存</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>テンプレートを保存できませんでした</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Remove %1 (imported %2)</source>
        <translation>%1 を削除（%2 に取り込み）</translation>
    </message>
    <message>
        <source>No imported programmes</source>
        <translation>取り込んだ施策はありません</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>データセットを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent Datasets</source>
        <translation>最近使ったデータセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>他のデータセットと比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare With Dataset</source>
        <translation>比較するデータセット</translation>
    </message>
    <message>
        <source>Datasets not compared</source>
        <translation>データセットを比較できませんでした</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>比較結果を保存</translation>
    </message>
    <message>
        <source>CSV data (*.csv);;PDF document (*.pdf)</source>
        <translation>CSVデータ (*.csv);;PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>比較結果を保存できませんでした</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>%1 と比較しています…</translation>
    </message>
</context>
<context>
    <name>MapPlot</name>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>%2か国中%1位</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>階級：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>ProgrammeDetailBuilder</name>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>発表機関</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Amount as announced</source>
        <translation>発表額</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Funding type</source>
        <translation>資金の種類</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1換算</translation>
    </message>
    <message>
        <source> (%1 average rate%2)</source>
        <translation>（%1年平均レート%2）</translation>
    </message>
    <message>
        <source>, nearest year available</source>
        <translation>、直近の利用可能年</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上位施策</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>Also part of (counted once)</source>
        <translation>ほかに含まれる施策（重複計上なし）</translation>
    </message>
    <message>
        <source>Also contains (counted once)</source>
        <translation>ほかの施策と共通する内訳（重複計上なし）</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>交付先</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表日</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <source>Disputed: another source says</source>
        <translation>異論：別の出典によれば</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source> (translation)</source>
        <translation>（仮訳）</translation>
    </message>
    <message>
        <source>Japanese name from</source>
        <translation>日本語名の出典</translation>
    </message>
    <message>
        <source>a translation made for this dataset; no Japanese source read names it</source>
        <translation>本データセットによる仮訳（日本語の出典は見つかっていません）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2時点）</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>発表機関</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Amount as announced</source>
        <translation>発表額</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1換算</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>資金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3時点）</translation>
    </message>
    <message>
        <source>The furthest a programme&apos;s money has gone beyond its announcement, as a source dates it: appropriated, awarded or paid</source>
        <translation>出典が日付とともに記す、発表後に施策の資金が到達した最も先の段階（予算計上・交付決定・支出）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableView</name>
    <message>
        <source>Search programmes, bodies, countries…</source>
        <translation>施策・機関・国を検索…</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Search programmes</source>
        <translation>施策を検索</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>施策一覧</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>列をリセット(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RecipientsBuilder</name>
    <message>
        <source>Share: each recipient&apos;s amount as a share of the programme&apos;s announced amount (%1).</source>
        <translation>割合：施策の発表額（%1）に対する各交付先の金額の割合。</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n件の施策</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients ranked across all programmes</source>
        <translation>全施策を通じた交付先ランキング</translation>
    </message>
    <message>
        <source>Sum of each recipient&apos;s allocations across the selected programmes, at announcement-year average exchange rates.</source>
        <translation>選択した施策における各交付先への配分の合計（発表年の年平均為替レートで換算）。</translation>
    </message>
</context>
<context>
    <name>RecipientsChart</name>
    <message>
        <source>One programme</source>
        <translation>施策ごと</translation>
    </message>
    <message>
        <source>All recipients ranked</source>
        <translation>全交付先ランキング</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>施策</translation>
    </message>
</context>
<context>
    <name>TimelineBuilder</name>
    <message>
        <source> at %1 average rates</source>
        <translation>（%1年平均レート換算）</translation>
    </message>
    <message>
        <source>Each marker is one programme at its announcement date; amounts at announcement-year average exchange rates, logarithmic scale.</source>
        <translation>各マーカーは発表日時点の1件の施策。金額は発表年の年平均為替レートで換算、対数目盛。</translation>
    </message>
    <message>
        <source>Each programme&apos;s amount spread evenly over its start to end years; components of an umbrella programme are not counted twice; withdrawn money is left out.</source>
        <translation>各施策の金額を開始年から終了年まで均等に配分。包括施策の内訳は二重計上せず、撤回された資金は除外。</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Squares, triangles and diamonds: what sources say had been appropriated, awarded or paid by a later date, at that year&apos;s rates, joined to the programme by a dotted line.</source>
        <translation>四角・三角・ひし形は、出典が後の時点で予算計上・交付決定・支出済みと記す額（その年のレートで換算）で、点線で元の施策と結んでいます。</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Announcements</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>Annualised spending</source>
        <translation>年当たり配分</translation>
    </message>
    <message>
        <source>Stack by country</source>
        <translation>国別に積み上げ</translation>
    </message>
    <message>
        <source>Stack by category</source>
        <translation>分野別に積み上げ</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>積み上げ</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Amount (%1, log scale)</source>
        <translation>金額（%1、対数目盛）</translation>
    </message>
    <message>
        <source>Other countries (%1)</source>
        <translation>その他の国（%1）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Funding per year (%1)</source>
        <translation>年当たり金額（%1）</translation>
    </message>
    <message>
        <source>As announced: %1</source>
        <translation>発表額：%1</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>換算額：%1</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>発表日：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状況：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期間：%1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2時点）</translation>
    </message>
    <message>
        <source>As the source states it: %1</source>
        <translation>出典の記載：%1</translation>
    </message>
    <message>
        <source>Converted: %1 (%2 average rate)</source>
        <translation>換算額：%1（%2年平均レート）</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>Imported programmes left out</source>
        <translation>取り込んだ施策を除外しました</translation>
    </message>
    <message>
        <source>The imported programmes do not fit this dataset and are left out. They are kept: remove them under Dataset › Imported Programmes, or open the dataset they were made for.</source>
        <translation>取り込んだ施策がこのデータセットと整合しないため、除外して開きます。施策は保存されています。データセット › 取り込んだ施策 で削除するか、取り込み先のデータセットを開いてください。</translation>
    </message>
    <message>
        <source>AI Policy Explorer</source>
        <translation>AI Policy Explorer</translation>
    </message>
    <message>
        <source>The dataset opened last time cannot be opened; the bundled dataset opens instead.

%1</source>
        <translation>前回開いたデータセットを開けないため、同梱のデータセットを開きます。

%1</translation>
    </message>
    <message>
        <source>The dataset cannot be opened.

%1</source>
        <translation>データセットを開けません。

%1</translation>
    </message>
    <message>
        <source>Dataset not opened</source>
        <translation>データセットを開けませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be opened with the imported programmes; the dataset that was open stays open.</source>
        <translation>%1 を取り込んだ施策とともに開けません。開いていたデータセットをそのまま使います。</translation>
    </message>
    <message>
        <source>Programmes not imported</source>
        <translation>施策を取り込めませんでした</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was added. Correct the lines named here and import it again.</source>
        <translation>%1 は取り込まれず、何も追加されていません。ここに示した行を修正して、もう一度取り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n programme(s) from %1</source>
        <translation>
            <numerusform>%1 から施策を%n件取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read as Shift-JIS)</source>
        <translation>%1（Shift-JISとして読み込み）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <source>%1 does not pass the checks; the bundled dataset opens instead.</source>
        <translation>%1 は検証に通らないため、同梱のデータセットを開きます。</translation>
    </message>
    <message>
        <source>The dataset cannot be opened.</source>
        <translation>データセットを開けません。</translation>
    </message>
    <message>
        <source>The tables of %1 hold other figures than the dataset stored with them; the tables&apos; figures are shown</source>
        <translation>%1 の表の数値が、ともに保存されたデータセットと異なります。表の数値を表示しています</translation>
    </message>
</context>
</TS>
