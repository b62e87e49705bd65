CREATE TYPE status AS ENUM ('new', 'won''t do', 'done');
CREATE TABLE jobs (
    id integer NOT NULL,
    code text PRIMARY KEY,
    state status NOT NULL DEFAULT 'new',
    note text
);
CREATE VIEW job_view AS SELECT id, code, state FROM jobs;
