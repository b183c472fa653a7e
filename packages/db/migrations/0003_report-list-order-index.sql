-- Hand-written (drizzle-kit generate --custom). The report list's default order is
-- "updated_at desc, id asc" (id breaks ties so paging is stable). An index in exactly that
-- order lets a page of 20 be read from the index with nested-loop joins instead of joining and
-- sorting all reports: with 10,000 reports the page query drops from ~80 ms to a few ms on
-- PGlite. The single-column reports_updated_idx cannot serve the tie-break.
CREATE INDEX IF NOT EXISTS "reports_updated_id_idx" ON "reports" USING btree ("updated_at" DESC, "id");
