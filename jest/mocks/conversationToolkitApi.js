// Jest stand-in for the console-only lightning/conversationToolkitApi module.
// By default it behaves as outside a console app: getEnhancedConversationLog rejects.
// Tests control it per test:
//   __setLog(response)   resolves with `response` (the shape getEnhancedConversationLog resolves with)
//   __setError(error)    rejects with `error`
//   __setThrow(error)    throws synchronously
//   __setMissing()       the module has no getEnhancedConversationLog export (older org, other container)
//   __reset()            back to the default (rejects)
const UNAVAILABLE = () => Promise.reject(new Error('Conversation Toolkit is not available'));

const mock = jest.fn(UNAVAILABLE);

export let getEnhancedConversationLog = mock;

export function __setLog(response) {
  getEnhancedConversationLog = mock;
  mock.mockImplementation(() => Promise.resolve(response));
}

export function __setError(error) {
  getEnhancedConversationLog = mock;
  mock.mockImplementation(() => Promise.reject(error));
}

export function __setThrow(error) {
  getEnhancedConversationLog = mock;
  mock.mockImplementation(() => {
    throw error;
  });
}

export function __setMissing() {
  getEnhancedConversationLog = undefined;
}

export function __reset() {
  getEnhancedConversationLog = mock;
  mock.mockReset();
  mock.mockImplementation(UNAVAILABLE);
}

/** The jest.fn behind the export (for call assertions even after __setMissing). */
export const __mock = mock;
