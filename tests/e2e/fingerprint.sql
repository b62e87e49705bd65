-- fingerprint.sql — the schema of the current database as sorted text lines,
-- read from the server's own catalogs.  It is the second witness next to
-- `rollgate diff` of two pg_dumps: a migrated database and the target loaded
-- fresh must print the same lines, so a helper column, sync trigger or
-- function, a NOT VALID or leftover check, an INVALID index left by a failed
-- CONCURRENTLY build, or an old sequence/constraint name shows up here even
-- if rollgate's own diff were blind to it.  Column order is not compared
-- (added columns land at the end; that is not a schema difference users see).
WITH rels AS (
    SELECT c.oid, c.relkind, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_(toast|temp|toast_temp)'
), lines AS (
    SELECT 'schema ' || quote_ident(nspname) AS l FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname !~ '^pg_(toast|temp|toast_temp)'
    UNION ALL
    SELECT 'extension ' || extname FROM pg_extension
    UNION ALL
    SELECT 'relation ' || name || ' kind ' || relkind::text FROM rels WHERE relkind <> 'c'
    UNION ALL
    SELECT 'column ' || r.name || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
        || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
        || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
        || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
        || CASE WHEN a.attgenerated <> '' THEN ' GENERATED ' || a.attgenerated::text ELSE '' END
        || CASE WHEN a.attcollation <> 0 AND a.attcollation <> 100 THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
    FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT 'constraint ' || coalesce(r.name, 'domain ' || con.contypid::regtype::text) || ' '
        || quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)
        || CASE WHEN con.convalidated THEN '' ELSE ' (not validated)' END
    FROM pg_constraint con LEFT JOIN rels r ON r.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = con.connamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT 'index ' || pg_get_indexdef(i.indexrelid)
        || CASE WHEN i.indisvalid THEN '' ELSE ' (INVALID)' END
        || CASE WHEN i.indisready THEN '' ELSE ' (NOT READY)' END
    FROM pg_index i JOIN rels r ON r.oid = i.indexrelid
    UNION ALL
    SELECT 'trigger ' || pg_get_triggerdef(t.oid)
        || CASE t.tgenabled WHEN 'O' THEN '' ELSE ' (enabled=' || t.tgenabled::text || ')' END
    FROM pg_trigger t JOIN rels r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal
    UNION ALL
    SELECT 'function ' || quote_ident(n.nspname) || '.' || quote_ident(p.proname)
        || '(' || pg_get_function_identity_arguments(p.oid) || ') kind ' || p.prokind::text
        || ' returns ' || coalesce(pg_get_function_result(p.oid), '')
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'
      AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_proc'::regclass
                      AND dep.objid = p.oid AND dep.deptype = 'e')
    UNION ALL
    SELECT 'enum ' || t.oid::regtype::text || ' ('
        || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
            FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT 'domain ' || t.oid::regtype::text || ' ' || format_type(t.typbasetype, t.typtypmod)
        || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END || coalesce(' DEFAULT ' || t.typdefault, '')
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'd' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT 'view ' || r.name || ' AS ' || regexp_replace(pg_get_viewdef(r.oid), '\s+', ' ', 'g')
    FROM rels r WHERE r.relkind IN ('v', 'm')
    UNION ALL
    SELECT 'sequence ' || r.name || ' ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart
        || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax
        || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
        || coalesce(' owned by ' || (
            SELECT t.name || '.' || quote_ident(a.attname) FROM pg_depend dep
            JOIN rels t ON t.oid = dep.refobjid
            JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
            WHERE dep.classid = 'pg_class'::regclass AND dep.objid = r.oid
              AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
            LIMIT 1), '')
    FROM rels r JOIN pg_sequence s ON s.seqrelid = r.oid
    UNION ALL
    SELECT 'statistics ' || quote_ident(n.nspname) || '.' || quote_ident(x.stxname) || ' on ' || t.name
        || ' columns ' || coalesce((SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attname)
                                    FROM pg_attribute a
                                    WHERE a.attrelid = x.stxrelid AND a.attnum = ANY (x.stxkeys)), '')
        || ' expressions ' || coalesce(array_to_string(pg_get_statisticsobjdef_expressions(x.oid), ', '), '')
        || ' kinds ' || array_to_string(x.stxkind, '') || ' target ' || x.stxstattarget
        || coalesce(' comment ' || quote_literal(obj_description(x.oid, 'pg_statistic_ext')), '')
    FROM pg_statistic_ext x JOIN pg_namespace n ON n.oid = x.stxnamespace JOIN rels t ON t.oid = x.stxrelid
)
SELECT l FROM lines ORDER BY l COLLATE "C";
