-- A new table's index takes the name of an index of a table the plan
-- drops (in the contract): built under a temporary name, renamed in the
-- contract once the old one is gone. A foreign key uses it meanwhile.
CREATE TABLE legacy (code text, region text);
CREATE UNIQUE INDEX lookup_idx ON legacy (code, region);
CREATE TABLE orders (id integer PRIMARY KEY, code text, region text);
