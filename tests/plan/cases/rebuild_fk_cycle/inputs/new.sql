CREATE TABLE accounts (
    region text NOT NULL,
    code text NOT NULL,
    home_code text,
    UNIQUE (region, code)
);
CREATE TABLE branches (
    region text NOT NULL,
    code text NOT NULL,
    UNIQUE (region, code)
);
ALTER TABLE accounts ADD CONSTRAINT accounts_branch_fk FOREIGN KEY (region, home_code) REFERENCES branches (region, code);
ALTER TABLE branches ADD CONSTRAINT branches_account_fk FOREIGN KEY (region, code) REFERENCES accounts (region, code);
CREATE TABLE audits (
    region text NOT NULL,
    code text NOT NULL,
    FOREIGN KEY (region, code) REFERENCES accounts (region, code)
);
