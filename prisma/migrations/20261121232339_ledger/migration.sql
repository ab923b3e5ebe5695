-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('CUSTOMER', 'SUPPLIER');

-- CreateEnum
CREATE TYPE "StockStatus" AS ENUM ('AVAILABLE', 'ON_HOLD', 'REJECTED');

-- CreateEnum
CREATE TYPE "EntryType" AS ENUM ('RECEIPT', 'PRODUCTION_OUTPUT', 'SHIPMENT', 'CONSUMPTION', 'ADJUST_UP', 'ADJUST_DOWN', 'TRANSFER_OUT', 'TRANSFER_IN', 'STATUS_CHANGE', 'REVERSAL');

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "lastBatchNumber" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" SERIAL NOT NULL,
    "code" CITEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL DEFAULT 'CUSTOMER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" BIGSERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "supplier" TEXT,
    "supplierLot" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unitCost" DECIMAL(18,6),
    "expiresAt" TIMESTAMP(3),
    "ownerId" INTEGER,
    "unreceived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockBalance" (
    "id" BIGSERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "locationId" INTEGER NOT NULL,
    "batchId" BIGINT NOT NULL,
    "status" "StockStatus" NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,
    "unreceived" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockBalance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingGroup" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER NOT NULL,
    "reason" TEXT,
    "note" TEXT,
    "refKind" TEXT,
    "refId" TEXT,
    "refNumber" TEXT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "reversesGroupId" UUID,
    "reversedByGroupId" UUID,

    CONSTRAINT "PostingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "groupId" UUID NOT NULL,
    "entryType" "EntryType" NOT NULL,
    "itemId" INTEGER NOT NULL,
    "locationId" INTEGER NOT NULL,
    "batchId" BIGINT NOT NULL,
    "status" "StockStatus" NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,
    "balanceBefore" DECIMAL(20,6) NOT NULL,
    "balanceAfter" DECIMAL(20,6) NOT NULL,
    "actorId" INTEGER NOT NULL,
    "note" TEXT,
    "refKind" TEXT,
    "refId" TEXT,
    "refNumber" TEXT,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_code_key" ON "Partner"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Batch_itemId_number_key" ON "Batch"("itemId", "number");

-- CreateIndex
CREATE INDEX "StockBalance_locationId_itemId_idx" ON "StockBalance"("locationId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "StockBalance_itemId_locationId_batchId_status_key" ON "StockBalance"("itemId", "locationId", "batchId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PostingGroup_reversesGroupId_key" ON "PostingGroup"("reversesGroupId");

-- CreateIndex
CREATE INDEX "PostingGroup_postedAt_idx" ON "PostingGroup"("postedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PostingGroup_actorId_idempotencyKey_key" ON "PostingGroup"("actorId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "LedgerEntry_itemId_postedAt_idx" ON "LedgerEntry"("itemId", "postedAt");

-- CreateIndex
CREATE INDEX "LedgerEntry_locationId_postedAt_idx" ON "LedgerEntry"("locationId", "postedAt");

-- CreateIndex
CREATE INDEX "LedgerEntry_groupId_idx" ON "LedgerEntry"("groupId");

-- CreateIndex
CREATE INDEX "LedgerEntry_postedAt_idx" ON "LedgerEntry"("postedAt");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingGroup" ADD CONSTRAINT "PostingGroup_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PostingGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------- hand-written

-- Only placeholder ("unreceived") lots may go below zero.
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_not_negative" CHECK ("quantity" >= 0 OR "unreceived");

-- The ledger is append-only: corrections are new entries (reversals), never edits.
CREATE FUNCTION qm_ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'LedgerEntry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "LedgerEntry_append_only" BEFORE UPDATE OR DELETE ON "LedgerEntry" FOR EACH ROW EXECUTE FUNCTION qm_ledger_is_append_only();
CREATE TRIGGER "LedgerEntry_no_truncate" BEFORE TRUNCATE ON "LedgerEntry" FOR EACH STATEMENT EXECUTE FUNCTION qm_ledger_is_append_only();

-- The posting path's first step, in one round trip: lock the stock positions
-- (item at location) it touches, always in (item, location) order so
-- concurrent postings cannot deadlock, then return their lots, row-locked in
-- the same order. Postings on other positions are not blocked.
CREATE FUNCTION qm_lock_lots(p_items integer[], p_locations integer[])
RETURNS TABLE (
  balance_id bigint, item_id integer, location_id integer, batch_id bigint, status "StockStatus", quantity numeric,
  unreceived boolean, batch_number integer, received_at timestamp(3), expires_at timestamp(3), owner_id integer, unit_cost numeric
) LANGUAGE plpgsql AS $$
DECLARE
  pos record;
BEGIN
  FOR pos IN SELECT DISTINCT i, l FROM unnest(p_items, p_locations) AS t(i, l) ORDER BY i, l LOOP
    PERFORM pg_advisory_xact_lock(pos.i, pos.l);
  END LOOP;
  RETURN QUERY
    SELECT b.id, b."itemId", b."locationId", b."batchId", b.status, b.quantity, b.unreceived,
           bt.number, bt."receivedAt", bt."expiresAt", bt."ownerId", bt."unitCost"
    FROM "StockBalance" b
    JOIN "Batch" bt ON bt.id = b."batchId"
    JOIN unnest(p_items, p_locations) AS t(i, l) ON b."itemId" = t.i AND b."locationId" = t.l
    ORDER BY b."itemId", b."locationId", b."batchId", b.status
    FOR UPDATE OF b;
END;
$$;
