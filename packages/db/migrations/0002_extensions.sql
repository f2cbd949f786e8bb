-- Trigram matching for typo-tolerant name search (works on PGlite and PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
