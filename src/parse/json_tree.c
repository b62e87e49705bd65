/*
 * json_tree.c — libpg_query's JSON parse output, read straight into the
 * protobuf-c messages the rest of rollgate reads.
 *
 * Why: pg_query_parse_protobuf turns the server's parse tree into protobuf-c
 * messages, measures and packs them (protobuf-c measures every sub-message
 * again at each level it packs, and a Node is a oneof of ~250 fields it
 * walks each time), and rollgate then unpacks the bytes into the same
 * messages again. pg_query_parse writes the same tree as JSON in one pass:
 * on the statements of a 2,000-table schema it costs 51 ms where the
 * protobuf parse costs 139 ms and parse + unpack 228 ms. json-c reads that
 * JSON in 141 ms, as a generic object tree we would then copy again, so
 * this decoder reads it once, guided by the protobuf-c descriptors libpg_query
 * ships, into the arena the trees live in.
 *
 * The JSON's keys are the server's field names (the .proto's json_name:
 * "tableElts" for table_elts, "CreateStmt" for a Node's create_stmt), which
 * are the protobuf field names without underscores, in any case: keys are
 * looked up by that folded form, and a message where two fields fold alike
 * is refused rather than guessed. Anything unexpected makes the decoder
 * give up (NULL), and the caller takes the protobuf path for that text, so
 * the two paths cannot disagree silently; tests/parse checks on every SQL
 * file of the suite that both give byte-identical packed trees.
 */
#include "parse/json_tree.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <protobuf-c/protobuf-c.h>

#include "parse/tree.h"

/* ---- field lookup ---------------------------------------------------------
 * One open-addressing table over every field of every message reachable
 * from ParseResult, keyed by (message descriptor, folded name). */

typedef struct fkey {
    const ProtobufCMessageDescriptor *d;
    const ProtobufCFieldDescriptor *f; /* NULL: two fields fold alike */
    char norm[48];
    uint32_t hash;
} fkey;

static fkey *g_tab;
static size_t g_mask;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static inline unsigned char fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Folded form (lowercase, no '_') of s[0..n) into out; its length, or
 * (size_t)-1 if it does not fit. */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') continue;
        if (k + 1 >= cap) return (size_t)-1;
        out[k++] = (char)fold((unsigned char)s[i]);
    }
    out[k] = 0;
    return k;
}

static uint32_t key_hash(const ProtobufCMessageDescriptor *d, const char *norm, size_t n)
{
    uint32_t h = 2166136261u ^ (uint32_t)((uintptr_t)d >> 4);
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)norm[i]) * 16777619u;
    return h;
}

typedef struct dlist {
    const ProtobufCMessageDescriptor **v;
    size_t n, cap;
} dlist;

static void collect(dlist *l, const ProtobufCMessageDescriptor *d)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i] == d) return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 512;
        l->v = rg_xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = d;
    for (unsigned i = 0; i < d->n_fields; i++)
        if (d->fields[i].type == PROTOBUF_C_TYPE_MESSAGE) collect(l, d->fields[i].descriptor);
}

/* The slot of (d, folded key): the entry that holds it, or the empty one
 * where it would go. */
static fkey *slot_of(const ProtobufCMessageDescriptor *d, const char *norm, size_t n, uint32_t *hash)
{
    uint32_t h = *hash = key_hash(d, norm, n);
    for (size_t i = h & g_mask;; i = (i + 1) & g_mask) {
        fkey *k = &g_tab[i];
        if (!k->d || (k->d == d && k->hash == h && strcmp(k->norm, norm) == 0)) return k;
    }
}

/* Lists field f of d under `name` folded. A field's own name that folds
 * like another's makes that key refuse (NULL) rather than guess; an alias
 * (`replace`) takes its key whatever was there. */
static void put(const ProtobufCMessageDescriptor *d, const char *name, const ProtobufCFieldDescriptor *f,
                bool replace)
{
    char norm[48];
    size_t n = fold_name(name, strlen(name), norm, sizeof norm);
    if (n == (size_t)-1) return; /* never looked up: its key cannot match */
    uint32_t h;
    fkey *k = slot_of(d, norm, n, &h);
    if (!k->d) {
        k->hash = h;
        memcpy(k->norm, norm, n + 1);
    }
    k->f = k->d && !replace ? NULL : f;
    k->d = d;
}

