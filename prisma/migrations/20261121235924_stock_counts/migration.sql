-- CreateEnum
CREATE TYPE "StockCountStatus" AS ENUM ('OPEN', 'POSTED', 'DISCARDED');

-- CreateTable
CREATE TABLE "StockCount" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "locationId" INTEGER NOT NULL,
    "siteId" INTEGER NOT NULL,
    "blind" BOOLEAN NOT NULL DEFAULT false,
    "status" "StockCountStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedGroupId" UUID,
    "postedById" INTEGER,
    "postedAt" TIMESTAMP(3),
    "discardedById" INTEGER,
    "discardedAt" TIMESTAMP(3),

    CONSTRAINT "StockCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockCountLine" (
    "id" SERIAL NOT NULL,
    "countId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "locationId" INTEGER NOT NULL,
    "expectedQuantity" DECIMAL(20,6) NOT NULL,
    "added" BOOLEAN NOT NULL DEFAULT false,
    "countedQuantity" DECIMAL(20,6),
    "systemQuantity" DECIMAL(20,6),
    "countedById" INTEGER,
    "countedAt" TIMESTAMP(3),

    CONSTRAINT "StockCountLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StockCount_number_key" ON "StockCount"("number");

-- CreateIndex
CREATE UNIQUE INDEX "StockCount_postedGroupId_key" ON "StockCount"("postedGroupId");

-- CreateIndex
CREATE INDEX "StockCount_siteId_status_idx" ON "StockCount"("siteId", "status");

-- CreateIndex
CREATE INDEX "StockCount_status_id_idx" ON "StockCount"("status", "id");

-- CreateIndex
CREATE INDEX "StockCountLine_itemId_locationId_idx" ON "StockCountLine"("itemId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "StockCountLine_countId_locationId_itemId_key" ON "StockCountLine"("countId", "locationId", "itemId");

-- AddForeignKey
ALTER TABLE "StockCount" ADD CONSTRAINT "StockCount_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCount" ADD CONSTRAINT "StockCount_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCount" ADD CONSTRAINT "StockCount_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCount" ADD CONSTRAINT "StockCount_postedGroupId_fkey" FOREIGN KEY ("postedGroupId") REFERENCES "PostingGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCount" ADD CONSTRAINT "StockCount_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCount" ADD CONSTRAINT "StockCount_discardedById_fkey" FOREIGN KEY ("discardedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCountLine" ADD CONSTRAINT "StockCountLine_countId_fkey" FOREIGN KEY ("countId") REFERENCES "StockCount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCountLine" ADD CONSTRAINT "StockCountLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCountLine" ADD CONSTRAINT "StockCountLine_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockCountLine" ADD CONSTRAINT "StockCountLine_countedById_fkey" FOREIGN KEY ("countedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A counted quantity is never negative, and it always comes with the system's figure at that moment.
ALTER TABLE "StockCountLine" ADD CONSTRAINT "StockCountLine_counted_valid"
  CHECK (("countedQuantity" IS NULL AND "systemQuantity" IS NULL) OR ("countedQuantity" >= 0 AND "systemQuantity" IS NOT NULL));
