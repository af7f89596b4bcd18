#!/usr/bin/env python3
"""Fills ai-policy-explorer_ja.ts from the table below. Run after lupdate when strings change:
    /usr/lib/qt6/bin/lupdate -locations none -no-obsolete app widgets data -ts resources/translations/ai-policy-explorer_ja.ts
    python3 resources/translations/fill_ja.py
Strings missing from the table stay unfinished, and the catalogue test fails until they are translated."""
import os
import xml.etree.ElementTree as ET

JA = {
    # Amount words (English formatting only; Japanese amounts use 億/兆 directly)
    'trillion': '兆', 'tn': '兆', 'billion': '十億', 'bn': '十億', 'million': '百万', 'm': '百万',
    'thousand': '千', 'k': '千',
    # Analysis
    ' at %1 average rates': '（%1年平均レート換算）',
    'Each marker is one programme at its announcement date; amounts at announcement-year average exchange rates, logarithmic scale.':
        '各マーカーは発表日時点の1件の施策。金額は発表年の年平均為替レートで換算、対数目盛。',
    'Others': 'その他',
    "Each programme's amount spread evenly over its start to end years; components of an umbrella programme are not counted twice; withdrawn money is left out.":
        '各施策の金額を開始年から終了年まで均等に配分。包括施策の内訳は二重計上せず、撤回された資金は除外。',
    "Share: each recipient's amount as a share of the programme's announced amount (%1).":
        '割合：施策の発表額（%1）に対する各交付先の金額の割合。',
    '%n programme(s)': '%n件の施策',
    'Recipients ranked across all programmes': '全施策を通じた交付先ランキング',
    "Sum of each recipient's allocations across the selected programmes, at announcement-year average exchange rates.":
        '選択した施策における各交付先への配分の合計（発表年の年平均為替レートで換算）。',
    'Survey: %1 (%2). %3': '調査：%1（%2年）。%3',
    'Values come from different survey years (%1): the latest available for each country up to %2. Compare with care.':
        '調査年が異なる値を含みます（%1年）。各国とも%2年までの最新値です。比較には注意してください。',
    'Committed funding (%1)': '拠出決定額（%1）',
    'Sum of programmes announced %1–%2 at announcement-year average exchange rates; components of an umbrella counted once.':
        '%1〜%2年に発表された施策の合計（発表年の年平均為替レートで換算）。包括施策の内訳は一度だけ計上。',
    '%1 per person': '1人当たり%1',
    'Committed funding per person (%1)': '1人当たり拠出決定額（%1）',
    'Committed funding divided by population of the latest year available up to %1 (%2).':
        '拠出決定額を%1年までの最新人口（%2年）で割った値。',
    '% of GDP': 'GDP比（%）',
    'Average annual funding, % of GDP': '年平均拠出額のGDP比（%）',
    'Each programme spread evenly over its years; average per year over %1–%2, divided by GDP in current US dollars of the latest year available (%3).':
        '各施策を期間内で均等に配分し、%1〜%2年の年平均を最新年（%3年）の名目GDP（米ドル）で割った値。',
    'No data for: %1.': 'データなし：%1。',
    'English name': '英語名', 'Japanese name': '日本語名',
    'Country': '国・地域', 'Announced by': '発表機関', 'Announced': '発表日', 'Amount as announced': '発表額',
    'In %1': '%1換算', ' (%1 average rate%2)': '（%1年平均レート%2）', ', nearest year available': '、直近の利用可能年',
    'Period': '期間', 'Status': '状況', 'Category': '分野', 'Funding type': '資金の種類', 'Part of': '上位施策',
    'Also part of (counted once)': 'ほかに含まれる施策（重複計上なし）',
    'Also contains (counted once)': 'ほかの施策と共通する内訳（重複計上なし）',
    'Components': '内訳', 'Recipients': '交付先', 'Notes': '注記', 'Source': '出典', 'Published': '公表日',
    'undated': '日付なし', 'URL': 'URL', 'Quoted': '該当箇所', 'Disputed: another source says': '異論：別の出典によれば',
    'All countries': 'すべての国・地域', 'All categories': 'すべての分野',
    'Amounts as announced (charts in USD)': '発表時の通貨で表示（グラフは米ドル）',
    # Briefing pack
    'Briefing Pack': 'ブリーフィング資料', '&Title': 'タイトル(&T)', '&Organisation': '組織(&O)', '&Author': '作成者(&A)',
    'Figures, each with the filters it was added with (File › Add Current View to Briefing Pack):':
        '図表（追加時のフィルター付き。ファイル › 現在のビューをブリーフィング資料に追加）：',
    '&Remove': '削除(&R)', 'Move &Up': '上へ移動(&U)', '&Export PDF…': 'PDFを書き出す(&E)…',
    'Figure %1. %2 — %3': '図%1. %2 — %3',
    'Figure %1. %2': '図%1. %2', 'Briefing pack': 'ブリーフィング資料',
    'AI Policy Explorer · dataset %1, data as of %2': 'AI Policy Explorer · データセット %1（%2時点）',
    'Contents': '目次', 'Appendix. Sources': '付録. 出典',
    '%n source(s) behind the figures in this pack; the app itself opens no network connection.':
        'この資料の図表の出典%n件。本アプリ自体はネットワークに接続しません。',
    '%1: cannot write: %2': '%1：書き込めません：%2', 'AI funding programmes': 'AI関連施策',
    '%1: export cancelled; no file was written': '%1：書き出しを中止しました。ファイルは作成されていません',
    # Comparison
    '&Measure:': '指標(&M)：', 'Committed AI funding by country and category': '国・分野別のAI関連拠出決定額',
    'Committed AI funding per person': '1人当たりAI関連拠出決定額',
    'Average annual AI funding as a share of GDP': 'AI関連年平均拠出額のGDP比',
    'Select a programme to see its details and source.': '施策を選択すると詳細と出典を表示します。',
    # Export dialog
    'A4 landscape': 'A4 横', 'A4 portrait': 'A4 縦', 'US Letter landscape': 'USレター 横', 'Slide 16:9': 'スライド 16:9',
    'Export Options': '書き出しオプション', ' dpi': ' dpi',
    'Put the figures behind the chart in a table under it': 'グラフの下に数値表を付ける',
    'Greyscale (patterns and shades instead of colour)': 'グレースケール（色の代わりに模様と濃淡）',
    '&Page': '用紙(&P)', '&Resolution': '解像度(&R)',
    # Figure export and page
    '%n more rows in the PDF or CSV export': '残り%n行はPDFまたはCSVで出力されます',
    'AI funding programmes (%n)': 'AI関連施策（%n件）',
    'Amounts as announced; converted at announcement-year annual average exchange rates.':
        '金額は発表時のもの。換算は発表年の年平均為替レート。',
    '%1: unknown format; use .png, .pdf, .svg or .csv': '%1：不明な形式です。.png、.pdf、.svg、.csvのいずれかを指定してください',
    '%1: writing failed: %2': '%1：書き込みに失敗しました：%2',
    'Sources: ': '出典：',
    '; and %n more (listed in the CSV export).': '、ほか%n件（CSV出力に一覧）。',
    '%n sources (listed in the CSV export).': '出典%n件（CSV出力に一覧）。',
    'AI Policy Explorer · dataset %1, data as of %2 · printed %3': 'AI Policy Explorer · データセット %1（%2時点）· 印刷 %3',
    # Figure table
    'Programme': '施策', 'Recipient': '交付先', 'Amount': '金額', 'Share': '割合', 'Total': '合計',
    # Filter panel
    '&Countries (none ticked = all)': '国・地域(&C)（未選択＝すべて）', 'Clear countries': '国の選択を解除',
    '&From year': '開始年(&F)', '&To year': '終了年(&T)', 'C&ategory': '分野(&A)', 'As announced': '発表時の通貨',
    'C&urrency': '通貨(&U)', 'Funding types': '資金の種類',
    # Labels
    'Strategy': '戦略', 'Compute': '計算資源', 'Models': '基盤モデル', 'Research': '研究', 'Chips': '半導体',
    'Talent': '人材', 'Other': 'その他', 'Public': '公的資金', 'Public–private': '官民', 'Private pledge': '民間の表明額',
    'Mobilisation target': '動員目標', 'Approved': '承認', 'Enacted': '成立', 'Allocated': '配分済み',
    'Disbursed': '支出済み', 'Withdrawn': '撤回', 'Law': '法律', 'Institute': '機関設立', 'Summit': '首脳会議',
    'Event': 'イベント', 'exact': '確定額', 'up to': '最大', 'about': '約', 'at least': '以上', 'more than': '超',
    'Total committed': '拠出決定額の合計', 'Per capita': '1人当たり', 'Annual share of GDP': '年平均のGDP比',
    'Indicator': '指標', 'Timeline': 'タイムライン', 'Comparison': '国際比較', 'Table': '一覧表',
    # Main window
    'AI Policy Explorer': 'AI Policy Explorer', 'Filters': 'フィルター',
    'Dataset %1 · data as of %2': 'データセット %1 · %2時点',
    '&File': 'ファイル(&F)', '&Print…': '印刷(&P)…', '&Export Current View…': '現在のビューを書き出す(&E)…',
    '&Add Current View to Briefing Pack': '現在のビューをブリーフィング資料に追加(&A)',
    '&Briefing Pack…': 'ブリーフィング資料(&B)…', '&Quit': '終了(&Q)', '&Edit': '編集(&E)',
    '&Copy Chart as Image': 'グラフを画像としてコピー(&C)', '&View': '表示(&V)', '&Greyscale': 'グレースケール(&G)',
    '&Language': '言語(&L)', '&Help': 'ヘルプ(&H)', '&About AI Policy Explorer': 'AI Policy Explorerについて(&A)',
    'About &Qt': 'Qtについて(&Q)', '%n programme(s) match the filters': 'フィルターに該当する施策：%n件',
    'Export %1': '%1を書き出す',
    'PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)':
        'PDF文書 (*.pdf);;PNG画像 (*.png);;SVG画像 (*.svg);;CSVデータ (*.csv)',
    'Export failed': '書き出しに失敗しました', 'Exported %1': '%1を書き出しました',
    'Copied the %1 figure to the clipboard': '%1の図をクリップボードにコピーしました',
    'National AI funding': '各国のAI関連予算',
    'Added %1 to the briefing pack (%n figure(s))': '%1をブリーフィング資料に追加しました（%n図）',
    'Export Briefing Pack': 'ブリーフィング資料を書き出す', 'PDF document (*.pdf)': 'PDF文書 (*.pdf)',
    'Writing the briefing pack…': 'ブリーフィング資料を書き出しています…', 'Cancel': 'キャンセル',
    'Briefing pack not written': 'ブリーフィング資料を書き出せませんでした',
    'About AI Policy Explorer': 'AI Policy Explorerについて',
    'AI Policy Explorer %1\n\nHow nations fund artificial intelligence: programmes, recipients and comparisons, every figure with its source.\n\nDataset %2, data as of %3; %4 programmes in %5 countries and blocs.':
        'AI Policy Explorer %1\n\n各国はAIにどう資金を投じているか：施策、交付先、国際比較。すべての数値に出典付き。\n\nデータセット %2（%3時点）：%5の国・地域の施策%4件。',
    'Funding': '資金',
    'Search programmes, bodies, countries…': '施策・機関・国を検索…',
    'The dataset cannot be opened.\n\n%1': 'データセットを開けません。\n\n%1',
    # Recipients
    'One programme': '施策ごと', 'All recipients ranked': '全交付先ランキング', '&Show:': '表示(&S)：',
    'Allocated (%1)': '配分額（%1）', 'No programme with named recipients matches the filters': '交付先が公表されている施策がフィルターに該当しません',
    # Timeline
    'Announcements': '発表', 'Annualised spending': '年当たり配分', 'Stack by country': '国別に積み上げ',
    'Stack by category': '分野別に積み上げ', 'AI funding announcements': 'AI関連予算の発表',
    'AI funding per year, programmes spread over their periods': '年当たりAI関連予算（施策期間で按分）',
    'Amount (%1, log scale)': '金額（%1、対数目盛）', 'Other countries (%1)': 'その他の国（%1）', 'Events': '出来事',
    'Year': '年', 'Funding per year (%1)': '年当たり金額（%1）', 'As announced: %1': '発表額：%1',
    'Converted: %1': '換算額：%1', 'Announced: %1': '発表日：%1', 'Status: %1': '状況：%1', 'Source: %1': '出典：%1',
    'English': 'English', 'Japanese': '日本語（Japanese）',
}

# The same English word meaning different things in different contexts.
JA_IN_CONTEXT = {
    ('Labels', 'Announced'): '発表済み',  # a status, not the date column
}

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, 'ai-policy-explorer_ja.ts')
tree = ET.parse(path)
missing = []
for context in tree.getroot().iter('context'):
    name = context.find('name').text
    for message in context.iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        text = JA_IN_CONTEXT.get((name, source), JA.get(source))
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, 'numerusform')
            form.text = text
        else:
            translation.text = text
tree.write(path, encoding='utf-8', xml_declaration=True)
for source in missing:
    print('untranslated:', repr(source))
