CREATE TABLE tickets (id bigserial PRIMARY KEY, code bigint NOT NULL, title text NOT NULL, CONSTRAINT tickets_code_key UNIQUE (code));
CREATE INDEX tickets_title_idx ON tickets (title);
