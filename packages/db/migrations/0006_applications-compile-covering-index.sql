-- Hand-written (drizzle-kit generate --custom): the schema builder cannot express INCLUDE.
-- The compile aggregate (CaseworkCompileRepository.countsByAgency) sums the fees paid in the
-- year beside its counts; with fee_fen and fee_paid_on carried in the compile index it reads
-- the index alone (an index-only scan) instead of fetching every row of the range from the
-- table. The key columns, and so the index's order and every plan that uses it, are unchanged.
DROP INDEX "applications_compile_idx";--> statement-breakpoint
CREATE INDEX "applications_compile_idx" ON "applications" USING btree ("agency_id","received_on","closed_on","applicant_type","outcome") INCLUDE ("fee_fen","fee_paid_on");
