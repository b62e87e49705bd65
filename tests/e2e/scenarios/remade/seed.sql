INSERT INTO jobs (id, code, state, note)
SELECT g, 'job-' || g, (ARRAY['new', 'done']::status[])[1 + g % 2], 'n' || g FROM generate_series(1, 2000) g;
