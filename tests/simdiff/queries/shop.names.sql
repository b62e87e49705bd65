-- Name resolution: search_path (public, then pg_catalog implicitly),
-- schema-qualified names, quoted and case-folded identifiers, aliases.

-- name: get_customer
-- expect: ok
SELECT id, email, name FROM customers WHERE id = $1;

-- name: get_customer_qualified
-- expect: ok
SELECT c.id, c.email FROM public.customers c WHERE c.id = $1;

-- name: get_customer_fully_qualified_column
-- expect: ok
SELECT public.customers.id, customers.email FROM public.customers WHERE customers.id = $1;

-- name: folded_upper_case
-- expect: ok
SELECT ID, EMAIL FROM CUSTOMERS WHERE Id = $1;

-- name: quoted_lower_case
-- expect: ok
SELECT "id", "email" FROM "customers" WHERE "id" = $1;

-- name: quoted_mixed_case_table
-- expect: ok
SELECT "Id", "productId", "Rating", body FROM "Reviews" WHERE "productId" = $1;

-- name: quoted_mixed_case_alias
-- expect: ok
SELECT r."Rating" FROM "Reviews" AS r WHERE r."Id" = $1;

-- name: invoice_in_other_schema
-- expect: ok
SELECT id, number, channel FROM sales.invoices WHERE order_id = $1;

-- name: audit_event_insert
-- expect: ok
INSERT INTO audit.events (kind, payload) VALUES ($1, $2) RETURNING id, at;

-- name: catalog_function_qualified
-- expect: ok
SELECT pg_catalog.now(), pg_catalog.lower(name) FROM customers WHERE id = $1;

-- name: catalog_table
-- expect: ok
SELECT relname FROM pg_class WHERE relname = $1;

-- name: table_alias_hides_name
-- expect: ok
SELECT o.id, o.total FROM orders AS o WHERE o.customer_id = $1;

-- name: column_alias_in_order_by
-- expect: ok
SELECT total AS amount, id FROM orders ORDER BY amount DESC LIMIT $1;

-- name: column_alias_group_by_ordinal
-- expect: ok
SELECT status AS s, count(*) FROM orders GROUP BY 1 ORDER BY 2;

-- name: table_alias_with_column_aliases
-- expect: ok
SELECT x.a, x.b FROM orders AS x (a, b) WHERE x.a = $1;

-- name: view_columns
-- expect: ok
SELECT order_id, customer_id, items_total FROM order_totals WHERE customer_id = $1;

-- name: view_in_other_schema
-- expect: ok
SELECT b.number, b.amount FROM sales.big_invoices b ORDER BY b.amount DESC;

-- name: domain_column_compare
-- expect: ok
SELECT id FROM customers WHERE email = $1;

-- name: enum_in_other_schema
-- expect: ok
SELECT count(*) FROM sales.invoices WHERE channel = 'store';

-- name: schema_qualified_star
-- expect: ok
SELECT sales.invoices.* FROM sales.invoices WHERE id = $1;
