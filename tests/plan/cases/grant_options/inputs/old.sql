-- Grants whose option changes, and grants with the option that come or
-- go: each down gives back exactly the old privileges (a grant added WITH
-- GRANT OPTION is revoked whole, not only its option).
CREATE TABLE items (id integer, name text);
GRANT SELECT ON items TO reporter WITH GRANT OPTION;
GRANT INSERT ON items TO writer;
GRANT UPDATE ON items TO editor WITH GRANT OPTION;
