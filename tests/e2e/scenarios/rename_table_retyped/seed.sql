INSERT INTO people (nick, visits, feeling) SELECT 'n' || g, g, CASE WHEN g % 2 = 0 THEN 'happy'::mood ELSE 'sad' END FROM generate_series(1, 3000) g;
