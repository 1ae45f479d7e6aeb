import { createElement } from 'lwc';
import TranscriptLog from 'c/transcriptLog';
import { normalizeEntry } from 'c/transcriptModel';

function entries(count) {
  return Array.from({ length: count }, (_, i) =>
    normalizeEntry({
      Id: `0dw${String(i).padStart(15, '0')}`,
      Seq: { value: i + 1 },
      EntryType: { value: 'Text' },
      ActorType: { value: i % 2 ? 'Agent' : 'EndUser' },
      ActorName: { value: i % 2 ? 'Jason Dewar' : 'Andy Martinez' },
      Message: { value: `message ${i + 1}` },
      EntryTime: { value: new Date(Date.UTC(2024, 4, 14, 16, 0, i)).toISOString() },
      HasAttachments: { value: false }
    })
  );
}

function mount(list) {
  const element = createElement('c-transcript-log', { is: TranscriptLog });
  element.entries = list;
  element.locale = 'en-US';
  element.timeZone = 'UTC';
  document.body.appendChild(element);
  return element;
}

const items = (element) => Array.from(element.shadowRoot.querySelectorAll('li[data-entry-id]'));

describe('c-transcript-log', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('renders every row of a short transcript, with its position in the set', () => {
    const element = mount(entries(12));
    const rows = items(element);
    expect(rows).toHaveLength(12);
    expect(rows[11].getAttribute('aria-posinset')).toBe('12');
    expect(rows[0].getAttribute('aria-setsize')).toBe('12');
    expect(element.shadowRoot.querySelector('.transcript-total').textContent).toBe('12 entries');
  });

  it('windows a long transcript: only rows near the viewport are in the DOM, the rest is space', () => {
    const element = mount(entries(5000));
    const rows = items(element);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(rows[0].getAttribute('aria-setsize')).toBe('5000');
    expect(element.shadowRoot.querySelector('ul').style.paddingBottom).not.toBe('');
    expect(element.shadowRoot.querySelector('.transcript-total').textContent).toBe('5,000 entries');
    expect(element.shadowRoot.querySelector('section[role="log"]').getAttribute('tabindex')).toBe('0');
  });

  it('renders an entry outside the window when asked to scroll to it', async () => {
    const list = entries(5000);
    const element = mount(list);
    expect(element.shadowRoot.querySelector(`li[data-entry-id="${list[4200].id}"]`)).toBeNull();

    element.scrollToEntry(list[4200].id);
    await Promise.resolve();

    const row = element.shadowRoot.querySelector(`li[data-entry-id="${list[4200].id}"]`);
    expect(row).not.toBeNull();
    expect(row.getAttribute('aria-posinset')).toBe('4201');
    expect(items(element).length).toBeLessThanOrEqual(60);

    element.scrollToEdge('first');
    await Promise.resolve();
    expect(items(element)[0].getAttribute('aria-posinset')).toBe('1');
  });

  it('is accessible when windowed', async () => {
    const element = mount(entries(400));
    await expect(element).toBeAccessible();
  });
});
