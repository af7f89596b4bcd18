#include "hugepages.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#if defined(__linux__) && defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 35)
#include <unistd.h>

void restartAskingForHugePages(char **argv)
{
    constexpr char kVariable[] = "GLIBC_TUNABLES";
    constexpr char kTunable[] = "glibc.malloc.hugetlb";
    constexpr char kArenas[] = "glibc.malloc.arena_max";
    const char *tunables = std::getenv(kVariable);
    const char *preloaded = std::getenv("LD_PRELOAD");
    if ((preloaded && *preloaded) || (tunables && std::strstr(tunables, kTunable)))
        return;
    std::string mode;
    std::getline(std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled"), mode);
    if (mode.find("[madvise]") == std::string::npos)
        return; // "always" gives them unasked, "never" not at all
    const std::string before = tunables ? tunables : "";
    std::string asking = (before.empty() ? "" : before + ':') + kTunable + "=1";
    // Every thread allocates from the one arena that huge pages back: glibc gives a thread an arena of its
    // own, in heaps that were not (a worker's check of a large dataset took twice as long).
    if (before.find(kArenas) == std::string::npos)
        asking += std::string(":") + kArenas + "=1";
    if (::setenv(kVariable, asking.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Not restarted: go on as started.
    if (tunables)
        ::setenv(kVariable, before.c_str(), 1);
    else
        ::unsetenv(kVariable);
}
#else
void restartAskingForHugePages(char **) {}
#endif
