// Piazza console: one-key actions on the review queue, the ente switcher and the sandbox page's refresh.
// Keys act on the current comment (outlined); they are ignored while typing in a field.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.requestSubmit(); });
    });

    // the sandbox page refreshes its list in place (htmx) while its checkbox is ticked
    document.querySelectorAll('[data-refresh-target]').forEach(function (box) {
      setInterval(function () {
        var target = document.getElementById(box.getAttribute('data-refresh-target'));
        if (box.checked && target && window.htmx) {
          window.htmx.trigger(target, 'refresh');
        }
      }, 3000);
    });

    var items = Array.prototype.slice.call(document.querySelectorAll('[data-queue-item]'));
    if (items.length === 0) {
      return;
    }
    // the comment last acted on stays current across the page reload that follows a claim
    var remembered = sessionStorage.getItem('piazza-current');
    var current = 0;

    function select(index, focus) {
      items[current].classList.remove('console-current');
      items[current].removeAttribute('aria-current');
      current = Math.max(0, Math.min(items.length - 1, index));
      items[current].classList.add('console-current');
      items[current].setAttribute('aria-current', 'true');
      sessionStorage.setItem('piazza-current', items[current].getAttribute('data-id'));
      if (focus) {
        items[current].focus();
        items[current].scrollIntoView({block: 'nearest'});
      }
    }

    items.forEach(function (item, index) {
      item.addEventListener('focusin', function () { select(index, false); });
    });
    select(Math.max(0, items.findIndex(function (item) { return item.getAttribute('data-id') === remembered; })), false);
    document.body.setAttribute('data-shortcuts', 'ready');

    document.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var target = event.target;
      if (target.closest('input, textarea, select, [contenteditable]')) {
        if (event.key === 'Escape') {
          target.blur();
          items[current].focus();
        }
        return;
      }
      var item = items[current];
      var key = event.key.toLowerCase();
      if (key === 'n' || key === 'j') {
        select(current + 1, true);
      } else if (key === 'p') {
        select(current - 1, true);
      } else if (key === 'c') {
        var claim = item.querySelector('form[data-claim]');
        if (claim) { claim.requestSubmit(); }
      } else if (key === '/') {
        var note = item.querySelector('[data-note]');
        if (note) { note.focus(); }
      } else {
        var button = item.querySelector('form[data-decide] button[data-key="' + key + '"]');
        if (!button) {
          return;
        }
        button.form.requestSubmit(button);
      }
      event.preventDefault();
    });
  });
}());
