// Streams a chat reply into the page: POST the form to the stream endpoint, render the server-sent events.
// Without this script the form posts normally and the page reloads with the reply.
(function () {
  "use strict";
  var form = document.getElementById("ask");
  if (!form || !window.fetch || !window.TextDecoder) return;
  var list = document.getElementById("messages");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;  // text only: never innerHTML
    return node;
  }

  function finish(item, result) {
    form.elements.thread.value = result.thread_id;
    if (result.citations && result.citations.length) {
      var cites = el("ol", "cites");
      result.citations.forEach(function (c, i) {
        var id = "cite-live-" + Date.now() + "-" + i;
        var li = el("li");
        var link = el("a", "cite", c.title + " § " + c.section);
        link.href = "#" + id;
        var quote = el("blockquote", null, c.text);
        quote.id = id;
        li.appendChild(link);
        li.appendChild(quote);
        cites.appendChild(li);
      });
      item.appendChild(cites);
    }
    if (result.task_id) {
      var ref = el("p", "taskref", "Task: ");
      var status = el("span", "status", result.status);
      status.setAttribute("data-testid", "task-status");
      ref.appendChild(status);
      ref.appendChild(document.createTextNode(" " + result.task_id));
      item.appendChild(ref);
    }
    history.replaceState(null, "", "/ui/chat?thread=" + encodeURIComponent(result.thread_id));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var question = el("li", "msg user");
    question.appendChild(el("div", "text", data.get("message")));
    list.appendChild(question);
    var item = el("li", "msg assistant");
    var text = el("div", "text", "");
    item.appendChild(text);
    list.appendChild(item);
    form.elements.message.value = "";
    var button = form.querySelector("button");
    button.disabled = true;
    fetch(form.getAttribute("data-stream"), {method: "POST", body: new URLSearchParams(data),
                                             credentials: "same-origin"}).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) return;
          buffer += decoder.decode(chunk.value, {stream: true});
          var parts = buffer.split("\n\n");
          buffer = parts.pop();
          parts.forEach(function (part) {
            var name = (part.match(/^event: (.*)$/m) || [])[1];
            var raw = (part.match(/^data: (.*)$/m) || [])[1];
            if (!name || raw === undefined) return;
            var payload = JSON.parse(raw);
            if (name === "token") text.textContent += payload.text;
            if (name === "done") finish(item, payload);
          });
          return pump();
        });
      }
      return pump();
    }).catch(function (error) {
      item.appendChild(el("p", "error", String(error)));
    }).then(function () {
      button.disabled = false;
      form.elements.message.focus();
    });
  });
})();
