INSERT INTO docs (owner, title, body, tag) SELECT 'u' || (g % 7), 'Title ' || g, repeat('x', g % 50), 't' || g FROM generate_series(1, 3000) g;
INSERT INTO tickets (subject) SELECT 'subject ' || g FROM generate_series(1, 2000) g;
INSERT INTO events (kind) SELECT 'k' || (g % 3) FROM generate_series(1, 2000) g;
INSERT INTO scratch SELECT g, 'v' FROM generate_series(1, 500) g;
