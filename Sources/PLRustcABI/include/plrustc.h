/*
 * plrustc.h — the C ABI between a function built by `plrustc compile` and its host
 * (the PostgreSQL language extension, or `plrustc call`).
 *
 * Each artifact exports one entry point, named in the manifest (`entry`), of type
 * `plrustc_entry_fn`, and the constant `PLRUSTC_ABI_VERSION` it was built for in the
 * manifest (`abi_version`). The host passes the arguments as values in declaration
 * order (NULLs included), and a callback table; the function reports rows, log
 * messages and errors through the callbacks and returns a status.
 *
 * Memory: everything the host passes in is borrowed for the duration of the call;
 * everything the function passes to a callback is valid only during that callback
 * (copy what you keep). Nothing is freed across the boundary.
 *
 * Panics never cross the boundary: a panic in the function becomes an error
 * (PLRUSTC_ERROR, message through `error`), as does an `Err` returned by the body.
 */
#ifndef PLRUSTC_H
#define PLRUSTC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PLRUSTC_ABI_VERSION 1

/* SQL types, as `plrustc_value.type`. An array is PLRUSTC_ARRAY | element type. */
enum plrustc_type {
    PLRUSTC_BOOL = 1,    /* int_value 0 or 1 */
    PLRUSTC_CHAR = 2,    /* "char": int_value -128…127 */
    PLRUSTC_INT2 = 3,    /* smallint: int_value */
    PLRUSTC_INT4 = 4,    /* integer: int_value */
    PLRUSTC_INT8 = 5,    /* bigint: int_value */
    PLRUSTC_FLOAT4 = 6,  /* real: float_value */
    PLRUSTC_FLOAT8 = 7,  /* double precision: float_value */
    PLRUSTC_TEXT = 8,    /* text, varchar: bytes/length, UTF-8, no terminator needed */
    PLRUSTC_BYTEA = 9,   /* bytea: bytes/length */
    PLRUSTC_VOID = 10,   /* a void result (always NULL) */
    PLRUSTC_ARRAY = 0x100 /* one-dimensional array: elements/length */
};

typedef struct plrustc_value {
    uint32_t type;                          /* enum plrustc_type */
    uint32_t is_null;                       /* 1: SQL NULL (other fields ignored) */
    int64_t int_value;                      /* bool, "char", smallint, integer, bigint */
    double float_value;                     /* real, double precision */
    const uint8_t *bytes;                   /* text, bytea */
    size_t length;                          /* bytes of text/bytea; elements of an array */
    const struct plrustc_value *elements;   /* array elements, each typed as the element type */
} plrustc_value;

/* Log levels, PostgreSQL's elog levels. */
enum plrustc_log_level {
    PLRUSTC_DEBUG5 = 10, PLRUSTC_DEBUG4 = 11, PLRUSTC_DEBUG3 = 12, PLRUSTC_DEBUG2 = 13,
    PLRUSTC_DEBUG1 = 14, PLRUSTC_LOG = 15, PLRUSTC_INFO = 17, PLRUSTC_NOTICE = 18,
    PLRUSTC_WARNING = 19
};

typedef struct plrustc_host {
    uint32_t abi_version;   /* PLRUSTC_ABI_VERSION */
    void *context;          /* passed back to every callback */
    /* A message from log!, info!, notice!, warning!, debug1!…debug5!. */
    void (*log)(void *context, int32_t level, const uint8_t *message, size_t length);
    /* One result row: one column for a scalar or SETOF result, N for RETURNS TABLE.
     * A scalar function reports exactly one row (its value may be NULL); a set
     * returning function one call per row, none for an empty set. */
    void (*row)(void *context, const plrustc_value *columns, size_t count);
    /* The error that ends the call (an `Err`, a panic, error!, or a wrong call). */
    void (*error)(void *context, const uint8_t *message, size_t length);
} plrustc_host;

/* Statuses returned by an entry point. */
enum plrustc_status {
    PLRUSTC_OK = 0,        /* rows reported */
    PLRUSTC_ERROR = 1,     /* the function failed; message reported through `error` */
    PLRUSTC_BAD_CALL = 2   /* wrong ABI version, argument count or types; message through `error` if possible */
};

typedef int32_t (*plrustc_entry_fn)(const plrustc_host *host, const plrustc_value *args, size_t count);

/* Trigger functions (`RETURNS trigger`, manifest "kind": "trigger") export an entry point of
 * type `plrustc_trigger_fn` instead. The host describes the event and the rows; the function
 * reports the row to use through `row` (all columns, in order), or nothing for NULL (a BEFORE
 * ROW trigger then skips the operation). */
enum plrustc_trigger_event { PLRUSTC_INSERT = 1, PLRUSTC_UPDATE = 2, PLRUSTC_DELETE = 3, PLRUSTC_TRUNCATE = 4 };
enum plrustc_trigger_when { PLRUSTC_BEFORE = 1, PLRUSTC_AFTER = 2, PLRUSTC_INSTEAD_OF = 3 };
enum plrustc_trigger_level { PLRUSTC_ROW = 1, PLRUSTC_STATEMENT = 2 };

typedef struct plrustc_column {
    const uint8_t *name;                    /* UTF-8 */
    size_t name_length;
    uint32_t type;                          /* enum plrustc_type */
} plrustc_column;

typedef struct plrustc_trigger {
    uint32_t event;                         /* enum plrustc_trigger_event */
    uint32_t when;                          /* enum plrustc_trigger_when */
    uint32_t level;                         /* enum plrustc_trigger_level */
    const uint8_t *name; size_t name_length;        /* the trigger's name */
    const uint8_t *table; size_t table_length;      /* the table's name */
    const uint8_t *schema; size_t schema_length;    /* the table's schema */
    const plrustc_column *columns; size_t column_count;
    const plrustc_value *old_row;           /* column_count values, or NULL when there is no old row */
    const plrustc_value *new_row;           /* column_count values, or NULL when there is no new row */
    const plrustc_value *arguments; size_t argument_count; /* CREATE TRIGGER's arguments, as text */
} plrustc_trigger;

typedef int32_t (*plrustc_trigger_fn)(const plrustc_host *host, const plrustc_trigger *trigger);

#ifdef __cplusplus
}
#endif

#endif /* PLRUSTC_H */
