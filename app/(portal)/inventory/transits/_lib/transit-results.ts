// What the transit actions answer (kept out of the 'use server' file, which may export only actions).
import type { FormState } from '@/app/_server/form-action';
import type { MoveState } from '../../_lib/action-results';

export interface ShipState extends MoveState {
  /** The transit document the shipment made. */
  number?: string;
}

export interface ReceiveState extends FormState {
  received?: { quantity: string; location: string; closed: boolean; replayed: boolean };
}

export interface CloseState extends FormState {
  writtenOff?: string | null;
}
