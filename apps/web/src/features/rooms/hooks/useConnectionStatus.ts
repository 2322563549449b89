import { useSyncExternalStore } from 'react';
import { connectionStatus, onConnectionStatus, roomSocket } from '../lib/socket';

/** The real-time connection's status; opens the connection on first use. */
export function useConnectionStatus() {
  roomSocket();
  return useSyncExternalStore(onConnectionStatus, connectionStatus);
}
