-- The new app reads `legacy_code`, which the new schema drops: no plan is
-- compatible. The plan still comes out; the error verdicts name the drop.
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy_code text
);
