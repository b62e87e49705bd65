INSERT INTO tickets (title, status)
SELECT 'ticket ' || g, CASE WHEN g % 2 = 0 THEN 'closed' ELSE 'open' END::ticket_status FROM generate_series(1, 3000) g;
