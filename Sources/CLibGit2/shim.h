#include <git2.h>
// Not in git2.h: the in-memory object store that keeps a run's new objects until they are
// written as one pack, and the backend interface to ask that store what it holds.
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
