-- Second round, written after the first suite passed: functions resolved
-- by argument TYPE (not only count), literals that do not fit a column's
-- type, set-returning functions' column names, catalog relations apps
-- really query, regclass literals, views that cannot be written, and
-- server rejections outside rollgate's codes (expect: other) that must
-- still not be called ok.

-- name: fn_user_wrong_arg_type
-- label(text) and label(text, text) exist; there is no label(integer).
-- expect: missing_function
SELECT label(id) FROM customers;

-- name: fn_builtin_wrong_arg_type
-- expect: missing_function
SELECT lower(total) FROM orders;

-- name: fn_aggregate_wrong_arg_type
-- expect: missing_function
SELECT sum(name) FROM customers;

-- name: fn_aggregate_jsonb_max
-- expect: missing_function
SELECT max(attrs) FROM products;

-- name: fn_round_timestamp
-- expect: missing_function
SELECT round(placed_at) FROM orders;

-- name: fn_builtin_too_few_args
-- expect: missing_function
SELECT array_length(tags) FROM products;

-- name: fn_string_agg_one_arg
-- expect: missing_function
SELECT string_agg(note) FROM orders;

-- name: fn_generate_series_one_arg
-- expect: missing_function
SELECT * FROM generate_series(1);

-- name: fn_window_wrong_count
-- expect: missing_function
SELECT row_number(id) OVER (ORDER BY id) FROM orders;

-- name: fn_builtin_qualified_public
-- expect: missing_function
SELECT public.lower(name) FROM customers;

-- name: fn_extension_not_installed
-- expect: missing_function
SELECT uuid_generate_v4();

-- name: fn_named_builtin_ok
-- expect: ok
SELECT make_interval(days => 1), make_interval(hours => $1);

-- name: fn_named_builtin_unknown_name
-- expect: missing_function
SELECT make_interval(fortnights => 1);

-- name: fn_common_app_calls
-- expect: ok
SELECT pg_try_advisory_xact_lock($1), txid_current(), current_schema(), current_setting('TimeZone'),
       gen_random_uuid(), pg_backend_pid(), clock_timestamp();

-- name: fn_nextval_existing_sequence
-- expect: ok
SELECT nextval('orders_id_seq'), currval('public.orders_id_seq');

-- name: rel_nextval_missing_sequence
-- The regclass literal is resolved when the query is prepared.
-- expect: missing_relation
SELECT nextval('order_seq');

-- name: rel_regclass_literal_missing
-- expect: missing_relation
SELECT pg_total_relation_size('shipments');

-- name: rel_regclass_literal_ok
-- expect: ok
SELECT pg_total_relation_size('sales.invoices'), 'orders'::regclass;

-- name: catalog_information_schema
-- expect: ok
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1;

-- name: catalog_pg_stat_activity
-- expect: ok
SELECT pid, state, query FROM pg_stat_activity WHERE datname = current_database();

-- name: catalog_pg_tables_qualified
-- expect: ok
SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'sales';

-- name: col_catalog_missing
-- expect: missing_column
SELECT table_nam FROM information_schema.tables;

-- name: srf_column_named_after_function
-- expect: ok
SELECT generate_series FROM generate_series(1, 3);

-- name: srf_alias_names_the_column
-- expect: ok
SELECT t FROM products p, unnest(p.tags) t;

-- name: srf_alias_is_not_a_table_with_that_column
-- unnest(...) t without a column list has one column, named t.
-- expect: missing_column
SELECT t.tag FROM products p, unnest(p.tags) t;

-- name: srf_jsonb_each_columns
-- expect: ok
SELECT j.key, j.value FROM products p, jsonb_each(p.attrs) j;

-- name: srf_jsonb_each_wrong_column
-- expect: missing_column
SELECT j.name FROM products p, jsonb_each(p.attrs) j;

-- name: srf_user_table_function_wrong_column
-- expect: missing_column
SELECT r.placed_at FROM recent_orders($1, 5) r;

-- name: srf_too_many_column_aliases
-- expect: other
SELECT * FROM recent_orders($1, 5) AS r (a, b, c);

-- name: amb_on_clause
-- expect: ambiguous_column
SELECT o.id FROM orders o JOIN customers c ON id = customer_id;

-- name: amb_group_by
-- expect: ambiguous_column
SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY note;

-- name: amb_returning_update_from
-- expect: ambiguous_column
UPDATE orders SET total = 0 FROM customers WHERE customers.id = orders.customer_id RETURNING id;

-- name: amb_order_by_two_outputs_same_name
-- expect: ambiguous_column
SELECT id AS total, total FROM orders ORDER BY total;

-- name: col_using_missing_on_left
-- expect: missing_column
SELECT customer_id FROM orders JOIN order_totals USING (order_id);

