-- DropIndex
DROP INDEX "SerialUnit_itemId_status_idx";

-- CreateIndex
CREATE INDEX "SerialUnit_itemId_status_updatedAt_idx" ON "SerialUnit"("itemId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "SerialUnit_updatedAt_id_idx" ON "SerialUnit"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "SerialUnit_itemId_updatedAt_idx" ON "SerialUnit"("itemId", "updatedAt");
