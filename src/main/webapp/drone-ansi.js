/*
 * drone-pipeline: turns log bytes into DOM nodes, ANSI SGR colours (30-37, 90-97, 40-47, bold) becoming spans
 * with drone-fg-N / drone-bg-N classes; other escape sequences are dropped. Text is only ever inserted as
 * text nodes, never as HTML. One writer per stream keeps colours and split UTF-8 sequences across chunks.
 */
(function () {
  'use strict';

  function AnsiWriter() {
    this.fg = null;
    this.bg = null;
    this.bold = false;
    this.decoder = new TextDecoder('utf-8');
  }
  AnsiWriter.prototype.apply = function (codes) {
    var self = this;
    (codes === '' ? ['0'] : codes.split(';')).forEach(function (c) {
      var n = parseInt(c, 10) || 0;
      if (n === 0) { self.fg = null; self.bg = null; self.bold = false; }
      else if (n === 1) { self.bold = true; }
      else if (n === 22) { self.bold = false; }
      else if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97)) { self.fg = n; }
      else if (n === 39) { self.fg = null; }
      else if (n >= 40 && n <= 47) { self.bg = n; }
      else if (n === 49) { self.bg = null; }
    });
  };
  AnsiWriter.prototype.write = function (bytes) {
    var text = this.decoder.decode(bytes, { stream: true });
    var out = document.createDocumentFragment();
    var re = /\x1b\[([0-9;?]*)([A-Za-z])/g;
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      this.text(out, text.substring(last, m.index));
      if (m[2] === 'm') { this.apply(m[1]); }
      last = re.lastIndex;
    }
    this.text(out, text.substring(last));
    return out;
  };
  AnsiWriter.prototype.text = function (out, s) {
    if (!s) { return; }
    var cls = [];
    if (this.fg) { cls.push('drone-fg-' + this.fg); }
    if (this.bg) { cls.push('drone-bg-' + this.bg); }
    if (this.bold) { cls.push('drone-ansi-bold'); }
    if (cls.length) {
      var span = document.createElement('span');
      span.className = cls.join(' ');
      span.textContent = s;
      out.appendChild(span);
    } else {
      out.appendChild(document.createTextNode(s));
    }
  };

  window.DroneAnsiWriter = AnsiWriter;
}());
