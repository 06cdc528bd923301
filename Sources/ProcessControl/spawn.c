#define _GNU_SOURCE
#include "process_control.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* vfork: the child shares the parent's memory until it calls execve, so it
 * only makes system calls (setpgid, setrlimit, open, dup2, execve) and
 * reports a failure through `failure`, which the parent reads once the
 * child has exec'd or exited. The limits are in place before the program's
 * first instruction, and every process it starts inherits them. */
pid_t plrustc_spawn(const char *path, char *const argv[], char *const envp[], const char *out_path,
                    const char *err_path, plrustc_process_limits limits, int new_group, int *error) {
    volatile int failure = 0;
    pid_t pid = vfork();
    if (pid < 0) {
        *error = errno;
        return -1;
    }
    if (pid == 0) {
        struct rlimit none = {0, 0};
        if (new_group && setpgid(0, 0) != 0) goto failed;
        if (setrlimit(RLIMIT_CORE, &none) != 0) goto failed;
        if (limits.cpu_seconds > 0) {
            /* SIGXCPU at the limit (which names the reason); SIGKILL a little later if it is caught. */
            struct rlimit cpu = {limits.cpu_seconds, limits.cpu_seconds + 5};
            if (setrlimit(RLIMIT_CPU, &cpu) != 0) goto failed;
        }
        if (limits.file_size > 0) {
            struct rlimit size = {limits.file_size, limits.file_size};
            if (setrlimit(RLIMIT_FSIZE, &size) != 0) goto failed;
        }
        int input = open("/dev/null", O_RDONLY);
        int output = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int errors = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (input < 0 || output < 0 || errors < 0) goto failed;
        if (dup2(input, 0) < 0 || dup2(output, 1) < 0 || dup2(errors, 2) < 0) goto failed;
        if (input > 2) close(input);
        if (output > 2) close(output);
        if (errors > 2) close(errors);
        execve(path, argv, envp);
    failed:
        failure = errno == 0 ? EINVAL : errno;
        _exit(127);
    }
    if (failure != 0) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        *error = failure;
        return -1;
    }
    /* Also from here: whichever runs first, the group exists before anyone signals it. */
    if (new_group) setpgid(pid, pid);
    return pid;
}

int plrustc_adopt_orphans(void) {
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}
