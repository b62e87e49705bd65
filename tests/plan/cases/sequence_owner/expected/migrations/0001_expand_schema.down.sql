SET lock_timeout = '5s';

-- undo step 4: public.ticket_no
ALTER SEQUENCE public.ticket_no OWNED BY NONE;

-- undo step 3: public.invoice_no
ALTER SEQUENCE public.invoice_no OWNED BY public.legacy.no;

-- undo step 2: public.tickets
DROP TABLE public.tickets;

-- undo step 1: public.ticket_no
ALTER SEQUENCE public.ticket_no AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
