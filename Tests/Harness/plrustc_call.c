/*
 * A minimal host for plrustc.h, in C: loads a built function and calls it.
 * The aarch64 test cross-compiles it and runs it under qemu-aarch64-static,
 * since `plrustc call` itself runs only on the build machine.
 *
 * Usage: plrustc_call LIBRARY ENTRY [TYPE:VALUE | null:TYPE]...
 *   TYPE: bool, int2, int4, int8, float8, text
 * Prints each row (columns joined by " | "), log lines as "LEVEL n: text" on
 * stderr, and "error: …" for an error. Exit status: the entry point's status.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plrustc.h"

static void on_log(void *context, int32_t level, const uint8_t *message, size_t length) {
    (void)context;
    fprintf(stderr, "LEVEL %d: %.*s\n", level, (int)length, (const char *)message);
}

static void print_value(const plrustc_value *value) {
    if (value->is_null) {
        fputs("NULL", stdout);
        return;
    }
    switch (value->type) {
    case PLRUSTC_FLOAT4:
    case PLRUSTC_FLOAT8:
        printf("%g", value->float_value);
        break;
    case PLRUSTC_TEXT:
        printf("%.*s", (int)value->length, (const char *)value->bytes);
        break;
    case PLRUSTC_BOOL:
        fputs(value->int_value ? "t" : "f", stdout);
        break;
    default:
        printf("%lld", (long long)value->int_value);
    }
}

static void on_row(void *context, const plrustc_value *columns, size_t count) {
    (void)context;
    for (size_t index = 0; index < count; index++) {
        if (index > 0) fputs(" | ", stdout);
        print_value(&columns[index]);
    }
    fputc('\n', stdout);
}

static void on_error(void *context, const uint8_t *message, size_t length) {
    (void)context;
    printf("error: %.*s\n", (int)length, (const char *)message);
}

static int type_code(const char *name) {
    if (strcmp(name, "bool") == 0) return PLRUSTC_BOOL;
    if (strcmp(name, "int2") == 0) return PLRUSTC_INT2;
    if (strcmp(name, "int4") == 0) return PLRUSTC_INT4;
    if (strcmp(name, "int8") == 0) return PLRUSTC_INT8;
    if (strcmp(name, "float8") == 0) return PLRUSTC_FLOAT8;
    if (strcmp(name, "text") == 0) return PLRUSTC_TEXT;
    return -1;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s LIBRARY ENTRY [TYPE:VALUE | null:TYPE]...\n", argv[0]);
        return 64;
    }
    void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        fprintf(stderr, "cannot load %s: %s\n", argv[1], dlerror());
        return 65;
    }
    plrustc_entry_fn entry = (plrustc_entry_fn)dlsym(library, argv[2]);
    if (!entry) {
        fprintf(stderr, "no entry point %s\n", argv[2]);
        return 65;
    }
    size_t count = (size_t)(argc - 3);
    plrustc_value *values = calloc(count ? count : 1, sizeof(plrustc_value));
    for (size_t index = 0; index < count; index++) {
        char *argument = argv[3 + index];
        char *colon = strchr(argument, ':');
        if (!colon) {
            fprintf(stderr, "bad argument %s\n", argument);
            return 64;
        }
        *colon = '\0';
        const char *value = colon + 1;
        plrustc_value *slot = &values[index];
        if (strcmp(argument, "null") == 0) {
            slot->is_null = 1;
            slot->type = (uint32_t)type_code(value);
            continue;
        }
        int code = type_code(argument);
        if (code < 0) {
            fprintf(stderr, "unknown type %s\n", argument);
            return 64;
        }
        slot->type = (uint32_t)code;
        if (code == PLRUSTC_TEXT) {
            slot->bytes = (const uint8_t *)value;
            slot->length = strlen(value);
        } else if (code == PLRUSTC_FLOAT8) {
            slot->float_value = strtod(value, NULL);
        } else if (code == PLRUSTC_BOOL) {
            slot->int_value = strcmp(value, "t") == 0 || strcmp(value, "true") == 0;
        } else {
            slot->int_value = strtoll(value, NULL, 10);
        }
    }
    plrustc_host host = {PLRUSTC_ABI_VERSION, NULL, on_log, on_row, on_error};
    int32_t status = entry(&host, values, count);
    free(values);
    fflush(stdout);
    return status;
}
