-- 07: functions and procedures (plpgsql, sql with a string body, sql with
-- BEGIN ATOMIC and RETURN bodies), argument modes and defaults, RETURNS
-- TABLE / SETOF, attributes, overloads; triggers of every shape (BEFORE /
-- AFTER / INSTEAD OF, row / statement, UPDATE OF, WHEN, transition tables,
-- constraint triggers, disabled); comments on them.

CREATE SCHEMA util;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    updated_at timestamptz,
    version integer NOT NULL DEFAULT 1
);
CREATE TABLE account_log (
    id bigserial PRIMARY KEY,
    account_id integer,
    op text,
    at timestamptz DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    NEW.version := OLD.version + 1;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION log_change() RETURNS trigger AS $body$
begin
  insert into account_log (account_id, op) values (coalesce(new.id, old.id), tg_op);
  return null;
end
$body$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp;

CREATE FUNCTION count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM count(*) FROM new_rows;
  RETURN NULL;
END $$;

CREATE FUNCTION util.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT a + b';
CREATE FUNCTION util.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN a + b;
CREATE FUNCTION util.balance_of(p_id integer) RETURNS numeric
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT balance FROM accounts WHERE id = p_id;
END;
CREATE FUNCTION util.rich(min_balance numeric DEFAULT 1000, OUT id integer, OUT balance numeric)
    RETURNS SETOF record LANGUAGE sql STABLE ROWS 50
    AS $$ SELECT id, balance FROM accounts WHERE balance >= min_balance $$;
CREATE FUNCTION util.ledger(since timestamptz) RETURNS TABLE (account_id integer, n bigint)
    LANGUAGE sql STABLE COST 200
    AS $$ SELECT account_id, count(*) FROM account_log WHERE at >= since GROUP BY 1 $$;
CREATE FUNCTION util.swap(INOUT x integer, INOUT y integer) LANGUAGE sql AS $$ SELECT y, x $$;
CREATE FUNCTION util.total(VARIADIC nums numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS $$ SELECT sum(n) FROM unnest(nums) n $$;
CREATE FUNCTION util.accounts_all() RETURNS SETOF accounts LANGUAGE sql AS 'SELECT * FROM accounts';
CREATE FUNCTION util.noop() RETURNS void LANGUAGE plpgsql VOLATILE LEAKPROOF AS $$ BEGIN END $$;
CREATE FUNCTION util.strict_len(text) RETURNS integer RETURNS NULL ON NULL INPUT LANGUAGE sql AS 'select length($1)';

CREATE PROCEDURE util.transfer(from_id integer, to_id integer, amount numeric)
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE accounts SET balance = balance - amount WHERE id = from_id;
    UPDATE accounts SET balance = balance + amount WHERE id = to_id;
END;
$$;
CREATE PROCEDURE util.reset_all()
LANGUAGE sql
BEGIN ATOMIC
    UPDATE accounts SET balance = 0;
END;

-- Replaced function body, dropped overload.
CREATE FUNCTION util.tmp(integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION util.tmp(text) RETURNS integer LANGUAGE sql AS 'SELECT 2';
DROP FUNCTION util.tmp(integer);
CREATE OR REPLACE FUNCTION util.tmp(text) RETURNS integer LANGUAGE sql AS 'SELECT 3';
ALTER FUNCTION util.noop() SECURITY DEFINER;
ALTER FUNCTION util.add(integer, integer) RENAME TO plus;

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER accounts_log AFTER INSERT OR UPDATE OR DELETE ON accounts
    FOR EACH ROW EXECUTE PROCEDURE log_change();
CREATE TRIGGER accounts_balance_changed AFTER UPDATE OF balance ON accounts
    FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION log_change();
CREATE TRIGGER accounts_stmt AFTER TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION log_change();
CREATE TRIGGER accounts_bulk AFTER INSERT ON accounts
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_changes();
CREATE CONSTRAINT TRIGGER accounts_check_later AFTER INSERT OR UPDATE ON accounts
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER accounts_disabled BEFORE INSERT ON accounts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
ALTER TABLE accounts DISABLE TRIGGER accounts_disabled;
CREATE TRIGGER accounts_replica AFTER DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION log_change();
ALTER TABLE accounts ENABLE REPLICA TRIGGER accounts_replica;
CREATE TRIGGER account_log_args AFTER INSERT ON account_log
    FOR EACH ROW EXECUTE FUNCTION log_change('a', 'b c', 42);
CREATE TRIGGER tmp_trigger AFTER INSERT ON account_log FOR EACH ROW EXECUTE FUNCTION log_change();
DROP TRIGGER tmp_trigger ON account_log;
ALTER TRIGGER accounts_stmt ON accounts RENAME TO accounts_truncated;

CREATE VIEW account_view AS SELECT id, balance FROM accounts;
CREATE FUNCTION account_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO accounts (id, balance) VALUES (NEW.id, NEW.balance); RETURN NEW; END $$;
CREATE TRIGGER account_view_ins INSTEAD OF INSERT ON account_view
    FOR EACH ROW EXECUTE FUNCTION account_view_insert();

COMMENT ON FUNCTION touch_updated_at() IS 'bumps updated_at and version';
COMMENT ON FUNCTION util.add(numeric, numeric) IS 'numeric overload';
COMMENT ON PROCEDURE util.transfer(integer, integer, numeric) IS 'moves money';
COMMENT ON TRIGGER accounts_touch ON accounts IS 'keeps updated_at fresh';
