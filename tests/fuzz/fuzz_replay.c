/*
 * fuzz_replay.c — runs the fuzz entry point (fuzz_catalog.c) over seed
 * files, so every normal and sanitizer test run replays the seed corpus and
 * every crash input ever found, without needing clang's libFuzzer.
 *
 *   fuzz_replay DIR-OR-FILE...
 *
 * Each input runs in a child process: a crash, a sanitizer report or a
 * broken invariant fails that input only, and is named, and the others
 * still run. RG_REPLAY_NOFORK=1 runs everything in-process (for gdb).
 * Prints "N passed, N failed"; exits 1 if any input failed.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <pg_query.h>

#include "../harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int read_all(const char *path, uint8_t **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            uint8_t *grown = realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap *= 2;
        }
    }
    int err = ferror(f) || !buf;
    fclose(f);
    if (err) {
        free(buf);
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int run_in_process(const char *path)
{
    uint8_t *data;
    size_t len;
    if (read_all(path, &data, &len) != 0) return -1;
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    return 0;
}

static void replay_file(const char *path)
{
    if (getenv("RG_REPLAY_NOFORK")) {
        int rc = run_in_process(path);
        if (rc == 0) passed++;
        else {
            failed++;
            printf("FAIL %s: cannot read: %s\n", path, strerror(errno));
        }
        return;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        failed++;
        printf("FAIL %s: fork: %s\n", path, strerror(errno));
        return;
    }
    if (pid == 0) {
        int rc = run_in_process(path);
        pg_query_exit();
        exit(rc == 0 ? 0 : 100); /* exit() so LeakSanitizer runs */
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        passed++;
    } else if (WIFEXITED(status) && WEXITSTATUS(status) == 100) {
        failed++;
        printf("FAIL %s: cannot read\n", path);
    } else if (WIFSIGNALED(status)) {
        failed++;
        printf("FAIL %s: killed by signal %d\n", path, WTERMSIG(status));
    } else {
        failed++;
        printf("FAIL %s: exit status %d\n", path, WEXITSTATUS(status));
    }
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays a folder's regular files in name order (deterministic output). */
static void replay_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        failed++;
        printf("FAIL %s: %s\n", dir, strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown) break;
            names = grown;
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) break;
        snprintf(names[n], len, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, name_cmp);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) replay_file(names[i]);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: fuzz_replay DIR-OR-FILE...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            failed++;
            printf("FAIL %s: %s\n", argv[i], strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            replay_dir(argv[i]);
        } else {
            replay_file(argv[i]);
        }
    }
    if (getenv("RG_REPLAY_NOFORK")) pg_query_exit();
    return TEST_SUMMARY();
}
