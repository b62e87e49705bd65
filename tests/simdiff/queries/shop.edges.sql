-- Harder cases that real applications do hit: scoping rules, arbiters the
-- planner refuses, parameters, and names that only look similar.

-- name: outer_reference_from_subquery
-- expect: ok
SELECT c.id FROM customers c WHERE c.id = (SELECT max(o.customer_id) FROM orders o WHERE o.note = c.note);

-- name: inner_column_shadows_outer
-- expect: ok
SELECT id FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE id > 0);

-- name: cte_shadows_table
-- expect: ok
WITH orders AS (SELECT 1 AS only_col) SELECT only_col FROM orders;

-- name: cte_name_used_twice
-- expect: ok
WITH t AS (SELECT id FROM customers) SELECT a.id FROM t a JOIN t b ON b.id = a.id;

-- name: derived_column_by_function_name
-- expect: ok
SELECT s.count, s.max FROM (SELECT count(*), max(total) FROM orders) s;

-- name: whole_row_reference
-- expect: ok
SELECT c FROM customers c WHERE c.id = $1;

-- name: whole_row_to_json
-- expect: ok
SELECT row_to_json(o) FROM orders o WHERE o.id = $1;

-- name: column_of_composite_function
-- expect: ok
SELECT (recent_orders($1, 1)).total;

-- name: order_by_input_column_not_selected
-- expect: ok
SELECT id FROM orders ORDER BY placed_at;

-- name: group_by_output_alias
-- expect: ok
SELECT date_trunc('day', placed_at) AS day, count(*) FROM orders GROUP BY day;

-- name: sql_standard_functions
-- expect: ok
SELECT CURRENT_DATE, CURRENT_TIMESTAMP, current_user, position('a' IN name), trim(both ' ' FROM name) FROM customers;

-- name: exists_select_star
-- expect: ok
SELECT id FROM customers c WHERE EXISTS (SELECT * FROM orders WHERE customer_id = c.id);

-- name: update_returning_old_and_new_from
-- expect: ok
UPDATE orders o SET total = o.total + 1 FROM customers c WHERE c.id = o.customer_id RETURNING o.id, c.email;

-- name: insert_on_conflict_update_returning_excluded_table
-- expect: ok
INSERT INTO customers AS c (email, name) VALUES ($1, $2)
ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name || c.name RETURNING c.id;

-- name: values_only
-- expect: ok
VALUES ($1::int, 'a'), (2, 'b');

-- name: select_without_from
-- expect: ok
SELECT 1 + 1, now(), gen_random_uuid();

-- name: deferrable_arbiter_fails_only_at_run_time
-- A deferrable arbiter passes PREPARE and EXPLAIN; only running the
-- INSERT fails (55000).  A runtime hazard at most, never a server-side code.
-- expect: ok
INSERT INTO sales.refunds (invoice_id, seq, amount) VALUES ($1, $2, $3) ON CONFLICT (invoice_id, seq) DO NOTHING;

-- name: bad_cte_forward_reference
-- expect: missing_relation
WITH a AS (SELECT * FROM b), b AS (SELECT 1 AS x) SELECT * FROM a;

-- name: bad_alias_of_other_subquery_in_from
-- expect: missing_relation
SELECT * FROM (SELECT id FROM orders) a, (SELECT a.id) b;

-- name: bad_whole_row_unknown
-- expect: missing_column
SELECT customer FROM customers;

-- name: bad_column_of_composite_function
-- expect: missing_column
SELECT (recent_orders($1, 1)).amount;

-- name: bad_update_set_qualified_target
-- expect: missing_column
UPDATE customers SET customers.name = $1;

-- name: bad_returning_other_table_of_join
-- expect: missing_relation
DELETE FROM order_items WHERE order_id = $1 RETURNING orders.id;

-- name: bad_using_ambiguous
-- expect: ambiguous_column
SELECT id FROM orders o JOIN order_items i ON i.order_id = o.id JOIN customers c ON c.id = o.customer_id WHERE id = $1;

-- name: bad_insert_select_column_count
-- expect: syntax_error
INSERT INTO categories (id, name) SELECT id, name, note FROM customers;

-- name: natural_join_merges_all_common_columns
-- NATURAL JOIN merges every common column (customer_id and note here).
-- expect: ok
SELECT note FROM orders NATURAL JOIN (SELECT id AS customer_id, note FROM customers) c;
