-- Queries against a pg_dump'ed schema: partitions, a generated column,
-- identity, an exclusion constraint, the same table name in two schemas,
-- a quoted schema, a materialized view.

-- name: account_by_owner
-- expect: ok
SELECT id, owner, currency, balance FROM accounts WHERE owner_key = lower($1);

-- name: open_account
-- expect: ok
INSERT INTO accounts (owner, currency) VALUES ($1, 'USD') RETURNING id, owner_key;

-- name: open_account_identity_override
-- expect: ok
INSERT INTO accounts (id, owner) VALUES ($1, $2);

-- name: upsert_account_generated_key
-- expect: ok
INSERT INTO accounts (owner, currency) VALUES ($1, $2)
ON CONFLICT (owner_key, currency) DO UPDATE SET closed = false RETURNING id;

-- name: book_entry_partitioned
-- expect: ok
INSERT INTO entries (account_id, booked_on, amount, memo) VALUES ($1, $2, $3, $4) RETURNING id;

-- name: upsert_entry_partitioned_pk
-- expect: ok
INSERT INTO entries (id, account_id, booked_on, amount) VALUES ($1, $2, $3, $4)
ON CONFLICT (id, booked_on) DO UPDATE SET amount = EXCLUDED.amount;

-- name: entries_of_month
-- expect: ok
SELECT e.id, e.amount, a.owner FROM entries e JOIN accounts a ON a.id = e.account_id
WHERE e.booked_on >= $1 AND e.booked_on < $1 + 31;

-- name: read_one_partition
-- expect: ok
SELECT sum(amount) FROM entries_2026 WHERE account_id = $1;

-- name: public_items_unqualified
-- expect: ok
SELECT id, label FROM items WHERE id = $1;

-- name: inventory_items_qualified
-- expect: ok
SELECT id, sku, on_hand FROM inventory.items WHERE id = $1;

-- name: both_items
-- expect: ok
SELECT i.label, v.sku FROM items i JOIN inventory.items v ON v.id = i.id;

-- name: reserve_item
-- expect: ok
SELECT inventory.reserve($1, $2);

-- name: book_room_no_overlap
-- expect: ok
INSERT INTO bookings (room, during) VALUES ($1, tstzrange($2, $3)) ON CONFLICT ON CONSTRAINT bookings_no_overlap DO NOTHING;

-- name: rooms_overlapping
-- expect: ok
SELECT id, room FROM bookings WHERE during && tstzrange($1, $2);

-- name: quoted_schema_table
-- expect: ok
SELECT "Month", "Total" FROM "Reporting"."MonthlyTotals" ORDER BY "Month" DESC LIMIT 12;

-- name: quoted_schema_upsert
-- expect: ok
INSERT INTO "Reporting"."MonthlyTotals" ("Month", "Total") VALUES ($1, $2)
ON CONFLICT ("Month") DO UPDATE SET "Total" = EXCLUDED."Total";

-- name: materialized_view
-- expect: ok
SELECT owner FROM "Reporting".owners ORDER BY owner;

-- name: view_over_partitions
-- expect: ok
SELECT id, owner, booked FROM account_balances WHERE booked < 0;

-- name: enum_currency_filter
-- expect: ok
SELECT count(*) FROM accounts WHERE currency = 'GBP' AND NOT closed;

-- name: monthly_rollup_window
-- expect: ok
SELECT month, total, sum(total) OVER (ORDER BY month) AS running
FROM (SELECT date_trunc('month', booked_on)::date AS month, sum(amount) AS total FROM entries GROUP BY 1) m
ORDER BY month;

-- name: bad_inventory_column_on_public_items
-- expect: missing_column
SELECT sku FROM items WHERE id = $1;

-- name: bad_public_column_on_inventory_items
-- expect: missing_column
SELECT label FROM inventory.items;

-- name: bad_quoted_schema_folded
-- expect: missing_relation
SELECT * FROM reporting."MonthlyTotals";

-- name: bad_quoted_table_folded
-- expect: missing_relation
SELECT * FROM "Reporting".MonthlyTotals;

-- name: bad_quoted_column_folded
-- expect: missing_column
SELECT Month FROM "Reporting"."MonthlyTotals";

-- name: bad_matview_unqualified
-- expect: missing_relation
SELECT owner FROM owners;

-- name: bad_function_unqualified
-- expect: missing_function
SELECT reserve($1, $2);

-- name: bad_function_arg_count
-- expect: missing_function
SELECT inventory.reserve($1);

-- name: bad_currency_label
-- expect: type_mismatch
SELECT id FROM accounts WHERE currency = 'JPY';

-- name: bad_generated_key_target
-- expect: no_conflict_target
INSERT INTO accounts (owner, currency) VALUES ($1, $2) ON CONFLICT (owner, currency) DO NOTHING;

-- name: bad_partition_conflict_without_key
-- expect: no_conflict_target
INSERT INTO entries (id, account_id, booked_on, amount) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING;

-- name: bad_ambiguous_items_join
-- expect: ambiguous_column
SELECT id FROM items JOIN inventory.items v ON v.id = items.id;

-- name: bad_date_compare_text_column
-- expect: type_mismatch
SELECT id FROM entries WHERE booked_on = memo;

-- name: bad_exclusion_do_update
-- expect: other
INSERT INTO bookings (room, during) VALUES ($1, tstzrange($2, $3))
ON CONFLICT ON CONSTRAINT bookings_no_overlap DO UPDATE SET room = EXCLUDED.room;

-- name: bad_on_constraint_unknown
-- expect: other
INSERT INTO accounts (owner) VALUES ($1) ON CONFLICT ON CONSTRAINT accounts_owner_key DO NOTHING;

-- name: bad_insert_generated_column
-- expect: other
INSERT INTO accounts (owner, owner_key) VALUES ($1, $2);
