CREATE TABLE items (id integer, name text);
GRANT SELECT ON items TO reporter;
GRANT INSERT ON items TO writer WITH GRANT OPTION;
GRANT DELETE ON items TO auditor WITH GRANT OPTION;
GRANT SELECT (name) ON items TO auditor WITH GRANT OPTION;
