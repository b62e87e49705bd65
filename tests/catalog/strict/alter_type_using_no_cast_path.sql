-- expect: 3 42846 cannot cast type bigint to timestamp without time zone
CREATE TABLE t (a bigint);
ALTER TABLE t ALTER a TYPE timestamp USING a::timestamp;
