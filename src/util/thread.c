/*
 * thread.c — running a whole command on a stack of a known size.
 *
 * The recursive stages (parse-tree unpacking inside libpg_query, the
 * catalog interpreter, the normaliser, the simulator, the deparser) need a
 * stack proportional to the nesting limit (rollgate/parse.h). The main
 * thread's stack is whatever `ulimit -s` says, so the CLI runs each command
 * on a thread whose stack it chose. The same holds for work a stage hands
 * to the second core (rg_task_start).
 */
#include "rollgate/util.h"

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>

typedef struct call {
    int (*fn)(void *);
    void *arg;
    int result;
} call;

static void *trampoline(void *p)
{
    call *c = p;
    c->result = c->fn(c->arg);
    return NULL;
}

/* A thread running c with a stack of `bytes`; false if none can be made. */
static bool spawn(pthread_t *th, size_t bytes, call *c)
{
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) return false;
    bool made = pthread_attr_setstacksize(&attr, bytes) == 0 && pthread_create(th, &attr, trampoline, c) == 0;
    pthread_attr_destroy(&attr);
    return made;
}

int rg_run_with_stack(size_t bytes, int (*fn)(void *), void *arg)
{
    call c = {fn, arg, 0};
    pthread_t th;
    if (!spawn(&th, bytes, &c)) return fn(arg);
    /* Signals go to the thread doing the work, as they went to the only
     * thread before: its blocking calls see EINTR and its handlers run
     * where the state they clean up lives. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_join(th, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return c.result;
}

struct rg_task {
    pthread_t th;
    call c;
    bool spawned;
};

rg_task *rg_task_start(size_t bytes, int (*fn)(void *), void *arg)
{
    rg_task *t = rg_xcalloc(1, sizeof *t);
    t->c = (call){fn, arg, 0};
    /* The new thread inherits the mask: signals keep going to the
     * pipeline's thread, whose handlers know what to clean up. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    t->spawned = spawn(&t->th, bytes, &t->c);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!t->spawned) t->c.result = fn(arg);
    return t;
}

int rg_task_join(rg_task *t)
{
    if (t->spawned) pthread_join(t->th, NULL);
    int rc = t->c.result;
    free(t);
    return rc;
}