/* The one json_name that is not its field's name folded (pg_query.proto:
 * CreateForeignTableStmt's base_stmt is written "base"). tests/parse checks
 * every json_name of the .proto against lookup, so a new one fails there. */
static const struct {
    const ProtobufCMessageDescriptor *d;
    const char *json, *field;
} ALIASES[] = {
    {&pg_query__create_foreign_table_stmt__descriptor, "base", "base_stmt"},
};

static void build_table(void)
{
    dlist l = {0};
    collect(&l, &pg_query__parse_result__descriptor);
    size_t nf = 0;
    for (size_t i = 0; i < l.n; i++) nf += l.v[i]->n_fields;
    size_t cap = 1024;
    while (cap < nf * 2) cap *= 2;
    g_tab = rg_xcalloc(cap, sizeof *g_tab);
    g_mask = cap - 1;
    for (size_t i = 0; i < l.n; i++)
        for (unsigned j = 0; j < l.v[i]->n_fields; j++) put(l.v[i], l.v[i]->fields[j].name, &l.v[i]->fields[j], false);
    for (size_t i = 0; i < sizeof ALIASES / sizeof *ALIASES; i++)
        put(ALIASES[i].d, ALIASES[i].json,
            protobuf_c_message_descriptor_get_field_by_name(ALIASES[i].d, ALIASES[i].field), true);
    free(l.v);
}

static const ProtobufCFieldDescriptor *lookup_slow(const ProtobufCMessageDescriptor *d, const char *key, size_t n)
{
    char norm[48];
    size_t k = fold_name(key, n, norm, sizeof norm);
    if (k == (size_t)-1) return NULL;
    uint32_t h;
    const fkey *e = slot_of(d, norm, k, &h);
    return e->d ? e->f : NULL;
}

/* The keys of a parse tree are few and repeat (location, sval, String,
 * ColumnRef, ...): each thread remembers the field of a raw key, so most
 * keys cost one comparison instead of a fold, a hash and a probe. A key's
 * first eight bytes are one word: most keys are compared by it alone. */
typedef struct kcache {
    const ProtobufCMessageDescriptor *d;
    const ProtobufCFieldDescriptor *f;
    uint64_t head;     /* the key's first eight bytes (fewer: zero-filled) */
    unsigned char n;
    char rest[23];     /* the bytes after the eighth */
} kcache;

static _Thread_local kcache t_cache[512];

/* room: bytes readable from key on (at least n). */
static inline uint64_t key_head(const char *key, size_t n, size_t room)
{
    uint64_t w = 0;
    if (room >= 8) {
        memcpy(&w, key, 8);
        return n >= 8 ? w : w & ((UINT64_C(1) << (8 * n)) - 1);
    }
    for (size_t i = 0; i < n && i < 8; i++) w |= (uint64_t)(unsigned char)key[i] << (8 * i);
    return w;
}

static const ProtobufCFieldDescriptor *lookup(const ProtobufCMessageDescriptor *d, const char *key, size_t n,
                                              size_t room)
{
    if (n == 0 || n > 8 + sizeof t_cache[0].rest) return lookup_slow(d, key, n);
    uint64_t head = key_head(key, n, room);
    uint64_t h = (head ^ ((uintptr_t)d >> 4) ^ ((uint64_t)n << 56)) * 0x9e3779b97f4a7c15ULL;
    kcache *c = &t_cache[h >> (64 - 9)]; /* 512 entries */
    if (c->d == d && c->head == head && c->n == n && (n <= 8 || memcmp(c->rest, key + 8, n - 8) == 0))
        return c->f;
    const ProtobufCFieldDescriptor *f = lookup_slow(d, key, n);
    if (f) {
        c->d = d, c->f = f, c->head = head, c->n = (unsigned char)n;
        if (n > 8) memcpy(c->rest, key + 8, n - 8);
    }
    return f;
}

