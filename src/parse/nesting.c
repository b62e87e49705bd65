/*
 * nesting.c — how deeply a statement nests, measured on its text before
 * libpg_query sees it.
 *
 * Why on the text: libpg_query 15-4.0.0 turns its tree into protobuf and
 * protobuf-c unpacks it again, both by recursion without a depth check, so a
 * 100,000-term `a + a + ...` overflows any stack inside the library. The
 * grammar builds such chains left-deep without growing bison's own stack, so
 * nothing stops them before the output stage. This scan bounds the tree depth
 * from above, and the parser refuses a statement over the limit before the
 * tree exists; every later recursive stage then walks trees of bounded depth.
 *
 * The measure, as written: each `(`, `[` and CASE opens a level worth one;
 * within a level, the operators of one operand add one each (symbolic
 * operators, `::`, and the keyword operators NOT, IS, LIKE, IN, BETWEEN,
 * COLLATE, AT, OVERLAPS, JOIN, UNION, ...). Commas, AND, OR, WHEN, THEN,
 * ELSE and `;` separate operands: the grammar makes their operands siblings
 * (PostgreSQL flattens `a AND b AND c` into one node). An operand's depth
 * is its operator count plus the deepest level inside it — a tree with k
 * operators has no path through more than k of them — so the measure is an
 * upper bound of the real depth up to a constant per level.
 *
 * The lexer must never see less than PostgreSQL's scanner does: strings,
 * quoted identifiers, dollar quotes and comments are skipped with the
 * scanner's own rules (E'' escapes only where E starts a token, `--`
 * comments end at CR or LF, block comments nest).
 */
#include "rollgate/parse.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct level {
    char kind;          /* '(', '[' or 'C' (CASE) */
    unsigned ops;       /* operators in the current operand */
    unsigned inner;     /* deepest level closed inside the current operand */
    unsigned max;       /* deepest operand of this level so far */
} level;

