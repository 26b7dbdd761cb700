/** One machine's rendered graph, as the server's `aslkit/stateGraph` request returns it. */
export interface StateGraphView {
  name: string;
  svg: string;
  mermaid: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The webview page: each machine's SVG under its name. No scripts; a strict content security policy. */
export function graphHtml(title: string, views: readonly StateGraphView[]): string {
  const body = views.length === 0
    ? '<p>No state machine found in this document.</p>'
    : views.map((view) => `<section><h2>${escapeHtml(view.name)}</h2><div class="graph">${view.svg}</div></section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<title>${escapeHtml(title)}</title>
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)} .graph svg{max-width:100%;height:auto;background:#fff;border-radius:4px}</style>
</head>
<body>
${body}
</body>
</html>`;
}