const ProtobufCFieldDescriptor *rg_pg_json_field(const ProtobufCMessageDescriptor *d, const char *key, size_t n)
{
    pthread_once(&g_once, build_table);
    return lookup(d, key, n, n);
}

/* ---- the decoder ----------------------------------------------------------- */

/* Deep enough for any tree the parser accepts (RG_PG_MAX_DEPTH messages,
 * each at most two JSON levels: a Node object and its body, or an array
 * and its element); past it, the protobuf path decides. */
enum { MAX_JSON_DEPTH = 2 * RG_PG_MAX_DEPTH + 16 };

typedef union slot {
    void *p;
    uint64_t u;
    int64_t i;
    double d;
} slot;

typedef struct jdec {
    const char *s, *end;
    rg_arena *a;
    slot *stack; /* elements of the arrays being read, innermost last */
    size_t sp, cap;
    int depth;
    const char *sql;   /* the statement text the locations index */
    size_t sql_len;
    size_t unresolved; /* Integer values the JSON left out (see below) */
} jdec;

static inline void ws(jdec *j)
{
    /* libpg_query writes no white space: one test in the common case */
    if (j->s < j->end && (unsigned char)*j->s > ' ') return;
    while (j->s < j->end && (*j->s == ' ' || *j->s == '\n' || *j->s == '\t' || *j->s == '\r')) j->s++;
}

static inline bool eat(jdec *j, char c)
{
    ws(j);
    if (j->s < j->end && *j->s == c) {
        j->s++;
        return true;
    }
    return false;
}

static void push(jdec *j, slot v)
{
    if (j->sp == j->cap) {
        j->cap = j->cap ? j->cap * 2 : 256;
        j->stack = rg_xrealloc(j->stack, j->cap * sizeof *j->stack);
    }
    j->stack[j->sp++] = v;
}

/* The first '"' or '\\' in [p, end), or end: eight bytes a step (keys and
 * strings are most of the JSON's bytes). */
static inline const char *quote_or_backslash(const char *p, const char *end)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
        /* high bit of each byte that is 0 in q or b; a borrow can only mark
         * a byte above a marked one, so the lowest mark is a true match */
        uint64_t m = (((q - ones) & ~q) | ((b - ones) & ~b)) & highs;
        if (m) return p + (__builtin_ctzll(m) >> 3);
        p += 8;
    }
#endif
    while (p < end && *p != '"' && *p != '\\') p++;
    return p;
}

/* A key: the bytes between its quotes (keys never hold escapes). */
static bool read_key(jdec *j, const char **key, size_t *n)
{
    if (!eat(j, '"')) return false;
    const char *b = j->s, *p = quote_or_backslash(b, j->end);
    if (p >= j->end || *p != '"') return false;
    *key = b;
    *n = (size_t)(p - b);
    j->s = p + 1;
    return eat(j, ':');
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool read_hex4(jdec *j, unsigned *v)
{
    if (j->end - j->s < 4) return false;
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(j->s[i]);
        if (h < 0) return false;
        x = x * 16 + (unsigned)h;
    }
    j->s += 4;
    *v = x;
    return true;
}

static char *put_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* A string value, unescaped into the arena (an escape never makes the text
 * longer than it was in the JSON, so its length bounds the copy). */
