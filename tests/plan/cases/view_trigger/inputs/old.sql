-- INSTEAD OF triggers live on views, not tables: one added, one dropped.
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE VIEW items_v AS SELECT id, name FROM items;
CREATE FUNCTION items_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO items VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE FUNCTION items_v_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN DELETE FROM items WHERE id = OLD.id; RETURN OLD; END $$;
CREATE TRIGGER items_v_del INSTEAD OF DELETE ON items_v FOR EACH ROW EXECUTE FUNCTION items_v_del();
