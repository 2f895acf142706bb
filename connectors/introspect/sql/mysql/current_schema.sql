-- The database the connection uses (the URL's path).
SELECT DATABASE()