static bool read_string(jdec *j, char **out)
{
    if (!eat(j, '"')) return false;
    const char *b = j->s;
    bool esc = false;
    for (;;) {
        j->s = quote_or_backslash(j->s, j->end);
        if (j->s >= j->end) return false;
        if (*j->s == '"') break;
        if (j->end - j->s < 2) return false;
        esc = true;
        j->s += 2; /* the backslash and the byte it escapes */
    }
    size_t n = (size_t)(j->s - b);
    j->s++;
    if (n == 0) {
        *out = (char *)protobuf_c_empty_string;
        return true;
    }
    if (!esc) {
        *out = rg_arena_strndup(j->a, b, n);
        return true;
    }
    char *o = rg_arena_alloc(j->a, n + 1), *start = o;
    jdec in = *j;
    in.s = b;
    in.end = b + n;
    while (in.s < in.end) {
        char c = *in.s++;
        if (c != '\\') {
            *o++ = c;
            continue;
        }
        if (in.s >= in.end) return false;
        c = *in.s++;
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp;
            if (!read_hex4(&in, &cp)) return false;
            if (cp >= 0xD800 && cp < 0xDC00) {
                unsigned lo;
                if (in.end - in.s < 6 || in.s[0] != '\\' || in.s[1] != 'u') return false;
                in.s += 2;
                if (!read_hex4(&in, &lo) || lo < 0xDC00 || lo >= 0xE000) return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                return false;
            }
            if (cp == 0) return false; /* protobuf-c strings end at NUL */
            o = put_utf8(o, cp);
            break;
        }
        default:
            return false;
        }
    }
    *o = 0;
    *out = start;
    return true;
}

static bool read_int(jdec *j, int64_t *v)
{
    ws(j);
    const char *p = j->s;
    bool neg = false;
    if (p < j->end && *p == '-') neg = true, p++;
    if (p >= j->end || *p < '0' || *p > '9') return false;
    uint64_t x = 0;
    while (p < j->end && *p >= '0' && *p <= '9') {
        if (x > (UINT64_MAX - 9) / 10) return false;
        x = x * 10 + (uint64_t)(*p++ - '0');
    }
    if (p < j->end && (*p == '.' || *p == 'e' || *p == 'E')) return false;
    if (x > (uint64_t)INT64_MAX + (neg ? 1u : 0u)) return false;
    j->s = p;
    *v = neg ? (int64_t)(0 - x) : (int64_t)x;
    return true;
}

static bool read_double(jdec *j, double *v)
{
    ws(j);
    char buf[64];
    size_t n = 0;
    while (j->s + n < j->end && n < sizeof buf - 1 && strchr("+-.0123456789eE", j->s[n])) n++;
    if (n == 0 || n == sizeof buf - 1) return false;
    memcpy(buf, j->s, n);
    buf[n] = 0;
    char *e;
    errno = 0;
    *v = strtod(buf, &e);
    if (*e || errno) return false;
    j->s += n;
    return true;
}

static bool read_bool(jdec *j, int *v)
{
    ws(j);
    if (j->end - j->s >= 4 && memcmp(j->s, "true", 4) == 0) {
        j->s += 4, *v = 1;
        return true;
    }
    if (j->end - j->s >= 5 && memcmp(j->s, "false", 5) == 0) {
        j->s += 5, *v = 0;
        return true;
    }
    return false;
}

static bool read_message(jdec *j, const ProtobufCMessageDescriptor *d, void **out);

