-- Foreign keys of the tables in schema $1, one row per column pair, with the actions' one-letter codes
-- (a no action, r restrict, c cascade, n set null, d set default).
SELECT t.relname::text AS table_name,
       con.conname::text AS constraint_name,
       k.ord::int AS position,
       a.attname::text AS column_name,
       rn.nspname::text AS referenced_schema,
       rt.relname::text AS referenced_table,
       ra.attname::text AS referenced_column,
       con.confdeltype::text AS on_delete,
       con.confupdtype::text AS on_update
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refattnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refattnum
WHERE con.contype = 'f'
  AND n.nspname = $1
ORDER BY t.relname, con.conname, k.ord
