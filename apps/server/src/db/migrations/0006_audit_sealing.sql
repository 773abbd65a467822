DROP INDEX "audit_event_chain_idx";--> statement-breakpoint
ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "chain_position" bigint;--> statement-breakpoint
-- Rows written before sealing existed were chained per municipality in seq order (appends held the
-- chain head's lock): their positions are their rank in that order, their hashes stay valid.
UPDATE "audit_event" AS e SET "chain_position" = r.pos
FROM (SELECT "seq", row_number() OVER (PARTITION BY "chain" ORDER BY "seq") AS pos FROM "audit_event") AS r
WHERE e."seq" = r."seq";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_event_chain_position_uq" ON "audit_event" USING btree ("chain","chain_position");--> statement-breakpoint
CREATE INDEX "audit_event_unsealed_idx" ON "audit_event" USING btree ("seq") WHERE chain_position is null;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_sealed_whole" CHECK ((chain_position is null) = (hash is null) and (hash is null) = (prev_hash is null));