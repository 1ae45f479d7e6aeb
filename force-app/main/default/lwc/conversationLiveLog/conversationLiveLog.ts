/**
 * Data source: the console's live conversation log, a second Apex-free source next to ConversationEntry.
 * `getEnhancedConversationLog(recordId)` (lightning/conversationToolkitApi, API 60.0+) resolves only in a
 * Lightning console app with the standard Enhanced Conversation component rendered for an open Messaging
 * Session; everywhere else it rejects. Any failure (module missing, rejection, a throw, an unreadable
 * answer) resolves to "unavailable" with no entries: the transcript then shows ConversationEntry alone.
 */
import { getEnhancedConversationLog } from 'lightning/conversationToolkitApi';
import { normalizeLiveLog, type TranscriptEntry } from 'c/transcriptModel';

export interface LiveLogResult {
  /** True when the toolkit answered (even with no entries). */
  available: boolean;
  entries: TranscriptEntry[];
}

const UNAVAILABLE: LiveLogResult = Object.freeze({ available: false, entries: [] }) as LiveLogResult;

export async function loadLiveLog(recordId: string | null | undefined): Promise<LiveLogResult> {
  if (typeof recordId !== 'string' || recordId === '') {
    return UNAVAILABLE;
  }
  try {
    // An org or container without the module gives an undefined binding rather than a function.
    const fetchLog: unknown = getEnhancedConversationLog;
    if (typeof fetchLog !== 'function') {
      return UNAVAILABLE;
    }
    const response: unknown = await getEnhancedConversationLog(recordId);
    return { available: true, entries: normalizeLiveLog(response) };
  } catch {
    return UNAVAILABLE;
  }
}