static int ident_start(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int ident_cont(unsigned char c)
{
    return ident_start(c) || (c >= '0' && c <= '9') || c == '$';
}

static int digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* PostgreSQL's op_chars (scan.l). */
static int op_char(unsigned char c)
{
    switch (c) {
    case '~': case '!': case '@': case '#': case '^': case '&': case '|': case '`': case '?':
    case '+': case '-': case '*': case '/': case '%': case '<': case '>': case '=':
        return 1;
    default:
        return 0;
    }
}


enum { W_NONE, W_OPERATOR, W_SEPARATOR, W_CASE, W_END };

/* What a word is to the measure: an operator keyword (it may put one node
 * above its operands), a separator (a sibling operand starts after it),
 * CASE or END, or a name. Most words are names, told apart by first letter
 * and length before any comparison. */
static int classify(const char *w, size_t n)
{
#define KW(lit) (n == sizeof(lit) - 1 && strncasecmp(w, lit, n) == 0)
    if (n < 2 || n > 9) return W_NONE;
    switch (w[0] | 0x20) {
    case 'a': return KW("and") ? W_SEPARATOR : KW("at") ? W_OPERATOR : W_NONE;
    case 'b': return KW("between") ? W_OPERATOR : W_NONE;
    case 'c': return KW("case") ? W_CASE : KW("collate") ? W_OPERATOR : W_NONE;
    case 'e': return KW("end") ? W_END : KW("else") ? W_SEPARATOR : KW("escape") || KW("except") ? W_OPERATOR : W_NONE;
    case 'i':
        return KW("in") || KW("is") || KW("isnull") || KW("ilike") || KW("intersect") ? W_OPERATOR : W_NONE;
    case 'j': return KW("join") ? W_OPERATOR : W_NONE;
    case 'l': return KW("like") ? W_OPERATOR : W_NONE;
    case 'n': return KW("not") || KW("notnull") ? W_OPERATOR : W_NONE;
    case 'o': return KW("or") ? W_SEPARATOR : KW("overlaps") || KW("operator") ? W_OPERATOR : W_NONE;
    case 's': return KW("similar") ? W_OPERATOR : W_NONE;
    case 't': return KW("then") ? W_SEPARATOR : W_NONE;
    case 'u': return KW("union") ? W_OPERATOR : W_NONE;
    case 'w': return KW("when") ? W_SEPARATOR : W_NONE;
    default: return W_NONE;
    }
#undef KW
}

/* End of a quoted run opened at s[i] (quote char q); doubled quotes stay
 * inside, and so does a backslash-escaped character when `backslash`. */
static size_t skip_quoted(const char *s, size_t len, size_t i, char q, int backslash)
{
    i++;
    while (i < len) {
        if (backslash && s[i] == '\\' && i + 1 < len) {
            i += 2;
        } else if (s[i] == q) {
            if (i + 1 < len && s[i + 1] == q) i += 2;
            else return i + 1;
        } else {
            i++;
        }
    }
    return len;
}

/* Length of a dollar-quote delimiter ($tag$) at s[i], or 0. */
static size_t dollar_delim(const char *s, size_t len, size_t i)
{
    size_t j = i + 1;
    if (j < len && s[j] != '$') {
        if (!ident_start((unsigned char)s[j])) return 0;
        while (j < len && (ident_start((unsigned char)s[j]) || digit((unsigned char)s[j]))) j++;
    }
    return j < len && s[j] == '$' ? j - i + 1 : 0;
}

static size_t skip_block_comment(const char *s, size_t len, size_t i)
{
    int depth = 1;
    i += 2;
    while (i < len && depth) {
        if (i + 1 < len && s[i] == '*' && s[i + 1] == '/') depth--, i += 2;
        else if (i + 1 < len && s[i] == '/' && s[i + 1] == '*') depth++, i += 2;
        else i++;
    }
    return i;
}

static int comment_start(const char *s, size_t len, size_t i)
{
    return i + 1 < len && ((s[i] == '-' && s[i + 1] == '-') || (s[i] == '/' && s[i + 1] == '*'));
}

unsigned rg_parse_nesting(const char *s, size_t len, unsigned limit, size_t *at)
{
    /* More open levels than the limit already exceed it, so the stack of
     * levels never needs more than limit + 2 entries. */
    level *lv = malloc((limit + 2) * sizeof *lv);
    if (!lv) abort();
    size_t top = 0, i = 0;
    unsigned outer = 0; /* sum over enclosing levels of (ops so far + 1) */
    unsigned result = 0;
    lv[0] = (level){.kind = 0};
    *at = 0;
#define BUMP(where)                                                        \
    do {                                                                   \
        unsigned cur_ = outer + lv[top].ops + lv[top].inner;               \
        if (cur_ > result) result = cur_;                                  \
        if (result > limit) {                                              \
            *at = (where);                                                 \
            goto done;                                                     \
        }                                                                  \
    } while (0)
#define SEPARATE()                                                         \
    do {                                                                   \
        unsigned v_ = lv[top].ops + lv[top].inner;                         \
        if (v_ > lv[top].max) lv[top].max = v_;                            \
        lv[top].ops = lv[top].inner = 0;                                   \
    } while (0)
#define OPEN(k, where)                                                     \
    do {                                                                   \
        outer += lv[top].ops + 1;                                          \
        lv[++top] = (level){.kind = (k)};                                  \
        BUMP(where);                                                       \
    } while (0)
#define CLOSE(where)                                                       \
    do {                                                                   \
        SEPARATE();                                                        \
        unsigned depth_ = lv[top].max + 1;                                 \
        top--;                                                             \
        outer -= lv[top].ops + 1;                                          \
        if (depth_ > lv[top].inner) lv[top].inner = depth_;                \
        BUMP(where);                                                       \
    } while (0)

    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t start = i;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            i++;
        } else if (c == '-' && i + 1 < len && s[i + 1] == '-') {
            while (i < len && s[i] != '\n' && s[i] != '\r') i++;
        } else if (c == '/' && i + 1 < len && s[i + 1] == '*') {
            i = skip_block_comment(s, len, i);
        } else if (c == '\'') {
            i = skip_quoted(s, len, i, '\'', 0);
        } else if (c == '"') {
            i = skip_quoted(s, len, i, '"', 0);
        } else if (c == '$') {
            size_t t = dollar_delim(s, len, i);
            if (t) {
                const char *close = NULL;
                for (size_t k = i + t; k + t <= len; k++)
                    if (s[k] == '$' && memcmp(s + k, s + i, t) == 0) {
                        close = s + k;
                        break;
                    }
                i = close ? (size_t)(close - s) + t : len;
            } else {
                i++;
                while (i < len && digit((unsigned char)s[i])) i++; /* $1 */
            }
        } else if (digit(c) || (c == '.' && i + 1 < len && digit((unsigned char)s[i + 1]))) {
            /* A number ends before any letter (PostgreSQL 15 reads `1e'x'`
             * as 1 and an E'' string); an exponent needs its digits. */
            while (i < len && (digit((unsigned char)s[i]) || s[i] == '.')) i++;
            if (i < len && (s[i] == 'e' || s[i] == 'E')) {
                size_t j = i + 1;
                if (j < len && (s[j] == '+' || s[j] == '-')) j++;
                if (j < len && digit((unsigned char)s[j])) {
                    i = j;
                    while (i < len && digit((unsigned char)s[i])) i++;
                }
            }
        } else if (ident_start(c)) {
            while (i < len && ident_cont((unsigned char)s[i])) i++;
            const char *w = s + start;
            size_t n = i - start;
            if (n == 1 && (c == 'e' || c == 'E') && i < len && s[i] == '\'') {
                i = skip_quoted(s, len, i, '\'', 1);
            } else {
                switch (classify(w, n)) {
                case W_CASE:
                    if (top > limit) {
                        *at = start;
                        result = limit + 1;
                        goto done;
                    }
                    OPEN('C', start);
                    break;
                case W_END:
                    if (top > 0 && lv[top].kind == 'C') CLOSE(start);
                    break;
                case W_SEPARATOR:
                    SEPARATE();
                    break;
                case W_OPERATOR:
                    lv[top].ops++;
                    BUMP(start);
                    break;
                }
            }
        } else if (c == '(' || c == '[') {
            i++;
            if (top > limit) {
                *at = start;
                result = limit + 1;
                goto done;
            }
            OPEN(c, start);
        } else if (c == ')' || c == ']') {
            i++;
            if (top > 0 && lv[top].kind == (c == ')' ? '(' : '[')) CLOSE(start);
        } else if (c == ',' || c == ';') {
            i++;
            SEPARATE();
        } else if (c == ':' && i + 1 < len && s[i + 1] == ':') {
            i += 2;
            lv[top].ops++;
            BUMP(start);
        } else if (op_char(c)) {
            /* One operator token, plus one more for every + or - after its
             * first character: the scanner splits a trailing +/- off into
             * tokens of their own, so that is the most it can hold. */
            unsigned k = 1;
            i++;
            while (i < len && op_char((unsigned char)s[i]) && !comment_start(s, len, i)) {
                if (s[i] == '+' || s[i] == '-') k++;
                i++;
            }
            lv[top].ops += k;
            BUMP(start);
        } else {
            i++;
        }
    }
done:
#undef BUMP
#undef SEPARATE
#undef OPEN
#undef CLOSE
    free(lv);
    return result > limit ? limit + 1 : result;
}
