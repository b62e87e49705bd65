-- Deliberately wrong queries: each has exactly one fault, and the
-- `-- expect:` line names the code the server's error maps to.

-- name: rel_unknown_table
-- expect: missing_relation
SELECT id FROM shipments WHERE id = $1;

-- name: rel_other_schema_not_on_path
-- expect: missing_relation
SELECT id, number FROM invoices WHERE id = $1;

-- name: rel_wrong_schema
-- expect: missing_relation
SELECT id FROM sales.orders;

-- name: rel_quoted_case_differs
-- expect: missing_relation
SELECT id FROM "Customers";

-- name: rel_folded_mixed_case
-- expect: missing_relation
SELECT count(*) FROM Reviews;

-- name: rel_insert_target
-- expect: missing_relation
INSERT INTO order_lines (order_id) VALUES ($1);

-- name: rel_update_target
-- expect: missing_relation
UPDATE customer SET name = $2 WHERE id = $1;

-- name: rel_delete_using
-- expect: missing_relation
DELETE FROM orders o USING payments p WHERE p.order_id = o.id;

-- name: rel_join
-- expect: missing_relation
SELECT o.id FROM orders o JOIN shipping s ON s.order_id = o.id;

-- name: rel_in_subquery
-- expect: missing_relation
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM carts);

-- name: rel_cte_out_of_scope
-- expect: missing_relation
SELECT * FROM (WITH t AS (SELECT 1 AS x) SELECT x FROM t) a, t;

-- name: rel_alias_not_in_from
-- expect: missing_relation
SELECT x.id FROM orders o WHERE o.id = $1;

-- name: rel_table_name_hidden_by_alias
-- expect: missing_relation
SELECT orders.id FROM orders o;

-- name: rel_lateral_missing
-- expect: missing_relation
SELECT c.id, s.n FROM customers c, (SELECT count(*) AS n FROM orders o WHERE o.customer_id = c.id) s;

-- name: rel_star_of_unknown_alias
-- expect: missing_relation
SELECT z.* FROM orders o;

-- name: col_unknown
-- expect: missing_column
SELECT id, nickname FROM customers;

-- name: col_qualified_unknown
-- expect: missing_column
SELECT o.shipped_at FROM orders o;

-- name: col_quoted_case_differs
-- expect: missing_column
SELECT "Email" FROM customers;

-- name: col_folded_mixed_case
-- expect: missing_column
SELECT productId FROM "Reviews";

-- name: col_in_where
-- expect: missing_column
SELECT id FROM orders WHERE paid_at IS NULL;

-- name: col_select_alias_in_where
-- expect: missing_column
SELECT total AS amount FROM orders WHERE amount > $1;

-- name: col_insert_list
-- expect: missing_column
INSERT INTO customers (email, name, phone) VALUES ($1, $2, $3);

-- name: col_update_set
-- expect: missing_column
UPDATE customers SET phone = $2 WHERE id = $1;

-- name: col_returning
-- expect: missing_column
INSERT INTO categories (id, name) VALUES ($1, $2) RETURNING slug;

-- name: col_view
-- expect: missing_column
SELECT order_id, total FROM order_totals;

-- name: col_cte
-- expect: missing_column
WITH t AS (SELECT id FROM orders) SELECT status FROM t;

-- name: col_subquery_renamed
-- expect: missing_column
SELECT id FROM (SELECT id FROM orders) s (order_id);

-- name: col_other_branch_of_union
-- expect: missing_column
SELECT id AS x FROM orders UNION SELECT id AS y FROM customers ORDER BY y;

