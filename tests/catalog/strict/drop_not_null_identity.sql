-- expect: 3 42601 column "id" of relation "t" is an identity column
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);
ALTER TABLE t ALTER id DROP NOT NULL;
