import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';

function mount(props) {
  const element = createElement('c-error-panel', { is: ErrorPanel });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe('c-error-panel', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows the friendly message and reveals the details on demand', async () => {
    const element = mount({
      friendlyMessage: 'Ask your admin.',
      errors: [{ message: 'raw one' }, { message: 'raw two' }]
    });
    expect(element.shadowRoot.querySelector('.error-message').textContent).toBe('Ask your admin.');
    expect(element.shadowRoot.querySelector('.error-details')).toBeNull();

    const toggle = element.shadowRoot.querySelector('.error-toggle');
    expect(toggle.label).toBe('Show details');
    expect(toggle.ariaExpanded).toBe('false');
    toggle.click();
    await Promise.resolve();

    const items = Array.from(element.shadowRoot.querySelectorAll('.error-details li')).map(
      (li) => li.textContent
    );
    expect(items).toEqual(['raw one', 'raw two']);
    expect(toggle.label).toBe('Hide details');
    expect(toggle.ariaExpanded).toBe('true');
  });

  it('dispatches retry', () => {
    const element = mount({ friendlyMessage: 'x', showRetry: true });
    const handler = jest.fn();
    element.addEventListener('retry', handler);
    element.shadowRoot.querySelector('.error-retry').click();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('offers no retry or details when there is nothing to do', () => {
    const element = mount({ friendlyMessage: 'x' });
    expect(element.shadowRoot.querySelector('.error-retry')).toBeNull();
    expect(element.shadowRoot.querySelector('.error-toggle')).toBeNull();
  });

  it('is accessible with details open', async () => {
    const element = mount({ friendlyMessage: 'x', errors: 'detail', showRetry: true });
    element.shadowRoot.querySelector('.error-toggle').click();
    await Promise.resolve();
    await expect(element).toBeAccessible();
  });
});
