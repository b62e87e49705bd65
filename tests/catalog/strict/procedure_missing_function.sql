-- expect: 2 42883 function get_name(integer) does not exist
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT get_name(1) $$;