/* One value of field f, as the slot a repeated field keeps it in. */
static bool read_scalar(jdec *j, const ProtobufCFieldDescriptor *f, slot *v)
{
    int64_t i;
    int b;
    switch (f->type) {
    case PROTOBUF_C_TYPE_INT32:
    case PROTOBUF_C_TYPE_SINT32:
    case PROTOBUF_C_TYPE_SFIXED32:
        if (!read_int(j, &i) || i < INT32_MIN || i > INT32_MAX) return false;
        v->i = i;
        return true;
    case PROTOBUF_C_TYPE_UINT32:
    case PROTOBUF_C_TYPE_FIXED32:
        if (!read_int(j, &i) || i < 0 || i > (int64_t)UINT32_MAX) return false;
        v->i = i;
        return true;
    case PROTOBUF_C_TYPE_INT64:
    case PROTOBUF_C_TYPE_SINT64:
    case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_FIXED64: {
        /* JSON may quote 64-bit integers */
        bool quoted = eat(j, '"');
        if (!read_int(j, &i)) return false;
        if (quoted && !eat(j, '"')) return false;
        if (f->type == PROTOBUF_C_TYPE_UINT64 || f->type == PROTOBUF_C_TYPE_FIXED64) {
            if (i < 0) return false;
            v->u = (uint64_t)i;
        } else {
            v->i = i;
        }
        return true;
    }
    case PROTOBUF_C_TYPE_FLOAT:
    case PROTOBUF_C_TYPE_DOUBLE:
        return read_double(j, &v->d);
    case PROTOBUF_C_TYPE_BOOL:
        if (!read_bool(j, &b)) return false;
        v->i = b;
        return true;
    case PROTOBUF_C_TYPE_ENUM: {
        ws(j);
        if (j->s < j->end && *j->s != '"') {
            if (!read_int(j, &i) || i < INT32_MIN || i > INT32_MAX) return false;
            if (!protobuf_c_enum_descriptor_get_value(f->descriptor, (int)i)) return false;
            v->i = i;
            return true;
        }
        const char *name;
        size_t n;
        if (!eat(j, '"')) return false;
        name = j->s;
        while (j->s < j->end && *j->s != '"' && *j->s != '\\') j->s++;
        if (j->s >= j->end || *j->s != '"') return false;
        n = (size_t)(j->s - name);
        j->s++;
        char buf[96];
        if (n >= sizeof buf) return false;
        memcpy(buf, name, n);
        buf[n] = 0;
        const ProtobufCEnumValue *ev = protobuf_c_enum_descriptor_get_value_by_name(f->descriptor, buf);
        if (!ev) return false;
        v->i = ev->value;
        return true;
    }
    case PROTOBUF_C_TYPE_STRING: {
        char *s;
        if (!read_string(j, &s)) return false;
        v->p = s;
        return true;
    }
    case PROTOBUF_C_TYPE_MESSAGE:
        return read_message(j, f->descriptor, &v->p);
    default:
        return false; /* bytes: libpg_query's parse trees have none */
    }
}

/* Stores a slot into a field's C member (or a repeated field's element). */
static void store(const ProtobufCFieldDescriptor *f, void *member, const slot *v)
{
    switch (f->type) {
    case PROTOBUF_C_TYPE_INT32:
    case PROTOBUF_C_TYPE_SINT32:
    case PROTOBUF_C_TYPE_SFIXED32:
    case PROTOBUF_C_TYPE_ENUM:
        *(int32_t *)member = (int32_t)v->i;
        break;
    case PROTOBUF_C_TYPE_UINT32:
    case PROTOBUF_C_TYPE_FIXED32:
        *(uint32_t *)member = (uint32_t)v->i;
        break;
    case PROTOBUF_C_TYPE_BOOL:
        *(protobuf_c_boolean *)member = (protobuf_c_boolean)v->i;
        break;
    case PROTOBUF_C_TYPE_INT64:
    case PROTOBUF_C_TYPE_SINT64:
    case PROTOBUF_C_TYPE_SFIXED64:
        *(int64_t *)member = v->i;
        break;
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_FIXED64:
        *(uint64_t *)member = v->u;
        break;
    case PROTOBUF_C_TYPE_FLOAT:
        *(float *)member = (float)v->d;
        break;
    case PROTOBUF_C_TYPE_DOUBLE:
        *(double *)member = v->d;
        break;
    default: /* string, message */
        *(void **)member = v->p;
        break;
    }
}

static bool read_field(jdec *j, const ProtobufCFieldDescriptor *f, void *msg)
{
    void *member = (char *)msg + f->offset;
    if (f->label == PROTOBUF_C_LABEL_REPEATED) {
        if (!eat(j, '[')) return false;
        size_t base = j->sp;
        if (!eat(j, ']')) {
            do {
                slot v;
                if (!read_scalar(j, f, &v)) return false;
                push(j, v);
            } while (eat(j, ','));
            if (!eat(j, ']')) return false;
        }
        size_t n = j->sp - base, es = rg_pg_elem_size(f->type);
        void *arr = n ? rg_arena_alloc(j->a, n * es) : NULL;
        for (size_t i = 0; i < n; i++) store(f, (char *)arr + i * es, &j->stack[base + i]);
        j->sp = base;
        *(size_t *)((char *)msg + f->quantifier_offset) = n;
        *(void **)member = arr;
        return true;
    }
    slot v;
    if (!read_scalar(j, f, &v)) return false;
    store(f, member, &v);
    if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF)
        *(uint32_t *)((char *)msg + f->quantifier_offset) = f->id;
    else if (f->label == PROTOBUF_C_LABEL_OPTIONAL && f->quantifier_offset &&
             f->type != PROTOBUF_C_TYPE_MESSAGE && f->type != PROTOBUF_C_TYPE_STRING)
        *(protobuf_c_boolean *)((char *)msg + f->quantifier_offset) = 1;
    return true;
}

