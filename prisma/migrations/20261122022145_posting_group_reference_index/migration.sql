-- CreateIndex
CREATE INDEX "PostingGroup_refKind_refNumber_idx" ON "PostingGroup"("refKind", "refNumber");
