-- Queries that do not parse: the server says 42601 syntax_error.  They sit
-- between good queries so a parse failure must stay with its own query.

-- name: good_before
-- expect: ok
SELECT id FROM orders WHERE id = $1;

-- name: syn_typo_keyword
-- expect: syntax_error
SELEC id FROM orders;

-- name: syn_missing_from_item
-- expect: syntax_error
SELECT id FROM WHERE id = $1;

-- name: syn_trailing_comma
-- expect: syntax_error
SELECT id, total, FROM orders;

-- name: syn_unbalanced_paren
-- expect: syntax_error
SELECT count(* FROM orders;

-- name: good_between
-- expect: ok
SELECT count(*) FROM customers;

-- name: syn_reserved_word_as_name
-- expect: syntax_error
SELECT id FROM orders WHERE order = 1;

-- name: syn_insert_values_missing_paren
-- expect: syntax_error
INSERT INTO categories (id, name) VALUES $1, $2;

-- name: syn_update_without_set
-- expect: syntax_error
UPDATE customers name = $1 WHERE id = $2;

-- name: syn_double_where
-- expect: syntax_error
SELECT id FROM orders WHERE id = $1 WHERE total > 0;

-- name: syn_bad_operator
-- expect: syntax_error
SELECT id FROM orders WHERE total >> = 1;

-- name: syn_on_conflict_incomplete
-- expect: syntax_error
INSERT INTO categories (id, name) VALUES ($1, $2) ON CONFLICT (id) DO;

-- name: syn_insert_more_values_than_columns
-- expect: syntax_error
INSERT INTO categories (id, name) VALUES ($1, $2, $3);

-- name: good_after
-- expect: ok
SELECT name FROM customers WHERE id = $1;
