#pragma once

// Starts this program again, once, with glibc's allocator asking the kernel for transparent huge pages, where
// that helps: on Linux with glibc 2.35 or later, when the kernel gives huge pages only to memory that asks
// for them (transparent_hugepage "madvise", the default of many distributions). A dataset of a few hundred
// thousand programmes lives in a few hundred megabytes of large arrays; on 4 KiB pages the faults that first
// touch them were most of opening one from its snapshot, more so on a virtual desktop. Unless the environment
// says otherwise, every thread then allocates from the main arena, the one huge pages back. The allocator
// reads its tunables only as a process starts, hence the restart. Nothing happens when the environment names
// the tunable already, or when a library is preloaded (valgrind, heaptrack), which a restart would leave
// behind. Call first thing in main; returns only when it does not restart.
void restartAskingForHugePages(char **argv);
