-- expect: ok
CREATE TABLE t (a int, b varchar(10), c text);
ALTER TABLE t ALTER a TYPE bigint;
ALTER TABLE t ALTER b TYPE text;
ALTER TABLE t ALTER c TYPE integer USING c::integer;
