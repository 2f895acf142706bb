-- Enum types of schema $1 with their labels in sort order (the order ALTER TYPE … ADD VALUE BEFORE keeps).
SELECT t.typname::text AS enum_name,
       e.enumlabel::text AS label
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = $1
ORDER BY t.typname, e.enumsortorder
