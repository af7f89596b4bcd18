#pragma once

#include <QApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

// Runs `work` on a worker thread under a busy pointer, the windows still answering, and hands its result to
// `done` on `context`'s thread; nothing is handed over once `context` is gone.
template <typename Work, typename Done> void runWhileBusy(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        QApplication::restoreOverrideCursor();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}
