-- Views and materialized views of schema $1 with their definition as PostgreSQL prints it.
SELECT c.relname::text AS view_name,
       pg_catalog.pg_get_viewdef(c.oid, true) AS definition,
       c.relkind = 'm' AS materialized
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1
  AND c.relkind IN ('v', 'm')
ORDER BY c.relname
