CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, CONSTRAINT t_name_check CHECK (length(name) > 0
