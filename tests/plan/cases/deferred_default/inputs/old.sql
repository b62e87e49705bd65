-- The old app inserts without `status` and relies on its default; the new
-- schema drops the default. Dropping it before the deploy breaks v1's
-- INSERT (not_null_violation): the planner defers the step to contract.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total integer NOT NULL,
    status text NOT NULL DEFAULT 'new'
);
