import Foundation
import RapatText

/// The page `GET /` serves: one self-contained HTML document (inline CSS and script, no external resources) that
/// members open on their phones. It follows `/peristiwa` with an EventSource, which reconnects by itself; every
/// value from the meeting is put on the page with `textContent`, never parsed as HTML.
///
/// The labels come from the UI catalogue (escaped here once); the meeting's own texts (stage, SAH/BELUM, decisions)
/// come in the RoomView JSON.
enum RoomPage {
    static func html() -> String {
        let labels: [String: String] = [
            "present": tr("siar.page.present"),
            "ofRegistered": tr("siar.page.ofRegistered"),
            "required": tr("siar.page.required"),
            "short": tr("siar.page.short"),
            "reached": tr("siar.page.reached"),
            "agendaNumber": tr("siar.page.agendaNumber"),
            "noAgenda": tr("siar.page.noAgenda"),
            "lastDecision": tr("siar.page.lastDecision"),
            "lastVote": tr("siar.page.lastVote"),
            "nothingYet": tr("siar.page.nothingYet"),
            "live": tr("siar.page.live"),
            "connecting": tr("siar.page.connecting"),
            "reconnecting": tr("siar.page.reconnecting"),
            "journal": tr("siar.page.journal"),
            "thousands": tr("siar.page.thousands"),
        ]
        return template
            .replacingOccurrences(of: "{{lang}}", with: tr("siar.page.lang"))
            .replacingOccurrences(of: "{{title}}", with: escape(tr("siar.page.title")))
            .replacingOccurrences(of: "{{waiting}}", with: escape(tr("siar.page.waiting")))
            .replacingOccurrences(of: "{{quorum}}", with: escape(tr("siar.page.quorum")))
            .replacingOccurrences(of: "{{agenda}}", with: escape(tr("siar.page.agenda")))
            .replacingOccurrences(of: "{{openVote}}", with: escape(tr("siar.page.openVote")))
            .replacingOccurrences(of: "{{readOnly}}", with: escape(tr("siar.page.readOnly")))
            .replacingOccurrences(of: "{{noScript}}", with: escape(tr("siar.page.noScript")))
            .replacingOccurrences(of: "{{labels}}", with: scriptJSON(labels))
    }

    /// The page around the snapshot it is served with: `prefix + scriptSafe(json) + suffix`.
    static func parts() -> (prefix: String, suffix: String) {
        let page = html()
        guard let range = page.range(of: "{{initial}}") else { return (page, "") }
        return (String(page[..<range.lowerBound]), String(page[range.upperBound...]))
    }

