CREATE SEQUENCE ticket_no AS bigint INCREMENT BY 10;
CREATE SEQUENCE invoice_no AS bigint;
CREATE TABLE tickets (no bigint);
ALTER SEQUENCE ticket_no OWNED BY tickets.no;
