import { useApolloClient, useQuery } from '@apollo/client/react';
import { RoomDocument, RoomMessagesBeforeDocument } from '@oip/graphql';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { newKey, request, roomSocket } from '../lib/socket';
import {
  contiguousUntil,
  emptyTimeline,
  fromGraphQL,
  hasGap,
  mergeMessages,
  prependOlder,
  updateMessage,
  type Timeline,
  type TimelineMessage,
} from '../lib/timeline';

const PAGE = 30;

type Action =
  | { type: 'merge'; messages: TimelineMessage[] }
  | { type: 'update'; message: TimelineMessage }
  | { type: 'older'; messages: TimelineMessage[]; hasOlder: boolean }
  | { type: 'reset'; timeline: Timeline };

function reducer(timeline: Timeline, action: Action): Timeline {
  switch (action.type) {
    case 'merge':
      return mergeMessages(timeline, action.messages);
    case 'update':
      return updateMessage(timeline, action.message);
    case 'older':
      return prependOlder(timeline, action.messages, action.hasOlder);
    case 'reset':
      return action.timeline;
  }
}

/** A message written here that the server has not acknowledged yet. */
export interface PendingMessage {
  key: string;
  body: string;
  parentId: string | null;
  mentions: string[];
  attachmentIds: string[];
  /** Error code of the last attempt (NETWORK_ERROR: sent again on reconnection). */
  error: string | null;
}

export interface Person {
  userId: string;
  name: string;
}

interface Page {
  messages: TimelineMessage[];
  hasNewer: boolean;
}

/**
 * One room, live: its first page over GraphQL, then socket.io. Joining (and every reconnection)
 * sends the last seq this page holds with no hole, so the server returns exactly what was
 * missed; a live message beyond a hole triggers the same catch-up. Sends carry an
 * idempotency key and are retried on reconnection, so nothing is lost or doubled.
 */
