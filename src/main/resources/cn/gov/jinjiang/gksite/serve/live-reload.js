(function () {
  /* gksite serve: live reload. Added to pages by the preview server only, never written to site/.
     After a rebuild the page fetches itself again; when only its <main> changed (the same stylesheets and
     scripts, everything outside <main> as served, no script in the new <main>) the new <main> is put in place
     of the old one without a reload, and "gksite:updated" is dispatched on the document (a theme script that
     changes the page's content runs again on it). Anything else reloads the page. */
  var g = __GEN__;
  if (!window.EventSource) { return; }
  var served = document.body ? outside(document) : null;
  var asked = 0;

  /** The page as served outside <main>: the head's stylesheets and scripts, the body without <main>'s content. */
  function outside(doc) {
    var body = doc.body.cloneNode(true);
    var mains = body.querySelectorAll("main");
    var own = body.querySelector("script[data-gksite-live-reload]");
    if (mains.length !== 1) { return null; }
    mains[0].textContent = "";
    // this script and what follows it (the page as parsed when it ran ends here)
    while (own && own.nextSibling) { own.nextSibling.remove(); }
    if (own) { own.remove(); }
    var head = [];
    doc.querySelectorAll("head link[rel~=stylesheet], head script, head style").forEach(function (e) {
      head.push(e.outerHTML);
    });
    return head.join("\n") + "\n" + body.outerHTML;
  }

  function reload() { es.close(); location.reload(); }

  function patch(gen) {
    var mine = ++asked;
    fetch(location.href, { cache: "no-store", credentials: "same-origin" }).then(function (r) {
      if (!r.ok || !/^text\/html/.test(r.headers.get("content-type") || "")) { throw new Error("status"); }
      return r.text();
    }).then(function (text) {
      if (mine !== asked) { return; }
      var doc = new DOMParser().parseFromString(text, "text/html");
      var main = doc.querySelector("main");
      if (served === null || outside(doc) !== served || !main || main.querySelector("script")) {
        throw new Error("more than the content changed");
      }
      document.querySelector("main").replaceWith(document.adoptNode(main));
      document.title = doc.title;
      g = gen;
      document.dispatchEvent(new Event("gksite:updated"));
    }).catch(function () { if (mine === asked) { reload(); } });
  }

  var es = new EventSource("__PATH__");
  es.addEventListener("hello", function (e) { if (+e.data !== g) { reload(); } });
  es.addEventListener("reload", function (e) { patch(+e.data); });
  es.addEventListener("css", function () {
    var t = Date.now();
    document.querySelectorAll("link[rel~=stylesheet]").forEach(function (l) {
      var u = new URL(l.href);
      u.searchParams.set("gksite", t);
      var n = l.cloneNode();
      n.href = u.href;
      n.onload = function () { l.remove(); };
      l.after(n);
    });
  });
})();
