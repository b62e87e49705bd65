--
-- PostgreSQL database dump
--

\restrict DaWcgFuQBJbZTZ0OYiODlkeuLpGmz7XaAeNubhcLs8PPrnpNZux2oPpybI0jRs4

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: util; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA util;


ALTER SCHEMA util OWNER TO postgres;

--
-- Name: account_view_insert(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.account_view_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN INSERT INTO accounts (id, balance) VALUES (NEW.id, NEW.balance); RETURN NEW; END $$;


ALTER FUNCTION public.account_view_insert() OWNER TO postgres;

--
-- Name: count_changes(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.count_changes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM count(*) FROM new_rows;
  RETURN NULL;
END $$;


ALTER FUNCTION public.count_changes() OWNER TO postgres;

--
-- Name: log_change(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
begin
  insert into account_log (account_id, op) values (coalesce(new.id, old.id), tg_op);
  return null;
end
$$;


ALTER FUNCTION public.log_change() OWNER TO postgres;

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    NEW.version := OLD.version + 1;
    RETURN NEW;
END;
$$;


ALTER FUNCTION public.touch_updated_at() OWNER TO postgres;

--
-- Name: FUNCTION touch_updated_at(); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.touch_updated_at() IS 'bumps updated_at and version';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    id integer NOT NULL,
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    updated_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: accounts_all(); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.accounts_all() RETURNS SETOF public.accounts
    LANGUAGE sql
    AS $$SELECT * FROM accounts$$;


ALTER FUNCTION util.accounts_all() OWNER TO postgres;

--
-- Name: add(numeric, numeric); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN (a + b);


ALTER FUNCTION util.add(a numeric, b numeric) OWNER TO postgres;

--
-- Name: FUNCTION add(a numeric, b numeric); Type: COMMENT; Schema: util; Owner: postgres
--

COMMENT ON FUNCTION util.add(a numeric, b numeric) IS 'numeric overload';


--
-- Name: balance_of(integer); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.balance_of(p_id integer) RETURNS numeric
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT accounts.balance
    FROM public.accounts
   WHERE (accounts.id = balance_of.p_id);
END;


ALTER FUNCTION util.balance_of(p_id integer) OWNER TO postgres;

--
-- Name: ledger(timestamp with time zone); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.ledger(since timestamp with time zone) RETURNS TABLE(account_id integer, n bigint)
    LANGUAGE sql STABLE COST 200
    AS $$ SELECT account_id, count(*) FROM account_log WHERE at >= since GROUP BY 1 $$;


ALTER FUNCTION util.ledger(since timestamp with time zone) OWNER TO postgres;

--
-- Name: noop(); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.noop() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER LEAKPROOF
    AS $$ BEGIN END $$;


ALTER FUNCTION util.noop() OWNER TO postgres;

--
-- Name: plus(integer, integer); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.plus(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT a + b$$;


ALTER FUNCTION util.plus(a integer, b integer) OWNER TO postgres;

--
-- Name: reset_all(); Type: PROCEDURE; Schema: util; Owner: postgres
--

CREATE PROCEDURE util.reset_all()
    LANGUAGE sql
    BEGIN ATOMIC
 UPDATE public.accounts SET balance = 0;
END;


ALTER PROCEDURE util.reset_all() OWNER TO postgres;

--
-- Name: rich(numeric); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.rich(min_balance numeric DEFAULT 1000, OUT id integer, OUT balance numeric) RETURNS SETOF record
    LANGUAGE sql STABLE ROWS 50
    AS $$ SELECT id, balance FROM accounts WHERE balance >= min_balance $$;


ALTER FUNCTION util.rich(min_balance numeric, OUT id integer, OUT balance numeric) OWNER TO postgres;

--
-- Name: strict_len(text); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.strict_len(text) RETURNS integer
    LANGUAGE sql STRICT
    AS $_$select length($1)$_$;


ALTER FUNCTION util.strict_len(text) OWNER TO postgres;

--
-- Name: swap(integer, integer); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.swap(INOUT x integer, INOUT y integer) RETURNS record
    LANGUAGE sql
    AS $$ SELECT y, x $$;


ALTER FUNCTION util.swap(INOUT x integer, INOUT y integer) OWNER TO postgres;

--
-- Name: tmp(text); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.tmp(text) RETURNS integer
    LANGUAGE sql
    AS $$SELECT 3$$;


ALTER FUNCTION util.tmp(text) OWNER TO postgres;

--
-- Name: total(numeric[]); Type: FUNCTION; Schema: util; Owner: postgres
--

CREATE FUNCTION util.total(VARIADIC nums numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT sum(n) FROM unnest(nums) n $$;


ALTER FUNCTION util.total(VARIADIC nums numeric[]) OWNER TO postgres;

--
-- Name: transfer(integer, integer, numeric); Type: PROCEDURE; Schema: util; Owner: postgres
--

CREATE PROCEDURE util.transfer(IN from_id integer, IN to_id integer, IN amount numeric)
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE accounts SET balance = balance - amount WHERE id = from_id;
    UPDATE accounts SET balance = balance + amount WHERE id = to_id;
END;
$$;


ALTER PROCEDURE util.transfer(IN from_id integer, IN to_id integer, IN amount numeric) OWNER TO postgres;

--
-- Name: PROCEDURE transfer(IN from_id integer, IN to_id integer, IN amount numeric); Type: COMMENT; Schema: util; Owner: postgres
--

COMMENT ON PROCEDURE util.transfer(IN from_id integer, IN to_id integer, IN amount numeric) IS 'moves money';


--
-- Name: account_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account_log (
    id bigint NOT NULL,
    account_id integer,
    op text,
    at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.account_log OWNER TO postgres;

--
-- Name: account_log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.account_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.account_log_id_seq OWNER TO postgres;

--
-- Name: account_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.account_log_id_seq OWNED BY public.account_log.id;


--
-- Name: account_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.account_view AS
 SELECT accounts.id,
    accounts.balance
   FROM public.accounts;


ALTER TABLE public.account_view OWNER TO postgres;

--
-- Name: account_log id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_log ALTER COLUMN id SET DEFAULT nextval('public.account_log_id_seq'::regclass);


--
-- Name: account_log account_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_log
    ADD CONSTRAINT account_log_pkey PRIMARY KEY (id);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: account_log account_log_args; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER account_log_args AFTER INSERT ON public.account_log FOR EACH ROW EXECUTE FUNCTION public.log_change('a', 'b c', '42');


--
-- Name: account_view account_view_ins; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER account_view_ins INSTEAD OF INSERT ON public.account_view FOR EACH ROW EXECUTE FUNCTION public.account_view_insert();


--
-- Name: accounts accounts_balance_changed; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_balance_changed AFTER UPDATE OF balance ON public.accounts FOR EACH ROW WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION public.log_change();


--
-- Name: accounts accounts_bulk; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_bulk AFTER INSERT ON public.accounts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_changes();


--
-- Name: accounts accounts_check_later; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE CONSTRAINT TRIGGER accounts_check_later AFTER INSERT OR UPDATE ON public.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.log_change();


--
-- Name: accounts accounts_disabled; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_disabled BEFORE INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

ALTER TABLE public.accounts DISABLE TRIGGER accounts_disabled;


--
-- Name: accounts accounts_log; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_log AFTER INSERT OR DELETE OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.log_change();


--
-- Name: accounts accounts_replica; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_replica AFTER DELETE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.log_change();

ALTER TABLE public.accounts ENABLE REPLICA TRIGGER accounts_replica;


--
-- Name: accounts accounts_touch; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();


--
-- Name: TRIGGER accounts_touch ON accounts; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TRIGGER accounts_touch ON public.accounts IS 'keeps updated_at fresh';


--
-- Name: accounts accounts_truncated; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_truncated AFTER TRUNCATE ON public.accounts FOR EACH STATEMENT EXECUTE FUNCTION public.log_change();


--
-- PostgreSQL database dump complete
--

\unrestrict DaWcgFuQBJbZTZ0OYiODlkeuLpGmz7XaAeNubhcLs8PPrnpNZux2oPpybI0jRs4