    /// JSON made safe inside a `<script>` element: `<`, `>` and `&` only ever occur inside JSON strings, where the
    /// `\u` escapes mean the same characters, so no data can close the element.
    static func scriptSafe(_ json: Data) -> String {
        String(decoding: json, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    /// Text for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// JSON safe inside `<script type="application/json">`: no `<` can close the element.
    static func scriptJSON(_ labels: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: labels, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    static let template = #"""
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light">
    <title>{{title}}</title>
    <style>
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;
      background:#eef1f4;color:#111;line-height:1.3;font-size:18px}
    main{max-width:720px;margin:0 auto;padding:12px}
    header{padding:4px 4px 10px}
    #koperasi{font-size:1.25rem;font-weight:700;margin:0}
    #judul{font-size:1rem;margin:2px 0 0;color:#333}
    #tahap{display:inline-block;margin-top:8px;padding:3px 12px;border-radius:999px;background:#1f2d3d;color:#fff;
      font-weight:700;font-size:1rem;letter-spacing:.02em}
    #tahap:empty{display:none}
    .kartu{background:#fff;border-radius:14px;padding:14px 16px;margin:0 0 12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
    .judul-kartu{font-size:.95rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em;color:#555;margin:0 0 6px}
    .kuorum{border-left:10px solid #888}
    .kuorum.sah{border-left-color:#137333}
    .kuorum.belum{border-left-color:#b06000}
    .baris-kuorum{display:flex;align-items:center;justify-content:space-between;gap:10px;flex-wrap:wrap}
    #label{font-size:3.4rem;font-weight:900;line-height:1;letter-spacing:.03em}
    .sah #label{color:#137333}
    .belum #label{color:#b06000}
    #h{font-size:3.2rem;font-weight:800;line-height:1;font-variant-numeric:tabular-nums}
    .angka-kecil{font-size:1.15rem;margin-top:4px}
    .angka-kecil b{font-variant-numeric:tabular-nums}
    #selisih{font-size:1.15rem;font-weight:700;margin-top:8px}
    .sah #selisih{color:#137333}
    .belum #selisih{color:#b06000}
    #rumus{font-size:.9rem;color:#555;margin-top:4px}
    #acara-nomor{font-size:1rem;font-weight:700;color:#1f4e8c}
    #acara-judul{font-size:1.5rem;font-weight:700;margin-top:2px}
    #suara{background:#fff4cc;border:3px solid #c79100}
    #suara-teks{font-size:1.3rem;font-weight:700}
    #terakhir-teks{font-size:1.35rem;font-weight:600;white-space:pre-wrap;overflow-wrap:anywhere}
    #terakhir-pukul{font-size:.95rem;color:#555;margin-top:4px}
    [hidden]{display:none!important}
    footer{font-size:.85rem;color:#444;padding:4px 6px 24px}
    #sambungan{font-weight:700}
    #sambungan.putus{color:#a50e0e}
    #jurnal{overflow-wrap:anywhere}
    </style>
    </head>
    <body>
    <main>
    <header>
    <h1 id="koperasi">{{title}}</h1>
    <p id="judul"></p>
    <div id="tahap"></div>
    </header>
    <noscript><div class="kartu">{{noScript}}</div></noscript>
    <section id="menunggu" class="kartu">{{waiting}}</section>
    <section id="kuorum" class="kartu kuorum" hidden>
    <p class="judul-kartu">{{quorum}}</p>
    <div class="baris-kuorum">
    <div id="label"></div>
    <div><div id="h"></div><div id="h-label" class="angka-kecil"></div></div>
    </div>
    <div class="angka-kecil" id="n"></div>
    <div class="angka-kecil" id="q"></div>
    <div id="selisih"></div>
    <div id="rumus"></div>
    </section>
    <section id="suara" class="kartu" hidden>
    <p class="judul-kartu">{{openVote}}</p>
    <div id="suara-teks"></div>
    </section>
    <section id="acara" class="kartu" hidden>
    <p class="judul-kartu">{{agenda}}</p>
    <div id="acara-nomor"></div>
    <div id="acara-judul"></div>
    </section>
    <section id="terakhir" class="kartu" hidden>
    <p class="judul-kartu" id="terakhir-jenis"></p>
    <div id="terakhir-teks"></div>
    <div id="terakhir-pukul"></div>
    </section>
    <footer>
    <div id="sambungan"></div>
    <div id="jurnal"></div>
    <div>{{readOnly}}</div>
    </footer>
    </main>
    <script type="application/json" id="teks">{{labels}}</script>
    <script type="application/json" id="awal">{{initial}}</script>
    <script>
    (function () {
      "use strict";
      var T = JSON.parse(document.getElementById("teks").textContent);
      function el(id) { return document.getElementById(id); }
      function put(id, text) { el(id).textContent = (text === null || text === undefined) ? "" : String(text); }
      function fill(template, name, value) { return String(template).split("{" + name + "}").join(String(value)); }
      function number(n) {
        if (typeof n !== "number" || !isFinite(n)) { return "–"; }
        return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, T.thousands);
      }
      function show(id, on) { el(id).hidden = !on; }
      function two(x) { return (x < 10 ? "0" : "") + x; }

      function render(v) {
        if (!v || typeof v !== "object") { return; }
        show("menunggu", false);
        put("koperasi", v.koperasi);
        put("judul", v.judul);
        put("tahap", v.tahap);
        if (v.koperasi) { document.title = String(v.koperasi); }

        var k = v.kuorum;
        show("kuorum", !!k);
        if (k) {
          el("kuorum").className = "kartu kuorum " + (k.sah ? "sah" : "belum");
          put("label", k.label);
          put("h", number(k.h));
          put("h-label", T.present);
          put("n", fill(T.ofRegistered, "n", number(k.n)));
          put("q", fill(T.required, "q", number(k.q)));
          if (typeof k.h === "number" && typeof k.q === "number" && k.h < k.q) {
            put("selisih", fill(T["short"], "n", number(k.q - k.h)));
          } else {
            put("selisih", k.sah ? T.reached : "");
          }
          put("rumus", k.rumus);
        }

        show("suara", !!v.suara_terbuka);
        put("suara-teks", v.suara_terbuka);

        show("acara", true);
        if (v.acara) {
          put("acara-nomor", fill(T.agendaNumber, "nomor", v.acara.nomor));
          put("acara-judul", v.acara.judul);
        } else {
          put("acara-nomor", "");
          put("acara-judul", T.noAgenda);
        }

        show("terakhir", true);
        var t = v.terakhir;
        if (t) {
          put("terakhir-jenis", t.jenis === "hasil_suara" ? T.lastVote : T.lastDecision);
          put("terakhir-teks", t.teks);
          put("terakhir-pukul", t.pukul);
        } else {
          put("terakhir-jenis", T.lastDecision);
          put("terakhir-teks", T.nothingYet);
          put("terakhir-pukul", "");
        }

        var when = "";
        if (v.diperbarui) {
          var d = new Date(v.diperbarui);
          if (!isNaN(d.getTime())) {
            when = two(d.getHours()) + "." + two(d.getMinutes()) + "." + two(d.getSeconds());
          }
        }
        if (when) { lastWhen = when; }
        if (live) { connected(true); }
        put("jurnal", v.peristiwa === undefined ? "" :
          fill(fill(T.journal, "peristiwa", number(v.peristiwa)), "sidik", v.sidik || ""));
      }

      var lastWhen = "", live = false;
      function connected(on) {
        live = on;
        var s = el("sambungan");
        s.className = on ? "" : "putus";
        s.textContent = on ? fill(T.live, "waktu", lastWhen) : T.reconnecting;
      }

      var source = null;
      function connect() {
        if (!live) { put("sambungan", T.connecting); }
        source = new EventSource("/peristiwa");
        source.onmessage = function (e) {
          var v;
          try { v = JSON.parse(e.data); } catch (x) { return; }
          render(v);
          connected(true);
        };
        source.onopen = function () { connected(true); };
        source.onerror = function () {
          connected(false);
          // The browser retries by itself while the stream is CONNECTING; once it gives up (CLOSED), start again.
          if (source.readyState === 2) {
            source.close();
            setTimeout(connect, 3000);
          }
        };
      }
      // The snapshot the page was served with, shown at once; the stream then keeps it current.
      var initial = el("awal").textContent;
      if (initial.trim()) {
        try { render(JSON.parse(initial)); } catch (x) {}
      }
      connect();
    })();
    </script>
    </body>
    </html>

    """#
}
