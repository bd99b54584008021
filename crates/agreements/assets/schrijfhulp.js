// Writing aid for proposals: a live count of words and long sentences under a field, as
// advice for plain language (B1). The page works the same without it; the server shows the
// same counts after sending.
(function () {
  'use strict';
  var LONG = 20;
  function count(text) {
    var words = 0, long = 0;
    text.split(/[.!?;\n]/).forEach(function (sentence) {
      var n = sentence.split(/\s+/).filter(function (w) { return w.length > 0; }).length;
      words += n;
      if (n > LONG) { long += 1; }
    });
    return { words: words, long: long };
  }
  function attach(field) {
    var out = document.getElementById(field.getAttribute('data-advice'));
    if (!out) { return; }
    var timer = null;
    function update() {
      var c = count(field.value);
      out.textContent = out.getAttribute('data-words') + ': ' + c.words + ' · ' +
        out.getAttribute('data-long') + ': ' + c.long;
    }
    field.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 300);
    });
  }
  var fields = document.querySelectorAll('[data-advice]');
  for (var i = 0; i < fields.length; i++) { attach(fields[i]); }
})();
