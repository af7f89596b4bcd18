#include "exitonfirstpaintedchart.h"

#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// `coldstart-bare DATASET`: the reference for coldstart, a bare Qt program linking only Qt and QCustomPlot,
// whose window's QCustomPlot draws each country's summed amounts read from DATASET with plain SQL, ending
// the moment that chart is painted.
int main(int argc, char *argv[])
{
    return runToFirstPaintedChart(argc, argv, "coldstart-bare", [](const QString &dataset) {
        QVector<double> keys, values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
            db.setDatabaseName(dataset);
            if (!db.open())
                return std::unique_ptr<QMainWindow>();
            QSqlQuery query(u"SELECT country_code, SUM(amount) FROM programmes GROUP BY country_code"_s, db);
            while (query.next()) {
                keys.append(double(keys.size()));
                values.append(query.value(1).toDouble());
            }
        }
        if (keys.isEmpty())
            return std::unique_ptr<QMainWindow>();
        auto window = std::make_unique<QMainWindow>();
        auto *plot = new QCustomPlot(window.get());
        window->setCentralWidget(plot);
        auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setData(keys, values);
        plot->rescaleAxes();
        window->resize(1280, 800);
        window->show();
        return window;
    });
}
