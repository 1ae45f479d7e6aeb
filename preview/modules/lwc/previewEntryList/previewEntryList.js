/**
 * Throwaway stand-in used by the preview only while c-conversation-transcript does not exist yet:
 * lists what the real `conversationEntries` adapter emits. Never deployed (lives under preview/).
 */
import { LightningElement, api, wire } from 'lwc';
import { conversationEntries } from 'c/conversationEntriesApi';

export default class PreviewEntryList extends LightningElement {
  @api recordId;
  @api objectApiName;

  @wire(conversationEntries, { recordId: '$recordId' })
  transcript;

  get status() {
    return this.transcript?.status ?? 'idle';
  }

  get isLoading() {
    return this.status === 'loading' || this.status === 'partial';
  }

  get hasError() {
    return this.status === 'error';
  }

  get errorText() {
    const errors = this.transcript?.errors;
    if (Array.isArray(errors)) {
      return errors.map((e) => e?.message ?? String(e)).join('; ');
    }
    return errors ? String(errors) : '';
  }

  get items() {
    return (this.transcript?.entries ?? []).map((e) => ({
      key: e.id,
      css: `slds-chat-listitem slds-chat-listitem_${e.layout}`,
      actor: `${e.actorName ?? e.actorType} (${e.actorType})`,
      text: e.entryType === 'Text' ? (e.message ?? '[no message text]') : e.entryType
    }));
  }

  get isEmpty() {
    return this.status === 'complete' && this.items.length === 0;
  }

  handleRetry() {
    this.transcript?.retry();
  }
}
