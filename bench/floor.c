/*
 * The ptrace floor: the least a syscall tracer can do per call, so that the
 * benchmark can show how far rstrace (and strace) sit above it.
 *
 *   floor both CMD [ARGS...]   stop at every syscall entry and exit, wait4()
 *                              with rusage, PTRACE_GET_SYSCALL_INFO at both
 *                              stops (the floor the statistics issue names)
 *   floor none CMD [ARGS...]   the same stops with no info request at all:
 *                              what the stops alone cost
 *
 * Follows forks, vforks and clones (like -f), re-injects signals, exits with
 * the command's status. It records nothing: it is a yardstick, not a tracer.
 */
#define _GNU_SOURCE
#include <sys/ptrace.h> /* before linux/ptrace.h, which it must not follow */
#include <linux/ptrace.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3 || (strcmp(argv[1], "both") && strcmp(argv[1], "none"))) {
        fprintf(stderr, "usage: floor both|none CMD [ARGS...]\n");
        return 2;
    }
    int info_calls = strcmp(argv[1], "both") == 0;
    pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 1;
    }
    if (child == 0) {
        raise(SIGSTOP);
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    if (waitpid(child, NULL, WSTOPPED) < 0 ||
        ptrace(PTRACE_SEIZE, child, 0,
               PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK |
                   PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL) < 0) {
        perror("ptrace");
        return 1;
    }
    kill(child, SIGCONT);

    struct __ptrace_syscall_info info;
    struct rusage ru;
    int status, code = 0;
    pid_t pid;
    while ((pid = wait4(-1, &status, __WALL, &ru)) > 0) {
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            if (pid == child)
                code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            continue;
        }
        int sig = WSTOPSIG(status), inject = 0;
        if (sig == (SIGTRAP | 0x80)) {
            if (info_calls)
                ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof info, &info);
        } else if (status >> 16 == PTRACE_EVENT_STOP) {
            /* group-stop or the initial stop of a new tracee */
            if (sig != SIGTRAP && sig != SIGSTOP && sig != SIGCONT) {
                ptrace(PTRACE_LISTEN, pid, 0, 0);
                continue;
            }
        } else if (status >> 16 == 0) {
            inject = sig;
        }
        ptrace(PTRACE_SYSCALL, pid, 0, inject);
    }
    return code;
}
