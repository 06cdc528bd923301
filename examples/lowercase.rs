// CREATE FUNCTION lcase(s text) RETURNS text STRICT LANGUAGE plrust AS $$ … $$;
// STRICT, so `s` is a `&str` (without STRICT it would be an `Option<&str>`).
let lowered = s.to_lowercase();
Ok(Some(lowered))