export function useRoomTimeline(roomId: string) {
  const client = useApolloClient();
  const query = useQuery(RoomDocument, { variables: { id: roomId, first: PAGE } });
  const [timeline, dispatch] = useReducer(reducer, emptyTimeline);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [present, setPresent] = useState<Person[]>([]);
  const [typing, setTyping] = useState<Person[]>([]);
  const [removed, setRemoved] = useState(false);
  const [live, setLive] = useState<TimelineMessage[]>([]);
  // the socket handlers read the latest state without re-subscribing
  const timelineRef = useRef(timeline);
  const pendingRef = useRef(pending);
  useEffect(() => {
    timelineRef.current = timeline;
    pendingRef.current = pending;
  }, [timeline, pending]);
  const loaded = query.data?.roomMessages;

  useEffect(() => {
    if (!loaded) return;
    dispatch({
      type: 'reset',
      timeline: mergeMessages(
        { messages: [], hasOlder: loaded.hasOlder },
        loaded.messages.map(fromGraphQL),
      ),
    });
  }, [loaded]);

  const catchUp = useCallback(async () => {
    for (let round = 0; round < 20; round += 1) {
      const ack = await request('room:catchup', {
        rooms: [{ roomId, afterSeq: contiguousUntil(timelineRef.current) }],
      });
      const page = (ack.rooms as Page[] | undefined)?.[0];
      if (!ack.ok || !page) return;
      dispatch({ type: 'merge', messages: page.messages });
      timelineRef.current = mergeMessages(timelineRef.current, page.messages);
      if (!page.hasNewer) return;
    }
  }, [roomId]);

  const sendPending = useCallback(
    async (message: PendingMessage) => {
      const ack = await request('message:send', {
        roomId,
        body: message.body,
        parentId: message.parentId,
        mentions: message.mentions,
        attachmentIds: message.attachmentIds,
        idempotencyKey: message.key,
      });
      if (ack.ok) {
        dispatch({ type: 'merge', messages: [ack.message as TimelineMessage] });
        setPending((all) => all.filter((p) => p.key !== message.key));
      } else {
        const code = ack.error?.code ?? 'INTERNAL_SERVER_ERROR';
        setPending((all) => all.map((p) => (p.key === message.key ? { ...p, error: code } : p)));
      }
      return ack;
    },
    [roomId],
  );

  useEffect(() => {
    if (!loaded) return;
    const socket = roomSocket();
    const join = async () => {
      const ack = await request('room:join', {
        roomId,
        afterSeq: contiguousUntil(timelineRef.current),
      });
      if (!ack.ok) {
        if (ack.error?.code === 'ROOM_BANNED' || ack.error?.code === 'ROOM_NOT_MEMBER')
          setRemoved(true);
        return;
      }
      setPresent((ack.present as Person[]) ?? []);
      const missed = ack.missed as Page | null;
      if (missed) {
        dispatch({ type: 'merge', messages: missed.messages });
        timelineRef.current = mergeMessages(timelineRef.current, missed.messages);
        if (missed.hasNewer) await catchUp();
      }
      // what could not be sent while away goes now, with the same keys
      for (const message of pendingRef.current)
        if (message.error === 'NETWORK_ERROR') void sendPending(message);
    };
    // `messages:new` carries several at once (a busy, large room: the server coalesces)
    const onNewMessages = (arrived: TimelineMessage[]) => {
      const messages = arrived.filter((message) => message.roomId === roomId);
      if (!messages.length) return;
      const next = mergeMessages(timelineRef.current, messages);
      timelineRef.current = next;
      dispatch({ type: 'merge', messages });
      setLive((all) => [...all, ...messages].slice(-10));
      const authors = new Set(messages.map((message) => message.authorId));
      setTyping((all) => all.filter((p) => !authors.has(p.userId)));
      if (hasGap(next)) void catchUp();
    };
    const onNew = (message: TimelineMessage) => onNewMessages([message]);
    const onUpdated = (message: TimelineMessage) => {
      if (message.roomId === roomId) dispatch({ type: 'update', message });
    };
    const onPresence = (p: Person & { roomId: string; online: boolean }) => {
      if (p.roomId !== roomId) return;
      setPresent((all) => {
        const others = all.filter((each) => each.userId !== p.userId);
        return p.online ? [...others, { userId: p.userId, name: p.name }] : others;
      });
    };
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const onTyping = (p: Person & { roomId: string }) => {
      if (p.roomId !== roomId) return;
      setTyping((all) => [...all.filter((each) => each.userId !== p.userId), p]);
      clearTimeout(timers.get(p.userId));
      timers.set(
        p.userId,
        setTimeout(() => setTyping((all) => all.filter((each) => each.userId !== p.userId)), 4000),
      );
    };
    const onRemoved = ({ roomId: from }: { roomId: string }) => {
      if (from === roomId) setRemoved(true);
    };
    const listeners: [string, Parameters<typeof socket.on>[1]][] = [
      ['connect', join],
      ['message:new', onNew],
      ['messages:new', onNewMessages],
      ['message:updated', onUpdated],
      ['presence', onPresence],
      ['typing', onTyping],
      ['room:removed', onRemoved],
    ];
    for (const [event, listener] of listeners) socket.on(event, listener);
    if (socket.connected) void join();
    return () => {
      for (const [event, listener] of listeners) socket.off(event, listener);
      for (const timer of timers.values()) clearTimeout(timer);
      void request('room:leave', { roomId });
    };
  }, [roomId, loaded, catchUp, sendPending]);

  const send = useCallback(
    (body: string, parentId: string | null, mentions: string[], attachmentIds: string[] = []) => {
      const message: PendingMessage = {
        key: newKey(),
        body,
        parentId,
        mentions,
        attachmentIds,
        error: null,
      };
      setPending((all) => [...all, message]);
      return sendPending(message);
    },
    [sendPending],
  );

  const retry = useCallback(
    (key: string) => {
      const message = pendingRef.current.find((p) => p.key === key);
      if (!message) return;
      setPending((all) => all.map((p) => (p.key === key ? { ...p, error: null } : p)));
      void sendPending(message);
    },
    [sendPending],
  );

  const discard = useCallback(
    (key: string) => setPending((all) => all.filter((p) => p.key !== key)),
    [],
  );

  const [loadingOlder, setLoadingOlder] = useState(false);
  const loadOlder = useCallback(async () => {
    const first = timelineRef.current.messages[0];
    if (!first || !timelineRef.current.hasOlder || loadingOlder) return;
    setLoadingOlder(true);
    try {
      const { data } = await client.query({
        query: RoomMessagesBeforeDocument,
        variables: { roomId, before: first.seq, first: PAGE },
        fetchPolicy: 'network-only',
      });
      if (data)
        dispatch({
          type: 'older',
          messages: data.roomMessages.messages.map(fromGraphQL),
          hasOlder: data.roomMessages.hasOlder,
        });
    } finally {
      setLoadingOlder(false);
    }
  }, [client, roomId, loadingOlder]);

  const act = useCallback(async (event: string, payload: Record<string, unknown>) => {
    const ack = await request(event, payload);
    if (ack.ok && ack.message)
      dispatch({ type: 'update', message: ack.message as TimelineMessage });
    return ack;
  }, []);

  const lastRead = useRef(0);
  const markRead = useCallback(() => {
    const last = timelineRef.current.messages.at(-1)?.seq ?? 0;
    if (last <= lastRead.current) return;
    lastRead.current = last;
    void request('room:read', { roomId, seq: last });
  }, [roomId]);

  const typingSent = useRef(0);
  const notifyTyping = useCallback(() => {
    if (Date.now() - typingSent.current < 2000) return;
    typingSent.current = Date.now();
    void request('typing', { roomId });
  }, [roomId]);

  return {
    query,
    room: query.data?.room ?? null,
    timeline,
    pending,
    present,
    typing,
    removed,
    live,
    loadingOlder,
    send,
    retry,
    discard,
    loadOlder,
    act,
    markRead,
    notifyTyping,
  };
}
