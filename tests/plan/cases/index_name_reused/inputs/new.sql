CREATE TABLE catalog_items (code text NOT NULL, region text NOT NULL, name text);
CREATE UNIQUE INDEX lookup_idx ON catalog_items (code, region);
CREATE TABLE orders (id integer PRIMARY KEY, code text, region text,
    FOREIGN KEY (code, region) REFERENCES catalog_items (code, region));
