-- CreateEnum
CREATE TYPE "ProductionLotStatus" AS ENUM ('PLANNED', 'RELEASED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PurchaseOrderStatus" AS ENUM ('DRAFT', 'PLACED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Bom" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BomLine" (
    "id" SERIAL NOT NULL,
    "bomId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "quantityPer" DECIMAL(20,6) NOT NULL,
    "designators" TEXT,
    "alternates" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "BomLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductionLot" (
    "id" SERIAL NOT NULL,
    "number" CITEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "bomId" INTEGER NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,
    "status" "ProductionLotStatus" NOT NULL DEFAULT 'PLANNED',
    "issueAt" TIMESTAMP(3),
    "completionAt" TIMESTAMP(3),
    "workOrderId" INTEGER,
    "departmentId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,

    CONSTRAINT "ProductionLot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LotAllocation" (
    "id" SERIAL NOT NULL,
    "lotId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "LotAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchaseOrder" (
    "id" SERIAL NOT NULL,
    "number" CITEXT NOT NULL,
    "supplierId" INTEGER NOT NULL,
    "status" "PurchaseOrderStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "departmentId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "placedAt" TIMESTAMP(3),
    "idempotencyKey" TEXT,
    "requestHash" TEXT,

    CONSTRAINT "PurchaseOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchaseOrderLine" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,
    "received" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "unitPrice" DECIMAL(18,6) NOT NULL,
    "expectedAt" TIMESTAMP(3),

    CONSTRAINT "PurchaseOrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemPurchasing" (
    "itemId" INTEGER NOT NULL,
    "reorderPoint" DECIMAL(20,6),
    "reorderQuantity" DECIMAL(20,6),
    "preferredSupplierId" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemPurchasing_pkey" PRIMARY KEY ("itemId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bom_itemId_version_key" ON "Bom"("itemId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BomLine_bomId_itemId_key" ON "BomLine"("bomId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductionLot_number_key" ON "ProductionLot"("number");

-- CreateIndex
CREATE INDEX "ProductionLot_status_idx" ON "ProductionLot"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ProductionLot_createdById_idempotencyKey_key" ON "ProductionLot"("createdById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "LotAllocation_itemId_idx" ON "LotAllocation"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "LotAllocation_lotId_itemId_key" ON "LotAllocation"("lotId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrder_number_key" ON "PurchaseOrder"("number");

-- CreateIndex
CREATE INDEX "PurchaseOrder_status_idx" ON "PurchaseOrder"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrder_createdById_idempotencyKey_key" ON "PurchaseOrder"("createdById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "PurchaseOrderLine_itemId_idx" ON "PurchaseOrderLine"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderLine_orderId_position_key" ON "PurchaseOrderLine"("orderId", "position");

-- AddForeignKey
ALTER TABLE "BomLine" ADD CONSTRAINT "BomLine_bomId_fkey" FOREIGN KEY ("bomId") REFERENCES "Bom"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionLot" ADD CONSTRAINT "ProductionLot_bomId_fkey" FOREIGN KEY ("bomId") REFERENCES "Bom"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LotAllocation" ADD CONSTRAINT "LotAllocation_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "ProductionLot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseOrderLine" ADD CONSTRAINT "PurchaseOrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "PurchaseOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
