#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The Japanese catalogue is complete and current, and every user-visible string goes through tr().
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueHasNoUnfinishedOrObsoleteEntries();
    void catalogueCoversEveryStringInTheSources();
    void noUserVisibleLiteralOutsideTr();

private:
    static QStringList problems(const QString &tsPath);
};

QStringList TestTranslations::problems(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {u"cannot read "_s + tsPath};
    QXmlStreamReader xml(&file);
    QStringList found;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"unfinished" || type == u"obsolete" || type == u"vanished")
                found.append(type + u": "_s + source);
        }
    }
    if (xml.hasError())
        found.append(xml.errorString());
    return found;
}

void TestTranslations::catalogueHasNoUnfinishedOrObsoleteEntries()
{
    const QStringList found = problems(QStringLiteral(APE_TS_FILE));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestTranslations::catalogueCoversEveryStringInTheSources()
{
    // lupdate over today's sources, on a copy: a new string stays unfinished, a removed one turns vanished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"check_ja.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(APE_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(APE_SOURCE_DIR));
    lupdate.start(QStringLiteral(APE_LUPDATE), {u"-silent"_s, u"-locations"_s, u"none"_s, u"app"_s,
                                                u"widgets"_s, u"data"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QStringList found = problems(copy);
    QVERIFY2(found.isEmpty(),
             qPrintable(u"build the update_translations target, then translate in Qt Linguist:\n"_s +
                        found.join(u'\n')));
}

void TestTranslations::noUserVisibleLiteralOutsideTr()
{
    // Text handed straight to a widget, menu or message as a literal would never be translated.
    static const QRegularExpression literal(
        uR"((setText|setWindowTitle|setPlaceholderText|setToolTip|setStatusTip|addItem|addAction|addMenu|addTab|setLabel|showMessage|QLabel|QPushButton|QCheckBox|QGroupBox)\(\s*(u"|"))"_s);
    // The data layer hands its text to the views in the fields of its value types; a word there is shown.
    static const QRegularExpression fieldLiteral(
        uR"(\b(title|note|warning|valueAxis|unit|caption|label|detail)\s*=\s*u?"[^"]*[A-Za-z])"_s);
    QStringList found;
    for (const QString &folder : {u"app"_s, u"widgets"_s, u"data"_s}) {
        QDirIterator it(QStringLiteral(APE_SOURCE_DIR) + u'/' + folder, {u"*.cpp"_s});
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (literal.match(lines.at(i)).hasMatch() || fieldLiteral.match(lines.at(i)).hasMatch())
                    found.append(QStringLiteral("%1:%2: %3")
                                     .arg(file.fileName())
                                     .arg(i + 1)
                                     .arg(lines.at(i).trimmed()));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
