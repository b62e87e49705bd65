INSERT INTO counters (page, hits) SELECT '/page/' || g, g * 7 FROM generate_series(1, 3000) g;
