-- The schema unqualified names resolve to (the URL's ?schema= sets search_path).
SELECT current_schema()::text
