/*
 * testhook.c — the pause points crash tests use (RG_TEST_PAUSE, see
 * util.h): a run is stopped at a known point so that a test can SIGKILL it
 * there and check what is left. Signals readiness with a file, not a
 * message: the library writes nothing to the terminal.
 */
#define _XOPEN_SOURCE 700
#include "rollgate/util.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void rg_test_pause(const char *point)
{
    const char *spec = getenv("RG_TEST_PAUSE");
    size_t n = strlen(point);
    if (!spec || strncmp(spec, point, n) != 0 || spec[n] != ':') return;
    char *end;
    long seconds = strtol(spec + n + 1, &end, 10);
    if (*end == ':' && end[1]) {
        int fd = open(end + 1, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) close(fd);
    }
    if (seconds > 0) sleep((unsigned)seconds);
}
