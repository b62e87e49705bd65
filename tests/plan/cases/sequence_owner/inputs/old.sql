-- OWNED BY: to a new table, away from a table the contract drops (which
-- would take the sequence along), and options that change.
CREATE SEQUENCE ticket_no AS bigint INCREMENT BY 1;
CREATE SEQUENCE invoice_no AS bigint;
CREATE TABLE legacy (no bigint);
ALTER SEQUENCE invoice_no OWNED BY legacy.no;