static int ident_byte(unsigned char c)
{
    return c == '_' || c == '$' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0x80;
}

/*
 * libpg_query 15's JSON writes an Integer's value only when it is positive:
 * `0`, `-1` and `text[]`'s array bound all come out as {"Integer":{}}. An
 * integer constant (A_Const) says where it was written, and the grammar
 * moves that location to the minus sign when it folds one in, so the text
 * there gives the value: digits alone are a zero (anything else would have
 * been written), `-` and digits a negative. Any other Integer left empty
 * (an array bound, a SET STATISTICS target, a sequence option) cannot be
 * told apart here, and the statement takes the protobuf path.
 */
static bool const_from_text(const jdec *j, int loc, int32_t *v)
{
    if (!j->sql || loc < 0 || (size_t)loc >= j->sql_len) return false;
    const char *p = j->sql + loc, *end = j->sql + j->sql_len;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    }
    if (p >= end || *p < '0' || *p > '9') return false;
    int64_t x = 0;
    int digits = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        if (++digits > 10) return false;
        x = x * 10 + (*p++ - '0');
    }
    if (p < end && ident_byte((unsigned char)*p)) return false;
    if (!neg && x != 0) return false; /* a positive value would have been written */
    if (x > (int64_t)INT32_MAX + 1) return false;
    *v = (int32_t)(neg ? -x : x);
    return true;
}

static bool read_message(jdec *j, const ProtobufCMessageDescriptor *d, void **out)
{
    if (++j->depth > MAX_JSON_DEPTH) return false;
    if (!eat(j, '{')) return false;
    void *msg = rg_arena_alloc(j->a, d->sizeof_message);
    d->message_init((ProtobufCMessage *)msg);
    if (!eat(j, '}')) {
        do {
            const char *key;
            size_t n;
            if (!read_key(j, &key, &n)) return false;
            const ProtobufCFieldDescriptor *f = lookup(d, key, n, (size_t)(j->end - key));
            if (!f || !read_field(j, f, msg)) return false;
        } while (eat(j, ','));
        if (!eat(j, '}')) return false;
    }
    if (d == &pg_query__integer__descriptor && ((PgQuery__Integer *)msg)->ival == 0) {
        j->unresolved++;
    } else if (d == &pg_query__a__const__descriptor) {
        PgQuery__AConst *c = msg;
        int32_t v;
        if (c->val_case == PG_QUERY__A__CONST__VAL_IVAL && c->ival && c->ival->ival == 0 &&
            const_from_text(j, c->location, &v)) {
            c->ival->ival = v;
            j->unresolved--;
        }
    }
    j->depth--;
    *out = msg;
    return true;
}

PgQuery__ParseResult *rg_pg_json_decode(const char *json, size_t len, const char *sql, size_t sql_len,
                                        rg_arena *a, rg_json_status *status)
{
    pthread_once(&g_once, build_table);
    jdec j = {.s = json, .end = json + len, .a = a, .sql = sql, .sql_len = sql_len};
    void *msg = NULL;
    bool ok = read_message(&j, &pg_query__parse_result__descriptor, &msg);
    ws(&j);
    ok = ok && j.s == j.end;
    free(j.stack);
    rg_json_status st = !ok ? RG_JSON_UNKNOWN : j.unresolved ? RG_JSON_INTEGER_LEFT_OUT : RG_JSON_OK;
    if (status) *status = st;
    return st == RG_JSON_OK ? msg : NULL;
}
