-- name: by_id
SELECT id, "a""b", "back\slash", "ünï©ødé 表" FROM "<script>alert(1)</script>"."x(1)" WHERE id = $1;
-- name: join
SELECT b."select", x."%s%n" FROM "; DROP TABLE sentinel; --"."a.b" b JOIN "<script>alert(1)</script>"."x(1)" x ON x.id = b."x(1)_id";
-- name: insert
INSERT INTO "<script>alert(1)</script>"."x(1)" (id, "'); DROP TABLE sentinel; --", "%s%n") VALUES ($1, $2, $3);
-- name: view
SELECT "<b>" FROM public."v(1)";
-- name: fn
SELECT public."f(x); DROP TABLE sentinel; --"(1);
-- name: enum
SELECT id FROM public."user" WHERE "st" = '; DROP TABLE sentinel; --';
