-- name: by_id
SELECT id, "a""b", "new; DROP TABLE sentinel; --", "n(1)" FROM "<script>alert(1)</script>"."x(1)" WHERE id = $1;
-- name: join
SELECT b."select", x."%s%n" FROM "; DROP TABLE sentinel; --"."a.b" b JOIN "<script>alert(1)</script>"."x(1)" x ON x.id = b."x(1)_id";
-- name: insert
INSERT INTO "<script>alert(1)</script>"."x(1)" (id, "'); DROP TABLE sentinel; --", "%s%n", "new; DROP TABLE sentinel; --") VALUES ($1, $2, $3, $4);
-- name: view
SELECT "<b>", "n(1)" FROM public."v(1)";
-- name: user
SELECT "ünï©ødé 表" FROM public."user";
