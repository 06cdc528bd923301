/* Starting a build step (rustc, cargo, a linker) as the leader of a process
 * group of its own, with its per-process limits set before it runs, so that
 * plrustc can watch and kill the whole tree it grows into. */
#ifndef PLRUSTC_PROCESS_CONTROL_H
#define PLRUSTC_PROCESS_CONTROL_H

#include <stdint.h>
#include <sys/types.h>

/* Per-process limits every process of the tree inherits; 0 leaves one unset. */
typedef struct plrustc_process_limits {
    /* CPU seconds (RLIMIT_CPU): the kernel ends a process that uses more. */
    uint64_t cpu_seconds;
    /* Bytes (RLIMIT_FSIZE): no file the process writes can grow larger. */
    uint64_t file_size;
} plrustc_process_limits;

/* Starts `path` with `argv` and `envp` (NULL-terminated), standard input
 * from /dev/null, output and errors into the files `out_path` and
 * `err_path` (created, truncated, mode 0600), with `limits` and no core
 * files; with `new_group`, in a new process group whose id is its pid
 * (otherwise in the caller's). Returns the pid, or -1 with `*error` set to
 * the errno of what failed (the program could not be run). */
pid_t plrustc_spawn(const char *path, char *const argv[], char *const envp[], const char *out_path,
                    const char *err_path, plrustc_process_limits limits, int new_group, int *error);

/* Makes the calling process the reaper of its orphaned descendants
 * (PR_SET_CHILD_SUBREAPER): a process a build step starts that leaves its
 * process group and outlives its parent becomes the caller's child, where
 * it can be found and killed. Returns 0, or -1 with errno set. */
int plrustc_adopt_orphans(void);

#endif
