CREATE TABLE events (
    id serial PRIMARY KEY,
    kind char(8) NOT NULL,
    label varchar(40),
    payload json,
    seen_at timestamp,
    n integer
);
