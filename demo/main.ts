// The demo page: the library from source (Vite), statements listed as they are made.
import 'spoc-elements';

const list = document.querySelector('#statements')!;
document.addEventListener('spoc-statement', (event) => {
  const { statement } = event.detail;
  const item = document.createElement('li');
  item.textContent = `${statement.timestamp} — ${statement.verb.display?.['fr'] ?? statement.verb.id} — ${'id' in statement.object ? statement.object.id : ''}`;
  list.prepend(item);
});
