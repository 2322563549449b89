import type { EntityManager } from 'typeorm';

/** Why a private room is opened, and by which record (a partnership, a project group). */
export interface PrivateRoomRequest {
  purpose: 'partnership' | 'project_group';
  refId: string;
  title: string;
  /** The organisations whose members may enter; at least two. */
  organisationIds: readonly string[];
}

/**
 * The one door through which features open private rooms (decision 0016). Partnerships and
 * project groups depend on this interface only, so the rooms feature (issue 6) can grow behind
 * it. `open` writes inside the caller's transaction (`manager`): the room exists iff the
 * partnership or group that asked for it does. Returns the room's id.
 */
export interface PrivateRooms {
  open(request: PrivateRoomRequest, manager: EntityManager): Promise<string>;
}

/** Nest injection token of PrivateRooms. */
export const PRIVATE_ROOMS = Symbol('PrivateRooms');
