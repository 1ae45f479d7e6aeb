/**
 * Preview stand-in for the console-only `lightning/conversationToolkitApi`. Off by default: like any page
 * outside a Lightning console app, getEnhancedConversationLog rejects. `?toolkit=live` resolves with the
 * sample's messages in the documented `{ messages: [{ content, name, type, timestamp }] }` shape;
 * `?toolkit=error` rejects with another message; `?toolkit=throw` throws synchronously.
 */
import { getLiveLog, sessionSettings, sessionStats } from '../../../src/sessionSource.js';

export function getEnhancedConversationLog(recordId) {
  sessionStats.toolkitCalls++;
  const mode = sessionSettings.toolkit;
  if (mode === 'throw') {
    throw new TypeError('conversationToolkitApi: preview throw');
  }
  if (mode === 'live') {
    const log = getLiveLog(recordId);
    return log
      ? new Promise((resolve) => setTimeout(() => resolve(JSON.parse(JSON.stringify(log))), 50))
      : Promise.reject(new Error('No conversation component is rendered for this record.'));
  }
  return Promise.reject(
    new Error(
      mode === 'error'
        ? 'getEnhancedConversationLog failed (preview ?toolkit=error)'
        : 'The Conversation Toolkit API works only in Lightning console apps.'
    )
  );
}
