// Elements are built, never parsed from strings: text from the server can never become markup.

/** h('td', {class: 'x', onclick: f}, 'text', child, …) */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  });
  append(el, children);
  return el;
}

function append(el, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

/** Replaces what an element holds. */
export function show(el, ...children) {
  el.replaceChildren();
  append(el, children);
}
