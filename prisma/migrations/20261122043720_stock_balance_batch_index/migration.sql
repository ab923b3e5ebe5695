-- CreateIndex
CREATE INDEX "StockBalance_batchId_idx" ON "StockBalance"("batchId");
