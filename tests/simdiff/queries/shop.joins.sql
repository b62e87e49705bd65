-- Joins (inner, outer, USING, NATURAL, LATERAL), subqueries of every
-- kind, CTEs (plain, RECURSIVE, data-modifying), set operations, `*`.

-- name: inner_join
-- expect: ok
SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1;

-- name: left_join_three
-- expect: ok
SELECT o.id, i.qty, p.title
FROM orders o
LEFT JOIN order_items i ON i.order_id = o.id
LEFT OUTER JOIN products p ON p.id = i.product_id
WHERE o.customer_id = $1;

-- name: right_and_full_join
-- expect: ok
SELECT c.id, o.id FROM orders o RIGHT JOIN customers c ON c.id = o.customer_id
FULL JOIN categories k ON k.id = o.id::int;

-- name: join_using_merges_column
-- expect: ok
SELECT order_id, qty, items_total FROM order_items JOIN order_totals USING (order_id);

-- name: join_using_qualified
-- expect: ok
SELECT i.order_id, t.order_id, qty FROM order_items i JOIN order_totals t USING (order_id);

-- name: natural_join
-- expect: ok
SELECT order_id, customer_id, qty FROM order_items NATURAL JOIN order_totals;

-- name: self_join
-- expect: ok
SELECT c.name, r.name AS referrer FROM customers c JOIN customers r ON r.id = c.referred_by;

-- name: cross_join_comma
-- expect: ok
SELECT p.title, k.name FROM products p, categories k WHERE k.id = p.category_id;

-- name: lateral_subquery
-- expect: ok
SELECT c.id, last.id AS last_order, last.total
FROM customers c
CROSS JOIN LATERAL (SELECT o.id, o.total FROM orders o WHERE o.customer_id = c.id
                    ORDER BY o.placed_at DESC LIMIT 1) last;

-- name: left_join_lateral_on_true
-- expect: ok
SELECT c.id, n.cnt FROM customers c
LEFT JOIN LATERAL (SELECT count(*) AS cnt FROM orders WHERE customer_id = c.id) n ON true;

-- name: lateral_function
-- expect: ok
SELECT p.id, t.tag FROM products p, unnest(p.tags) AS t(tag) WHERE p.active;

-- name: lateral_jsonb
-- expect: ok
SELECT p.id, kv.key, kv.value FROM products p CROSS JOIN LATERAL jsonb_each(p.attrs) kv;

-- name: set_returning_user_function
-- expect: ok
SELECT r.id, r.total FROM recent_orders($1, 5) r;

-- name: scalar_subquery
-- expect: ok
SELECT c.id, (SELECT max(o.total) FROM orders o WHERE o.customer_id = c.id) AS biggest FROM customers c;

-- name: in_subquery
-- expect: ok
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE status = 'paid');

-- name: not_exists_correlated
-- expect: ok
SELECT id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);

-- name: exists_inner_scope_first
-- expect: ok
SELECT id FROM orders WHERE EXISTS (SELECT 1 FROM customers WHERE id = customer_id AND note IS NULL);

-- name: subquery_in_from
-- expect: ok
SELECT s.customer_id, s.n FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) s WHERE s.n > $1;

-- name: subquery_column_aliases
-- expect: ok
SELECT q.cust, q.cnt FROM (SELECT customer_id, count(*) FROM orders GROUP BY 1) AS q (cust, cnt);

-- name: any_array_param
-- expect: ok
SELECT id FROM orders WHERE id = ANY ($1::bigint[]);

-- name: cte_simple
-- expect: ok
WITH big AS (SELECT id, customer_id FROM orders WHERE total > $1)
SELECT c.email, big.id FROM big JOIN customers c ON c.id = big.customer_id;

-- name: cte_column_list
-- expect: ok
WITH t (oid_, amount) AS (SELECT id, total FROM orders) SELECT oid_, amount FROM t;

-- name: cte_two_chained
-- expect: ok
WITH a AS (SELECT id FROM customers), b AS (SELECT o.id, o.customer_id FROM orders o JOIN a ON a.id = o.customer_id)
SELECT count(*) FROM b;

-- name: cte_recursive_tree
-- expect: ok
WITH RECURSIVE tree AS (
    SELECT id, parent_id, name, 1 AS depth FROM categories WHERE id = $1
    UNION ALL
    SELECT k.id, k.parent_id, k.name, tree.depth + 1 FROM categories k JOIN tree ON k.parent_id = tree.id
)
SELECT id, name, depth FROM tree ORDER BY depth;

-- name: cte_recursive_referrals
-- expect: ok
WITH RECURSIVE chain (id, referred_by, hops) AS (
    SELECT id, referred_by, 0 FROM customers WHERE id = $1
    UNION
    SELECT c.id, c.referred_by, chain.hops + 1 FROM customers c, chain WHERE c.id = chain.referred_by
)
SELECT * FROM chain;

-- name: cte_data_modifying_move
-- expect: ok
WITH gone AS (DELETE FROM orders WHERE status = 'cancelled' AND placed_at < $1 RETURNING id, customer_id)
INSERT INTO audit.events (kind, payload)
SELECT 'order_purged', jsonb_build_object('id', id, 'customer', customer_id) FROM gone;

-- name: cte_data_modifying_update_returning
-- expect: ok
WITH paid AS (UPDATE orders SET status = 'paid' WHERE id = $1 RETURNING id, total)
SELECT paid.id, paid.total, sales.tax(paid.total) FROM paid;

-- name: union_all
-- expect: ok
SELECT id, 'order' AS kind FROM orders WHERE customer_id = $1
UNION ALL
SELECT id, 'invoice' FROM sales.invoices WHERE order_id = $2;

-- name: union_order_by_first_branch_name
-- expect: ok
SELECT id AS x FROM orders UNION SELECT id FROM sales.invoices ORDER BY x;

-- name: intersect_except
-- expect: ok
(SELECT customer_id FROM orders INTERSECT SELECT id FROM customers)
EXCEPT SELECT referred_by FROM customers;

-- name: star_all
-- expect: ok
SELECT * FROM orders WHERE id = $1;

-- name: star_of_join
-- expect: ok
SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1;

-- name: table_star_and_column
-- expect: ok
SELECT o.*, c.email FROM orders o JOIN customers c ON c.id = o.customer_id;

-- name: star_of_subquery
-- expect: ok
SELECT s.* FROM (SELECT id, total FROM orders) s WHERE s.total > 0;

-- name: star_of_cte
-- expect: ok
WITH t AS (SELECT id, email FROM customers) SELECT * FROM t;

-- name: star_of_view
-- expect: ok
SELECT * FROM order_totals ORDER BY items_total DESC;

-- name: count_star
-- expect: ok
SELECT count(*) FROM "Reviews";

-- name: row_value_compare
-- expect: ok
SELECT order_id FROM order_items WHERE (order_id, product_id) = ($1, $2);

-- name: values_in_from
-- expect: ok
SELECT v.n, o.id FROM (VALUES (1), (2)) AS v(n) LEFT JOIN orders o ON o.id = v.n;
