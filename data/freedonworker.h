#pragma once

#include <QThreadPool>

#include <memory>

// Shares `object` and frees it on a worker thread once its last share goes. A dataset of 200,000 programmes
// takes a second or two to free, which would otherwise freeze the thread that let go of it: the window's,
// when another dataset replaces it.
template <typename T> std::shared_ptr<T> shareFreedOnWorker(T *object)
{
    return std::shared_ptr<T>(object, [](T *freed) {
        if (QThreadPool *workers = QThreadPool::globalInstance())
            workers->start([freed] { delete freed; });
        else
            delete freed; // the program is ending and its workers are gone
    });
}
