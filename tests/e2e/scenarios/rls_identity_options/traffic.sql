EXECUTE v1_create_doc('u1', 'From v1', 'abc') \gset d1_
EXECUTE v2_create_doc('u2', 'From v2', 'abcd') \gset d2_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_doc(:d1_id);
SELECT pg_temp.expect((SELECT title FROM r1) = 'From v1', 'v2 reads the doc v1 wrote');
CREATE TEMP TABLE r2 AS EXECUTE v1_get_doc(:d2_id);
SELECT pg_temp.expect((SELECT body_len FROM r2) = 4, 'v1 reads the doc v2 wrote, with its computed length');
EXECUTE v1_open_ticket('v1 ticket') \gset t1_
EXECUTE v2_open_ticket('v2 ticket') \gset t2_
SELECT pg_temp.expect(:t1_id > 2000 AND :t2_id > 2000 AND :t1_id <> :t2_id, 'new tickets get fresh ids after the seeded ones');
CREATE TEMP TABLE r3 AS EXECUTE v2_get_ticket(:t1_id);
SELECT pg_temp.expect((SELECT subject FROM r3) = 'v1 ticket', 'v2 reads the ticket v1 opened');
EXECUTE v2_import_event(999999, 'imported') \gset i_
EXECUTE v1_log_event('from v1') \gset e1_
SELECT pg_temp.expect(:e1_id > 2000, 'events keep numbering after the seeded ones');
