#include "hugepages.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

// `show-huge-page-restart`: starts as ai-policy-explorer does, restarting if it would, then prints its
// process id and GLIBC_TUNABLES, for tst_hugepages.
int main(int, char *argv[])
{
    restartAskingForHugePages(argv);
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    std::printf("%d\n%s\n", int(::getpid()), tunables ? tunables : "(unset)");
    return EXIT_SUCCESS;
}
