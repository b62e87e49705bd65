-- 08: row-level security: ENABLE / FORCE, permissive and restrictive
-- policies per command, roles (app_user, app_admin, app_readonly and a
-- hostile role name are created by roundtrip.sh: roles are cluster-wide),
-- USING and WITH CHECK expressions with subqueries and current_setting.

CREATE SCHEMA tenant;

CREATE TABLE tenant.projects (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner text NOT NULL DEFAULT current_user,
    secret boolean DEFAULT false,
    title text
);
CREATE TABLE tenant.members (
    tenant_id integer NOT NULL,
    username text NOT NULL,
    is_admin boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, username)
);

ALTER TABLE tenant.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant.projects FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant.members ENABLE ROW LEVEL SECURITY;

CREATE POLICY projects_tenant ON tenant.projects
    USING (tenant_id = current_setting('app.tenant_id')::integer);
CREATE POLICY projects_select ON tenant.projects FOR SELECT TO app_user, app_readonly
    USING (NOT secret OR owner = current_user);
CREATE POLICY projects_insert ON tenant.projects AS PERMISSIVE FOR INSERT TO app_user
    WITH CHECK (owner = current_user AND tenant_id IN (SELECT m.tenant_id FROM tenant.members m WHERE m.username = current_user));
CREATE POLICY projects_update ON tenant.projects FOR UPDATE TO app_user
    USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY projects_delete ON tenant.projects FOR DELETE TO app_admin USING (true);
CREATE POLICY projects_no_secret ON tenant.projects AS RESTRICTIVE FOR ALL TO PUBLIC
    USING (secret = false OR pg_has_role(current_user, 'app_admin', 'member'));
CREATE POLICY "Hostile ""policy"" name" ON tenant.projects FOR SELECT TO "Hostile ""Role"" x"
    USING (title LIKE 'public%');
CREATE POLICY members_self ON tenant.members FOR ALL TO app_user, app_admin
    USING (username = current_user OR is_admin) WITH CHECK (username = current_user);
CREATE POLICY tmp_policy ON tenant.members USING (false);
DROP POLICY tmp_policy ON tenant.members;
CREATE POLICY renamed_later ON tenant.members FOR SELECT USING (true);
ALTER POLICY renamed_later ON tenant.members RENAME TO members_read_all;
ALTER POLICY members_read_all ON tenant.members TO app_readonly USING (tenant_id > 0);

-- RLS switched on and off again leaves it off.
CREATE TABLE tenant.scratch (id integer);
ALTER TABLE tenant.scratch ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant.scratch DISABLE ROW LEVEL SECURITY;

COMMENT ON POLICY projects_tenant ON tenant.projects IS 'tenant isolation';
GRANT USAGE ON SCHEMA tenant TO app_user, app_readonly;
GRANT SELECT, INSERT, UPDATE ON tenant.projects TO app_user;
GRANT SELECT ON ALL TABLES IN SCHEMA tenant TO app_readonly;
GRANT DELETE ON tenant.projects TO app_admin WITH GRANT OPTION;
