#pragma once

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <memory>

// Shares `object` and, when its last share goes on the application's main thread, frees it on a worker. A
// dataset of 200,000 programmes takes a second or two to free, which would otherwise freeze the window.
// Another thread letting go frees it itself: it is a worker already, and may be one the pool waits for as
// the program ends.
template <typename T> std::shared_ptr<T> shareFreedOnWorker(T *object)
{
    return std::shared_ptr<T>(object, [](T *freed) {
        const QCoreApplication *application = QCoreApplication::instance();
        if (application && QThread::currentThread() == application->thread())
            QThreadPool::globalInstance()->start([freed] { delete freed; });
        else
            delete freed;
    });
}
