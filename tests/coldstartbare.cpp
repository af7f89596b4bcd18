#include "exitonfirstpaintedchart.h"

#include <QApplication>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

// `coldstart-bare DATASET`: the reference for coldstart, a bare Qt program linking only Qt and QCustomPlot,
// whose window's QCustomPlot draws each country's summed amounts read from DATASET with plain SQL, ending
// the moment that chart is painted.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: coldstart-bare DATASET\n", stderr);
        return EXIT_FAILURE;
    }
    ExitOnFirstPaintedChart exitOnPaint;
    app.installEventFilter(&exitOnPaint);
    QVector<double> keys, values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open())
            return EXIT_FAILURE;
        QSqlQuery query(u"SELECT country_code, SUM(amount) FROM programmes GROUP BY country_code"_s, db);
        while (query.next()) {
            keys.append(double(keys.size()));
            values.append(query.value(1).toDouble());
        }
    }
    if (keys.isEmpty())
        return EXIT_FAILURE;
    QMainWindow window;
    auto *plot = new QCustomPlot(&window);
    window.setCentralWidget(plot);
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setData(keys, values);
    plot->rescaleAxes();
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
