-- name: ListItems :many
SELECT id, name, legacy_code FROM items;