-- name: col_excluded
-- expect: missing_column
INSERT INTO categories (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.title;

-- name: col_update_from_source
-- expect: missing_column
UPDATE orders o SET total = t.total FROM order_totals t WHERE t.order_id = o.id;

-- name: col_delete_using
-- expect: missing_column
DELETE FROM order_items i USING orders o WHERE o.id = i.order_id AND o.state = 'cancelled';

-- name: col_join_using
-- expect: missing_column
SELECT * FROM orders JOIN customers USING (customer_id);

-- name: col_lateral
-- expect: missing_column
SELECT c.id FROM customers c CROSS JOIN LATERAL (SELECT o.amount FROM orders o WHERE o.customer_id = c.id) x;

-- name: col_in_function_arg
-- expect: missing_column
SELECT lower(title) FROM customers;

-- name: col_order_by
-- expect: missing_column
SELECT id FROM orders ORDER BY created_at;

-- name: col_window_partition
-- expect: missing_column
SELECT id, row_number() OVER (PARTITION BY customer ORDER BY id) FROM orders;

-- name: col_recursive_cte
-- expect: missing_column
WITH RECURSIVE tree AS (
    SELECT id, parent_id FROM categories WHERE id = $1
    UNION ALL
    SELECT k.id, k.parent_id FROM categories k JOIN tree ON k.parent_id = tree.ident
)
SELECT id FROM tree;

-- name: col_data_modifying_cte_returning
-- expect: missing_column
WITH d AS (DELETE FROM orders WHERE id = $1 RETURNING id) SELECT d.customer_id FROM d;

-- name: amb_join
-- expect: ambiguous_column
SELECT id FROM orders JOIN customers ON customers.id = orders.customer_id;

-- name: amb_where
-- expect: ambiguous_column
SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE note IS NULL;

-- name: amb_self_join
-- expect: ambiguous_column
SELECT name FROM customers a JOIN customers b ON b.id = a.referred_by;

-- name: amb_comma_join
-- expect: ambiguous_column
SELECT title FROM products, products p2;

-- name: amb_order_by_output
-- expect: ambiguous_column
SELECT id, customer_id AS id FROM orders ORDER BY id;

-- name: amb_update_from
-- expect: ambiguous_column
UPDATE orders SET note = 'x' FROM customers WHERE customers.id = orders.customer_id AND name = $1 AND note IS NULL;

-- name: amb_cte_join
-- expect: ambiguous_column
WITH a AS (SELECT id FROM orders), b AS (SELECT id FROM customers) SELECT id FROM a, b;

-- name: rel_in_missing_schema_select
-- A relation in a schema that does not exist is, for the server, a
-- relation that does not exist (42P01), not a missing schema.
-- expect: missing_relation
SELECT id FROM shop.orders;

-- name: rel_in_missing_schema_insert
-- expect: missing_relation
INSERT INTO billing.invoices (order_id) VALUES ($1);

-- name: rel_in_missing_schema_quoted_case
-- expect: missing_relation
SELECT id FROM "Sales".invoices;

-- name: rel_in_missing_schema_join
-- expect: missing_relation
SELECT o.id FROM orders o JOIN reporting.daily d ON d.id = o.id;

-- name: schema_function
-- expect: missing_schema
SELECT billing.tax(total) FROM orders;

-- name: schema_function_in_where
-- expect: missing_schema
SELECT id FROM orders WHERE total > billing.rate();

-- name: schema_set_returning_function
-- expect: missing_schema
SELECT * FROM billing.tax_rows(1);

-- name: schema_cast_param
-- expect: missing_schema
SELECT id FROM orders WHERE status = $1::billing.state;

-- name: schema_cast_literal
-- expect: missing_schema
SELECT CAST(total AS money.amount) FROM orders;

-- name: schema_quoted_function
-- expect: missing_schema
SELECT "Sales".tax(amount) FROM sales.invoices;

-- name: other_unknown_type_cast
-- A type that does not exist is 42704 (undefined_object): not one of
-- rollgate's server-side codes, but rollgate must still reject the query.
-- expect: other
SELECT 'paid'::order_statuses;

-- name: fn_unknown
-- expect: missing_function
SELECT no_such_function(id) FROM orders;

-- name: fn_user_too_few_args
-- expect: missing_function
SELECT order_count() FROM customers;

-- name: fn_user_too_many_args
-- expect: missing_function
SELECT order_count(id, 1) FROM customers;

-- name: fn_default_arg_none_given
-- expect: missing_function
SELECT sales.tax() FROM sales.invoices;

-- name: fn_default_arg_too_many
-- expect: missing_function
SELECT sales.tax(amount, 0.1, 1) FROM sales.invoices;

-- name: fn_not_on_search_path
-- expect: missing_function
SELECT tax(amount) FROM sales.invoices;

-- name: fn_wrong_schema
-- expect: missing_function
SELECT sales.order_count(1);

-- name: fn_overload_count_missing
-- expect: missing_function
SELECT label(name, email, note) FROM customers;

-- name: fn_builtin_wrong_count
-- expect: missing_function
SELECT lower(name, email) FROM customers;

-- name: fn_builtin_no_args
-- expect: missing_function
SELECT upper() FROM customers;

-- name: fn_unknown_aggregate
-- expect: missing_function
SELECT median(total) FROM orders;

-- name: fn_unknown_window
-- expect: missing_function
SELECT id, running_total(total) OVER (ORDER BY id) FROM orders;

-- name: fn_in_where
-- expect: missing_function
SELECT id FROM customers WHERE is_vip(id);

-- name: fn_set_returning_unknown
-- expect: missing_function
SELECT * FROM top_customers(10);

-- name: fn_set_returning_wrong_count
-- expect: missing_function
SELECT * FROM recent_orders($1);

-- name: fn_named_arg_unknown
-- expect: missing_function
SELECT sales.tax(amount => amount, percent => 1) FROM sales.invoices;

-- name: conflict_no_index
-- expect: no_conflict_target
INSERT INTO customers (email, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING;

-- name: conflict_plain_index
-- expect: no_conflict_target
INSERT INTO products (sku, title, price) VALUES ($1, $2, $3) ON CONFLICT (title) DO NOTHING;

-- name: conflict_column_instead_of_expression
-- expect: no_conflict_target
INSERT INTO products (sku, title, price) VALUES ($1, $2, $3) ON CONFLICT (sku) DO NOTHING;

-- name: conflict_partial_without_predicate
-- expect: no_conflict_target
INSERT INTO settings (key, scope, value) VALUES ($1, $2, $3) ON CONFLICT (key, scope) DO NOTHING;

-- name: conflict_partial_other_predicate
-- expect: no_conflict_target
INSERT INTO settings (key, scope, value) VALUES ($1, $2, $3)
ON CONFLICT (key, scope) WHERE value IS NULL DO UPDATE SET value = EXCLUDED.value;

-- name: conflict_subset_of_key
-- expect: no_conflict_target
INSERT INTO order_items (order_id, product_id, qty, unit_price) VALUES ($1, $2, $3, $4)
ON CONFLICT (order_id) DO NOTHING;

-- name: conflict_superset_of_key
-- expect: no_conflict_target
INSERT INTO stock (product_id, warehouse, qty) VALUES ($1, $2, $3)
ON CONFLICT (product_id, warehouse) DO UPDATE SET qty = EXCLUDED.qty;

-- name: conflict_other_schema_table
-- expect: no_conflict_target
INSERT INTO sales.invoices (order_id, number, amount) VALUES ($1, $2, $3) ON CONFLICT (order_id) DO NOTHING;

-- name: conflict_other_expression
-- expect: no_conflict_target
INSERT INTO products (sku, title, price) VALUES ($1, $2, $3) ON CONFLICT (upper(sku)) DO NOTHING;

-- name: conflict_expression_other_collation
-- expect: no_conflict_target
INSERT INTO products (sku, title, price) VALUES ($1, $2, $3) ON CONFLICT (lower(sku) COLLATE "C") DO NOTHING;

-- name: type_update_assign
-- expect: type_mismatch
UPDATE orders SET total = now() WHERE id = $1;

-- name: type_insert_value
-- expect: type_mismatch
INSERT INTO categories (id, name) VALUES (true, $1);

-- name: type_enum_unknown_label
-- expect: type_mismatch
SELECT id FROM orders WHERE status = 'refunded';

-- name: type_enum_update_unknown_label
-- expect: type_mismatch
UPDATE orders SET status = 'lost' WHERE id = $1;

-- name: type_enum_insert_unknown_label
-- expect: type_mismatch
INSERT INTO sales.invoices (order_id, number, amount, channel) VALUES ($1, $2, $3, 'phone');

-- name: type_enum_vs_other_enum
-- expect: type_mismatch
SELECT o.id FROM orders o JOIN sales.invoices v ON v.channel = o.status;

-- name: type_compare_timestamp_int
-- expect: type_mismatch
SELECT id FROM orders WHERE placed_at = 42;

-- name: type_compare_int_text_columns
-- expect: type_mismatch
SELECT o.id FROM orders o JOIN customers c ON c.id = o.note;

-- name: type_int_literal_text
-- expect: type_mismatch
SELECT id FROM orders WHERE customer_id = 'abc';

-- name: type_union_branches
-- expect: type_mismatch
SELECT id FROM orders UNION SELECT email FROM customers;

-- name: type_case_branches
-- expect: type_mismatch
SELECT CASE WHEN total > 0 THEN total ELSE placed_at END FROM orders;

-- name: type_where_not_boolean
-- expect: type_mismatch
SELECT id FROM orders WHERE note;

-- name: type_impossible_cast
-- expect: type_mismatch
SELECT active::timestamptz FROM products;

-- name: type_coalesce
-- expect: type_mismatch
SELECT coalesce(total, placed_at) FROM orders;

-- name: type_jsonb_like
-- expect: type_mismatch
SELECT id FROM products WHERE attrs LIKE '%red%';

-- name: type_in_list
-- expect: type_mismatch
SELECT id FROM orders WHERE placed_at IN (1, 2);

-- name: type_upsert_set
-- expect: type_mismatch
INSERT INTO stock (product_id, warehouse) VALUES ($1, $2) ON CONFLICT (product_id) DO UPDATE SET qty = EXCLUDED.warehouse;
