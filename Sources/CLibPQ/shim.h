// libpq, the PostgreSQL client library (Debian: libpq-dev), with its TLS and SCRAM.
#include <libpq-fe.h>
