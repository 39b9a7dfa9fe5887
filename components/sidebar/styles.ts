/**
 * The sidebar's own CSS, injected into its shadow root so the page's CSS cannot reach it
 * and ours cannot leak out. Colours meet WCAG AA (4.5:1) for text on their backgrounds.
 * The host may set --zv-max-height to fit the space beside the composer.
 */
export const sidebarCss = `
:host {
  all: initial;
  display: block;
  color-scheme: light;
}
* { box-sizing: border-box; }
.root {
  --ink: #1d2733;
  --muted: #4a5565;
  --line: #d5dbe3;
  --soft: #f4f6f9;
  --brand: #0b6b66;
  --brand-soft: #e6f3f2;
  --focus: #1a56db;
  --stop: #b42318;
  --stop-bg: #fef3f2;
  --stop-line: #f4b4ad;
  --check: #8a3a0b;
  --check-bg: #fff7e6;
  --check-line: #f5c97a;
  --tip: #1d4fa8;
  --tip-bg: #eff5ff;
  --tip-line: #b3cdf5;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: var(--ink);
  text-align: left;
  -webkit-font-smoothing: antialiased;
}
.panel {
  width: var(--zv-width, 320px);
  container: zv-panel / inline-size;
  max-height: var(--zv-max-height, 70vh);
  display: flex;
  flex-direction: column;
  background: #fff;
  border: 1px solid var(--line);
  border-radius: 12px;
  box-shadow: 0 8px 24px rgba(16, 24, 40, 0.12), 0 1px 3px rgba(16, 24, 40, 0.08);
  overflow: hidden;
}
p, ul, ol, h2, h3 { margin: 0; padding: 0; }
ul, ol { list-style: none; }
button, input, summary { font: inherit; color: inherit; }
.icon { flex: none; display: inline-block; vertical-align: -3px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 6px; }

.head { padding: 12px 14px 0; border-bottom: 1px solid var(--line); background: #fff; }
.head-row { display: flex; align-items: center; gap: 8px; }
.logo { color: var(--brand); flex: none; }
.title { font-size: 15px; font-weight: 650; letter-spacing: 0.01em; }
.busy { margin-left: auto; display: inline-flex; align-items: center; gap: 6px; font-size: 12.5px; color: var(--muted); }
.icon-btn {
  margin-left: auto; flex: none; display: inline-grid; place-items: center;
  width: 30px; height: 30px; border: 1px solid transparent; border-radius: 8px;
  background: transparent; color: var(--muted); cursor: pointer;
}
.busy + .icon-btn { margin-left: 0; }
.icon-btn:hover { background: var(--soft); color: var(--ink); border-color: var(--line); }

.overview { display: grid; grid-template-columns: 1.25fr 1.1fr 0.65fr; gap: 6px; margin-top: 10px; }
.tile {
  display: grid; justify-items: start; gap: 1px; padding: 5px 8px 6px;
  border-radius: 8px; border: 1px solid;
}
.tile-n { display: inline-flex; align-items: center; gap: 5px; font-size: 17px; font-weight: 700; line-height: 1.2; }
.tile-label { font-size: 12.5px; font-weight: 600; line-height: 1.25; white-space: nowrap; }
.tile-zero { color: var(--muted); background: #fff; border-color: var(--line); }
.tile-zero .icon { opacity: 0.55; }
/* Beside a wide dialog the panel may be narrower (down to 260px): the three tiles still fit. */
@container zv-panel (max-width: 300px) {
  .tile { padding: 5px 5px 6px; }
  .tile-label { font-size: 11.5px; }
}

.sev-stop { color: var(--stop); background: var(--stop-bg); border-color: var(--stop-line); }
.sev-check { color: var(--check); background: var(--check-bg); border-color: var(--check-line); }
.sev-tip { color: var(--tip); background: var(--tip-bg); border-color: var(--tip-line); }

.tabs { display: flex; gap: 4px; margin-top: 10px; }
.tab {
  border: 0; background: none; padding: 8px 10px 9px; cursor: pointer; color: var(--muted);
  font-weight: 600; border-bottom: 3px solid transparent; border-radius: 6px 6px 0 0;
}
.tab[aria-selected='true'] { color: var(--ink); border-bottom-color: var(--brand); }
.tab:hover { color: var(--ink); background: var(--soft); }

.body { flex: 1 1 auto; overflow-y: auto; padding: 12px 14px 14px; background: var(--soft); }
.muted { color: var(--muted); }
.small { font-size: 12.5px; }

.notices { display: grid; gap: 6px; margin-bottom: 12px; }
.notice {
  display: flex; gap: 8px; align-items: flex-start; padding: 8px 10px; border-radius: 8px;
  background: #fff; border: 1px solid var(--line); color: var(--ink); font-size: 13px;
}
.notice .icon { color: var(--brand); margin-top: 2px; }

.state { padding: 18px 6px; color: var(--muted); text-align: center; }
.state-empty { display: grid; justify-items: center; gap: 6px; padding: 22px 10px; }
.empty-mark {
  display: grid; place-items: center; width: 40px; height: 40px; border-radius: 50%;
  background: var(--brand-soft); color: var(--brand);
}
.empty-mark .icon { width: 22px; height: 22px; }
.empty-title { color: var(--ink); font-weight: 600; font-size: 15px; }
.state-error {
  text-align: left; display: grid; gap: 6px; background: #fff; border: 1px solid var(--line);
  border-left: 4px solid var(--muted); border-radius: 8px; padding: 12px; color: var(--ink);
}
.error-title { display: flex; gap: 8px; align-items: center; font-weight: 600; }
.spinner {
  display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  border: 2px solid var(--line); border-top-color: var(--brand); vertical-align: -1px;
  animation: zv-spin 0.9s linear infinite;
}
.state-checking { display: flex; gap: 8px; justify-content: center; align-items: center; }
/* Quick checks finish before this shows, so the panel does not flash. */
.delayed { opacity: 0; animation: zv-appear 0.2s ease-out 0.6s forwards; }
.delayed .spinner { animation: zv-spin 0.9s linear infinite; }
@keyframes zv-appear { to { opacity: 1; } }
@keyframes zv-spin { to { transform: rotate(360deg); } }
@media (forced-colors: active) {
  .card, .row, .tile, .chip, .pill, .badge, .badge-count { border-color: CanvasText; }
  .btn-primary { border: 2px solid ButtonText; }
}
@media (prefers-reduced-motion: reduce) {
  .spinner, .delayed .spinner { animation: none; }
}

.groups { display: grid; gap: 16px; }
.group-head {
  display: flex; align-items: center; justify-content: space-between; gap: 8px;
  font-size: 13px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--muted); margin: 0 2px 8px;
}
.chips { display: inline-flex; gap: 4px; text-transform: none; letter-spacing: 0; }
.chip {
  display: inline-flex; align-items: center; gap: 3px; padding: 1px 7px 1px 5px;
  border-radius: 999px; font-size: 12.5px; font-weight: 700; border: 1px solid;
}
.chip .icon { width: 13px; height: 13px; vertical-align: -2px; }
.cards { display: grid; gap: 8px; }
.card {
  background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--line);
  border-radius: 8px; padding: 10px 12px 12px; display: grid; gap: 6px;
}
.card-stop { border-left-color: var(--stop); }
.card-check { border-left-color: #c26a0a; }
.card-tip { border-left-color: var(--tip); }
.card-top { display: flex; align-items: center; justify-content: space-between; }
.sev {
  display: inline-flex; align-items: center; gap: 5px; font-size: 12.5px; font-weight: 700;
  background: none; border: 0;
}
.lock { color: var(--muted); display: inline-flex; }
.quote {
  justify-self: start; text-align: left; border: 0; padding: 1px 3px; margin: 0 -3px;
  background: none; cursor: pointer; font-weight: 600; color: var(--ink); overflow-wrap: anywhere;
  text-decoration: underline dotted var(--muted); text-underline-offset: 3px; border-radius: 4px;
}
button.quote:hover { background: #fff3b0; text-decoration-style: solid; }
.quote-media { cursor: default; text-decoration: none; color: var(--muted); font-weight: 600; display: flex; align-items: center; gap: 8px; }
.thumb { width: 48px; height: 48px; object-fit: cover; border-radius: 4px; border: 1px solid var(--line); }
.message { color: var(--ink); }
.why summary {
  cursor: pointer; color: var(--brand); font-weight: 600; font-size: 13px; width: max-content;
  border-radius: 4px;
}
.why p { margin-top: 4px; color: var(--muted); font-size: 13px; }
.details { display: grid; gap: 6px; }
.detail { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; }
.card-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 2px; }
.btn {
  border: 1px solid var(--line); background: #fff; color: var(--ink); border-radius: 8px;
  padding: 5px 10px; cursor: pointer; font-size: 13px; font-weight: 600; line-height: 1.3;
  max-width: 100%; text-align: left; overflow-wrap: anywhere;
}
.btn:hover { background: var(--soft); border-color: #b4bdc9; }
.btn-primary { background: var(--brand); border-color: var(--brand); color: #fff; }
.btn-primary:hover { background: #095955; border-color: #095955; }
.btn-quiet { border-color: transparent; background: none; color: var(--muted); }
.btn-quiet:hover { color: var(--ink); }
.more { margin-top: 6px; color: var(--brand); }
.btn-wide { width: 100%; text-align: center; padding: 8px 12px; font-size: 14px; }

.review { display: grid; gap: 18px; }
.section-head {
  display: flex; justify-content: space-between; align-items: baseline; gap: 8px;
  font-size: 13px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--muted); margin: 0 2px 8px;
}
.section-head .small { text-transform: none; letter-spacing: 0; font-weight: 500; }
.full-list { display: grid; gap: 6px; }
.row {
  background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--line);
  border-radius: 8px; padding: 8px 10px; display: grid; gap: 3px;
}
.row-stop { border-left-color: var(--stop); }
.row-check { border-left-color: #c26a0a; }
.row-tip { border-left-color: var(--tip); }
.row-meta { display: flex; gap: 8px; align-items: center; }
.row-quotes { display: flex; flex-wrap: wrap; gap: 2px 10px; }
.row-cat { font-size: 12.5px; color: var(--muted); }
.row .message { font-size: 13px; }
.checklist {
  display: grid; gap: 2px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px;
}
.checklist label { display: flex; gap: 10px; align-items: flex-start; padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.checklist label:hover { background: var(--soft); }
.checklist input { margin: 2px 0 0; width: 16px; height: 16px; accent-color: var(--brand); flex: none; }
.locks { display: grid; gap: 4px; }
.locks li { display: flex; gap: 8px; align-items: center; color: var(--muted); font-size: 13px; }
.locks li > span:first-of-type { color: var(--ink); }
.locks code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; color: var(--ink); font-size: 12.5px; }
.foot { padding: 10px 14px 12px; border-top: 1px solid var(--line); background: #fff; display: grid; gap: 6px; }
.foot p { text-align: center; }

.root-collapsed { display: inline-block; }
.badge {
  display: inline-flex; align-items: center; gap: 6px; height: 36px; padding: 0 12px 0 10px;
  border-radius: 999px; border: 1px solid var(--line); background: #fff; color: var(--brand);
  box-shadow: 0 4px 12px rgba(16, 24, 40, 0.14); cursor: pointer; font-weight: 700;
}
.badge:hover { border-color: #b4bdc9; }
.badge-count {
  display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 8px 0 6px;
  border-radius: 999px; border: 1px solid; font-size: 13px;
}
.badge-count .icon { width: 14px; height: 14px; }
`;
