-- CreateTable
CREATE TABLE "StockSnapshot" (
    "monthStart" TIMESTAMP(3) NOT NULL,
    "itemId" INTEGER NOT NULL,
    "locationId" INTEGER NOT NULL,
    "batchId" BIGINT NOT NULL,
    "status" "StockStatus" NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "StockSnapshot_pkey" PRIMARY KEY ("monthStart","itemId","locationId","batchId","status")
);

-- CreateIndex
CREATE INDEX "StockSnapshot_monthStart_locationId_idx" ON "StockSnapshot"("monthStart", "locationId");
