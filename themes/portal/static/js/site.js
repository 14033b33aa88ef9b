/* gksite portal theme: 长者模式, 字号 大/中/小, 打印 and 关闭窗口.
   Same-origin, no dependencies. Without JavaScript the buttons stay hidden and every page still works;
   the choice is kept in localStorage so it holds across pages. Loaded in <head> so the saved
   preference applies before the page is drawn. */
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY_ELDER = "gksite.elder";
  var KEY_FONT = "gksite.font";
  var FONTS = ["l", "m", "s"];

  function get(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function set(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem(key); } else { window.localStorage.setItem(key, value); }
    } catch (e) { /* storage disabled: the choice holds for this page only */ }
  }
  function apply() {
    var elder = get(KEY_ELDER) === "1";
    var font = get(KEY_FONT);
    if (FONTS.indexOf(font) < 0) { font = "m"; }
    root.classList.toggle("elder", elder);
    FONTS.forEach(function (f) { root.classList.toggle("font-" + f, f === font && f !== "m"); });
    var buttons = document.querySelectorAll("[data-pref='elder']");
    for (var i = 0; i < buttons.length; i++) { buttons[i].setAttribute("aria-pressed", elder ? "true" : "false"); }
    var fontButtons = document.querySelectorAll("[data-font]");
    for (var j = 0; j < fontButtons.length; j++) {
      fontButtons[j].setAttribute("aria-pressed", fontButtons[j].getAttribute("data-font") === font ? "true" : "false");
    }
  }
  root.classList.add("js"); // lets the stylesheet drop the no-script fallback before the page is drawn
  apply();

  function show() {
    var hidden = document.querySelectorAll(".topbar-tools [hidden], .doc-tools[hidden]");
    for (var i = 0; i < hidden.length; i++) { hidden[i].removeAttribute("hidden"); }
    // Without JavaScript, 长者模式 is a link to the page that explains browser zoom; with it, the button.
    var fallback = document.querySelectorAll(".pref-fallback");
    for (var k = 0; k < fallback.length; k++) { fallback[k].setAttribute("hidden", ""); }
  }
  function ready() {
    show();
    // gksite serve put a new <main> in place (the preview only): its tools are shown and marked again.
    document.addEventListener("gksite:updated", function () { show(); apply(); });
    document.addEventListener("click", function (ev) {
      var t = ev.target.closest ? ev.target.closest("button") : null;
      if (!t) { return; }
      if (t.getAttribute("data-pref") === "elder") {
        set(KEY_ELDER, root.classList.contains("elder") ? null : "1");
        apply();
      } else if (t.hasAttribute("data-font")) {
        var f = t.getAttribute("data-font");
        set(KEY_FONT, f === "m" ? null : f);
        apply();
      } else if (t.getAttribute("data-action") === "print") {
        window.print();
      } else if (t.getAttribute("data-action") === "close") {
        var status = t.parentNode.querySelector(".tool-status");
        window.close();
        window.setTimeout(function () {
          if (!window.closed && status) {
            status.textContent = "浏览器不允许网页关闭本窗口，请使用浏览器的关闭按钮。";
          }
        }, 300);
      }
    });
    apply();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