-- name: col_conflict_target_unknown
-- expect: missing_column
INSERT INTO categories (id, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING;

-- name: col_lateral_unknown
-- expect: missing_column
SELECT x.v FROM orders o, LATERAL (SELECT o.shipping_fee AS v) x;

-- name: type_enum_vs_text_column
-- expect: type_mismatch
SELECT id FROM orders WHERE status = note;

-- name: type_enum_label_case
-- expect: type_mismatch
SELECT id FROM orders WHERE status = 'Paid';

-- name: type_enum_array_literal
-- expect: type_mismatch
SELECT id FROM orders WHERE status = ANY ('{paid,refunded}');

-- name: type_enum_ilike
-- expect: type_mismatch
SELECT id FROM orders WHERE status ILIKE 'p%';

-- name: type_enum_text_compare_ok
-- expect: ok
SELECT id FROM orders WHERE status::text = 'refunded' OR status < 'paid';

-- name: type_boolean_vs_integer
-- expect: type_mismatch
SELECT id FROM products WHERE active = 1;

-- name: type_boolean_literal_bad
-- expect: type_mismatch
SELECT id FROM products WHERE active = 'maybe';

-- name: type_boolean_literal_ok
-- expect: ok
SELECT id FROM products WHERE active = 'yes';

-- name: type_numeric_literal_bad
-- expect: type_mismatch
UPDATE products SET price = 'cheap' WHERE id = $1;

-- name: type_array_literal_bad
-- expect: type_mismatch
UPDATE products SET tags = 'sale' WHERE id = $1;

-- name: type_array_from_text_column
-- expect: type_mismatch
UPDATE products SET tags = title WHERE id = $1;

-- name: type_json_literal_bad
-- expect: type_mismatch
UPDATE products SET attrs = 'not json' WHERE id = $1;

-- name: type_insert_select_assign
-- expect: type_mismatch
INSERT INTO categories (id, name) SELECT placed_at, note FROM orders;

-- name: type_user_function_literal
-- expect: type_mismatch
SELECT order_count('abc');

-- name: type_recursive_cte_widens
-- expect: type_mismatch
WITH RECURSIVE t (n) AS (SELECT 1 UNION ALL SELECT n + 0.5 FROM t WHERE n < 3) SELECT n FROM t;

-- name: type_date_literal_bad
-- 22007 invalid_datetime_format: not mapped, but still an error.
-- expect: other
SELECT id FROM orders WHERE placed_at > 'yesterday-ish';

-- name: type_smallint_overflow_constant
-- The planner folds the int4 -> int2 cast of the constant: 22003 at EXPLAIN.
-- expect: other
INSERT INTO "Reviews" ("productId", "Rating") VALUES ($1, 100000);

-- name: type_varchar_too_long_constant
-- varchar(32) length coercion of a constant is folded at EXPLAIN: 22001.
-- expect: other
UPDATE products SET sku = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789' WHERE id = $1;

-- name: syn_union_column_count
-- expect: syntax_error
SELECT id, total FROM orders UNION SELECT id FROM customers;

-- name: syn_insert_fewer_values
-- expect: syntax_error
INSERT INTO categories (id, name) VALUES ($1);

-- name: syn_scalar_subquery_two_columns
-- expect: syntax_error
SELECT (SELECT id, total FROM orders LIMIT 1);

-- name: syn_in_subquery_two_columns
-- expect: syntax_error
SELECT id FROM customers WHERE id IN (SELECT customer_id, id FROM orders);

-- name: syn_update_same_column_twice
-- expect: syntax_error
UPDATE customers SET name = $1, name = $2 WHERE id = $3;

-- name: other_insert_duplicate_column
-- expect: other
INSERT INTO categories (id, id) VALUES ($1, $2);

-- name: other_cte_column_list_too_long
-- expect: other
WITH t (a, b) AS (SELECT 1) SELECT a FROM t;

-- name: other_order_by_position_out_of_range
-- expect: other
SELECT id, total FROM orders ORDER BY 3;

-- name: other_distinct_order_by_not_selected
-- expect: other
SELECT DISTINCT customer_id FROM orders ORDER BY placed_at;

-- name: other_column_not_grouped
-- expect: other
SELECT customer_id, total FROM orders GROUP BY customer_id;

-- name: other_aggregate_in_where
-- expect: other
SELECT customer_id FROM orders WHERE count(*) > 1;

-- name: other_window_in_where
-- expect: other
SELECT id FROM orders WHERE row_number() OVER (ORDER BY id) = 1;

-- name: other_over_on_plain_function
-- expect: other
SELECT lower(name) OVER () FROM customers;

-- name: other_insert_identity_always
-- expect: other
INSERT INTO audit.events (id, kind) VALUES ($1, $2);

-- name: other_update_identity_always
-- expect: other
UPDATE audit.events SET id = $1 WHERE kind = $2;

-- name: other_insert_into_aggregate_view
-- expect: other
UPDATE order_totals SET items_total = 0 WHERE order_id = $1;

-- name: view_simple_is_updatable
-- expect: ok
INSERT INTO sales.big_invoices (number, amount) VALUES ($1, $2);

-- name: other_on_constraint_check
-- expect: other
INSERT INTO order_items (order_id, product_id, qty, unit_price) VALUES ($1, $2, $3, $4)
ON CONFLICT ON CONSTRAINT order_items_qty_check DO NOTHING;

-- name: syn_conflict_update_same_column_twice
-- expect: syntax_error
INSERT INTO categories (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = $2, name = 'x';

-- name: other_recursive_cte_self_join
-- expect: other
WITH RECURSIVE t (n) AS (SELECT 1 UNION ALL SELECT a.n + 1 FROM t a, t b) SELECT n FROM t;
