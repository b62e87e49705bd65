-- expect: 3 42804 column "a" cannot be cast automatically to type timestamp without time zone
CREATE TABLE t (a bigint);
ALTER TABLE t ALTER a TYPE timestamp;
