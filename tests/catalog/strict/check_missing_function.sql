-- expect: 2 42883 function add(integer, integer) does not exist
CREATE TABLE t (a int, CONSTRAINT c CHECK (add(a, 1) > 0));
