-- Extensions Drizzle cannot declare. pg_trgm backs the diacritic-insensitive
-- unit search (GIN trigram index on search_name); both PGlite and Debian's
-- PostgreSQL ship it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
