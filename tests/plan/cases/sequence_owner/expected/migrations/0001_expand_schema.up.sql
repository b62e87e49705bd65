SET lock_timeout = '5s';

-- step 1: public.ticket_no (alter_sequence_increment)
ALTER SEQUENCE public.ticket_no AS bigint INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- step 2: public.tickets (create_table)
CREATE TABLE public.tickets (
    no bigint
);

-- step 3: public.invoice_no (alter_sequence_owned_by)
ALTER SEQUENCE public.invoice_no OWNED BY NONE;

-- step 4: public.ticket_no (alter_sequence_owned_by)
ALTER SEQUENCE public.ticket_no OWNED BY public.tickets.no;
