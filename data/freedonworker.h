#pragma once

#include <QThreadPool>

#include <memory>

// Set on a thread that frees what it lets go of itself, rather than handing it to the global pool: one the
// process waits for as it ends, when that pool may be gone.
inline thread_local bool freesSharesInPlace = false;

// Shares `object` and frees it on a worker thread once its last share goes. A dataset of 200,000 programmes
// takes a second or two to free, which would otherwise freeze the thread that let go of it: the window's,
// when another dataset replaces it.
template <typename T> std::shared_ptr<T> shareFreedOnWorker(T *object)
{
    return std::shared_ptr<T>(object, [](T *freed) {
        QThreadPool *workers = freesSharesInPlace ? nullptr : QThreadPool::globalInstance();
        if (workers)
            workers->start([freed] { delete freed; });
        else
            delete freed; // on such a thread, or the program is ending and its workers are gone
    });
}
