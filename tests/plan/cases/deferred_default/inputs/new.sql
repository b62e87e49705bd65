CREATE TABLE orders (
    id integer PRIMARY KEY,
    total integer NOT NULL,
    status text NOT NULL,
    note text
);
