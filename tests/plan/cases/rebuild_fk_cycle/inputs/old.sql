-- Two partitioned tables with foreign keys to each other made ordinary
-- tables: both are rebuilt in one transaction; the keys between them are
-- dropped after the renames and added again after both copies (so no row
-- is checked against a table not copied yet), and the downs put them back
-- on the old tables once the rows are back.
CREATE TABLE accounts (
    region text NOT NULL,
    code text NOT NULL,
    home_code text,
    UNIQUE (region, code)
) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE branches (
    region text NOT NULL,
    code text NOT NULL,
    UNIQUE (region, code)
) PARTITION BY LIST (region);
CREATE TABLE branches_eu PARTITION OF branches FOR VALUES IN ('eu');
ALTER TABLE accounts ADD CONSTRAINT accounts_branch_fk FOREIGN KEY (region, home_code) REFERENCES branches (region, code);
ALTER TABLE branches ADD CONSTRAINT branches_account_fk FOREIGN KEY (region, code) REFERENCES accounts (region, code);
CREATE TABLE audits (
    region text NOT NULL,
    code text NOT NULL,
    FOREIGN KEY (region, code) REFERENCES accounts (region, code)
);
