// Brings libsqlite3's C API into Swift as the CSQLite module.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro cast Swift cannot import; expose it as a function.
static inline sqlite3_destructor_type csqlite_transient(void) { return (sqlite3_destructor_type)-1; }
