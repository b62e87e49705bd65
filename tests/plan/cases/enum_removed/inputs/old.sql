-- A removed enum value: the type is made again in the contract; a value
-- added at the same time (with a quote in it) is added in expand.
CREATE TYPE status AS ENUM ('new', 'held', 'done');
CREATE TABLE jobs (id integer PRIMARY KEY, state status NOT NULL DEFAULT 'new', history status[]);
