-- expect: 3 42883 operator does not exist: character varying > integer
CREATE TABLE t (a varchar(10));
ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);
