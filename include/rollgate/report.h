/*
 * report.h — the last stage: a run's evidence for people and for CI.
 * rg_report_collect flattens the pipeline's values (diff, plan, simulation,
 * app query sets) into an rg_run (ledger.h); every renderer here reads only
 * an rg_run, which is what the ledger stores, so `rollgate report` of a past
 * run gives the same bytes as the run itself.
 *
 * Renderers: report.html (self-contained, printable, every input-derived
 * string escaped), the contract's CSV files, JUnit XML, SARIF 2.1.0, and
 * the terminal summary (text, or JSON).
 */
#ifndef ROLLGATE_REPORT_H
#define ROLLGATE_REPORT_H

#include <stdbool.h>

#include "rollgate/ledger.h"
#include "rollgate/plan.h"
#include "rollgate/simulate.h"
#include "rollgate/verify.h"

/* What the run was asked to do, besides the pipeline's values. */
typedef struct rg_report_meta {
    const char *tool_version;
    const char *command_line;   /* shell-quoted argv */
    const char *old_path, *new_path;
    const char *const *app_paths; /* parallel to apps (may be NULL) */
    int pg_version;
    /* `rollgate review`: old_path is BASE, new_path the migrations,
     * post_path the post-deploy migrations (NULL: none); the inputs are
     * recorded as "base", "migrations", "post-deploy", which is how the
     * report knows a review. */
    bool review;
    const char *post_path;
    /* For "what rollgate could not prove": the run's diagnostics (notes
     * "unmodelled": statements kept opaque) and the target catalog
     * (PL/pgSQL bodies). Either may be NULL. */
    const rg_diags *notes;
    const rg_catalog *new_cat;
    const char *stats_path;       /* --stats FILE: recorded as input "stats" (may be NULL) */
} rg_report_meta;

/* Whether a run is a review (its inputs say so). */
bool rg_report_is_review(const rg_run *r);

/*
 * Builds the run: metadata (time from rg_run_now, inputs hashed), changes,
 * stages, files with their SQL, steps with risk and the line of each
 * statement in its file, verdicts (sim may be NULL: no apps simulated)
 * with the file:line of each query, findings, and, for a verify run (v not
 * NULL), the server's findings and observations. Sets verdict and exit code
 * (rg_run_settle). Returns RG_OK or RG_EIO when an input cannot be hashed
 * (an error diagnostic in diags).
 */
int rg_report_collect(rg_run **out, const rg_report_meta *m, const rg_diff *d, const rg_plan *p,
                      const rg_sim *sim, const rg_verify *v, const rg_app *apps, size_t napps,
                      rg_diags *diags);

/* Renderers: append to out. */
void rg_report_html(const rg_run *r, rg_buf *out);
int rg_report_csv(const rg_run *r, const char *name, rg_buf *out); /* "stages.csv", ... */
void rg_report_junit(const rg_run *r, rg_buf *out);
void rg_report_sarif(const rg_run *r, rg_buf *out);
void rg_report_summary(const rg_run *r, const char *report_path, bool color, rg_buf *out);
void rg_report_summary_json(const rg_run *r, const char *report_path, rg_buf *out);
/* The pull-request summary in GitHub Markdown, at most `limit` bytes
 * (tables stop early and say how many rows they left out). report_link:
 * the full report's URL; NULL or "": named as OUT/report.html. */
#define RG_MARKDOWN_LIMIT 65000 /* GitHub's comment limit is 65,536 characters */
void rg_report_markdown(const rg_run *r, const char *report_link, size_t limit, rg_buf *out);

/* The CSV names rg_report_csv knows, NULL-terminated. */
extern const char *const rg_report_csv_names[];

/*
 * Writes report.html into dir, and with_files also the CSV files and the
 * migration files (`rollgate report`; `plan` has emit write those, and
 * the tests compare them with the re-rendered ones). Each file is built
 * in memory, written to a temporary name and renamed into place. Returns
 * RG_OK or RG_EIO (an error diagnostic in diags).
 */
int rg_report_write_dir(const rg_run *r, const char *dir, bool with_files, rg_diags *diags);

/* Writes one rendered buffer to path through a temporary file + rename. */
int rg_report_write_file(const char *path, const rg_buf *b, rg_diags *diags);

#endif
