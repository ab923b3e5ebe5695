-- The whole write of a posting in one round trip (the posting path's hot path).
-- The caller has read the lots without locking and decided the legs (FIFO in
-- TypeScript, lib/inventory/fifo.ts). This function locks the touched stock
-- positions in (item, location) order, checks the lots are still exactly as
-- read (else SQLSTATE QM001: the caller re-reads and decides again), creates
-- new batches, and writes the group, the balances and the ledger entries.
-- Legs name their batch by id (> 0), by new batch (-n: the n-th of p_nb_*), or
-- 0 for the item's "unreceived" placeholder batch.
CREATE FUNCTION qm_post(
  p_group_id uuid, p_kind text, p_actor integer, p_reason text, p_note text,
  p_ref_kind text, p_ref_id text, p_ref_number text, p_idem_key text, p_request_hash text, p_reverses uuid,
  p_pos_items integer[], p_pos_locations integer[], p_snap_ids bigint[], p_snap_qty numeric[],
  p_nb_items integer[], p_nb_supplier text[], p_nb_supplier_lot text[], p_nb_received timestamp(3)[],
  p_nb_cost numeric[], p_nb_expires timestamp(3)[], p_nb_owner integer[],
  p_types "EntryType"[], p_items integer[], p_locations integer[], p_batches bigint[], p_statuses "StockStatus"[],
  p_qty numeric[], p_before numeric[], p_after numeric[]
) RETURNS TABLE (group_id uuid, replayed boolean, batch_ids bigint[], batch_numbers integer[])
LANGUAGE plpgsql AS $$
DECLARE
  pos record;
  existing record;
  n integer;
  new_ids bigint[] := '{}';
  new_numbers integer[] := '{}';
  final_batches bigint[] := p_batches;
  placeholder bigint;
  bid bigint;
  num integer;
BEGIN
  IF p_idem_key IS NOT NULL THEN
    SELECT g.id, g."requestHash" INTO existing FROM "PostingGroup" g WHERE g."actorId" = p_actor AND g."idempotencyKey" = p_idem_key;
    IF FOUND THEN
      IF existing."requestHash" IS DISTINCT FROM p_request_hash THEN
        RAISE EXCEPTION 'idempotency key reused with another request' USING ERRCODE = 'QM409';
      END IF;
      RETURN QUERY SELECT existing.id, true, NULL::bigint[], NULL::integer[];
      RETURN;
    END IF;
  END IF;

  FOR pos IN SELECT DISTINCT i, l FROM unnest(p_pos_items, p_pos_locations) AS t(i, l) ORDER BY i, l LOOP
    PERFORM pg_advisory_xact_lock(pos.i, pos.l);
  END LOOP;

  SELECT count(*) INTO n FROM "StockBalance" b
    JOIN (SELECT DISTINCT i, l FROM unnest(p_pos_items, p_pos_locations) AS t(i, l)) t ON b."itemId" = t.i AND b."locationId" = t.l;
  IF n <> coalesce(array_length(p_snap_ids, 1), 0) OR EXISTS (
       SELECT 1 FROM unnest(p_snap_ids, p_snap_qty) AS s(id, q) LEFT JOIN "StockBalance" b ON b.id = s.id
       WHERE b.quantity IS DISTINCT FROM s.q) THEN
    RAISE EXCEPTION 'stock changed since it was read' USING ERRCODE = 'QM001';
  END IF;

  FOR k IN 1 .. coalesce(array_length(p_nb_items, 1), 0) LOOP
    UPDATE "Item" SET "lastBatchNumber" = "lastBatchNumber" + 1 WHERE id = p_nb_items[k] RETURNING "lastBatchNumber" INTO num;
    INSERT INTO "Batch" ("itemId", number, supplier, "supplierLot", "receivedAt", "unitCost", "expiresAt", "ownerId")
      VALUES (p_nb_items[k], num, p_nb_supplier[k], p_nb_supplier_lot[k], coalesce(p_nb_received[k], now()), p_nb_cost[k], p_nb_expires[k], p_nb_owner[k])
      RETURNING id INTO bid;
    new_ids := new_ids || bid;
    new_numbers := new_numbers || num;
  END LOOP;

  FOR k IN 1 .. coalesce(array_length(p_batches, 1), 0) LOOP
    IF p_batches[k] < 0 THEN
      final_batches[k] := new_ids[-p_batches[k]];
    ELSIF p_batches[k] = 0 THEN
      INSERT INTO "Batch" ("itemId", number, unreceived, "receivedAt") VALUES (p_items[k], 0, true, now())
        ON CONFLICT ("itemId", number) DO NOTHING;
      SELECT b.id INTO placeholder FROM "Batch" b WHERE b."itemId" = p_items[k] AND b.number = 0;
      final_batches[k] := placeholder;
    END IF;
  END LOOP;

  INSERT INTO "PostingGroup" (id, kind, "actorId", reason, note, "refKind", "refId", "refNumber", "idempotencyKey", "requestHash", "reversesGroupId")
    VALUES (p_group_id, p_kind, p_actor, p_reason, p_note, p_ref_kind, p_ref_id, p_ref_number, p_idem_key, p_request_hash, p_reverses);
  IF p_reverses IS NOT NULL THEN
    UPDATE "PostingGroup" SET "reversedByGroupId" = p_group_id WHERE id = p_reverses;
  END IF;

  -- Existing lots are updated, new ones inserted (ON CONFLICT would check the bare delta against the CHECK).
  WITH agg AS (
    SELECT t.item_id, t.location_id, t.batch_id, t.status, sum(t.q) AS q, bool_or(t.batch_code = 0) AS unreceived
    FROM unnest(p_items, p_locations, final_batches, p_statuses, p_qty, p_batches) AS t(item_id, location_id, batch_id, status, q, batch_code)
    GROUP BY 1, 2, 3, 4
  ), upd AS (
    UPDATE "StockBalance" b SET quantity = b.quantity + agg.q, "updatedAt" = now()
    FROM agg WHERE b."itemId" = agg.item_id AND b."locationId" = agg.location_id AND b."batchId" = agg.batch_id AND b.status = agg.status
    RETURNING b."itemId", b."locationId", b."batchId", b.status
  )
  INSERT INTO "StockBalance" ("itemId", "locationId", "batchId", status, quantity, unreceived)
  SELECT agg.item_id, agg.location_id, agg.batch_id, agg.status, agg.q, agg.unreceived FROM agg
  WHERE NOT EXISTS (SELECT 1 FROM upd WHERE upd."itemId" = agg.item_id AND upd."locationId" = agg.location_id AND upd."batchId" = agg.batch_id AND upd.status = agg.status);

  INSERT INTO "LedgerEntry" ("groupId", "entryType", "itemId", "locationId", "batchId", status, quantity, "balanceBefore", "balanceAfter", "actorId", note, "refKind", "refId", "refNumber")
  SELECT p_group_id, t.et, t.i, t.l, t.b, t.s, t.q, t.bf, t.af, p_actor, p_note, p_ref_kind, p_ref_id, p_ref_number
  FROM unnest(p_types, p_items, p_locations, final_batches, p_statuses, p_qty, p_before, p_after) WITH ORDINALITY AS t(et, i, l, b, s, q, bf, af, ord)
  ORDER BY t.ord;

  RETURN QUERY SELECT p_group_id, false, new_ids, new_numbers;
END;
$$;
