-- Writes: INSERT (VALUES, SELECT, DEFAULT), UPDATE ... FROM, DELETE ...
-- USING, RETURNING, and ON CONFLICT against every kind of arbiter.

-- name: insert_returning_star
-- expect: ok
INSERT INTO customers (email, name) VALUES ($1, $2) RETURNING *;

-- name: insert_default_values
-- expect: ok
INSERT INTO settings (key) VALUES ($1) RETURNING key, scope;

-- name: insert_explicit_default
-- expect: ok
INSERT INTO orders (customer_id, status, total) VALUES ($1, DEFAULT, $2) RETURNING id, status;

-- name: insert_multi_row
-- expect: ok
INSERT INTO order_items (order_id, product_id, qty, unit_price) VALUES ($1, $2, 1, 9.99), ($1, $3, 2, 4.50);

-- name: insert_select
-- expect: ok
INSERT INTO sales.invoices (order_id, number, amount)
SELECT o.id, 'INV-' || o.id, o.total FROM orders o WHERE o.status = 'paid' AND o.id = $1
RETURNING id, number;

-- name: insert_without_column_list
-- expect: ok
INSERT INTO categories VALUES ($1, NULL, $2);

-- name: insert_omits_not_null_column
-- expect: ok
INSERT INTO orders (total) VALUES ($1);

-- name: insert_identity_column_default
-- expect: ok
INSERT INTO audit.events (kind) VALUES ('login') RETURNING id;

-- name: insert_enum_literal
-- expect: ok
INSERT INTO orders (customer_id, status) VALUES ($1, 'shipped');

-- name: insert_enum_cast_param
-- expect: ok
INSERT INTO orders (customer_id, status) VALUES ($1, $2::order_status);

-- name: insert_quoted_table
-- expect: ok
INSERT INTO "Reviews" ("productId", "Rating", body) VALUES ($1, $2, $3) RETURNING "Id";

-- name: update_simple
-- expect: ok
UPDATE customers SET name = $2, note = NULL WHERE id = $1;

-- name: update_expression_returning
-- expect: ok
UPDATE products SET price = price * 1.1, tags = array_append(tags, 'sale') WHERE id = $1 RETURNING id, price;

-- name: update_from
-- expect: ok
UPDATE orders o SET total = t.items_total FROM order_totals t WHERE t.order_id = o.id AND o.customer_id = $1;

-- name: update_from_join
-- expect: ok
UPDATE order_items i SET unit_price = p.price
FROM products p JOIN categories k ON k.id = p.category_id
WHERE p.id = i.product_id AND k.name = $1;

-- name: update_multi_column_subselect
-- expect: ok
UPDATE stock SET (qty, reserved) = (SELECT sum(qty)::int, 0 FROM order_items WHERE product_id = stock.product_id)
WHERE product_id = $1;

-- name: update_other_schema
-- expect: ok
UPDATE sales.invoices SET channel = 'store' WHERE number = $1;

-- name: delete_simple_returning
-- expect: ok
DELETE FROM settings WHERE key = $1 AND deleted_at IS NOT NULL RETURNING key;

-- name: delete_using
-- expect: ok
DELETE FROM order_items i USING orders o WHERE o.id = i.order_id AND o.status = 'cancelled';

-- name: delete_using_two
-- expect: ok
DELETE FROM sales.invoices v USING orders o, customers c
WHERE o.id = v.order_id AND c.id = o.customer_id AND c.email = $1;

-- name: upsert_primary_key
-- expect: ok
INSERT INTO categories (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name;

-- name: upsert_composite_pk_reordered
-- expect: ok
INSERT INTO order_items (order_id, product_id, qty, unit_price) VALUES ($1, $2, $3, $4)
ON CONFLICT (product_id, order_id) DO UPDATE SET qty = order_items.qty + EXCLUDED.qty;

-- name: upsert_unique_constraint
-- expect: ok
INSERT INTO customers (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING;

-- name: upsert_on_constraint
-- expect: ok
INSERT INTO sales.invoices (order_id, number, amount) VALUES ($1, $2, $3)
ON CONFLICT ON CONSTRAINT invoices_number_key DO UPDATE SET amount = EXCLUDED.amount;

-- name: upsert_unique_index
-- expect: ok
INSERT INTO stock (product_id, warehouse, qty) VALUES ($1, $2, $3)
ON CONFLICT (product_id) DO UPDATE SET qty = stock.qty + EXCLUDED.qty RETURNING qty;

-- name: upsert_expression_index
-- expect: ok
INSERT INTO products (sku, title, price) VALUES ($1, $2, $3)
ON CONFLICT (lower(sku)) DO UPDATE SET title = EXCLUDED.title;

-- name: upsert_partial_index_with_predicate
-- expect: ok
INSERT INTO settings (key, scope, value) VALUES ($1, $2, $3)
ON CONFLICT (key, scope) WHERE deleted_at IS NULL DO UPDATE SET value = EXCLUDED.value;

-- name: upsert_partial_index_reordered
-- expect: ok
INSERT INTO settings (key, scope, value) VALUES ($1, $2, $3)
ON CONFLICT (scope, key) WHERE deleted_at IS NULL DO NOTHING;

-- name: upsert_no_target_do_nothing
-- expect: ok
INSERT INTO products (sku, title, price) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING;

-- name: upsert_where_on_update
-- expect: ok
INSERT INTO categories (id, name) VALUES ($1, $2)
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE categories.name IS DISTINCT FROM EXCLUDED.name;

-- name: upsert_partial_index_stronger_predicate
-- The inference WHERE only has to imply the index predicate.
-- expect: ok
INSERT INTO settings (key, scope, value) VALUES ($1, $2, $3)
ON CONFLICT (key, scope) WHERE deleted_at IS NULL AND scope <> '' DO NOTHING;

-- name: upsert_expression_index_spelled_differently
-- expect: ok
INSERT INTO products (sku, title, price) VALUES ($1, $2, $3)
ON CONFLICT ((LOWER(sku))) DO NOTHING;

-- name: upsert_full_index_needless_predicate
-- A non-partial unique index is an arbiter whatever the inference WHERE says.
-- expect: ok
INSERT INTO stock (product_id, warehouse, qty) VALUES ($1, $2, $3)
ON CONFLICT (product_id) WHERE reserved IS NULL DO NOTHING;

-- name: upsert_primary_key_needless_predicate
-- expect: ok
INSERT INTO categories (id, name) VALUES ($1, $2) ON CONFLICT (id) WHERE parent_id IS NULL DO NOTHING;
