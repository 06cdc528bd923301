// CREATE FUNCTION add_one(n integer) RETURNS integer STRICT LANGUAGE plrust AS $$ … $$;
// The right operand of `+` is missing: plrustc parse rejects this body (exit status 1).
let total = n + ;
Ok(Some(total))
