#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// restartAskingForHugePages, seen from outside: the program it starts again is the same process, and the
// environment it runs with asks glibc for huge pages only where the kernel gives them when asked.
class TestHugePages : public QObject
{
    Q_OBJECT

private slots:
    void restartsOnceWhereItHelps_data();
    void restartsOnceWhereItHelps();
};

namespace {

bool kernelGivesHugePagesWhenAsked()
{
    QFile mode(u"/sys/kernel/mm/transparent_hugepage/enabled"_s);
    return mode.open(QIODevice::ReadOnly) && mode.readAll().contains("[madvise]");
}

} // namespace

void TestHugePages::restartsOnceWhereItHelps_data()
{
    QTest::addColumn<QString>("tunables"); // as given; empty for none
    QTest::addColumn<bool>("preload");
    QTest::addColumn<QString>("expected"); // as the program runs with them
    const bool asks = kernelGivesHugePagesWhenAsked();
    const QString hugePages = u"glibc.malloc.hugetlb=1"_s;
    QTest::addRow("nothing set") << QString() << false
                                 << (asks ? hugePages + u":glibc.malloc.arena_max=1"_s : u"(unset)"_s);
    QTest::addRow("the user's arenas kept")
        << u"glibc.malloc.arena_max=2"_s << false
        << (asks ? u"glibc.malloc.arena_max=2:"_s + hugePages : u"glibc.malloc.arena_max=2"_s);
    QTest::addRow("other tunables kept")
        << u"glibc.malloc.tcache_count=8"_s << false
        << (asks ? u"glibc.malloc.tcache_count=8:"_s + hugePages + u":glibc.malloc.arena_max=1"_s
                 : u"glibc.malloc.tcache_count=8"_s);
    QTest::addRow("the user's own choice stands")
        << u"glibc.malloc.hugetlb=0"_s << false << u"glibc.malloc.hugetlb=0"_s;
    QTest::addRow("a preloaded library is not left behind") << QString() << true << u"(unset)"_s;
}

void TestHugePages::restartsOnceWhereItHelps()
{
    QFETCH(QString, tunables);
    QFETCH(bool, preload);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"GLIBC_TUNABLES"_s);
    environment.remove(u"LD_PRELOAD"_s);
    if (!tunables.isEmpty())
        environment.insert(u"GLIBC_TUNABLES"_s, tunables);
    if (preload) {
        environment.insert(u"LD_PRELOAD"_s, u"libm.so.6"_s); // loaded by every Qt program anyway
        // Under AddressSanitizer a library preloaded ahead of its runtime ends the program unless told not
        // to.
        const QString sanitizer = environment.value(u"ASAN_OPTIONS"_s);
        environment.insert(u"ASAN_OPTIONS"_s, (sanitizer.isEmpty() ? QString() : sanitizer + u':') +
                                                  u"verify_asan_link_order=0"_s);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(APE_SHOW_HUGE_PAGE_RESTART), {});
    QVERIFY(process.waitForStarted());
    const qint64 started = process.processId();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), EXIT_SUCCESS);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toLongLong(), started); // started again in place, not as a child
    QCOMPARE(QString::fromUtf8(lines.at(1)), expected);
}

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
