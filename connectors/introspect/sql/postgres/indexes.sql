-- Every index of the tables in schema $1, one row per key column (INCLUDE columns left out), with the
-- primary key / unique constraint it backs. attname is NULL for an expression; key_text is the expression.
SELECT t.relname::text AS table_name,
       i.relname::text AS index_name,
       ix.indisprimary AS is_primary,
       ix.indisunique AS is_unique,
       con.contype::text AS constraint_type,
       k.ord::int AS position,
       a.attname::text AS column_name,
       pg_catalog.pg_get_indexdef(ix.indexrelid, k.ord::int, true) AS key_text,
       (k.option & 1) = 1 AS descending,
       am.amname::text AS method,
       pg_catalog.pg_get_expr(ix.indpred, ix.indrelid) AS predicate
FROM pg_catalog.pg_index ix
JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
CROSS JOIN LATERAL unnest(ix.indkey::int2[], ix.indoption::int2[]) WITH ORDINALITY AS k(attnum, option, ord)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum <> 0
LEFT JOIN pg_catalog.pg_constraint con
       ON con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u')
WHERE n.nspname = $1
  AND t.relkind IN ('r', 'p')
  AND k.ord <= ix.indnkeyatts
ORDER BY t.relname, i.relname, k.ord
