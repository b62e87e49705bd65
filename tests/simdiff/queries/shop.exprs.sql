-- Functions (built-in and user, by name and argument count), aggregates,
-- window functions, casts, enums, operators, CASE and friends.

-- name: builtin_string_functions
-- expect: ok
SELECT lower(email), upper(name), length(name), substr(name, 1, 3), coalesce(note, '') FROM customers;

-- name: builtin_variadic_concat
-- expect: ok
SELECT concat(name, ' <', email, '>'), concat_ws(', ', name, email, note) FROM customers;

-- name: builtin_date_functions
-- expect: ok
SELECT date_trunc('day', placed_at), extract(year FROM placed_at), now() - placed_at FROM orders;

-- name: builtin_json_functions
-- expect: ok
SELECT attrs ->> 'color', jsonb_typeof(attrs), to_jsonb(title) FROM products WHERE attrs ? 'color';

-- name: builtin_greatest_nullif
-- expect: ok
SELECT greatest(qty, 1), least(qty, 10), nullif(qty, 0) FROM order_items;

-- name: user_function_one_arg
-- expect: ok
SELECT id, order_count(id) FROM customers;

-- name: user_function_default_arg_omitted
-- expect: ok
SELECT sales.tax(amount) FROM sales.invoices;

-- name: user_function_default_arg_given
-- expect: ok
SELECT sales.tax(amount, 0.07) FROM sales.invoices;

-- name: user_function_named_arg
-- expect: ok
SELECT sales.tax(rate => 0.1, amount => amount) FROM sales.invoices;

-- name: user_function_overloads
-- expect: ok
SELECT label(name), label(name, email) FROM customers;

-- name: user_function_variadic
-- expect: ok
SELECT join_words(name, email, 'x') FROM customers;

-- name: aggregates_group_having
-- expect: ok
SELECT customer_id, count(*), sum(total), avg(total), min(placed_at), max(placed_at)
FROM orders GROUP BY customer_id HAVING count(*) > $1;

-- name: aggregate_filter_distinct
-- expect: ok
SELECT count(DISTINCT customer_id), count(*) FILTER (WHERE status = 'paid'), string_agg(note, ',' ORDER BY id)
FROM orders;

-- name: aggregate_array_json
-- expect: ok
SELECT order_id, array_agg(product_id ORDER BY product_id), jsonb_agg(qty) FROM order_items GROUP BY order_id;

-- name: window_row_number
-- expect: ok
SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY placed_at DESC) AS rn FROM orders;

-- name: window_named_and_frame
-- expect: ok
SELECT id, sum(total) OVER w AS running, lag(total, 1) OVER w, first_value(id) OVER w
FROM orders WINDOW w AS (PARTITION BY customer_id ORDER BY placed_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);

-- name: window_rank_in_subquery
-- expect: ok
SELECT * FROM (SELECT id, rank() OVER (ORDER BY total DESC) AS r FROM orders) ranked WHERE r <= $1;

-- name: distinct_on
-- expect: ok
SELECT DISTINCT ON (customer_id) customer_id, id, total FROM orders ORDER BY customer_id, placed_at DESC;

-- name: casts
-- expect: ok
SELECT id::text, total::int, CAST(placed_at AS date), '42'::bigint, status::text FROM orders;

-- name: cast_param_to_enum
-- expect: ok
SELECT id FROM orders WHERE status = $1::order_status;

-- name: enum_compare_literal
-- expect: ok
SELECT id FROM orders WHERE status IN ('paid', 'shipped') ORDER BY status;

-- name: enum_param
-- expect: ok
SELECT id FROM orders WHERE status = $1;

-- name: enum_update_literal
-- expect: ok
UPDATE orders SET status = 'cancelled' WHERE id = $1 AND status <> 'shipped';

-- name: case_coalesce
-- expect: ok
SELECT CASE WHEN total > 100 THEN 'big' WHEN total > 10 THEN 'medium' ELSE 'small' END, coalesce(note, 'none') FROM orders;

-- name: like_ilike_between
-- expect: ok
SELECT id FROM products WHERE title ILIKE $1 AND sku LIKE 'A%' AND price BETWEEN $2 AND $3;

-- name: array_ops
-- expect: ok
SELECT id FROM products WHERE tags @> ARRAY[$1]::text[] OR $2 = ANY (tags);

-- name: interval_arith
-- expect: ok
SELECT id FROM orders WHERE placed_at > now() - interval '7 days' AND placed_at < $1;

-- name: is_distinct_null_tests
-- expect: ok
SELECT id FROM customers WHERE referred_by IS NOT DISTINCT FROM $1 OR note IS NULL;

-- name: limit_offset_params
-- expect: ok
SELECT id FROM orders ORDER BY id LIMIT $1 OFFSET $2;

-- name: numeric_compare_with_int
-- expect: ok
SELECT id FROM orders WHERE total > 100 AND customer_id = 7;

-- name: text_compare_with_varchar
-- expect: ok
SELECT id FROM products WHERE sku = title;
