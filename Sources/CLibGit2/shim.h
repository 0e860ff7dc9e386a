#include <git2.h>
// Not in git2.h: the in-memory object store that keeps a run's new objects until they are
// written as one pack, and the backend interface to ask that store what it holds.
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

// git_libgit2_opts is variadic, which Swift cannot call; these fix the arguments' types.
static inline int tavle_git_limit_mapped_packs(size_t window_size, size_t mapped_limit) {
    int error = git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, window_size);
    return error < 0 ? error : git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, mapped_limit);
}
