CREATE TABLE counters (id integer PRIMARY KEY, hits integer NOT NULL DEFAULT 0, ratio real);
