-- CreateEnum
CREATE TYPE "SalesOrderStatus" AS ENUM ('OPEN', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ScanWorkflow" AS ENUM ('SALES', 'PRODUCTION', 'GENERAL');

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "supplierPartNumbers" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SalesOrder" (
    "id" SERIAL NOT NULL,
    "number" CITEXT NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "expectedAt" TIMESTAMP(3),
    "status" "SalesOrderStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,

    CONSTRAINT "SalesOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesOrderLine" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,
    "delivered" DECIMAL(20,6) NOT NULL DEFAULT 0,

    CONSTRAINT "SalesOrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanSession" (
    "id" UUID NOT NULL,
    "workflow" "ScanWorkflow" NOT NULL,
    "action" TEXT,
    "actorId" INTEGER NOT NULL,
    "targetKind" TEXT,
    "targetNumber" TEXT,
    "groupId" UUID NOT NULL,
    "committedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rollbackGroupId" UUID,
    "rolledBackAt" TIMESTAMP(3),
    "rolledBackById" INTEGER,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,

    CONSTRAINT "ScanSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanLine" (
    "id" SERIAL NOT NULL,
    "sessionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "quantity" DECIMAL(20,6) NOT NULL,
    "serialId" INTEGER,
    "salesOrderLineId" INTEGER,

    CONSTRAINT "ScanLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrder_number_key" ON "SalesOrder"("number");

-- CreateIndex
CREATE INDEX "SalesOrder_status_expectedAt_idx" ON "SalesOrder"("status", "expectedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrder_createdById_idempotencyKey_key" ON "SalesOrder"("createdById", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderLine_orderId_itemId_key" ON "SalesOrderLine"("orderId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderLine_orderId_position_key" ON "SalesOrderLine"("orderId", "position");

-- CreateIndex
CREATE INDEX "ScanSession_committedAt_idx" ON "ScanSession"("committedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScanSession_actorId_idempotencyKey_key" ON "ScanSession"("actorId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ScanLine_sessionId_idx" ON "ScanLine"("sessionId");

-- CreateIndex
CREATE INDEX "ScanLine_salesOrderLineId_idx" ON "ScanLine"("salesOrderLineId");

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "SalesOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanSession" ADD CONSTRAINT "ScanSession_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanLine" ADD CONSTRAINT "ScanLine_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ScanSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanLine" ADD CONSTRAINT "ScanLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanLine" ADD CONSTRAINT "ScanLine_salesOrderLineId_fkey" FOREIGN KEY ("salesOrderLineId") REFERENCES "SalesOrderLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;
