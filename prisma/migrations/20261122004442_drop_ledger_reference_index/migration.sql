-- DropIndex
DROP INDEX "LedgerEntry_refKind_refId_idx";
