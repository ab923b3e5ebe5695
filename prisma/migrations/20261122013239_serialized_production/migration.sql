-- CreateEnum
CREATE TYPE "SerialStatus" AS ENUM ('IN_PRODUCTION', 'IN_STOCK', 'DELIVERED', 'SCRAPPED');

-- CreateEnum
CREATE TYPE "WorkOrderStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "serialPattern" TEXT;

-- CreateTable
CREATE TABLE "ProductStage" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "optional" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ProductStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sequence" (
    "name" TEXT NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Sequence_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "WorkOrder" (
    "id" SERIAL NOT NULL,
    "number" CITEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3),
    "departmentId" INTEGER NOT NULL,
    "teamId" INTEGER,
    "status" "WorkOrderStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,

    CONSTRAINT "WorkOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkOrderAssignee" (
    "workOrderId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "WorkOrderAssignee_pkey" PRIMARY KEY ("workOrderId","userId")
);

-- CreateTable
CREATE TABLE "SerialUnit" (
    "id" SERIAL NOT NULL,
    "serial" CITEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "workOrderId" INTEGER,
    "departmentId" INTEGER NOT NULL,
    "teamId" INTEGER,
    "status" "SerialStatus" NOT NULL DEFAULT 'IN_PRODUCTION',
    "stageId" INTEGER,
    "iteration" INTEGER NOT NULL DEFAULT 0,
    "batchId" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SerialUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SerialEvent" (
    "id" BIGSERIAL NOT NULL,
    "serialId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "SerialStatus",
    "toStatus" "SerialStatus",
    "fromStage" TEXT,
    "toStage" TEXT,
    "iteration" INTEGER NOT NULL,
    "note" TEXT,
    "groupId" UUID,
    "reference" TEXT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,

    CONSTRAINT "SerialEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProductStage_itemId_position_key" ON "ProductStage"("itemId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProductStage_itemId_name_key" ON "ProductStage"("itemId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_number_key" ON "WorkOrder"("number");

-- CreateIndex
CREATE INDEX "WorkOrder_departmentId_idx" ON "WorkOrder"("departmentId");

-- CreateIndex
CREATE INDEX "WorkOrder_teamId_idx" ON "WorkOrder"("teamId");

-- CreateIndex
CREATE INDEX "WorkOrder_itemId_idx" ON "WorkOrder"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_createdById_idempotencyKey_key" ON "WorkOrder"("createdById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "WorkOrderAssignee_userId_idx" ON "WorkOrderAssignee"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SerialUnit_serial_key" ON "SerialUnit"("serial");

-- CreateIndex
CREATE UNIQUE INDEX "SerialUnit_batchId_key" ON "SerialUnit"("batchId");

-- CreateIndex
CREATE INDEX "SerialUnit_itemId_status_idx" ON "SerialUnit"("itemId", "status");

-- CreateIndex
CREATE INDEX "SerialUnit_workOrderId_idx" ON "SerialUnit"("workOrderId");

-- CreateIndex
CREATE INDEX "SerialUnit_departmentId_status_idx" ON "SerialUnit"("departmentId", "status");

-- CreateIndex
CREATE INDEX "SerialUnit_teamId_idx" ON "SerialUnit"("teamId");

-- CreateIndex
CREATE INDEX "SerialEvent_serialId_at_idx" ON "SerialEvent"("serialId", "at");

-- CreateIndex
CREATE INDEX "SerialEvent_at_idx" ON "SerialEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "SerialEvent_actorId_idempotencyKey_key" ON "SerialEvent"("actorId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "ProductStage" ADD CONSTRAINT "ProductStage_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderAssignee" ADD CONSTRAINT "WorkOrderAssignee_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderAssignee" ADD CONSTRAINT "WorkOrderAssignee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialUnit" ADD CONSTRAINT "SerialUnit_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialUnit" ADD CONSTRAINT "SerialUnit_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialUnit" ADD CONSTRAINT "SerialUnit_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialUnit" ADD CONSTRAINT "SerialUnit_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialUnit" ADD CONSTRAINT "SerialUnit_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "ProductStage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialUnit" ADD CONSTRAINT "SerialUnit_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialEvent" ADD CONSTRAINT "SerialEvent_serialId_fkey" FOREIGN KEY ("serialId") REFERENCES "SerialUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SerialEvent" ADD CONSTRAINT "SerialEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
