-- Objects made again under their names while both versions run: a
-- primary key moving to another column (built concurrently, swapped in
-- the contract), an enum losing a value and gaining one (type re-made in
-- the contract, the column rewritten onto it), a view losing a column the
-- old version reads (re-made once the old version is gone).
CREATE TYPE status AS ENUM ('new', 'held', 'done');
CREATE TABLE jobs (
    id integer PRIMARY KEY,
    code text NOT NULL,
    state status NOT NULL DEFAULT 'new',
    note text
);
CREATE UNIQUE INDEX jobs_code_idx ON jobs (code);
CREATE VIEW job_view AS SELECT id, code, state, note FROM jobs;
