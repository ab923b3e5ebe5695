-- CreateTable
CREATE TABLE "StockTransit" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "fromLocationId" INTEGER NOT NULL,
    "toLocationId" INTEGER NOT NULL,
    "transitLocationId" INTEGER NOT NULL,
    "shippedById" INTEGER NOT NULL,
    "shippedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "StockTransit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StockTransit_number_key" ON "StockTransit"("number");

-- CreateIndex
CREATE INDEX "StockTransit_itemId_idx" ON "StockTransit"("itemId");

-- CreateIndex
CREATE INDEX "StockTransit_closedAt_id_idx" ON "StockTransit"("closedAt", "id");

-- CreateIndex
CREATE INDEX "LedgerEntry_refKind_refId_idx" ON "LedgerEntry"("refKind", "refId");

-- AddForeignKey
ALTER TABLE "StockTransit" ADD CONSTRAINT "StockTransit_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransit" ADD CONSTRAINT "StockTransit_fromLocationId_fkey" FOREIGN KEY ("fromLocationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransit" ADD CONSTRAINT "StockTransit_toLocationId_fkey" FOREIGN KEY ("toLocationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransit" ADD CONSTRAINT "StockTransit_transitLocationId_fkey" FOREIGN KEY ("transitLocationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransit" ADD CONSTRAINT "StockTransit_shippedById_fkey" FOREIGN KEY ("shippedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
