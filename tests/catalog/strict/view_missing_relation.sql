-- expect: 2 42P01 relation "nope" does not exist
CREATE VIEW v AS SELECT id FROM nope;
