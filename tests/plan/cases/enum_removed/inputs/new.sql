CREATE TYPE status AS ENUM ('new', 'won''t do', 'done');
CREATE TABLE jobs (id integer PRIMARY KEY, state status NOT NULL DEFAULT 'new', history status[]);
