-- An identity on a nullable column: NOT NULL first (PostgreSQL refuses the
-- identity before), then the identity; a new identity column keeps its
-- options.
CREATE TABLE events (id bigint, kind text);
CREATE TABLE audit (note text);
