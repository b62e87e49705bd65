-- expect: 4 42P16 column "id" is in a primary key
CREATE TABLE t (id int PRIMARY KEY, a int);
ALTER TABLE t ALTER COLUMN a DROP NOT NULL;
ALTER TABLE t ALTER COLUMN id DROP NOT NULL;
