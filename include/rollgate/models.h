/*
 * models.h — PostgreSQL facts kept as data: CSV files under models/,
 * embedded into the binary at build time (cmake/embed_models.cmake), so a
 * new server release is a data change, not a code change.
 */
#ifndef ROLLGATE_MODELS_H
#define ROLLGATE_MODELS_H

#include <stddef.h>

/* The embedded bytes of models/<relpath> (e.g. "pg/types.csv"), or NULL. */
const char *rg_model_file(const char *relpath, size_t *len);

/* Parses a CSV model with libcsv. Calls row() once per data row (header
 * skipped) with the fields; returns 0 or a negative error. */
typedef void (*rg_csv_row_fn)(void *ctx, const char *const *fields, size_t nfields);
int rg_csv_parse(const char *data, size_t len, rg_csv_row_fn row, void *ctx);

/* Appends one CSV cell (RFC 4180 quoting by libcsv's csv_write). A cell a
 * spreadsheet would evaluate as a formula (leading =, +, - or @; a lone
 * "-" is none) gets a leading apostrophe. Every CSV rollgate writes goes
 * through this. */
struct rg_buf;
int rg_csv_cell(struct rg_buf *out, const char *s);
/* Appends one CSV row: the cells, comma-separated, then CRLF. */
int rg_csv_row(struct rg_buf *out, const char *const *cells, size_t n);

#endif
