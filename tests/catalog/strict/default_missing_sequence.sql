-- expect: 2 42P01 relation "nope" does not exist
CREATE TABLE t (a int DEFAULT nextval('nope'));
