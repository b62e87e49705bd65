/*
 * json_tree.h — libpg_query's JSON parse output read straight into the
 * protobuf-c messages every stage reads (internal to src/parse).
 */
#ifndef ROLLGATE_JSON_TREE_H
#define ROLLGATE_JSON_TREE_H

#include <stddef.h>

#include <pg_query/pg_query.pb-c.h>

#include "rollgate/util.h"

typedef enum rg_json_status {
    RG_JSON_OK,
    RG_JSON_INTEGER_LEFT_OUT, /* an Integer whose value the JSON does not say */
    RG_JSON_UNKNOWN           /* a key, value or shape the decoder does not know */
} rg_json_status;

/* The ParseResult that `json` (pg_query_parse's parse_tree of the text
 * `sql`, whose locations it indexes) describes, allocated in `a`: the same
 * message pg_query__parse_result__unpack gives for pg_query_parse_protobuf's
 * output of that text. NULL when the JSON leaves a value out or holds
 * anything the decoder does not know (*status, if given, says which): the
 * caller then takes the protobuf path, so a gap here costs time, never a
 * wrong tree. */
PgQuery__ParseResult *rg_pg_json_decode(const char *json, size_t len, const char *sql, size_t sql_len,
                                        rg_arena *a, rg_json_status *status);

/* The field of message `d` that the JSON key key[0..n) names, or NULL. */
const ProtobufCFieldDescriptor *rg_pg_json_field(const ProtobufCMessageDescriptor *d, const char *key, size_t n);

#endif
