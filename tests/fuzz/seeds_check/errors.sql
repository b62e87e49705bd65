SELECT nope FROM users;
SELECT id FROM missing_table;
SELECT FROM WHERE;
INSERT INTO users (id) VALUES (1, 2);
SELECT add1('x', 2);
UPDATE docs SET len = 1;
SELECT id FROM users GROUP BY name;
SELECT 'unterminated;
