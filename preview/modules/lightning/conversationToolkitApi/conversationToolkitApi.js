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
    sessionStats.toolkitSettled++;
    throw new TypeError('conversationToolkitApi: preview throw');
  }
  let answer;
  if (mode === 'live') {
    const log = getLiveLog(recordId);
    answer = log
      ? new Promise((resolve) => setTimeout(() => resolve(JSON.parse(JSON.stringify(log))), 50))
      : Promise.reject(new Error('No conversation component is rendered for this record.'));
  } else {
    answer = Promise.reject(
      new Error(
        mode === 'error'
          ? 'getEnhancedConversationLog failed (preview ?toolkit=error)'
          : 'The Conversation Toolkit API works only in Lightning console apps.'
      )
    );
  }
  // Counted before the caller's own handlers run, so a test can wait for the answer and then a render.
  const settled = () => {
    sessionStats.toolkitSettled++;
  };
  answer.then(settled, settled);
  return answer;
}
