#include "datasetstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Damaged copies of the bundled database, made the same way on every run: each copy must load to exactly the
// figures of the undamaged file or be refused with one line; it must never load with different figures.
class TestDatasetCorruption : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void damagedCopyLoadsTheSameOrIsRefused_data();
    void damagedCopyLoadsTheSameOrIsRefused();

private:
    QByteArray m_bytes;
    std::optional<Dataset> m_original;
};

void TestDatasetCorruption::initTestCase()
{
    QFile file(QStringLiteral(APE_BUNDLED_DATASET));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_bytes = file.readAll();
    const DatasetLoadResult loaded = readDatasetDatabase(file.fileName());
    QVERIFY2(loaded.dataset, qPrintable(loaded.error));
    m_original = loaded.dataset;
}

void TestDatasetCorruption::damagedCopyLoadsTheSameOrIsRefused_data()
{
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("xorMask"); // 0 cuts the file at `offset` instead
    // A fixed seed, so every run damages the same bytes in the same way.
    QRandomGenerator random(20261130);
    for (int i = 0; i < 200; ++i) {
        const auto offset = qsizetype(random.bounded(quint64(m_bytes.size())));
        const int mask = int(random.bounded(1u, 256u));
        QTest::addRow("byte %lld xor 0x%02x", qlonglong(offset), mask) << offset << mask;
    }
    // A line break inside a reference, which the refusal quotes: it must still be one line.
    const qsizetype reference = m_bytes.lastIndexOf("gdp-wb-wdi-ny-gdp-mktp-cd");
    QVERIFY(reference > 0);
    QTest::addRow("line break in a reference") << reference + 3 << ('-' ^ '\n');
    const qsizetype page = 4096;
    for (const qsizetype length :
         {qsizetype(0), qsizetype(100), page, m_bytes.size() / 2, m_bytes.size() - page, m_bytes.size() - 1})
        QTest::addRow("cut to %lld bytes", qlonglong(length)) << length << 0;
}

void TestDatasetCorruption::damagedCopyLoadsTheSameOrIsRefused()
{
    QFETCH(qsizetype, offset);
    QFETCH(int, xorMask);
    QByteArray damaged = m_bytes;
    if (xorMask == 0)
        damaged.truncate(offset);
    else
        damaged[offset] = char(damaged.at(offset) ^ xorMask);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dataset.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(damaged) == damaged.size());
    file.close();

    const DatasetLoadResult loaded = readDatasetDatabase(path);
    if (loaded.dataset) {
        QVERIFY2(*loaded.dataset == *m_original, "the damaged copy loaded with different figures");
    } else {
        QVERIFY2(loaded.error.startsWith(path + u": "_s), qPrintable(loaded.error));
        QVERIFY2(!loaded.error.contains(u'\n'), qPrintable(loaded.error));
    }
}

QTEST_GUILESS_MAIN(TestDatasetCorruption)
#include "tst_datasetcorruption.moc"
