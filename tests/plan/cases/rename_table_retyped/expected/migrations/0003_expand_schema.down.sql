SET lock_timeout = '5s';

-- undo step 9: public.persons.visits_rg_new
DROP TRIGGER rollgate_sync_persons_visits_rg_new ON public.persons;

-- undo step 8: public.persons.visits_rg_new
DROP FUNCTION public.rollgate_sync_persons_visits_rg_new();

-- undo step 7: public.persons.visits_rg_new
ALTER TABLE public.persons DROP COLUMN visits_rg_new;

-- undo step 6: public.persons.nick
DROP VIEW public.people;
ALTER TABLE public.persons ADD CONSTRAINT rollgate_back_persons_nick CHECK (char_length(nick) <= 10);
ALTER TABLE public.persons ALTER COLUMN nick TYPE character varying(10) USING nick::character varying(10);
ALTER TABLE public.persons DROP CONSTRAINT rollgate_back_persons_nick;
CREATE VIEW public.people AS SELECT id, nick, visits, feeling FROM public.persons;
