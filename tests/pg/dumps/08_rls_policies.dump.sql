--
-- PostgreSQL database dump
--

\restrict QpuzL6rrY6PDg7tDzLzWwnzjzFJduuGsdVYCecYGh5YEz9sY8a0eg2z1VoeU1pu

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
-- Name: tenant; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA tenant;


ALTER SCHEMA tenant OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: members; Type: TABLE; Schema: tenant; Owner: postgres
--

CREATE TABLE tenant.members (
    tenant_id integer NOT NULL,
    username text NOT NULL,
    is_admin boolean DEFAULT false NOT NULL
);


ALTER TABLE tenant.members OWNER TO postgres;

--
-- Name: projects; Type: TABLE; Schema: tenant; Owner: postgres
--

CREATE TABLE tenant.projects (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    owner text DEFAULT CURRENT_USER NOT NULL,
    secret boolean DEFAULT false,
    title text
);

ALTER TABLE ONLY tenant.projects FORCE ROW LEVEL SECURITY;


ALTER TABLE tenant.projects OWNER TO postgres;

--
-- Name: scratch; Type: TABLE; Schema: tenant; Owner: postgres
--

CREATE TABLE tenant.scratch (
    id integer
);


ALTER TABLE tenant.scratch OWNER TO postgres;

--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: tenant; Owner: postgres
--

ALTER TABLE ONLY tenant.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (tenant_id, username);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: tenant; Owner: postgres
--

ALTER TABLE ONLY tenant.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);


--
-- Name: projects Hostile "policy" name; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY "Hostile ""policy"" name" ON tenant.projects FOR SELECT TO "Hostile ""Role"" x" USING ((title ~~ 'public%'::text));


--
-- Name: members; Type: ROW SECURITY; Schema: tenant; Owner: postgres
--

ALTER TABLE tenant.members ENABLE ROW LEVEL SECURITY;

--
-- Name: members members_read_all; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY members_read_all ON tenant.members FOR SELECT TO app_readonly USING ((tenant_id > 0));


--
-- Name: members members_self; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY members_self ON tenant.members TO app_user, app_admin USING (((username = CURRENT_USER) OR is_admin)) WITH CHECK ((username = CURRENT_USER));


--
-- Name: projects; Type: ROW SECURITY; Schema: tenant; Owner: postgres
--

ALTER TABLE tenant.projects ENABLE ROW LEVEL SECURITY;

--
-- Name: projects projects_delete; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY projects_delete ON tenant.projects FOR DELETE TO app_admin USING (true);


--
-- Name: projects projects_insert; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY projects_insert ON tenant.projects FOR INSERT TO app_user WITH CHECK (((owner = CURRENT_USER) AND (tenant_id IN ( SELECT m.tenant_id
   FROM tenant.members m
  WHERE (m.username = CURRENT_USER)))));


--
-- Name: projects projects_no_secret; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY projects_no_secret ON tenant.projects AS RESTRICTIVE USING (((secret = false) OR pg_has_role(CURRENT_USER, 'app_admin'::name, 'member'::text)));


--
-- Name: projects projects_select; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY projects_select ON tenant.projects FOR SELECT TO app_user, app_readonly USING (((NOT secret) OR (owner = CURRENT_USER)));


--
-- Name: projects projects_tenant; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY projects_tenant ON tenant.projects USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));


--
-- Name: POLICY projects_tenant ON projects; Type: COMMENT; Schema: tenant; Owner: postgres
--

COMMENT ON POLICY projects_tenant ON tenant.projects IS 'tenant isolation';


--
-- Name: projects projects_update; Type: POLICY; Schema: tenant; Owner: postgres
--

CREATE POLICY projects_update ON tenant.projects FOR UPDATE TO app_user USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));


--
-- Name: SCHEMA tenant; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA tenant TO app_user;
GRANT USAGE ON SCHEMA tenant TO app_readonly;


--
-- Name: TABLE members; Type: ACL; Schema: tenant; Owner: postgres
--

GRANT SELECT ON TABLE tenant.members TO app_readonly;


--
-- Name: TABLE projects; Type: ACL; Schema: tenant; Owner: postgres
--

GRANT SELECT,INSERT,UPDATE ON TABLE tenant.projects TO app_user;
GRANT SELECT ON TABLE tenant.projects TO app_readonly;
GRANT DELETE ON TABLE tenant.projects TO app_admin WITH GRANT OPTION;


--
-- Name: TABLE scratch; Type: ACL; Schema: tenant; Owner: postgres
--

GRANT SELECT ON TABLE tenant.scratch TO app_readonly;


--
-- PostgreSQL database dump complete
--

\unrestrict QpuzL6rrY6PDg7tDzLzWwnzjzFJduuGsdVYCecYGh5YEz9sY8a0eg2z1VoeU1pu

