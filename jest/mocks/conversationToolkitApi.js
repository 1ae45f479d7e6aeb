// Jest stand-in for the console-only lightning/conversationToolkitApi module.
export const getEnhancedConversationLog = jest.fn(() =>
  Promise.reject(new Error('Conversation Toolkit is not available'))
);
