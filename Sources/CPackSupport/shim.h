// Compression and the pack checksum for TavleGit's pack writer. Both libraries are already
// loaded with libgit2 (Debian builds it on zlib and mbed TLS); their headers come with
// libgit2-dev's dependencies zlib1g-dev and libmbedtls-dev.
#include <zlib.h>
#include <mbedtls/sha1.h>
#include <mbedtls/sha256.h>
