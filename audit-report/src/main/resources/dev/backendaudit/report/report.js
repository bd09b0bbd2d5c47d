// Records script errors, failed loads and console errors into the page itself, so that an
// automated check (headless Chromium's --dump-dom) can tell a clean render from a broken one.
(function () {
  var root = document.documentElement;
  var errors = [];
  function note(message) {
    errors.push(String(message));
    root.setAttribute('data-report-errors', String(errors.length));
    root.setAttribute('data-report-error-messages', errors.join(' | '));
  }
  root.setAttribute('data-report-errors', '0');
  window.addEventListener('error', function (event) {
    note(event.message || ('failed to load ' + (event.target && (event.target.src || event.target.href))));
  }, true);
  window.addEventListener('unhandledrejection', function (event) { note(event.reason); });
  var consoleError = console.error;
  console.error = function () {
    note(Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  window.addEventListener('load', function () { root.setAttribute('data-report-loaded', 'true'); });
})();
